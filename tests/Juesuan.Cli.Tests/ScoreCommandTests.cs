using System.Text.Json;
using Juesuan.Testing;

namespace Juesuan.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-score-").FullName;
    private static readonly string Performance = RepoPaths.File("samples", "datong-cast-2021", "performance.json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Score(string path, string? accounts = null, string? method = null, string format = "text", string? output = null)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = ScoreCommand.Run(path, accounts, method, format, output, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_sample_scores_94_63_and_its_stated_100_is_blocking()
    {
        var (code, output, _) = Score(Performance, RepoPaths.SampleAccounts, output: _dir);
        Assert.Equal(CheckCommand.BlockingFound, code);
        Assert.Contains("预算执行率 40.87%（全年执行数265,675.22元 ÷ 全年预算数650,000.00元），分值10，得分4.09", output);
        Assert.Contains("得分合计104.09，参与计分的分值110，总分94.63，评价等级“优”；自评得分100（不一致）。", output);
        Assert.Contains("[PF-9 成本指标与决算数据一致] 成本指标“项目支出成本”的实际完成值为85万，而决算数据中的项目全年执行数为265,675.22元。", output);
        var html = File.ReadAllText(Path.Combine(_dir, "self-evaluation.html"));
        Assert.Contains("科普项目绩效自评表", html);
        Assert.Contains("科普项目绩效评价报告", html);
    }

    [Fact]
    public void Json_carries_each_indicator_and_the_findings()
    {
        var (_, json, _) = Score(Performance, format: "json");
        using var document = JsonDocument.Parse(json);
        var evaluation = document.RootElement.GetProperty("evaluations")[0];
        Assert.Equal(94.63m, evaluation.GetProperty("total").GetDecimal());
        Assert.Equal(40.87m, evaluation.GetProperty("executionRate").GetDecimal());
        Assert.Equal(35, evaluation.GetProperty("indicators").GetArrayLength());
        Assert.Contains(evaluation.GetProperty("check").GetProperty("coverage").EnumerateArray(),
            c => c.GetProperty("ruleId").GetString() == "PF-9" && c.GetProperty("notEnoughData").GetInt32() == 3);   // no accounts given
    }

    [Fact]
    public void The_method_is_a_choice_and_an_unknown_one_is_refused()
    {
        var method = Path.Combine(_dir, "strict.json");
        File.WriteAllText(method, File.ReadAllText(RepoPaths.File("src", "Juesuan.Core", "Performance", "Methods", "national-2020.json"))
            .Replace("\"rescale\": true", "\"rescale\": false").Replace("\"id\": \"national-2020\"", "\"id\": \"local-strict\""));
        var (_, output, _) = Score(Performance, method: method);
        Assert.Contains("总分104.09", output);
        var (code, _, error) = Score(Performance, method: "nonesuch");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("没有名为“nonesuch”的计分方法（内置方法：national-2020）", error);
    }

    [Fact]
    public void Build_with_performance_fills_the_section_and_annexes_the_evaluation()
    {
        // Through the command line as the README runs it, options and all.
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = JuesuanCommand.Run(["build", RepoPaths.SampleAccounts, "--performance", Performance, "--out", _dir], stdout, stderr);
        Assert.True(code == ExitCodes.Success, stderr.ToString());
        var html = File.ReadAllText(Path.Combine(_dir, "disclosure.html"));
        Assert.Contains("自评得分94.63分，评价等级为“优”", html);
        Assert.Contains("附件 项目支出绩效自评表及绩效评价报告", html);
    }
}

public sealed class OptionWiringTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-wiring-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        return (JuesuanCommand.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Every_option_of_check_reaches_the_command()
    {
        var config = Path.Combine(_dir, "config.json");
        File.WriteAllText(config, """{ "config": "juesuan.check-config/1", "name": "某局", "rules": { "Q-2": { "enabled": false } } }""");
        var rules = Path.Combine(_dir, "rules.json");
        File.WriteAllText(rules, """{ "catalogue": "juesuan.rules/1", "rules": [] }""");
        var (code, output, error) = Cli("check", RepoPaths.SampleAccounts, "--rules", rules, "--config", config, "--format", "csv", "--as-of", "2022-08-01");
        Assert.True(code == ExitCodes.Success, error);
        Assert.StartsWith("\uFEFF规则,", output);
        Assert.DoesNotContain("Q-2,", output);
    }

    [Fact]
    public void Every_option_of_score_reaches_the_command()
    {
        var (code, output, error) = Cli("score", RepoPaths.File("samples", "datong-cast-2021", "performance.json"),
            "--accounts", RepoPaths.SampleAccounts, "--method", "national-2020", "--format", "json", "--out", _dir, "--formats", "docx,xlsx");
        Assert.True(code == CheckCommand.BlockingFound, error);
        Assert.Contains("\"total\": 94.63", output);
        Assert.Contains("\"ruleId\": \"PF-9\"", output);
        Assert.True(File.Exists(Path.Combine(_dir, "self-evaluation.html")));
        Assert.True(File.Exists(Path.Combine(_dir, "self-evaluation.docx")));
        Assert.True(File.Exists(Path.Combine(_dir, "self-evaluation.xlsx")));
        Assert.Equal(2, Cli("score", RepoPaths.File("samples", "datong-cast-2021", "performance.json"), "--formats", "pdf").Code);
    }

    [Fact]
    public void Every_option_of_build_reaches_the_command()
    {
        var (code, output, error) = Cli("build", RepoPaths.SampleAccounts, "--unit", "wan", "--performance", RepoPaths.File("samples", "datong-cast-2021", "performance.json"), "-o", _dir);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("金额单位：万元", output);
        Assert.Contains("自评得分94.63分", File.ReadAllText(Path.Combine(_dir, "disclosure.html")));
    }
}
