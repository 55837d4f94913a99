using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
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

    /// <summary>A number that is no amount (得分, 面积).</summary>
    Number,

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
/// When <see cref="Values"/>, each row is one text of the array at <see cref="Field"/>, from the column whose field is <see cref="Value"/>.
public sealed record LineSheet(string Name, string Title, string Field, IReadOnlyList<Input> Columns, bool Keyed = false, bool Values = false)
    : SheetLayout(Name, Title)
{
    public const string Key = "@key";
    public const string Value = "@value";
}

/// <summary>
/// 决算填报工作簿的版式 — which sheet, row and column of the workbook holds each field of the accounts file
/// (docs/accounts-format.md). The sheets name the parts of the field list (<see cref="AccountsFields"/>) they
/// hold; rows and columns, labels, notes, drop-downs and what is required come from the fields themselves,
/// so a field added to a part appears in its sheet. The template writer and the workbook reader both follow
/// it; all meaning (codes, totals, what is required where) stays with the accounts reader.
/// </summary>
public sealed class AccountsWorkbookLayout
{
    /// <summary>Row of a line sheet's or field sheet's header; data starts on the row after.</summary>
    public const int HeaderRow = 2;

    /// <summary>The hidden sheet listing the catalogue, for the name look-ups.</summary>
    public const string CatalogueSheet = "科目目录";

    /// <summary>The first sheet: how to fill the workbook. Not read.</summary>
    public const string InstructionsSheet = "填表说明";

    /// <summary>The sheet every accounts workbook has; a workbook without it is not one.</summary>
    public const string ProfileSheet = "基本情况";

    /// <summary>The workbook of the accounts file as Juesuan reads it.</summary>
    public static readonly AccountsWorkbookLayout Standard = new(AccountsFields.All);

    public AccountsWorkbookLayout(IReadOnlyList<AccountsField> fields)
    {
        Fields = fields;
        // The profile sheet holds the top-level values and the two objects about the unit and the document.
        var topLevel = AccountsFields.Entries(fields).Where(e => !e.Path.Contains('.', StringComparison.Ordinal));
        Sheets =
        [
            FieldsOf(ProfileSheet, "单位基本情况与披露设置", [.. topLevel.Take(1), .. Entries("unit"), .. Entries("disclosure"), .. topLevel.Skip(1)]),
            Files("决算单位构成", "部门汇总：各单位的填报工作簿或决算数据文件（相对于本工作簿的路径，每行一个）；填写后各收支明细表不再填写", "members"),
            Keyed("目录外科目", "本年度科目目录中没有的科目及其名称（财政局新增的项等；目录中已有的科目不必填写）", "codeNames"),
            Keyed("科目说明", "名词解释中的科目说明（目录外科目须填写；目录中已有说明的不必填写）", "codeExplanations"),
            Lines("收入", "本年收入明细（每个科目、每种收入来源一行）", "income"),
            Lines("支出", "本年支出明细（每个科目、每种支出性质和资金性质一行）", "expenditure"),
            Lines("基本支出经济分类", "基本支出按经济分类（款）的明细", "basicByEconomic"),
            Lines("年初结转和结余", "年初结转和结余（政府性基金须填科目）", "openingBalances"),
            Lines("年末结转和结余", "年末结转和结余（政府性基金须填科目）", "closingBalances"),
            Lines("预算", "一般公共预算财政拨款年初预算和调整预算（按项）", "budgets"),
            FieldsOf("三公经费", "一般公共预算财政拨款“三公”经费", Entries("threePublic")),
            FieldsOf("政府采购", "政府采购支出", Entries("procurement")),
            FieldsOf("国有资产", "国有资产占用情况", Entries("assets")),
            Lines("车辆", "年末车辆（每个类别一行）", "assets.vehicles"),
            Lines("项目", "项目及其预算执行", "projects"),
            FieldsOf("绩效管理", "预算绩效情况的文字说明", Entries("performance")),
            FieldsOf("上年决算数", "上年决算数（用于同比说明；未填的项不作同比说明）", Entries("priorYear")),
            Keyed("上年按类支出", "上年一般公共预算财政拨款支出（按功能分类类级科目）", "priorYear.generalBudgetByClass"),
            Keyed("原因说明", "原因说明（填写“原因”一列；未列出的预算差异请按 budget.<7位科目编码> 另起一行）", "reasons"),
        ];
    }

    /// <summary>The fields the workbook holds.</summary>
    public IReadOnlyList<AccountsField> Fields { get; }

    /// <summary>The sheets, in workbook order (after the instructions sheet).</summary>
    public IReadOnlyList<SheetLayout> Sheets { get; }

    private IEnumerable<FieldEntry> Entries(string path) => AccountsFields.EntriesAt(Fields, path);

    private static FieldSheet FieldsOf(string name, string title, IEnumerable<FieldEntry> entries) =>
        new(name, title, entries.Select(e => Input(e.Label, e.Path, e.Field)).ToArray());

    private LineSheet Lines(string name, string title, string path)
    {
        var list = (ListField)AccountsFields.Find(Fields, path)!;
        var columns = new List<Input>();
        foreach (var column in list.Columns)
        {
            columns.Add(Input(column.Label, column.Name, column));
            if (column.Kind == FieldKind.Code) columns.Add(NameOf(column.Name, column.Codes));
        }
        return new LineSheet(name, title, path, columns);
    }

    private LineSheet Keyed(string name, string title, string path)
    {
        var map = (MapField)AccountsFields.Find(Fields, path)!;
        // Between the key and its value: the name of a catalogue code, or what a reason key stands for.
        Input? shown = map.KeyField.Kind switch
        {
            FieldKind.Code => NameOf(LineSheet.Key, map.KeyField.Codes),
            FieldKind.ReasonKey => new("说明", LineSheet.Key, InputType.ReasonMeaning, Width: 40),
            _ => null,
        };
        Input[] columns =
        [
            Input(map.KeyField.Label, LineSheet.Key, map.KeyField) with { Required = true },
            .. shown is null ? [] : new[] { shown },
            Input(map.ValueField.Label, LineSheet.Value, map.ValueField),
        ];
        return new LineSheet(name, title, path, columns, Keyed: true);
    }

    /// <summary>A sheet of file paths, one per row: a department's member files.</summary>
    private LineSheet Files(string name, string title, string path)
    {
        var field = (LeafField)AccountsFields.Find(Fields, path)!;
        return new LineSheet(name, title, path, [new("单位文件", LineSheet.Value, InputType.Text, Note: field.Help, Width: 60)], Values: true);
    }

    private static Input NameOf(string field, CodeKind kind) => new("科目名称", field, InputType.CodeName, Width: 30, Codes: kind);

    private static Input Input(string label, string field, LeafField leaf)
    {
        var type = leaf.Kind switch
        {
            FieldKind.Amount => InputType.Amount,
            FieldKind.Count or FieldKind.Year => InputType.Count,
            FieldKind.Number => InputType.Number,
            FieldKind.Code or FieldKind.AnyCode => InputType.Code,
            FieldKind.Choice => InputType.Choice,
            FieldKind.LongText => InputType.LongText,
            FieldKind.Date => InputType.Date,
            FieldKind.YesNo => InputType.YesNo,
            _ => InputType.Text,
        };
        var width = type switch
        {
            InputType.Amount => 18,
            InputType.Count or InputType.YesNo or InputType.Number => 12,
            InputType.Code => 14,
            InputType.Choice => 26,
            InputType.LongText => 40,
            _ => leaf.Kind == FieldKind.ReasonKey ? 24 : 30,
        };
        var note = leaf.RequiredWhen is { } when && leaf.Help is null ? $"{when}必填" : leaf.Help;
        return new Input(label, field, type, leaf.Required, leaf.Choices?.Choices, note, width, leaf.Codes);
    }
}
