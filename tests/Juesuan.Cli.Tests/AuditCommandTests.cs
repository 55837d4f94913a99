using System.Text.Json;
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
}
