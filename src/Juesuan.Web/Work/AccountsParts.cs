using Juesuan.Accounts;

namespace Juesuan.Web.Work;

/// <summary>How a field is entered.</summary>
public enum FieldKind
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
    Choice,
    Boolean,

    /// <summary>支出功能分类科目（项）, picked from the catalogue by code or name.</summary>
    FunctionCode,
    OptionalFunctionCode,

    /// <summary>支出经济分类科目（款）.</summary>
    EconomicCode,
}

/// <summary>A choice's stored value and its Chinese name.</summary>
public sealed record Choice(string Value, string Name);

/// <summary>One field of an accounts part: its JSON path (relative to the object it belongs to), label and kind.</summary>
public sealed record FieldSpec(string Path, string Label, FieldKind Kind, IReadOnlyList<Choice>? Choices = null, string? Hint = null)
{
    public bool IsAmount => Kind is FieldKind.Amount or FieldKind.OptionalAmount;
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
    IReadOnlyList<string> ReasonPrefixes);

/// <summary>填报部分目录 — every part of the accounts a preparer edits, in the order of the work.</summary>
public static class AccountsParts
{
    private static IReadOnlyList<Choice> Choices<T>(IReadOnlyDictionary<string, T> words, Func<T, string> name) =>
        words.Select(w => new Choice(w.Key, name(w.Value))).ToArray();

    public static readonly IReadOnlyList<Choice> Sources = Choices(AccountsVocabulary.Sources, s => s.Name());
    public static readonly IReadOnlyList<Choice> Fundings = Choices(AccountsVocabulary.Fundings, f => f.Name());
    public static readonly IReadOnlyList<Choice> Kinds = Choices(AccountsVocabulary.Kinds, k => k.Name());
    public static readonly IReadOnlyList<Choice> UnitTypes = Choices(AccountsVocabulary.UnitTypes, t => t.Name());
    public static readonly IReadOnlyList<Choice> VehicleCategories = Choices(AccountsVocabulary.VehicleCategories, c => c.Name());
    public static readonly IReadOnlyList<Choice> AmountUnits = [new("yuan", "元"), new("wan", "万元")];

    private static FieldSpec[] ThreePublicItems(string prefix, string label) =>
    [
        new(prefix + ".abroad", label + "因公出国（境）费", FieldKind.Amount),
        new(prefix + ".vehiclePurchase", label + "公务用车购置费", FieldKind.Amount),
        new(prefix + ".vehicleOperation", label + "公务用车运行费", FieldKind.Amount),
        new(prefix + ".reception", label + "公务接待费", FieldKind.Amount),
    ];

    public static readonly IReadOnlyList<AccountsPart> All =
    [
        new("profile", "单位概况", "第一部分“部门（单位）概况”的内容：单位名称、类型、主要职能、机构设置和人员情况。",
            [
                new("unit.name", "单位全称", FieldKind.Text),
                new("unit.shortName", "简称（正文中使用）", FieldKind.Text),
                new("unit.type", "单位类型", FieldKind.Choice, UnitTypes, "决定是否公开机关运行经费"),
                new("unit.functions", "主要职能", FieldKind.LongText, Hint: "段落之间空一行"),
                new("unit.structure", "机构设置", FieldKind.LongText),
                new("unit.staff.authorized", "编制人数", FieldKind.OptionalCount),
                new("unit.staff.actual", "实有在职人数", FieldKind.OptionalCount),
                new("unit.staff.retired", "离退休人数", FieldKind.OptionalCount),
                new("disclosure.amountUnit", "公开表金额单位", FieldKind.Choice, AmountUnits),
            ],
            [], [], []),
        new("income", "本年收入", "按支出功能分类科目（项）和收入来源填报本年收入；合计由系统计算。",
            [new("useOfNonFiscalSurplus", "使用非财政拨款结余（含专用结余）", FieldKind.OptionalAmount)],
            [new("income", "收入明细", [new("code", "功能分类科目", FieldKind.FunctionCode), new("source", "收入来源", FieldKind.Choice, Sources), new("amount", "金额（元）", FieldKind.Amount)])],
            ["T1", "T2", "T4"], ["income."]),
        new("expenditure", "本年支出", "按支出功能分类科目（项）、支出类型（基本支出、项目支出）和资金性质填报本年支出。",
            [new("surplusDistribution", "结余分配", FieldKind.OptionalAmount)],
            [new("expenditure", "支出明细", [new("code", "功能分类科目", FieldKind.FunctionCode), new("kind", "支出类型", FieldKind.Choice, Kinds), new("funding", "资金性质", FieldKind.Choice, Fundings), new("amount", "金额（元）", FieldKind.Amount)])],
            ["T1", "T3", "T4", "T5", "T7", "T8"], ["expenditure.", "fiscal.", "generalBudget.change"]),
        new("economic", "基本支出经济分类", "基本支出按经济分类科目（款）填报；一般公共预算财政拨款部分形成公开06表。",
            [],
            [new("basicByEconomic", "经济分类明细", [new("code", "经济分类科目", FieldKind.EconomicCode), new("funding", "资金性质", FieldKind.Choice, Fundings), new("amount", "金额（元）", FieldKind.Amount)])],
            ["T6"], []),
        new("balances", "结转和结余", "年初、年末结转和结余，按资金性质（政府性基金须到功能分类科目）。",
            [],
            [
                new("openingBalances", "年初结转和结余", [new("funding", "资金性质", FieldKind.Choice, Fundings), new("code", "功能分类科目（可空）", FieldKind.OptionalFunctionCode), new("amount", "金额（元）", FieldKind.Amount)]),
                new("closingBalances", "年末结转和结余", [new("funding", "资金性质", FieldKind.Choice, Fundings), new("code", "功能分类科目（可空）", FieldKind.OptionalFunctionCode), new("amount", "金额（元）", FieldKind.Amount)]),
            ],
            ["T1", "T4"], []),
        new("budgets", "预算数", "一般公共预算财政拨款各项的年初预算数和调整预算数（未调整的留空）。",
            [],
            [new("budgets", "预算明细", [new("code", "功能分类科目", FieldKind.FunctionCode), new("yearStart", "年初预算（元）", FieldKind.Amount), new("adjusted", "调整预算（元）", FieldKind.OptionalAmount)])],
            ["T5"], ["budget.", "generalBudget.budget"]),
        new("threePublic", "“三公”经费", "一般公共预算财政拨款“三公”经费的预算数、决算数，以及须在说明中写明的批次、人次和车辆数。",
            [
                .. ThreePublicItems("threePublic.budget", "预算："),
                .. ThreePublicItems("threePublic.actual", "决算："),
                new("threePublic.abroadDelegations", "因公出国（境）团组数", FieldKind.Count),
                new("threePublic.abroadPersons", "因公出国（境）人次", FieldKind.Count),
                new("threePublic.vehiclesPurchased", "购置公务用车（辆）", FieldKind.Count),
                new("threePublic.vehiclesHeld", "公务用车保有量（辆）", FieldKind.Count),
                new("threePublic.receptionBatches", "国内公务接待批次", FieldKind.Count),
                new("threePublic.receptionPersons", "国内公务接待人次", FieldKind.Count),
                new("threePublic.foreignReceptionBatches", "外事接待批次", FieldKind.Count),
                new("threePublic.foreignReceptionPersons", "外事接待人次", FieldKind.Count),
            ],
            [], ["T9"], ["threePublic."]),
        new("operating", "机关运行经费、政府采购", "机关运行经费（事业单位不填），以及本年政府采购合同金额。",
            [
                new("operatingCosts", "机关运行经费（元）", FieldKind.OptionalAmount),
                new("procurement.goods", "政府采购：货物（元）", FieldKind.Amount),
                new("procurement.works", "政府采购：工程（元）", FieldKind.Amount),
                new("procurement.services", "政府采购：服务（元）", FieldKind.Amount),
                new("procurement.awardedToSmes", "授予中小企业合同金额（元）", FieldKind.OptionalAmount),
                new("procurement.awardedToSmallMicro", "其中授予小微企业合同金额（元）", FieldKind.OptionalAmount),
            ],
            [], [], ["operatingCosts.", "procurement."]),
        new("assets", "国有资产占用", "年末车辆按类别的数量，以及单价在标准以上的通用设备、专用设备台（套）数。",
            [
                new("assets.generalEquipment", "单价50万元以上通用设备（台、套）", FieldKind.Count),
                new("assets.specialEquipment", "单价100万元以上专用设备（台、套）", FieldKind.Count),
                new("assets.note", "补充说明", FieldKind.LongText),
            ],
            [new("assets.vehicles", "车辆", [new("category", "车辆类别", FieldKind.Choice, VehicleCategories), new("count", "数量（辆）", FieldKind.Count)])],
            [], []),
        new("projects", "项目", "项目的预算和执行情况；开展绩效自评的项目在“绩效自评”中评分。",
            [],
            [new("projects", "项目", [
                new("id", "项目标识", FieldKind.Text), new("name", "项目名称", FieldKind.Text), new("code", "功能分类科目", FieldKind.FunctionCode),
                new("funding", "资金性质", FieldKind.Choice, Fundings), new("yearStartBudget", "年初预算（元）", FieldKind.Amount),
                new("fullYearBudget", "全年预算（元）", FieldKind.Amount), new("executed", "全年执行（元）", FieldKind.Amount),
                new("selfEvaluated", "开展绩效自评", FieldKind.Boolean), new("description", "项目概况", FieldKind.Text),
            ])],
            [], []),
        new("priorYear", "上年数", "说明中与上年比较所用的上年决算数；不知道的留空，说明中不作比较。",
            [
                new("priorYear.total", "收入（支出）总计", FieldKind.OptionalAmount),
                new("priorYear.currentYearIncome", "本年收入合计", FieldKind.OptionalAmount),
                .. AccountsVocabulary.Sources.Select(s => new FieldSpec("priorYear.incomeBySource." + s.Key, "收入：" + s.Value.Name(), FieldKind.OptionalAmount)),
                new("priorYear.currentYearExpenditure", "本年支出合计", FieldKind.OptionalAmount),
                .. AccountsVocabulary.Kinds.Select(k => new FieldSpec("priorYear.expenditureByKind." + k.Key, "支出：" + k.Value.Name(), FieldKind.OptionalAmount)),
                new("priorYear.fiscalTotal", "财政拨款收入支出总计", FieldKind.OptionalAmount),
                new("priorYear.generalBudgetExpenditure", "一般公共预算财政拨款支出", FieldKind.OptionalAmount),
                new("priorYear.threePublic.abroad", "“三公”经费：因公出国（境）费", FieldKind.OptionalAmount),
                new("priorYear.threePublic.vehiclePurchase", "“三公”经费：公务用车购置费", FieldKind.OptionalAmount),
                new("priorYear.threePublic.vehicleOperation", "“三公”经费：公务用车运行费", FieldKind.OptionalAmount),
                new("priorYear.threePublic.reception", "“三公”经费：公务接待费", FieldKind.OptionalAmount),
                new("priorYear.operatingCosts", "机关运行经费", FieldKind.OptionalAmount),
                new("priorYear.procurement", "政府采购支出", FieldKind.OptionalAmount),
            ],
            [], [], []),
        new("performanceNotes", "预算绩效情况说明", "说明中“预算绩效情况说明”的文字：绩效管理工作开展情况、问题和改进措施。",
            [
                new("performance.summary", "绩效管理工作开展情况", FieldKind.LongText),
                new("performance.problems", "发现的主要问题及原因", FieldKind.LongText),
                new("performance.improvements", "下一步改进措施", FieldKind.LongText),
            ],
            [], [], []),
        new("reasons", "原因说明", "说明中各项增减变化、预算与决算差异的原因。检查发现须说明而未说明的，标为必填。",
            [], [], [], [""]),
    ];

    public static AccountsPart? Find(string id) => All.FirstOrDefault(p => p.Id == id);

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
            "operatingCosts" or "procurement" => Find("operating"),
            "performance" => Find("performanceNotes"),
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
