using System.Text.Json.Serialization;

namespace Juesuan.DocumentModel;

/// <summary>
/// 决算公开表 — one of the nine tables as the document shows it: header rows (with spans), body rows
/// of cells, and the empty-table note where the unit has nothing to report in it.
/// </summary>
/// <param name="Id">"T1" … "T9".</param>
/// <param name="Code">"公开01表" … "公开09表".</param>
/// <param name="Columns">The key of each body column, for addressing cells (e.g. "本年支出合计").</param>
/// <param name="EmptyNote">When set, the table has no data and is published empty with this note.</param>
public sealed record DisclosureTable(
    string Id,
    string Code,
    string Title,
    string UnitName,
    int FiscalYear,
    string AmountUnitCaption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<HeaderCell>> Header,
    IReadOnlyList<TableRow> Rows,
    string? EmptyNote)
{
    [JsonIgnore]
    public bool IsEmpty => EmptyNote is not null;

    /// <summary>The row with a key ("合计", a code, or a line label), or null.</summary>
    public TableRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>The value in yuan of a row's cell under a column key; null when blank.</summary>
    public decimal? Value(string rowKey, string columnKey)
    {
        var column = Columns.ToList().IndexOf(columnKey);
        if (column < 0) throw new KeyNotFoundException($"{Id} 没有列“{columnKey}”");
        var row = Row(rowKey) ?? throw new KeyNotFoundException($"{Id} 没有行“{rowKey}”");
        return row.Cells[column].Yuan;
    }

    /// <summary>
    /// The table without some of its columns (a layout that prints no 行次): their cells taken out of every row, and the header's
    /// cells narrowed by what they spanned of them, or taken out where they spanned nothing else.
    /// </summary>
    public DisclosureTable WithoutColumns(Func<string, bool> drop)
    {
        var kept = Columns.Select((name, i) => (name, i)).Where(c => !drop(c.name)).Select(c => c.i).ToHashSet();
        if (kept.Count == Columns.Count) return this;
        var header = new List<IReadOnlyList<HeaderCell>>();
        var covered = new Dictionary<(int Row, int Column), bool>();
        for (var r = 0; r < Header.Count; r++)
        {
            var cells = new List<HeaderCell>();
            var column = 0;
            foreach (var cell in Header[r])
            {
                while (covered.ContainsKey((r, column))) column++;
                for (var dr = 1; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++) covered[(r + dr, column + dc)] = true;
                var span = Enumerable.Range(column, cell.ColSpan).Count(kept.Contains);
                if (span > 0) cells.Add(cell with { ColSpan = span });
                column += cell.ColSpan;
            }
            header.Add(cells);
        }
        return this with
        {
            Columns = [.. Columns.Where((_, i) => kept.Contains(i))],
            Header = header,
            Rows = [.. Rows.Select(row => row.Cells.Count == Columns.Count ? row with { Cells = [.. row.Cells.Where((_, i) => kept.Contains(i))] } : row)],
        };
    }

    /// <summary>The value in yuan of the cell with a key (two-sided tables such as T1 and T4 key their cells).</summary>
    public decimal? Cell(string cellKey) =>
        Rows.SelectMany(r => r.Cells).FirstOrDefault(c => c.Key == cellKey)?.Yuan
        ?? throw new KeyNotFoundException($"{Id} 没有单元格“{cellKey}”");
}

/// <summary>表头单元格.</summary>
public sealed record HeaderCell(string Text, int ColSpan = 1, int RowSpan = 1);

/// <summary>Where a row stands in the table, for styling and for checks.</summary>
public enum RowRole
{
    /// <summary>合计 / 总计 rows.</summary>
    Total,

    /// <summary>A 类 row (sum of its 款).</summary>
    Class,

    /// <summary>A 款 row (sum of its 项).</summary>
    Section,

    /// <summary>A 项 row, or an economic 款 under its 类.</summary>
    Item,

    /// <summary>A line of a two-sided statement (T1, T4).</summary>
    Line,
}

/// <summary>表行.</summary>
/// <param name="Key">The row's key: "合计", a classification code, or null for lines of two-sided tables.</param>
public sealed record TableRow(string? Key, RowRole Role, IReadOnlyList<TableCell> Cells);

/// <summary>What a cell holds.</summary>
public enum CellKind
{
    /// <summary>A label (项目 name).</summary>
    Label,

    /// <summary>A classification code.</summary>
    Code,

    /// <summary>A 行次 line number.</summary>
    LineNumber,

    /// <summary>An amount.</summary>
    Amount,

    /// <summary>A number that is not money (a weight, a score, a rate).</summary>
    Number,

    /// <summary>Nothing (padding in two-sided tables).</summary>
    Blank,
}

/// <summary>表格单元格 — its display text and, for an amount, the exact value in yuan.</summary>
/// <param name="Key">For amounts in two-sided tables: the figure's name ("收入总计").</param>
/// <param name="Subtotal">A 类 subtotal inside a panel of a two-panel table (T6), shown in bold on its own side only.</param>
/// <param name="HalfWidth">
/// For a figure stated rounded (imported from a published table): half the width, in yuan, of the interval
/// it stands for (0.01 万元 stated → 50 元). Null for an exact amount.
/// </param>
public sealed record TableCell(
    CellKind Kind,
    string Text,
    decimal? Yuan = null,
    string? Key = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Subtotal = false,
    decimal? HalfWidth = null)
{
    public static readonly TableCell Blank = new(CellKind.Blank, "");
}

/// <summary>Keys of cells that code outside the table builders names (checks compare them with other figures).</summary>
public static class TableKeys
{
    /// <summary>公开06表 人员经费合计.</summary>
    public const string PersonnelTotal = "人员经费合计";

    /// <summary>公开06表 公用经费合计.</summary>
    public const string PublicTotal = "公用经费合计";
}
