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

    /// <summary>
    /// The sample with what keeps it from being published supplied: a reason for each budget difference its
    /// published text leaves unexplained (each 【待补充】 of its disclosure).
    /// </summary>
    /// <summary>An accounts file as another unit's: its code and name replaced, the rest as it is.</summary>
    public static string AsUnit(string json, string code, string name)
    {
        var root = JsonNode.Parse(json)!;
        root["unit"]!["code"] = code;
        root["unit"]!["name"] = name;
        return root.ToJsonString();
    }

    public static string Publishable()
    {
        var json = File.ReadAllText(RepoPaths.SampleAccounts);
        var root = JsonNode.Parse(json)!.AsObject();
        var read = SampleFiles.Read("datong-cast-2021");
        var pending = Juesuan.Pipeline.DisclosurePipeline.Build(read.Accounts!, read.Settings, Juesuan.Pipeline.PublishingSettings.Shipped).Pending;
        var reasons = root["reasons"]!.AsObject();
        foreach (var item in pending) reasons[item.Key["reasons.".Length..]] = "年中追加预算";
        return root.ToJsonString();
    }

    /// <summary>
    /// The sample's self-evaluation with its contradictions resolved: the weights brought to 100 (the two
    /// 社会效益 indicators it overweighted), its total left to the method, its cost indicators as the accounts state them.
    /// </summary>
    public static string ResolvedPerformance()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")))!.AsObject();
        var evaluation = root["evaluations"]![0]!.AsObject();
        evaluation.Remove("statedTotal");
        var weights = new Dictionary<string, int> { ["群众科普意识提升"] = 1, ["社会公众科学素质认识"] = 2 };
        var actuals = new Dictionary<string, string> { ["三公经费控制数"] = "0.62万", ["项目支出成本"] = "26.57万", ["基本支出成本"] = "367.02万" };
        foreach (var indicator in evaluation["indicators"]!.AsArray().Select(i => i!.AsObject()))
        {
            var name = (string)indicator["name"]!;
            if (weights.TryGetValue(name, out var weight)) (indicator["weight"], indicator["statedScore"]) = (weight, weight);
            if (actuals.TryGetValue(name, out var actual)) indicator["actual"] = actual;
        }
        return root.ToJsonString();
    }
}
