using System.CommandLine;
using Juesuan.Accounts;
using Juesuan.Data;
using Juesuan.Documents.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Cli;

/// <summary>
/// juesuan import — saves an accounts file (JSON or a filled workbook) into the server's database as the
/// unit's next version: all or nothing, with the same errors as every other command that reads one. The nine
/// 公开表 as budget software exports them (one workbook, or one file per table) are taken as this year's figures,
/// the rest of the draft kept.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var accounts = new Argument<string[]>("accounts")
        {
            Description = "决算数据文件（JSON 或填报工作簿 .xlsx），或预算软件导出的公开表（一个工作簿，或每张表一个 .xlsx 文件），"
                + "或一个文件夹（其中每个决算数据文件导入到文件所写的单位）",
            Arity = ArgumentArity.OneOrMore,
        };
        var unit = new Option<string?>("--unit") { Description = "单位编码（须已在系统中建立；导入文件夹时不用）" };
        var year = new Option<int>("--year") { Description = "年度（须与文件中的年度一致）", Required = true };
        var actor = new Option<string?>("--as") { Description = "记入审计记录的操作人（默认：命令行及当前系统用户名）" };
        var database = new DatabaseOptions();
        var command = new Command("import", "把决算数据导入服务器数据库，作为该单位该年度的新版本；公开表则作为本年各表的数，其余内容保留；文件有任何错误则不导入任何内容")
        {
            accounts, unit, year, actor,
        };
        database.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(accounts)!;
            if (paths is [var folder] && Directory.Exists(folder))
                return FolderImport.Run(folder, parse.GetValue(year), parse.GetValue(actor), () => database.Open(parse, stderr), stdout, stderr);
            if (parse.GetValue(unit) is not { Length: > 0 } code)
            {
                stderr.WriteLine("请用 --unit 指明导入到哪个单位（导入一个文件夹时，各文件导入到文件所写的单位）。未导入任何内容。");
                return ExitCodes.InvalidInput;
            }
            return Run(paths, code, parse.GetValue(year), parse.GetValue(actor), () => database.Open(parse, stderr), stdout, stderr);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string unitCode, int year, string? actor, Func<JuesuanDb?> open, TextWriter stdout, TextWriter stderr)
    {
        // The nine tables exported from budget software: one workbook, or a workbook per table.
        var books = new List<WorkbookCells>();
        if (paths.Count > 1 || AccountsFiles.IsWorkbook(paths[0]))
        {
            foreach (var file in paths)
            {
                if (!AccountsFiles.IsWorkbook(file))
                {
                    stderr.WriteLine($"{file}：同时导入多个文件时，每个文件应是一张公开表的 Excel 工作簿（.xlsx）。未导入任何内容。");
                    return ExitCodes.InvalidInput;
                }
                if (AccountsFiles.OpenWorkbook(file, out var failure) is not { } book)
                {
                    ErrorReport.Write(stderr, "公开表", "未导入任何内容", failure!.Errors);
                    return ExitCodes.InvalidInput;
                }
                books.Add(book);
            }
            if (!TablesAccounts.AreTables(books)) books.Clear();
        }
        var path = paths[0];
        using var db = open();
        if (db is null) return ExitCodes.InvalidInput;
        // The bureau's settings: its editions decide which codes the file may use, its rules what the import reports.
        var settings = new SettingsStore(db, TimeProvider.System).Publishing();
        if (DatabaseOptions.Unit(db, unitCode, stderr, "导入") is not { } unit) return ExitCodes.InvalidInput;
        var name = actor ?? $"命令行（{Environment.UserName}）";
        var store = new AccountsStore(db, TimeProvider.System, settings);
        SaveOutcome outcome;
        TablesAccountsResult? fromTables = null;
        if (books.Count > 0)
        {
            var (draft, draftSettings) = store.CurrentAsync(unit.Id, year).GetAwaiter().GetResult() is { } current
                ? StoredAccounts.Read(current.Json)
                : (unit.BlankAccounts(year), AccountsFileSettings.None);
            fromTables = TablesAccounts.From(books, draft, draftSettings, DateOnly.FromDateTime(DateTime.Today));
            if (fromTables.Accounts is not { } accounts)
            {
                ErrorReport.Write(stderr, "公开表", "未导入任何内容", fromTables.Errors);
                return ExitCodes.InvalidInput;
            }
            var shown = string.Join("、", paths.Select(Path.GetFileName));
            outcome = store.SaveAsync(unit.Id, AccountsWriter.Write(accounts, fromTables.Settings), shown, name, null, $"由公开表导入 {shown}", year)
                .GetAwaiter().GetResult();
        }
        else
        {
            var read = AccountsFiles.Load(path, settings.Editions);
            if (read.Accounts is null)
            {
                ErrorReport.Write(stderr, "决算数据文件", "未导入任何内容", read.Errors);
                return ExitCodes.InvalidInput;
            }
            outcome = store.SaveAsync(unit.Id, read, path, name, null, $"命令行导入 {Path.GetFileName(path)}", year).GetAwaiter().GetResult();
        }
        switch (outcome)
        {
            case SaveOutcome.Saved saved:
                var @case = db.DisclosureCases.AsNoTracking().Single(c => c.OrganisationId == unit.Id && c.FiscalYear == year);
                stdout.WriteLine($"已导入 {unit.Code} {unit.Name} {year}年度决算：第{saved.Version.Number}版，修订号 {saved.Revision}；检查发现阻断 {@case.Blocking} 项，警告 {@case.Warnings} 项。");
                foreach (var (heading, items) in fromTables?.Notes() ?? [])
                {
                    stdout.WriteLine($"【{heading}】");
                    foreach (var item in items) stdout.WriteLine("  " + item);
                }
                return ExitCodes.Success;
            default:
                return ErrorReport.NotSaved(stderr, outcome, fromTables is null ? "决算数据文件" : "公开表", "导入");
        }
    }
}
