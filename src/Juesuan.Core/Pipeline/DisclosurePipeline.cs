using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Performance;

namespace Juesuan.Pipeline;

/// <summary>
/// 公开口径 — what a finance bureau decides for every disclosure it receives: the template of the files that
/// name none, the check rules (with its severities and thresholds), and templates of its own beside the
/// shipped ones, and the catalogue editions it loaded from its budget system. The shipped settings are the
/// default template, the built-in rules and the shipped editions.
/// </summary>
/// <param name="Template">The template id of files that name none, in a year the bureau chose none for; null for the default.</param>
/// <param name="OwnTemplates">The bureau's own templates, found before the shipped ones.</param>
/// <param name="Catalogs">The editions codes are read and checked against; null for the shipped ones.</param>
/// <param name="TemplateByYear">The template the bureau chose for a fiscal year, where it chose one.</param>
public sealed record PublishingSettings(string? Template, RuleCatalogue Rules, IReadOnlyList<DisclosureTemplate>? OwnTemplates = null, CatalogEditions? Catalogs = null,
    IReadOnlyDictionary<int, string>? TemplateByYear = null)
{
    /// <summary>The editions in force: the bureau's where it loaded any, else the shipped ones.</summary>
    public CatalogEditions Editions => Catalogs ?? CatalogEditions.Shipped;

    public static readonly PublishingSettings Shipped = new(null, RuleCatalogue.Builtin);

    /// <summary>The template of a fiscal year's files that name none: the one chosen for the year, else the bureau's, else null (the default).</summary>
    public string? TemplateFor(int fiscalYear) => TemplateByYear?.GetValueOrDefault(fiscalYear) ?? Template;

    /// <summary>A file's own document settings, with the bureau's template of its year where the file names none.</summary>
    public AccountsFileSettings For(AccountsFileSettings file, int fiscalYear) =>
        file.Template is null && TemplateFor(fiscalYear) is { } template ? file with { Template = template } : file;

    /// <summary>The version of a template for a fiscal year: the bureau's own, else a shipped one; null when neither has it.</summary>
    public DisclosureTemplate? FindTemplate(string id, int fiscalYear) =>
        DisclosureTemplate.Latest(OwnTemplates ?? [], id, fiscalYear) ?? DisclosureTemplate.Find(id, fiscalYear);
}

/// <summary>
/// A unit's disclosure as it is published, the check report of exactly that document, and each self-evaluation
/// it annexes with its performance checks.
/// </summary>
public sealed record PreparedDisclosure(
    UnitAccounts Accounts, AccountsFileSettings Settings, DisclosureDocument Document, CheckReport Checks, IReadOnlyList<CheckedEvaluation> Evaluations)
{
    /// <summary>What stops this disclosure from being published.</summary>
    public PublicationObstacles Obstacles => PublicationObstacles.Of(this);
}

/// <summary>
/// 生成并检查 — the one way a disclosure is made: the accounts built into the document with the bureau's
/// settings (template, amount unit, scored self-evaluations), and that very document checked with the
/// bureau's rules. The command line, the workflow (submit, approve, publish), the workbench and the
/// portal all call it, so what is checked is what is published.
/// </summary>
public static class DisclosurePipeline
{
    /// <summary>The document options of a file under the bureau's settings: its amount unit (unless overridden) and template, the evaluations scored.</summary>
    public static DisclosureOptions Options(
        AccountsFileSettings file, PublishingSettings settings, int fiscalYear, PerformanceFile? performance = null, ScoringMethod? method = null, AmountUnit? amountUnit = null) =>
        DisclosureOptions.For(settings.For(file, fiscalYear), performance, method, amountUnit);

    /// <summary>The disclosure alone (exports that do not report checks).</summary>
    /// <exception cref="InvalidOperationException">The template the file names (or the bureau's) does not exist for the year.</exception>
    public static DisclosureDocument Build(
        UnitAccounts accounts, AccountsFileSettings file, PublishingSettings settings, PerformanceFile? performance = null, ScoringMethod? method = null,
        AmountUnit? amountUnit = null) =>
        Build(accounts, settings, Options(file, settings, accounts.FiscalYear, performance, method, amountUnit));

    private static DisclosureDocument Build(UnitAccounts accounts, PublishingSettings settings, DisclosureOptions options)
    {
        var template = settings.FindTemplate(options.Template, accounts.FiscalYear)
            ?? throw new InvalidOperationException($"没有适用于{accounts.FiscalYear}年度的披露模板“{options.Template}”");
        return DisclosureBuilder.Build(accounts, template, options.AmountUnitUnder(template), options.Evaluations, settings.Editions);
    }

    /// <summary>The disclosure and the check report of that document, as of a date (the date decides the publication deadline rules).</summary>
    public static PreparedDisclosure Prepare(
        UnitAccounts accounts, AccountsFileSettings file, PublishingSettings settings, DateOnly asOf, PerformanceFile? performance = null,
        ScoringMethod? method = null, AmountUnit? amountUnit = null)
    {
        var options = Options(file, settings, accounts.FiscalYear, performance, method, amountUnit);
        var document = Build(accounts, settings, options);
        var evaluated = performance?.Evaluations.SelectMany(e => new[] { e.ProjectId, e.Name }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var context = new CheckContext(accounts, document, asOf, settings.Editions, evaluated);
        var evaluations = PerformanceRules.Check(options.Evaluations ?? [], accounts, performance?.FiscalYear ?? accounts.FiscalYear, asOf);
        return new PreparedDisclosure(accounts, file, document, CheckRunner.Run(context, settings.Rules), evaluations);
    }
}
