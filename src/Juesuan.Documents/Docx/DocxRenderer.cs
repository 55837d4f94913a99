using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using DocParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DocTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using DocTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using DocTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using DocText = DocumentFormat.OpenXml.Wordprocessing.Text;
using ModelParagraph = Juesuan.DocumentModel.Paragraph;

namespace Juesuan.Documents.Docx;

/// <summary>
/// 决算公开 Word 文档 — the disclosure as an editable .docx rendered from the document model: A4, the
/// title, the four parts and their sections as real heading styles (so Word's navigation pane and
/// table of contents see them), the nine tables as real tables whose header rows repeat on every page,
/// placeholders highlighted, page numbers in the footer, and Chinese set in 宋体 (headings 黑体) with
/// the East Asian font declared on every style.
/// </summary>
public static class DocxRenderer
{
    private const string BodyFont = "宋体";
    private const string HeadingFont = "黑体";
    private const string LatinFont = "Times New Roman";

    /// <summary>A4's width less the left and right margins, in twips.</summary>
    private const int TextWidth = 11906 - 2 * 1247;

    public static byte[] Render(DisclosureDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Creator = "Juesuan";
            package.PackageProperties.Language = "zh-CN";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new DocParagraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new DocText("1"))) { Instruction = " PAGE " }));
            var body = new Body();
            body.Append(Styled("Title", document.Title));
            body.Append(Styled("Subtitle", $"{document.UnitName}　{document.AmountUnitCaption}"));
            if (document.Pending.Count > 0)
                body.Append(new DocParagraph(new Run(new RunProperties(new Highlight { Val = HighlightColorValues.Yellow }),
                    new DocText($"本文档尚有 {document.Pending.Count} 处待补充内容（以黄色标出），请在决算数据中填写后重新生成。"))));
            foreach (var part in document.Parts)
            {
                body.Append(Styled("Heading1", part.Title));
                foreach (var block in part.Blocks) Block(body, block);
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Right = 1247U, Bottom = 1440, Left = 1247U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void Block(Body body, Block block)
    {
        switch (block)
        {
            case Heading h:
                body.Append(Styled(h.Level == 1 ? "Heading2" : "Heading3", h.Text));
                break;
            case ModelParagraph p:
                var paragraph = new DocParagraph();
                foreach (var span in p.Spans)
                    paragraph.Append(span.Placeholder
                        ? new Run(new RunProperties(new Highlight { Val = HighlightColorValues.Yellow }), Text(span.Text))
                        : new Run(Text(span.Text)));
                body.Append(paragraph);
                break;
            case TableBlock t:
                Table(body, t.Table);
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    private static void Table(Body body, DisclosureTable table)
    {
        body.Append(Styled("Caption", table.Code.Length > 0 ? $"{table.Code}　{table.Title}" : table.Title));
        if (table.UnitName.Length > 0)
            body.Append(Styled("TableMeta", $"编制单位：{table.UnitName}　　{table.FiscalYear}年度　　{table.AmountUnitCaption}"));
        var columns = table.Columns.Count;
        // The text width of the page (A4 less the margins, in twips), shared by the columns by what they hold; a wide table sets its text smaller.
        var weights = table.Columns.Select(c => TableColumns.Kind(c) switch { ColumnKind.Code => 1.2, ColumnKind.Label => 1.8, _ => 1.8 }).ToArray();
        var grid = new TableGrid(weights.Select(w => new GridColumn
        {
            Width = ((int)(TextWidth * w / weights.Sum())).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var textStyle = columns > 8 ? "TableTextSmall" : "TableText";
        var docTable = new DocTable(
            new TableProperties(
                new TableStyle { Val = "DisclosureTable" },
                new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            grid);
        foreach (var row in HeaderRows(table.Header, columns, textStyle)) docTable.Append(row);
        if (table.IsEmpty)
            docTable.Append(new DocTableRow(Cell(table.EmptyNote!, textStyle, JustificationValues.Center, bold: false, gridSpan: columns)));
        foreach (var row in table.Rows)
        {
            var tr = new DocTableRow(new TableRowProperties(new CantSplit()));
            foreach (var cell in row.Cells)
            {
                var amount = cell.Kind is CellKind.Amount or CellKind.Number;
                tr.Append(Cell(cell.Text, textStyle, amount ? JustificationValues.Right
                    : cell.Kind is CellKind.Code or CellKind.LineNumber ? JustificationValues.Center : JustificationValues.Left,
                    bold: row.Role is RowRole.Total || cell.Subtotal, noWrap: amount));
            }
            docTable.Append(tr);
        }
        body.Append(docTable);
        if (table.IsEmpty) body.Append(new DocParagraph(new Run(Text($"注：{table.EmptyNote}"))));
    }

    /// <summary>The header rows, merged across (gridSpan) and down (vMerge), marked to repeat on every page.</summary>
    private static IEnumerable<DocTableRow> HeaderRows(IReadOnlyList<IReadOnlyList<HeaderCell>> header, int columns, string textStyle)
    {
        // What stands at each grid position: a cell that starts there, or the continuation of one from above.
        var starts = new Dictionary<(int Row, int Column), (HeaderCell Cell, bool Continues)>();
        foreach (var (row, column, cell) in HeaderLayout.Place(header))
            for (var down = 0; down < cell.RowSpan; down++)
                starts[(row + down, column)] = (cell, down > 0);
        for (var r = 0; r < header.Count; r++)
        {
            var tr = new DocTableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            for (var column = 0; column < columns;)
            {
                if (!starts.TryGetValue((r, column), out var at)) { column++; continue; }
                var merge = at.Cell.RowSpan > 1 ? new VerticalMerge { Val = at.Continues ? MergedCellValues.Continue : MergedCellValues.Restart } : null;
                tr.Append(Cell(at.Continues ? "" : at.Cell.Text, textStyle, JustificationValues.Center, bold: true, gridSpan: at.Cell.ColSpan, merge: merge));
                column += at.Cell.ColSpan;
            }
            yield return tr;
        }
    }

    private static DocTableCell Cell(string text, string style, JustificationValues justification, bool bold, int gridSpan = 1, VerticalMerge? merge = null, bool noWrap = false)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1) properties.Append(new GridSpan { Val = gridSpan });
        if (merge is not null) properties.Append(merge);
        if (noWrap) properties.Append(new NoWrap());
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var run = bold ? new Run(new RunProperties(new Bold()), Text(text)) : new Run(Text(text));
        return new DocTableCell(properties, new DocParagraph(
            new ParagraphProperties(new ParagraphStyleId { Val = style }, new Justification { Val = justification }), run));
    }

    private static DocParagraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(Text(text)));

    private static DocText Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static Styles Styles()
    {
        static RunFonts Fonts(string eastAsia) => new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = eastAsia, ComplexScript = LatinFont };
        static Style Paragraph(string id, string name, string font, int halfPoints, bool bold, JustificationValues? justification = null, int? outline = null,
            int before = 0, int after = 0, bool keepNext = false)
        {
            var paragraph = new StyleParagraphProperties();
            if (keepNext) paragraph.Append(new KeepNext());
            paragraph.Append(new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (justification is { } j) paragraph.Append(new Justification { Val = j });
            if (outline is { } o) paragraph.Append(new OutlineLevel { Val = o });
            var run = new StyleRunProperties(Fonts(font));
            if (bold) run.Append(new Bold());
            run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(), paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };
        }

        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "360", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var tableText = new Style(new StyleName { Val = "Table Text" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 0, FirstLine = "0" }),
            new StyleRunProperties(new FontSize { Val = "15" }))
        { Type = StyleValues.Paragraph, StyleId = "TableText" };
        var tableTextSmall = new Style(new StyleName { Val = "Table Text Small" }, new BasedOn { Val = "TableText" },
            new StyleRunProperties(new FontSize { Val = "14" }))
        { Type = StyleValues.Paragraph, StyleId = "TableTextSmall" };
        var table = new Style(new StyleName { Val = "Disclosure Table" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U }, new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U }, new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                new TableCellMarginDefault(new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "DisclosureTable" };
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault()),
            normal,
            Paragraph("Title", "Title", HeadingFont, 36, false, JustificationValues.Center, before: 240, after: 240),
            Paragraph("Subtitle", "Subtitle", BodyFont, 24, false, JustificationValues.Center, after: 240),
            Paragraph("Heading1", "heading 1", HeadingFont, 32, false, JustificationValues.Center, 0, 360, 240, keepNext: true),
            Paragraph("Heading2", "heading 2", HeadingFont, 28, false, null, 1, 240, 120, keepNext: true),
            Paragraph("Heading3", "heading 3", BodyFont, 24, true, null, 2, 120, 60, keepNext: true),
            Paragraph("Caption", "caption", HeadingFont, 24, false, JustificationValues.Center, before: 240, after: 60, keepNext: true),
            Paragraph("TableMeta", "Table Meta", BodyFont, 18, false, JustificationValues.Right, after: 60, keepNext: true),
            Paragraph("Footer", "footer", BodyFont, 18, false, JustificationValues.Center),
            tableText,
            tableTextSmall,
            table);
    }
}
