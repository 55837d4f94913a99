using Juesuan.Checks;
using Juesuan.Checks.Formula;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests.Checks;

public class FormulaTests
{
    [Theory]
    [InlineData("T1.收入总计 = T1.支出总计")]
    [InlineData("T3[*].本年支出合计 = T3[*].基本支出 + T3[*].项目支出")]
    [InlineData("T2[$r].$col = children(T2[$r].$col)")]
    [InlineData("T6.人员经费合计 = sum(T6.301##) + sum(T6.303##)")]
    [InlineData("T1.$c{###} = T3[$c].本年支出合计")]
    [InlineData("T5[$r].合计 <= T3[$r].本年支出合计")]
    [InlineData("0.9 * T5[合计].合计 ≤ T5[合计].基本支出 + (T5[合计].项目支出 - 1)")]
    public void Formulas_parse(string text) => Assert.NotNull(FormulaParser.Parse(text).Rule);

    [Theory]
    [InlineData("T1.收入总计 T1.支出总计", 9, "此处应为比较符号（=、<=、>=），实际为“T”")]
    [InlineData("T1.收入总计 = T10.支出总计", 11, "表格“T10”不存在（应为 T1 至 T9）")]
    [InlineData("T1.收入总计 = avg(T1.支出总计)", 11, "未知的函数或名称“avg”（可用：sum、children，或以 T1…T9 开头的表格引用）")]
    [InlineData("T1.收入总计 = (T1.支出总计", 19, "公式在此处意外结束，缺少“)”")]
    [InlineData("T3[2012901.本年支出合计 = 0", 3, "行引用缺少“]”")]
    [InlineData("T1.收入总计 = T1.支出总计 = 0", 19, "公式在比较之后有多余的内容“= 0”")]
    [InlineData("T1.收入总计 * 2 = T1.支出总计", 1, "乘法只能用于“数字 * 数值”（如 0.9 * T5[合计].合计）")]
    public void A_mistake_is_reported_with_its_column(string text, int column, string message)
    {
        var result = FormulaParser.Parse(text);
        Assert.Null(result.Rule);
        Assert.Equal(message, result.Error);
        Assert.Equal(column, result.Column);
    }

    [Theory]
    [InlineData("###", "201", true)]
    [InlineData("###", "2012901", false)]
    [InlineData("301##", "30101", true)]
    [InlineData("301##", "30201", false)]
    [InlineData("*", "合计", true)]
    [InlineData("$x.合计", "201.合计", true)]
    [InlineData("$c{###}", "收入总计", false)]
    public void Patterns_match_keys(string pattern, string key, bool matches) => Assert.Equal(matches, KeyPattern.Of(pattern).Matches(key));

    private static DisclosureTable Table(string id, params (string Key, decimal Value, decimal HalfWidth)[] cells) =>
        new(id, "公开01表", "收入支出决算总表", "测试局", 2021, "金额单位：万元", ["项目", "金额"], [],
            [new TableRow(null, RowRole.Line, [.. cells.Select(c => new TableCell(CellKind.Amount, "", c.Value, c.Key, HalfWidth: c.HalfWidth))])], null);

    private static bool Holds(string formula, params (string, decimal, decimal)[] cells) =>
        FormulaEvaluator.Evaluate(FormulaParser.Parse(formula).Rule!, new FactSet([Table("T1", cells)])).Single().Holds;

    [Fact]
    public void Amounts_entered_in_yuan_are_compared_exactly() =>
        Assert.False(Holds("T1.a = T1.b + T1.c", ("a", 100.01m, 0m), ("b", 50m, 0m), ("c", 50m, 0m)));

    [Fact]
    public void Figures_stated_to_two_decimals_of_wan_stand_for_intervals()
    {
        // 391.60 + 0.03 万元 printed as 391.64 万元: each rounded figure is ± 50 元, the sum ± 100 元, the total ± 50 元.
        Assert.True(Holds("T1.total = T1.a + T1.b", ("total", 3_916_400m, 50m), ("a", 3_916_000m, 50m), ("b", 300m, 50m)));
        // 150 元 apart is within the combined 150 元 of the three intervals …
        Assert.True(Holds("T1.total = T1.a + T1.b", ("total", 3_916_450m, 50m), ("a", 3_916_000m, 50m), ("b", 300m, 50m)));
        // … 150.01 元 is not: the tolerance comes from the stated precision, not from a constant.
        Assert.False(Holds("T1.total = T1.a + T1.b", ("total", 3_916_450.01m, 50m), ("a", 3_916_000m, 50m), ("b", 300m, 50m)));
    }

    [Fact]
    public void A_finding_reports_the_tolerance_the_precision_allowed()
    {
        var document = DisclosureBuilder.Build(SmallAccounts.Unit());
        var stated = Tamper.Table("T1", t => t with
        {
            Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(c => c.Yuan is null ? c : c with { HalfWidth = 50m }).ToArray() }).ToArray(),
        })(document);
        var nearly = Tamper.Cell("T1", "收入总计", 90m)(stated);
        var context = new CheckContext(SmallAccounts.Unit(), nearly, SmallAccounts.AsOf);
        var report = CheckRunner.Run(context, RuleCatalogue.Builtin);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "T1-5");   // 90 元 < 50 + 50 元
        var beyond = new CheckContext(SmallAccounts.Unit(), Tamper.Cell("T1", "收入总计", 101m)(stated), SmallAccounts.AsOf);
        var finding = CheckRunner.Run(beyond, RuleCatalogue.Builtin).Findings.Single(f => f.RuleId == "T1-5");
        Assert.Equal(100m, finding.Tolerance);
        Assert.Contains("按填报精度允许的误差为100.00元", finding.Message);
    }

    [Fact]
    public void Per_row_rules_run_once_per_row_and_name_the_row()
    {
        var context = SmallAccounts.Tampered(Tamper.Grid("T3", "2060702", "基本支出", 5m));
        var findings = CheckRunner.Run(context, RuleCatalogue.Builtin).Findings.Where(f => f.RuleId == "T3-1").ToArray();
        var finding = Assert.Single(findings);
        Assert.Equal(new FindingLocation("T3", "2060702", "本年支出合计"), finding.Location);
        Assert.StartsWith("公开03表2060702行本年支出合计100,000.00元不等于各性质支出之和100,005.00元", finding.Message);
    }
}
