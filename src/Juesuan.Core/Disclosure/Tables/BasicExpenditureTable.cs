using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.DocumentModel;

namespace Juesuan.Disclosure;

/// <summary>
/// 公开06表 一般公共预算财政拨款基本支出决算表 — two panels side by side, 人员经费 (301, 303 by default)
/// and 公用经费 (every other economic class), each listing its 类 with their 款, ending in the two 合计.
/// </summary>
internal static class BasicExpenditureTable
{

    private static readonly TableCell[] Blank = [TableCell.Blank, TableCell.Blank, TableCell.Blank];

    public static DisclosureTable Build(DisclosureContext c)
    {
        var (personnel, @public) = Panels(c);
        var left = PanelRows(c, personnel);
        var right = PanelRows(c, @public);
        var rows = new List<TableRow>();
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            rows.Add(new TableRow(null, RowRole.Line, [.. i < left.Count ? left[i] : Blank, .. i < right.Count ? right[i] : Blank]));
        rows.Add(new TableRow(null, RowRole.Total,
        [
            DisclosureContext.Label(TableKeys.PersonnelTotal), TableCell.Blank, c.AmountCell(personnel.Sum(x => x.Amount), TableKeys.PersonnelTotal),
            DisclosureContext.Label(TableKeys.PublicTotal), TableCell.Blank, c.AmountCell(@public.Sum(x => x.Amount), TableKeys.PublicTotal),
        ]));
        IReadOnlyList<IReadOnlyList<HeaderCell>> header =
        [
            [new HeaderCell("人员经费", ColSpan: 3), new HeaderCell("公用经费", ColSpan: 3)],
            [new HeaderCell("科目编码"), new HeaderCell("科目名称"), new HeaderCell("决算数"), new HeaderCell("科目编码"), new HeaderCell("科目名称"), new HeaderCell("决算数")],
        ];
        return c.Table("T6", ["人员经费科目编码", "人员经费科目名称", "人员经费决算数", "公用经费科目编码", "公用经费科目名称", "公用经费决算数"], header, rows);
    }

    /// <summary>The 一般公共预算 economic 款 with a non-zero amount, split into the two panels.</summary>
    public static ((string Code, Amount Amount)[] Personnel, (string Code, Amount Amount)[] Public) Panels(DisclosureContext c)
    {
        var personnelClasses = c.Template.Options.PersonnelEconomicClasses;
        var lines = c.Figures.GeneralBudgetEconomic
            .GroupBy(l => l.Code).Select(g => (Code: g.Key, Amount: g.Sum(l => l.Amount)))
            .Where(x => !x.Amount.IsZero)
            .OrderBy(x => x.Code, StringComparer.Ordinal)
            .ToArray();
        return (lines.Where(x => personnelClasses.Contains(x.Code[..3])).ToArray(), lines.Where(x => !personnelClasses.Contains(x.Code[..3])).ToArray());
    }

    /// <summary>One panel's rows: each economic 类 as a subtotal, followed by its 款.</summary>
    private static List<TableCell[]> PanelRows(DisclosureContext c, (string Code, Amount Amount)[] lines)
    {
        var rows = new List<TableCell[]>();
        foreach (var byClass in lines.GroupBy(x => x.Code[..3]))
        {
            rows.Add(
            [
                DisclosureContext.Code(byClass.Key) with { Subtotal = true },
                DisclosureContext.Label(c.Catalog.Get(CodeKind.Economic, byClass.Key).Name) with { Subtotal = true },
                c.AmountCell(byClass.Sum(x => x.Amount), byClass.Key) with { Subtotal = true },
            ]);
            foreach (var (code, amount) in byClass)
                rows.Add([DisclosureContext.Code(code), DisclosureContext.Label(c.Catalog.Get(CodeKind.Economic, code).Name), c.AmountCell(amount, code)]);
        }
        return rows;
    }
}
