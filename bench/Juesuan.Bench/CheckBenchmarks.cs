using BenchmarkDotNet.Attributes;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Pipeline;
using Juesuan.Testing;

namespace Juesuan.Bench;

/// <summary>
/// How long checking takes: one unit (its disclosure built, then every rule of the built-in catalogue
/// run), and a city of 500 generated units, one after another and spread over the machine's cores.
/// Target: 500 units under 1 s in total on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private static readonly DateOnly AsOf = new(2022, 8, 1);
    private UnitAccounts _sample = null!;
    private UnitAccounts[] _city = [];
    private RuleCatalogue _catalogue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
        _city = Enumerable.Range(1, 500).Select(i => SyntheticUnits.Create(i, type: i % 3 == 0 ? UnitType.Administrative : UnitType.PublicInstitution)).ToArray();
        _catalogue = RuleCatalogue.Builtin;
    }

    [Benchmark(Description = "样例单位：生成并检查")]
    public int CheckOne() => DisclosurePipeline.Prepare(_sample, AccountsFileSettings.None, new PublishingSettings(null, _catalogue), AsOf).Checks.Findings.Count;

    [Benchmark(Description = "500个单位：逐个检查")]
    public int CheckCitySequential()
    {
        var findings = 0;
        foreach (var unit in _city) findings += DisclosurePipeline.Prepare(unit, AccountsFileSettings.None, new PublishingSettings(null, _catalogue), AsOf).Checks.Findings.Count;
        return findings;
    }

    [Benchmark(Description = "500个单位：并行检查")]
    public int CheckCityParallel() =>
        _city.AsParallel().Sum(unit => DisclosurePipeline.Prepare(unit, AccountsFileSettings.None, new PublishingSettings(null, _catalogue), AsOf).Checks.Findings.Count);
}
