using Juesuan.Accounts;
using Juesuan.DocumentModel;
using Juesuan.Accounts.Fields;
using Juesuan.Catalog;

namespace Juesuan.Web.Work;

/// <summary>How a field is entered.</summary>
public enum InputKind
{
    Text,
    LongText,

    /// <summary>金额（元）, required.</summary>
    Amount,

    /// <summary>金额（元）, may be left empty (not stated).</summary>
    OptionalAmount,

    /// <summary>A whole number (人数、辆数、次数).</summary>
    Count,
    OptionalCount,

    /// <summary>A number that is no amount (得分, 面积), may be left empty.</summary>
    Number,
    Choice,
    Boolean,

    /// <summary>支出功能分类科目（项）, picked from the catalogue by code or name.</summary>
    FunctionCode,
    OptionalFunctionCode,

    /// <summary>支出经济分类科目（款）.</summary>
    EconomicCode,
}

/// <summary>One field of an accounts part: its JSON path (relative to the object it belongs to), label and kind.</summary>
public sealed record FieldSpec(string Path, string Label, InputKind Kind, IReadOnlyList<Choice>? Choices = null, string? Hint = null)
{
    public bool IsAmount => Kind is InputKind.Amount or InputKind.OptionalAmount;

    /// <summary>The input of a field of the accounts, labelled with its unit ("金额（元）").</summary>
    public static FieldSpec Of(string path, string label, LeafField field)
    {
        var kind = field.Kind switch
        {
            FieldKind.Amount => field.Required ? InputKind.Amount : InputKind.OptionalAmount,
            FieldKind.Number => InputKind.Number,
            FieldKind.Count or FieldKind.Year => field.Required ? InputKind.Count : InputKind.OptionalCount,
            FieldKind.Code when field.Codes == CodeKind.Economic => InputKind.EconomicCode,
            FieldKind.Code => field.Required ? InputKind.FunctionCode : InputKind.OptionalFunctionCode,
            FieldKind.Choice => InputKind.Choice,
            FieldKind.YesNo => InputKind.Boolean,
            FieldKind.LongText => InputKind.LongText,
            _ => InputKind.Text,
        };
        var hint = field.Help ?? (field.RequiredWhen is { } when ? $"{when}必填" : null);
        return new(path, field.Unit is { } unit ? $"{label}（{unit}）" : label, kind, field.Choices?.Choices, hint);
    }
}

/// <summary>A list of rows within a part (收入明细、支出明细…): the JSON array and its columns.</summary>
public sealed record ListSpec(string Path, string Label, IReadOnlyList<FieldSpec> Columns, string? Hint = null);

/// <summary>
/// 填报部分 — one editor page of the accounts: its fields and lists, the tables its figures feed (so the
/// checks' findings on those tables are shown here) and the reasons (原因) that belong beside it.
/// </summary>
public sealed record AccountsPart(
    string Id,
    string Title,
    string Intro,
    IReadOnlyList<FieldSpec> Fields,
    IReadOnlyList<ListSpec> Lists,
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> ReasonPrefixes)
{
    /// <summary>A part is the same part whatever of it a template asks for: it is known by its id.</summary>
    public bool Equals(AccountsPart? other) => other is not null && other.Id == Id;

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}

/// <summary>
/// 填报部分目录 — every part of the accounts a preparer edits, in the order of the work. A part names the
/// fields and lists of the accounts (<see cref="AccountsFields"/>) it edits; labels, kinds, choices and hints
/// come from the fields, so a field added to a part's object appears on its page.
/// </summary>
public static class AccountsParts
{
    public static readonly IReadOnlyList<AccountsPart> All = For(AccountsFields.All);

    /// <summary>The parts over a field list (the accounts' own, or one that extends them).</summary>
    public static IReadOnlyList<AccountsPart> For(IReadOnlyList<AccountsField> fields)
    {
        FieldSpec[] Fields(params string[] paths) =>
            paths.SelectMany(p => AccountsFields.EntriesAt(fields, p)).Select(e => FieldSpec.Of(e.Path, e.Label, e.Field)).ToArray();
        ListSpec List(string path)
        {
            var list = (ListField)AccountsFields.Find(fields, path)!;
            return new ListSpec(path, list.Label, list.Columns.Select(c => FieldSpec.Of(c.Name, c.Label, c)).ToArray(), list.Help);
        }
        return
        [
            new("profile", "单位概况", "第一部分“部门（单位）概况”的内容：单位名称、类型、主要职能、机构设置和人员情况。",
                [.. Fields("unit").Where(f => f.Path != "unit.code"), .. Fields("disclosure.amountUnit")], [], [], []),
            new("income", "本年收入", "按支出功能分类科目（项）和收入来源填报本年收入；合计由系统计算。",
                Fields("useOfNonFiscalSurplus"), [List("income")], ["T1", "T2", "T4"], ["income."]),
            new("expenditure", "本年支出", "按支出功能分类科目（项）、支出类型（基本支出、项目支出）和资金性质填报本年支出。",
                Fields("surplusDistribution"), [List("expenditure")], ["T1", "T3", "T4", "T5", "T7", "T8"], ["expenditure.", "fiscal.", "generalBudget.change"]),
            new("economic", "基本支出经济分类", "基本支出按经济分类科目（款）填报；一般公共预算财政拨款部分形成公开06表。",
                [], [List("basicByEconomic")], ["T6"], []),
            new("balances", "结转和结余", "年初、年末结转和结余，按资金性质（政府性基金须到功能分类科目）。",
                [], [List("openingBalances"), List("closingBalances")], ["T1", "T4"], []),
            new("budgets", "预算数", "一般公共预算财政拨款各项的年初预算数和调整预算数（未调整的留空）。",
                [], [List("budgets")], ["T5"], ["budget.", "generalBudget.budget"]),
            new("threePublic", "“三公”经费", "一般公共预算财政拨款“三公”经费的预算数、决算数，以及须在说明中写明的批次、人次和车辆数。",
                Fields("threePublic"), [], ["T9"], ["threePublic."]),
            new("operating", "机关运行经费、政府采购", "机关运行经费（事业单位不填），本年政府采购合同金额，以及公开格式要求的政府购买服务和一般性支出。",
                Fields("operatingCosts", "procurement", "purchasedServices", "festivals"), [], [], ["operatingCosts.", "procurement."]),
            new("assets", "国有资产占用", "年末车辆按类别的数量，以及单价在标准以上的通用设备、专用设备台（套）数。",
                Fields("assets"), [List("assets.vehicles")], [], []),
            new("projects", "项目", "项目的预算和执行情况；开展绩效自评的项目在“绩效自评”中评分。公开格式要求时，项目支出按经济分类科目（款）填报。",
                [], [List("projects"), List("projectByEconomic")], [], []),
            new("priorYear", "上年数", "说明中与上年比较所用的上年决算数；不知道的留空，说明中不作比较。",
                Fields("priorYear"), [], [], []),
            new("performanceNotes", "预算绩效情况说明", "说明中“预算绩效情况说明”的文字：绩效管理工作开展情况、问题和改进措施；公开格式要求时，预算绩效管理情况的各项数字。",
                Fields("performance", "performanceManagement"), [], [], []),
            new("otherNotes", "其他事项", "公开格式要求的其他需说明的事项和联系方式。",
                Fields("otherNotes", "contact"), [], [], []),
            new("reasons", "原因说明", "说明中各项增减变化、预算与决算差异的原因。检查发现须说明而未说明的，标为必填。",
                [], [], [], [""]),
        ];
    }

    public static AccountsPart? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// The parts as a template asks for them: each without the fields and lists the template does not state (<see cref="TemplateAsks"/>),
    /// and without a part left with nothing to fill.
    /// </summary>
    public static IReadOnlyList<AccountsPart> AskedBy(DisclosureTemplate template) => All
        .Select(part => (Whole: part, Asked: part with
        {
            Fields = [.. part.Fields.Where(f => TemplateAsks.Field(template, f.Path))],
            Lists = [.. part.Lists.Where(l => TemplateAsks.Field(template, l.Path))],
        }))
        .Where(p => p.Asked.Fields.Count + p.Asked.Lists.Count > 0 || p.Whole.Fields.Count + p.Whole.Lists.Count == 0)
        .Select(p => p.Asked)
        .ToList();

    /// <summary>The part a field of the accounts is edited in ("threePublic.vehiclesHeld" → 三公经费, "reasons.budget.2012901" → 预算数).</summary>
    public static AccountsPart? OfField(string field)
    {
        if (field.StartsWith("reasons.", StringComparison.Ordinal)) return OfReason(field["reasons.".Length..]);
        var root = field.Split('.', '[')[0];
        return root switch
        {
            "unit" or "disclosure" => Find("profile"),
            "useOfNonFiscalSurplus" => Find("income"),
            "surplusDistribution" => Find("expenditure"),
            "basicByEconomic" => Find("economic"),
            "openingBalances" or "closingBalances" => Find("balances"),
            "projectByEconomic" => Find("projects"),
            "operatingCosts" or "procurement" or "purchasedServices" or "festivals" => Find("operating"),
            "performance" or "performanceManagement" => Find("performanceNotes"),
            "contact" => Find("otherNotes"),
            _ => Find(root),
        };
    }

    /// <summary>The part a reason is written beside; reasons about the whole (总计、财政拨款总计) are on the reasons page.</summary>
    public static AccountsPart OfReason(string key) =>
        All.FirstOrDefault(p => p.Id != "reasons" && p.ReasonPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal))) ?? Find("reasons")!;

    /// <summary>Every reason key a unit's accounts may state, with what it explains.</summary>
    public static IEnumerable<string> ReasonKeysFor(UnitAccounts? accounts) =>
        ReasonKeys.FixedKeys
            .Concat(ReasonKeys.SourceKeys.Keys.Select(ReasonKeys.IncomeSourceChange))
            .Concat((accounts?.Budgets ?? []).Select(b => ReasonKeys.ItemVsBudget(b.Code)))
            .Concat(accounts?.Reasons.Keys ?? [])
            .Distinct();
}
