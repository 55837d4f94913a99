using System.CommandLine;
using Juesuan.Catalog;
using Juesuan.Data;
using Juesuan.Documents.Classification;

namespace Juesuan.Cli;

/// <summary>
/// juesuan catalog — the catalogue editions: list what a year uses, as TSV, so anyone can see what a year
/// knows; import a classification from the bureau's budget system into the server's database.
/// </summary>
internal static class CatalogCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        new("catalog", "科目目录：查看某年度使用的目录，导入财政局预算系统中的目录") { List(stdout, stderr), Import(stdout, stderr) };

    private static Option<string?> KindOption(bool required)
    {
        var kind = new Option<string?>("--kind")
        {
            Description = "function（支出功能分类）或 economic（部门预算支出经济分类）" + (required ? "" : "；不填时两者都列出"),
            Required = required,
        };
        kind.AcceptOnlyFromAmong("function", "economic");
        return kind;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var year = new Option<int>("--year") { Description = "决算年度，如 2024（使用不晚于该年度的最近一版目录）", Required = true };
        var kind = KindOption(required: false);
        var bureau = new Option<bool>("--bureau") { Description = "包括财政局导入的目录（读取服务器数据库）；不加时只列内置目录" };
        var database = new DatabaseOptions();
        var list = new Command("list", "以 TSV 列出某年度使用的科目目录：编码、级次、名称、类型、来源") { year, kind, bureau };
        database.AddTo(list);
        list.SetAction(parse =>
        {
            if (!parse.GetValue(bureau)) return Write(CatalogEditions.Shipped, parse.GetValue(year), parse.GetValue(kind), stdout, stderr);
            using var db = database.Open(parse, stderr);
            return db is null ? ExitCodes.InvalidInput : Write(new CatalogStore(db, TimeProvider.System).Editions(), parse.GetValue(year), parse.GetValue(kind), stdout, stderr);
        });
        return list;
    }

    private static int Write(CatalogEditions editions, int fiscalYear, string? kind, TextWriter stdout, TextWriter stderr)
    {
        if (editions.ForYear(fiscalYear) is not { } catalog)
        {
            stderr.WriteLine(editions.NoEdition(fiscalYear));
            return ExitCodes.InvalidInput;
        }
        CodeKind? only = kind is null ? null : ClassificationCode.KindOfKey(kind);
        stdout.WriteLine($"# {fiscalYear}年度使用{catalog.EditionYear}年版目录");
        stdout.WriteLine("code\tlevel\tname_zh\tkind\tsource");
        foreach (var c in catalog.Codes.Where(c => only is null || c.Kind == only))
            stdout.WriteLine($"{c.Code}\t{c.Level.ToString().ToLowerInvariant()}\t{c.Name}\t{c.Kind.ToString().ToLowerInvariant()}\t{c.Source}");
        return ExitCodes.Success;
    }

    private static Command Import(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "目录文件：工作簿（.xlsx）或 CSV，含“科目编码”“科目名称”列（“科目说明”可选）" };
        var year = new Option<int>("--year") { Description = "该目录适用的第一个决算年度", Required = true };
        var kind = KindOption(required: true);
        var dryRun = new Option<bool>("--dry-run") { Description = "只检查并列出与现用目录的差异，不保存" };
        var actor = new Option<string?>("--as") { Description = "记入审计记录的操作人（默认：命令行及当前系统用户名）" };
        var database = new DatabaseOptions();
        var import = new Command("import", "导入财政局预算系统中的科目目录，自下一次请求起用于该年度及以后（直至更晚的目录）；文件有任何错误则不导入任何内容")
        {
            file, year, kind, dryRun, actor,
        };
        database.AddTo(import);
        import.SetAction(parse => RunImport(parse.GetValue(file)!, parse.GetValue(year), ClassificationCode.KindOfKey(parse.GetValue(kind)!), parse.GetValue(dryRun),
            parse.GetValue(actor) ?? $"命令行（{Environment.UserName}）", () => database.Open(parse, stderr), stdout, stderr));
        return import;
    }

    private static int RunImport(string path, int year, CodeKind kind, bool dryRun, string actor, Func<JuesuanDb?> open, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}：文件不存在。未导入任何内容。");
            return ExitCodes.InvalidInput;
        }
        // Refused by its size before it is read into memory.
        if (new FileInfo(path).Length > CatalogImportReader.MaxFileBytes)
        {
            ErrorReport.Write(stderr, "科目目录文件", "未导入任何内容", [CatalogImportReader.TooLargeFile(path)]);
            return ExitCodes.InvalidInput;
        }
        var fileName = Path.GetFileName(path);
        var read = CatalogImportReader.Read(File.ReadAllBytes(path), path, year, kind, $"财政局导入：{fileName}");
        if (read.Catalog is not { } catalog)
        {
            ErrorReport.Write(stderr, "科目目录文件", "未导入任何内容", read.Errors);
            return ExitCodes.InvalidInput;
        }
        using var db = open();
        if (db is null) return ExitCodes.InvalidInput;
        var store = new CatalogStore(db, TimeProvider.System);
        var (changes, refusal) = store.Preview(store.Editions(), catalog);
        stdout.WriteLine($"{year}年度{catalog.KindName}：{catalog.Codes.Count}个科目；与现用目录相比{changes.Summary}");
        foreach (var c in changes.Added) stdout.WriteLine($"  新增 {c.Code} {c.Name}");
        foreach (var c in changes.Removed) stdout.WriteLine($"  删除 {c.Code} {c.Name}");
        foreach (var (before, after) in changes.Renamed) stdout.WriteLine($"  更名 {after.Code} {before.Name} → {after.Name}");
        if (refusal is not null)
        {
            stderr.WriteLine(refusal + "。未导入任何内容。");
            return ExitCodes.InvalidInput;
        }
        if (dryRun)
        {
            stdout.WriteLine("（--dry-run：未保存）");
            return ExitCodes.Success;
        }
        if (new SettingsStore(db, TimeProvider.System).RootBureau.FirstOrDefault() is not (> 0 and var bureauId))
        {
            stderr.WriteLine("数据库中还没有财政局：请先建立财政局（网站首次启动时的“初始设置”）。未导入任何内容。");
            return ExitCodes.InvalidInput;
        }
        store.LoadAsync(bureauId, catalog, fileName, changes, actor).GetAwaiter().GetResult();
        stdout.WriteLine($"已导入：{year}年度起使用此{catalog.KindName}（至更晚的目录为止）。");
        return ExitCodes.Success;
    }
}
