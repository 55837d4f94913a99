using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Xlsx;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

public class PublishedTablesTests
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly RuleCatalogue Rules = RuleCatalogue.Load(null, null).Catalogue!;
    private static readonly DateOnly AsOf = new(2022, 8, 1);

    private static PublishedTablesResult Import(byte[] workbook) => PublishedTablesReader.Read(WorkbookCells.Read(workbook, "公开表.xlsx"));

    private static byte[] Published(UnitAccounts accounts, AmountUnit unit) =>
        XlsxRenderer.Render(DisclosureBuilder.Build(accounts, new DisclosureOptions(unit)));

    /// <summary>Every amount of a table with where it stands: row key, column, cell key.</summary>
    private static IEnumerable<(string? Row, int Column, string? Key, decimal? Yuan)> Figures(DisclosureTable table) =>
        table.Rows.SelectMany(r => r.Cells.Select((c, i) => (r, c, i)))
            .Where(x => x.c.Kind == CellKind.Amount)
            .Select(x => (x.r.Key, x.i, x.c.Key, x.c.Yuan));

    [Fact]
    public void Tables_published_in_yuan_read_back_figure_by_figure_as_the_document_model_has_them()
    {
        var document = DisclosureBuilder.Build(Sample);
        var result = Import(Published(Sample, AmountUnit.Yuan));
        Assert.Empty(result.Errors);
        var published = result.Tables!;
        Assert.Equal(Sample.Unit.Name, published.UnitName);
        Assert.Equal(2021, published.FiscalYear);
        Assert.Empty(published.Missing);
        foreach (var (model, read) in document.Tables.Zip(published.Tables))
        {
            Assert.Equal(model.Code, read.Code);
            Assert.Equal(model.IsEmpty, read.IsEmpty);
            Assert.Equal(Figures(model), Figures(read));
            Assert.All(read.Rows.SelectMany(r => r.Cells), c => Assert.Null(c.HalfWidth));
        }
    }

    [Fact]
    public void Published_tables_of_the_sample_pass_every_table_rule()
    {
        var published = Import(Published(Sample, AmountUnit.Yuan)).Tables!;
        var report = CheckRunner.RunTables(new FactSet(published.Tables), published.UnitName, published.FiscalYear, AsOf, Rules);
        Assert.Empty(report.Findings);
        var formulaRules = Rules.Rules.Count(r => r.Formula is not null);
        Assert.Equal(formulaRules, report.Coverage.Count(c => c.Status is CoverageStatus.Passed or CoverageStatus.NotApplicable));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(11)]
    public void Figures_published_in_wan_yuan_are_checked_as_the_intervals_they_stand_for(int seed)
    {
        var accounts = seed == 0 ? Sample : SyntheticUnits.Create(seed);
        var published = Import(Published(accounts, AmountUnit.TenThousandYuan)).Tables!;
        var amounts = published.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Yuan is not null).ToArray();
        Assert.All(amounts, c => Assert.Equal(50m, c.HalfWidth));
        var report = CheckRunner.RunTables(new FactSet(published.Tables), published.UnitName, published.FiscalYear, AsOf, Rules);
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Blocking);
    }

    [Fact]
    public void Rounded_figures_compared_as_exact_would_draw_false_findings()
    {
        // Without the stated precision the rounding of 万元 figures alone breaks sums: the intervals are what make the check fair.
        var falseFindings = new[] { 7, 11, 13, 17 }.Sum(seed =>
        {
            var published = Import(Published(SyntheticUnits.Create(seed), AmountUnit.TenThousandYuan)).Tables!;
            var exact = published.Tables.Select(t => t with
            {
                Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { HalfWidth = null }).ToArray() }).ToArray(),
            });
            return CheckRunner.RunTables(new FactSet(exact), published.UnitName, published.FiscalYear, AsOf, Rules).Count(Severity.Blocking);
        });
        Assert.True(falseFindings > 0);
    }

    [Fact]
    public void A_figure_changed_after_rounding_is_found_and_named()
    {
        // 公开05表 row 8 is 2012901 行政运行; column C its 合计. One 万元 more than the rounding allows.
        var workbook = Published(Sample, AmountUnit.TenThousandYuan);
        var shown = WorkbookCells.Read(workbook, "x").Sheet("公开05表")!;
        Assert.Equal("2012901", shown[8, 1].Text);
        var edited = WorkbookEdits.Edit(workbook, "公开05表", "C8", decimal.Parse(shown[8, 3].Text, System.Globalization.CultureInfo.InvariantCulture) + 1m);
        var published = Import(edited).Tables!;
        var report = CheckRunner.RunTables(new FactSet(published.Tables), published.UnitName, published.FiscalYear, AsOf, Rules);
        Assert.Contains(report.Findings, f => f.Severity == Severity.Blocking && f.Location.Table == "T5" && f.Location.Row == "2012901");
    }

    [Fact]
    public void A_cell_that_is_not_an_amount_is_named_by_sheet_and_cell()
    {
        var edited = WorkbookEdits.Edit(Published(Sample, AmountUnit.TenThousandYuan), "公开05表", "D12", "约三万");
        var result = Import(edited);
        Assert.Null(result.Tables);
        Assert.Contains("公开表.xlsx 公开05表 D12：应为金额，实际为文本“约三万”", result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_published_workbook_is_audited_whole_and_one_figure_changed_is_caught()
    {
        var workbook = Published(Sample, AmountUnit.TenThousandYuan);
        var clean = Juesuan.Documents.Audit.DocumentAuditor.Audit(Juesuan.Documents.Audit.AuditSource.Read(workbook, "公开表.xlsx"), "公开表.xlsx", AsOf);
        Assert.Equal(9, clean.Tables!.Found.Count(f => f.Read));
        Assert.Equal("工作表“公开05表”", clean.Tables.Found.Single(f => f.Code == "公开05表").Where);
        Assert.False(clean.HasContradictions);
        var shown = WorkbookCells.Read(workbook, "公开表.xlsx").Sheet("公开05表")!;
        var edited = WorkbookEdits.Edit(workbook, "公开05表", "C8", decimal.Parse(shown[8, 3].Text, System.Globalization.CultureInfo.InvariantCulture) + 1m);
        var changed = Juesuan.Documents.Audit.DocumentAuditor.Audit(Juesuan.Documents.Audit.AuditSource.Read(edited, "公开表.xlsx"), "公开表.xlsx", AsOf);
        Assert.True(changed.HasContradictions);
        Assert.Contains(changed.TableChecks!.Findings, f => f.Location.Table == "T5");
    }

    [Fact]
    public void A_line_the_table_does_not_have_is_named()
    {
        var edited = WorkbookEdits.Edit(Published(Sample, AmountUnit.Yuan), "公开01表", "A5", "九、某某收入");
        var result = Import(edited);
        Assert.Contains(result.Errors, e => e.Where == "公开01表 A5" && e.Message.StartsWith("不认识的项目“九、某某收入”", StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_missing_from_the_workbook_are_listed_and_their_rules_lack_data()
    {
        var published = Import(WithoutSheets(Published(Sample, AmountUnit.Yuan), "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表")).Tables!;
        Assert.Equal(["公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"], published.Missing);
        var report = CheckRunner.RunTables(new FactSet(published.Tables), published.UnitName, published.FiscalYear, AsOf, Rules);
        Assert.Contains(report.Coverage, c => c.RuleId == "T5-1" && c.Status == CoverageStatus.NotEnoughData);
    }

    private static byte[] WithoutSheets(byte[] workbook, params string[] names)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var part = xlsx.WorkbookPart!;
            foreach (var sheet in part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Where(s => names.Contains(s.Name!.Value)).ToArray())
            {
                part.DeletePart(sheet.Id!.Value!);
                sheet.Remove();
            }
            part.Workbook.DefinedNames?.Remove();
        }
        return stream.ToArray();
    }
}
