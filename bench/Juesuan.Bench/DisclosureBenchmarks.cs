using BenchmarkDotNet.Attributes;
using Juesuan.Accounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Csv;
using Juesuan.Documents.Docx;
using Juesuan.Documents.Html;
using Juesuan.Documents.Json;
using Juesuan.Documents.Xlsx;
using Juesuan.Testing;

namespace Juesuan.Bench;

/// <summary>
/// How long the disclosure takes: reading the sample file, one unit's document model and HTML (the
/// target is under 20 ms warm), a city of 500 generated units built one after another, and the
/// publishing formats (DOCX and XLSX target: 50 ms a unit).
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private string _sampleJson = "";
    private UnitAccounts _sample = null!;
    private UnitAccounts[] _city = [];

    [GlobalSetup]
    public void Setup()
    {
        _sampleJson = File.ReadAllText(RepoPaths.SampleAccounts);
        _sample = AccountsReader.Read(_sampleJson, "accounts.json").Accounts!;
        _city = Enumerable.Range(1, 500).Select(i => SyntheticUnits.Create(i, type: i % 3 == 0 ? UnitType.Administrative : UnitType.PublicInstitution)).ToArray();
    }

    [Benchmark(Description = "读取样例决算数据文件")]
    public UnitAccounts? ReadSample() => AccountsReader.Read(_sampleJson, "accounts.json").Accounts;

    [Benchmark(Description = "样例单位：文档模型")]
    public DisclosureDocument ModelOne() => DisclosureBuilder.Build(_sample);

    [Benchmark(Description = "样例单位：文档模型 + HTML")]
    public int ModelAndHtmlOne() => HtmlRenderer.Render(DisclosureBuilder.Build(_sample)).Length;

    [Benchmark(Description = "样例单位：文档模型 + HTML + JSON")]
    public int AllOutputsOne()
    {
        var document = DisclosureBuilder.Build(_sample);
        return HtmlRenderer.Render(document).Length + DocumentJson.Write(document).Length;
    }

    [Benchmark(Description = "500个单位：文档模型 + HTML")]
    public long ModelAndHtmlCity() => City(d => HtmlRenderer.Render(d).Length);

    [Benchmark(Description = "样例单位：Word 文档")]
    public int DocxOne() => DocxRenderer.Render(DisclosureBuilder.Build(_sample)).Length;

    [Benchmark(Description = "500个单位：文档模型 + Word 文档")]
    public long DocxCity() => City(d => DocxRenderer.Render(d).Length);

    [Benchmark(Description = "500个单位：文档模型 + Excel 工作簿")]
    public long XlsxCity() => City(d => XlsxRenderer.Render(d).Length);

    [Benchmark(Description = "500个单位：文档模型 + 九张表 CSV")]
    public long CsvCity() => City(d => d.Tables.Sum(t => (long)TableCsv.Write(t).Length));

    /// <summary>Every unit of the city built and rendered one after another; the total size, so nothing is optimised away.</summary>
    private long City(Func<DisclosureDocument, long> render)
    {
        long total = 0;
        foreach (var unit in _city) total += render(DisclosureBuilder.Build(unit));
        return total;
    }
}
