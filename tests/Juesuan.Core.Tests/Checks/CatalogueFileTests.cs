using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Pipeline;

namespace Juesuan.Core.Tests.Checks;

public class CatalogueFileTests
{
    private static RuleCatalogueResult WithRules(string json) => RuleCatalogue.Load((json, "bureau-rules.json"));

    private static RuleCatalogueResult WithConfig(string json) => RuleCatalogue.Load(config: (json, "bureau.json"));

    private const string Header = "{\n  \"catalogue\": \"juesuan.rules/1\",\n  \"rules\": [\n";

    private static string Rule(string formula, string message = "公开01表不平衡：{left}与{right}。", string id = "B-1") =>
        $"    {{ \"id\": \"{id}\", \"title\": \"本局规则\", \"category\": \"identity\", \"severity\": \"blocking\", \"basis\": \"本局规定\",\n" +
        $"      \"formula\": \"{formula}\",\n      \"message\": \"{message}\", \"hint\": \"核对。\" }}";

    [Fact]
    public void A_bureau_adds_a_formula_rule_without_code()
    {
        var result = WithRules(Header + Rule("T5[合计].项目支出 <= T5[合计].基本支出") + "\n  ]\n}");
        Assert.Empty(result.Errors);
        var catalogue = result.Catalogue!;
        Assert.Equal(RuleCatalogue.Builtin.Rules.Count + 1, catalogue.Rules.Count);
        var tooMuchProject = SmallAccounts.Unit() with
        {
            Budgets = [], Projects = [],
        };
        var report = CheckRunner.Run(SmallAccounts.Context(tooMuchProject), catalogue);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "B-1");
        var failing = SmallAccounts.Tampered(Tamper.Grid("T5", "合计", "项目支出", 1_000_000m));
        Assert.Contains(CheckRunner.Run(failing, catalogue).Findings, f => f.RuleId == "B-1");
    }

    [Fact]
    public void A_formula_mistake_is_reported_at_its_line_and_column_in_the_file()
    {
        var result = WithRules(Header + Rule("T1.收入总计 = T10.支出总计") + "\n  ]\n}");
        Assert.Null(result.Catalogue);
        // The formula's text starts at column 19 of line 5; the bad table reference is its 11th character.
        Assert.Equal("bureau-rules.json 第5行第29列：公式有误：表格“T10”不存在（应为 T1 至 T9）", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_message_may_only_use_values_the_rule_supplies()
    {
        var result = WithRules(Header + Rule("T1.收入总计 = T1.支出总计", "相差{diff}。") + "\n  ]\n}");
        Assert.StartsWith("bureau-rules.json 第6行第18列：“message”中的“{diff}”不是本规则提供的值（可用：T1、T2、T3、T4、T5、T6、T7、T8、T9、cell、column、difference、left", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Syntax_errors_unknown_fields_and_duplicates_are_each_reported()
    {
        Assert.Equal("bureau-rules.json 第3行第3列：不是有效的 JSON（请检查此处的括号、逗号和引号）",
            Assert.Single(WithRules("{\n  \"catalogue\": \"juesuan.rules/1\"\n  \"rules\": []\n}").Errors).ToString());

        var errors = WithRules(Header + Rule("T1.收入总计 = T1.支出总计").Replace("\"hint\"", "\"hnit\"") + ",\n" + Rule("T1.收入总计 = T1.支出总计", id: "T1-5") + "\n  ]\n}").Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.StartsWith("bureau-rules.json 第6行第", StringComparison.Ordinal) && e.Contains("未知的字段“hnit”"));
        Assert.Contains("bureau-rules.json 第4行第5列：规则缺少“hint”", errors);
        Assert.Contains("bureau-rules.json：规则编号“T1-5”与内置规则重复，请改用新的编号（要调整内置规则，请用配置文件）", errors);
    }

    [Fact]
    public void A_built_in_check_must_exist()
    {
        var json = Header + "    { \"id\": \"B-2\", \"title\": \"t\", \"category\": \"completeness\", \"severity\": \"info\", \"basis\": \"b\", \"check\": \"magic\", \"message\": \"m\", \"hint\": \"h\" }\n  ]\n}";
        Assert.StartsWith("bureau-rules.json 第4行第105列：没有名为“magic”的内置检查", Assert.Single(WithRules(json).Errors).ToString());
    }

    [Fact]
    public void A_bureau_switches_rules_off_and_changes_severities_and_thresholds_visibly()
    {
        const string config = """
            {
              "config": "juesuan.check-config/1",
              "name": "某市财政局",
              "rules": {
                "Q-2": { "enabled": false },
                "Q-1": { "severity": "info", "thresholds": { "low": 50 } },
                "R-4": { "thresholds": { "changePercent": 20 } }
              }
            }
            """;
        var result = WithConfig(config);
        Assert.Empty(result.Errors);
        var catalogue = result.Catalogue!;
        Assert.Equal(
        [
            "Q-2：停用（某市财政局）",
            "Q-1：严重程度由“警告”改为“提示”（某市财政局）",
            "Q-1：阈值 low 由 90 改为 50（某市财政局）",
            "R-4：阈值 changePercent 由 0 改为 20（某市财政局）",
        ], catalogue.Overrides);
        var sample = Accounts.AccountsReader.Read(File.ReadAllText(Testing.RepoPaths.SampleAccounts), "accounts.json").Accounts!;
        var report = DisclosurePipeline.Prepare(sample, AccountsFileSettings.None, new PublishingSettings(null, catalogue), SmallAccounts.AsOf).Checks;
        Assert.DoesNotContain(report.Coverage, c => c.RuleId == "Q-2");
        Assert.All(report.Findings.Where(f => f.RuleId == "Q-1"), f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Single(report.Findings, f => f.RuleId == "Q-1" && f.Message.Contains("40.87%"));          // 科普活动 only: the others are above 50 %
        Assert.Equal(catalogue.Overrides, report.Overrides);
        // Items within 20 % of their budget need no reason any more; only 2012902 (−45.36 %) and 2060702 (−59.13 %) still do.
        Assert.Equal(["reasons.budget.2012902", "reasons.budget.2060702"], report.Findings.Where(f => f.RuleId == "R-4").Select(f => f.Location.Field));
    }

    [Fact]
    public void A_configuration_naming_an_unknown_rule_or_threshold_is_refused()
    {
        var errors = WithConfig("{ \"config\": \"juesuan.check-config/1\", \"rules\": { \"Z-9\": { \"enabled\": false }, \"Q-1\": { \"thresholds\": { \"lo\": 1 }, \"severity\": \"fatal\" } } }").Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains("bureau.json 第1行第50列：没有编号为“Z-9”的规则", errors);
        Assert.Contains(errors, e => e.Contains("规则“Q-1”没有阈值“lo”（可设：low、high）"));
        Assert.Contains(errors, e => e.Contains("无法识别的设置“severity”"));
    }
}
