using System.Diagnostics;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.Documents.Html;
using Juesuan.Testing;

namespace Juesuan.Bench;

/// <summary>A quick stopwatch measurement of generating and checking 500 units, after a warm-up, best of five.</summary>
internal static class Timing
{
    public static void Run()
    {
        var asOf = new DateOnly(2022, 8, 1);
        var city = Enumerable.Range(1, 500).Select(i => SyntheticUnits.Create(i, type: i % 3 == 0 ? UnitType.Administrative : UnitType.PublicInstitution)).ToArray();
        var catalogue = RuleCatalogue.Builtin;
        Measure("500个单位：生成文档模型 + HTML（单线程）", () => { foreach (var u in city) HtmlRenderer.Render(DisclosureBuilder.Build(u)); });
        Measure("500个单位：生成并检查（单线程）", () => { foreach (var u in city) CheckRunner.Run(CheckContext.For(u, asOf), catalogue); });
        Measure($"500个单位：生成并检查（并行，{Environment.ProcessorCount}核）", () => city.AsParallel().ForAll(u => CheckRunner.Run(CheckContext.For(u, asOf), catalogue)));
    }

    private static void Measure(string name, Action action)
    {
        action();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        Console.WriteLine($"{name}：{best.TotalMilliseconds:F0} 毫秒");
    }
}
