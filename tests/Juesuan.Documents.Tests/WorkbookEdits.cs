using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Documents.Xlsx;

namespace Juesuan.Documents.Tests;

/// <summary>Changes to a workbook as a person makes them in Excel, for tests that read workbooks back.</summary>
internal static class WorkbookEdits
{
    /// <summary>The workbook with one cell changed as a person would change it in Excel: a number, a text, or cleared.</summary>
    public static byte[] Edit(byte[] workbook, string sheetName, string reference, object value, bool raw = false)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var xlsx = SpreadsheetDocument.Open(stream, true))
        {
            var part = xlsx.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet;
            var (column, row) = WorkbookCells.Parse(reference)!.Value;
            var data = worksheet.GetFirstChild<SheetData>()!;
            var rowElement = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == (uint)row);
            if (rowElement is null)
            {
                rowElement = new Row { RowIndex = (uint)row };
                data.InsertAt(rowElement, data.Elements<Row>().Count(r => r.RowIndex! < (uint)row));
            }
            var cell = rowElement.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
            if (cell is null)
            {
                cell = new Cell { CellReference = reference };
                rowElement.InsertAt(cell, rowElement.Elements<Cell>().Count(c => WorkbookCells.Parse(c.CellReference!)!.Value.Column < column));
            }
            cell.RemoveAllChildren();
            switch (value)
            {
                case decimal number:
                    (cell.DataType, cell.CellValue) = (CellValues.Number, new CellValue(number.ToString(CultureInfo.InvariantCulture)));
                    break;
                case string text when raw:
                    (cell.DataType, cell.CellValue) = (CellValues.Number, new CellValue(text));
                    break;
                case "":
                    (cell.DataType, cell.CellValue) = (null, null);
                    break;
                case string text:
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text));
                    break;
                default:
                    throw new ArgumentException(value.ToString());
            }
        }
        return stream.ToArray();
    }

    /// <summary>The workbook with a sheet renamed, as a person renames a tab.</summary>
    public static byte[] RenameSheet(byte[] workbook, string from, string to) => Change(workbook, part =>
        part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == from).Name = to);

    /// <summary>The workbook with a range merged, the hidden cells keeping whatever values they hold.</summary>
    public static byte[] Merge(byte[] workbook, string sheetName, string range) => Change(workbook, part =>
    {
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet;
        var merges = worksheet.GetFirstChild<MergeCells>() ?? worksheet.InsertAfter(new MergeCells(), worksheet.GetFirstChild<SheetData>()!);
        merges.Append(new MergeCell { Reference = range });
    });

    private static byte[] Change(byte[] workbook, Action<WorkbookPart> change)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var xlsx = SpreadsheetDocument.Open(stream, true)) change(xlsx.WorkbookPart!);
        return stream.ToArray();
    }
}
