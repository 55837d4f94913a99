using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Juesuan.Checks;
using Juesuan.DocumentModel;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Docx;
using Juesuan.Documents.Html;
using Juesuan.Documents.Pdf;
using Juesuan.Pipeline;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

/// <summary>
/// The nine tables read from the tables of an HTML page and a Word document: Juesuan's own, and the real planning
/// bureau's figures laid out as a spreadsheet exports them (title and unit inside the table, codes split over
/// 类/款/项 with the parts above a row left blank), each figure read as printed and the tables checked.
/// </summary>
public sealed partial class GridTablesTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    public static TheoryData<string, string> SamplesAndFormats
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var sample in Directory.GetDirectories(RepoPaths.File("samples")).Select(d => Path.GetFileName(d)).Order())
            {
                data.Add(sample, ".html");
                data.Add(sample, ".docx");
            }
            return data;
        }
    }

    /// <summary>A sample's disclosure, under the template its file names or under another.</summary>
    private static DisclosureDocument SampleDocument(string sample, string? template = null)
    {
        var read = SampleFiles.Read(sample);
        var settings = template is null ? read.Settings : read.Settings with { Template = template };
        return DisclosurePipeline.Prepare(read.Accounts!, settings, PublishingSettings.Shipped, new DateOnly(read.Accounts!.FiscalYear + 1, 9, 30)).Document;
    }

    /// <summary>The planning bureau's disclosure in the central layout, whose sentences and table codes the tests below change.</summary>
    private static DisclosureDocument CentralPlanning() => SampleDocument("putuo-planning-2024", DisclosureTemplate.DefaultId);

    private static byte[] Render(DisclosureDocument document, string format) =>
        format == ".html" ? Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)) : DocxRenderer.Render(document);

    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void A_generated_page_or_word_document_audits_clean_tables_and_text(string sample, string format)
    {
        var name = sample + format;
        var source = AuditSource.Read(Render(SampleDocument(sample), format), name);
        var report = DocumentAuditor.Audit(source, name, AsOf);
        Assert.Empty(report.Tables!.Problems.Select(p => p.ToString()));
        Assert.Equal(["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"], report.Tables.Found.Select(f => f.Code));
        Assert.All(report.Tables.Found, f => Assert.True(f.Read, f.Code));
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"第{n}个表格"), report.Tables.Found.Select(f => f.Where));
        Assert.Empty(report.TableChecks!.Findings.Select(f => f.Message));
        OnlyItsPlaceholders(source.Text!, report);
    }

    /// <summary>
    /// Under the central layout from 2022 (07 政府性基金, 08 国有资本经营, 09 财政拨款“三公”经费) a generated page and Word document
    /// are read back table by table by their titles, and audit clean: the 2021 sample made a 2022 unit.
    /// </summary>
    [Theory]
    [InlineData(".html")]
    [InlineData(".docx")]
    public void The_central_layout_from_2022_audits_clean_tables_and_text(string format)
    {
        var read = SampleFiles.Read("datong-cast-2021");
        var accounts = read.Accounts! with { FiscalYear = 2022, Publication = read.Accounts!.Publication with { ApprovalDate = null, PublishedDate = null } };
        var document = DisclosurePipeline.Prepare(accounts, read.Settings with { Template = "central-2022" }, PublishingSettings.Shipped, new DateOnly(2023, 9, 30)).Document;
        Assert.Equal("公开09表", document.Tables.Single(t => t.Id == "T7").Code);
        var name = "central-2022" + format;
        var source = AuditSource.Read(Render(document, format), name);
        var report = DocumentAuditor.Audit(source, name, AsOf);
        Assert.Empty(report.Tables!.Problems.Select(p => p.ToString()));
        Assert.All(report.Tables.Found, f => Assert.True(f.Read, f.Code));
        Assert.Equal(9, report.Tables.Found.Count);
        Assert.Empty(report.TableChecks!.Findings.Select(f => f.Message));
        OnlyItsPlaceholders(source.Text!, report);
    }

    /// <summary>
    /// A generated disclosure's text contradicts nothing; what it reports is exactly the placeholders the generator left
    /// where the accounts lack a reason (【待补充：…】), each a template blank the public should not see.
    /// </summary>
    internal static void OnlyItsPlaceholders(string text, DocumentAuditReport report)
    {
        Assert.Empty(report.Text.Contradictions.Where(c => c.Kind != Juesuan.Audit.ClaimKind.TemplateBlank).Select(c => $"{c.Span.Text}：{c.Explanation}"));
        var placeholders = System.Text.RegularExpressions.Regex.Count(text, "【待补充");
        Assert.Equal(placeholders, report.Text.Contradictions.Count(c => c.Kind == Juesuan.Audit.ClaimKind.TemplateBlank));
        Assert.Equal(placeholders > 0, report.HasContradictions);
    }

    [Theory]
    [InlineData(".html")]
    [InlineData(".docx")]
    public void A_page_or_word_document_with_one_table_figure_changed_is_caught(string format)
    {
        // 支出决算表's 合计 of 基本支出, 5,377.64 (万元), made 5,377.46 in that table only.
        var changed = ChangeFirstAfter(Render(SampleDocument("putuo-planning-2024"), format), format, "支出决算表", "5,377.64", "5,377.46");
        var name = "changed" + format;
        var report = DocumentAuditor.Audit(AuditSource.Read(changed, name), name, AsOf);
        Assert.True(report.HasContradictions);
        Assert.Contains(report.TableChecks!.Findings, f => f.Location.Table == "T3" && f.Message.Contains("53,774,600.00", StringComparison.Ordinal));
    }

    /// <summary>
    /// A function class written with its level, an item's 支出决算 under its heading, a “三公” item's 决算 and an economic
    /// item of the 人员经费 list are each compared with their row of the tables; a figure of another year is compared with none.
    /// </summary>
    [Fact]
    public void Figures_of_the_text_that_name_a_table_row_are_compared_with_it()
    {
        var html = Encoding.UTF8.GetString(Render(CentralPlanning(), ".html"));
        foreach (var (from, to) in new[]
        {
            ("城乡社区支出（类）3,832.36万元", "城乡社区支出（类）3,823.36万元"),
            ("（三）公务接待费支出决算为0.39万元", "（三）公务接待费支出决算为0.93万元"),
            ("津贴补贴987.86万元", "津贴补贴987.68万元"),
            ("年初预算为1,115.48万元，支出决算为1,092.80万元", "年初预算为1,115.48万元，支出决算为1,029.80万元"),
            ("<p>2024年度一般公共预算财政拨款支出9,746.50万元", "<p>2023年度住房保障支出（类）400.00万元。</p><p>2024年度一般公共预算财政拨款支出9,746.50万元"),
        })
        {
            Assert.Contains(from, html);
            html = html.Replace(from, to, StringComparison.Ordinal);
        }
        var report = DocumentAuditor.Audit(AuditSource.Read(Encoding.UTF8.GetBytes(html), "changed.html"), "changed.html", AsOf);
        var contradicted = report.Text.Contradictions.Where(c => c.Kind == Juesuan.Audit.ClaimKind.TableFigure).Select(c => c.Explanation).ToArray();
        Assert.Equal(4, contradicted.Length);
        Assert.Contains(contradicted, e => e.Contains("文中写为3,823.36万元，一般公共预算财政拨款支出决算表“城乡社区支出”一行（212）的合计为3,832.36万元", StringComparison.Ordinal));
        // An item's 支出决算 after its heading (8. 城乡社区支出（类）城乡社区管理事务（款）行政运行（项）), with its parents' names.
        Assert.Contains(contradicted, e => e.Contains("文中写为1,029.80万元，一般公共预算财政拨款支出决算表“行政运行”一行（2120101）的合计为1,092.80万元", StringComparison.Ordinal));
        Assert.Contains(contradicted, e => e.Contains("一般公共预算财政拨款基本支出决算表“津贴补贴”一行的决算数为987.86万元", StringComparison.Ordinal));
        Assert.Contains(contradicted, e => e.Contains("“三公”经费支出决算表的决算数（公务接待费）为0.39万元", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Text.Claims, c => c.Span.Text == "400.00万元");
        Assert.Empty(report.TableChecks!.Findings);
    }

    /// <summary>A “三公” item's completion rate whose budget the text leaves to the table is recomputed from 公开07表.</summary>
    [Fact]
    public void A_three_public_items_completion_rate_is_recomputed_from_its_table()
    {
        var html = Encoding.UTF8.GetString(Render(CentralPlanning(), ".html"));
        var report = DocumentAuditor.Audit(AuditSource.Read(Encoding.UTF8.GetBytes(html), "planning.html"), "planning.html", AsOf);
        Assert.Contains(report.Text.Claims, c => c.Kind == Juesuan.Audit.ClaimKind.CompletionRate && c.Verdict == Juesuan.Audit.ClaimVerdict.Consistent
            && c.Explanation.Contains("按“三公”经费支出决算表中公务接待费的决算数 0.39万元 ÷ 预算数 2.85万元 为 13.68%", StringComparison.Ordinal));

        var changed = html.Replace("公务接待费支出决算为0.39万元，完成预算的13.68%", "公务接待费支出决算为0.39万元，完成预算的31.68%", StringComparison.Ordinal);
        Assert.NotEqual(html, changed);
        var wrong = DocumentAuditor.Audit(AuditSource.Read(Encoding.UTF8.GetBytes(changed), "changed.html"), "changed.html", AsOf);
        var rate = Assert.Single(wrong.Text.Contradictions, c => c.Kind == Juesuan.Audit.ClaimKind.CompletionRate);
        Assert.Equal("31.68%", rate.Span.Text);
        Assert.Contains("应为 13.68%", rate.Explanation);
    }

    /// <summary>
    /// The “三公” budget the text states is compared with 公开07表's 预算数 block; one the text calls 年初 or 全年 that
    /// differs is unverifiable, since the block may hold either.
    /// </summary>
    [Fact]
    public void The_three_public_budget_of_the_text_is_compared_with_its_tables_budget_block()
    {
        var html = Encoding.UTF8.GetString(Render(CentralPlanning(), ".html"));
        var sentence = ThreePublicBudget().Match(html);
        Assert.True(sentence.Success, "“三公”经费的预算句");
        var report = DocumentAuditor.Audit(AuditSource.Read(Encoding.UTF8.GetBytes(html), "planning.html"), "planning.html", AsOf);
        Assert.Contains(report.Text.Claims, c => c.Kind == Juesuan.Audit.ClaimKind.TableFigure && c.Verdict == Juesuan.Audit.ClaimVerdict.Consistent
            && c.Explanation.Contains("“三公”经费支出决算表的预算数（合计）", StringComparison.Ordinal));

        var changed = html.Replace(sentence.Value, sentence.Value.Replace(sentence.Groups["amount"].Value, "9.99", StringComparison.Ordinal), StringComparison.Ordinal);
        var wrong = DocumentAuditor.Audit(AuditSource.Read(Encoding.UTF8.GetBytes(changed), "changed.html"), "changed.html", AsOf);
        var budget = Assert.Single(wrong.Text.Contradictions, c => c.Kind == Juesuan.Audit.ClaimKind.TableFigure);
        Assert.StartsWith("9.99", budget.Span.Text, StringComparison.Ordinal);
        Assert.Contains("预算数（合计）", budget.Explanation, StringComparison.Ordinal);

        var yearStart = changed.Replace(sentence.Value.Replace(sentence.Groups["amount"].Value, "9.99", StringComparison.Ordinal),
            sentence.Value.Replace(sentence.Groups["amount"].Value, "9.99", StringComparison.Ordinal).Replace("支出预算为", "支出全年预算为", StringComparison.Ordinal), StringComparison.Ordinal);
        var either = DocumentAuditor.Audit(AuditSource.Read(Encoding.UTF8.GetBytes(yearStart), "full-year.html"), "full-year.html", AsOf);
        Assert.DoesNotContain(either.Text.Contradictions, c => c.Kind == Juesuan.Audit.ClaimKind.TableFigure);
        Assert.Contains(either.Text.Claims, c => c.Kind == Juesuan.Audit.ClaimKind.TableFigure && c.Verdict == Juesuan.Audit.ClaimVerdict.Unverifiable
            && c.Explanation.Contains("可能是年初预算，也可能是全年预算", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"“三公”经费(财政拨款)?支出预算为(?<amount>[0-9.,]+)万元")]
    private static partial Regex ThreePublicBudget();

    /// <summary>
    /// Every table figure of samples/putuo-planning-2024/figures.tsv (transcribed by hand from the real PDF) is read
    /// from the same tables laid out as a spreadsheet exports them to HTML.
    /// </summary>
    [Fact]
    public void The_planning_bureaus_figures_are_read_from_its_tables_laid_out_as_a_spreadsheet_exports_them()
    {
        var pdf = File.ReadAllBytes(RepoPaths.File("tests", "real", "putuo-planning-resources-2024.pdf"));
        var tables = PdfTableReader.Read(PdfWords.Read(pdf, "real.pdf").Pages!, "real.pdf").Tables!;
        var html = new StringBuilder("<html><body><p>上海市普陀区规划和自然资源局2024年度部门决算</p>");
        foreach (var table in tables.Tables) html.Append(SpreadsheetTable(table));
        html.Append("</body></html>");

        var read = AuditSource.Read(Encoding.UTF8.GetBytes(html.ToString()), "exported.html");
        Assert.Empty(read.Tables!.Problems.Select(p => p.ToString()));
        Assert.All(read.Tables.Found, f => Assert.True(f.Read, f.Code));
        // As in the PDF (40 25 25 36 25 67 1 0 0), but for 公开01表 and 公开04表 only their lines with a figure: the lines the PDF prints blank were not laid out again.
        Assert.Equal("12 25 25 10 25 67 1 0 0", string.Join(" ", read.Tables.Found.Select(f => f.Rows)));
        Assert.Empty(PdfTablesTests.TranscribedFiguresReadOtherwise(new FactSet(read.Tables.Tables!.Tables)));
        // The tables' own inconsistencies (236.63 against 236.64, 3845.25 against 3845.24) are within the printed precision, as in the PDF.
        var checks = DocumentAuditor.Audit(read, "exported.html", AsOf);
        Assert.Empty(checks.TableChecks!.Findings.Select(x => x.Message));
    }

    /// <summary>
    /// Titles as provinces print them (collected from 56 published disclosures outside Shanghai): 云南's 收入支出决算表 and
    /// 一般公共预算财政拨款收入支出决算表, the 基本支出决算明细表 of 24 publishers, 海南's 公开表, 广西's 财政拨款安排的“三公”经费,
    /// 天津's title in 《》 and its 按功能分类列示, with ordinals; an extra table (项目支出决算表) is no table of the nine, and
    /// 北京's 一般公共预算财政拨款收入支出决算表 beside its usual 支出决算表 gives way to it.
    /// </summary>
    [Fact]
    public void Tables_under_the_titles_provinces_print_are_read_and_extra_tables_left_alone()
    {
        var html = Encoding.UTF8.GetString(Render(CentralPlanning(), ".html"));
        string Caption(string code) => System.Text.RegularExpressions.Regex.Match(html, $"<figcaption><span class=\"code\">{code}</span>[^<]*</figcaption>").Value;
        var renamed = new Dictionary<string, string>
        {
            ["公开01表"] = "一、收入支出决算表",
            ["公开02表"] = "二、收入决算表（按功能分类列示）",
            ["公开05表"] = "五、一般公共预算财政拨款收入支出决算公开表",
            ["公开06表"] = "六、一般公共预算财政拨款基本支出决算明细表",
            ["公开07表"] = "七、财政拨款安排的“三公”经费支出决算表",
            ["公开09表"] = "九、《国有资本经营预算财政拨款收入支出决算表》",
        };
        var provincial = renamed.Aggregate(html, (h, r) => h.Replace(Caption(r.Key), $"<figcaption>{r.Value}</figcaption>", StringComparison.Ordinal));
        // An extra table after the 三公 one: the 项目支出 of the general budget, which is none of the nine.
        var extra = System.Text.RegularExpressions.Regex.Match(html, "<figure class=\"table\" id=\"T5\">.*?</figure>", System.Text.RegularExpressions.RegexOptions.Singleline).Value
            .Replace(Caption("公开05表"), "<figcaption>十、一般公共预算财政拨款项目支出决算表</figcaption>", StringComparison.Ordinal);
        provincial = provincial.Replace("<figure class=\"table\" id=\"T8\">", extra + "<figure class=\"table\" id=\"T8\">", StringComparison.Ordinal);
        var read = AuditSource.Read(Encoding.UTF8.GetBytes(provincial), "provincial.html").Tables!;
        Assert.Empty(read.Problems.Select(p => p.ToString()));
        Assert.Equal(["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"], read.Found.Select(f => f.Code));
        Assert.All(read.Found, f => Assert.True(f.Read, f.Code));
        Assert.Equal("一般公共预算财政拨款收入支出决算公开表", read.Found[4].Title[2..]);

        // 北京 prints 一般公共预算财政拨款收入支出决算表 as a table of its own beside 一般公共预算财政拨款支出决算表: the usual one is read.
        var beijing = html.Replace("<figure class=\"table\" id=\"T8\">", extra.Replace("十、一般公共预算财政拨款项目支出决算表", "一般公共预算财政拨款收入支出决算表", StringComparison.Ordinal)
            + "<figure class=\"table\" id=\"T8\">", StringComparison.Ordinal);
        var both = AuditSource.Read(Encoding.UTF8.GetBytes(beijing), "beijing.html").Tables!;
        Assert.Empty(both.Problems.Select(p => p.ToString()));
        Assert.Equal("第5个表格", both.Found.Single(f => f.Code == "公开05表").Where);
        Assert.Equal(9, both.Found.Count);
    }

    [Fact]
    public void A_table_without_its_unit_or_with_a_figure_on_no_coded_row_is_reported_with_its_place()
    {
        const string page = """
            <p>某单位2024年度部门决算</p>
            <p>一般公共预算财政拨款支出决算表</p>
            <table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
            <tr><td>201</td><td>一般公共服务支出</td><td>10.00</td><td>10.00</td><td>0.00</td></tr></table>
            <p>支出决算表</p><p>单位：万元</p>
            <table><tr><td>科目编码</td><td>科目名称</td><td>本年支出合计</td><td>基本支出</td><td>项目支出</td></tr>
            <tr><td>201</td><td>一般公共服务支出</td><td>10.00</td><td>10.00</td><td>0.00</td></tr>
            <tr><td></td><td>行政运行</td><td>10.00</td><td>10.00</td><td>0.00</td></tr></table>
            """;
        var read = AuditSource.Read(Encoding.UTF8.GetBytes(page), "page.html").Tables!;
        Assert.Equal(["公开05表", "公开03表"], read.Found.Select(f => f.Code));
        Assert.All(read.Found, f => Assert.False(f.Read));
        Assert.Contains("page.html 第1个表格 第1行：一般公共预算财政拨款支出决算表：表格上方找不到“单位：万元”或“单位：元”，无法确定金额的单位", read.Problems.Select(p => p.ToString()));
        Assert.Contains("page.html 第2个表格 第3行：支出决算表：“行政运行”一行没有科目编码（应为3、5或7位），无法确定是哪个科目", read.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_page_of_layout_tables_has_no_public_table_and_its_text_is_still_audited()
    {
        const string page = """
            <table><tr><td><table><tr><td>首页</td><td>通知公告</td></tr></table></td>
            <td><p>2024年，本单位收入合计100.00万元，其中：财政拨款收入80.00万元，占80.00%。</p></td></tr></table>
            """;
        var source = AuditSource.Read(Encoding.UTF8.GetBytes(page), "news.html");
        Assert.Empty(source.Tables!.Found);
        Assert.Contains("财政拨款收入80.00万元", source.Text);
        Assert.Contains("首页", source.Text);
    }

    [Fact]
    public void A_figure_printed_as_a_dash_is_no_figure_and_a_table_continued_in_a_second_table_is_read_whole()
    {
        const string page = """
            <p>某单位2024年度部门决算</p>
            <p>公开05表 一般公共预算财政拨款支出决算表</p><p>金额单位：元</p>
            <table><tr><td colspan="2">项目</td><td colspan="3">本年支出</td></tr>
            <tr><td>科目编码</td><td>科目名称</td><td>小计</td><td>基本支出</td><td>项目支出</td></tr>
            <tr><td colspan="2">合计</td><td>1,500.00</td><td>1,000.00</td><td>500.00</td></tr>
            <tr><td>201</td><td>一般公共服务支出</td><td>1,000.00</td><td>1,000.00</td><td>-</td></tr></table>
            <table><tr><td>205</td><td>教育支出</td><td>500.00</td><td>—</td><td>500.00</td></tr></table>
            """;
        var source = AuditSource.Read(Encoding.UTF8.GetBytes(page), "page.html");
        Assert.Empty(source.Tables!.Problems.Select(p => p.ToString()));
        var t5 = source.Tables.Tables!.Tables.Single();
        Assert.Equal(["合计", "201", "205"], t5.Rows.Select(r => r.Key));
        Assert.Equal(500m, t5.Rows.Single(r => r.Key == "205").Cells.Last().Yuan);
        Assert.Null(t5.Rows.Single(r => r.Key == "201").Cells.Last().Yuan);
        Assert.Null(t5.Rows.Single(r => r.Key == "205").Cells[3].Yuan);
        // The table's figures are no claims of the narrative.
        Assert.DoesNotContain("1,500.00", source.Text);
    }

    /// <summary>A rendered page or Word document with the first <paramref name="from"/> after <paramref name="after"/> made <paramref name="to"/>.</summary>
    private static byte[] ChangeFirstAfter(byte[] content, string format, string after, string from, string to)
    {
        static string Change(string text, string after, string from, string to)
        {
            var at = text.IndexOf(">" + from + "<", text.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.True(at > 0);
            return text[..(at + 1)] + to + text[(at + 1 + from.Length)..];
        }
        if (format == ".html") return Encoding.UTF8.GetBytes(Change(Encoding.UTF8.GetString(content), after, from, to));
        using var stream = new MemoryStream();
        stream.Write(content);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(Change(xml, after, from, to));
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A table as a spreadsheet exports it to HTML: its title and 编制单位/单位 in merged rows of the table itself,
    /// 科目编码 split over 类/款/项 with each row printing only its own part.
    /// </summary>
    private static string SpreadsheetTable(DisclosureTable table)
    {
        var coded = table.Columns[0] == "科目编码";
        var width = table.Columns.Count + (coded ? 2 : 0);
        var sb = new StringBuilder("<table border=\"1\">");
        sb.Append($"<tr><td colspan=\"{width}\">{WebUtility.HtmlEncode(table.Code + table.Title)}</td></tr>");
        sb.Append($"<tr><td colspan=\"{width - 1}\">编制单位：{WebUtility.HtmlEncode(table.UnitName)}</td><td>{WebUtility.HtmlEncode(table.AmountUnitCaption.Replace("金额", "", StringComparison.Ordinal))}</td></tr>");
        var header = table.Header.Select(r => r.ToList()).ToList();
        if (coded)
        {
            header[0] = [.. header[0].Select((c, i) => i == 0 ? c with { ColSpan = c.ColSpan + 2 } : c.RowSpan > 1 ? c with { RowSpan = c.RowSpan + 1 } : c)];
            header[1] = [.. header[1].Select(c => c.Text == "科目编码" ? c with { ColSpan = 3 } : c with { RowSpan = c.RowSpan + 1 })];
            header.Add([new HeaderCell("类"), new HeaderCell("款"), new HeaderCell("项")]);
        }
        foreach (var row in header)
            sb.Append("<tr>").Append(string.Concat(row.Select(c => $"<td colspan=\"{c.ColSpan}\" rowspan=\"{c.RowSpan}\">{WebUtility.HtmlEncode(c.Text)}</td>"))).Append("</tr>");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var text = row.Cells[c].Text;
                if (coded && c == 0)
                    text = row.Cells[0].Kind != CellKind.Code ? $"{text}</td><td></td><td>"
                        : text.Length == 3 ? $"{text}</td><td></td><td>" : text.Length == 5 ? $"</td><td>{text[3..]}</td><td>" : $"</td><td></td><td>{text[5..]}";
                sb.Append("<td>").Append(text).Append("</td>");
            }
            sb.Append("</tr>");
        }
        return sb.Append("</table><p></p>").ToString();
    }
}
