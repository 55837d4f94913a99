using System.Globalization;
using Juesuan.Checks.Formula;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>
/// 检查引擎 — runs every enabled rule of a catalogue and returns all findings and each rule's
/// coverage. Findings are values: a rule never throws on bad data, it reports it.
/// </summary>
public static class CheckRunner
{
    public static CheckReport Run(CheckContext context, RuleCatalogue catalogue) =>
        Run(catalogue, context.Accounts.Unit.Name, context.Accounts.FiscalYear, context.AsOf,
            rule => rule.Formula is { } formula ? RunFormula(context.Facts, formula) : BuiltinChecks.ByName[rule.Check!].Run(context, rule),
            PlaceNames.Of(context.Document));

    /// <summary>
    /// Checks tables alone, as published (figures that were stated rounded compare as intervals): the
    /// formula rules run over them; the built-in checks need the accounts and count as not having enough data.
    /// </summary>
    public static CheckReport RunTables(FactSet facts, string subject, int fiscalYear, DateOnly asOf, RuleCatalogue catalogue) =>
        Run(catalogue, subject, fiscalYear, asOf,
            rule => rule.Formula is { } formula ? RunFormula(facts, formula) : [CheckResult.NotEnoughData]);

    /// <summary>
    /// Runs every enabled rule of a catalogue through <paramref name="evaluate"/>, turning failures into
    /// findings (messages filled from the rule's templates) and counting each rule's coverage.
    /// </summary>
    public static CheckReport Run(RuleCatalogue catalogue, string subject, int fiscalYear, DateOnly asOf, Func<RuleDefinition, IEnumerable<CheckResult>> evaluate,
        PlaceNames? names = null)
    {
        names ??= PlaceNames.Central;
        var findings = new List<Finding>();
        var coverage = new List<RuleCoverage>();
        foreach (var rule in catalogue.Rules.Where(r => r.Enabled))
        {
            int passed = 0, failed = 0, notApplicable = 0, notEnoughData = 0;
            foreach (var result in evaluate(rule))
            {
                switch (result.Status)
                {
                    case CheckStatus.Passed: passed++; break;
                    case CheckStatus.NotApplicable: notApplicable++; break;
                    case CheckStatus.NotEnoughData: notEnoughData++; break;
                    default:
                        failed++;
                        findings.Add(ToFinding(subject, fiscalYear, rule, result, names));
                        break;
                }
            }
            coverage.Add(new RuleCoverage(rule.Id, rule.Severity, passed, failed, notApplicable, notEnoughData));
        }
        var ordered = findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Location.Table ?? "~", StringComparer.Ordinal)
            .ThenBy(f => catalogue.Order(f.RuleId))
            .ToArray();
        return new CheckReport(subject, fiscalYear, asOf, ordered, coverage, catalogue.Overrides);
    }

    /// <summary>Messages state amounts in 元, exactly as the figures stand.</summary>
    private static readonly Amounts.MoneyFormat Format = new(Amounts.AmountUnit.Yuan);

    private static IEnumerable<CheckResult> RunFormula(FactSet facts, FormulaRule formula)
    {
        var any = false;
        foreach (var instance in FormulaEvaluator.Evaluate(formula, facts))
        {
            any = true;
            if (!instance.Applicable) { yield return CheckResult.NotApplicable; continue; }
            if (instance.Holds) { yield return CheckResult.Pass; continue; }
            var first = instance.Cells[0];
            var location = new FindingLocation(first.Table, first.Row ?? first.Key, first.Row is null ? null : first.Key);
            var related = instance.Cells.Skip(1)
                .Select(c => new FindingLocation(c.Table, c.Row ?? c.Key, c.Row is null ? null : c.Key))
                .Where(l => l != location).Distinct().ToArray();
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["left"] = Format.Money(Amounts.Amount.FromYuan(instance.Left.Value)),
                ["right"] = Format.Money(Amounts.Amount.FromYuan(instance.Right.Value)),
                ["difference"] = Format.Money(Amounts.Amount.FromYuan(instance.Left.Value - instance.Right.Value)),
                ["tolerance"] = Format.Money(Amounts.Amount.FromYuan(instance.Left.HalfWidth + instance.Right.HalfWidth)),
                ["row"] = first.Row ?? first.Key,
                ["column"] = first.Row is null ? "" : first.Key,
                ["cell"] = location.Describe(),
            };
            foreach (var (variable, value) in instance.Binding)
                if (!variable.StartsWith('~')) values[variable] = value;
            yield return new CheckResult(CheckStatus.Failed, location, values, instance.Left.Value, instance.Right.Value,
                instance.Left.HalfWidth + instance.Right.HalfWidth, related);
        }
        // No instance: a table the formula needs is missing (not enough data), or it is published empty (nothing to add up).
        if (!any)
            yield return formula.References.Any(r => facts.Table(r.Table) is null) ? CheckResult.NotEnoughData : CheckResult.NotApplicable;
    }

    private static Finding ToFinding(string subject, int fiscalYear, RuleDefinition rule, CheckResult result, PlaceNames names)
    {
        var location = names.Name(result.Location ?? new FindingLocation());
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["year"] = fiscalYear.ToString(CultureInfo.InvariantCulture),
            ["unit"] = subject,
        };
        foreach (var (id, name) in names.Tables) values[id] = name;
        // A value a check words itself may name a table too ("{T4}有…").
        foreach (var (name, value) in result.Values ?? new Dictionary<string, string>()) values[name] = names.Fill(value);
        foreach (var (name, value) in rule.Thresholds) values["threshold." + name] = value.ToString("0.##", CultureInfo.InvariantCulture);
        return new Finding(
            rule.Id, rule.Severity, rule.Category, location, [.. (result.Related ?? []).Select(names.Name)],
            result.Stated, result.Recomputed,
            result.Stated is { } s && result.Recomputed is { } r ? s - r : null,
            result.Tolerance,
            TemplateText.FillText(rule.Message, values),
            TemplateText.FillText(rule.Hint, values),
            Finding.FingerprintOf(rule.Id, location));
    }
}

/// <summary>
/// 位置的名称 — the tables and sections as a document names them: its tables by their code, or their title where the layout prints
/// none, its sections by their headings; so a finding on T7 says 公开09表 in a layout that numbers the “三公” table 09, and a message
/// writes {T7} as that. Without a document, the central layout of 2021's codes.
/// </summary>
public sealed record PlaceNames(IReadOnlyDictionary<string, string> Tables, IReadOnlyDictionary<string, string> Headings)
{
    public static readonly PlaceNames Central = new(
        Enumerable.Range(1, 9).ToDictionary(i => "T" + i, i => $"公开0{i}表", StringComparer.Ordinal), new Dictionary<string, string>());

    public static PlaceNames Of(DisclosureDocument document) => new(
        Central.Tables.ToDictionary(t => t.Key, t => document.Tables.FirstOrDefault(d => d.Id == t.Key) is { } table ? (table.Code.Length > 0 ? table.Code : table.Title) : t.Value, StringComparer.Ordinal),
        document.Parts.SelectMany(p => p.Blocks).OfType<Heading>().GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal));

    /// <summary>A text with its {T1} … {T9} written as these names.</summary>
    public string Fill(string text) => Tables.Aggregate(text, (t, table) => t.Replace("{" + table.Key + "}", table.Value, StringComparison.Ordinal));

    /// <summary>A place with its table's and section's names.</summary>
    public FindingLocation Name(FindingLocation location) => location with
    {
        TableName = location.Table is { } table ? Tables.GetValueOrDefault(table) : null,
        SectionName = location.Section is { } section ? Headings.GetValueOrDefault(section) : null,
    };
}
