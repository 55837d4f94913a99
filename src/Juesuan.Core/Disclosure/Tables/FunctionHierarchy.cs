using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.DocumentModel;

namespace Juesuan.Disclosure;

/// <summary>
/// The body of a function-coded table (T2, T3, T5, T8, T9): a 合计 row, then each 类, its 款 and its
/// 项, every parent the sum of its children. Values are given per 项 only, so the hierarchy identities
/// hold by construction.
/// </summary>
internal static class FunctionHierarchy
{
    /// <summary>The two header rows every function-coded table starts with: 项目 over 科目编码 | 科目名称.</summary>
    public static IReadOnlyList<IReadOnlyList<HeaderCell>> Header(IReadOnlyList<string> amountColumns) =>
    [
        [new HeaderCell("项目", ColSpan: 2), .. amountColumns.Select(c => new HeaderCell(c, RowSpan: 2))],
        [new HeaderCell("科目编码"), new HeaderCell("科目名称")],
    ];

    /// <summary>The body rows; <paramref name="items"/> maps each 项 code to one amount per column.</summary>
    public static IReadOnlyList<TableRow> Rows(DisclosureContext context, IReadOnlyDictionary<string, Amount[]> items, int columns)
    {
        var rows = new List<TableRow> { Row(context, "合计", RowRole.Total, DisclosureContext.Label("合计"), TableCell.Blank, Sum(items.Values, columns)) };
        foreach (var byClass in items.GroupBy(i => i.Key[..3]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            rows.Add(CodeRow(context, byClass.Key, RowRole.Class, Sum(byClass.Select(i => i.Value), columns)));
            foreach (var bySection in byClass.GroupBy(i => i.Key[..5]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                rows.Add(CodeRow(context, bySection.Key, RowRole.Section, Sum(bySection.Select(i => i.Value), columns)));
                foreach (var item in bySection.OrderBy(i => i.Key, StringComparer.Ordinal))
                    rows.Add(CodeRow(context, item.Key, RowRole.Item, item.Value));
            }
        }
        return rows;
    }

    private static TableRow CodeRow(DisclosureContext context, string code, RowRole role, Amount[] values) =>
        Row(context, code, role, DisclosureContext.Code(code), DisclosureContext.Label(context.Catalog.Get(CodeKind.Function, code).Name), values);

    private static TableRow Row(DisclosureContext context, string key, RowRole role, TableCell first, TableCell second, Amount[] values) =>
        new(key, role, [first, second, .. values.Select(v => context.AmountCell(v))]);

    private static Amount[] Sum(IEnumerable<Amount[]> rows, int columns)
    {
        var sums = new decimal[columns];
        foreach (var row in rows)
            for (var c = 0; c < columns; c++) sums[c] += row[c].Yuan;
        return sums.Select(Amount.FromYuan).ToArray();
    }

    /// <summary>Collects per-项 vectors: each contribution adds an amount to one column of one 项.</summary>
    public static Dictionary<string, Amount[]> Collect(int columns, IEnumerable<(string Code, int Column, Amount Amount)> contributions)
    {
        var items = new Dictionary<string, Amount[]>(StringComparer.Ordinal);
        foreach (var (code, column, amount) in contributions)
        {
            if (!items.TryGetValue(code, out var vector))
                items[code] = vector = Enumerable.Repeat(Amount.Zero, columns).ToArray();
            vector[column] += amount;
        }
        return items;
    }
}
