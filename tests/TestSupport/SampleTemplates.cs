using System.Text.Json.Nodes;
using Juesuan.DocumentModel;

namespace Juesuan.Testing;

/// <summary>Template files as a bureau makes its own: the built-in central template with a few of its words changed.</summary>
public static class SampleTemplates
{
    /// <summary>The central template as 大同's bureau would make its own (from 2021): its id, the title of 公开01表 and the heading of 一 changed.</summary>
    public static string Bureau(string summaryTitle, string firstHeading = "一、收入支出总体情况")
    {
        using var stream = typeof(DisclosureTemplate).Assembly.GetManifestResourceStream("Juesuan.DocumentModel.Templates.default.json")!;
        var json = JsonNode.Parse(stream)!.AsObject();
        json["id"] = "datong-bureau";
        json["name"] = "大同市部门决算公开模板";
        json["fromYear"] = 2021;
        json["tables"]![0]!["title"] = summaryTitle;
        json["text"]!["s1"] = firstHeading;
        return json.ToJsonString();
    }

    /// <summary>A bureau's template with a placeholder its sentence cannot use: "{totalIncom}" in s1.totals.</summary>
    public static string BrokenBureau() => Bureau("收入支出总表").Replace("{totalIncome}", "{totalIncom}", StringComparison.Ordinal);
}
