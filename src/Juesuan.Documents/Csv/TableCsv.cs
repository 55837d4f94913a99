using System.Text;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Documents.Csv;

/// <summary>
/// 公开表 CSV — each of the nine tables as open data: one file per table, UTF-8 with a byte-order mark so
/// Excel and WPS read the Chinese, one header row of column names (amount columns marked “（元）”), then
/// one line per table row with every amount exact in yuan ("3915995.04", no separators). An empty table
/// keeps its header and has no rows. Text that a spreadsheet would take for a formula is quoted as text.
/// </summary>
public static class TableCsv
{
    /// <summary>The file name of a table: "01-收入支出决算总表.csv"; a table outside the nine (a self-evaluation's) is named by its id.</summary>
    public static string FileName(DisclosureTable table) =>
        $"{(table.Code.Length >= 4 ? table.Code[2..4] : table.Id)}-{table.Title.Replace("“", "").Replace("”", "")}.csv";

    public static byte[] Write(DisclosureTable table)
    {
        var sb = new StringBuilder();
        CsvText.Line(sb, table.Columns.Select(c => TableColumns.Kind(c) == ColumnKind.Amount ? $"{c}（元）" : c));
        foreach (var row in table.Rows)
            CsvText.Line(sb, row.Cells.Select(Value));
        return CsvText.Bytes(sb, byteOrderMark: true);
    }

    private static string Value(TableCell cell) => cell.Kind switch
    {
        CellKind.Amount => cell.Yuan is { } yuan ? CsvText.Yuan(yuan) : "",
        CellKind.Blank => "",
        _ => cell.Text,
    };
}
