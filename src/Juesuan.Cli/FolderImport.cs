using Juesuan.Data;

namespace Juesuan.Cli;

/// <summary>
/// juesuan import &lt;folder&gt; — a city's units loaded in one process: every accounts file in the folder and its subfolders
/// (JSON or filled workbook) saved to the unit it names, each file all or nothing, with a progress line per file and a
/// summary; the exit code says whether any file was not imported.
/// </summary>
internal static class FolderImport
{
    public static int Run(string folder, int year, string? actor, Func<JuesuanDb?> open, TextWriter stdout, TextWriter stderr)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || AccountsFiles.IsWorkbook(f))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            stderr.WriteLine($"{folder}：文件夹中没有决算数据文件（.json 或 .xlsx）。未导入任何内容。");
            return ExitCodes.InvalidInput;
        }
        if (files.Count > BulkImport.MostFiles)
        {
            stderr.WriteLine($"{folder}：共 {files.Count} 个文件，超过一次导入的上限 {BulkImport.MostFiles} 个；请分批导入。未导入任何内容。");
            return ExitCodes.InvalidInput;
        }
        using var db = open();
        if (db is null) return ExitCodes.InvalidInput;
        var settings = new SettingsStore(db, TimeProvider.System).Publishing();
        var store = new AccountsStore(db, TimeProvider.System, settings);
        var name = actor ?? $"命令行（{Environment.UserName}）";
        var units = db.Organisations.Where(o => o.Kind == OrganisationKind.Unit || o.Kind == OrganisationKind.Department).ToDictionary(o => o.Code);
        var imported = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var shown = Path.GetRelativePath(folder, file);
            var result = BulkImport.OneAsync(db, store, shown, AccountsFiles.Load(file, settings.Editions), year, name,
                code => Task.FromResult(units.TryGetValue(code, out var unit) ? (unit, (string?)null) : ((Organisation?)null, (string?)null)),
                CancellationToken.None).GetAwaiter().GetResult();
            db.ChangeTracker.Clear();
            if (result.Saved) imported++;
            stderr.WriteLine($"[{i + 1}/{files.Count}] {result.Line}");
        }
        var failed = files.Count - imported;
        stdout.WriteLine($"共 {files.Count} 个文件：已导入 {imported} 个{(failed > 0 ? $"，未导入 {failed} 个（原因见上）" : "")}。");
        return failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
