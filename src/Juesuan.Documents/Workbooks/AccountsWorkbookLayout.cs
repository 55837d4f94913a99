using Juesuan.Accounts;
using Juesuan.Catalog;

namespace Juesuan.Documents.Workbooks;

/// <summary>What a workbook cell holds, and so how it is written, validated and read back.</summary>
public enum InputType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Text of several paragraphs (one per line in the cell).</summary>
    LongText,

    /// <summary>An amount in 元, at most two decimals.</summary>
    Amount,

    /// <summary>A whole number of things (people, vehicles, batches) or a year.</summary>
    Count,

    /// <summary>A date.</summary>
    Date,

    /// <summary>A classification code or another code kept as text (leading zeros matter).</summary>
    Code,

    /// <summary>One of a list of Chinese labels, each standing for a value of the file.</summary>
    Choice,

    /// <summary>是 or 否.</summary>
    YesNo,

    /// <summary>Shown, not read: the catalogue name of the code in the column <see cref="Input.Field"/> names.</summary>
    CodeName,

    /// <summary>Shown, not read: what the reason key in the column <see cref="Input.Field"/> names stands for.</summary>
    ReasonMeaning,
}

/// <summary>选项 — a Chinese label shown in the workbook and the value the accounts file spells it with.</summary>
public sealed record Choice(string Label, string Value);

/// <summary>
/// 填报项 — one input of the workbook: its Chinese label (a row label or a column header), the accounts
/// file field it fills (a dotted path, relative to the line for line sheets), and what it holds.
/// </summary>
/// <param name="Codes">For <see cref="InputType.CodeName"/>: which classification names the code.</param>
public sealed record Input(
    string Label,
    string Field,
    InputType Type,
    bool Required = false,
    IReadOnlyList<Choice>? Choices = null,
    string? Note = null,
    double Width = 16,
    CodeKind Codes = CodeKind.Function)
{
    /// <summary>Whether the workbook reads this input back (shown-only columns are not read).</summary>
    public bool IsRead => Type is not (InputType.CodeName or InputType.ReasonMeaning);
}

/// <summary>One sheet of the accounts workbook.</summary>
public abstract record SheetLayout(string Name, string Title);

/// <summary>项目—内容 sheet: one labelled input per row (column A the label, B the value, C a note).</summary>
public sealed record FieldSheet(string Name, string Title, IReadOnlyList<Input> Inputs) : SheetLayout(Name, Title);

/// <summary>
/// 明细表: one line per row under a header row. The lines fill the array at <see cref="Field"/>, or, when
/// <see cref="Keyed"/>, the object there: the column whose field is <see cref="Key"/> gives each property's
/// name and the column whose field is <see cref="Value"/> its value (a row with no value is skipped, so the
/// template can list the keys a preparer may answer).
/// </summary>
public sealed record LineSheet(string Name, string Title, string Field, IReadOnlyList<Input> Columns, bool Keyed = false) : SheetLayout(Name, Title)
{
    public const string Key = "@key";
    public const string Value = "@value";
}

/// <summary>
/// 决算填报工作簿的版式 — which sheet, row and column of the workbook holds each field of the accounts file
/// (docs/accounts-format.md). The template writer and the workbook reader both follow it, so a field has
/// one place; all meaning (codes, totals, what is required where) stays with the accounts reader.
/// </summary>
public static class AccountsWorkbookLayout
{
    /// <summary>Row of a line sheet's or field sheet's header; data starts on the row after.</summary>
    public const int HeaderRow = 2;

    /// <summary>The hidden sheet listing the catalogue, for the name look-ups.</summary>
    public const string CatalogueSheet = "科目目录";

    /// <summary>The sheet every accounts workbook has; a workbook without it is not one.</summary>
    public const string ProfileSheet = "基本情况";

    private static Choice[] Choices<T>(IReadOnlyDictionary<string, T> words, Func<T, string> label) where T : struct, Enum =>
        words.Select(kv => new Choice(label(kv.Value), kv.Key)).ToArray();

    private static readonly Choice[] UnitTypes = Choices(AccountsVocabulary.UnitTypes, t => t.Name());
    private static readonly Choice[] Sources = Choices(AccountsVocabulary.Sources, s => s.Name());
    private static readonly Choice[] Fundings = Choices(AccountsVocabulary.Fundings, f => f.Name());
    private static readonly Choice[] Kinds = Choices(AccountsVocabulary.Kinds, k => k.Name());
    private static readonly Choice[] Vehicles = Choices(AccountsVocabulary.VehicleCategories, c => c.Name());
    private static readonly Choice[] AmountUnits = [new("元", "yuan"), new("万元", "wan")];

    private static Input FunctionCode(bool required = true) => new("功能分类科目编码", "code", InputType.Code, required, Note: "7位项级科目编码，如 2012901", Width: 14);
    private static Input NameOf(string field, CodeKind kind = CodeKind.Function) => new("科目名称", field, InputType.CodeName, Width: 30, Codes: kind);
    private static Input FundingColumn => new("资金性质", "funding", InputType.Choice, true, Fundings, Width: 26);
    private static Input AmountColumn(string label = "金额", string field = "amount", bool required = true) => new(label, field, InputType.Amount, required, Width: 18);

    private static IEnumerable<Input> ThreePublicItems(string prefix, string path) =>
    [
        new($"{prefix}因公出国（境）费", path + ".abroad", InputType.Amount),
        new($"{prefix}公务用车购置费", path + ".vehiclePurchase", InputType.Amount),
        new($"{prefix}公务用车运行费", path + ".vehicleOperation", InputType.Amount),
        new($"{prefix}公务接待费", path + ".reception", InputType.Amount),
    ];

    /// <summary>The sheets, in workbook order (after the instructions sheet).</summary>
    public static readonly IReadOnlyList<SheetLayout> Sheets =
    [
        new FieldSheet(ProfileSheet, "单位基本情况与披露设置",
        [
            new("决算年度", "fiscalYear", InputType.Count, true, Note: "如 2021"),
            new("单位编码", "unit.code", InputType.Code, true),
            new("单位名称", "unit.name", InputType.Text, true, Note: "单位全称，用于标题和各表“编制单位”"),
            new("单位简称", "unit.shortName", InputType.Text, Note: "情况说明中使用，如 市科协"),
            new("单位类型", "unit.type", InputType.Choice, true, UnitTypes),
            new("主要职能", "unit.functions", InputType.LongText, true, Note: "每行一段"),
            new("机构设置", "unit.structure", InputType.LongText, true, Note: "每行一段"),
            new("编制人数", "unit.staff.authorized", InputType.Count),
            new("实有在职人数", "unit.staff.actual", InputType.Count),
            new("离退休人数", "unit.staff.retired", InputType.Count),
            new("金额单位", "disclosure.amountUnit", InputType.Choice, Choices: AmountUnits, Note: "公开文档的金额单位；本工作簿一律填元"),
            new("披露模板", "disclosure.template", InputType.Text, Note: "默认 default"),
            new("批复日期", "disclosure.approvalDate", InputType.Date, Note: "同级财政部门批复日期；公开期限为批复后20日"),
            new("公开日期", "disclosure.publishedDate", InputType.Date),
            new("逾期公开原因", "disclosure.lateReason", InputType.LongText),
            new("使用非财政拨款结余（含专用结余）", "useOfNonFiscalSurplus", InputType.Amount),
            new("结余分配", "surplusDistribution", InputType.Amount),
            new("机关运行经费", "operatingCosts", InputType.Amount, Note: "行政单位和参公单位填写；事业单位不填"),
        ]),
        new LineSheet("收入", "本年收入明细（每个科目、每种收入来源一行）", "income",
        [
            FunctionCode(), NameOf("code"),
            new("收入来源", "source", InputType.Choice, true, Sources, Width: 28),
            AmountColumn(),
        ]),
        new LineSheet("支出", "本年支出明细（每个科目、每种支出性质和资金性质一行）", "expenditure",
        [
            FunctionCode(), NameOf("code"),
            new("支出性质", "kind", InputType.Choice, true, Kinds, Width: 20),
            FundingColumn, AmountColumn(),
        ]),
        new LineSheet("基本支出经济分类", "基本支出按经济分类（款）的明细", "basicByEconomic",
        [
            new("经济分类科目编码", "code", InputType.Code, true, Note: "5位款级科目编码，如 30101", Width: 16),
            NameOf("code", CodeKind.Economic), FundingColumn, AmountColumn(),
        ]),
        new LineSheet("年初结转和结余", "年初结转和结余（政府性基金须填科目）", "openingBalances",
            [FundingColumn, FunctionCode(required: false), NameOf("code"), AmountColumn()]),
        new LineSheet("年末结转和结余", "年末结转和结余（政府性基金须填科目）", "closingBalances",
            [FundingColumn, FunctionCode(required: false), NameOf("code"), AmountColumn()]),
        new LineSheet("预算", "一般公共预算财政拨款年初预算和调整预算（按项）", "budgets",
        [
            FunctionCode(), NameOf("code"),
            AmountColumn("年初预算数", "yearStart"), AmountColumn("调整预算数", "adjusted", required: false),
        ]),
        new FieldSheet("三公经费", "一般公共预算财政拨款“三公”经费",
        [
            .. ThreePublicItems("预算数：", "threePublic.budget"),
            .. ThreePublicItems("决算数：", "threePublic.actual"),
            new("因公出国（境）团组数", "threePublic.abroadDelegations", InputType.Count),
            new("因公出国（境）人次", "threePublic.abroadPersons", InputType.Count),
            new("本年购置公务用车数", "threePublic.vehiclesPurchased", InputType.Count),
            new("公务用车保有量", "threePublic.vehiclesHeld", InputType.Count, Note: "填写了“三公”经费时必填"),
            new("国内公务接待批次", "threePublic.receptionBatches", InputType.Count),
            new("国内公务接待人次", "threePublic.receptionPersons", InputType.Count),
            new("外事接待批次", "threePublic.foreignReceptionBatches", InputType.Count),
            new("外事接待人次", "threePublic.foreignReceptionPersons", InputType.Count),
        ]),
        new FieldSheet("政府采购", "政府采购支出",
        [
            new("政府采购货物支出", "procurement.goods", InputType.Amount),
            new("政府采购工程支出", "procurement.works", InputType.Amount),
            new("政府采购服务支出", "procurement.services", InputType.Amount),
            new("授予中小企业合同金额", "procurement.awardedToSmes", InputType.Amount, Note: "有政府采购支出时必填，没有填 0"),
            new("其中：授予小微企业合同金额", "procurement.awardedToSmallMicro", InputType.Amount, Note: "有政府采购支出时必填，没有填 0"),
        ]),
        new FieldSheet("国有资产", "国有资产占用情况",
        [
            new("大型通用设备台（套）数", "assets.generalEquipment", InputType.Count, Note: "单价在阈值（默认50万元）以上"),
            new("大型专用设备台（套）数", "assets.specialEquipment", InputType.Count, Note: "单价在阈值（默认100万元）以上"),
            new("补充说明", "assets.note", InputType.LongText),
        ]),
        new LineSheet("车辆", "年末车辆（每个类别一行）", "assets.vehicles",
        [
            new("车辆类别", "category", InputType.Choice, true, Vehicles, Width: 22),
            new("车辆数", "count", InputType.Count, true, Width: 12),
        ]),
        new LineSheet("项目", "项目及其预算执行", "projects",
        [
            new("项目标识", "id", InputType.Code, true, Note: "本文件内唯一，如 P1", Width: 12),
            new("项目名称", "name", InputType.Text, true, Width: 30),
            FunctionCode(), NameOf("code"), FundingColumn,
            AmountColumn("年初预算数", "yearStartBudget"),
            AmountColumn("全年预算数", "fullYearBudget"),
            AmountColumn("全年执行数", "executed"),
            new("是否开展绩效自评", "selfEvaluated", InputType.YesNo, Width: 12),
            new("项目概况", "description", InputType.LongText, Width: 40),
        ]),
        new FieldSheet("绩效管理", "预算绩效情况的文字说明",
        [
            new("绩效管理工作开展情况", "performance.summary", InputType.LongText),
            new("发现的主要问题及原因", "performance.problems", InputType.LongText),
            new("下一步改进措施", "performance.improvements", InputType.LongText),
        ]),
        new FieldSheet("上年决算数", "上年决算数（用于同比说明；未填的项不作同比说明）",
        [
            new("收入（支出）总计", "priorYear.total", InputType.Amount),
            new("本年收入合计", "priorYear.currentYearIncome", InputType.Amount),
            .. Sources.Select(s => new Input("本年收入：" + s.Label, "priorYear.incomeBySource." + s.Value, InputType.Amount)),
            new("本年支出合计", "priorYear.currentYearExpenditure", InputType.Amount),
            .. Kinds.Select(k => new Input("本年支出：" + k.Label, "priorYear.expenditureByKind." + k.Value, InputType.Amount)),
            new("财政拨款收入支出总计", "priorYear.fiscalTotal", InputType.Amount),
            new("一般公共预算财政拨款支出", "priorYear.generalBudgetExpenditure", InputType.Amount),
            .. ThreePublicItems("“三公”经费：", "priorYear.threePublic"),
            new("机关运行经费", "priorYear.operatingCosts", InputType.Amount),
            new("政府采购支出总额", "priorYear.procurement", InputType.Amount),
        ]),
        new LineSheet("上年按类支出", "上年一般公共预算财政拨款支出（按功能分类类级科目）", "priorYear.generalBudgetByClass",
        [
            new("类级科目编码", LineSheet.Key, InputType.Code, true, Note: "3位，如 201", Width: 14),
            NameOf(LineSheet.Key),
            AmountColumn("金额", LineSheet.Value),
        ], Keyed: true),
        new LineSheet("原因说明", "原因说明（填写“原因”一列；未列出的预算差异请按 budget.<7位科目编码> 另起一行）", "reasons",
        [
            new("键", LineSheet.Key, InputType.Text, true, Width: 24),
            new("说明", LineSheet.Key, InputType.ReasonMeaning, Width: 40),
            new("原因", LineSheet.Value, InputType.LongText, Width: 60),
        ], Keyed: true),
    ];
}
