using System.Text.Json.Nodes;

namespace Juesuan.Testing;

/// <summary>The sample's accounts changed the way real units differ from it.</summary>
public static class SampleVariants
{
    /// <summary>The codes of a vocational school's commonest line, named as the classification names them; the 2021 edition lacks the 项.</summary>
    public static readonly IReadOnlyDictionary<string, string> VocationalCodes = new Dictionary<string, string>
    {
        ["205"] = "教育支出", ["20503"] = "职业教育", ["2050302"] = "中等职业教育",
    };

    /// <summary>
    /// The sample with 1,000 元 of 中等职业教育 (2050302) received and spent as basic 商品和服务 spending, with the
    /// codes' names stated beside the edition or not.
    /// </summary>
    public static string WithVocationalSchool(bool named)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!.AsObject();
        if (named) root["codeNames"] = new JsonObject(VocationalCodes.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
        root["income"]!.AsArray().Add(new JsonObject { ["code"] = "2050302", ["source"] = "generalBudget", ["amount"] = 1000 });
        root["expenditure"]!.AsArray().Add(new JsonObject { ["code"] = "2050302", ["kind"] = "basic", ["funding"] = "generalBudget", ["amount"] = 1000 });
        var office = root["basicByEconomic"]!.AsArray().Single(l => (string)l!["code"]! == "30201" && (string)l["funding"]! == "generalBudget")!;
        office["amount"] = (decimal)office["amount"]! + 1000m;
        return root.ToJsonString();
    }
}
