using System.Diagnostics;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Html;
using Juesuan.Documents.Pdf;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;
using Juesuan.Pipeline;
using Juesuan.Testing;

namespace Juesuan.Bench;

/// <summary>A quick stopwatch measurement of generating and checking 500 units and of their accounts workbooks, after a warm-up, best of five; and 50 PDFs printed by one browser.</summary>
internal static class Timing
{
    public static void Run()
    {
        var asOf = new DateOnly(2022, 8, 1);
        var city = Enumerable.Range(1, 500).Select(i => SyntheticUnits.Create(i, type: i % 3 == 0 ? UnitType.Administrative : UnitType.PublicInstitution)).ToArray();
        var catalogue = RuleCatalogue.Builtin;
        Measure("500个单位：生成文档模型 + HTML（单线程）", () => { foreach (var u in city) HtmlRenderer.Render(DisclosureBuilder.Build(u)); });
        Measure("500个单位：生成并检查（单线程）", () => { foreach (var u in city) _ = DisclosurePipeline.Prepare(u, AccountsFileSettings.None, new PublishingSettings(null, catalogue), asOf).Checks; });
        Measure($"500个单位：生成并检查（并行，{Environment.ProcessorCount}核）", () => city.AsParallel().ForAll(u => _ = DisclosurePipeline.Prepare(u, AccountsFileSettings.None, new PublishingSettings(null, catalogue), asOf).Checks));
        Measure("500个单位：写出填报工作簿并读回（单线程）", () =>
        {
            foreach (var u in city.Take(500))
                AccountsWorkbookReader.Read(WorkbookCells.Read(AccountsWorkbookWriter.Write(u), "填报.xlsx"));
        });
        Pdf(city.Take(50).ToArray());
    }

    /// <summary>Browser start-up, then 50 units printed by the same browser (measured once: each run takes tens of seconds).</summary>
    private static void Pdf(UnitAccounts[] units)
    {
        if (PdfPrinter.FindChromium() is null)
        {
            Console.WriteLine("未安装 Chromium，跳过 PDF 计时");
            return;
        }
        var watch = Stopwatch.StartNew();
        var printer = PdfPrinter.StartAsync().GetAwaiter().GetResult();
        var startUp = watch.Elapsed;
        printer.PrintAsync(HtmlRenderer.Render(DisclosureBuilder.Build(units[0]))).GetAwaiter().GetResult();
        watch.Restart();
        // All handed to the printer at once: it prints as many side by side as there are cores.
        var pdfs = Task.WhenAll(units.Select(unit => printer.PrintAsync(HtmlRenderer.Render(DisclosureBuilder.Build(unit))))).GetAwaiter().GetResult();
        var bytes = pdfs.Sum(p => (long)p.Length);
        var batch = watch.Elapsed;
        printer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.WriteLine($"PDF：启动浏览器 {startUp.TotalMilliseconds:F0} 毫秒；{units.Length}个单位 {batch.TotalSeconds:F1} 秒，每个 {batch.TotalMilliseconds / units.Length:F0} 毫秒，共 {bytes / 1024 / 1024} MB");
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
