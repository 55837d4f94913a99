using Juesuan.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 导入的科目目录 (stored) — one classification of one year that a bureau loaded from its budget system,
/// as catalogue text; it replaces the shipped list of that classification from its year on.
/// </summary>
public sealed class LoadedCatalog
{
    /// <summary>The bureau that loaded it.</summary>
    public int OrganisationId { get; set; }

    /// <summary>The first fiscal year it applies to.</summary>
    public int Year { get; set; }

    /// <summary>function (支出功能分类) or economic (部门预算支出经济分类).</summary>
    public required string Kind { get; set; }

    /// <summary>The codes, in the catalogue file's columns.</summary>
    public required string Text { get; set; }

    /// <summary>The name of the file it was read from.</summary>
    public required string FileName { get; set; }

    public int Codes { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }

    public CodeKind CodeKind => ClassificationCode.KindOfKey(Kind);
}

/// <summary>
/// 科目目录存取 — the editions the root bureau loaded, and loading or withdrawing one: each change is saved with
/// its audit entry in one transaction, so a catalogue is never half-loaded and never changed without a trace.
/// </summary>
public sealed class CatalogStore(JuesuanDb db, TimeProvider clock)
{
    /// <summary>What the root bureau loaded, newest year first.</summary>
    public IReadOnlyList<LoadedCatalog> Loaded() => OfRootBureau.OrderByDescending(c => c.Year).ThenBy(c => c.Kind).ToList();

    private IQueryable<LoadedCatalog> OfRootBureau =>
        db.LoadedCatalogs.AsNoTracking().Where(c => c.OrganisationId == new SettingsStore(db, clock).RootBureau.FirstOrDefault());

    /// <summary>The editions in force: the shipped ones with what the bureau loaded.</summary>
    public CatalogEditions Editions() => new(Loaded().Select(c => BureauCatalog.FromText(c.Year, c.CodeKind, c.Text)));

    /// <summary>
    /// What loading a classification would do to the editions in use: its differences from the year's list, and why
    /// it may not be loaded (saved accounts it would leave with a code nothing names), or null.
    /// </summary>
    public (CatalogChanges Changes, string? Refusal) Preview(CatalogEditions inUse, BureauCatalog catalog) =>
        (CatalogChanges.Between(inUse.ForYear(catalog.Year), catalog), Refusal(inUse.Loading(catalog), catalog.Year));

    /// <summary>
    /// What the editions <paramref name="after"/> would break: each unit whose accounts now saved for a year from
    /// <paramref name="fromYear"/> use a code they lack and do not name, with those codes ("大同市科学技术协会 2021年度：2050302、20503").
    /// </summary>
    public IReadOnlyList<string> Breaks(CatalogEditions after, int fromYear)
    {
        var saved = db.DisclosureCases.AsNoTracking().Where(c => c.FiscalYear >= fromYear && c.CurrentVersionId != null)
            .Join(db.AccountsVersions, c => c.CurrentVersionId, v => v.Id, (c, v) => new { c.Organisation!.Name, c.FiscalYear, v.Json })
            .OrderBy(x => x.FiscalYear).ThenBy(x => x.Name).ToList();
        return saved
            .Select(x => (x.Name, x.FiscalYear, Unknown: after.Unknown(StoredAccounts.Read(x.Json).Accounts)))
            .Where(x => x.Unknown.Count > 0)
            .Select(x => $"{x.Name} {x.FiscalYear}年度：{string.Join("、", x.Unknown)}")
            .ToList();
    }

    /// <summary>The refusal when editions would leave saved accounts that cannot be built; null when none would.</summary>
    public string? Refusal(CatalogEditions after, int fromYear) => Breaks(after, fromYear) is { Count: > 0 } broken
        ? $"以下单位已保存的决算数据使用了调整后目录中没有的科目，调整后将无法生成公开文本：{string.Join("；", broken.Take(20))}" +
          (broken.Count > 20 ? $"（共{broken.Count}个）" : "") + "。请在目录中保留这些科目，或先由单位在“目录外科目”中写明其名称"
        : null;

    /// <summary>Loads (or replaces) a bureau's classification for a year, with an audit entry stating what changed.</summary>
    public async Task LoadAsync(int bureauId, BureauCatalog catalog, string fileName, CatalogChanges changes, string actor, CancellationToken cancellation = default)
    {
        var kind = ClassificationCode.KindKey(catalog.Kind);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var row = await db.LoadedCatalogs.SingleOrDefaultAsync(c => c.OrganisationId == bureauId && c.Year == catalog.Year && c.Kind == kind, cancellation);
        if (row is null)
        {
            row = new LoadedCatalog { OrganisationId = bureauId, Year = catalog.Year, Kind = kind, Text = "", FileName = "", LoadedBy = actor };
            db.LoadedCatalogs.Add(row);
        }
        (row.Text, row.FileName, row.Codes, row.LoadedAt, row.LoadedBy) = (catalog.ToText(), fileName, catalog.Codes.Count, now, actor);
        await ChangedAsync(bureauId, actor, now, cancellation);
        await db.SaveChangesAsync(cancellation);
        AuditTrail.Record(db, now, actor, "catalog.load", System.Text.Json.JsonSerializer.Serialize(new
        {
            year = catalog.Year, kind, file = fileName, codes = catalog.Codes.Count, changes = changes.Summary,
            added = changes.Added.Select(c => c.Code), removed = changes.Removed.Select(c => c.Code), renamed = changes.Renamed.Select(r => r.After.Code),
        }, JsonChanges.Options), bureauId, catalog.Year);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
    }

    /// <summary>Withdraws a loaded classification: the year uses the shipped edition again. False when there was none.</summary>
    public async Task<bool> WithdrawAsync(int bureauId, int year, CodeKind kind, string actor, CancellationToken cancellation = default)
    {
        var key = ClassificationCode.KindKey(kind);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var row = await db.LoadedCatalogs.SingleOrDefaultAsync(c => c.OrganisationId == bureauId && c.Year == year && c.Kind == key, cancellation);
        if (row is null) return false;
        db.LoadedCatalogs.Remove(row);
        await ChangedAsync(bureauId, actor, clock.GetUtcNow(), cancellation);
        await db.SaveChangesAsync(cancellation);
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "catalog.withdraw",
            System.Text.Json.JsonSerializer.Serialize(new { year, kind = key, file = row.FileName, codes = row.Codes }, JsonChanges.Options), bureauId, year);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return true;
    }

    /// <summary>Moves the bureau's catalogue version on, so that every node builds its editions afresh on the next request.</summary>
    private async Task ChangedAsync(int bureauId, string actor, DateTimeOffset now, CancellationToken cancellation) =>
        (await BureauSettings.OfAsync(db, bureauId, actor, now, cancellation)).CatalogsVersion++;
}
