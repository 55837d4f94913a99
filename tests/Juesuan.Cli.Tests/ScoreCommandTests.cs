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
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = BuildCommand.Run(RepoPaths.SampleAccounts, _dir, null, stdout, stderr, Performance);
        Assert.Equal(ExitCodes.Success, code);
        var html = File.ReadAllText(Path.Combine(_dir, "disclosure.html"));
        Assert.Contains("自评得分94.63分，评价等级为“优”", html);
        Assert.Contains("附件 项目支出绩效自评表及绩效评价报告", html);
    }
}
