using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Documents.Xlsx;

/// <summary>
/// 公开表 Excel 工作簿 — the nine tables as the official 公开表 look, one sheet each named by its code
/// (公开01表 …): the title, 编制单位 / 年度 / 金额单位, the header with its merged cells, the rows with
/// amounts as numbers in the document's unit formatted #,##0.00, the header frozen and printed on every
/// page, A4 fitted to the page width. The header layout comes from the document model, so the workbook
/// and every other format show the same table.
/// </summary>
public static class XlsxRenderer
{
    // Cell formats, in the order Styles() writes them.
    private const uint Title = 1, Meta = 2, HeaderCell = 3, Text = 4, Amount = 5, AmountBold = 6, TextBold = 7, Centered = 8, Note = 9;

    public static byte[] Render(DisclosureDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Creator = "Juesuan";
            var workbookPart = package.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = new Sheets();
            var printTitles = new DefinedNames();
            uint sheetId = 1;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in document.Tables)
            {
                var name = SheetName(table, names);
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var (worksheet, headerEnd) = Sheet(table, document.AmountUnit == Amounts.AmountUnit.TenThousandYuan);
                worksheetPart.Worksheet = worksheet;
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId, Name = name });
                printTitles.Append(new DefinedName($"'{name}'!$1:${headerEnd}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetId - 1 });
                sheetId++;
            }
            workbookPart.Workbook = new Workbook(sheets, printTitles);
        }
        return stream.ToArray();
    }

    private static (Worksheet Sheet, int HeaderEnd) Sheet(DisclosureTable table, bool tenThousand)
    {
        var columns = table.Columns.Count;
        var data = new SheetData();
        var merges = new List<string>();
        var rowIndex = 0;

        Row NewRow(double? height = null)
        {
            var row = new Row { RowIndex = (uint)++rowIndex };
            if (height is { } h) (row.Height, row.CustomHeight) = (h, true);
            data.Append(row);
            return row;
        }

        NewRow(28).Append(TextCell(1, rowIndex, table.Code.Length > 0 ? $"{table.Code}　{table.Title}" : table.Title, Title));
        merges.Add(Range(1, rowIndex, columns, rowIndex));
        var meta = NewRow();
        meta.Append(TextCell(1, rowIndex, $"编制单位：{table.UnitName}", Meta));
        var middle = Math.Max(2, columns / 2 + 1);
        if (columns >= 3)
        {
            meta.Append(TextCell(middle, rowIndex, $"{table.FiscalYear}年度", Meta));
            meta.Append(TextCell(columns, rowIndex, table.AmountUnitCaption, Meta));
        }

        // Header: each cell where the layout places it, merged across and down.
        var headerStart = rowIndex + 1;
        var placed = HeaderLayout.Place(table.Header);
        for (var r = 0; r < table.Header.Count; r++)
        {
            var row = NewRow();
            var cells = new SortedDictionary<int, Cell>();
            foreach (var (_, column, cell) in placed.Where(p => p.Row == r))
            {
                var (left, top) = (column + 1, headerStart + r);
                if (cell.ColSpan > 1 || cell.RowSpan > 1) merges.Add(Range(left, top, left + cell.ColSpan - 1, top + cell.RowSpan - 1));
                cells[left] = TextCell(left, top, cell.Text, HeaderCell);
            }
            // Merged-away positions still carry the header's border.
            for (var c = 1; c <= columns; c++)
                if (!cells.ContainsKey(c)) cells[c] = new Cell { CellReference = Reference(c, rowIndex), StyleIndex = HeaderCell };
            row.Append(cells.Values);
        }
        var headerEnd = rowIndex;

        if (table.IsEmpty)
        {
            var row = NewRow(24);
            row.Append(TextCell(1, rowIndex, table.EmptyNote!, Note));
            for (var c = 2; c <= columns; c++) row.Append(new Cell { CellReference = Reference(c, rowIndex), StyleIndex = Note });
            merges.Add(Range(1, rowIndex, columns, rowIndex));
        }
        foreach (var source in table.Rows)
        {
            var row = NewRow();
            var bold = source.Role == RowRole.Total;
            for (var c = 0; c < source.Cells.Count; c++)
            {
                var cell = source.Cells[c];
                row.Append(cell.Kind switch
                {
                    CellKind.Amount or CellKind.Number when Number(cell.Text) is { } value => new Cell
                    {
                        CellReference = Reference(c + 1, rowIndex),
                        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
                        DataType = CellValues.Number,
                        StyleIndex = bold || cell.Subtotal ? AmountBold : Amount,
                    },
                    CellKind.Code or CellKind.LineNumber => TextCell(c + 1, rowIndex, cell.Text, Centered),
                    _ => TextCell(c + 1, rowIndex, cell.Text, bold || cell.Subtotal ? TextBold : Text),
                });
            }
        }

        var widths = new Columns();
        for (var c = 1; c <= columns; c++)
        {
            var width = TableColumns.Kind(table.Columns[c - 1]) switch { ColumnKind.Code => 10, ColumnKind.Label => 34, _ => 16 };
            widths.Append(new Column { Min = (uint)c, Max = (uint)c, Width = width, CustomWidth = true });
        }
        var mergeCells = new MergeCells(merges.Select(m => new MergeCell { Reference = m }));
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = headerEnd,
                TopLeftCell = Reference(1, headerEnd + 1),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0U }),
            widths,
            data,
            mergeCells,
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9U, Orientation = columns > 6 ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1U, FitToHeight = 0U },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        return (worksheet, headerEnd);
    }

    /// <summary>
    /// A sheet's name: the table's code (公开01表 …), or for the tables of a self-evaluation its title, cut to
    /// the 31 characters a sheet name may have, without the characters it may not, and unique in the workbook.
    /// </summary>
    private static string SheetName(DisclosureTable table, HashSet<string> taken)
    {
        var name = table.Code.Length > 0 ? table.Code : string.Concat(table.Title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\' or '\'')));
        if (name.Length == 0) name = table.Id;
        name = name.Length > 28 ? name[..28] : name;
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++) unique = $"{name}({n})";
        return unique;
    }

    /// <summary>The number a table shows ("3,915,995.04", "391.63"), as the cell's value: the workbook states what the table states.</summary>
    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    internal static Cell TextCell(int column, int row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    internal static string Range(int fromColumn, int fromRow, int toColumn, int toRow) => $"{Reference(fromColumn, fromRow)}:{Reference(toColumn, toRow)}";

    /// <summary>"A1", "L12": a column number (from 1) and a row number as a cell reference.</summary>
    public static string Reference(int column, int row)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles()
    {
        static Font Font(double size, bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 })
            : new Font(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
        static Border Thin() => new(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, uint numberFormat = 0, bool wrap = false) => new(
            new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        {
            FontId = font, BorderId = border, FillId = 0, NumberFormatId = numberFormat,
            ApplyFont = true, ApplyBorder = border > 0, ApplyAlignment = true, ApplyNumberFormat = numberFormat > 0,
        };

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "#,##0.00" }) { Count = 1U },
            new Fonts(Font(11, false), Font(16, true), Font(10, false), Font(10, true)) { Count = 4U },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()) { Count = 2U },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                Format(1, 0, HorizontalAlignmentValues.Center),                 // Title
                Format(2, 0, HorizontalAlignmentValues.Left),                   // Meta
                Format(3, 1, HorizontalAlignmentValues.Center, wrap: true),     // HeaderCell
                Format(2, 1, HorizontalAlignmentValues.Left),                   // Text
                Format(2, 1, HorizontalAlignmentValues.Right, 164U),            // Amount
                Format(3, 1, HorizontalAlignmentValues.Right, 164U),            // AmountBold
                Format(3, 1, HorizontalAlignmentValues.Left),                   // TextBold
                Format(2, 1, HorizontalAlignmentValues.Center),                 // Centered
                Format(2, 1, HorizontalAlignmentValues.Center, wrap: true))     // Note
            { Count = 10U });
    }
}
