using System.IO.Compression;
using System.Text;
using Juesuan.Documents.Audit;

namespace Juesuan.Documents.Tests;

public sealed class AuditSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-audit-").FullName;
    private const string Passage = "2021年本年支出合计1000.00元，其中项目支出200.00元，占比25.00%。";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static AuditSourceTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    public void Text_is_read_in_the_encodings_disclosures_use(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Passage),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Passage)],
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(Passage),
            _ => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Passage)],
        };
        Assert.Equal(Passage, AuditSource.Read(Write("a.txt", bytes)).Text);
    }

    [Fact]
    public void Html_keeps_the_visible_text_with_its_lines()
    {
        const string html = "<html><head><style>p{}</style><script>var x=1;</script></head><body><h1>决算</h1><p>第一段&nbsp;1,000.00元</p><table><tr><td>合计</td><td>200.00</td></tr></table></body></html>";
        var text = AuditSource.Read(Write("a.html", Encoding.UTF8.GetBytes(html))).Text!;
        Assert.Equal("决算\n第一段 1,000.00元\n合计\t200.00", text.Trim());
    }

    [Fact]
    public void Docx_paragraphs_become_lines()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t>项目支出</w:t></w:r><w:r><w:t>200.00元</w:t></w:r></w:p></w:body></w:document>""");
        }
        Assert.Equal("第一段\n项目支出200.00元\n", AuditSource.Read(Write("a.docx", stream.ToArray())).Text);
    }

    [Theory]
    [InlineData("empty.txt", "文件为空")]
    [InlineData("binary.txt", "不是文本文件")]
    [InlineData("broken.docx", "不是有效的 Word 文档")]
    [InlineData("missing.txt", "文件不存在")]
    public void Unreadable_input_gets_a_message_not_a_crash(string name, string message)
    {
        var path = Path.Combine(_dir, name);
        if (name == "empty.txt") File.WriteAllBytes(path, []);
        if (name == "binary.txt") File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 32))]);
        if (name == "broken.docx") File.WriteAllBytes(path, Encoding.UTF8.GetBytes("PK not really a zip"));
        var result = AuditSource.Read(path);
        Assert.Null(result.Text);
        Assert.Contains(message, result.Error!.ToString());
    }

    [Theory]
    [InlineData(100 * 1024)]
    [InlineData(1024 * 1024)]
    public void Html_of_unclosed_scripts_is_read_as_a_browser_reads_it(int size)
    {
        // Everything after an unclosed <script> is script to a browser: only the passage before it is text.
        var html = "<p>" + Passage + "</p>" + string.Concat(Enumerable.Repeat("<script>x", size / 9));
        var result = AuditSource.Read(Encoding.UTF8.GetBytes(html), "a.html");
        Assert.Equal(Passage, result.Text!.Trim());
    }

    /// <summary>Tables laid out inside tables 20,000 deep, and spans far beyond any table: only the innermost table is one of the page's, cut to its bounds.</summary>
    [Fact]
    public void Html_of_tables_nested_deep_and_spans_beyond_bounds_is_read()
    {
        var html = string.Concat(Enumerable.Repeat("<table><tr><td>", 20_000)) + "<p>" + Passage + "</p>"
            + "<table><tr><td colspan=\"2000000000\" rowspan=\"2000000000\">x</td></tr></table>";
        var result = AuditSource.Read(Encoding.UTF8.GetBytes(html), "nested.html");
        Assert.Contains(Passage, result.Text);
        Assert.Empty(result.Tables!.Found);
    }

    private static byte[] Docx(Action<StreamWriter> body)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open());
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
            body(writer);
            writer.Write("</w:body></w:document>");
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_docx_that_inflates_beyond_its_limit_is_refused_without_being_read()
    {
        // About 100 MB of markup in well under a megabyte of upload.
        var bomb = Docx(w => { for (var i = 0; i < 100 * 1024; i++) w.Write(new string(' ', 1024)); });
        Assert.True(bomb.Length < 1024 * 1024);
        var result = AuditSource.Read(bomb, "a.docx");
        Assert.Null(result.Text);
        Assert.Contains("Word 文档的正文解压后超过 20 MB", result.Error!.ToString());
    }

    [Fact]
    public void Text_beyond_the_audit_limit_is_refused_in_every_format()
    {
        var paragraph = $"<w:p><w:r><w:t>{Passage}</w:t></w:r></w:p>";
        var docx = Docx(w => { for (var i = 0; i <= AuditSource.MaxChars / Passage.Length; i++) w.Write(paragraph); });
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Passage + "\n", 15 * 1024 * 1024 / Encoding.UTF8.GetByteCount(Passage + "\n"))));
        foreach (var (bytes, name) in new[] { (docx, "a.docx"), (text, "a.txt"), (text, "a.html") })
        {
            var result = AuditSource.Read(bytes, name);
            Assert.Null(result.Text);
            Assert.Contains(name == "a.html" ? "个字符的上限" : "超过 200000 字的核查上限", result.Error!.ToString());
        }
    }

    [Fact]
    public void A_file_above_the_limit_is_refused_with_its_size()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(AuditSource.MaxBytes + 1);
        Assert.Contains("超过 20 MB 的上限", AuditSource.Read(path).Error!.ToString());
    }
}

public class PdfSourceTests
{
    [RequiresPdftotextFact]
    public void A_pdf_text_layer_is_read_with_wrapped_lines_joined_and_audited()
    {
        var text = AuditSource.Read(Juesuan.Testing.RepoPaths.File("tests", "Juesuan.Documents.Tests", "Fixtures", "passage.pdf")).Text!;
        Assert.Contains("三、支出决算情况说明\n", text);
        Assert.Contains("其中基本支出3670245.42元，占比91.74%；项目支出330475.22元，占比0.825%。", text);
        var report = Juesuan.Audit.Auditor.Audit(text, "passage.pdf");
        Assert.Equal("0.825%", Assert.Single(report.Contradictions).Span.Text);
    }

    [Fact]
    public void Lines_broken_by_the_page_width_are_joined_and_short_lines_kept()
    {
        const string extracted = "一、总体情况\n2021年本年支出合计4000720.64元，其中基本支出3670245.42元，占比91.74%；项目\n支出330475.22元，占比8.26%。\n";
        Assert.Equal("一、总体情况\n2021年本年支出合计4000720.64元，其中基本支出3670245.42元，占比91.74%；项目支出330475.22元，占比8.26%。\n", AuditSource.JoinWrappedLines(extracted));
    }
}
