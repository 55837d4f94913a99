using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

public class AccountsWriterTests
{
    [Fact]
    public void The_sample_written_out_reads_back_to_the_same_accounts()
    {
        var read = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json");
        var written = AccountsWriter.Write(read.Accounts!, read.Settings);
        var again = AccountsReader.Read(written, "written.json");
        Assert.Empty(again.Errors);
        Assert.Equal(read.Settings, again.Settings);
        Assert.Equal(written, AccountsWriter.Write(again.Accounts!, again.Settings));
        // Every figure survives: the disclosure built from either is the same, narrative included.
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(DisclosureBuilder.Build(read.Accounts!)),
            System.Text.Json.JsonSerializer.Serialize(DisclosureBuilder.Build(again.Accounts!)));
    }

    /// <summary>
    /// A unit that budgeted for 公务接待 and spent nothing on any “三公” item (the finance bureau of 普陀区 in 2024): its
    /// all-zero actuals are written, so the file it was saved as reads back.
    /// </summary>
    [Fact]
    public void A_three_public_budget_with_nothing_spent_reads_back()
    {
        var read = SampleFiles.Read("putuo-finance-2024");
        Assert.Empty(read.Errors);
        Assert.True(read.Accounts!.ThreePublic.Actual.Total.IsZero);
        Assert.False(read.Accounts.ThreePublic.Budget.Total.IsZero);
        var again = AccountsReader.Read(AccountsWriter.Write(read.Accounts, read.Settings), "written.json");
        Assert.Empty(again.Errors);
        Assert.Equal(read.Accounts.ThreePublic, again.Accounts!.ThreePublic);
    }

    [Fact]
    public void No_field_of_the_sample_file_is_lost_except_the_provenance_notes()
    {
        // The sample records where figures come from ("basis", "notes"); the accounts keep the figures only.
        static JsonNode? Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o.Count == 2 && o["amount"] is JsonValue amount && o.ContainsKey("basis")) return amount.DeepClone();
                    var copy = new JsonObject();
                    foreach (var (key, value) in o)
                        if (key is not ("basis" or "notes" or "$schema")) copy[key] = Strip(value);
                    return copy;
                case JsonArray a:
                    return new JsonArray(a.Select(Strip).ToArray());
                default:
                    return node?.DeepClone();
            }
        }
        var original = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        var read = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json");
        var written = JsonNode.Parse(AccountsWriter.Write(read.Accounts!, read.Settings));
        var (expected, actual) = (Fields(Strip(original)), Fields(written));
        Assert.Empty(expected.Except(actual));
        // The writer states the “三公” items the file left out (they read as 0) rather than leave them implied.
        Assert.All(actual.Except(expected), field => Assert.Matches(@"threePublic\.(budget\.|actual\.)?\w+=0\.00$", field));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Generated_units_round_trip(int seed)
    {
        var accounts = SyntheticUnits.Create(seed);
        var written = AccountsWriter.Write(accounts);
        var again = AccountsReader.Read(written, "written.json");
        Assert.Empty(again.Errors);
        Assert.Equal(written, AccountsWriter.Write(again.Accounts!));
    }

    /// <summary>Every leaf path of a JSON tree, sorted, so that field order and number spelling do not matter.</summary>
    private static string[] Fields(JsonNode? node, string path = "$")
    {
        return node switch
        {
            JsonObject o => o.SelectMany(kv => Fields(kv.Value, $"{path}.{kv.Key}")).Order(StringComparer.Ordinal).ToArray(),
            JsonArray a => a.SelectMany((n, i) => Fields(n, $"{path}[{i}]")).ToArray(),
            JsonValue v when v.TryGetValue<decimal>(out var d) => [$"{path}={d:0.00########}"],
            _ => [$"{path}={node?.ToJsonString()}"],
        };
    }
}
