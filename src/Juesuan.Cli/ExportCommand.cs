using System.CommandLine;
using Juesuan.Documents.Export;
using Juesuan.Documents.Pdf;

namespace Juesuan.Cli;

/// <summary>juesuan export — the disclosure in a publishing or open-data format, rendered from the same document model as build.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var accounts = new Argument<string>("accounts") { Description = "决算数据文件（JSON，格式见 docs/accounts-format.md），或装有多个决算数据文件的文件夹（逐个导出到以文件名命名的子文件夹）" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：" + DisclosureFormats.Described() };
        var output = new Option<string>("--out", "-o") { Description = "输出目录（必填；不存在时自动创建）" };
        var unit = new Option<string?>("--unit") { Description = "金额单位：yuan（元）或 wan（万元）；默认取文件中的设置，未设置时为元" };
        var performance = new Option<string?>("--performance") { Description = "绩效自评文件：据以填写预算绩效情况说明" };
        format.AcceptOnlyFromAmong([.. DisclosureFormats.Ids]);
        unit.AcceptOnlyFromAmong("yuan", "wan");
        var command = new Command("export", "导出决算公开文档：" + string.Join("、", DisclosureFormats.Ids))
        {
            accounts, format, output, unit, performance,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(format) is null) result.AddError($"缺少输出格式：请用 --format 指定（{string.Join("、", DisclosureFormats.Ids)}）");
            if (result.GetResult(output) is null) result.AddError("缺少输出目录：请用 --out <目录> 指定");
        });
        command.SetAction(parse => Run(parse.GetValue(accounts)!, parse.GetValue(format)!, parse.GetValue(output)!, parse.GetValue(unit), parse.GetValue(performance), stdout, stderr));
        return command;
    }

    /// <summary>A --formats option: formats listed with commas, or the option given more than once.</summary>
    public static Option<string[]> FormatsOption(string description) => new("--formats")
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
        CustomParser = r => r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
    };

    /// <summary>One accounts file, or every .json file of a folder (each into a subfolder named after it, with a progress line each).</summary>
    public static int Run(string accountsPath, string format, string outputDirectory, string? unitOption, string? performancePath, TextWriter stdout, TextWriter stderr)
    {
        using var printer = new BatchPrinter();
        try
        {
            return Directory.Exists(accountsPath)
                ? RunFolder(accountsPath, format, outputDirectory, unitOption, performancePath, printer, stdout, stderr)
                : RunFile(accountsPath, format, outputDirectory, unitOption, performancePath, printer, stdout, stderr);
        }
        catch (PdfPrinterUnavailableException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
    }

    private static int RunFile(string accountsPath, string format, string outputDirectory, string? unitOption, string? performancePath, BatchPrinter printer, TextWriter stdout, TextWriter stderr)
    {
        if (BuildCommand.Document(accountsPath, unitOption, performancePath, stderr) is not { } prepared) return ExitCodes.InvalidInput;
        var written = Write(format, prepared, outputDirectory, printer);
        stdout.WriteLine($"已导出 {prepared.Document.Title}（{format}，{written.Count} 个文件）：");
        foreach (var path in written) stdout.WriteLine($"  {path}");
        return ExitCodes.Success;
    }

    private static int RunFolder(string folder, string format, string outputDirectory, string? unitOption, string? performancePath, BatchPrinter printer, TextWriter stdout, TextWriter stderr)
    {
        var files = Directory.GetFiles(folder, "*.json").Concat(Directory.GetFiles(folder, "*.xlsx")).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            stderr.WriteLine($"{folder}：文件夹中没有决算数据文件（*.json 或 *.xlsx）");
            return ExitCodes.InvalidInput;
        }
        var failed = 0;
        // Files are read in order and written a few at a time, one per core (PDFs print side by side in
        // the one browser); progress is reported in file order.
        foreach (var chunk in files.Select((file, i) => (File: file, Number: i + 1)).Chunk(Environment.ProcessorCount))
        {
            var prepared = chunk.Select(f => BuildCommand.Document(f.File, unitOption, performancePath, stderr)).ToArray();
            var targets = chunk.Select(f => Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(f.File))).ToArray();
            var written = Task.WhenAll(prepared.Select((p, i) => p is null
                ? Task.FromResult<IReadOnlyList<string>>([])
                : Task.Run(() => Write(format, p, targets[i], printer)))).GetAwaiter().GetResult();
            for (var i = 0; i < chunk.Length; i++)
            {
                if (prepared[i] is not { } done)
                {
                    failed++;
                    stdout.WriteLine($"[{chunk[i].Number}/{files.Length}] {chunk[i].File}：有错误，未导出（见标准错误输出）");
                    continue;
                }
                stdout.WriteLine($"[{chunk[i].Number}/{files.Length}] {done.Document.Title} → {targets[i]}（{written[i].Count} 个文件）");
            }
        }
        stdout.WriteLine($"共 {files.Length} 个文件：导出 {files.Length - failed} 个，出错 {failed} 个。");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>
    /// Writes one format of a disclosure into a folder (created if missing); the paths written. An export is named for the
    /// people it is handed to (“…2021年度单位决算.pdf”); a build keeps the fixed names scripts read (disclosure.html).
    /// </summary>
    /// <exception cref="PdfPrinterUnavailableException">PDF was asked for and Chromium is not installed.</exception>
    public static IReadOnlyList<string> Write(string format, DisclosureSource source, string outputDirectory, BatchPrinter printer, bool forPeople = true)
    {
        var files = forPeople ? DisclosureFormats.NamedFiles(format, source, printer.Print) : DisclosureFormats.Files(format, source, printer.Print);
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(outputDirectory, name);
            File.WriteAllBytes(path, content);
            written.Add(path);
        }
        return written;
    }
}
