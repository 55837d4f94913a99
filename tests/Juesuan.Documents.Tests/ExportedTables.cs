using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.DocumentModel;
using Juesuan.Documents.Xlsx;

namespace Juesuan.Documents.Tests;

/// <summary>
/// The nine 公开表 as budget and final-accounts software exports them to Excel, unlike Juesuan's own workbook: each
/// sheet named by the table's title (or one file per table, its sheet “Sheet1”), the code 公开0N表 in the title row's
/// last cell, 编制单位 · 年度 · 金额单位 on the next, a flat header, the 科目编码 split into 类, 款 and 项 columns with each
/// row printing only its own part, and figures in the document's unit formatted #,##0.00.
/// </summary>
internal static class ExportedTables
{
    /// <summary>One workbook, one sheet per table.</summary>
    public static byte[] Workbook(DisclosureDocument document) => Write(document.Tables.ToArray(), document.AmountUnitCaption, t => t.Title);

    /// <summary>One workbook per table, each named by the table's title.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Files(DisclosureDocument document) =>
        document.Tables.Select(t => (t.Title + ".xlsx", Write([t], document.AmountUnitCaption, _ => "Sheet1"))).ToArray();

    private static byte[] Write(IReadOnlyList<DisclosureTable> tables, string unitCaption, Func<DisclosureTable, string> sheetName)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = package.AddWorkbookPart();
            // Style 1 shows a number with two decimals (built-in format 4, #,##0.00), as exports format their figures.
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()), new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));
            var sheets = new Sheets();
            uint id = 1;
            foreach (var table in tables)
            {
                var part = book.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(Sheet(table, unitCaption));
                sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = sheetName(table) });
            }
            book.Workbook = new Workbook(sheets);
        }
        return stream.ToArray();
    }

    private static SheetData Sheet(DisclosureTable table, string unitCaption)
    {
        var coded = table.Columns[0] == "科目编码";
        var shift = coded ? 2 : 0;
        var width = table.Columns.Count + shift;
        var data = new SheetData();
        var r = 0;
        Row Next() { var row = new Row { RowIndex = (uint)++r }; data.Append(row); return row; }

        var title = Next();
        title.Append(Text(1, r, table.Title), Text(width, r, table.Code));
        var meta = Next();
        meta.Append(Text(1, r, "编制单位：" + table.UnitName), Text(3, r, table.FiscalYear.ToString(CultureInfo.InvariantCulture) + "年度"), Text(width, r, unitCaption));
        var header = Next();
        var headings = coded ? ["类", "款", "项", "科目名称", .. table.Columns.Skip(2)] : table.Columns.Select(c => c.Replace('.', ' ')).ToArray();
        header.Append(headings.Select((h, c) => Text(c + 1, r, h)).ToArray<OpenXmlElement>());
        if (table.IsEmpty)
        {
            Next().Append(Text(1, r, table.EmptyNote!));
            return data;
        }
        foreach (var source in table.Rows)
        {
            var row = Next();
            for (var c = 0; c < source.Cells.Count; c++)
            {
                var cell = source.Cells[c];
                if (coded && c == 0)
                {
                    // 201 on the class's row, 06 under 款 on the section's, 01 under 项 on the item's.
                    var code = cell.Text;
                    if (code == "合计") row.Append(Text(1, r, "合计"));
                    else row.Append(Text(code.Length switch { 3 => 1, 5 => 2, _ => 3 }, r, code[^(code.Length == 3 ? 3 : 2)..]));
                    continue;
                }
                var column = c + 1 + (coded ? shift : 0);
                if (cell.Kind == CellKind.Amount && cell.Yuan is { } yuan)
                    row.Append(Number(column, r, decimal.Round(unitCaption.Contains("万元", StringComparison.Ordinal) ? yuan / 10_000m : yuan, 2, MidpointRounding.AwayFromZero)));
                else if (cell.Text.Length > 0 && cell.Kind != CellKind.Amount) row.Append(Text(column, r, cell.Text));
            }
        }
        return data;
    }

    private static Cell Text(int column, int row, string text) => new()
    {
        CellReference = XlsxRenderer.Reference(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)),
    };

    private static Cell Number(int column, int row, decimal value) => new()
    {
        CellReference = XlsxRenderer.Reference(column, row),
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        StyleIndex = 1,
    };
}
