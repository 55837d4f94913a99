using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>
/// 表内数据 — the figures of the nine tables as the checks see them: each amount cell as an interval,
/// addressable by its key or by row key × column key. A blank or absent cell is 0.
/// </summary>
public sealed class FactSet
{
    private readonly Dictionary<string, TableFacts> _tables;

    public FactSet(IEnumerable<DisclosureTable> tables) =>
        _tables = tables.ToDictionary(t => t.Id, t => new TableFacts(t));

    public TableFacts? Table(string id) => _tables.GetValueOrDefault(id);
}

/// <summary>One table's figures.</summary>
public sealed class TableFacts
{
    private readonly Dictionary<string, Interval> _keyed = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Row, string Column), Interval> _grid = new();
    private readonly Dictionary<string, IReadOnlyList<string>> _children;

    public TableFacts(DisclosureTable table)
    {
        Table = table;
        var rows = new List<string>();
        foreach (var row in table.Rows)
        {
            if (row.Key is not null) rows.Add(row.Key);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (cell.Yuan is not { } yuan) continue;
                var value = new Interval(yuan, cell.HalfWidth ?? 0m);
                if (cell.Key is not null) _keyed[cell.Key] = value;
                if (row.Key is not null) _grid[(row.Key, table.Columns[c])] = value;
            }
        }
        RowKeys = rows;
        _children = rows.Where(r => r != "合计")
            .GroupBy(r => r.Length == 3 ? "合计" : r[..^2])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.ToArray(), StringComparer.Ordinal);
        AmountColumns = table.Columns.Where(c => _grid.Keys.Any(k => k.Column == c)).ToArray();
        if (AmountColumns.Count == 0 && table.IsEmpty) AmountColumns = table.Columns.Skip(2).ToArray();
    }

    public DisclosureTable Table { get; }
    public string Id => Table.Id;

    /// <summary>Row keys in table order (合计 and the codes of function-coded tables).</summary>
    public IReadOnlyList<string> RowKeys { get; }

    /// <summary>The columns that hold amounts.</summary>
    public IReadOnlyList<string> AmountColumns { get; }

    public IEnumerable<string> CellKeys => _keyed.Keys;

    public Interval Cell(string key) => _keyed.GetValueOrDefault(key, Interval.Zero);

    public Interval Cell(string row, string column) => _grid.GetValueOrDefault((row, column), Interval.Zero);

    /// <summary>The rows one level below a row: 合计 → 类, 类 → its 款, 款 → its 项.</summary>
    public IReadOnlyList<string> Children(string row) => _children.GetValueOrDefault(row) ?? [];
}
