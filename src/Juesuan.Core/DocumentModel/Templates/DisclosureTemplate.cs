using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Juesuan.Amounts;

namespace Juesuan.DocumentModel;

/// <summary>
/// 披露模板 — the data that shapes a disclosure: table codes and titles, narrative sentences with
/// named placeholders, the glossary and the options a bureau may vary. Shipped as JSON files
/// (Disclosure/Templates/*.json); a fiscal year uses the latest version of the named template whose
/// fromYear is not later than itself.
/// </summary>
public sealed record DisclosureTemplate
{
    public const string DefaultId = "default";

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int FromYear { get; init; }
    public required TemplateOptions Options { get; init; }
    public required IReadOnlyDictionary<string, TableSpec> Tables { get; init; }
    public required IReadOnlyDictionary<string, string> Text { get; init; }
    public required IReadOnlyList<GlossaryEntry> Glossary { get; init; }

    /// <summary>A sentence template by key; a missing key is a template defect, reported loudly.</summary>
    public string Sentence(string key) =>
        Text.TryGetValue(key, out var s) ? s : throw new KeyNotFoundException($"模板“{Id}”缺少文本“{key}”");

    /// <summary>
    /// A year-on-year change in this template's words (change.same, change.up, change.down, and with a rate
    /// change.upRate, change.downRate); a difference that rounds away in the format is no change.
    /// </summary>
    public string Change(MoneyFormat format, Amount current, Amount prior)
    {
        if (format.IsUnchanged(current, prior)) return Sentence("change.same");
        var difference = current - prior;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["amount"] = format.Money(difference.Abs()) };
        var key = difference.IsNegative ? "change.down" : "change.up";
        if (Percentage.Change(current, prior) is { } rate)
        {
            values["rate"] = format.Percent(Percentage.FromPoints(Math.Abs(rate.Points)));
            key += "Rate";
        }
        return TemplateText.FillText(Sentence(key), values);
    }

    private const string Prefix = "Juesuan.DocumentModel.Templates.";
    private static readonly Assembly Here = typeof(DisclosureTemplate).Assembly;
    private static readonly Lazy<IReadOnlyList<DisclosureTemplate>> Shipped = new(LoadShipped);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>All templates shipped, every version.</summary>
    public static IReadOnlyList<DisclosureTemplate> All => Shipped.Value;

    /// <summary>The version of template <paramref name="id"/> for a fiscal year, or null.</summary>
    public static DisclosureTemplate? Find(string id, int fiscalYear) =>
        All.Where(t => t.Id == id && t.FromYear <= fiscalYear).MaxBy(t => t.FromYear);

    public static DisclosureTemplate Parse(string json) =>
        JsonSerializer.Deserialize<DisclosureTemplate>(json, Json) ?? throw new InvalidDataException("模板文件为空");

    private static IReadOnlyList<DisclosureTemplate> LoadShipped() => Here.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n =>
        {
            using var stream = Here.GetManifestResourceStream(n)!;
            using var reader = new StreamReader(stream);
            return Parse(reader.ReadToEnd());
        })
        .ToArray();
}

/// <summary>模板选项 — what a bureau may vary without changing wording.</summary>
/// <param name="CompletionBase">完成率的分母: 年初预算 (yearStart) or 调整预算 (adjusted).</param>
/// <param name="ListAllFunctionClasses">T1/T4 list every function 类 of the catalogue, zero or not.</param>
/// <param name="PersonnelEconomicClasses">Economic 类 counted as 人员经费 in T6; every other class is 公用经费.</param>
/// <param name="GeneralEquipmentThreshold">The unit price above which general equipment is reported ("50万元").</param>
/// <param name="SpecialEquipmentThreshold">The unit price above which special equipment is reported ("100万元").</param>
/// <param name="GlossaryExplainsFunctionItems">名词解释 also explains each function 项 in the tables whose catalogue row has an explanation.</param>
/// <param name="PercentDecimals">Decimals of every percentage shown (2 by default).</param>
public sealed record TemplateOptions(
    CompletionBase CompletionBase,
    bool ListAllFunctionClasses,
    IReadOnlyList<string> PersonnelEconomicClasses,
    string GeneralEquipmentThreshold,
    string SpecialEquipmentThreshold,
    bool GlossaryExplainsFunctionItems,
    int PercentDecimals = 2);

/// <summary>完成率口径 — the budget figure execution is compared with.</summary>
public enum CompletionBase
{
    /// <summary>年初预算.</summary>
    YearStart,

    /// <summary>调整预算.</summary>
    Adjusted,
}

/// <summary>One table's code, title and, for T8/T9, the note of an empty table.</summary>
public sealed record TableSpec(string Code, string Title, string? EmptyNote = null);

/// <summary>名词解释的一条.</summary>
public sealed record GlossaryEntry(string Term, string Definition);
