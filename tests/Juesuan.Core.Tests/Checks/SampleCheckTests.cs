using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Pipeline;
using Juesuan.Testing;

namespace Juesuan.Core.Tests.Checks;

public partial class SampleCheckTests
{
    private static readonly string SampleJson = File.ReadAllText(RepoPaths.SampleAccounts);
    private static readonly DateOnly AsOf = new(2022, 8, 1);

    private static CheckReport Check(string json)
    {
        var read = AccountsReader.Read(json, "accounts.json");
        return DisclosurePipeline.Prepare(read.Accounts!, read.Settings, PublishingSettings.Shipped, AsOf).Checks;
    }

    [Fact]
    public void The_sample_checks_clean_and_its_warnings_are_real()
    {
        var report = Check(SampleJson);
        Assert.False(report.HasBlocking);
        // The seed explains no 项 whose spending differs from its year-start budget (8 × R-4); eight 项 were
        // executed outside 90–110 % of that budget (8 × Q-1); and the 科普 project spent 40.87 % and the
        // 驻村帮扶 project 48.76 % of their budgets (2 × Q-2); the 驻村帮扶 and 残疾人就业保障金 projects spent
        // without a self-evaluation (2 × P-2). Each is a real question for the preparer.
        Assert.Equal(
            new Dictionary<string, int> { ["Q-1"] = 8, ["R-4"] = 8, ["Q-2"] = 2, ["P-2"] = 2 },
            report.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count()));
        Assert.All(report.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(CoverageStatus.NotEnoughData, report.Coverage.Single(c => c.RuleId == "D-1").Status); // the seed states no approval date
    }

    /// <summary>
    /// Fields whose increase breaks no blocking rule, and why. Budgets, prior-year figures and the 三公
    /// figures feed reasons, rates and warnings only; 机关运行经费 is reconciled with 公用经费 by a
    /// warning (Q-4); a larger procurement amount or SME amount stays within the inclusion rule (G-1
    /// bounds the smaller figure by the larger); project budgets feed the execution-rate warning (Q-2).
    /// </summary>
    [GeneratedRegex(@"^\$\.(budgets\[\d+\]\.(yearStart|adjusted)|priorYear\..*|threePublic\.(budget|actual)\..*|operatingCosts(\.amount)?|procurement\.(goods|works|services|awardedToSmes)|projects\[\d+\]\.(yearStartBudget|fullYearBudget))$")]
    private static partial Regex FreeOfBlockingIdentities();

    public static TheoryData<string, decimal> AmountFields()
    {
        var data = new TheoryData<string, decimal>();
        foreach (var path in AmountPaths(JsonNode.Parse(SampleJson)!, "$"))
        {
            data.Add(path, 0.01m);
            data.Add(path, 100m);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AmountFields))]
    public void Changing_any_amount_is_caught_where_it_stands(string path, decimal delta)
    {
        var root = JsonNode.Parse(SampleJson)!;
        var (parent, key) = Locate(root, path);
        if (key is string name) parent[name] = parent[name]!.GetValue<decimal>() + delta;
        else parent[(int)key] = parent[(int)key]!.GetValue<decimal>() + delta;
        var report = Check(root.ToJsonString());
        var blocking = report.Findings.Where(f => f.Severity == Severity.Blocking).ToArray();

        if (FreeOfBlockingIdentities().IsMatch(path))
        {
            Assert.Empty(blocking);
            return;
        }
        var expected = ExpectedPlaces(root, path);
        Assert.True(
            blocking.Any(f => new[] { f.Location }.Concat(f.Related).Any(l => expected.Any(e => e.Matches(l)))),
            $"{path} +{delta}：应有指向 {string.Join(" 或 ", expected)} 的阻断问题，实际为：" +
            string.Join("；", blocking.Select(f => $"{f.RuleId}@{f.Location.Describe()}")));
    }

    /// <summary>Where a finding about a field must point: its table and row, or (outside the tables) the field itself.</summary>
    private sealed record Place(string? Table, string? Row, string? Field = null)
    {
        public bool Matches(FindingLocation l) => Field is not null ? l.Field == Field : l.Table == Table && l.Row == Row;

        public override string ToString() => Field ?? $"{Table}/{Row}";
    }

    private static Place[] ExpectedPlaces(JsonNode root, string path)
    {
        (JsonNode? Parent, object Key) line = path.EndsWith(".amount", StringComparison.Ordinal) ? Locate(root, path[..^".amount".Length]) : (null, "");
        var lineNode = line.Parent?.Get(line.Key);
        string? Code() => lineNode?["code"]?.GetValue<string>();
        var list = path.Split('[')[0][2..];
        return list switch
        {
            "income" => [new("T2", Code()), new("T3", Code())],
            "expenditure" => [new("T3", Code())],
            "openingBalances" => [new("T1", "年初结转和结余")],
            "closingBalances" => [new("T1", "年末结转和结余")],
            // A T6 款 row adds into its panel's total; the non-fiscal economic items stand in no published table and are matched with T3's basic expenditure.
            "basicByEconomic" => lineNode!["funding"]!.GetValue<string>() == "generalBudget"
                ? [new("T6", Code()!.StartsWith("301", StringComparison.Ordinal) || Code()!.StartsWith("303", StringComparison.Ordinal) ? "人员经费合计" : "公用经费合计")]
                : [new("T3", "合计")],
            "projects" => [new("T3", Locate(root, path[..path.LastIndexOf('.')]) is var p ? p.Parent.Get(p.Key)!["code"]!.GetValue<string>() : null)],
            _ => [new(null, null, path[2..])],
        };
    }

    private static IEnumerable<string> AmountPaths(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                    if (value is not null) foreach (var p in AmountPaths(value, $"{path}.{key}")) yield return p;
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    foreach (var p in AmountPaths(a[i]!, $"{path}[{i}]")) yield return p;
                break;
            case JsonValue v when v.TryGetValue<decimal>(out _) && IsAmount(path):
                yield return path;
                break;
        }
    }

    /// <summary>Numbers that are counts, years or staff are not amounts.</summary>
    private static bool IsAmount(string path) =>
        !Regex.IsMatch(path, @"(fiscalYear|count|Delegations|Persons|vehiclesPurchased|vehiclesHeld|Batches|Equipment|staff\..*)$");

    private static (JsonNode Parent, object Key) Locate(JsonNode root, string path)
    {
        var steps = Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value)).ToArray();
        var node = root;
        for (var i = 0; i < steps.Length - 1; i++) node = steps[i] is string s ? node[s]! : node[(int)steps[i]]!;
        return (node, steps[^1]);
    }
}

internal static class JsonNodeIndexing
{
    public static JsonNode? Get(this JsonNode node, object key) => key is string s ? node[s] : node[(int)key];
}
