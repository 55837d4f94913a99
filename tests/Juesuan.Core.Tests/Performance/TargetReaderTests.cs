using Juesuan.Amounts;
using Juesuan.Performance;

namespace Juesuan.Core.Tests.Performance;

public class TargetReaderTests
{
    [Theory]
    [InlineData(">=1次", TargetOperator.AtLeast, MeasureKind.Count, 1, 1, "次")]
    [InlineData("≥95%", TargetOperator.AtLeast, MeasureKind.Percent, 95, 1, "%")]
    [InlineData("<=80%", TargetOperator.AtMost, MeasureKind.Percent, 80, 1, "%")]
    [InlineData("<0.67万", TargetOperator.Below, MeasureKind.Money, 6700, 100, "万")]
    [InlineData("≤100万元", TargetOperator.AtMost, MeasureKind.Money, 1_000_000, 10_000, "万元")]
    [InlineData("=2021年1月", TargetOperator.Equal, MeasureKind.Month, 2021 * 12 + 1, 1, "年月")]
    [InlineData("=5月", TargetOperator.Equal, MeasureKind.Month, 5, 1, "月")]
    [InlineData("100%", TargetOperator.Equal, MeasureKind.Percent, 100, 1, "%")]
    [InlineData("＞＝３场", TargetOperator.AtLeast, MeasureKind.Count, 3, 1, "场")]
    [InlineData("不少于12家", TargetOperator.AtLeast, MeasureKind.Count, 12, 1, "家")]
    public void Quantitative_targets_are_read_as_written(string text, TargetOperator op, MeasureKind kind, double value, double step, string unit)
    {
        var target = TargetReader.ReadTarget(text);
        Assert.True(target.IsReadable, target.Error);
        Assert.Equal(op, target.Operator);
        Assert.Equal(new Measure(kind, (decimal)value, (decimal)step, unit, kind == MeasureKind.Month && text.Contains('年')), target.Measure);
    }

    [Theory]
    [InlineData("提升")]
    [InlineData("合规")]
    [InlineData("有效")]
    [InlineData("健全")]
    [InlineData("达到序时进度")]
    [InlineData("效果明显")]
    [InlineData("合理")]
    [InlineData("资金到位")]
    public void Qualitative_targets_are_recognised(string text)
    {
        var target = TargetReader.ReadTarget(text);
        Assert.Equal(TargetOperator.Qualitative, target.Operator);
        Assert.True(target.IsReadable);
        Assert.Null(target.Measure);
    }

    [Theory]
    [InlineData("约一百")]
    [InlineData(">=")]
    [InlineData("=13月")]
    [InlineData("≥95%左右的水平")]
    public void An_unreadable_target_says_what_was_expected_and_is_never_zero(string text)
    {
        var target = TargetReader.ReadTarget(text);
        Assert.False(target.IsReadable);
        Assert.Null(target.Measure);
        Assert.Equal($"年度指标值“{text}”无法识别：应为{TargetReader.Forms}", target.Error);
    }

    [Theory]
    [InlineData("1次", MeasureKind.Count, 1)]
    [InlineData("0.66万", MeasureKind.Money, 6600)]
    [InlineData("502.33万", MeasureKind.Money, 5_023_300)]
    [InlineData("2021年1月", MeasureKind.Month, 2021 * 12 + 1)]
    [InlineData("100%", MeasureKind.Percent, 100)]
    public void Actuals_are_read_with_their_units(string text, MeasureKind kind, double value)
    {
        var actual = TargetReader.ReadActual(text);
        Assert.Equal(kind, actual.Measure!.Kind);
        Assert.Equal((decimal)value, actual.Measure.Value);
    }

    [Theory]
    [InlineData("达成", QualitativeBand.Achieved)]
    [InlineData("已完成", QualitativeBand.Achieved)]
    [InlineData("部分达成年度指标并具有一定效果", QualitativeBand.Partly)]
    [InlineData("未达成", QualitativeBand.NotAchieved)]
    public void Actuals_in_words_name_a_band(string text, QualitativeBand band) => Assert.Equal(band, TargetReader.ReadActual(text).Band);

    [Fact]
    public void A_stated_figure_stands_for_an_interval_that_accepts_rounding_and_truncation()
    {
        // 0.66万: rounded it came from [6,550, 6,650); truncated from [6,600, 6,700).
        Assert.Equal((6_550m, 6_700m), TargetReader.ReadActual("0.66万").Measure!.Interval);
    }

    [Fact]
    public void An_unreadable_actual_says_so() =>
        Assert.Equal("实际完成值“很多”无法识别：应为带单位的数值（如“1次”“95%”“0.66万”“2021年1月”）或“达成”“部分达成”“未达成”", TargetReader.ReadActual("很多").Error);
}
