using System.Globalization;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Performance;

/// <summary>一个指标的计算结果.</summary>
public enum IndicatorStatus
{
    /// <summary>达到目标.</summary>
    Met,

    /// <summary>部分达到.</summary>
    PartlyMet,

    /// <summary>未达到.</summary>
    NotMet,

    /// <summary>不适用，不计分.</summary>
    NotApplicable,

    /// <summary>目标或实际值无法识别，或两者单位不一致，未能计分.</summary>
    Unscorable,
}

/// <summary>指标得分 — the computed score of one indicator and how it was reached, in Chinese.</summary>
/// <param name="Score">Rounded to the method's decimals; null when not scored.</param>
public sealed record IndicatorScore(Indicator Indicator, decimal? Score, IndicatorStatus Status, string Explanation);

/// <summary>
/// 自评结果 — the computed scores of an evaluation: 预算执行率 and its score, each indicator's score,
/// the total (rescaled where indicators do not apply) and the grade.
/// </summary>
/// <param name="ExecutionRate">全年执行数 ÷ the method's denominator; null when the denominator is zero (undefined, not 0 % or infinite).</param>
/// <param name="Possible">The weights that were scored (execution and applicable indicators).</param>
public sealed record EvaluationScore(
    ProjectEvaluation Evaluation,
    ScoringMethod Method,
    Percentage? ExecutionRate,
    decimal? ExecutionScore,
    IReadOnlyList<IndicatorScore> Indicators,
    decimal Earned,
    decimal Possible,
    decimal Total,
    string Grade);

/// <summary>计分 — scores an evaluation by a method (domain.md §4.5).</summary>
public static class Scorer
{
    public static EvaluationScore Score(ProjectEvaluation evaluation, ScoringMethod method)
    {
        var funds = evaluation.Funds.Total;
        var denominator = method.Execution.Denominator == ExecutionDenominator.YearStart ? funds.YearStart : funds.FullYear;
        var rate = Percentage.Of(funds.Executed, denominator);
        decimal? executionScore = rate is { } r ? method.Round(Math.Min(r.Points, 100m) / 100m * method.Execution.Weight) : null;

        var scores = evaluation.Indicators.Select(i => ScoreIndicator(i, method)).ToArray();
        var earned = (executionScore ?? 0m) + scores.Sum(s => s.Score ?? 0m);
        var possible = (executionScore is null ? 0m : method.Execution.Weight) + scores.Where(s => s.Score is not null).Sum(s => s.Indicator.Weight);
        var total = method.Rescale
            ? possible == 0m ? 0m : method.Round(earned / possible * 100m)
            : method.Round(earned);
        return new EvaluationScore(evaluation, method, rate, executionScore, scores, earned, possible, total, method.Grade(total));
    }

    public static IndicatorScore ScoreIndicator(Indicator indicator, ScoringMethod method)
    {
        var w = indicator.Weight;
        if (!indicator.Applicable) return new(indicator, null, IndicatorStatus.NotApplicable, "不适用，不计分");
        if (!indicator.Target.IsReadable) return new(indicator, null, IndicatorStatus.Unscorable, indicator.Target.Error!);
        if (!indicator.Actual.IsReadable) return new(indicator, null, IndicatorStatus.Unscorable, indicator.Actual.Error!);

        if (indicator.Target.Operator == TargetOperator.Qualitative) return Qualitative(indicator, method);

        var target = indicator.Target.Measure!;
        if (indicator.Actual.Measure is not { } actual)
            return new(indicator, null, IndicatorStatus.Unscorable, $"年度指标值为数值“{indicator.Target.Text}”，实际完成值却为“{indicator.Actual.Text}”，无法比较");
        if (!target.SameKind(actual))
            return new(indicator, null, IndicatorStatus.Unscorable, $"年度指标值“{indicator.Target.Text}”与实际完成值“{indicator.Actual.Text}”的单位不一致，无法比较");

        var (t, v) = (target.Value, actual.Value);
        if (target.Kind == MeasureKind.Month)
            return v <= t
                ? Full(indicator, method, $"实际{indicator.Actual.Text}不晚于目标{indicator.Target.Text}")
                : new(indicator, 0m, IndicatorStatus.NotMet, $"实际{indicator.Actual.Text}晚于目标{indicator.Target.Text}，不得分");

        switch (indicator.Target.Operator)
        {
            case TargetOperator.AtLeast or TargetOperator.Above or TargetOperator.Equal when t > 0m:
            {
                var met = indicator.Target.Operator == TargetOperator.Above ? v > t : v >= t;
                if (met) return Full(indicator, method, $"实际{indicator.Actual.Text}达到目标{indicator.Target.Text}");
                var score = method.Round(w * v / t);
                return new(indicator, score, score > 0m ? IndicatorStatus.PartlyMet : IndicatorStatus.NotMet,
                    $"实际{indicator.Actual.Text}未达到目标{indicator.Target.Text}，按完成比例{Ratio(v, t)}计{Number(score)}分");
            }
            case TargetOperator.AtLeast or TargetOperator.Above:
                return v > 0m || indicator.Target.Operator == TargetOperator.AtLeast
                    ? Full(indicator, method, $"目标为{indicator.Target.Text}，实际{indicator.Actual.Text}")
                    : new(indicator, 0m, IndicatorStatus.NotMet, $"实际{indicator.Actual.Text}未超过目标{indicator.Target.Text}");
            case TargetOperator.Equal:
                return v <= 0m
                    ? Full(indicator, method, $"目标为0，实际{indicator.Actual.Text}")
                    : new(indicator, 0m, IndicatorStatus.NotMet, $"目标为0，实际{indicator.Actual.Text}，不得分");
            default:
                return Reverse(indicator, method, t, v);
        }
    }

    /// <summary>≤ and &lt;: full marks within the target; beyond it, the method's reverse variant.</summary>
    private static IndicatorScore Reverse(Indicator indicator, ScoringMethod method, decimal t, decimal v)
    {
        var w = indicator.Weight;
        var met = indicator.Target.Operator == TargetOperator.Below ? v < t : v <= t;
        if (met) return Full(indicator, method, $"实际{indicator.Actual.Text}未超过目标{indicator.Target.Text}");
        decimal score;
        string how;
        if (t <= 0m)
        {
            score = 0m;
            how = "目标为0而实际超出，不得分";
        }
        else if (method.Reverse == ReverseScoring.Ratio)
        {
            score = method.Round(w * t / v);
            how = $"按目标÷实际{Ratio(t, v)}计{Number(score)}分";
        }
        else
        {
            score = v >= 2 * t ? 0m : method.Round(w * (1m - (v - t) / t));
            how = v >= 2 * t ? "实际达到目标的两倍以上，不得分" : $"按超出比例扣减，计{Number(score)}分";
        }
        return new(indicator, score, score > 0m ? IndicatorStatus.PartlyMet : IndicatorStatus.NotMet,
            $"实际{indicator.Actual.Text}超出目标{indicator.Target.Text}，{how}");
    }

    /// <summary>
    /// A qualitative indicator: a percentage actual scores that share of the weight; a band in words
    /// scores the stated score when it lies within the band, otherwise the band's default.
    /// </summary>
    private static IndicatorScore Qualitative(Indicator indicator, ScoringMethod method)
    {
        var w = indicator.Weight;
        var bands = method.Qualitative;
        QualitativeBand band;
        decimal score;
        if (indicator.Actual.Measure is { Kind: MeasureKind.Percent } p)
        {
            var percent = Math.Min(p.Value, 100m);
            band = bands.BandOf(percent);
            score = method.Round(w * percent / 100m);
        }
        else if (indicator.Actual.Band is { } named)
        {
            band = named;
            var range = bands.Of(band);
            score = indicator.StatedScore is { } stated && InBand(stated, w, range, band == QualitativeBand.Achieved)
                ? stated
                : method.Round(w * range.Default / 100m);
        }
        else
        {
            return new(indicator, null, IndicatorStatus.Unscorable, $"定性指标的实际完成值“{indicator.Actual.Text}”应为完成程度（如“100%”）或“达成”“部分达成”“未达成”");
        }
        var status = band switch { QualitativeBand.Achieved => score >= w ? IndicatorStatus.Met : IndicatorStatus.PartlyMet, QualitativeBand.Partly => IndicatorStatus.PartlyMet, _ => IndicatorStatus.NotMet };
        return new(indicator, score, status, $"定性指标“{indicator.Target.Text}”，完成情况“{indicator.Actual.Text}”（{BandName(band)}），计{Number(score)}分");
    }

    /// <summary>Whether a score lies in a band of the weight: [low, high) percent, the top band including its high end.</summary>
    public static bool InBand(decimal score, decimal weight, BandRange range, bool inclusiveHigh) =>
        score >= weight * range.Low / 100m && (inclusiveHigh ? score <= weight * range.High / 100m : score < weight * range.High / 100m);

    public static string BandName(QualitativeBand band) => band switch
    {
        QualitativeBand.Achieved => "达成年度指标",
        QualitativeBand.Partly => "部分达成年度指标并具有一定效果",
        _ => "未达成年度指标且效果较差",
    };

    private static IndicatorScore Full(Indicator indicator, ScoringMethod method, string why) =>
        new(indicator, method.Round(indicator.Weight), IndicatorStatus.Met, $"{why}，得满分{Number(indicator.Weight)}分");

    private static string Ratio(decimal a, decimal b) => MoneyFormat.Percent(a / b * 100m, trimmed: true);

    public static string Number(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
