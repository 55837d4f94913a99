using System.CommandLine;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Cli;

/// <summary>
/// juesuan import — saves an accounts file (JSON or a filled workbook) into the server's database as the
/// unit's next version: all or nothing, with the same errors as every other command that reads one.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var accounts = new Argument<string>("accounts") { Description = "决算数据文件（JSON 或填报工作簿 .xlsx）" };
        var unit = new Option<string>("--unit") { Description = "单位编码（须已在系统中建立）", Required = true };
        var year = new Option<int>("--year") { Description = "年度（须与文件中的年度一致）", Required = true };
        var actor = new Option<string?>("--as") { Description = "记入审计记录的操作人（默认：命令行及当前系统用户名）" };
        var database = new DatabaseOptions();
        var command = new Command("import", "把决算数据导入服务器数据库，作为该单位该年度的新版本；文件有任何错误则不导入任何内容")
        {
            accounts, unit, year, actor,
        };
        database.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(accounts)!, parse.GetValue(unit)!, parse.GetValue(year), parse.GetValue(actor),
            () => database.Open(parse, stderr), stdout, stderr));
        return command;
    }

    public static int Run(string path, string unitCode, int year, string? actor, Func<JuesuanDb?> open, TextWriter stdout, TextWriter stderr)
    {
        using var db = open();
        if (db is null) return ExitCodes.InvalidInput;
        // The bureau's settings: its editions decide which codes the file may use, its rules what the import reports.
        var settings = new SettingsStore(db, TimeProvider.System).Publishing();
        var read = AccountsFiles.Load(path, settings.Editions);
        if (read.Accounts is null)
        {
            ErrorReport.Write(stderr, "决算数据文件", "未导入任何内容", read.Errors);
            return ExitCodes.InvalidInput;
        }
        var unit = db.Organisations.AsNoTracking().SingleOrDefault(o => o.Code == unitCode && o.Kind == OrganisationKind.Unit);
        if (unit is null)
        {
            stderr.WriteLine($"数据库中没有编码为“{unitCode}”的单位：请先由系统管理员建立该单位。未导入任何内容。");
            return ExitCodes.InvalidInput;
        }
        var name = actor ?? $"命令行（{Environment.UserName}）";
        var outcome = new AccountsStore(db, TimeProvider.System, settings)
            .SaveAsync(unit.Id, read, path, name, null, $"命令行导入 {Path.GetFileName(path)}", year)
            .GetAwaiter().GetResult();
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                var @case = db.DisclosureCases.AsNoTracking().Single(c => c.OrganisationId == unit.Id && c.FiscalYear == year);
                stdout.WriteLine($"已导入 {unit.Code} {unit.Name} {year}年度决算：第{saved.Version.Number}版，修订号 {saved.Revision}；检查发现阻断 {@case.Blocking} 项，警告 {@case.Warnings} 项。");
                return ExitCodes.Success;
            case SaveOutcome.Invalid invalid:
                ErrorReport.Write(stderr, "决算数据文件", "未导入任何内容", invalid.Errors);
                return ExitCodes.InvalidInput;
            case SaveOutcome.Locked locked:
                stderr.WriteLine(locked.Reason + "。未导入任何内容。");
                return ExitCodes.Failure;
            default:
                stderr.WriteLine("他人同时修改了该单位的决算数据，未导入任何内容；请重试。");
                return ExitCodes.Failure;
        }
    }
}
