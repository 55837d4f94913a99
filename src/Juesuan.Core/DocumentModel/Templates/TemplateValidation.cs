using System.Globalization;
using Juesuan.Errors;

namespace Juesuan.DocumentModel;

/// <summary>
/// 模板检查 — what makes a template file unusable, each problem with its place in the file: a table or
/// section the builder does not know, one twice or missing, an empty title or heading, a sentence missing
/// or unknown, a placeholder the builder never fills, an unclosed optional fragment, an option out of range.
/// The shipped default template is the reference for which sentences there are and what each may say.
/// </summary>
public static class TemplateValidation
{
    /// <summary>The nine tables by id, with the default template's title, for messages.</summary>
    public static IReadOnlyList<string> TableIds { get; } = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"];

    /// <summary>Values every sentence may use (<see cref="BlockWriter"/>): the fiscal year, the year before, 部门/单位 and the unit's name.</summary>
    public static IReadOnlyList<string> Everywhere { get; } = ["year", "priorYear", "subject", "unit", "threePublicScope", "threePublicBudget"];

    /// <summary>Values the builder gives a sentence beyond those the default template's wording uses.</summary>
    private static readonly Dictionary<string, string[]> Extra = new(StringComparer.Ordinal)
    {
        ["glossary.entry"] = ["ordinal"],
        ["s5.3.totalReason"] = ["comparison"],
        ["s7.total"] = ["items"],
        ["s7.totalItem"] = ["name", "actual", "rate"],
        ["s10.4.management"] = ["rules", "mechanism", "targetProjects", "targetBudget", "monitoredProjects", "monitoredBudget", "evaluatedProjects", "evaluatedBudget", "averageScore", "excellent", "good", "pass", "fail", "problemsFound", "problemsRectified", "problemsRectifying"],
        ["s10.2.services"] = ["purchasedServices"],
        ["s10.3.values"] = ["total", "current", "fixed", "buildings", "buildingArea", "intangible"],
        ["s10.2.smes"] = ["reservedForSmes", "reservedForSmallMicro", "reservedAwardedToSmes", "reservedAwardedToSmallMicro", "otherAwardedToSmes"],
    };

    private static readonly Lazy<DisclosureTemplate> ReferenceTemplate = new(() => DisclosureTemplate.Unchecked(DisclosureTemplate.ShippedText("default.json")));

    /// <summary>The shipped default template: the sentences there are and the values each may use.</summary>
    public static DisclosureTemplate Reference => ReferenceTemplate.Value;

    /// <summary>The values a sentence may use.</summary>
    public static IReadOnlySet<string> Allowed(string key) =>
        Everywhere
            .Concat(Reference.Text.TryGetValue(key, out var wording) ? TemplateText.Names(wording) : [])
            .Concat(Extra.GetValueOrDefault(key, []))
            .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<FileError> Problems(DisclosureTemplate t, string file)
    {
        var problems = new List<FileError>();
        void Add(string code, string path, string label, string message) =>
            problems.Add(new FileError(code, ErrorLocation.AtPath(file, path, label), message));

        if (string.IsNullOrWhiteSpace(t.Id)) Add(ErrorCodes.Missing, "$.id", "模板标识", "缺少模板标识（id）");
        if (string.IsNullOrWhiteSpace(t.Name)) Add(ErrorCodes.Missing, "$.name", "模板名称", "缺少模板名称（name）");
        if (t.ToYear is { } to && to < t.FromYear)
            Add(ErrorCodes.OutOfRange, "$.toYear", "适用年度", $"适用年度止于{to}年，早于起始的{t.FromYear}年");
        if (t.Options.PercentDecimals is < 0 or > 4)
            Add(ErrorCodes.OutOfRange, "$.options.percentDecimals", "百分比小数位数", $"百分比小数位数应为0至4，实际为{t.Options.PercentDecimals}");
        for (var i = 0; i < (t.Options.VehicleCategories?.Count ?? 0); i++)
            if (t.Options.VehicleCategories![i] is { } named && (named.Of is null || string.IsNullOrWhiteSpace(named.Name)))
                Add(ErrorCodes.NotAllowed, $"$.options.vehicleCategories[{i}]", $"车辆类别第{i + 1}项",
                    named.Of is null
                        ? $"车辆类别“{named.Category}”无法识别：应为 {string.Join("、", Accounts.AccountsVocabulary.VehicleCategories.Select(v => $"{v.Key}（{Accounts.ClassifierNames.Name(v.Value)}）"))} 之一"
                        : $"车辆类别“{named.Category}”没有写出名称");
        if (t.Options.AmountUnit is { } unit && t.Options.Unit is null)
            Add(ErrorCodes.NotAllowed, "$.options.amountUnit", "金额单位", $"金额单位应为“元”或“万元”，实际为“{unit}”");

        Tables(t, Add);
        var headings = Sections(t, Add);
        Sentences(t, headings, Add);

        for (var i = 0; i < t.Glossary.Count; i++)
            if (string.IsNullOrWhiteSpace(t.Glossary[i].Term) || string.IsNullOrWhiteSpace(t.Glossary[i].Definition))
                Add(ErrorCodes.Missing, $"$.glossary[{i}]", $"名词解释第{i + 1}条", $"名词解释第{i + 1}条缺少名词或解释");
        return problems;
    }

    private static void Tables(DisclosureTemplate t, Action<string, string, string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < t.Tables.Count; i++)
        {
            var table = t.Tables[i];
            var (path, label) = ($"$.tables[{i}]", $"第{i + 1}张表");
            if (!TableIds.Contains(table.Id))
                add(ErrorCodes.Unknown, path + ".id", label, $"第{i + 1}张表的“{table.Id}”不是可生成的表：应为 {string.Join("、", TableIds)} 之一（{Names()}）");
            else if (!seen.Add(table.Id))
                add(ErrorCodes.Duplicate, path + ".id", label, $"表{table.Id}（{Reference.Table(table.Id).Title}）列了两次");
            if (string.IsNullOrWhiteSpace(table.Title))
                add(ErrorCodes.Missing, path + ".title", label, $"第{i + 1}张表（{table.Id}）没有表名");
            else Placeholders(table.Title, new HashSet<string>(["threePublicScope"], StringComparer.Ordinal), path + ".title", $"第{i + 1}张表的表名", add);
            if (table.EmptyNote is { } note) Placeholders(note, new HashSet<string>(["subject", "year", "unit"], StringComparer.Ordinal), path + ".emptyNote", $"第{i + 1}张表的空表说明", add);
        }
        foreach (var id in TableIds.Where(id => t.Tables.All(x => x.Id != id)))
            add(ErrorCodes.Missing, "$.tables", "决算表", $"缺少表{id}（{Reference.Table(id).Title}）：九张公开表都要列出，空表由空表说明说明");

        static string Names() => string.Join("，", Reference.Tables.Select(x => $"{x.Id} {x.Title}"));
    }

    /// <summary>The sections' heading keys (they are sentences of the template too).</summary>
    private static HashSet<string> Sections(DisclosureTemplate t, Action<string, string, string, string> add)
    {
        var headings = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Check(SectionSpec s, string path, string label, bool top)
        {
            if (!SectionKinds.All.ContainsKey(s.Kind))
            {
                add(ErrorCodes.Unknown, path + ".kind", label, $"{label}的内容“{s.Kind}”无法识别：应为 {string.Join("，", SectionKinds.All.Select(k => $"{k.Key}（{k.Value.Name}）"))} 之一");
                return;
            }
            if (!seen.Add(s.Kind)) add(ErrorCodes.Duplicate, path + ".kind", label, $"{label}的内容“{s.Kind}”（{SectionKinds.All[s.Kind].Name}）已在前面出现");
            if (SectionKinds.HoldsParts(s.Kind) && !top)
                add(ErrorCodes.NotAllowed, path + ".kind", label, $"{label}：其他重要事项只能是第三部分的一节，不能在另一节之下");
            if (!SectionKinds.HoldsParts(s.Kind) && s.Parts is { Count: > 0 })
                add(ErrorCodes.NotAllowed, path + ".parts", label, $"{label}（{SectionKinds.All[s.Kind].Name}）不能有下级各节：只有其他重要事项（otherMatters）有");
            if (SectionKinds.HoldsParts(s.Kind) && s.Parts is not { Count: > 0 })
                add(ErrorCodes.Missing, path + ".parts", label, $"{label}（其他重要事项）没有列出其下各节（parts）");
            if (string.IsNullOrWhiteSpace(s.Heading)) add(ErrorCodes.Missing, path + ".heading", label, $"{label}没有标题（heading：文本中标题的键）");
            else if (!t.Text.TryGetValue(s.Heading, out var heading) || string.IsNullOrWhiteSpace(heading))
                add(ErrorCodes.Missing, path + ".heading", label, $"{label}的标题“{s.Heading}”在文本（text）中没有写出");
            else headings.Add(s.Heading);
        }
        for (var i = 0; i < t.Sections.Count; i++)
        {
            var s = t.Sections[i];
            Check(s, $"$.sections[{i}]", $"第三部分第{i + 1}节", top: true);
            for (var j = 0; j < (s.Parts?.Count ?? 0); j++)
                Check(s.Parts![j], $"$.sections[{i}].parts[{j}]", $"第三部分第{i + 1}节的第{j + 1}小节", top: false);
        }
        if (t.Sections.Count == 0) add(ErrorCodes.Missing, "$.sections", "第三部分", "第三部分没有列出任何一节");
        return headings;
    }

    private static void Sentences(DisclosureTemplate t, HashSet<string> headings, Action<string, string, string, string> add)
    {
        foreach (var key in Reference.Text.Keys.Where(k => !t.Text.ContainsKey(k) && !IsHeadingOfReference(k)))
            add(ErrorCodes.Missing, $"$.text['{key}']", $"文本“{key}”",
                $"缺少文本“{key}”（默认模板写作“{Reference.Text[key]}”）；不需要这句话时写空文本 \"\"");
        foreach (var (key, wording) in t.Text)
        {
            var (path, label) = ($"$.text['{key}']", $"文本“{key}”");
            if (!Reference.Text.ContainsKey(key) && !headings.Contains(key))
            {
                add(ErrorCodes.Unknown, path, label, $"文本“{key}”无法识别：它既不是生成文本用到的句子，也不是哪一节的标题");
                continue;
            }
            Placeholders(wording, Allowed(key), path, label, add);
        }
    }

    /// <summary>A heading of the reference's own sections: another template may leave it out when it numbers its sections otherwise.</summary>
    private static bool IsHeadingOfReference(string key) =>
        Reference.Sections.Any(s => s.Heading == key || (s.Parts ?? []).Any(p => p.Heading == key));

    private static void Placeholders(string wording, IReadOnlySet<string> allowed, string path, string label, Action<string, string, string, string> add)
    {
        var depth = 0;
        foreach (var ch in wording)
        {
            if (ch == '[') depth++;
            else if (ch == ']' && --depth < 0) break;
        }
        if (depth != 0) add(ErrorCodes.Syntax, path, label, $"{label}的可省略部分“[…]”没有配对：{wording}");
        if (wording.Count(c => c == '{') != wording.Count(c => c == '}'))
            add(ErrorCodes.Syntax, path, label, $"{label}的占位符“{{…}}”没有配对：{wording}");
        foreach (var name in TemplateText.Names(wording).Distinct().Where(n => !allowed.Contains(n)))
            add(ErrorCodes.Unknown, path, label,
                string.Create(CultureInfo.InvariantCulture, $"{label}中的占位符{{{name}}}无法识别：这句话可用 {string.Join("、", allowed.Order(StringComparer.Ordinal).Select(a => "{" + a + "}"))}"));
    }
}
