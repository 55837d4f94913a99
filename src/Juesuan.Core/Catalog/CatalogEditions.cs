using System.Collections.Concurrent;

namespace Juesuan.Catalog;

/// <summary>
/// 适用的科目目录 — the editions one bureau's disclosures are read, built and checked against: the editions
/// shipped with Juesuan, and the classifications the bureau loaded from its own budget system
/// (<see cref="BureauCatalog"/>). A loaded classification replaces the shipped list of that classification
/// for the fiscal years from its year until a later edition; the other classification stays as shipped.
/// </summary>
public sealed class CatalogEditions
{
    private readonly ConcurrentDictionary<int, CodeCatalog?> _byYear = new();

    public CatalogEditions(IEnumerable<BureauCatalog> loaded)
    {
        Loaded = loaded.OrderBy(l => l.Year).ThenBy(l => l.Kind).ToArray();
        EditionYears = CodeCatalogs.EditionYears.Union(Loaded.Select(l => l.Year)).Order().ToArray();
    }

    /// <summary>The shipped editions alone.</summary>
    public static CatalogEditions Shipped { get; } = new([]);

    /// <summary>The classifications the bureau loaded, by year.</summary>
    public IReadOnlyList<BureauCatalog> Loaded { get; }

    /// <summary>Every year an edition starts, shipped or loaded, ascending.</summary>
    public IReadOnlyList<int> EditionYears { get; }

    /// <summary>The catalogue for a fiscal year, or null when the year is before every edition.</summary>
    public CodeCatalog? ForYear(int fiscalYear) => _byYear.GetOrAdd(fiscalYear, Combine);

    /// <summary>The catalogue of one unit's accounts: the year's edition and the codes the unit states beside it.</summary>
    public CodeCatalog? For(Accounts.UnitAccounts accounts) => ForYear(accounts.FiscalYear)?.With(accounts.CodeNames);

    /// <summary>The loaded classification a fiscal year uses for a kind, or null when it uses the shipped one.</summary>
    public BureauCatalog? LoadedFor(int fiscalYear, CodeKind kind)
    {
        var shipped = CodeCatalogs.ForYear(fiscalYear)?.EditionYear ?? 0;
        return Loaded.Where(l => l.Kind == kind && l.Year <= fiscalYear && l.Year >= shipped).MaxBy(l => l.Year);
    }

    /// <summary>These editions with a classification loaded, in place of one loaded before for the same year and kind.</summary>
    public CatalogEditions Loading(BureauCatalog catalog) =>
        new(Loaded.Where(l => (l.Year, l.Kind) != (catalog.Year, catalog.Kind)).Append(catalog));

    /// <summary>These editions without the classification loaded for a year and kind.</summary>
    public CatalogEditions Withdrawing(int year, CodeKind kind) => new(Loaded.Where(l => (l.Year, l.Kind) != (year, kind)));

    /// <summary>
    /// The codes a unit's accounts use (with the 款 and 类 above each, which the tables print) that the year's edition
    /// lacks and the unit does not name: the accounts could not be built against these editions.
    /// </summary>
    public IReadOnlyList<string> Unknown(Accounts.UnitAccounts accounts)
    {
        if (For(accounts) is not { } catalog) return [];
        var used = accounts.Income.Select(l => l.Code).Concat(accounts.Expenditure.Select(l => l.Code)).Concat(accounts.Budgets.Select(l => l.Code))
            .Concat(accounts.OpeningBalances.Concat(accounts.ClosingBalances).Select(l => l.Code).OfType<string>())
            .Concat(accounts.BasicByEconomic.Select(l => l.Code));
        return used.SelectMany(c => new[] { c, c.Length > 5 ? c[..5] : c, c[..3] }).Distinct()
            .Where(c => catalog.Find(CodeCatalog.KindOf(c), c) is null).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Why a fiscal year cannot be read: no edition starts at or before it.</summary>
    public string NoEdition(int fiscalYear) => $"没有{fiscalYear}年度适用的科目目录（最早的目录版本为{EditionYears[0]}年）";

    private CodeCatalog? Combine(int fiscalYear)
    {
        var shipped = CodeCatalogs.ForYear(fiscalYear);
        var function = LoadedFor(fiscalYear, CodeKind.Function);
        var economic = LoadedFor(fiscalYear, CodeKind.Economic);
        if (function is null && economic is null) return shipped;
        // Before the first shipped edition a bureau's list of one kind is used with the earliest shipped list of the other.
        var other = shipped ?? CodeCatalogs.ForYear(CodeCatalogs.EditionYears[0])!;
        var codes = (function?.Codes ?? other.Codes.Where(c => c.Kind == CodeKind.Function))
            .Concat(economic?.Codes ?? other.Codes.Where(c => c.Kind == CodeKind.Economic));
        var edition = Math.Max(function?.Year ?? other.EditionYear, economic?.Year ?? other.EditionYear);
        return new CodeCatalog(edition, codes);
    }
}

/// <summary>
/// 导入的科目目录 — one classification (支出功能分类 or 部门预算支出经济分类) as a bureau loaded it for a year
/// from its budget system (each code names the file it came from).
/// </summary>
/// <param name="Year">The first fiscal year it applies to.</param>
public sealed record BureauCatalog(int Year, CodeKind Kind, IReadOnlyList<ClassificationCode> Codes)
{
    /// <summary>The classification's name in forms: 支出功能分类科目 or 部门预算支出经济分类科目.</summary>
    public string KindName => ClassificationCode.KindName(Kind);

    /// <summary>The loaded list as catalogue text (the edition file's columns), as it is stored.</summary>
    public string ToText() => CatalogFile.Write(Codes);

    /// <summary>A stored list read back; it was checked when loaded, so a problem now is a defect.</summary>
    public static BureauCatalog FromText(int year, CodeKind kind, string text)
    {
        var parsed = CatalogFile.Parse(text, year, "导入的科目目录");
        return parsed.Catalog is { } catalog
            ? new BureauCatalog(year, kind, catalog.Codes.Where(c => c.Kind == kind).ToArray())
            : throw new InvalidDataException(string.Join("; ", parsed.Errors));
    }
}
