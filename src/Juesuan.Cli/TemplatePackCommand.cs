using System.CommandLine;
using Juesuan.Data;
using Juesuan.DocumentModel;

namespace Juesuan.Cli;

/// <summary>
/// juesuan template-pack — a bureau's own disclosure templates (docs/templates.md): check a file, load it into the
/// server's database (optionally choosing it for a fiscal year), list what is built in and loaded.
/// </summary>
internal static class TemplatePackCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        new("template-pack", "披露模板：检查模板文件，载入财政局自己的模板，列出可用的模板（格式见 docs/templates.md）")
        {
            Check(stdout, stderr), Import(stdout, stderr), List(stdout, stderr),
        };

    private static Command Check(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "模板文件（JSON）" };
        var check = new Command("check", "检查模板文件，列出每一处问题及其位置；不读写数据库") { file };
        check.SetAction(parse => Read(parse.GetValue(file)!, stderr, "未检查") is { } read ? Describe(read.Template, stdout) : ExitCodes.InvalidInput);
        return check;
    }

    private static Command Import(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "模板文件（JSON）" };
        var year = new Option<int?>("--year") { Description = "同时选用为该决算年度的模板（未指定模板的决算数据按它生成公开文本）" };
        var actor = new Option<string?>("--as") { Description = "记入审计记录的操作人（默认：命令行及当前系统用户名）" };
        var database = new DatabaseOptions();
        var import = new Command("import", "载入财政局自己的模板（文件有任何问题则不载入）；载入的每一版都保留，公开时记下所用的版本") { file, year, actor };
        database.AddTo(import);
        import.SetAction(parse =>
        {
            if (Read(parse.GetValue(file)!, stderr, "未载入任何内容") is not { } read) return ExitCodes.InvalidInput;
            if (parse.GetValue(year) is { } y && !read.Template.Serves(y))
            {
                stderr.WriteLine($"模板“{read.Template.Name}”适用于{Years(read.Template)}，不能选用为{y}年度的模板。未载入任何内容。");
                return ExitCodes.InvalidInput;
            }
            using var db = database.Open(parse, stderr);
            if (db is null) return ExitCodes.InvalidInput;
            if (new SettingsStore(db, TimeProvider.System).RootBureau.FirstOrDefault() is not (> 0 and var bureauId))
            {
                stderr.WriteLine("数据库中还没有财政局：请先建立财政局（网站首次启动时的“初始设置”）。未载入任何内容。");
                return ExitCodes.InvalidInput;
            }
            new TemplateStore(db, TimeProvider.System).LoadAsync(bureauId, read.Template, read.Json, Path.GetFileName(read.Path), parse.GetValue(year),
                parse.GetValue(actor) ?? $"命令行（{Environment.UserName}）").GetAwaiter().GetResult();
            Describe(read.Template, stdout);
            stdout.WriteLine(parse.GetValue(year) is { } chosen
                ? $"已载入，并选用为{chosen}年度的模板：该年度未指定模板的决算数据自现在起按它生成公开文本。"
                : $"已载入：决算数据文件写明模板“{read.Template.Id}”的，或在设置中选用它的年度，按它生成公开文本。");
            return ExitCodes.Success;
        });
        return import;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var database = new DatabaseOptions();
        var bureau = new Option<bool>("--bureau") { Description = "包括财政局载入的模板和各年度的选用（读取服务器数据库）；不加时只列内置模板" };
        var list = new Command("list", "以 TSV 列出可用的模板：标识、名称、适用年度、来源、版本") { bureau };
        database.AddTo(list);
        list.SetAction(parse =>
        {
            stdout.WriteLine("id\tname\tyears\tsource\thash");
            foreach (var t in DisclosureTemplate.All) stdout.WriteLine($"{t.Id}\t{t.Name}\t{Years(t)}\t内置\t{t.Hash[..12]}");
            if (!parse.GetValue(bureau)) return ExitCodes.Success;
            using var db = database.Open(parse, stderr);
            if (db is null) return ExitCodes.InvalidInput;
            var store = new TemplateStore(db, TimeProvider.System);
            foreach (var t in store.Loaded())
                stdout.WriteLine($"{t.TemplateId}\t{t.Name}\t{Years(t.Template())}\t{t.LoadedBy} {t.LoadedAt.ToLocalTime():yyyy-MM-dd HH:mm} 载入 {t.FileName}\t{t.Hash[..12]}");
            foreach (var (year, id) in store.Choices().OrderBy(c => c.Key)) stdout.WriteLine($"# {year}年度选用 {id}");
            return ExitCodes.Success;
        });
        return list;
    }

    private sealed record ReadTemplate(DisclosureTemplate Template, string Json, string Path);

    /// <summary>A template file read and checked; null, with every problem on standard error, when it cannot be used.</summary>
    private static ReadTemplate? Read(string path, TextWriter stderr, string outcome)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}：文件不存在。{outcome}。");
            return null;
        }
        // Refused by its size before it is read into memory.
        if (new FileInfo(path).Length is var length && length > DisclosureTemplate.MaxFileBytes)
        {
            ErrorReport.Write(stderr, "模板文件", outcome, [DisclosureTemplate.TooLargeFile(path, length)]);
            return null;
        }
        var (load, json) = DisclosureTemplate.Load(File.ReadAllBytes(path), path);
        if (load.Template is not { } template)
        {
            ErrorReport.Write(stderr, "模板文件", outcome, load.Errors);
            return null;
        }
        return new ReadTemplate(template, json!, path);
    }

    private static int Describe(DisclosureTemplate t, TextWriter stdout)
    {
        stdout.WriteLine($"模板“{t.Name}”（{t.Id}），适用于{Years(t)}：{t.Tables.Count}张表，情况说明{t.Sections.Count}节，名词解释{t.Glossary.Count}条；版本 {t.Hash[..12]}");
        return ExitCodes.Success;
    }

    private static string Years(DisclosureTemplate t) => t.ToYear is { } to ? $"{t.FromYear}至{to}年度" : $"{t.FromYear}年度起";
}
