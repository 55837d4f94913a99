using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests;

public class MoneyFormatTests
{
    private static readonly MoneyFormat Yuan = new(AmountUnit.Yuan);
    private static readonly MoneyFormat Wan = new(AmountUnit.TenThousandYuan);

    private static readonly DisclosureTemplate Template = DisclosureTemplate.Find(DisclosureTemplate.DefaultId, 2021)!;

    private static Amount A(decimal yuan) => Amount.FromYuan(yuan);

    [Theory]
    [InlineData(4001132.90, "4,001,132.90")]
    [InlineData(0, "0.00")]
    [InlineData(0.005, "0.01")]      // half away from zero
    [InlineData(0.004, "0.00")]
    [InlineData(-0.004, "0.00")]     // no "-0.00"
    [InlineData(-0.005, "-0.01")]
    [InlineData(1234567890123.45, "1,234,567,890,123.45")]
    public void Yuan_cells_are_grouped_and_rounded_half_away_from_zero(decimal yuan, string expected) =>
        Assert.Equal(expected, Yuan.Number(A(yuan)));

    [Theory]
    [InlineData(6550, "0.66")]       // 0.655 万 rounds up, not to even
    [InlineData(6549.99, "0.65")]
    [InlineData(4001132.90, "400.11")]
    [InlineData(3915995.04, "391.60")]
    [InlineData(50, "0.01")]
    [InlineData(49.99, "0.00")]
    public void Ten_thousand_yuan_cells_round_once_from_the_exact_yuan(decimal yuan, string expected) =>
        Assert.Equal(expected, Wan.Number(A(yuan)));

    [Fact]
    public void Money_in_running_text_carries_its_unit() =>
        Assert.Equal(("4,001,132.90元", "400.11万元"), (Yuan.Money(A(4001132.90m)), Wan.Money(A(4001132.90m))));

    [Theory]
    [InlineData(330475.22, 4000720.64, "8.26%")]
    [InlineData(3915995.04, 3916264.87, "99.99%")]
    [InlineData(269.83, 3916264.87, "0.01%")]
    [InlineData(1, 8, "12.50%")]
    [InlineData(1, 3, "33.33%")]
    [InlineData(2, 3, "66.67%")]
    [InlineData(0, 5, "0.00%")]
    public void Shares_are_computed_from_amounts_and_rounded_once(decimal part, decimal whole, string expected) =>
        Assert.Equal(expected, Yuan.Share(A(part), A(whole)));

    [Fact]
    public void A_share_of_nothing_is_not_a_number() => Assert.Equal("—", Yuan.Share(A(5), Amount.Zero));

    [Fact]
    public void Percentages_round_half_away_from_zero_in_both_directions()
    {
        Assert.Equal("12.35%", Yuan.Percent(Percentage.FromPoints(12.345m)));
        Assert.Equal("-12.35%", Yuan.Percent(Percentage.FromPoints(-12.345m)));
        Assert.Equal("0.00%", Yuan.Percent(Percentage.FromPoints(-0.001m)));
    }

    [Fact]
    public void Percent_decimals_are_a_setting() =>
        Assert.Equal("30.8%", new MoneyFormat(AmountUnit.Yuan, percentDecimals: 1).Share(A(6164.80m), A(20000m)));

    [Theory]
    [InlineData(6164.80, 6652, "减少487.20元，下降7.32%")]
    [InlineData(339417.40, 255393.35, "增加84,024.05元，增长32.90%")]
    [InlineData(100, 100, "持平")]
    [InlineData(100, 0, "增加100.00元")]
    public void Changes_say_increase_or_decrease_in_the_template_s_words(decimal current, decimal prior, string expected) =>
        Assert.Equal(expected, Template.Change(Yuan, A(current), A(prior)));

    [Fact]
    public void A_change_that_rounds_to_nothing_in_the_display_unit_is_level() =>
        Assert.Equal("持平", Template.Change(Wan, A(1000040m), A(1000000m)));

    [Fact]
    public void Money_arithmetic_is_checked() =>
        Assert.Throws<OverflowException>(() => A(decimal.MaxValue) + A(1m));

    [Theory]
    [InlineData("yuan", AmountUnit.Yuan)]
    [InlineData("元", AmountUnit.Yuan)]
    [InlineData("wan", AmountUnit.TenThousandYuan)]
    [InlineData("万元", AmountUnit.TenThousandYuan)]
    public void Amount_units_parse_from_both_spellings(string text, AmountUnit expected)
    {
        Assert.True(AmountUnits.TryParse(text, out var unit));
        Assert.Equal(expected, unit);
    }

    [Fact]
    public void Table_headers_state_the_unit() =>
        Assert.Equal(("金额单位：元", "金额单位：万元"), (AmountUnit.Yuan.Caption(), AmountUnit.TenThousandYuan.Caption()));
}
