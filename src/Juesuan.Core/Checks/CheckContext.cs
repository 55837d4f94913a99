using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>
/// Everything a check looks at: the accounts, their derived figures, the disclosure generated from
/// them (its tables as a <see cref="FactSet"/>), the year's catalogue and the date the check is made.
/// </summary>
public sealed class CheckContext
{
    /// <param name="editions">The editions the bureau uses; null for the shipped ones.</param>
    /// <param name="evaluatedProjects">The projects the unit's self-evaluations are of (by id and by name); null when those are not known (checked without its performance file).</param>
    public CheckContext(UnitAccounts accounts, DisclosureDocument document, DateOnly asOf, CatalogEditions? editions = null,
        IReadOnlySet<string>? evaluatedProjects = null)
    {
        Accounts = accounts;
        EvaluatedProjects = evaluatedProjects;
        Figures = new AccountsFigures(accounts);
        Document = document;
        Facts = new FactSet(document.Tables);
        Edition = (editions ?? CatalogEditions.Shipped).ForYear(accounts.FiscalYear) ?? throw new InvalidOperationException($"没有{accounts.FiscalYear}年度适用的科目目录");
        Catalog = Edition.With(accounts.CodeNames);
        AsOf = asOf;
        // Messages word changes as the document's template does (a bureau's own template: as the shipped one).
        Template = DisclosureTemplate.Find(document.Template, accounts.FiscalYear) ?? DisclosureTemplate.Find(DisclosureTemplate.DefaultId, accounts.FiscalYear)!;
    }

    public UnitAccounts Accounts { get; }

    /// <summary>The ids and names of the projects the unit's self-evaluations are of; null when not known.</summary>
    public IReadOnlySet<string>? EvaluatedProjects { get; }
    public AccountsFigures Figures { get; }
    public DisclosureDocument Document { get; }
    public FactSet Facts { get; }
    /// <summary>The year's edition as the bureau uses it.</summary>
    public CodeCatalog Edition { get; }

    /// <summary>The year's edition with the codes the unit states beside it.</summary>
    public CodeCatalog Catalog { get; }
    public DateOnly AsOf { get; }

    /// <summary>The template whose words the messages use.</summary>
    public DisclosureTemplate Template { get; }

    /// <summary>Messages state amounts in 元, exactly as entered.</summary>
    public MoneyFormat Format { get; } = new(AmountUnit.Yuan);
}

/// <summary>What a check found at one place: passed, failed (with what to report), or could not judge.</summary>
public sealed record CheckResult(
    CheckStatus Status,
    FindingLocation? Location = null,
    IReadOnlyDictionary<string, string>? Values = null,
    decimal? Stated = null,
    decimal? Recomputed = null,
    decimal? Tolerance = null,
    IReadOnlyList<FindingLocation>? Related = null)
{
    public static readonly CheckResult Pass = new(CheckStatus.Passed);
    public static readonly CheckResult NotApplicable = new(CheckStatus.NotApplicable);
    public static readonly CheckResult NotEnoughData = new(CheckStatus.NotEnoughData);

    public static CheckResult Fail(FindingLocation location, IReadOnlyDictionary<string, string> values, decimal? stated = null, decimal? recomputed = null,
        IReadOnlyList<FindingLocation>? related = null) =>
        new(CheckStatus.Failed, location, values, stated, recomputed, stated is not null && recomputed is not null ? 0m : null, related);
}

/// <summary>检查状态.</summary>
public enum CheckStatus
{
    Passed,
    Failed,
    NotApplicable,
    NotEnoughData,
}

/// <summary>
/// What a catalogue needs to know of a built-in check to validate the rules that name it: the values
/// its message may use and the thresholds it reads.
/// </summary>
public interface ICheckDescriptor
{
    string Name { get; }

    /// <summary>The named values a failure supplies to the message template.</summary>
    IReadOnlyList<string> Values { get; }

    /// <summary>The thresholds the check reads from its rule.</summary>
    IReadOnlyList<string> Thresholds { get; }
}

/// <summary>A built-in check run on some context (the disclosure's, or a performance evaluation's).</summary>
public interface IRuleCheck<in TContext> : ICheckDescriptor
{
    IEnumerable<CheckResult> Run(TContext context, RuleDefinition rule);
}

/// <summary>A built-in check of the disclosure: code that a catalogue rule names with "check".</summary>
public interface IBuiltinCheck : IRuleCheck<CheckContext>;
