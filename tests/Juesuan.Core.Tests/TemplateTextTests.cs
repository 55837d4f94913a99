using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests;

/// <summary>Template sentences fill named values; a bracketed fragment stands only where all its values are given.</summary>
public class TemplateTextTests
{
    private const string Sentence = "支出决算为{amount}[，完成{base}的{rate}]。";

    [Fact]
    public void An_optional_fragment_is_kept_when_every_value_it_names_is_given()
    {
        var values = new Dictionary<string, object?> { ["amount"] = "3,868,700.00元", ["base"] = "年初预算", ["rate"] = "91.74%" };
        Assert.Equal("支出决算为3,868,700.00元，完成年初预算的91.74%。", TemplateText.FillText(Sentence, values));
    }

    [Fact]
    public void An_optional_fragment_is_left_out_when_a_value_it_names_is_null_or_missing()
    {
        Assert.Equal("支出决算为0.00元。", TemplateText.FillText(Sentence, new Dictionary<string, object?> { ["amount"] = "0.00元", ["base"] = "年初预算", ["rate"] = null }));
        Assert.Equal("支出决算为0.00元。", TemplateText.FillText(Sentence, new Dictionary<string, object?> { ["amount"] = "0.00元" }));
    }

    [Fact]
    public void A_value_outside_a_fragment_must_be_given()
    {
        Assert.Throws<KeyNotFoundException>(() => TemplateText.FillText(Sentence, new Dictionary<string, object?> { ["amount"] = null }));
        Assert.Throws<FormatException>(() => TemplateText.FillText("增加{amount}[，增长{rate}", new Dictionary<string, object?> { ["amount"] = "1元" }));
    }

    [Fact]
    public void A_placeholder_span_inside_a_kept_fragment_keeps_its_identity()
    {
        var reason = new Span("【待补充：原因】", Placeholder: true, Key: "reasons.total.change");
        var spans = TemplateText.Fill("与上年相比增加1元[，主要原因是：{reason}]。", new Dictionary<string, object?> { ["reason"] = reason });
        Assert.Equal(["与上年相比增加1元，主要原因是：", "【待补充：原因】", "。"], spans.Select(s => s.Text));
        Assert.True(spans[1].Placeholder);
    }
}
