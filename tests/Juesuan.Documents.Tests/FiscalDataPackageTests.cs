using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using Juesuan.Accounts;
using Juesuan.Documents.OpenData;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

/// <summary>
/// The Fiscal Data Package of the sample, validated against the published profile: Fixtures/fiscal-data-package.schema.json
/// is the fiscal-data-package profile as Open Knowledge publishes it (npm datapackage 1.1.10, src/profiles, MIT licence).
/// </summary>
public class FiscalDataPackageTests
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly IReadOnlyList<ExportFile> Files = FiscalDataPackage.Write(Sample, "大同市科学技术协会2021年度单位决算");
    private static readonly JsonNode Descriptor = JsonNode.Parse(Files.Single(f => f.Name == "datapackage.json").Content)!;

    /// <summary>
    /// The profile, evaluated as draft 7: it is written in draft 4, whose meta-schema JsonSchema.Net does not ship, and
    /// every keyword it uses (type, enum, pattern, required, properties, patternProperties, items, minItems, oneOf, anyOf, allOf) means the same in both.
    /// </summary>
    private static JsonSchema Profile()
    {
        var profile = JsonNode.Parse(File.ReadAllText(RepoPaths.File("tests", "Juesuan.Documents.Tests", "Fixtures", "fiscal-data-package.schema.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", profile["$schema"]!.GetValue<string>());
        profile.Remove("$schema");
        return JsonSchema.FromText(profile.ToJsonString());
    }

    private static string[][] Csv(string name) => Encoding.UTF8.GetString(Files.Single(f => f.Name == name).Content)
        .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();

    [Fact]
    public void The_descriptor_validates_against_the_published_profile()
    {
        var result = Profile().Evaluate(Descriptor, new EvaluationOptions { OutputFormat = OutputFormat.List, EvaluateAs = SpecVersion.Draft7 });
        Assert.True(result.IsValid, string.Join("\n", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_profile_is_not_vacuous()
    {
        var broken = Descriptor.DeepClone();
        broken["model"]!["measures"]!["executed"]!["currency"] = "yuan";
        Assert.False(Profile().Evaluate(broken, new EvaluationOptions { EvaluateAs = SpecVersion.Draft7 }).IsValid);
    }

    [Fact]
    public void Measures_carry_currency_direction_and_phase()
    {
        var measures = Descriptor["model"]!["measures"]!.AsObject();
        Assert.Equal(["executed", "income", "approved", "adjusted", "basic_executed"], measures.Select(m => m.Key));
        Assert.All(measures, m => Assert.Equal(("CNY", 1), (m.Value!["currency"]!.GetValue<string>(), m.Value["factor"]!.GetValue<int>())));
        Assert.Equal(("revenue", "executed"), (measures["income"]!["direction"]!.GetValue<string>(), measures["income"]!["phase"]!.GetValue<string>()));
        Assert.Equal("approved", measures["approved"]!["phase"]!.GetValue<string>());
        var functional = Descriptor["model"]!["dimensions"]!["functional_classification"]!;
        Assert.Equal(("functional", "section"), (functional["classificationType"]!.GetValue<string>(), functional["attributes"]!["item"]!["parent"]!.GetValue<string>()));
    }

    [Fact]
    public void The_resources_hold_every_line_and_sum_to_the_accounts()
    {
        var expenditure = Csv("expenditure.csv");
        Assert.Equal("fiscal_year,unit_code,unit_name,function_class,function_class_name,function_section,function_section_name,function_item,function_item_name,kind,funding,executed", string.Join(',', expenditure[0]));
        Assert.Equal(Sample.Expenditure.Count, expenditure.Length - 1);
        Assert.Equal(4_000_720.64m, expenditure.Skip(1).Sum(r => decimal.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3_916_264.87m, Csv("income.csv").Skip(1).Sum(r => decimal.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture)));
        var first = expenditure[1];
        Assert.Equal(first[7][..3], first[3]);
        Assert.Equal(first[7][..5], first[5]);
        Assert.False(string.IsNullOrEmpty(first[8]));
        Assert.Equal(Sample.Budgets.Count, Csv("budget.csv").Length - 1);
        Assert.Equal(Sample.BasicByEconomic.Count, Csv("basic-by-economic.csv").Length - 1);
        // Machine-readable files carry no byte-order mark.
        Assert.All(Files, f => Assert.NotEqual(0xEF, f.Content[0]));
    }
}
