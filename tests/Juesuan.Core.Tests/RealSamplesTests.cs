using System.Globalization;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Checks.Formula;
using Juesuan.Pipeline;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

/// <summary>
/// The samples drawn from real published disclosures (samples/*/figures.tsv lists each one's published figures): each
/// builds and checks without a blocking finding against its own year's edition, and every figure its source publishes
/// is what the generated tables give, rounded as the source prints it — or, where the source contradicts itself, the
/// file says which figure and why, and the test holds the generated one to the consistent value. A figure of the text is
/// held to its sentence, which must stand in the generated 情况说明.
/// </summary>
public class RealSamplesTests
{
    /// <summary>Every sample.</summary>
    public static TheoryData<string> Samples => [.. Directory.GetDirectories(RepoPaths.File("samples")).Select(d => Path.GetFileName(d)).Order()];

    /// <summary>Every folder under samples/ with a figures.tsv beside its accounts.json (a department's member too, where its own figures are published).</summary>
    public static TheoryData<string> Published => [.. Directory.GetFiles(RepoPaths.File("samples"), "figures.tsv", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepoPaths.File("samples"), Path.GetDirectoryName(f)!).Replace('\\', '/')).Order()];

    private static (UnitAccounts Accounts, PreparedDisclosure Prepared) Build(string sample)
    {
        var read = SampleFiles.Read(sample);
        Assert.True(read.Accounts is not null, string.Join("\n", read.Errors));
        var accounts = read.Accounts!;
        // Checked as of 30 September of the next year: after the publication deadline of every year, so no deadline rule depends on today.
        var prepared = DisclosurePipeline.Prepare(accounts, read.Settings, PublishingSettings.Shipped, new DateOnly(accounts.FiscalYear + 1, 9, 30));
        return (accounts, prepared);
    }

    /// <summary>
    /// What a sample's source does not publish and the sample does not invent, so that it stays a draft the
    /// completeness rule (E-7) stops: the fields left empty.
    /// </summary>
    private static readonly Dictionary<string, string[]> Unpublished = new()
    {
        // The stored page stops at “其中:基本支出983.08万”: no 年初预算 of any item is visible.
        ["cq-shuichan-2019"] = ["budgets"],
        // The department's own figures are not published (S1 is cut off before any amount), so neither is its prior-year total.
        ["rongchang-commerce-2022"] = ["priorYear.total"],
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_checks_without_a_blocking_finding_against_its_own_years_edition_but_what_its_source_leaves_out(string sample)
    {
        var (accounts, prepared) = Build(sample);
        var blocking = prepared.Checks.Findings.Where(f => f.Severity == Severity.Blocking).ToList();
        Assert.Empty(blocking.Where(f => f.RuleId != "E-7").Select(f => f.Message));
        Assert.Equal(Unpublished.GetValueOrDefault(sample, []), blocking.Select(f => f.Location.Field!));
        // A year without its own edition is checked against the nearest earlier one, and the report says so once (C-5).
        var edition = Juesuan.Catalog.CodeCatalogs.ForYear(accounts.FiscalYear)!.EditionYear;
        Assert.Equal(edition != accounts.FiscalYear, prepared.Checks.Findings.Any(f => f.RuleId == "C-5"));
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void Every_figure_the_source_publishes_is_the_generated_one(string sample)
    {
        var (_, prepared) = Build(sample);
        var facts = new FactSet(prepared.Document.Tables);
        var text = string.Join("\n", prepared.Document.Paragraphs().Select(p => p.Paragraph.Text));
        var lines = File.ReadAllLines(RepoPaths.File(["samples", .. sample.Split('/'), "figures.tsv"])).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).ToArray();
        Assert.NotEmpty(lines);
        var wrong = new List<string>();
        foreach (var f in lines.Select(l => l.Split('\t')))
        {
            var (figure, published, unit, formula, status) = (f[0], decimal.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3], f[4]);
            if (formula.StartsWith("text:", StringComparison.Ordinal))
            {
                // A figure of the text: the sentence as the source states it must stand in the generated text.
                if (text.Contains(formula[5..], StringComparison.Ordinal) != (status == "equal"))
                    wrong.Add($"{figure}：生成的情况说明{(status == "equal" ? "没有" : "仍有")}“{formula[5..]}”");
                continue;
            }
            var decimals = f[1].Contains('.') ? f[1].Length - f[1].IndexOf('.') - 1 : 0;
            var generated = Math.Round(Generated(formula, facts, unit), decimals, MidpointRounding.AwayFromZero);
            var equal = generated == published;
            if (equal != (status == "equal"))
                wrong.Add($"{figure}：公开 {f[1]}{unit}，生成 {generated.ToString(CultureInfo.InvariantCulture)}{unit}，应为 {status}");
        }
        Assert.Empty(wrong);
    }

    /// <summary>A figure of the generated tables in the published unit: a reference or sum as rule formulas write it, or a share "A / B" in per cent.</summary>
    private static decimal Generated(string formula, FactSet facts, string unit)
    {
        var parts = formula.Split(" / ");
        if (parts.Length == 2) return Value(parts[0], facts) / Value(parts[1], facts) * 100m;
        return Value(formula, facts) / (unit == "万元" ? 10_000m : 1m);
    }

    private static decimal Value(string expression, FactSet facts)
    {
        var parsed = FormulaParser.Parse($"{expression} = 0");
        Assert.True(parsed.Rule is not null, $"{expression}：{parsed.Error}");
        // A name the tables lack reads as a blank cell (0); here it must name a cell that exists.
        foreach (var reference in parsed.Rule!.Left.References)
        {
            var table = facts.Table(reference.Table);
            Assert.True(table is not null, $"{expression}：没有表 {reference.Table}");
            var found = reference.Row is { } row
                ? table!.RowKeys.Any(row.Matches) && table.AmountColumns.Any(reference.Key.Matches)
                : table!.CellKeys.Any(reference.Key.Matches);
            Assert.True(found, $"{expression}：{reference.Table} 中没有 {reference.Row?.Text}{reference.Key.Text}");
        }
        var instance = Assert.Single(FormulaEvaluator.Evaluate(parsed.Rule, facts));
        Assert.Equal(0m, instance.Left.HalfWidth);
        return instance.Left.Value;
    }
}
