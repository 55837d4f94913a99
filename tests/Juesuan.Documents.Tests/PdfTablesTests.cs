using System.Globalization;
using Juesuan.Audit;
using Juesuan.Checks;
using Juesuan.Checks.Formula;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Html;
using Juesuan.Documents.Pdf;
using Juesuan.Pipeline;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

/// <summary>
/// The nine tables read from published PDFs nobody on the team made (tests/real/, as published), and from the
/// PDFs Juesuan prints: each found by its title, each figure read at the precision printed, and the tables
/// checked within and across each other.
/// </summary>
public sealed class PdfTablesTests : IAsyncLifetime
{
    private PdfPrinter? _printer;

    public async Task InitializeAsync()
    {
        if (PdfPrinter.FindChromium() is not null) _printer = await PdfPrinter.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_printer is not null) await _printer.DisposeAsync();
    }

    private static DocumentTables Read(byte[] pdf, string name = "document.pdf")
    {
        var words = PdfWords.Read(pdf, name);
        Assert.True(words.Pages is not null, words.Error?.ToString());
        return PdfTableReader.Read(words.Pages!, name);
    }

    private static DocumentTables ReadReal(string file) => Read(File.ReadAllBytes(RepoPaths.File("tests", "real", file)), file);

    [Theory]
    [InlineData("putuo-finance-bureau-2024.pdf", "第6–7页:42 第8–9页:20 第10–11页:20 第12–13页:38 第15页:20 第16–17页:66 第18页:1 第19页:0 第20页:0")]
    [InlineData("putuo-planning-resources-2024.pdf", "第7页:40 第8–9页:25 第10–11页:25 第12–13页:36 第14–15页:25 第16页:67 第17页:1 第18页:0 第19页:0")]
    public void The_nine_tables_of_a_real_disclosure_are_found_on_their_pages_with_their_rows(string file, string expected)
    {
        var read = ReadReal(file);
        Assert.Empty(read.Problems);
        Assert.Equal(["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"], read.Found.Select(f => f.Code));
        Assert.All(read.Found, f => Assert.True(f.Read));
        var found = string.Join(" ", read.Found.Select(f => $"{f.Where}:{f.Rows}"));
        Assert.Equal(expected, found);
        Assert.Equal(2024, read.Tables!.FiscalYear);
        Assert.Empty(read.Tables.Missing);
    }

    /// <summary>
    /// Every table figure of samples/putuo-planning-2024/figures.tsv (transcribed by hand from the PDF, figure by
    /// figure) is the figure read from the PDF, as printed.
    /// </summary>
    [Fact]
    public void Every_transcribed_table_figure_of_the_planning_bureau_is_read_from_its_pdf() =>
        Assert.Empty(TranscribedFiguresReadOtherwise(new FactSet(ReadReal("putuo-planning-resources-2024.pdf").Tables!.Tables)));

    /// <summary>Each table figure of samples/putuo-planning-2024/figures.tsv that the tables read do not state as published.</summary>
    internal static List<string> TranscribedFiguresReadOtherwise(FactSet facts)
    {
        var lines = File.ReadAllLines(RepoPaths.File("samples", "putuo-planning-2024", "figures.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split('\t')).Where(f => !f[3].StartsWith("text:", StringComparison.Ordinal) && !f[3].Contains(" / ", StringComparison.Ordinal)).ToArray();
        Assert.True(lines.Length > 200, $"只有 {lines.Length} 个表中数字");
        var wrong = new List<string>();
        foreach (var f in lines)
        {
            var read = Value(f[3], facts) / (f[2] == "万元" ? 10_000m : 1m);
            if (read != decimal.Parse(f[1], CultureInfo.InvariantCulture)) wrong.Add($"{f[0]}：公开 {f[1]}，读出 {read}");
        }
        return wrong;
    }

    [Theory]
    [InlineData("T1", "收入总计", null, "2995.39")]
    [InlineData("T1", "本年收入合计", null, "2946.25")]
    [InlineData("T1", "其他收入", null, "6.20")]
    [InlineData("T1", "年初结转和结余", null, "49.14")]
    [InlineData("T1", "年末结转和结余", null, "55.34")]
    [InlineData("T1", "208", null, "326.71")]
    [InlineData("T2", "合计", "其他收入", "6.20")]
    [InlineData("T2", "2010602", "本年收入合计", "16.19")]
    [InlineData("T3", "合计", "基本支出", "2336.91")]
    [InlineData("T3", "2010601", "项目支出", "8.37")]
    [InlineData("T3", "2080505", "本年支出合计", "160.75")]
    [InlineData("T4", "收入总计", null, "2961.68")]
    [InlineData("T4", "年初结转和结余", null, "21.63")]
    [InlineData("T4", "年初结转和结余.一般公共预算", null, "21.63")]
    [InlineData("T4", "年末结转和结余.一般公共预算", null, "21.63")]
    [InlineData("T4", "208.一般公共预算", null, "326.71")]
    [InlineData("T5", "合计", "合计", "2940.05")]
    [InlineData("T5", "2210203", "基本支出", "258.50")]
    [InlineData("T6", "人员经费合计", null, "2152.26")]
    [InlineData("T6", "公用经费合计", null, "184.65")]
    [InlineData("T6", "30102", null, "1238.58")]
    [InlineData("T6", "30201", null, "21.21")]
    [InlineData("T6", "31002", null, "13.58")]
    [InlineData("T7", "预算数.合计", null, "0.95")]
    [InlineData("T7", "预算数.公务接待费", null, "0.95")]
    [InlineData("T7", "决算数.合计", null, "0")]
    public void The_finance_bureaus_figures_are_read_as_printed(string table, string row, string? column, string printed)
    {
        var facts = new FactSet(ReadReal("putuo-finance-bureau-2024.pdf").Tables!.Tables).Table(table)!;
        var cell = column is null ? facts.Cell(row) : facts.Cell(row, column);
        Assert.Equal(decimal.Parse(printed, CultureInfo.InvariantCulture) * 10_000m, cell.Value);
        // Printed to the cent of 万元: ±50 元, unless blank.
        Assert.Equal(printed == "0" ? 0m : 50m, cell.HalfWidth);
    }

    [Fact]
    public void The_finance_bureaus_empty_tables_keep_their_note()
    {
        var tables = ReadReal("putuo-finance-bureau-2024.pdf").Tables!.Tables;
        Assert.Equal("注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。", tables.Single(t => t.Id == "T8").EmptyNote);
        Assert.True(tables.Single(t => t.Id == "T9").IsEmpty);
    }

    [Fact]
    public void The_districts_blank_template_has_its_nine_tables_and_no_figure()
    {
        var read = ReadReal("shanghai-district-template-2024.pdf");
        Assert.Empty(read.Problems);
        Assert.Equal(9, read.Found.Count(f => f.Read));
        Assert.All(read.Tables!.Tables, t => Assert.DoesNotContain(t.Rows.SelectMany(r => r.Cells), c => c.Yuan is not 0m and not null));
    }

    [Fact]
    public void A_pdf_without_tables_finds_none_and_a_damaged_file_is_refused_in_chinese()
    {
        var passage = File.ReadAllBytes(RepoPaths.File("tests", "Juesuan.Documents.Tests", "Fixtures", "passage.pdf"));
        Assert.Empty(Read(passage).Found);
        var damaged = PdfWords.Read("%PDF-1.7\n这不是 PDF"u8.ToArray(), "damaged.pdf");
        Assert.Null(damaged.Pages);
        Assert.Contains("无法读取 PDF", damaged.Error!.Message);
    }

    /// <summary>Each sample's disclosure as Juesuan prints it.</summary>
    public static TheoryData<string> Samples => [.. Directory.GetDirectories(RepoPaths.File("samples")).Select(d => Path.GetFileName(d)).Order()];

    private static string SampleHtml(string sample)
    {
        var read = SampleFiles.Read(sample);
        var prepared = DisclosurePipeline.Prepare(read.Accounts!, read.Settings, PublishingSettings.Shipped, new DateOnly(read.Accounts!.FiscalYear + 1, 9, 30));
        return HtmlRenderer.Render(prepared.Document);
    }

    [RequiresChromiumTheory]
    [MemberData(nameof(Samples))]
    public async Task A_printed_disclosure_audits_clean_tables_and_text(string sample)
    {
        var pdf = await _printer!.PrintAsync(SampleHtml(sample));
        var source = AuditSource.Read(pdf, sample + ".pdf");
        var report = DocumentAuditor.Audit(source, sample + ".pdf", new DateOnly(2026, 12, 1));
        Assert.Empty(report.Tables!.Problems.Select(p => p.ToString()));
        Assert.Equal(9, report.Tables.Found.Count(f => f.Read));
        Assert.Empty(report.TableChecks!.Findings.Select(f => f.Message));
        GridTablesTests.OnlyItsPlaceholders(source.Text!, report);
    }

    [RequiresChromiumFact]
    public async Task A_printed_disclosure_with_one_table_figure_changed_is_caught()
    {
        var html = SampleHtml("putuo-planning-2024");
        // 支出决算表's 合计 of 基本支出, 5,377.64 (万元) everywhere it is printed in a table cell, made 5,377.46.
        const string printed = ">5,377.64<";
        Assert.Contains(printed, html);
        var at = html.IndexOf(printed, html.IndexOf("支出决算表", StringComparison.Ordinal), StringComparison.Ordinal);
        var changed = html[..at] + ">5,377.46<" + html[(at + printed.Length)..];
        var pdf = await _printer!.PrintAsync(changed);
        var report = DocumentAuditor.Audit(AuditSource.Read(pdf, "changed.pdf"), "changed.pdf", new DateOnly(2026, 12, 1));
        Assert.True(report.HasContradictions);
        Assert.Contains(report.TableChecks!.Findings, f => f.Location.Table == "T3" && f.Message.Contains("53,774,600.00", StringComparison.Ordinal));
        // The HTML report shows the table as read with the changed cell marked, the finding as its title.
        var shown = AuditReportWriter.Html(report, AuditSource.Read(pdf, "changed.pdf").Text!);
        Assert.Matches("<td class=\"amount failing\" title=\"[^\"]*53,774,600\\.00[^\"]*\">5,377\\.46</td>", shown);
        Assert.Equal(9, System.Text.RegularExpressions.Regex.Count(shown, "<figure class=\"table\""));
    }

    private static decimal Value(string expression, FactSet facts)
    {
        var parsed = FormulaParser.Parse($"{expression} = 0");
        Assert.True(parsed.Rule is not null, $"{expression}：{parsed.Error}");
        return Assert.Single(FormulaEvaluator.Evaluate(parsed.Rule!, facts)).Left.Value;
    }
}
