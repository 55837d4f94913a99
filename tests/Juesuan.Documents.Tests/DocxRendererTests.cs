using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Docx;
using Juesuan.Testing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Juesuan.Documents.Tests;

public sealed class DocxRendererTests : IDisposable
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly DisclosureDocument Model = DisclosureBuilder.Build(Sample);
    private readonly WordprocessingDocument _docx = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(Model)), false);

    public void Dispose() => _docx.Dispose();

    private Body Body => _docx.MainDocumentPart!.Document.Body!;

    private IEnumerable<string> ParagraphsStyled(string style) =>
        Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText);

    [Fact]
    public void The_package_is_valid_office_open_xml()
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_docx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public void Parts_and_sections_are_real_headings()
    {
        Assert.Equal(Model.Title, Assert.Single(ParagraphsStyled("Title")));
        Assert.Equal(Model.Parts.Select(p => p.Title), ParagraphsStyled("Heading1"));
        Assert.Equal(Model.Parts.SelectMany(p => p.Blocks).OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text), ParagraphsStyled("Heading2"));
        var styles = _docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal("黑体", styles.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("宋体", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
    }

    [Fact]
    public void Every_table_cell_reads_as_the_document_model_has_it()
    {
        var tables = Body.Elements<Table>().ToArray();
        var modelTables = Model.Tables.ToArray();
        Assert.Equal(9, tables.Length);
        Assert.Equal(modelTables.Select(t => $"{t.Code}　{t.Title}"), ParagraphsStyled("Caption"));
        for (var i = 0; i < tables.Length; i++)
        {
            var model = modelTables[i];
            var rows = tables[i].Elements<TableRow>().ToArray();
            var header = rows.Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToArray();
            Assert.Equal(model.Header.Count, header.Length);
            // Each row spans the whole grid, so Word and WPS lay the table out as designed.
            Assert.All(rows, r => Assert.Equal(model.Columns.Count, r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
            var body = rows.Skip(header.Length).ToArray();
            if (model.IsEmpty)
            {
                Assert.Equal(model.EmptyNote, Assert.Single(body).InnerText);
                continue;
            }
            Assert.Equal(model.Rows.Select(r => r.Cells.Select(c => c.Text)), body.Select(r => r.Elements<TableCell>().Select(c => c.InnerText)));
        }
    }

    [Fact]
    public void Merged_header_cells_span_across_and_down()
    {
        // 公开07表: 预算数 spans six columns; 合计 spans two header rows down.
        var t7 = Body.Elements<Table>().ElementAt(6).Elements<TableRow>().ToArray();
        var first = t7[0].Elements<TableCell>().First();
        Assert.Equal(("预算数", 6), (first.InnerText, first.TableCellProperties!.GridSpan!.Val!.Value));
        var total = t7[1].Elements<TableCell>().First();
        Assert.Equal(("合计", MergedCellValues.Restart), (total.InnerText, total.TableCellProperties!.VerticalMerge!.Val!.Value));
        Assert.Equal(MergedCellValues.Continue, t7[2].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
    }

    [Fact]
    public void Placeholders_are_highlighted_and_amounts_follow_the_unit()
    {
        var highlighted = Body.Descendants<Run>().Count(r => r.RunProperties?.Highlight is not null);
        Assert.Equal(Model.Pending.Count + 1, highlighted);   // each placeholder, and the notice at the top
        using var wan = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(DisclosureBuilder.Build(Sample, new DisclosureOptions(AmountUnit.TenThousandYuan)))), false);
        Assert.Contains("金额单位：万元", wan.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Contains("391.63", wan.MainDocumentPart.Document.Body.InnerText);
    }

    [Fact]
    public void Pages_are_a4_with_page_numbers()
    {
        var section = Body.Elements<SectionProperties>().Single();
        Assert.Equal((11906U, 16838U), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        var footer = _docx.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
    }
}

public sealed class DocxConversionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-docx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [RequiresLibreOfficeFact]
    public void LibreOffice_converts_the_document_without_errors()
    {
        var model = DisclosureBuilder.Build(AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!);
        var docx = Path.Combine(_dir, "disclosure.docx");
        File.WriteAllBytes(docx, DocxRenderer.Render(model));
        var (exitCode, output, errors) = LibreOffice.Convert(docx, "pdf");
        Assert.True(exitCode == 0, errors);
        Assert.Contains("writer_pdf_Export", output);
        var pdf = File.ReadAllBytes(Path.Combine(_dir, "disclosure.pdf"));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(pdf.Length > 50_000, $"{pdf.Length} bytes");
    }
}
