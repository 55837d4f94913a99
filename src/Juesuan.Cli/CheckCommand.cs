using System.CommandLine;
using System.Globalization;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Documents.Checks;
using Juesuan.Documents.Xlsx;
using Juesuan.Pipeline;

namespace Juesuan.Cli;

/// <summary>juesuan check — checks an accounts file against the rule catalogue and reports every finding.</summary>
internal static class CheckCommand
{
    /// <summary>Exit code when something blocking was found.</summary>
    public const int BlockingFound = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var accounts = new Argument<string>("accounts") { Description = "决算数据文件（JSON 或填报工作簿 .xlsx），或已公开的九张公开表工作簿（.xlsx，只检查表内平衡和表间勾稽）" };
        var rules = new Option<string?>("--rules") { Description = "补充规则文件（JSON，格式同内置规则目录，见 docs/rules.md）" };
        var config = new Option<string?>("--config") { Description = "财政局配置文件：停用规则、调整严重程度和阈值" };
        var format = new Option<string>("--format") { Description = "输出格式：text（中文报告）、json 或 csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var asOf = new Option<string?>("--as-of") { Description = "检查日期（年-月-日），用于公开期限；默认今天" };
        var command = new Command("check", "检查决算数据：表内平衡、表间勾稽、完整性、合理性、科目规范和公开时限；有阻断问题时退出码为1")
        {
            accounts, rules, config, format, asOf,
        };
        command.SetAction(parse => Run(parse.GetValue(accounts)!, parse.GetValue(rules), parse.GetValue(config), parse.GetValue(format)!, parse.GetValue(asOf), stdout, stderr));
        return command;
    }

    public static int Run(string accountsPath, string? rulesPath, string? configPath, string format, string? asOfText, TextWriter stdout, TextWriter stderr)
    {
        var asOf = DateOnly.FromDateTime(DateTime.Today);
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            stderr.WriteLine($"--as-of 应为“年-月-日”格式的日期（如 2022-07-25），实际为“{asOfText}”。");
            return ExitCodes.InvalidInput;
        }
        var catalogue = LoadCatalogue(rulesPath, configPath, stderr);
        if (catalogue is null) return ExitCodes.InvalidInput;
        AccountsReadResult result;
        if (AccountsFiles.IsWorkbook(accountsPath))
        {
            // A workbook is either an accounts workbook or published tables; it is read once to tell.
            var workbook = AccountsFiles.OpenWorkbook(accountsPath, out var failure);
            if (workbook is not null && AccountsFiles.IsPublishedTables(workbook)) return RunPublished(workbook, catalogue, format, asOf, stdout, stderr);
            result = workbook is null ? failure! : AccountsFiles.FromWorkbook(workbook, members: AccountsFiles.MembersOf(accountsPath));
        }
        else
        {
            result = AccountsFiles.Load(accountsPath);
        }
        if (result.Accounts is not { } unit)
        {
            AccountsFiles.Report(result, stderr, "未进行检查");
            return ExitCodes.InvalidInput;
        }
        var prepared = DisclosurePipeline.Prepare(unit, result.Settings, new PublishingSettings(null, catalogue), asOf);
        return Write(prepared.Checks, catalogue, format, stdout, PlaceNames.Of(prepared.Document));
    }

    private static int Write(CheckReport report, RuleCatalogue catalogue, string format, TextWriter stdout, PlaceNames? names = null)
    {
        stdout.Write(format switch
        {
            "json" => CheckReportWriter.JsonText(report),
            "csv" => CheckReportWriter.Csv(report),
            _ => CheckReportWriter.Text(report, catalogue, names),
        });
        return report.HasBlocking ? BlockingFound : ExitCodes.Success;
    }

    /// <summary>Checks published tables: every figure as the precision it was stated with, the formula rules only.</summary>
    private static int RunPublished(WorkbookCells workbook, RuleCatalogue catalogue, string format, DateOnly asOf, TextWriter stdout, TextWriter stderr)
    {
        var read = PublishedTablesReader.Read(workbook);
        if (read.Tables is not { } published)
        {
            ErrorReport.Write(stderr, "公开表工作簿", "未进行检查", read.Errors);
            return ExitCodes.InvalidInput;
        }
        if (format == "text")
        {
            stdout.WriteLine($"已公开的公开表：{workbook.FileName}（{published.Tables.Count} 张表" +
                (published.Missing.Count > 0 ? $"，缺少 {string.Join("、", published.Missing)}）" : "）"));
            stdout.WriteLine("按各数字公开时的精度（如万元保留两位小数即 ±50 元）检查表内平衡和表间勾稽；其余规则需要决算数据，列为数据不足。");
            stdout.WriteLine();
        }
        var report = CheckRunner.RunTables(new FactSet(published.Tables), published.UnitName, published.FiscalYear, asOf, catalogue);
        return Write(report, catalogue, format, stdout);
    }

    private static RuleCatalogue? LoadCatalogue(string? rulesPath, string? configPath, TextWriter stderr)
    {
        (string, string)? Read(string? path) => path is null ? null : File.Exists(path) ? (File.ReadAllText(path), path) : null;
        foreach (var path in new[] { rulesPath, configPath }.OfType<string>().Where(p => !File.Exists(p)))
        {
            stderr.WriteLine($"{path}：文件不存在");
            return null;
        }
        var loaded = RuleCatalogue.Load(Read(rulesPath), Read(configPath));
        if (loaded.Catalogue is null)
        {
            ErrorReport.Write(stderr, "规则或配置文件", "未进行检查", loaded.Errors);
        }
        return loaded.Catalogue;
    }
}
