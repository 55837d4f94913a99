using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.Core.Tests.Checks;
using Juesuan.Performance;
using Juesuan.Testing;

namespace Juesuan.Core.Tests.Performance;

public class PerformanceRuleTests
{
    private static readonly ScoringMethod National = ScoringMethod.Find("national-2020")!;
    private static Amount Y(decimal yuan) => Amount.FromYuan(yuan);

    private static Indicator I(string name, string target, string actual, decimal weight, decimal? stated = null, string? reason = null,
        string level1 = "产出指标", string level2 = "数量指标", Reconciliation reconcile = Reconciliation.Inferred) =>
        new(level1, level2, name, weight, TargetReader.ReadTarget(target), TargetReader.ReadActual(actual), stated, reason, true, reconcile);

    /// <summary>
    /// A clean evaluation of the small unit's 科普项目 (budget and execution 100,000): 10 for execution and
    /// 90 for indicators, every score as computed, the cost indicator in line with the accounts.
    /// </summary>
    private static ProjectEvaluation Clean() => new(
        EvaluationKind.Project, "科普项目", "p1", "测试局", "测试局",
        new FundsBlock(new FundsRow(Y(100_000m), Y(100_000m), Y(100_000m)), new FundsRow(Y(100_000m), Y(100_000m), Y(100_000m)), null, null),
        "开展科普活动", "完成", [
            I("科普活动次数", ">=10次", "10次", 40m, 40m),
            I("项目支出成本", "<=12万", "10万", 10m, 10m, level2: "成本指标"),
            I("活动参与率", ">=80%", "90%", 20m, 20m, level2: "质量指标"),
            I("社会效益", "提升", "达成", 10m, 10m, level1: "效益指标", level2: "社会效益指标"),
            I("满意度", ">=90%", "95%", 10m, 10m, level1: "满意度指标", level2: "服务对象满意度指标"),
        ],
        new Dictionary<string, decimal> { ["产出指标"] = 70m, ["效益指标"] = 10m, ["满意度指标"] = 10m },
        100m, 10m, EvaluationReportTexts.None);

    private static ProjectEvaluation Replace(ProjectEvaluation e, string name, Func<Indicator, Indicator> change) =>
        e with { Indicators = e.Indicators.Select(i => i.Name == name ? change(i) : i).ToArray() };

    private static CheckReport Check(ProjectEvaluation e, UnitAccounts? accounts = null, bool withAccounts = true) =>
        PerformanceRules.Check(new PerformanceContext(Scorer.Score(e, National), withAccounts ? accounts ?? SmallAccounts.Unit() : null), PerformanceRules.Builtin, 2021, SmallAccounts.AsOf);

    private static readonly Dictionary<string, Func<ProjectEvaluation>> Failing = new()
    {
        ["PF-1"] = () => Replace(Clean(), "科普活动次数", i => i with { Weight = 45m, StatedScore = 45m }),
        ["PF-2"] = () => Clean() with { GroupWeights = new Dictionary<string, decimal> { ["产出指标"] = 50m } },
        ["PF-3"] = () => Clean() with { Funds = new FundsBlock(new FundsRow(Y(0m), Y(0m), Y(5_000m)), null, null, null) },
        ["PF-4"] = () => Clean() with { Funds = Clean().Funds with { CurrentAppropriation = new FundsRow(Y(100_000m), Y(90_000m), Y(100_000m)) } },
        ["PF-5"] = () => Replace(Clean(), "活动参与率", i => i with { StatedScore = 18m }),
        ["PF-6"] = () => Clean() with { StatedTotal = 98m },
        ["PF-7"] = () => Replace(Clean(), "满意度", i => i with { StatedScore = 12m }),
        ["PF-8"] = () => Replace(Clean(), "科普活动次数", i => i with { Actual = TargetReader.ReadActual("8次"), StatedScore = 32m }),
        ["PF-9"] = () => Replace(Clean(), "项目支出成本", i => i with { Actual = TargetReader.ReadActual("8万") }),
        ["PF-10"] = () => Replace(Clean(), "活动参与率", i => i with { Target = TargetReader.ReadTarget("<=80%"), Actual = TargetReader.ReadActual("80%") }),
        ["PF-11"] = () => Replace(Clean(), "科普活动次数", i => i with { Target = TargetReader.ReadTarget("大约十次") }),
        ["PF-12"] = () => Replace(Clean(), "社会效益", i => i with { Actual = TargetReader.ReadActual("部分达成"), StatedScore = 9m }),
        ["PF-13"] = () => Clean() with { Funds = new FundsBlock(new FundsRow(Y(100_000m), Y(100_000m), Y(99_000m)), null, null, null) },
    };

    /// <summary>Where the clean evaluation gives a rule nothing to judge, a case in which it does and passes.</summary>
    private static readonly Dictionary<string, Func<ProjectEvaluation>> Passing = new()
    {
        ["PF-8"] = () => Replace(Clean(), "科普活动次数", i => i with { Actual = TargetReader.ReadActual("8次"), StatedScore = 32m, DeviationReason = "受疫情影响，两场活动改为线上举办" }),
    };

    public static TheoryData<string> RuleIds() => [.. PerformanceRules.Builtin.Rules.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_passes_on_a_clean_evaluation(string id)
    {
        var report = Check(Passing.TryGetValue(id, out var passing) ? passing() : Clean());
        Assert.DoesNotContain(report.Findings, f => f.RuleId == id);
        Assert.Equal(CoverageStatus.Passed, report.Coverage.Single(c => c.RuleId == id).Status);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_fails_where_it_should(string id)
    {
        var report = Check(Failing[id]());
        var finding = report.Findings.FirstOrDefault(f => f.RuleId == id);
        Assert.True(finding is not null, $"规则 {id} 在应失败时没有报告问题");
        Assert.DoesNotContain("{", finding!.Message);
        foreach (var text in new[] { finding.Message, finding.Hint, finding.Location.Describe() })
            Assert.True(PeoplesWords.DevelopersWordIn(text) is null, $"规则 {id} 的文字含有程序用语“{PeoplesWords.DevelopersWordIn(text)}”：{text}");
    }

    [Fact]
    public void Every_performance_rule_has_a_message_a_hint_and_its_two_tests()
    {
        Assert.All(PerformanceRules.Builtin.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Message));
            Assert.False(string.IsNullOrWhiteSpace(r.Hint));
            Assert.True(Failing.ContainsKey(r.Id), $"规则 {r.Id} 没有测试用例");
        });
    }

    [Fact]
    public void Rules_needing_the_accounts_say_so_when_they_are_missing()
    {
        var report = Check(Clean(), withAccounts: false);
        Assert.Equal(CoverageStatus.NotEnoughData, report.Coverage.Single(c => c.RuleId == "PF-9").Status);
        Assert.Equal(CoverageStatus.NotEnoughData, report.Coverage.Single(c => c.RuleId == "PF-13").Status);
    }

    [Fact]
    public void The_performance_catalogue_takes_no_formulas()
    {
        const string rules = """{ "catalogue": "juesuan.rules/1", "rules": [ { "id": "B-1", "title": "t", "category": "performance", "severity": "info", "basis": "b", "formula": "T1.收入总计 = T1.支出总计", "message": "m", "hint": "h" } ] }""";
        var result = RuleCatalogue.Load(PerformanceRules.Kind, (rules, "bureau.json"));
        Assert.Contains("此类规则目录不支持公式", Assert.Single(result.Errors).ToString());
    }
}

public class SamplePerformanceTests
{
    private static readonly PerformanceFile File = PerformanceReader.Read(System.IO.File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")), "performance.json").File!;
    private static readonly UnitAccounts Accounts = AccountsReader.Read(System.IO.File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly EvaluationScore Score = Scorer.Score(File.Evaluations.Single(), ScoringMethod.Find(File.Method!)!);

    [Fact]
    public void The_seed_project_is_read_with_every_indicator_as_published()
    {
        var e = File.Evaluations.Single();
        Assert.Equal(35, e.Indicators.Count);
        Assert.Equal(100m, e.Indicators.Sum(i => i.Weight));
        Assert.All(e.Indicators, i => Assert.True(i.Target.IsReadable && i.Actual.IsReadable, i.Name));
        Assert.Equal((650_000m, 265_675.22m), (e.Funds.Total.FullYear.Yuan, e.Funds.Total.Executed.Yuan));
        Assert.Equal(100m, e.StatedTotal);
    }

    [Fact]
    public void Execution_of_40_87_percent_is_shown_and_scored()
    {
        Assert.Equal(40.87m, Math.Round(Score.ExecutionRate!.Value.Points, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(4.09m, Score.ExecutionScore);
    }

    [Fact]
    public void The_total_follows_the_method()
    {
        // Every indicator meets its target (100 of 100), execution earns 4.09 of 10; the seed's weights add
        // to 110 with execution, so the method rescales: 104.09 ÷ 110 × 100 = 94.63, grade 优.
        Assert.All(Score.Indicators, s => Assert.Equal(IndicatorStatus.Met, s.Status));
        Assert.Equal((104.09m, 110m, 94.63m, "优"), (Score.Earned, Score.Possible, Score.Total, Score.Grade));
    }

    [Fact]
    public void The_stated_100_and_the_cost_indicators_that_disagree_with_the_accounts_are_reported()
    {
        var report = PerformanceRules.Check(new PerformanceContext(Score, Accounts), PerformanceRules.Builtin, 2021, new DateOnly(2022, 8, 1));
        Assert.Contains(report.Findings, f => f.RuleId == "PF-6" && f.Message == "自评得分为100分，按计分方法计算应为94.63分（等级“优”；预算执行率40.87%）。");
        Assert.Equal(["三公经费控制数", "项目支出成本", "基本支出成本"],
            report.Findings.Where(f => f.RuleId == "PF-9").Select(f => f.Location.Field!.Split('[', ']')[1]));
        Assert.Contains(report.Findings, f => f.RuleId == "PF-1");                         // 10 + 100 = 110
        Assert.Contains(report.Findings, f => f.RuleId == "PF-10" && f.Message.Contains("展览活动参与率")); // "<=80%" on a participation rate
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "PF-13");                  // 650,000 and 265,675.22 agree with the accounts
    }
}

public class PerformanceReaderTests
{
    [Fact]
    public void Structural_mistakes_are_listed_with_their_paths()
    {
        const string json = """
            { "format": "juesuan.performance/1", "fiscalYear": 2021,
              "evaluations": [ { "name": "科普项目", "competentDepartment": "局", "implementingUnit": "局",
                "funds": { "total": { "fullYear": "六十五万", "executed": 1 } },
                "indicators": [ { "level1": "产出指标", "level2": "数量指标", "name": "次数", "target": ">=1次", "actual": "1次" } ] } ] }
            """;
        var result = PerformanceReader.Read(json, "performance.json");
        Assert.Null(result.File);
        Assert.Equal(
        [
            "performance.json $.evaluations[0].funds.total.fullYear：年度资金总额全年预算数应为金额（以元为单位的数字），实际为文本“六十五万”",
            "performance.json $.evaluations[0].indicators[0].weight：缺少必填项“分值”",
        ], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void An_unreadable_target_is_kept_as_written_for_the_checks()
    {
        const string json = """
            { "format": "juesuan.performance/1", "fiscalYear": 2021,
              "evaluations": [ { "name": "科普项目", "competentDepartment": "局", "implementingUnit": "局",
                "funds": { "total": { "fullYear": 1, "executed": 1 } },
                "indicators": [ { "level1": "产出指标", "level2": "数量指标", "name": "次数", "weight": 90, "target": "约十次", "actual": "1次" } ] } ] }
            """;
        var indicator = PerformanceReader.Read(json, "performance.json").File!.Evaluations[0].Indicators[0];
        Assert.Equal("约十次", indicator.Target.Text);
        Assert.False(indicator.Target.IsReadable);
    }
}

public class DisclosureWithEvaluationsTests
{
    private static readonly UnitAccounts Accounts = AccountsReader.Read(System.IO.File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly PerformanceFile File = PerformanceReader.Read(System.IO.File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")), "performance.json").File!;

    private static readonly DocumentModel.DisclosureDocument Document = Disclosure.DisclosureBuilder.Build(Accounts,
        new Disclosure.DisclosureOptions(Evaluations: File.Evaluations.Select(e => Scorer.Score(e, ScoringMethod.Find("national-2020")!)).ToArray()));

    private static string Section(string id) => string.Concat(Document.Paragraphs().Where(p => p.Section == id).Select(p => p.Paragraph.Text));

    [Fact]
    public void The_performance_section_states_projects_funds_scores_and_grades()
    {
        var text = Section("s10-4");
        Assert.Contains("2021年度本单位对1个项目开展了绩效自评，涉及全年预算资金650,000.00元，占全部项目全年预算数的84.57%。自评结果：“优”1个。", text);
        Assert.Contains("科普项目：全年预算数650,000.00元，全年执行数265,675.22元，预算执行率40.87%，自评得分94.63分，评价等级为“优”。", text);
        Assert.Contains("驻村帮扶项目：全年预算数105,000.00元，全年执行数51,200.00元，预算执行率48.76%。", text);   // not evaluated: execution only
        Assert.DoesNotContain("科普项目：全年预算数650,000.00元，全年执行数265,675.22元，预算执行率40.87%。", text);
    }

    [Fact]
    public void The_tables_and_reports_are_annexed()
    {
        Assert.Equal(["part1", "part2", "part3", "part4", "pe1", "pr1"], Document.Parts.Select(p => p.Id));
        Assert.StartsWith("附件 项目支出绩效自评表及绩效评价报告", Document.Parts[4].Title);
        var indicators = Document.Tables.Single(t => t.Id == "pe1-indicators");
        Assert.Equal("94.63", indicators.Rows[^1].Cells[6].Text);
    }
}

public class PerformanceFormatDocumentTests
{
    [Fact]
    public void Every_field_of_the_sample_is_documented()
    {
        var doc = System.IO.File.ReadAllText(RepoPaths.File("docs", "performance-format.md"));
        var names = new HashSet<string>();
        void Walk(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (var (key, value) in o) { if (key != "$schema") names.Add(key); Walk(value); }
                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
            }
        }
        Walk(System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json"))));
        Assert.All(names, name => Assert.True(doc.Contains($"`{name}`"), $"docs/performance-format.md 未说明字段 {name}"));
    }
}

public class DepartmentEvaluationTests
{
    [Fact]
    public void A_department_evaluation_uses_its_own_tree_and_is_reported_in_the_disclosure()
    {
        static Indicator I(string level1, string level2, string name, decimal weight, string target, string actual) =>
            new(level1, level2, name, weight, TargetReader.ReadTarget(target), TargetReader.ReadActual(actual), null, null);
        var evaluation = new ProjectEvaluation(EvaluationKind.Department, "测试局部门整体支出", null, "测试局", "测试局",
            new FundsBlock(new FundsRow(Amount.FromYuan(600_000m), Amount.FromYuan(600_000m), Amount.FromYuan(570_000m)), null, null, null),
            "履行部门职责", "完成", [
                I("部门决策", "目标设定", "绩效目标合理性", 20m, "合理", "达成"),
                I("部门管理", "资金管理", "预算执行率", 30m, ">=95%", "95%"),
                I("部门产出", "职责履行", "重点工作完成率", 30m, ">=100%", "90%"),
                I("部门效益", "社会效益", "服务对象满意度", 10m, ">=90%", "92%"),
            ],
            new Dictionary<string, decimal> { ["部门决策"] = 20m, ["部门管理"] = 30m, ["部门产出"] = 30m, ["部门效益"] = 10m },
            null, null, EvaluationReportTexts.None);
        var score = Scorer.Score(evaluation, ScoringMethod.Find("national-2020")!);
        Assert.Equal(9.5m, score.ExecutionScore);                 // 570,000 ÷ 600,000
        Assert.Equal(96.5m, score.Total);                         // 9.5 + 20 + 30 + 27 + 10
        Assert.Equal("优", score.Grade);
        var report = PerformanceRules.Check(new PerformanceContext(score, null), PerformanceRules.Builtin, 2021, SmallAccounts.AsOf);
        Assert.Equal(CoverageStatus.Passed, report.Coverage.Single(c => c.RuleId == "PF-2").Status);
        Assert.Contains(report.Findings, f => f.RuleId == "PF-8" && f.Message.Contains("重点工作完成率"));

        var document = Disclosure.DisclosureBuilder.Build(SmallAccounts.Unit(), new Disclosure.DisclosureOptions(Evaluations: [score]));
        var text = string.Concat(document.Paragraphs().Where(p => p.Section == "s10-4").Select(p => p.Paragraph.Text));
        Assert.Contains("本单位开展了部门整体支出绩效自评，自评得分96.5分，评价等级为“优”。", text);
        Assert.Equal("部门整体支出绩效自评表", document.Parts.Single(p => p.Id == "pe1").Title.Split('　')[^1]);
    }
}
