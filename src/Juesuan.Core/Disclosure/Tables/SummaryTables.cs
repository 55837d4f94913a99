using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.DocumentModel;

namespace Juesuan.Disclosure;

/// <summary>
/// The two-sided statements: 公开01表 收入支出决算总表 and 公开04表 财政拨款收入支出决算总表. Income on the
/// left, expenditure by function 类 on the right; the 合计 and 总计 rows of both sides stand on one line.
/// Amount cells carry keys ("收入总计", "201", …) so checks can address them.
/// </summary>
internal static class SummaryTables
{
    private const string Income = "收入";
    private const string Expenditure = "支出";

    private static readonly IncomeSource[] Sources = Enum.GetValues<IncomeSource>();

    /// <summary>The function classes the right side lists: every class of the catalogue, or only those with expenditure.</summary>
    private static IReadOnlyList<ClassificationCode> Classes(DisclosureContext c, IEnumerable<ExpenditureLine> lines)
    {
        var used = lines.Where(l => !l.Amount.IsZero).Select(l => l.Code[..3]).ToHashSet();
        return c.Catalog.Classes(CodeKind.Function).Where(k => c.Template.Options.ListAllFunctionClasses || used.Contains(k.Code)).ToArray();
    }

    /// <summary>公开01表.</summary>
    public static DisclosureTable Summary(DisclosureContext c)
    {
        var f = c.Figures;
        var classes = Classes(c, c.Accounts.Expenditure);
        var body = Math.Max(Sources.Length, classes.Count);
        var lines = body + 4; // 合计, 使用非财政拨款结余 | 结余分配, 年初 | 年末, 总计
        var rows = new List<TableRow>();
        for (var i = 0; i < body; i++)
        {
            var left = i < Sources.Length
                ? Side($"{TemplateText.ChineseNumber(i + 1)}、{Sources[i].Name()}", i + 1, c.AmountCell(f.IncomeBySource[Sources[i]], Sources[i].Name()))
                : Blank(1);
            var right = i < classes.Count
                ? Side($"{TemplateText.ChineseNumber(i + 1)}、{classes[i].Name}", lines + i + 1, c.AmountCell(ClassTotal(c.Accounts.Expenditure, classes[i].Code), classes[i].Code))
                : Blank(1);
            rows.Add(new TableRow(null, RowRole.Line, [.. left, .. right]));
        }
        rows.Add(Pair(RowRole.Total, body + 1, lines,
            ("本年收入合计", c.AmountCell(f.CurrentYearIncome, "本年收入合计")),
            ("本年支出合计", c.AmountCell(f.CurrentYearExpenditure, "本年支出合计"))));
        rows.Add(Pair(RowRole.Line, body + 2, lines,
            ("使用非财政拨款结余", c.AmountCell(c.Accounts.UseOfNonFiscalSurplus, "使用非财政拨款结余")),
            ("结余分配", c.AmountCell(c.Accounts.SurplusDistribution, "结余分配"))));
        rows.Add(Pair(RowRole.Line, body + 3, lines,
            ("年初结转和结余", c.AmountCell(f.OpeningBalance, "年初结转和结余")),
            ("年末结转和结余", c.AmountCell(f.ClosingBalance, "年末结转和结余"))));
        rows.Add(Pair(RowRole.Total, body + 4, lines,
            ("总计", c.AmountCell(f.TotalIncome, "收入总计")),
            ("总计", c.AmountCell(f.TotalExpenditure, "支出总计"))));

        IReadOnlyList<IReadOnlyList<HeaderCell>> header =
        [
            [new HeaderCell(Income, ColSpan: 3), new HeaderCell(Expenditure, ColSpan: 3)],
            [new HeaderCell("项目"), new HeaderCell("行次"), new HeaderCell("决算数"), new HeaderCell("项目"), new HeaderCell("行次"), new HeaderCell("决算数")],
        ];
        return c.Table("T1", ["收入项目", "收入行次", "收入决算数", "支出项目", "支出行次", "支出决算数"], header, rows);
    }

    /// <summary>公开04表: the right side splits each line by budget (合计 | 一般公共预算 | 政府性基金 | 国有资本经营).</summary>
    public static DisclosureTable Fiscal(DisclosureContext c)
    {
        var f = c.Figures;
        var fundings = ClassifierNames.FiscalFundings;
        var fiscalLines = c.Accounts.Expenditure.Where(l => l.Funding.IsFiscal()).ToArray();
        var classes = Classes(c, fiscalLines);
        var body = Math.Max(fundings.Length, classes.Count);
        var lines = body + 6;
        var rows = new List<TableRow>();

        TableCell[] Split(string key, Func<Funding, Amount> amountOf) =>
            [c.AmountCell(fundings.Sum(amountOf), key + ".合计"), .. fundings.Select(fu => c.AmountCell(amountOf(fu), key + "." + Short(fu)))];

        for (var i = 0; i < body; i++)
        {
            var left = i < fundings.Length
                ? Side($"{TemplateText.ChineseNumber(i + 1)}、{fundings[i].Name()}", i + 1, c.AmountCell(f.FiscalIncomeOf(fundings[i]), "本年收入." + Short(fundings[i])))
                : Blank(1);
            TableCell[] right = i < classes.Count
                ? [DisclosureContext.Label($"{TemplateText.ChineseNumber(i + 1)}、{classes[i].Name}"), DisclosureContext.LineNumber(lines + i + 1),
                   .. Split(classes[i].Code, fu => ClassTotal(fiscalLines.Where(l => l.Funding == fu), classes[i].Code))]
                : Blank(4);
            rows.Add(new TableRow(null, RowRole.Line, [.. left, .. right]));
        }
        var n = body;
        rows.Add(new TableRow(null, RowRole.Total,
        [
            .. Side("本年收入合计", ++n, c.AmountCell(f.FiscalIncome, "本年收入合计")),
            DisclosureContext.Label("本年支出合计"), DisclosureContext.LineNumber(lines + n), .. Split("本年支出合计", f.ExpenditureOf),
        ]));
        rows.Add(new TableRow(null, RowRole.Line,
        [
            .. Side("年初财政拨款结转和结余", ++n, c.AmountCell(f.FiscalOpening, "年初结转和结余")),
            DisclosureContext.Label("年末财政拨款结转和结余"), DisclosureContext.LineNumber(lines + n), .. Split("年末结转和结余", f.ClosingOf),
        ]));
        foreach (var fu in fundings)
            rows.Add(new TableRow(null, RowRole.Line, [.. Side("　　" + fu.Name(), ++n, c.AmountCell(f.OpeningOf(fu), "年初结转和结余." + Short(fu))), .. Blank(4)]));
        rows.Add(new TableRow(null, RowRole.Total,
        [
            .. Side("总计", ++n, c.AmountCell(f.FiscalIncomeTotal, "收入总计")),
            DisclosureContext.Label("总计"), DisclosureContext.LineNumber(lines + n),
            .. Split("支出总计", fu => f.ExpenditureOf(fu) + f.ClosingOf(fu)),
        ]));

        IReadOnlyList<IReadOnlyList<HeaderCell>> header =
        [
            [new HeaderCell(Income, ColSpan: 3), new HeaderCell(Expenditure, ColSpan: 6)],
            [new HeaderCell("项目"), new HeaderCell("行次"), new HeaderCell("金额"), new HeaderCell("项目"), new HeaderCell("行次"),
             new HeaderCell("合计"), .. fundings.Select(fu => new HeaderCell(fu.Name()))],
        ];
        return c.Table("T4", ["收入项目", "收入行次", "收入金额", "支出项目", "支出行次", "合计", .. fundings.Select(fu => fu.Name())], header, rows);
    }

    /// <summary>The short key of a fiscal budget used in cell keys: 一般公共预算, 政府性基金, 国有资本经营.</summary>
    public static string Short(Funding funding) => funding switch
    {
        Funding.GeneralBudget => "一般公共预算",
        Funding.GovernmentFund => "政府性基金",
        Funding.StateCapital => "国有资本经营",
        _ => throw new ArgumentOutOfRangeException(nameof(funding)),
    };

    private static Amount ClassTotal(IEnumerable<ExpenditureLine> lines, string classCode) =>
        lines.Where(l => l.Code.StartsWith(classCode, StringComparison.Ordinal)).Sum(l => l.Amount);

    private static TableCell[] Side(string label, int line, TableCell amount) =>
        [DisclosureContext.Label(label), DisclosureContext.LineNumber(line), amount];

    private static TableCell[] Blank(int amounts) =>
        [TableCell.Blank, TableCell.Blank, .. Enumerable.Repeat(TableCell.Blank, amounts)];

    private static TableRow Pair(RowRole role, int line, int rightOffset, (string Label, TableCell Cell) left, (string Label, TableCell Cell) right) =>
        new(null, role, [.. Side(left.Label, line, left.Cell), .. Side(right.Label, rightOffset + line, right.Cell)]);
}
