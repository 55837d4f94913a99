using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Publishing;

/// <summary>One published disclosure as lists show it: its latest publication.</summary>
public sealed record PublishedDisclosure(
    string Code, string Name, string? Department, int FiscalYear, int Sequence, PublicationKind Kind, DateTimeOffset PublishedAt, DateOnly? OriginalPublishedOn,
    int Blocking, int Warnings)
{
    /// <summary>公开日期 as the public reads it.</summary>
    public DateOnly? PublishedOn => Publication.PublishedOn(Kind, PublishedAt, OriginalPublishedOn);

    public string PublishedOnText => Publication.PublishedOnText(Kind, PublishedAt, OriginalPublishedOn);
}

/// <summary>已公开目录 — the latest publication of every published disclosure, by year and unit name or code.</summary>
public static class PublishedList
{
    public static async Task<IReadOnlyList<PublishedDisclosure>> LatestAsync(JuesuanDb db, int? year, string? search, CancellationToken cancellation)
    {
        var query = db.Publications.AsNoTracking().Where(p => year == null || p.FiscalYear == year);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(p => p.Organisation!.Name.Contains(term) || p.Organisation.Code.Contains(term));
        }
        var rows = await query.Select(p => new
        {
            p.OrganisationId,
            p.Organisation!.Code,
            p.Organisation.Name,
            Department = p.Organisation.Parent!.Name,
            p.FiscalYear,
            p.Sequence,
            p.Kind,
            p.PublishedAt,
            p.OriginalPublishedOn,
            p.Blocking,
            p.Warnings,
        }).ToListAsync(cancellation);
        return rows.GroupBy(r => (r.OrganisationId, r.FiscalYear))
            .Select(g => g.MaxBy(r => r.Sequence)!)
            .OrderByDescending(r => r.FiscalYear).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new PublishedDisclosure(r.Code, r.Name, r.Department, r.FiscalYear, r.Sequence, r.Kind, r.PublishedAt, r.OriginalPublishedOn, r.Blocking, r.Warnings))
            .ToArray();
    }
}
