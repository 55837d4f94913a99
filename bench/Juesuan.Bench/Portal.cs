using System.Diagnostics;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Documents.Checks;
using Juesuan.Documents.Html;
using Juesuan.Documents.Json;
using Juesuan.Pipeline;
using Juesuan.Testing;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Bench;

/// <summary>
/// The portal at the scale of a province: publishes generated units over several departments and four years through the real
/// workflow (each a full disclosure: document JSON, HTML and check report), starts the web server on that database, and measures
/// the portal's pages under 16 and 64 concurrent clients, on SQLite or on PostgreSQL.
/// </summary>
internal static class Portal
{
    private const int Departments = 10;
    private static readonly int[] Years = [2021, 2022, 2023, 2024];

    /// <summary><c>portal [seconds] [sqlite|postgres] [units]</c>: PostgreSQL from JUESUAN_TEST_POSTGRES (a fresh database is made on it).</summary>
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
        var provider = args.Length > 2 && args[2] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var units = args.Length > 3 ? int.Parse(args[3]) : 1_250;
        var data = Directory.CreateTempSubdirectory("juesuan-portal-").FullName;
        string connection;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("JUESUAN_TEST_POSTGRES") ?? throw new InvalidOperationException("请设置 JUESUAN_TEST_POSTGRES（PostgreSQL 连接串）");
            connection = $"{server};Database=juesuan_portal_{Guid.NewGuid():N}";
        }
        else
        {
            connection = Databases.SqliteFile(data);
        }

        var watch = Stopwatch.StartNew();
        var published = await GenerateAsync(provider, connection, units);
        Console.WriteLine($"生成：{units} 个单位 × {Years.Length} 个年度 = {published} 份公开（{Departments} 个部门），经公开流程登记，用时 {watch.Elapsed.TotalSeconds:0} 秒");
        if (provider == DatabaseProvider.Sqlite) Console.WriteLine($"SQLite 文件 {new FileInfo(Path.Combine(data, "juesuan.db")).Length / 1024 / 1024} MB");

        string[] serverArgs = provider == DatabaseProvider.Postgres
            ? ["--Juesuan:Database=Postgres", $"--Juesuan:Connection={connection}", "--data", data]
            : ["--data", data];
        await Load.WithServerAsync([.. serverArgs, "--Juesuan:LoadSample=false"], async origin =>
        {
            Console.WriteLine($"服务器：{provider}；负载：每项 {seconds} 秒，先预热 5 秒；{Environment.ProcessorCount} 核（服务器与负载程序同机）");
            Console.WriteLine("| 页面 | 并发连接 | 请求/秒 | p50 (ms) | p99 (ms) | 错误 |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            var department = Uri.EscapeDataString(DepartmentName(3));
            var pages = new (string Name, string Path)[]
            {
                ("门户首页", "/"),
                ("查找（名称）", "/?q=" + Uri.EscapeDataString("单位0123")),
                ("查找（部门、年度，第2页）", $"/?department={department}&year=2023&page=2"),
                ("单位历年", "/disclosures/U00123"),
                ("部门汇总", $"/totals?department={department}&year=2023"),
                ("区划汇总（全部单位）", $"/totals?region={Uri.EscapeDataString("模拟市财政局")}&year=2024"),
                ("比较（三个单位）", "/compare?d=U00001:2024&d=U00500:2024&d=U01000:2024"),
                ("开放数据目录（第7页）", "/api/public/disclosures?page=7"),
            };
            foreach (var connections in new[] { 16, 64 })
            {
                foreach (var (name, path) in pages)
                    await Load.MeasureAsync(origin, name, path, null, connections, seconds, warmUp: 5);
                // Readers search for different things: each request another unit and year (at first always past the cache).
                await Load.MeasureAsync(origin, "查找（每次不同的单位和年度）", "/?q=单位{n}&year={y}",
                    n => $"/?q={Uri.EscapeDataString($"单位{n * 7919 % 10_000:0000}")}&year={Years[(int)(n % Years.Length)]}", null, connections, seconds, warmUp: 5);
                await Load.MeasureAsync(origin, "单位历年（每次不同的单位）", "/disclosures/U{n}",
                    n => $"/disclosures/U{n * 7919 % units:00000}", null, connections, seconds, warmUp: 5);
            }
            await FirstDownloadAsync(provider, connection, origin);
        });
        if (provider == DatabaseProvider.Sqlite) Directory.Delete(data, recursive: true);
        else
        {
            await using var db = Databases.Open(provider, connection);
            await db.Database.EnsureDeletedAsync();
        }
    }

    /// <summary>
    /// Publishes one more unit while the server runs (as another node or the command line would), gives the server's background
    /// maker time to make its files, and times the first PDF download, as a reader who opens it after publication.
    /// </summary>
    private static async Task FirstDownloadAsync(DatabaseProvider provider, string connection, string origin)
    {
        await using (var db = Databases.Open(provider, connection))
            await PublishAsync(db, (await db.Organisations.SingleAsync(o => o.Code == "D00")).Id, 99_999, "U99999", 2024);
        await Task.Delay(TimeSpan.FromSeconds(15));
        using var client = new HttpClient { BaseAddress = new Uri(origin) };
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/public/disclosures/U99999/2024/documents/pdf");
        var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
        Console.WriteLine($"公开后第一次下载 PDF：{(int)response.StatusCode}，{bytes / 1024} KB，{watch.Elapsed.TotalMilliseconds:0} ms（公开 15 秒后）");
    }

    private static string DepartmentName(int i) => $"模拟市第{i}局";

    private static async Task<int> GenerateAsync(DatabaseProvider provider, string connection, int units)
    {
        await using var db = Databases.Open(provider, connection);
        await db.Database.MigrateAsync();
        var clock = TimeProvider.System;
        var tree = new OrganisationTree(db, clock);
        var bureau = (await tree.AddAsync("B", "模拟市财政局", OrganisationKind.Bureau, null, "bench")).Added!;
        var departments = new List<Organisation>();
        for (var d = 0; d < Departments; d++)
            departments.Add((await tree.AddAsync($"D{d:00}", DepartmentName(d), OrganisationKind.Department, bureau.Id, "bench")).Added!);
        var count = 0;
        for (var u = 0; u < units; u++)
        {
            foreach (var year in Years)
            {
                await PublishAsync(db, departments[u % Departments].Id, u, $"U{u:00000}", year);
                count++;
            }
            if ((u + 1) % 100 == 0) Console.Error.WriteLine($"已生成 {u + 1}/{units} 个单位");
        }
        return count;
    }

    /// <summary>A generated unit's year, saved and recorded as published through the workflow (the unit added at its first year).</summary>
    private static async Task PublishAsync(JuesuanDb db, int departmentId, int seed, string code, int year)
    {
        var clock = TimeProvider.System;
        var unit = await db.Organisations.SingleOrDefaultAsync(o => o.Code == code)
            ?? (await new OrganisationTree(db, clock).AddAsync(code, $"模拟单位{seed:0000}", OrganisationKind.Unit, departmentId, "bench")).Added!;
        var publishing = new PublishingSettings(null, RuleCatalogue.Builtin);
        // A few seeds spend more carry-over than 行政运行 costs (a negative income line): the next seed is taken.
        var accounts = Enumerable.Range(0, 100).Select(attempt => SyntheticUnits.Create(seed * 10 + year + attempt * 1_000_003, code,
                seed % 3 == 0 ? UnitType.Administrative : UnitType.PublicInstitution))
            .First(a => a.Income.All(l => l.Amount.Yuan >= 0)) with { FiscalYear = year };
        accounts = accounts with { Unit = accounts.Unit with { Name = unit.Name } };
        var saved = await new AccountsStore(db, clock, publishing).SaveAsync(unit.Id, AccountsWriter.Write(accounts), "accounts.json", "bench", null);
        var revision = saved switch
        {
            SaveOutcome.Saved s => s.Revision,
            SaveOutcome.Invalid invalid => throw new InvalidOperationException($"{code} {year}：{string.Join("；", invalid.Errors.Select(e => e.ToString()))}"),
            _ => throw new InvalidOperationException($"{code} {year}：{saved}"),
        };
        var outcome = await new DisclosureWorkflow(db, clock, new WorkflowOptions(), publishing).RecordPublishedAsync(unit.Id, year, revision, "bench",
            new HistoricalPublication(null, null, "性能测试生成"),
            prepared => new RenderedDisclosure(DocumentJson.Write(prepared.Document), HtmlRenderer.Render(prepared.Document), CheckReportWriter.JsonText(prepared.Checks)));
        if (outcome is not WorkflowOutcome.Done) throw new InvalidOperationException($"{code} {year}：{outcome}");
        db.ChangeTracker.Clear();
    }
}
