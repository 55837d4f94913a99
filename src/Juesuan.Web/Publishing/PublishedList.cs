using Juesuan.Accounts;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;
using Publication = Juesuan.Data.Publication;

namespace Juesuan.Web.Publishing;

/// <summary>One published disclosure as lists show it: its latest publication.</summary>
public sealed record PublishedDisclosure(
    long PublicationId, string Code, string Name, string? Department, string? Region, DisclosureKind Scope, int FiscalYear, int Sequence, PublicationKind Kind,
    DateTimeOffset PublishedAt, DateOnly? OriginalPublishedOn, int Blocking, int Warnings)
{
    /// <summary>公开日期 as the public reads it.</summary>
    public DateOnly? PublishedOn => Publication.PublishedOn(Kind, PublishedAt, OriginalPublishedOn);

    public string PublishedOnText => Publication.PublishedOnText(Kind, PublishedAt, OriginalPublishedOn);

    /// <summary>How the portal's forms name a disclosure: "140200:2021".</summary>
    public string Key => PortalKeys.Of(Code, FiscalYear);
}

/// <summary>
/// 查找条件 — what a reader narrows published disclosures by: words matched against unit name, code and department
/// (each word must match), a year, a department, a region and a kind (部门决算 or 单位决算).
/// </summary>
public sealed record PortalFilter(string? Q = null, int? Year = null, string? Department = null, string? Region = null, DisclosureKind? Scope = null)
{
    public IReadOnlyList<string> Terms => Q?.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries) ?? [];

    public bool IsEmpty => Terms.Count == 0 && Year is null && Department is null && Region is null && Scope is null;
}

/// <summary>分面 — one value of a facet, how many disclosures have it under the other conditions, and whether it is chosen.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Chosen);

/// <summary>One page of a search: the disclosures on it, how many match, and the facets.</summary>
public sealed record PortalPage(
    IReadOnlyList<PublishedDisclosure> Rows, int Total, int Page, int PageSize,
    IReadOnlyList<FacetValue> Years, IReadOnlyList<FacetValue> Departments, IReadOnlyList<FacetValue> Regions, IReadOnlyList<FacetValue> Scopes)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>How the portal's forms and links name a disclosure: its unit code and year.</summary>
public static class PortalKeys
{
    public static string Of(string code, int year) => $"{code}:{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static (string Code, int Year)? Parse(string key) =>
        key.LastIndexOf(':') is var at and > 0 && int.TryParse(key.AsSpan(at + 1), out var year) ? (key[..at], year) : null;
}

/// <summary>
/// 已公开目录 — the latest publication of every published disclosure, searched on the server over the narrow summaries
/// (<see cref="PublishedSummary"/>), a page at a time, with facet counts.
/// </summary>
public static class PublishedList
{
    public const int PageSize = 50;

    /// <summary>Most rows a page of the open-data list holds.</summary>
    public const int MostPerPage = 500;

    /// <summary>The latest publications matching a filter; <paramref name="except"/> leaves one facet's own condition out (to count its values).</summary>
    public static IQueryable<PublishedSummary> Matching(JuesuanDb db, PortalFilter filter, string? except = null)
    {
        var query = db.PublishedSummaries.AsNoTracking().Where(s => s.Latest);
        foreach (var term in filter.Terms)
        {
            // "2021", "2021年" or "2021年度" also finds the year.
            int? termYear = int.TryParse(term.TrimEnd('度').TrimEnd('年'), out var y) && y is >= 1900 and <= 2999 ? y : null;
            query = query.Where(s => s.Name.Contains(term) || s.Code.Contains(term) || (s.Department != null && s.Department.Contains(term)) || s.FiscalYear == termYear);
        }
        if (filter.Year is { } year && except != "year") query = query.Where(s => s.FiscalYear == year);
        if (filter.Department is { } department && except != "department") query = query.Where(s => s.Department == department);
        if (filter.Region is { } region && except != "region") query = query.Where(s => s.Region == region);
        if (filter.Scope is { } scope && except != "scope") query = query.Where(s => s.Scope == scope);
        return query;
    }

    /// <summary>One page of the disclosures matching a filter, newest year first and by code, with the counts of every facet.</summary>
    public static async Task<PortalPage> SearchAsync(JuesuanDb db, PortalFilter filter, int page, int pageSize, CancellationToken cancellation)
    {
        var matching = Matching(db, filter);
        var total = await matching.CountAsync(cancellation);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await PageAsync(matching, (page - 1) * pageSize, pageSize, cancellation);
        var years = await Matching(db, filter, "year").GroupBy(s => s.FiscalYear).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellation);
        var departments = await Matching(db, filter, "department").Where(s => s.Department != null).GroupBy(s => s.Department!)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellation);
        var regions = await Matching(db, filter, "region").Where(s => s.Region != null).GroupBy(s => s.Region!)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellation);
        var scopes = await Matching(db, filter, "scope").GroupBy(s => s.Scope).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellation);
        return new PortalPage(rows, total, page, pageSize,
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{y.Key}年度", y.Count, filter.Year == y.Key))],
            [.. departments.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new FacetValue(d.Key, d.Key, d.Count, filter.Department == d.Key))],
            [.. regions.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new FacetValue(r.Key, r.Key, r.Count, filter.Region == r.Key))],
            [.. scopes.OrderBy(s => s.Key).Select(s => new FacetValue(ScopeValue(s.Key), ScopeName(s.Key), s.Count, filter.Scope == s.Key))]);
    }

    /// <summary>Disclosures of a query in the portal's order (newest year first, by code), <paramref name="take"/> from <paramref name="skip"/>.</summary>
    public static Task<IReadOnlyList<PublishedDisclosure>> PageAsync(IQueryable<PublishedSummary> query, int skip, int take, CancellationToken cancellation) =>
        Rows(query.OrderByDescending(s => s.FiscalYear).ThenBy(s => s.Code).Skip(skip).Take(take), cancellation);

    /// <summary>The disclosures named by their keys (unit code and year), in the order asked.</summary>
    public static async Task<IReadOnlyList<PublishedDisclosure>> FindAsync(JuesuanDb db, IReadOnlyCollection<(string Code, int Year)> keys, CancellationToken cancellation)
    {
        var codes = keys.Select(k => k.Code).Distinct().ToList();
        var found = await Rows(db.PublishedSummaries.AsNoTracking().Where(s => s.Latest && codes.Contains(s.Code)), cancellation);
        return [.. keys.Select(k => found.FirstOrDefault(f => f.Code == k.Code && f.FiscalYear == k.Year)).OfType<PublishedDisclosure>()];
    }

    private static async Task<IReadOnlyList<PublishedDisclosure>> Rows(IQueryable<PublishedSummary> query, CancellationToken cancellation) =>
        await query.Select(s => new PublishedDisclosure(s.PublicationId, s.Code, s.Name, s.Department, s.Region, s.Scope, s.FiscalYear, s.Sequence, s.Kind, s.PublishedAt,
            s.OriginalPublishedOn, s.Blocking, s.Warnings)).ToListAsync(cancellation);

    /// <summary>部门决算 or 单位决算.</summary>
    public static string ScopeName(DisclosureKind scope) => scope == DisclosureKind.Department ? "部门决算" : "单位决算";

    /// <summary>How a link names a kind: "department" or "unit".</summary>
    public static string ScopeValue(DisclosureKind scope) => scope == DisclosureKind.Department ? "department" : "unit";

    public static DisclosureKind? ParseScope(string? value) => value switch
    {
        "department" => DisclosureKind.Department,
        "unit" => DisclosureKind.Unit,
        _ => null,
    };
}
