using System.Text;
using Juesuan.Disclosure;

namespace Juesuan.Documents.Csv;

/// <summary>
/// 公开表 CSV — each of the nine tables as open data: one file per table, UTF-8 with a byte-order mark so
/// Excel and WPS read the Chinese, one header row of column names (amount columns marked “（元）”), then
/// one line per table row with every amount exact in yuan ("3915995.04", no separators). An empty table
/// keeps its header and has no rows. Text that a spreadsheet would take for a formula is quoted as text.
/// </summary>
public static class TableCsv
{
    /// <summary>The file name of a table: "01-收入支出决算总表.csv".</summary>
    public static string FileName(DisclosureTable table) => $"{table.Code[2..4]}-{table.Title.Replace("“", "").Replace("”", "")}.csv";

    public static byte[] Write(DisclosureTable table)
    {
        var sb = new StringBuilder();
        CsvText.Line(sb, table.Columns.Select(c => IsTextColumn(c) ? c : $"{c}（元）"));
        foreach (var row in table.Rows)
            CsvText.Line(sb, row.Cells.Select(Value));
        return CsvText.Bytes(sb, byteOrderMark: true);
    }

    /// <summary>The columns that name, code or number a row; every other column of the nine tables holds amounts.</summary>
    private static bool IsTextColumn(string column) =>
        column.EndsWith("项目", StringComparison.Ordinal) || column.EndsWith("行次", StringComparison.Ordinal)
        || column.EndsWith("科目编码", StringComparison.Ordinal) || column.EndsWith("科目名称", StringComparison.Ordinal);

    private static string Value(TableCell cell) => cell.Kind switch
    {
        CellKind.Amount => cell.Yuan is { } yuan ? CsvText.Yuan(yuan) : "",
        CellKind.Blank => "",
        _ => cell.Text,
    };
}
