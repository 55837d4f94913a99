using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Juesuan.Data;
using Juesuan.Testing;

namespace Juesuan.Bench;

/// <summary>
/// The load benchmark: starts the web application as its own process on 127.0.0.1 (SQLite in a fresh data
/// folder, the sample published on first start), then keeps a number of connections busy against one
/// endpoint at a time and reports requests per second and the latency percentiles.
/// </summary>
internal static class Load
{
    private const int Port = 5181;
    private static readonly string Origin = $"http://127.0.0.1:{Port}";

    /// <summary>The API under concurrency (<c>load</c>), or the pages as one person and as many see them (<c>pages</c>).</summary>
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
        var data = Directory.CreateTempSubdirectory("juesuan-load-").FullName;
        try
        {
            await WithServerAsync(["--data", data], async origin =>
            {
                var token = await TokenAsync(data);
                Console.WriteLine($"服务器：SQLite；负载：每项 {seconds} 秒，先预热 2 秒；{Environment.ProcessorCount} 核（服务器与负载程序同机）");
                Console.WriteLine("| 接口 | 并发连接 | 请求/秒 | p50 (ms) | p99 (ms) | 错误 |");
                Console.WriteLine("|---|---:|---:|---:|---:|---:|");
                if (args[0] == "pages")
                {
                    foreach (var connections in new[] { 1, 16 })
                    {
                        await MeasureAsync(origin, "门户首页", "/", null, connections, seconds);
                        await MeasureAsync(origin, "公开页面（图表、文本）", "/disclosures/140200-KX/2021", null, connections, seconds);
                        await MeasureAsync(origin, "比较（选择页）", "/compare", null, connections, seconds);
                        await MeasureAsync(origin, "审核台", "/review", token, connections, seconds);
                        await MeasureAsync(origin, "审核页面", "/review/140200-KX/2021", token, connections, seconds);
                        await MeasureAsync(origin, "填报概览（含检查）", "/work/140200-KX/2021", token, connections, seconds);
                        await MeasureAsync(origin, "本年支出编辑", "/work/140200-KX/2021/edit/expenditure", token, connections, seconds);
                        await MeasureAsync(origin, "绩效自评（含计分）", "/work/140200-KX/2021/performance", token, connections, seconds);
                        await MeasureAsync(origin, "预览公开文本", "/work/140200-KX/2021/preview", token, connections, seconds);
                    }
                    return;
                }
                foreach (var connections in new[] { 16, 64 })
                {
                    await MeasureAsync(origin, "已公开决算的文档 JSON（gzip，浏览器的请求方式）", "/api/public/disclosures/140200-KX/2021/disclosure.json", null, connections, seconds, gzip: true);
                    await MeasureAsync(origin, "已公开决算的文档 JSON（不压缩）", "/api/public/disclosures/140200-KX/2021/disclosure.json", null, connections, seconds);
                    await MeasureAsync(origin, "已公开决算目录", "/api/public/disclosures", null, connections, seconds);
                    await MeasureAsync(origin, "单位列表（接口令牌）", "/api/units", token, connections, seconds);
                }
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Starts the web application (its Release or Debug build, as this benchmark is) with the arguments given, runs the work against it, and stops it.</summary>
    public static async Task WithServerAsync(string[] arguments, Func<string, Task> work)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var web = RepoPaths.File("src", "Juesuan.Web", "bin", configuration, "net10.0", "Juesuan.Web.dll");
        using var server = Process.Start(new ProcessStartInfo("dotnet", [web, "--urls", Origin, "--Logging:LogLevel:Default=Warning", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // What the server says goes to a log beside the benchmark, to be read if it fails.
        var log = Path.Combine(Path.GetTempPath(), $"juesuan-bench-server-{server.Id}.log");
        var said = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        server.OutputDataReceived += (_, e) => { if (e.Data is not null) said.WriteLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) said.WriteLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            await WaitForAsync($"{Origin}/api/public/disclosures");
            await work(Origin);
        }
        finally
        {
            if (server.HasExited) Console.Error.WriteLine($"服务器已退出（退出码 {server.ExitCode}），其输出见 {log}");
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            said.Dispose();
        }
    }

    private static async Task WaitForAsync(string url)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync(url)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("服务器未在30秒内启动");
    }

    /// <summary>A bureau reviewer with an API token, added to the server's database.</summary>
    private static async Task<string> TokenAsync(string data)
    {
        await using var db = Databases.Open(DatabaseProvider.Sqlite, Databases.SqliteFile(data));
        var bureau = db.Organisations.Single(o => o.Kind == OrganisationKind.Bureau);
        var users = new UserDirectory(db, TimeProvider.System);
        var (user, error) = await users.CreateAsync("load", "负载测试", "LoadTest2021", UserRole.BureauReviewer, bureau.Id, "bench");
        return (await users.CreateTokenAsync(user ?? throw new InvalidOperationException(error), "负载测试", null)).Secret;
    }

    /// <summary>Keeps <paramref name="connections"/> clients busy on one path and prints a row of requests per second and latency percentiles.</summary>
    /// <param name="warmUp">Seconds of requests before measuring (the server's first requests compile the code they run).</param>
    public static Task MeasureAsync(string origin, string name, string path, string? token, int connections, int seconds, bool gzip = false, int warmUp = 2) =>
        MeasureAsync(origin, name, path, _ => path, token, connections, seconds, gzip, warmUp);

    /// <summary>The same, each request's path given by its number (for requests that must differ, as many readers' searches do).</summary>
    public static async Task MeasureAsync(string origin, string name, string shown, Func<long, string> path, string? token, int connections, int seconds,
        bool gzip = false, int warmUp = 2)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = new Uri(origin),
        };
        // The compressed body is received as sent, not unpacked: what a browser downloads.
        if (gzip) client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await RunWorkersAsync(client, path, connections, TimeSpan.FromSeconds(warmUp));
        var (latencies, errors, elapsed) = await RunWorkersAsync(client, path, connections, TimeSpan.FromSeconds(seconds));
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine($"| {name} `{shown}` | {connections} | {latencies.Count / elapsed.TotalSeconds:0} | {Percentile(0.50):0.0} | {Percentile(0.99):0.0} | {errors} |");
    }

    private static async Task<(List<long> Latencies, int Errors, TimeSpan Elapsed)> RunWorkersAsync(HttpClient client, Func<long, string> path, int connections, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var sent = 0L;
        var results = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>();
            var errors = 0;
            while (watch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path(Interlocked.Increment(ref sent)), HttpCompletionOption.ResponseContentRead);
                if (response.IsSuccessStatusCode) latencies.Add(Stopwatch.GetTimestamp() - start);
                else errors++;
            }
            return (latencies, errors);
        })));
        return (results.SelectMany(r => r.latencies).ToList(), results.Sum(r => r.errors), watch.Elapsed);
    }
}
