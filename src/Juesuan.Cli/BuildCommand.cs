using System.CommandLine;
using System.Diagnostics;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Export;
using Juesuan.Documents.Pdf;
using Juesuan.Pipeline;

namespace Juesuan.Cli;

/// <summary>juesuan build — generates the disclosure (HTML and the document model as JSON) from an accounts file.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var accounts = new Argument<string>("accounts") { Description = "决算数据文件（JSON，格式见 docs/accounts-format.md）" };
        var output = new Option<string>("--out", "-o") { Description = "输出目录（必填；不存在时自动创建）" };
        var unit = new Option<string?>("--unit") { Description = "金额单位：yuan（元）或 wan（万元）；默认取文件中的设置，未设置时为元" };
        var performance = new Option<string?>("--performance") { Description = "绩效自评文件：据以填写预算绩效情况说明，并附绩效自评表和评价报告" };
        var formats = ExportCommand.FormatsOption("另行输出的格式（可多选，逗号分隔）：" + string.Join("、", DisclosureFormats.Ids));
        unit.AcceptOnlyFromAmong("yuan", "wan");
        var command = new Command("build", "生成决算公开文档：写出 disclosure.html（可打印的网页）和 disclosure.json（文档模型）")
        {
            accounts, output, unit, performance, formats,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is null) result.AddError("缺少输出目录：请用 --out <目录> 指定");
            foreach (var f in result.GetValue(formats) ?? [])
                if (DisclosureFormats.Find(f) is null) result.AddError($"--formats 中的“{f}”不是可选的格式：可选 {string.Join("、", DisclosureFormats.Ids)}");
        });
        command.SetAction(parse => Run(parse.GetValue(accounts)!, parse.GetValue(output)!, parse.GetValue(unit), stdout, stderr, parse.GetValue(performance), parse.GetValue(formats)));
        return command;
    }

    public static int Run(string accountsPath, string outputDirectory, string? unitOption, TextWriter stdout, TextWriter stderr, string? performancePath = null,
        IReadOnlyList<string>? formats = null)
    {
        var watch = Stopwatch.StartNew();
        if (Document(accountsPath, unitOption, performancePath, stderr) is not { } source) return ExitCodes.InvalidInput;
        var document = source.Document;
        string[] written;
        using (var printer = new BatchPrinter())
        {
            try
            {
                written = new[] { "html", "json", "accounts" }.Concat(formats ?? []).Distinct().SelectMany(f => ExportCommand.Write(f, source, outputDirectory, printer, forPeople: false)).ToArray();
            }
            catch (PdfPrinterUnavailableException e)
            {
                stderr.WriteLine(e.Message);
                return ExitCodes.Failure;
            }
        }
        stdout.WriteLine($"已生成 {document.Title}（{document.AmountUnit.Caption()}），用时 {watch.ElapsedMilliseconds} 毫秒：");
        foreach (var path in written) stdout.WriteLine($"  {path}");
        if (document.Pending.Count > 0)
        {
            stdout.WriteLine($"提示：尚有 {document.Pending.Count} 处内容待补充（文档中以“【待补充：…】”标出）：");
            foreach (var item in document.Pending) stdout.WriteLine($"  {item.Key}：{item.Description}");
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// The accounts of a file and the document model built from them (with, when given, a self-evaluation
    /// file), in the amount unit asked for or the file's own; null when an input is wrong, every problem
    /// written to stderr.
    /// </summary>
    public static DisclosureSource? Document(string accountsPath, string? unitOption, string? performancePath, TextWriter stderr)
    {
        var result = AccountsFiles.Load(accountsPath);
        if (result.Accounts is not { } accounts)
        {
            AccountsFiles.Report(result, stderr);
            return null;
        }
        Performance.PerformanceFile? performance = null;
        Performance.ScoringMethod? method = null;
        if (performancePath is not null)
        {
            if ((performance = PerformanceFiles.Load(performancePath, stderr)) is null || (method = PerformanceFiles.Method(performance.Method, stderr)) is null)
                return null;
        }
        AmountUnit? amountUnit = unitOption is not null && AmountUnits.TryParse(unitOption, out var u) ? u : null;
        var settings = PublishingSettings.Shipped;
        var options = DisclosurePipeline.Options(result.Settings, settings, accounts.FiscalYear, performance, method, amountUnit);
        if (settings.FindTemplate(options.Template, accounts.FiscalYear) is null)
        {
            stderr.WriteLine($"{accountsPath} $.disclosure.template：没有适用于{accounts.FiscalYear}年度的披露模板“{options.Template}”");
            return null;
        }
        return DisclosureSource.Of(accounts, result.Settings, DisclosurePipeline.Build(accounts, result.Settings, settings, performance, method, amountUnit));
    }
}
