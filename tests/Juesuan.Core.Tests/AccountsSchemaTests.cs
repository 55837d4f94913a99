using System.Text.Json.Nodes;
using Json.Schema;
using Juesuan.Accounts;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

/// <summary>docs/accounts.schema.json describes the same files the reader accepts.</summary>
public class AccountsSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepoPaths.File("docs", "accounts.schema.json")));
    private static readonly string SampleJson = File.ReadAllText(RepoPaths.SampleAccounts);

    private static bool Valid(string json) => Schema.Evaluate(JsonNode.Parse(json)).IsValid;

    private static string SampleWith(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(SampleJson)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    [Fact]
    public void The_sample_is_valid() => Assert.True(Valid(SampleJson));

    [Theory]
    [InlineData("misspelt field")]
    [InlineData("negative amount")]
    [InlineData("amount as text")]
    [InlineData("fraction of a cent")]
    [InlineData("unknown reason key")]
    [InlineData("class code for an item")]
    [InlineData("missing unit name")]
    public void What_the_reader_rejects_the_schema_rejects_too(string mistake)
    {
        var json = SampleWith(r =>
        {
            switch (mistake)
            {
                case "misspelt field": r["procurement"]!["service"] = 1; break;
                case "negative amount": r["operatingCosts"] = -1; break;
                case "amount as text": r["income"]![0]!["amount"] = "约三万"; break;
                case "fraction of a cent": r["surplusDistribution"] = 0.001m; break;
                case "unknown reason key": r["reasons"]!["totals"] = "x"; break;
                case "class code for an item": r["expenditure"]![0]!["code"] = "201"; break;
                case "missing unit name": r["unit"]!.AsObject().Remove("name"); break;
            }
        });
        Assert.False(Valid(json), mistake);
        Assert.False(AccountsReader.Read(json, "accounts.json").Succeeded, mistake);
    }

    [Fact]
    public void Every_field_of_the_sample_is_documented()
    {
        var doc = File.ReadAllText(RepoPaths.File("docs", "accounts-format.md"));
        var names = new HashSet<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key != "$schema" && !key.Contains('.') && !key.All(char.IsAsciiDigit)) names.Add(key);
                        Walk(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
            }
        }
        Walk(JsonNode.Parse(SampleJson));
        Assert.All(names, name => Assert.True(doc.Contains($"`{name}`"), $"docs/accounts-format.md 未说明字段 {name}"));
    }
}
