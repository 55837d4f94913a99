using Juesuan.Accounts;
using Juesuan.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 公开摘要的写入 — adds a publication's summary and figures beside it (the earlier publication of the year no longer the
/// latest), and fills in those of publications recorded before summaries were kept.
/// </summary>
public static class PublishedSummaries
{
    /// <summary>Adds the summary of a publication about to be saved; the caller saves both in one transaction.</summary>
    public static async Task AddAsync(JuesuanDb db, Publication publication, UnitAccounts accounts, CatalogEditions catalogs, CancellationToken cancellation)
    {
        var unit = publication.Organisation ?? await db.Organisations.SingleAsync(o => o.Id == publication.OrganisationId, cancellation);
        var ancestors = await AncestorsAsync(db, unit, cancellation);
        foreach (var earlier in await db.PublishedSummaries.Where(s => s.OrganisationId == publication.OrganisationId && s.FiscalYear == publication.FiscalYear && s.Latest)
                     .ToListAsync(cancellation))
            earlier.Latest = false;
        var (summary, lines) = Build(publication, accounts, unit, ancestors, catalogs);
        db.Add(summary);
        db.Add(lines);
    }

    /// <summary>
    /// Writes the summaries of publications that have none (recorded before summaries were kept), oldest first, in batches;
    /// returns how many were written.
    /// </summary>
    public static async Task<int> FillMissingAsync(JuesuanDb db, CatalogEditions catalogs, CancellationToken cancellation)
    {
        var missing = await db.Publications.AsNoTracking().Where(p => !db.PublishedSummaries.Any(s => s.PublicationId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellation);
        if (missing.Count == 0) return 0;
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellation);
        var latest = await db.Publications.AsNoTracking().GroupBy(p => new { p.OrganisationId, p.FiscalYear })
            .Select(g => g.Max(p => p.Id)).ToListAsync(cancellation);
        var latestIds = latest.ToHashSet();
        foreach (var batch in missing.Chunk(100))
        {
            var publications = await db.Publications.AsNoTracking().Where(p => batch.Contains(p.Id)).ToListAsync(cancellation);
            foreach (var publication in publications)
            {
                var unit = organisations[publication.OrganisationId];
                var ancestors = unit.PathIds.Where(organisations.ContainsKey).Select(id => organisations[id]).ToList();
                var (summary, lines) = Build(publication, StoredAccounts.Read(publication.AccountsJson).Accounts, unit, ancestors, catalogs);
                summary.Latest = latestIds.Contains(publication.Id);
                db.Add(summary);
                db.Add(lines);
            }
            await db.SaveChangesAsync(cancellation);
            db.ChangeTracker.Clear();
        }
        return missing.Count;
    }

    private static (PublishedSummary Summary, PublishedLines Lines) Build(Publication publication, UnitAccounts accounts, Organisation unit,
        IReadOnlyList<Organisation> ancestors, CatalogEditions catalogs)
    {
        var department = ancestors.FirstOrDefault(o => o.Kind == OrganisationKind.Department);
        var summary = new PublishedSummary
        {
            PublicationId = publication.Id,
            OrganisationId = publication.OrganisationId,
            FiscalYear = publication.FiscalYear,
            Sequence = publication.Sequence,
            Latest = true,
            Kind = publication.Kind,
            PublishedAt = publication.PublishedAt,
            OriginalPublishedOn = publication.OriginalPublishedOn,
            AmendmentReason = publication.AmendmentReason,
            Code = unit.Code,
            Name = accounts.Unit.Name is { Length: > 0 } name ? name : unit.Name,
            DepartmentId = department?.Id,
            Department = department?.Name,
            Region = ancestors.FirstOrDefault(o => o.Kind == OrganisationKind.Bureau)?.Name,
            Scope = accounts.Unit.Disclosure ?? (accounts.Members.Count > 0 ? DisclosureKind.Department : DisclosureKind.Unit),
            Blocking = publication.Blocking,
            Warnings = publication.Warnings,
            ContentHash = publication.ContentHash,
        };
        var lines = new PublishedLines { PublicationId = publication.Id, Json = PublishedFigures.Write(PublishedFigures.Of(accounts, catalogs.For(accounts))) };
        // A publication not yet saved has no id: the two follow it when it is saved.
        if (publication.Id == 0) (summary.Publication, lines.Publication) = (publication, publication);
        return (summary, lines);
    }

    /// <summary>The organisations from the root down to the unit itself, by its path.</summary>
    private static async Task<IReadOnlyList<Organisation>> AncestorsAsync(JuesuanDb db, Organisation unit, CancellationToken cancellation)
    {
        var ids = unit.PathIds;
        var found = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellation);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }
}
