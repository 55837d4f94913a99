namespace Juesuan.DocumentModel;

/// <summary>
/// 情况说明各节的内容 — what a section of 第三部分 may explain. A template orders them and gives each its
/// heading; the figures and sentences of each are the builder's. Each kind keeps one id in every layout
/// (the anchor its heading carries), so a finding names the same section whatever its number.
/// </summary>
public static class SectionKinds
{
    public const string Totals = "totals";
    public const string Income = "income";
    public const string Expenditure = "expenditure";
    public const string Fiscal = "fiscal";
    public const string GeneralBudget = "generalBudget";
    public const string Basic = "basic";
    public const string ThreePublic = "threePublic";
    public const string GovernmentFund = "governmentFund";
    public const string StateCapital = "stateCapital";
    public const string OtherMatters = "otherMatters";
    public const string OperatingCosts = "operatingCosts";
    public const string Procurement = "procurement";
    public const string Assets = "assets";
    public const string Performance = "performance";
    public const string GeneralExpenses = "generalExpenses";
    public const string OtherNotes = "otherNotes";
    public const string Contact = "contact";

    /// <summary>Each kind with its heading's id and what it explains, as a template's author reads it.</summary>
    public static IReadOnlyDictionary<string, (string Anchor, string Name)> All { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [Totals] = ("s1", "收入支出决算总体情况"),
        [Income] = ("s2", "收入决算情况"),
        [Expenditure] = ("s3", "支出决算情况"),
        [Fiscal] = ("s4", "财政拨款收入支出决算总体情况"),
        [GeneralBudget] = ("s5", "一般公共预算财政拨款支出决算情况"),
        [Basic] = ("s6", "一般公共预算财政拨款基本支出决算情况"),
        [ThreePublic] = ("s7", "“三公”经费支出决算情况"),
        [GovernmentFund] = ("s8", "政府性基金预算财政拨款收入支出决算情况"),
        [StateCapital] = ("s9", "国有资本经营预算财政拨款支出决算情况"),
        [OtherMatters] = ("s10", "其他重要事项的情况说明（其下各节由 parts 列出）"),
        [OperatingCosts] = ("s10-1", "机关运行经费支出情况"),
        [Procurement] = ("s10-2", "政府采购支出情况"),
        [Assets] = ("s10-3", "国有资产占用情况"),
        [Performance] = ("s10-4", "预算绩效情况"),
        [GeneralExpenses] = ("s10-5", "一般性支出情况（会议费、培训费，节庆、晚会、论坛、展会支出）"),
        [OtherNotes] = ("s10-6", "其他需说明的事项"),
        [Contact] = ("s10-7", "联系方式"),
    };

    /// <summary>Whether a kind holds parts of its own (其他重要事项) rather than figures.</summary>
    public static bool HoldsParts(string kind) => kind == OtherMatters;
}
