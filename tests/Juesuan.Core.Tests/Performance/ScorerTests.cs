using Juesuan.Amounts;
using Juesuan.Performance;

namespace Juesuan.Core.Tests.Performance;

public class ScorerTests
{
    private static readonly ScoringMethod National = ScoringMethod.Find("national-2020")!;
    private static readonly ScoringMethod Linear = National with { Reverse = ReverseScoring.Linear };

    private static Indicator I(string target, string actual, decimal weight = 10m, decimal? stated = null, bool applicable = true) =>
        new("产出指标", "数量指标", "测试指标", weight, TargetReader.ReadTarget(target), TargetReader.ReadActual(actual), stated, null, applicable);

    private static IndicatorScore S(string target, string actual, ScoringMethod? method = null, decimal? stated = null) =>
        Scorer.ScoreIndicator(I(target, actual, stated: stated), method ?? National);

    [Theory]
    [InlineData(">=10次", "10次", 10, IndicatorStatus.Met)]          // exactly at target
    [InlineData(">=10次", "12次", 10, IndicatorStatus.Met)]
    [InlineData(">=10次", "7次", 7, IndicatorStatus.PartlyMet)]      // proportional
    [InlineData(">=3次", "1次", 3.33, IndicatorStatus.PartlyMet)]    // rounded to two decimals
    [InlineData(">=10次", "0次", 0, IndicatorStatus.NotMet)]
    [InlineData(">0次", "0次", 0, IndicatorStatus.NotMet)]
    [InlineData(">=0次", "0次", 10, IndicatorStatus.Met)]            // zero target
    [InlineData("=100%", "80%", 8, IndicatorStatus.PartlyMet)]       // = with a positive target scores as ≥
    [InlineData("=0次", "0次", 10, IndicatorStatus.Met)]             // = with a zero target: nothing allowed
    [InlineData("=0次", "1次", 0, IndicatorStatus.NotMet)]
    public void Positive_and_equal_indicators(string target, string actual, double score, IndicatorStatus status)
    {
        var s = S(target, actual);
        Assert.Equal((decimal)score, s.Score);
        Assert.Equal(status, s.Status);
    }

    [Theory]
    [InlineData("<=100万元", "100万元", 10, 10)]      // at target
    [InlineData("<=100万元", "125万元", 8, 7.5)]      // A: 10 × 100/125; B: 10 × (1 − 25/100)
    [InlineData("<=100万元", "200万元", 5, 0)]        // B: twice the target scores nothing
    [InlineData("<=100万元", "250万元", 4, 0)]
    [InlineData("<0.67万", "0.66万", 10, 10)]
    [InlineData("<0.67万", "0.67万", 10, 10)]         // strict: at the target is not below it → A: 10 × 1
    public void Reverse_indicators_in_both_variants(string target, string actual, double ratio, double linear)
    {
        Assert.Equal((decimal)ratio, S(target, actual).Score);
        Assert.Equal((decimal)linear, S(target, actual, Linear).Score);
    }

    [Fact]
    public void A_strict_reverse_target_is_missed_at_the_target_itself_though_nothing_is_deducted()
    {
        // "<0.67万" is not met by 0.67万 (so a deviation reason is asked for), but the shortfall is nil.
        var s = S("<0.67万", "0.67万", Linear);
        Assert.NotEqual(IndicatorStatus.Met, s.Status);
        Assert.Equal(10m, s.Score);
        Assert.Equal(IndicatorStatus.Met, S("<=0.67万", "0.67万", Linear).Status);
    }

    [Theory]
    [InlineData("=2021年1月", "2021年1月", 10)]
    [InlineData("=2021年6月", "2021年3月", 10)]    // earlier than planned
    [InlineData("=5月", "6月", 0)]                 // later
    public void Time_indicators_count_if_not_late(string target, string actual, double score) =>
        Assert.Equal((decimal)score, S(target, actual).Score);

    [Theory]
    [InlineData("提升", "100%", 10, IndicatorStatus.Met)]
    [InlineData("提升", "85%", 8.5, IndicatorStatus.PartlyMet)]
    [InlineData("合规", "达成", 10, IndicatorStatus.Met)]               // default of the top band
    [InlineData("合规", "部分达成", 7, IndicatorStatus.PartlyMet)]      // default of the middle band
    [InlineData("合规", "未达成", 3, IndicatorStatus.NotMet)]
    public void Qualitative_indicators_in_three_bands(string target, string actual, double score, IndicatorStatus status)
    {
        var s = S(target, actual);
        Assert.Equal((decimal)score, s.Score);
        Assert.Equal(status, s.Status);
    }

    [Theory]
    [InlineData("部分达成", 6, 6)]       // a stated score inside the band [6, 8) is kept
    [InlineData("部分达成", 7.99, 7.99)]
    [InlineData("部分达成", 8, 7)]       // the band's upper end belongs to the band above: the default is used
    [InlineData("达成", 10, 10)]         // the top band includes its upper end
    [InlineData("达成", 7, 10)]
    public void A_stated_qualitative_score_is_kept_only_inside_its_band(string actual, double stated, double score) =>
        Assert.Equal((decimal)score, S("有效", actual, stated: (decimal)stated).Score);

    [Theory]
    [InlineData(">=1次", "100%")]     // a count against a percentage
    [InlineData("<=100万元", "5次")]
    [InlineData("=2021年1月", "1月")] // a year-month against a month
    [InlineData(">=1次", "达成")]
    public void Incomparable_values_are_not_scored_and_say_why(string target, string actual)
    {
        var s = S(target, actual);
        Assert.Null(s.Score);
        Assert.Equal(IndicatorStatus.Unscorable, s.Status);
        Assert.Contains(actual, s.Explanation);
    }

    private static ProjectEvaluation Evaluation(decimal fullYear, decimal executed, params Indicator[] indicators) => new(
        EvaluationKind.Project, "测试项目", null, "测试局", "测试局",
        new FundsBlock(new FundsRow(Amount.FromYuan(fullYear), Amount.FromYuan(fullYear), Amount.FromYuan(executed)), null, null, null),
        null, null, indicators, new Dictionary<string, decimal>(), null, null, EvaluationReportTexts.None);

    [Fact]
    public void Execution_is_scored_linearly_and_capped()
    {
        var score = Scorer.Score(Evaluation(650_000m, 265_675.22m, I(">=1次", "1次", 90m)), National);
        Assert.Equal(40.87m, Math.Round(score.ExecutionRate!.Value.Points, 2));
        Assert.Equal(4.09m, score.ExecutionScore);
        Assert.Equal(94.09m, score.Total);
        Assert.Equal(10m, Scorer.Score(Evaluation(100m, 150m, I(">=1次", "1次", 90m)), National).ExecutionScore);
    }

    [Fact]
    public void A_zero_budget_leaves_execution_undefined_and_unscored()
    {
        var score = Scorer.Score(Evaluation(0m, 0m, I(">=1次", "1次", 90m)), National);
        Assert.Null(score.ExecutionRate);
        Assert.Null(score.ExecutionScore);
        Assert.Equal(90m, score.Possible);
        Assert.Equal(100m, score.Total);      // rescaled over what could be scored, not 0 % and not infinite
    }

    [Fact]
    public void Non_applicable_indicators_are_rescaled_away()
    {
        var score = Scorer.Score(Evaluation(100m, 100m, I(">=10次", "5次", 45m), I(">=1次", "1次", 45m, applicable: false)), National);
        Assert.Equal(55m, score.Possible);                 // 10 + 45
        Assert.Equal(32.5m, score.Earned);                 // 10 + 22.5
        Assert.Equal(59.09m, score.Total);                 // 32.5 / 55 × 100, rounded once
        Assert.Equal("差", score.Grade);
    }

    [Fact]
    public void Without_rescaling_the_earned_points_are_the_total()
    {
        var plain = National with { Rescale = false };
        var score = Scorer.Score(Evaluation(100m, 100m, I(">=10次", "5次", 45m), I(">=1次", "1次", 45m, applicable: false)), plain);
        Assert.Equal(32.5m, score.Total);
    }

    [Theory]
    [InlineData(100, "优")]
    [InlineData(90, "优")]
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    [InlineData(0, "差")]
    public void Grade_bands_have_inclusive_lower_bounds(double score, string grade) => Assert.Equal(grade, National.Grade((decimal)score));

    [Fact]
    public void Grade_bands_are_a_setting()
    {
        var local = National with { Grades = [new("优", 90), new("良", 80), new("中", 70), new("差", 0)] };
        Assert.Equal("差", local.Grade(65m));
        Assert.Equal("中", National.Grade(65m));
    }

    [Fact]
    public void A_method_file_is_named_and_versioned()
    {
        var (method, error) = ScoringMethod.Parse(File.ReadAllText(Testing.RepoPaths.File("src", "Juesuan.Core", "Performance", "Methods", "national-2020.json")).Replace("\"ratio\"", "\"linear\""), "local.json");
        Assert.Null(error);
        Assert.Equal(("national-2020", "2020.1", ReverseScoring.Linear), (method!.Id, method.Version, method.Reverse));
        Assert.StartsWith("bad.json", ScoringMethod.Parse("{ \"id\": 1 }", "bad.json").Error);
    }
}
