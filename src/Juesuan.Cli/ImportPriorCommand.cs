using System.CommandLine;
using Juesuan.Accounts;
using Juesuan.Data;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Prior;

namespace Juesuan.Cli;

/// <summary>
/// juesuan import-prior — reads last year's published disclosure (PDF, HTML, Word or the tables' workbook) and takes
/// what it states as the 上年数 of the unit's draft; with --dry-run, only shows what was read, without a database.
/// </summary>
internal static class ImportPriorCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "上年已公开的决算（.pdf、.html、.docx，或公开表工作簿 .xlsx）" };
        var unit = new Option<string?>("--unit") { Description = "单位编码（须已在系统中建立，且本年度已有决算数据）；--dry-run 时可不填" };
        var year = new Option<int?>("--year") { Description = "本年度：文件应是其上一年度的决算；--dry-run 时可不填" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只显示读取的结果，不保存（不需要数据库）" };
        var format = new Option<string>("--format") { Description = "输出格式：text（中文）或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var actor = new Option<string?>("--as") { Description = "记入审计记录的操作人（默认：命令行及当前系统用户名）" };
        var database = new DatabaseOptions();
        var command = new Command("import-prior", "读取上年已公开的决算（表格和文字），作为本年度决算的上年数：列出每个数读自哪张表、哪一行、哪一栏、哪一页；读不出的数列出，不猜；文件自身的表不平衡时警告")
        {
            file, unit, year, dryRun, format, actor,
        };
        database.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(unit), parse.GetValue(year), parse.GetValue(dryRun), parse.GetValue(format)!,
            parse.GetValue(actor), () => database.Open(parse, stderr), stdout, stderr));
        return command;
    }

    public static int Run(string path, string? unitCode, int? year, bool dryRun, string format, string? actor, Func<JuesuanDb?> open, TextWriter stdout, TextWriter stderr)
    {
        if (!dryRun && (unitCode is null || year is null))
        {
            stderr.WriteLine("保存上年数须写明 --unit（单位编码）和 --year（本年度）；只看读取结果时用 --dry-run。");
            return ExitCodes.InvalidInput;
        }
        var source = AuditSource.Read(path);
        if (source.Text is null)
        {
            ErrorReport.Write(stderr, source.Error!);
            return ExitCodes.InvalidInput;
        }
        var reading = PriorYearReader.Read(source, Path.GetFileName(path), DateOnly.FromDateTime(DateTime.Today));
        stdout.Write(format == "json" ? PriorYearReport.Json(reading) : PriorYearReport.Text(reading));
        if (!reading.HasFigures)
        {
            stderr.WriteLine($"{Path.GetFileName(path)}：没有读出任何上年数。{(dryRun ? "" : "未保存任何内容。")}");
            return ExitCodes.InvalidInput;
        }
        if (year is { } y && reading.WrongYear(y) is { } wrongYear)
        {
            stderr.WriteLine($"{wrongYear}。{(dryRun ? "" : "未保存任何内容。")}");
            return ExitCodes.InvalidInput;
        }
        if (dryRun) return ExitCodes.Success;

        using var db = open();
        if (db is null) return ExitCodes.InvalidInput;
        if (DatabaseOptions.Unit(db, unitCode!, stderr, "保存") is not { } organisation) return ExitCodes.InvalidInput;
        var settings = new SettingsStore(db, TimeProvider.System).Publishing();
        var store = new AccountsStore(db, TimeProvider.System, settings);
        if (store.CurrentAsync(organisation.Id, year!.Value).GetAwaiter().GetResult() is not { } current)
        {
            stderr.WriteLine($"{organisation.Name}{year}年度尚无决算数据：请先导入本年度的决算数据（juesuan import），再取上年数。未保存任何内容。");
            return ExitCodes.InvalidInput;
        }
        var (accounts, accountsSettings) = StoredAccounts.Read(current.Json);
        var name = Path.GetFileName(path);
        var outcome = store.TakePriorYearAsync(organisation.Id, year.Value, current.Revision,
                AccountsWriter.Write(accounts with { PriorYear = reading.Figures.Over(accounts.PriorYear) }, accountsSettings), name, reading.Sources(),
                actor ?? $"命令行（{Environment.UserName}）")
            .GetAwaiter().GetResult();
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                stdout.WriteLine($"已保存 {organisation.Code} {organisation.Name} {year}年度决算的上年数：第{saved.Version.Number}版。");
                return ExitCodes.Success;
            default:
                return ErrorReport.NotSaved(stderr, outcome, "上年数", "保存");
        }
    }
}
