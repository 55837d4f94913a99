using System.Text.Json;
using Juesuan.Documents.Tests;
using Juesuan.Testing;

namespace Juesuan.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-auditcli-").FullName;
    private static readonly string Seed = RepoPaths.File("samples", "datong-cast-2021", "published.txt");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        return (JuesuanCommand.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_seed_exits_1_with_its_contradictions_in_chinese()
    {
        var (code, output, _) = Cli("audit", Seed);
        Assert.Equal(AuditCommand.ContradictionFound, code);
        Assert.Contains("矛盾 8 处", output);
        Assert.Contains("第24行第61列（占比）“0.825%”：当前写为 0.825%，按 330,475.22元 ÷ 4,001,132.90元 应为 8.26%", output);
    }

    [Fact]
    public void Json_and_html_reports()
    {
        var (_, json, _) = Cli("audit", Seed, "--format", "json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(8, document.RootElement.GetProperty("contradicted").GetInt32());
        var out_ = Path.Combine(_dir, "seed.html");
        var (code, output, error) = Cli("audit", Seed, "--format", "html", "--out", out_);
        Assert.True(code == AuditCommand.ContradictionFound, error);
        Assert.Contains("已写出", output);
        var html = File.ReadAllText(out_);
        Assert.Contains("<mark class=\"contradicted\" id=\"c2\"", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void A_consistent_text_exits_0_and_unreadable_input_exits_2()
    {
        var clean = Path.Combine(_dir, "clean.txt");
        File.WriteAllText(clean, "2021年本年支出合计1000.00元，其中基本支出800.00元，占80.00%。");
        Assert.Equal(ExitCodes.Success, Cli("audit", clean).Code);
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "");
        var (code, _, error) = Cli("audit", empty);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("文件为空", error);
    }

    /// <summary>
    /// The finance bureau's published disclosure (tests/real/README.md): its nine tables are read and agree with each
    /// other; its text states two figures its own tables contradict, and nothing else is reported as contradicted.
    /// </summary>
    [RequiresPdftotextFact]
    public void The_finance_bureaus_disclosure_is_read_whole_and_its_two_wrong_figures_are_reported()
    {
        var (code, json, error) = Cli("audit", RepoPaths.File("tests", "real", "putuo-finance-bureau-2024.pdf"), "--format", "json");
        Assert.True(code == AuditCommand.ContradictionFound, error);
        using var report = JsonDocument.Parse(json);
        var tables = report.RootElement.GetProperty("tables").EnumerateArray().ToArray();
        Assert.Equal([42, 20, 20, 38, 20, 66, 1, 0, 0], tables.Select(t => t.GetProperty("rows").GetInt32()));
        Assert.All(tables, t => Assert.True(t.GetProperty("read").GetBoolean()));
        Assert.Empty(report.RootElement.GetProperty("tableFindings").EnumerateArray());
        var contradicted = Contradicted(report);
        Assert.Equal(2, contradicted.Length);
        // 一般公共服务支出（类）2106.66万元 of 一般公共预算财政拨款支出 2940.05万元 is 71.65%, not 71.73%.
        Assert.Contains(contradicted, c => c.Text == "71.73%" && c.Explanation.Contains("应为 71.65%", StringComparison.Ordinal));
        // 财政拨款收入支出总计 is its 财政拨款收入支出决算总表's 总计, 2,961.68万元, not 0.3万元.
        Assert.Contains(contradicted, c => c.Text == "0.3万元" && c.Explanation.Contains("财政拨款收入支出决算总表的总计为2,961.68万元", StringComparison.Ordinal));
    }

    /// <summary>
    /// The planning bureau's (samples/putuo-planning-2024/SOURCE.md §4): the text gives 一般公共预算财政拨款基本支出 as
    /// 5377.64万元, the 支出决算表's 基本支出 of all funds, where its 一般公共预算财政拨款支出决算表 gives 5,364.75万元,
    /// and its 人员经费 as 4896.98万元 (5377.64 − 480.66), where the 基本支出 table gives 4,884.09万元 (its text layer
    /// breaks “人员” and “经费” over two lines: the name is read across them). Its 99.86% and 95.45% are the true
    /// shares cut at the second decimal, which the auditor accepts as a way of rounding.
    /// </summary>
    [RequiresPdftotextFact]
    public void The_planning_bureaus_disclosure_is_read_whole_and_its_wrong_basic_expenditure_is_reported()
    {
        var (code, json, error) = Cli("audit", RepoPaths.File("tests", "real", "putuo-planning-resources-2024.pdf"), "--format", "json");
        Assert.True(code == AuditCommand.ContradictionFound, error);
        using var report = JsonDocument.Parse(json);
        Assert.Equal(9, report.RootElement.GetProperty("tables").EnumerateArray().Count(t => t.GetProperty("read").GetBoolean()));
        Assert.Empty(report.RootElement.GetProperty("tableFindings").EnumerateArray());
        var contradicted = Contradicted(report);
        Assert.Equal(["5377.64 万元", "4896.98 万元"], contradicted.Select(c => c.Text));
        Assert.Contains("一般公共预算财政拨款支出决算表合计行的基本支出为5,364.75万元", contradicted[0].Explanation);
        Assert.Contains("一般公共预算财政拨款基本支出决算表的人员经费合计为4,884.09万元", contradicted[1].Explanation);
    }

    /// <summary>
    /// Every corpus passage, the seed and the real PDFs: the exit code is 1 exactly when the report shows a contradiction
    /// or a disagreement of the tables, 0 otherwise, and never the result of an error of Juesuan's own.
    /// </summary>
    [RequiresPdftotextFact]
    public void The_exit_code_is_1_for_contradictions_and_nothing_else()
    {
        var inputs = Directory.GetFiles(RepoPaths.File("tests", "Juesuan.Core.Tests", "Audit", "corpus"), "*.txt")
            .Concat(Directory.GetFiles(RepoPaths.File("tests", "real"), "*.pdf")).Append(Seed);
        foreach (var input in inputs)
        {
            var (code, json, error) = Cli("audit", input, "--format", "json");
            Assert.True(code is 0 or 1, $"{input}：退出码 {code}，{error}");
            Assert.DoesNotContain("内部错误", json + error);
            using var report = JsonDocument.Parse(json);
            var found = report.RootElement.GetProperty("contradicted").GetInt32()
                + (report.RootElement.TryGetProperty("tableFindings", out var findings) && findings.ValueKind == JsonValueKind.Array ? findings.GetArrayLength() : 0);
            Assert.True(code == (found > 0 ? 1 : 0), $"{input}：退出码 {code}，矛盾 {found} 处");
        }
    }

    [Fact]
    public void A_report_that_cannot_be_written_exits_2_not_1()
    {
        var (code, _, error) = Cli("audit", Seed, "--out", _dir);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("无法写出报告", error);
    }

    private static (string Text, string Explanation)[] Contradicted(JsonDocument report) =>
        [.. report.RootElement.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("verdict").GetString() == "contradicted")
            .Select(c => (c.GetProperty("span").GetProperty("text").GetString()!, c.GetProperty("explanation").GetString()!))];
}
