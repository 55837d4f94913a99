using System.Text;
using BenchmarkDotNet.Attributes;
using Juesuan.Audit;
using Juesuan.Testing;

namespace Juesuan.Bench;

/// <summary>
/// How long auditing takes: the seed's text (26 KB; target under 10 ms warm), and a 1 MB text made of
/// the seed repeated, for throughput in MB/s.
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private string _seed = "";
    private string _large = "";

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "published.txt"));
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 1_000_000) sb.Append(_seed).Append('\n');
        _large = sb.ToString();
    }

    [Benchmark(Description = "核查样例公开文本（26 KB）")]
    public int AuditSeed() => Auditor.Audit(_seed, "published.txt").Claims.Count;

    [Benchmark(Description = "核查1 MB文本")]
    public int AuditLarge() => Auditor.Audit(_large, "large.txt").Claims.Count;
}
