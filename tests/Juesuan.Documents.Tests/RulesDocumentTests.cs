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
