using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Xlsx;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

public class XlsxRendererTests
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;

    private static SpreadsheetDocument Open(DisclosureDocument document) => SpreadsheetDocument.Open(new MemoryStream(XlsxRenderer.Render(document)), false);

    private static Dictionary<string, Cell> Cells(WorksheetPart part) =>
        part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    private static string Shown(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";

    [Fact]
    public void The_workbook_is_valid_office_open_xml()
    {
        using var xlsx = Open(DisclosureBuilder.Build(Sample));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(xlsx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_self_evaluation_tables_get_sheets_named_by_their_titles_and_the_disclosure_annexes_them()
    {
        var file = Juesuan.Performance.PerformanceReader.Read(File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")), "performance.json").File!;
        var scores = file.Evaluations.Select(e => Juesuan.Performance.Scorer.Score(e, Juesuan.Performance.ScoringMethod.Find("national-2020")!)).ToArray();
        var evaluation = Juesuan.Performance.EvaluationDocuments.Build(scores, "大同市科学技术协会", 2021);
        var withAnnex = DisclosureBuilder.Build(Sample, new DisclosureOptions(Evaluations: scores));
        foreach (var document in new[] { evaluation, withAnnex })
        {
            using var xlsx = Open(document);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(xlsx).Select(e => e.Description));
            var names = xlsx.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();
            Assert.Equal(document.Tables.Count(), names.Length);
            Assert.Equal(names.Length, names.Distinct().Count());
            Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        }
        var cells = WorkbookCells.Read(XlsxRenderer.Render(evaluation), "自评表.xlsx");
        var funds = cells.Sheet(cells.SheetNames[0])!;
        Assert.Equal(evaluation.Tables.First().Title, funds[1, 1].Text);
        Assert.Contains(Enumerable.Range(1, funds.LastRow), r => funds[r, 1].Text == "年度资金总额");
    }

    [Theory]
    [InlineData(AmountUnit.Yuan)]
    [InlineData(AmountUnit.TenThousandYuan)]
    public void Every_cell_reads_back_as_the_table_shows_it(AmountUnit unit)
    {
        var document = DisclosureBuilder.Build(Sample, new DisclosureOptions(unit));
        using var xlsx = Open(document);
        var workbook = xlsx.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToArray();
        var tables = document.Tables.ToArray();
        Assert.Equal(tables.Select(t => t.Code), sheets.Select(s => s.Name!.Value));
        for (var i = 0; i < tables.Length; i++)
        {
            var table = tables[i];
            var cells = Cells((WorksheetPart)workbook.GetPartById(sheets[i].Id!.Value!));
            Assert.Equal($"{table.Code}　{table.Title}", Shown(cells["A1"]));
            Assert.Equal(table.AmountUnitCaption, Shown(cells[XlsxRenderer.Reference(table.Columns.Count, 2)]));
            var first = 3 + table.Header.Count;
            if (table.IsEmpty) Assert.Equal(table.EmptyNote, Shown(cells[$"A{first}"]));
            for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var model = table.Rows[r].Cells[c];
                var cell = cells[XlsxRenderer.Reference(c + 1, first + r)];
                if (model.Kind == CellKind.Amount)
                {
                    Assert.Equal(CellValues.Number, cell.DataType!.Value);
                    Assert.Equal(decimal.Parse(model.Text.Replace(",", ""), CultureInfo.InvariantCulture), decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
                }
                else Assert.Equal(model.Text, Shown(cell));
            }
        }
    }

    [Fact]
    public void Headers_are_merged_frozen_and_printed_on_every_page()
    {
        using var xlsx = Open(DisclosureBuilder.Build(Sample));
        var workbook = xlsx.WorkbookPart!;
        var t7 = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(6).Id!.Value!);
        var merges = t7.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToArray();
        // 预算数 over six columns; 合计 down two header rows; the title across all twelve.
        Assert.Contains("A3:F3", merges);
        Assert.Contains("A4:A5", merges);
        Assert.Contains("A1:L1", merges);
        var pane = t7.Worksheet.Descendants<Pane>().Single();
        Assert.Equal((5.0, "A6", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        var setup = t7.Worksheet.Descendants<PageSetup>().Single();
        Assert.Equal((9U, OrientationValues.Landscape, 1U), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value));
        Assert.Contains(workbook.Workbook.DefinedNames!.Elements<DefinedName>(), d => d.Name == "_xlnm.Print_Titles" && d.Text == "'公开07表'!$1:$5");
        var amountFormat = workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single();
        Assert.Equal("#,##0.00", amountFormat.FormatCode!.Value);
    }

    [Theory]
    [InlineData(1, 1, "A1")]
    [InlineData(26, 7, "Z7")]
    [InlineData(27, 7, "AA7")]
    [InlineData(53, 12, "BA12")]
    public void Cell_references_count_columns_in_letters(int column, int row, string expected) =>
        Assert.Equal(expected, XlsxRenderer.Reference(column, row));
}
