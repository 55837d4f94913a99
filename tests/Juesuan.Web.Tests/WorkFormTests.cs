using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Testing;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Juesuan.Web.Tests;

public class WorkFormTests
{
    private static CheckReport CheckBroken()
    {
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!;
        var line = json["expenditure"]!.AsArray().Single(l => (string)l!["code"]! == "2012901" && (string)l["kind"]! == "basic" && (string)l["funding"]! == "generalBudget")!;
        line["amount"] = (decimal)line["amount"]! + 100m;
        json["reasons"]!.AsObject().Remove("threePublic.budget");
        var accounts = AccountsReader.Read(json.ToJsonString(), "broken.json").Accounts!;
        return CheckRunner.Run(new CheckContext(accounts, DisclosureBuilder.Build(accounts), new DateOnly(2022, 6, 1)), RuleCatalogue.Builtin);
    }

    [Fact]
    public void Findings_are_placed_at_the_field_or_the_line_they_concern()
    {
        var report = CheckBroken();
        var missingReason = report.Findings.Single(f => f.Location.Field == "reasons.threePublic.budget");
        var place = Assert.Single(FindingPlaces.Of(missingReason));
        Assert.Equal("threePublic", place.Part.Id);
        Assert.Equal("reasons.threePublic.budget", place.Field);
        Assert.Equal("/work/u/2021/edit/threePublic#f-reasons.threePublic.budget", FindingPlaces.Link("/work/u/2021", missingReason));

        var unbalanced = report.Findings.First(f => f.RuleId == "F-1");
        Assert.Contains(FindingPlaces.Of(unbalanced), p => p.Part.Id == "expenditure" && p.RowCode == "2012901");
        var budgetReason = report.Findings.First(f => f.Location.Field == "reasons.budget.2012901");
        Assert.Equal("budgets", FindingPlaces.Of(budgetReason).Single().Part.Id);
    }

    [Fact]
    public void Every_part_edits_fields_the_accounts_file_has_and_every_reason_has_a_part()
    {
        var sample = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!.AsObject();
        foreach (var part in AccountsParts.All)
        {
            foreach (var path in part.Fields.Select(f => f.Path).Concat(part.Lists.Select(l => l.Path)))
                Assert.True(Juesuan.Accounts.Fields.AccountsFields.Find(Juesuan.Accounts.Fields.AccountsFields.All, path.Split('.')[0]) is not null, path);
            Assert.Same(part, AccountsParts.Find(part.Id));
            Assert.Same(part, AccountsParts.OfField(part.Fields.Select(f => f.Path).Concat(part.Lists.Select(l => l.Path)).FirstOrDefault() ?? "reasons.total.change"));
        }
        foreach (var key in AccountsParts.ReasonKeysFor(StoredFor(sample)))
            Assert.NotNull(AccountsParts.OfReason(key));
        Assert.Equal("budgets", AccountsParts.OfReason("budget.2060702").Id);
        Assert.Equal("reasons", AccountsParts.OfReason("total.change").Id);
    }

    /// <summary>The workbench offers a part only where the unit's template asks for it: Shanghai's layout its 预算绩效管理情况 in figures, the central one not.</summary>
    [Fact]
    public void The_parts_offered_are_those_the_template_asks_for()
    {
        var central = AccountsParts.AskedBy(Juesuan.DocumentModel.DisclosureTemplate.Find("default", 2024)!);
        var shanghai = AccountsParts.AskedBy(Juesuan.DocumentModel.DisclosureTemplate.Find("shanghai-district", 2024)!);
        Assert.DoesNotContain(central, p => p.Id == "otherNotes");
        Assert.DoesNotContain(central.Single(p => p.Id == "performanceNotes").Fields, f => f.Path.StartsWith("performanceManagement.", StringComparison.Ordinal));
        Assert.Contains(shanghai.Single(p => p.Id == "performanceNotes").Fields, f => f.Path == "performanceManagement.averageScore");
        Assert.Contains(shanghai.Single(p => p.Id == "operating").Fields, f => f.Path == "procurement.reservedForSmes");
        Assert.DoesNotContain(central.Single(p => p.Id == "operating").Fields, f => f.Path == "procurement.reservedForSmes");
        Assert.DoesNotContain(central.Single(p => p.Id == "projects").Lists, l => l.Path == "projectByEconomic");
        // A part with nothing of its own to fill (原因说明) stays.
        Assert.Contains(central, p => p.Id == "reasons");
    }

    private static UnitAccounts StoredFor(JsonObject json) => AccountsReader.Read(json.ToJsonString(), "sample.json").Accounts!;

    [Fact]
    public void A_form_value_replaces_an_amount_and_keeps_what_is_said_of_it()
    {
        var stored = JsonNode.Parse("""{"operatingCosts":{"amount":1.5,"basis":"seed"},"unit":{"staff":{"actual":3}}}""")!.AsObject();
        Assert.Equal("1.5", AccountsForm.Value(stored, "operatingCosts"));
        var part = new AccountsPart("t", "测试", "", [new("operatingCosts", "机关运行经费", InputKind.OptionalAmount), new("unit.staff.actual", "实有人数", InputKind.OptionalCount)], [], [], []);
        var form = new FormCollection(new Dictionary<string, StringValues> { ["operatingCosts"] = "２,０００.５", ["unit.staff.actual"] = "" });
        var applied = AccountsForm.Apply(stored, part, form);
        Assert.Equal("""{"operatingCosts":{"amount":2000.5,"basis":"seed"}}""", applied.ToJsonString());
        Assert.Equal(1.5m, (decimal)stored["operatingCosts"]!["amount"]!);

        var typed = AccountsForm.Apply(stored, part, new FormCollection(new Dictionary<string, StringValues> { ["operatingCosts"] = "约两千元" }));
        Assert.Equal("约两千元", (string)typed["operatingCosts"]!["amount"]!);
    }

    [Fact]
    public void A_project_left_without_a_number_gets_the_next_free_one_and_a_blank_row_stays_blank()
    {
        var stored = JsonNode.Parse("""{"projects":[{"id":"P1","name":"科普活动"}]}""")!.AsObject();
        var part = AccountsParts.Find("projects")!;
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["projects.rows"] = "4",
            ["projects[0].id"] = "P2", ["projects[0].name"] = "科普活动",
            ["projects[1].id"] = "", ["projects[1].name"] = "流动科技馆",
            ["projects[2].id"] = "", ["projects[2].name"] = "",
            ["projects[3].id"] = "", ["projects[3].name"] = "青少年科技创新大赛",
        });
        var projects = AccountsForm.Apply(stored, part, form)["projects"]!.AsArray();
        Assert.Equal(["P2", "P1", "P3"], projects.Select(p => (string)p!["id"]!));
    }
}
