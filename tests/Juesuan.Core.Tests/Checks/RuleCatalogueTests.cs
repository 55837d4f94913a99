using Juesuan.Testing;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests.Checks;

public class RuleCatalogueTests
{
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.Builtin;

    public static TheoryData<string> RuleIds() => [.. RuleCatalogue.Builtin.Rules.Select(r => r.Id)];

    private static CheckReport Run(CheckContext context) => CheckRunner.Run(context, Catalogue);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_passes_on_good_accounts(string id)
    {
        var report = Run(RuleCases.All[id].Passing());
        Assert.DoesNotContain(report.Findings, f => f.RuleId == id);
        Assert.Equal(CoverageStatus.Passed, report.Coverage.Single(c => c.RuleId == id).Status);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_fails_on_accounts_that_break_it(string id)
    {
        var report = Run(RuleCases.All[id].Failing());
        var finding = report.Findings.FirstOrDefault(f => f.RuleId == id);
        Assert.True(finding is not null, $"规则 {id} 在应失败时没有报告问题");
        var rule = Catalogue.Find(id)!;
        Assert.Equal(rule.Severity, finding!.Severity);
        Assert.DoesNotContain("{", finding.Message);
        Assert.DoesNotContain("{", finding.Hint);
        Assert.Equal(CoverageStatus.Failed, report.Coverage.Single(c => c.RuleId == id).Status);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rules_finding_reads_in_the_forms_words(string id)
    {
        var finding = Run(RuleCases.All[id].Failing()).Findings.First(f => f.RuleId == id);
        foreach (var text in new[] { finding.Message, finding.Hint, finding.Location.Describe() })
            Assert.True(PeoplesWords.DevelopersWordIn(text) is null, $"规则 {id} 的文字含有程序用语“{PeoplesWords.DevelopersWordIn(text)}”：{text}");
    }

    [Fact]
    public void Every_rule_has_a_message_a_hint_a_basis_and_its_two_tests()
    {
        Assert.All(Catalogue.Rules, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Message), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Hint), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Basis), rule.Id);
            Assert.True(RuleCases.All.ContainsKey(rule.Id), $"规则 {rule.Id} 没有测试用例");
        });
        Assert.Empty(RuleCases.All.Keys.Except(Catalogue.Rules.Select(r => r.Id)));
    }

    [Fact]
    public void Every_identity_of_the_domain_catalogue_is_a_rule()
    {
        string[] required =
        [
            "T1-1", "T1-2", "T1-3", "T1-4", "T1-5", "T2-1", "T2-2", "T3-1", "T3-2", "T4-1", "T4-2", "T4-3", "T5-1", "T5-2",
            "T6-1", "T6-2", "T7-1", "T7-2", "X-1", "X-3", "X-4", "X-6", "X-7", "X-8", "X-10",
        ];
        Assert.Empty(required.Except(Catalogue.Rules.Select(r => r.Id)));
        Assert.Contains(Catalogue.Rules, r => r.Id.StartsWith("X-2", StringComparison.Ordinal));
        Assert.Contains(Catalogue.Rules, r => r.Id.StartsWith("X-5", StringComparison.Ordinal));
        Assert.Contains(Catalogue.Rules, r => r.Id.StartsWith("X-9", StringComparison.Ordinal));
    }

    [Fact]
    public void The_small_unit_is_clean()
    {
        var report = Run(SmallAccounts.Context());
        Assert.Empty(report.Findings);
        Assert.DoesNotContain(report.Coverage, c => c.Status == CoverageStatus.Failed);
    }

    [Fact]
    public void A_finding_carries_stated_recomputed_difference_tolerance_and_a_stable_fingerprint()
    {
        var report = Run(RuleCases.All["T1-5"].Failing());
        var finding = report.Findings.Single(f => f.RuleId == "T1-5");
        Assert.Equal(new FindingLocation("T1", "收入总计"), finding.Location);
        Assert.Contains(new FindingLocation("T1", "支出总计"), finding.Related);
        Assert.Equal(627_201m, finding.Stated);
        Assert.Equal(627_200m, finding.Recomputed);
        Assert.Equal(1m, finding.Difference);
        Assert.Equal(0m, finding.Tolerance);
        Assert.Equal("公开01表收入总计627,201.00元与支出总计627,200.00元不相等，相差1.00元（按填报精度允许的误差为0.00元）。", finding.Message);
        Assert.Equal(finding.Fingerprint, Run(RuleCases.All["T1-5"].Failing()).Findings.Single(f => f.RuleId == "T1-5").Fingerprint);
        Assert.NotEqual(finding.Fingerprint, report.Findings.Single(f => f.RuleId == "T1-2").Fingerprint);
    }

    [Fact]
    public void A_rule_that_could_not_run_is_not_counted_as_passed()
    {
        var report = Run(SmallAccounts.Context(SmallAccounts.Unit() with { Publication = Accounts.Publication.None }));
        Assert.Equal(CoverageStatus.NotEnoughData, report.Coverage.Single(c => c.RuleId == "D-1").Status);
        Assert.Equal(0, report.Coverage.Single(c => c.RuleId == "D-1").Passed);
    }

    [Fact]
    public void Rules_over_an_empty_table_are_not_applicable()
    {
        var sample = Accounts.AccountsReader.Read(File.ReadAllText(Testing.RepoPaths.SampleAccounts), "accounts.json").Accounts!;
        var report = Run(new CheckContext(sample, DisclosureBuilder.Build(sample), SmallAccounts.AsOf));
        Assert.Equal(CoverageStatus.NotApplicable, report.Coverage.Single(c => c.RuleId == "T8-2").Status);
        Assert.Equal(CoverageStatus.Passed, report.Coverage.Single(c => c.RuleId == "X-7").Status);
    }

    [Fact]
    public void The_reservation_for_small_and_micro_enterprises_lies_within_that_for_smes()
    {
        Assert.DoesNotContain(Run(SmallAccounts.Context(RuleCases.Reserved(SmallAccounts.Unit(), otherAwarded: 1_000m))).Findings, f => f.RuleId == "G-1");
        var finding = Run(SmallAccounts.Context(RuleCases.Reserved(SmallAccounts.Unit(), otherAwarded: 1_000m, reservedForSmallMicro: 7_000m))).Findings.Single(f => f.RuleId == "G-1");
        Assert.Equal("procurement.reservedForSmallMicro", finding.Location.Field);
        Assert.Equal("面向小微企业预留政府采购项目预算金额7,000.00元大于面向中小企业预留政府采购项目预算金额6,000.00元。", finding.Message);
    }

    [Fact]
    public void Problems_rectified_and_being_rectified_are_no_more_than_those_found()
    {
        Assert.DoesNotContain(Run(SmallAccounts.Context(RuleCases.Managed(SmallAccounts.Unit(), good: 1))).Findings, f => f.RuleId == "P-4");
        var finding = Run(SmallAccounts.Context(RuleCases.Managed(SmallAccounts.Unit(), good: 1, rectifying: 1))).Findings.Single(f => f.RuleId == "P-4");
        Assert.Equal("performanceManagement.problemsRectified", finding.Location.Field);
        Assert.Equal("已经完成整改和正在整改的问题数合计2个，发现的问题数为1个。", finding.Message);
    }

    [Fact]
    public void Buildings_lie_within_fixed_assets()
    {
        var finding = Run(SmallAccounts.Context(RuleCases.WithAssets(SmallAccounts.Unit(), @fixed: 600_000m, buildings: 650_000m))).Findings.Single(f => f.RuleId == "G-3");
        Assert.Equal("assets.buildings", finding.Location.Field);
        Assert.Equal("房屋价值650,000.00元大于固定资产600,000.00元。", finding.Message);
    }

    /// <summary>
    /// Q-6 under a template whose “三公” are of all 财政拨款 (the layouts from 2022) holds them to the 政府性基金 economic lines too: the small
    /// unit's 5,000 of vehicle running costs cover its general budget's 30231 (5,000) but not with 1,000 of the fund's beside it.
    /// </summary>
    [Fact]
    public void Under_a_fiscal_scope_the_three_public_items_cover_the_government_funds_economic_lines_too()
    {
        var unit = SmallAccounts.Unit() with { FiscalYear = 2022 };
        unit = unit with { BasicByEconomic = [.. unit.BasicByEconomic, new EconomicLine("30231", Funding.GovernmentFund, Amount.FromYuan(1_000m))] };
        CheckReport Under(string template) =>
            Run(new CheckContext(unit, DisclosureBuilder.Build(unit, new DisclosureOptions(Template: template)), new DateOnly(2023, 6, 20)));
        Assert.DoesNotContain(Under("default").Findings, f => f.RuleId == "Q-6");
        var finding = Under("central-2022").Findings.Single(f => f.RuleId == "Q-6");
        Assert.Contains("6,000.00元", finding.Message);
        // Named as that layout numbers and heads them: the “三公” table is its 公开09表, the section its 九.
        Assert.Equal("公开09表 决算数.公务用车运行费 “九、财政拨款“三公”经费支出决算情况说明”", finding.Location.Describe());
        Assert.Equal("公开06表 30231", Assert.Single(finding.Related).Describe());
        Assert.Contains("少于财政拨款基本支出中的“公务用车运行维护费”（30231）6,000.00元", finding.Message);
        Assert.EndsWith("核对公开09表和公开06表的数额和口径。", finding.Hint);
        Assert.Contains("少于一般公共预算财政拨款基本支出中的", Run(SmallAccounts.Context(SmallAccounts.Unit() with
        {
            ThreePublic = SmallAccounts.Unit().ThreePublic with { Actual = SmallAccounts.Unit().ThreePublic.Actual with { VehicleOperation = Amount.FromYuan(4_000m) } },
        })).Findings.Single(f => f.RuleId == "Q-6").Message);
    }
}
