using System.Globalization;
using System.Text;
using System.Text.Json;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.Documents.Json;
using Juesuan.Performance;

namespace Juesuan.Documents.Performance;

/// <summary>计分结果的输出 — each evaluation's computed scores and its findings, as Chinese text or JSON.</summary>
public static class ScoreReportWriter
{
    private static readonly MoneyFormat Yuan = new(AmountUnit.Yuan);

    public static string Text(IReadOnlyList<CheckedEvaluation> results, RuleCatalogue catalogue)
    {
        var sb = new StringBuilder();
        foreach (var (score, report) in results)
        {
            var e = score.Evaluation;
            var f = e.Funds.Total;
            sb.Append(CultureInfo.InvariantCulture, $"{e.Name} 绩效自评计分（计分方法：{score.Method.Name} {score.Method.Version}）\n");
            sb.Append(score.ExecutionRate is { } rate
                ? $"预算执行率 {Yuan.Percent(rate)}（全年执行数{Yuan.Money(f.Executed)} ÷ 全年预算数{Yuan.Money(f.FullYear)}），分值{N(score.Method.Execution.Weight)}，得分{N(score.ExecutionScore!.Value)}\n"
                : $"预算执行率 无法计算（全年预算数为0），不计分\n");
            foreach (var group in score.Indicators.GroupBy(s => (s.Indicator.Level1, s.Indicator.Level2)))
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {group.Key.Level1} / {group.Key.Level2}\n");
                foreach (var s in group)
                    sb.Append(CultureInfo.InvariantCulture, $"    {s.Indicator.Name}：分值{N(s.Indicator.Weight)}，得分{(s.Score is { } x ? N(x) : "—")}（{s.Explanation}）\n");
            }
            sb.Append(CultureInfo.InvariantCulture, $"得分合计{N(score.Earned)}，参与计分的分值{N(score.Possible)}，总分{N(score.Total)}，评价等级“{score.Grade}”");
            if (e.StatedTotal is { } stated) sb.Append(CultureInfo.InvariantCulture, $"；自评得分{N(stated)}{(stated == score.Total ? "（一致）" : "（不一致）")}");
            sb.Append("。\n");
            sb.Append(CultureInfo.InvariantCulture, $"检查：阻断 {report.Count(Severity.Blocking)} 项，警告 {report.Count(Severity.Warning)} 项，提示 {report.Count(Severity.Info)} 项。\n");
            foreach (var finding in report.Findings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  【{RuleCatalogue.SeverityName(finding.Severity)}】[{finding.RuleId} {catalogue.Find(finding.RuleId)?.Title}] {finding.Message}\n");
                sb.Append("    修改建议：").Append(finding.Hint).Append('\n');
            }
            var notRun = report.Coverage.Where(c => c.Status == CoverageStatus.NotEnoughData).Select(c => c.RuleId).ToArray();
            if (notRun.Length > 0) sb.Append("  数据不足、未能检查的规则：").Append(string.Join("、", notRun)).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static string Json(IReadOnlyList<CheckedEvaluation> results) =>
        JsonSerializer.Serialize(new
        {
            evaluations = results.Select(r => new
            {
                name = r.Score.Evaluation.Name,
                method = new { r.Score.Method.Id, r.Score.Method.Version },
                executionRate = r.Score.ExecutionRate is { } rate ? Math.Round(rate.Points, 2, MidpointRounding.AwayFromZero) : (decimal?)null,
                executionScore = r.Score.ExecutionScore,
                indicators = r.Score.Indicators.Select(s => new
                {
                    level1 = s.Indicator.Level1, level2 = s.Indicator.Level2, name = s.Indicator.Name, weight = s.Indicator.Weight,
                    target = s.Indicator.Target.Text, actual = s.Indicator.Actual.Text, statedScore = s.Indicator.StatedScore,
                    score = s.Score, status = s.Status, explanation = s.Explanation,
                }),
                earned = r.Score.Earned,
                possible = r.Score.Possible,
                total = r.Score.Total,
                grade = r.Score.Grade,
                statedTotal = r.Score.Evaluation.StatedTotal,
                check = r.Report,
            }),
        }, DocumentJson.Options) + "\n";

    private static string N(decimal d) => Scorer.Number(d);
}
