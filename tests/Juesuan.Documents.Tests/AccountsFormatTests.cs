using Juesuan.Accounts.Fields;
using Juesuan.Documents.Formats;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

/// <summary>docs/accounts-format.md and docs/accounts.schema.json are what the field list says, never hand-edited.</summary>
public class AccountsFormatTests
{
    [Fact]
    public void Docs_accounts_format_md_is_generated_from_the_field_list()
    {
        var actual = File.ReadAllText(RepoPaths.File("docs", "accounts-format.md"));
        Assert.True(AccountsFormatDocument.Markdown(AccountsFields.All) == actual, "docs/accounts-format.md 与字段表不一致：请运行 juesuan format > docs/accounts-format.md");
    }

    [Fact]
    public void Docs_accounts_schema_json_is_generated_from_the_field_list()
    {
        var actual = File.ReadAllText(RepoPaths.File("docs", "accounts.schema.json"));
        Assert.True(AccountsSchema.Json(AccountsFields.All) == actual, "docs/accounts.schema.json 与字段表不一致：请运行 juesuan format --schema > docs/accounts.schema.json");
    }

    [Fact]
    public void Every_field_a_person_enters_is_described_with_its_label()
    {
        var markdown = AccountsFormatDocument.Markdown(AccountsFields.All);
        foreach (var entry in AccountsFields.Entries(AccountsFields.All).Where(e => e.Key is null))
            Assert.Contains($"| `{entry.Path.Split('.')[^1]}` |", markdown);
        Assert.Contains("| `awardedToSmallMicro` | 金额（元） | 有政府采购支出时必填 |", markdown);
    }
}
