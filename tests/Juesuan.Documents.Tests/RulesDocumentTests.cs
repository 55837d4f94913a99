using Juesuan.Checks;
using Juesuan.Documents.Checks;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

public class RulesDocumentTests
{
    [Fact]
    public void Docs_rules_md_is_generated_from_the_catalogue()
    {
        var expected = RulesDocument.Markdown(RuleCatalogue.Builtin);
        var actual = File.ReadAllText(RepoPaths.File("docs", "rules.md"));
        Assert.True(expected == actual, "docs/rules.md 与规则目录不一致：请运行 juesuan rules > docs/rules.md");
    }

    [Fact]
    public void Every_rule_appears_with_its_message_and_hint()
    {
        var markdown = RulesDocument.Markdown(RuleCatalogue.Builtin);
        Assert.All(RuleCatalogue.Builtin.Rules, r =>
        {
            Assert.Contains($"| {r.Id} | ", markdown);
            // Tables as the central layout of 2021 numbers them.
            Assert.Contains(PlaceNames.Central.Fill(r.Hint), markdown);
        });
    }
}

public class CheckReportNamesTests
{
    /// <summary>
    /// A unit published in Shanghai's layout, which prints its tables by title and without codes: the check report names
    /// them so, in rule titles and in the messages checks word themselves, and never as the central layout's 公开05表.
    /// </summary>
    [Fact]
    public void A_check_report_names_tables_as_the_documents_layout_does()
    {
        var read = SampleFiles.Read("putuo-finance-2024");
        var unit = read.Accounts! with { Budgets = [] };
        var prepared = Juesuan.Pipeline.DisclosurePipeline.Prepare(unit, read.Settings, Juesuan.Pipeline.PublishingSettings.Shipped, new DateOnly(2025, 9, 30));
        var names = PlaceNames.Of(prepared.Document);
        Assert.Equal("一般公共预算财政拨款支出决算表", names.Tables["T5"]);
        var budgets = Assert.Single(prepared.Checks.Findings, f => f.Message.Contains("各项的年初预算数", StringComparison.Ordinal));
        Assert.Contains("有一般公共预算财政拨款支出，一般公共预算财政拨款支出决算表和支出决算具体情况须列出", budgets.Message, StringComparison.Ordinal);
        var text = CheckReportWriter.Text(prepared.Checks, RuleCatalogue.Builtin, names);
        Assert.DoesNotContain("公开05表", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{T", text, StringComparison.Ordinal);
    }
}
