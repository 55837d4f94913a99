namespace Juesuan.DocumentModel;

/// <summary>
/// The parts and sections every disclosure has, by the ids the builder gives them, with their
/// standard titles: for checks (which must be present) and for naming where a finding stands.
/// </summary>
public static class DisclosureSections
{
    public static IReadOnlyDictionary<string, string> Titles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["part1"] = "第一部分 概况",
        ["p1-functions"] = "主要职能",
        ["p1-structure"] = "机构设置",
        ["part2"] = "第二部分 决算表",
        ["part3"] = "第三部分 决算情况说明",
        ["part4"] = "第四部分 名词解释",
        ["s1"] = "一、收入支出决算总体情况说明",
        ["s2"] = "二、收入决算情况说明",
        ["s3"] = "三、支出决算情况说明",
        ["s4"] = "四、财政拨款收入支出决算总体情况说明",
        ["s5"] = "五、一般公共预算财政拨款支出决算情况说明",
        ["s5-1"] = "（一）一般公共预算财政拨款支出决算总体情况",
        ["s5-2"] = "（二）一般公共预算财政拨款支出决算结构情况",
        ["s5-3"] = "（三）一般公共预算财政拨款支出决算具体情况",
        ["s6"] = "六、一般公共预算财政拨款基本支出决算情况说明",
        ["s7"] = "七、一般公共预算财政拨款“三公”经费支出决算情况说明",
        ["s8"] = "八、政府性基金预算财政拨款收入支出决算情况说明",
        ["s9"] = "九、国有资本经营预算财政拨款支出决算情况说明",
        ["s10"] = "十、其他重要事项的情况说明",
        ["s10-1"] = "（一）机关运行经费支出情况",
        ["s10-2"] = "（二）政府采购支出情况",
        ["s10-3"] = "（三）国有资产占用情况",
        ["s10-4"] = "（四）预算绩效情况说明",
    };

    /// <summary>
    /// A part or section named by its title. A place already named in words (a self-evaluation's “产出指标”) names
    /// itself; any other id of ours (a template's own section) is named as the narrative it is in.
    /// </summary>
    public static string Name(string id) =>
        Titles.TryGetValue(id, out var title) ? title
        : SectionKinds.All.Values.FirstOrDefault(k => k.Anchor == id).Name is { } kind ? kind
        : id.Any(char.IsAsciiLetter) ? "情况说明" : id;
}
