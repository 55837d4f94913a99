using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Juesuan.Amounts;
using Juesuan.Errors;

namespace Juesuan.DocumentModel;

/// <summary>
/// 披露模板 — the data that shapes a disclosure: which tables in which order with their codes and titles,
/// which sections of 第三部分 in which order under which headings, every sentence with named placeholders,
/// the glossary and the options a bureau may vary. Shipped as JSON files (DocumentModel/Templates/*.json)
/// and loaded by bureaus as files of their own; a fiscal year uses the latest version of the named template
/// whose years include it. docs/templates.md describes the file.
/// </summary>
public sealed record DisclosureTemplate
{
    public const string DefaultId = "default";

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required int FromYear { get; init; }

    /// <summary>The last fiscal year the template serves; null while it is in force.</summary>
    public int? ToYear { get; init; }

    /// <summary>The regions it is written for ("上海市区级"); empty for any.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Where its layout comes from: the published documents it follows.</summary>
    public string? Notes { get; init; }

    /// <summary>SHA-256 of the file it was read from: which version of the template a publication was made with.</summary>
    [JsonIgnore]
    public string Hash { get; init; } = "";

    public required TemplateOptions Options { get; init; }

    /// <summary>The tables of 第二部分, in their published order.</summary>
    public required IReadOnlyList<TableSpec> Tables { get; init; }

    /// <summary>The sections of 第三部分, in their published order.</summary>
    public required IReadOnlyList<SectionSpec> Sections { get; init; }

    public required IReadOnlyDictionary<string, string> Text { get; init; }
    public required IReadOnlyList<GlossaryEntry> Glossary { get; init; }

    /// <summary>Whether the template serves a fiscal year.</summary>
    public bool Serves(int fiscalYear) => FromYear <= fiscalYear && (ToYear is not { } to || fiscalYear <= to);

    /// <summary>Whether the template says a sentence at all (an empty wording is one it leaves out).</summary>
    public bool Says(string key) => Text.TryGetValue(key, out var wording) && wording.Length > 0;

    /// <summary>Whether a kind of section is in 第三部分, on its own or under 其他重要事项.</summary>
    public bool Lists(string kind) => Sections.Any(s => s.Kind == kind || (s.Parts ?? []).Any(p => p.Kind == kind));

    /// <summary>A table's spec by its id (T1 … T9).</summary>
    public TableSpec Table(string id) =>
        Tables.FirstOrDefault(t => t.Id == id) ?? throw new KeyNotFoundException($"模板“{Id}”没有表“{id}”");

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
    public static DisclosureTemplate? Find(string id, int fiscalYear) => Latest(All, id, fiscalYear);

    /// <summary>Among templates, the latest version of <paramref name="id"/> that serves a fiscal year, or null.</summary>
    public static DisclosureTemplate? Latest(IEnumerable<DisclosureTemplate> templates, string id, int fiscalYear) =>
        templates.Where(t => t.Id == id && t.Serves(fiscalYear)).MaxBy(t => t.FromYear);

    /// <summary>The largest template file read (the shipped ones are under 40 KB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Why a file larger than <see cref="MaxFileBytes"/> is not read.</summary>
    public static FileError TooLargeFile(string fileName, long length) =>
        new(ErrorCodes.TooLarge, ErrorLocation.Of(fileName), $"模板文件有{length / 1024}KB，超过{MaxFileBytes / 1024}KB的上限");

    /// <summary>A template file's bytes read and checked: refused whole when too large or not UTF-8 text.</summary>
    public static (TemplateLoad Load, string? Json) Load(byte[] content, string fileName)
    {
        if (content.Length > MaxFileBytes) return (new TemplateLoad(null, [TooLargeFile(fileName, content.Length)]), null);
        string json;
        try
        {
            json = new System.Text.UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (new TemplateLoad(null, [new FileError(ErrorCodes.Syntax, ErrorLocation.Of(fileName), "模板文件应为 UTF-8 编码的 JSON 文本")]), null);
        }
        return (Load(json, fileName), json);
    }

    /// <summary>A template file read and checked: the template, or every problem found with its place in the file.</summary>
    public static TemplateLoad Load(string json, string fileName)
    {
        DisclosureTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<DisclosureTemplate>(json, Json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? ErrorLocation.AtLine(fileName, (int)line + 1, e.BytePositionInLine is { } c ? (int)c + 1 : null) : ErrorLocation.Of(fileName);
            return new TemplateLoad(null, [new FileError(ErrorCodes.Syntax, where, $"不是可读的模板文件：{JsonMessage(e)}")]);
        }
        if (template is null) return new TemplateLoad(null, [new FileError(ErrorCodes.Missing, ErrorLocation.Of(fileName), "模板文件为空")]);
        var problems = TemplateValidation.Problems(template, fileName);
        return new TemplateLoad(problems.Count == 0 ? template with { Hash = HashOf(json) } : null, problems);
    }

    /// <summary>The hash that identifies a template file's text.</summary>
    public static string HashOf(string json) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));

    /// <summary>A template known to be sound (a shipped one); any problem is a defect, reported loudly.</summary>
    public static DisclosureTemplate Parse(string json, string fileName = "模板文件")
    {
        var load = Load(json, fileName);
        return load.Template ?? throw new InvalidDataException(string.Join("\n", load.Errors));
    }

    /// <summary>What System.Text.Json found, said in Chinese.</summary>
    private static string JsonMessage(JsonException e)
    {
        const string missing = "missing required properties including: ";
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal)) return $"有模板不认识的项（{e.Path}）";
        if (e.Message.IndexOf(missing, StringComparison.Ordinal) is var at and >= 0)
            return "缺少必填项：" + string.Join("、", e.Message[(at + missing.Length)..].TrimEnd('.').Split(", ").Select(n => n.Trim('\'')));
        if (e.Message.Contains("could not be converted", StringComparison.Ordinal)) return $"{e.Path} 的值类型不对（应为文字、数字、是否或列表，见 docs/templates.md）";
        return "JSON 语法有误：请检查引号、逗号和括号是否配对";
    }

    private static IReadOnlyList<DisclosureTemplate> LoadShipped() => Here.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => Parse(ShippedText(n[Prefix.Length..]), n[Prefix.Length..]))
        .ToArray();

    /// <summary>A shipped template file's text ("default.json").</summary>
    internal static string ShippedText(string fileName)
    {
        using var stream = Here.GetManifestResourceStream(Prefix + fileName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A template file read as it stands, unchecked: the reference the checks themselves compare with.</summary>
    internal static DisclosureTemplate Unchecked(string json) =>
        JsonSerializer.Deserialize<DisclosureTemplate>(json, Json) ?? throw new InvalidDataException("模板文件为空");
}

/// <summary>模板选项 — what a bureau may vary without changing wording.</summary>
/// <param name="CompletionBase">完成率的分母: 年初预算 (yearStart) or 调整预算 (adjusted).</param>
/// <param name="ListAllFunctionClasses">T1/T4 list every function 类 of the catalogue, zero or not.</param>
/// <param name="PersonnelEconomicClasses">Economic 类 counted as 人员经费 in T6; every other class is 公用经费.</param>
/// <param name="GeneralEquipmentThreshold">The unit price above which general equipment is reported ("50万元").</param>
/// <param name="SpecialEquipmentThreshold">The unit price above which special equipment is reported ("100万元").</param>
/// <param name="GlossaryExplainsFunctionItems">名词解释 also explains each function 项 in the tables whose catalogue row has an explanation.</param>
/// <param name="PercentDecimals">Decimals of every percentage shown (2 by default).</param>
/// <param name="AmountUnit">The 金额单位 ("元" or "万元") of documents whose accounts ask for none; 元 where the template names none either.</param>
/// <param name="ThreePublicScope">“三公”经费的口径: 一般公共预算财政拨款 only (the central layout of 2021) or all 财政拨款 with 政府性基金 (from 2022); sentences and titles name it as {threePublicScope}.</param>
/// <param name="VehicleCategories">The vehicle categories 国有资产占用 lists, in order and as the layout names them, none held too; null: the categories held, by their usual names.</param>
/// <param name="ThreePublicBudget">Which budget the “三公” 预算数 is: 年初预算 (yearStart) or 全年预算 (fullYear); sentences name it as {threePublicBudget}.</param>
public sealed record TemplateOptions(
    CompletionBase CompletionBase,
    bool ListAllFunctionClasses,
    IReadOnlyList<string> PersonnelEconomicClasses,
    string GeneralEquipmentThreshold,
    string SpecialEquipmentThreshold,
    bool GlossaryExplainsFunctionItems,
    int PercentDecimals = 2,
    string? AmountUnit = null,
    IReadOnlyList<VehicleCategoryName>? VehicleCategories = null,
    ThreePublicScope ThreePublicScope = ThreePublicScope.GeneralBudget,
    ThreePublicBudgetBasis ThreePublicBudget = ThreePublicBudgetBasis.YearStart)
{
    /// <summary>The amount unit the template asks for, or null.</summary>
    public AmountUnit? Unit => AmountUnit is { } text && AmountUnits.TryParse(text, out var unit) ? unit : null;
}

/// <summary>车辆类别的写法 — a vehicle category (as the accounts file spells it) and the name a layout gives it.</summary>
public sealed record VehicleCategoryName(string Category, string Name)
{
    /// <summary>The category, or null when the spelling is none of the accounts file's.</summary>
    public Accounts.VehicleCategory? Of => Accounts.AccountsVocabulary.VehicleCategories.TryGetValue(Category, out var c) ? c : null;
}

/// <summary>“三公”经费口径 — which 财政拨款 the “三公” figures are of.</summary>
public enum ThreePublicScope
{
    /// <summary>一般公共预算财政拨款.</summary>
    GeneralBudget,

    /// <summary>财政拨款 (一般公共预算 and 政府性基金).</summary>
    Fiscal,
}

/// <summary>The words of a “三公” scope.</summary>
public static class ThreePublicScopes
{
    public static string Name(this ThreePublicScope scope) => scope == ThreePublicScope.Fiscal ? "财政拨款" : "一般公共预算财政拨款";

    public static string Name(this ThreePublicBudgetBasis basis) => basis == ThreePublicBudgetBasis.FullYear ? "全年预算" : "年初预算";
}

/// <summary>“三公”经费预算口径 — which budget the “三公” 预算数 is (domain.md: some bureaus publish the 全年预算).</summary>
public enum ThreePublicBudgetBasis
{
    /// <summary>年初预算.</summary>
    YearStart,

    /// <summary>全年预算.</summary>
    FullYear,
}

/// <summary>完成率口径 — the budget figure execution is compared with.</summary>
public enum CompletionBase
{
    /// <summary>年初预算.</summary>
    YearStart,

    /// <summary>调整预算.</summary>
    Adjusted,
}

/// <summary>
/// 表 — one table of 第二部分: which of the nine (T1 … T9), its code as printed ("公开01表", or none), its title, the note of an
/// empty table, and whether its 行次 columns are printed (收支总表 print them in the central layout, not in Shanghai's).
/// </summary>
public sealed record TableSpec(string Id, string Code, string Title, string? EmptyNote = null, bool LineNumbers = true);

/// <summary>
/// 情况说明的一节 — one section of 第三部分: what it explains (<see cref="SectionKinds"/>), the text key of its
/// heading, and for 其他重要事项 the parts under it in their order.
/// </summary>
public sealed record SectionSpec(string Kind, string Heading, IReadOnlyList<SectionSpec>? Parts = null);

/// <summary>A template file read: the template when it is sound, and every problem found.</summary>
public sealed record TemplateLoad(DisclosureTemplate? Template, IReadOnlyList<FileError> Errors);

/// <summary>名词解释的一条.</summary>
public sealed record GlossaryEntry(string Term, string Definition);
