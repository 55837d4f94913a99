using System.CommandLine;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Docx;
using Juesuan.Documents.Html;
using Juesuan.Documents.Pdf;
using Juesuan.Documents.Performance;
using Juesuan.Documents.Xlsx;
using Juesuan.Performance;

namespace Juesuan.Cli;

/// <summary>juesuan score — scores performance self-evaluations by a method and checks them.</summary>
internal static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("performance") { Description = "绩效自评文件（JSON，格式见 docs/performance-format.md）" };
        var accounts = new Option<string?>("--accounts") { Description = "决算数据文件：核对成本指标和项目资金" };
        var method = new Option<string?>("--method") { Description = $"计分方法：内置方法名（{string.Join("、", ScoringMethod.ShippedIds)}）或方法文件路径；默认取文件中的设置" };
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--out", "-o") { Description = "输出目录：写出 self-evaluation.html（绩效自评表和绩效评价报告）" };
        var formats = ExportCommand.FormatsOption("另行输出的格式（可多选，逗号分隔）：pdf（需要 Chromium）、docx、xlsx（自评表）");
        var command = new Command("score", "按计分方法计算绩效自评得分和等级，并检查自评表；有阻断问题时退出码为1")
        {
            file, accounts, method, format, output, formats,
        };
        command.Validators.Add(result =>
        {
            foreach (var f in result.GetValue(formats) ?? [])
                if (f is not ("pdf" or "docx" or "xlsx")) result.AddError($"--formats 中的“{f}”不是可选的格式：可选 pdf、docx、xlsx");
            if ((result.GetValue(formats) ?? []).Length > 0 && result.GetResult(output) is null) result.AddError("--formats 需要 --out <目录>");
        });
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(accounts), parse.GetValue(method), parse.GetValue(format)!, parse.GetValue(output), stdout, stderr, parse.GetValue(formats)));
        return command;
    }

    public static int Run(string path, string? accountsPath, string? methodName, string format, string? outputDirectory, TextWriter stdout, TextWriter stderr,
        IReadOnlyList<string>? formats = null)
    {
        if (PerformanceFiles.Load(path, stderr) is not { } file) return ExitCodes.InvalidInput;
        UnitAccounts? unit = null;
        if (accountsPath is not null)
        {
            var read = AccountsFiles.Load(accountsPath);
            if (read.Accounts is null)
            {
                AccountsFiles.Report(read, stderr, "未计分");
                return ExitCodes.InvalidInput;
            }
            unit = read.Accounts;
        }
        if (PerformanceFiles.Method(methodName ?? file.Method, stderr) is not { } scoring) return ExitCodes.InvalidInput;
        var asOf = DateOnly.FromDateTime(DateTime.Today);
        var results = PerformanceRules.ScoreAndCheck(file, unit, asOf, scoring);
        stdout.Write(format == "json" ? ScoreReportWriter.Json(results) : ScoreReportWriter.Text(results, PerformanceRules.Builtin));
        if (outputDirectory is not null)
        {
            Directory.CreateDirectory(outputDirectory);
            var document = EvaluationDocuments.Build(results.Select(r => r.Score).ToArray(), unit?.Unit.Name ?? file.Evaluations[0].ImplementingUnit, file.FiscalYear);
            var html = HtmlRenderer.Render(document);
            File.WriteAllText(Path.Combine(outputDirectory, "self-evaluation.html"), html);
            if (formats?.Contains("docx") == true) File.WriteAllBytes(Path.Combine(outputDirectory, "self-evaluation.docx"), DocxRenderer.Render(document));
            if (formats?.Contains("xlsx") == true) File.WriteAllBytes(Path.Combine(outputDirectory, "self-evaluation.xlsx"), XlsxRenderer.Render(document));
            if (formats?.Contains("pdf") == true)
            {
                using var printer = new BatchPrinter();
                try
                {
                    File.WriteAllBytes(Path.Combine(outputDirectory, "self-evaluation.pdf"), printer.Print(html));
                }
                catch (PdfPrinterUnavailableException e)
                {
                    stderr.WriteLine(e.Message);
                    return ExitCodes.Failure;
                }
            }
        }
        return results.Any(r => r.Report.HasBlocking) ? CheckCommand.BlockingFound : ExitCodes.Success;
    }
}

/// <summary>Reads performance files and resolves scoring methods for the commands that use them.</summary>
internal static class PerformanceFiles
{
    public static PerformanceFile? Load(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path} $：文件不存在");
            return null;
        }
        var result = PerformanceReader.Read(File.ReadAllText(path), path);
        if (result.File is not null) return result.File;
        ErrorReport.Write(stderr, "绩效自评文件", null, result.Errors);
        return null;
    }

    /// <summary>A shipped method by name, a method file by path, or the default.</summary>
    public static ScoringMethod? Method(string? nameOrPath, TextWriter stderr)
    {
        var name = nameOrPath ?? ScoringMethod.DefaultId;
        if (ScoringMethod.Find(name) is { } shipped) return shipped;
        if (File.Exists(name))
        {
            var (method, error) = ScoringMethod.Parse(File.ReadAllText(name), name);
            if (method is not null) return method;
            stderr.WriteLine(error);
            return null;
        }
        stderr.WriteLine($"没有名为“{name}”的计分方法（内置方法：{string.Join("、", ScoringMethod.ShippedIds)}），也没有这个文件。");
        return null;
    }
}
