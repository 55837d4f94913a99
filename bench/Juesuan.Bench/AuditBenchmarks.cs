using System.Text;
using BenchmarkDotNet.Attributes;
using Juesuan.Audit;
using Juesuan.Documents.Audit;
using Juesuan.Testing;

namespace Juesuan.Bench;

/// <summary>
/// How long auditing takes: the seed's text (26 KB; target under 10 ms warm), 1 MB and 10 MB texts made of
/// the seed repeated, for throughput in MB/s, two real published PDFs audited whole, tables and text
/// (target under 1.5 s for 30 pages on 2 cores), and a disclosure as an HTML page and a Word document.
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private string _seed = "";
    private string _large = "";
    private string _tenMegabytes = "";
    private byte[] _finance = [];
    private byte[] _planning = [];
    private byte[] _html = [];
    private byte[] _docx = [];

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "published.txt"));
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 1_000_000) sb.Append(_seed).Append('\n');
        _large = sb.ToString();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 10_000_000) sb.Append(_large);
        _tenMegabytes = sb.ToString();
        _finance = File.ReadAllBytes(RepoPaths.File("tests", "real", "putuo-finance-bureau-2024.pdf"));
        _planning = File.ReadAllBytes(RepoPaths.File("tests", "real", "putuo-planning-resources-2024.pdf"));
        var read = SampleFiles.Read("putuo-planning-2024");
        var document = Juesuan.Pipeline.DisclosurePipeline.Prepare(read.Accounts!, read.Settings, Juesuan.Pipeline.PublishingSettings.Shipped, new DateOnly(2025, 9, 30)).Document;
        _html = Encoding.UTF8.GetBytes(Juesuan.Documents.Html.HtmlRenderer.Render(document));
        _docx = Juesuan.Documents.Docx.DocxRenderer.Render(document);
    }

    [Benchmark(Description = "核查样例公开文本（26 KB）")]
    public int AuditSeed() => Auditor.Audit(_seed, "published.txt").Claims.Count;

    [Benchmark(Description = "核查1 MB文本")]
    public int AuditLarge() => Auditor.Audit(_large, "large.txt").Claims.Count;

    [Benchmark(Description = "核查10 MB文本")]
    public int AuditTenMegabytes() => Auditor.Audit(_tenMegabytes, "large.txt").Claims.Count;

    [Benchmark(Description = "核查普陀区财政局决算PDF（25页，表和文字）")]
    public int AuditFinancePdf() => Whole(_finance, "finance.pdf");

    [Benchmark(Description = "核查普陀区规划资源局决算PDF（30页，表和文字）")]
    public int AuditPlanningPdf() => Whole(_planning, "planning.pdf");

    [Benchmark(Description = "核查规划资源局决算网页（表和文字）")]
    public int AuditPlanningHtml() => Whole(_html, "planning.html");

    [Benchmark(Description = "核查规划资源局决算Word文档（表和文字）")]
    public int AuditPlanningDocx() => Whole(_docx, "planning.docx");

    private static int Whole(byte[] pdf, string name) =>
        DocumentAuditor.Audit(AuditSource.Read(pdf, name), name, new DateOnly(2026, 12, 1)).Text.Claims.Count;
}
