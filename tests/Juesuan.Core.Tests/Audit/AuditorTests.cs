using Juesuan.Amounts;
using Juesuan.Audit;
using Juesuan.Testing;

namespace Juesuan.Core.Tests.Audit;

public class NumberScannerTests
{
    [Theory]
    [InlineData("支出4001132.90元", NumberKind.Money, 4_001_132.90, 0.01)]
    [InlineData("支出4,001,132.90元", NumberKind.Money, 4_001_132.90, 0.01)]
    [InlineData("三公经费0.66万", NumberKind.Money, 6_600, 100)]
    [InlineData("合计400.11万元", NumberKind.Money, 4_001_100, 100)]
    [InlineData("共1.2亿元", NumberKind.Money, 120_000_000, 10_000_000)]
    [InlineData("计35千元", NumberKind.Money, 35_000, 1_000)]
    [InlineData("支出４００．５元", NumberKind.Money, 400.5, 0.1)]
    [InlineData("占比8.26%", NumberKind.Percent, 8.26, 0.01)]
    [InlineData("提高2.5个百分点", NumberKind.PercentagePoints, 2.5, 0.1)]
    [InlineData("保有1辆", NumberKind.Count, 1, 1)]
    [InlineData("接待3批次", NumberKind.Count, 3, 1)]
    [InlineData("接待74批(次)", NumberKind.Count, 74, 1)]
    [InlineData("公務接待費用4.5萬元", NumberKind.Money, 45_000, 1_000)]
    [InlineData("規模為21070.5億元", NumberKind.Money, 2_107_050_000_000, 10_000_000)]
    [InlineData("减少−120.00元", NumberKind.Money, -120, 0.01)]
    [InlineData("支出决算4000671.14.完成", NumberKind.Money, 4_000_671.14, 0.01)]  // no unit written: two decimals make it an amount
    public void Numbers_are_read_with_unit_and_stated_precision(string text, NumberKind kind, double value, double step)
    {
        var n = Assert.Single(NumberScanner.Scan(text));
        Assert.Equal((kind, (decimal)value, (decimal)step), (n.Kind, n.Value, n.Step));
    }

    [Theory]
    [InlineData("2021年7月25日")]
    [InlineData("第36届")]
    [InlineData("减少25.7%5其原因")]
    public void Dates_and_stray_digits_are_not_amounts(string text) =>
        Assert.DoesNotContain(NumberScanner.Scan(text), n => n.Kind == NumberKind.Money);

    [Fact]
    public void A_figure_without_a_unit_shares_the_unit_of_the_amount_just_before_it()
    {
        var numbers = NumberScanner.Scan("公务接待费2.05万元，较上年2.08减少0.03万元。");
        Assert.Equal([20_500m, 20_800m, 300m], numbers.Select(n => n.Value));
        Assert.Equal(20_800m, NumberScanner.Scan("2.05万元，较上年2.08").Last().Value);
        // A sentence later the unit no longer carries over.
        Assert.DoesNotContain(NumberScanner.Scan("2.05万元。较上年2.08"), n => n.Value == 20_800m);
    }

    [Fact]
    public void A_stated_figure_stands_for_rounding_and_truncation()
    {
        var interval = NumberScanner.Scan("0.66万").Single().Interval;
        Assert.Equal((6_550m, 6_700m), (interval.Low, interval.High));
    }
}

public class AuditorTests
{
    private static AuditReport Audit(string text) => Auditor.Audit(text, "test.txt");

    /// <summary>A claim consistent as written, and contradicted once its figure is changed to another.</summary>
    private static void ConsistentUntilChanged(string text, string figure, string changed)
    {
        Assert.Equal(ClaimVerdict.Consistent, Audit(text).Claims.Single(c => c.Span.Text == figure).Verdict);
        Assert.Equal(ClaimVerdict.Contradicted, Audit(text.Replace(figure, changed)).Claims.Single(c => c.Span.Text == changed).Verdict);
    }

    /// <summary>The text's one contradiction is the figure written wrong, and with it mended there is none.</summary>
    private static void ContradictedUntilMended(string text, string wrong, string right)
    {
        Assert.Equal(wrong, Assert.Single(Audit(text).Contradictions).Span.Text);
        Assert.Empty(Audit(text.Replace(wrong, right)).Contradictions);
    }

    [Fact]
    public void An_audit_whose_client_left_stops_instead_of_running_on()
    {
        using var left = new CancellationTokenSource();
        left.Cancel();
        Assert.Throws<OperationCanceledException>(() => Auditor.Audit("2021年度收入总计100.00万元，支出总计100.00万元。", "test.txt", left.Token));
    }

    [Fact]
    public void An_error_of_the_auditors_own_on_one_claim_is_reported_for_that_claim_and_never_as_a_contradiction()
    {
        const string text = "2021年本年支出合计100.00元。";
        var doc = new AuditDocument(text);
        var claims = new List<Claim>();
        Auditor.Guarded(doc, claims, ClaimKind.Share, 0, text.Length, () =>
        {
            claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Contradicted, doc.Span(0, 4), "2021", null, null, null, null, "半途记下的结论"));
            throw new DivideByZeroException();
        });
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
        Assert.StartsWith("无法核对（内部错误）", claim.Explanation);
        Assert.Equal(text, claim.Span.Text);
    }

    [Fact]
    public void A_rate_of_growth_from_nothing_and_a_base_no_greater_than_its_part_are_unverifiable_not_errors()
    {
        var growth = Assert.Single(Audit("2021年“三公”经费支出100.00万元，比上年增加100.00万元，增长50%。").Claims);
        Assert.Equal((ClaimVerdict.Unverifiable, "50%"), (growth.Verdict, growth.Span.Text));
        Assert.Contains("上年数为零或更少", growth.Explanation);
        var nothing = Audit("2021年支出总计0.00元，其中：项目支出20.00元，占支出总计的20%。").Claims;
        var share = Assert.Single(nothing, c => c.Kind == ClaimKind.Share);
        Assert.Equal(ClaimVerdict.Unverifiable, share.Verdict);
        Assert.Contains("都不大于这一部分", share.Explanation);
        // The part listed under a whole of nothing is itself the contradiction.
        Assert.Equal("20.00元", Assert.Single(nothing, c => c.Kind == ClaimKind.SumOfParts).Span.Text);
    }

    [Fact]
    public void A_share_after_其中_is_part_of_the_share_before_it_not_a_sibling()
    {
        var report = Audit("2022年度本部门政府采购支出总额20.50万元。授予中小企业合同金额20.50万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额15.00万元，占政府采购支出总额的73.17%。");
        Assert.Empty(report.Contradictions);
        Assert.Equal(2, report.Count(ClaimVerdict.Consistent));
    }

    [Fact]
    public void A_name_the_sentence_qualified_before_is_another_quantity_than_the_same_name_unqualified()
    {
        // "支出总计" after "财政拨款收入总计" is 财政拨款支出总计, not the 支出总计 stated before.
        var report = Audit("2021年度收入总计120.00万元，支出总计120.00万元。2021年度财政拨款收入总计100.00万元，支出总计100.00万元。");
        Assert.Empty(report.Contradictions);
        // Without the qualifier the two 支出总计 are one quantity stated twice.
        Assert.Contains(Audit("2021年度收入总计120.00万元，支出总计120.00万元。2021年度支出总计100.00万元。").Contradictions, c => c.Kind == ClaimKind.StatedTwice);
    }

    [Fact]
    public void The_unit_and_year_that_open_a_sentence_are_not_part_of_a_figures_name()
    {
        // 上海市普陀区财政局's published wording: the change's current figure is named after the unit and year.
        var report = Audit("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。");
        var rate = Assert.Single(report.Claims, c => c.Span.Text == "1.87%");
        Assert.Equal(ClaimVerdict.Consistent, rate.Verdict);
        Assert.Contains("1.87%", Audit("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.95%。").Contradictions.Single().Explanation);
    }

    [Fact]
    public void 增收_and_减收_are_changes_and_the_amount_completed_is_this_years_figure()
    {
        // A budget report's wording: the amount completed opens the sentence, the budget follows, then the change.
        var report = Audit("2024年4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。其中：税收收入8103万元，比上年增收1284万元，增长18.8%。");
        Assert.Empty(report.Contradictions);
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(report.Claims, c => c.Span.Text == "4.2%").Verdict);
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(report.Claims, c => c.Span.Text == "18.8%").Verdict);
        Assert.Contains(Audit("2024年4月，一般公共预算收入累计完成24627万元，比上年减收1070万元，下降6.2%。").Contradictions, c => c.Span.Text == "6.2%");
    }

    [Fact]
    public void A_figure_followed_by_its_changes_amount_and_rate_needs_no_comparison_named()
    {
        // Budget reports name the comparison once, or not at all: "完成1036.5亿元，增长55.4%，增收369.4亿元".
        var report = Audit("其中，税收收入完成1036.5亿元，增长55.4%，增收369.4亿元；非税收入完成225.1亿元，下降0.3%，减收0.7亿元。"
            + "市级一般公共预算收入决算数129748万元，为调整预算数的100.66%，增收12423万元，增长10.59%。");
        Assert.Empty(report.Contradictions);
        Assert.Equal(["55.4%", "0.3%", "10.59%"], report.Claims.Where(c => c.Verdict == ClaimVerdict.Consistent).Select(c => c.Span.Text));
        var wrong = Assert.Single(Audit("民生支出1322.5亿元，增长17.8%，增支209.7亿元。").Contradictions);
        Assert.Equal("17.8%", wrong.Span.Text);
        Assert.Contains("应为 18.84%", wrong.Explanation);
        // Directions that disagree are no change of one figure.
        Assert.Empty(Audit("民生支出1322.5亿元，增长17.8%，减支209.7亿元。").Claims);
    }

    [Fact]
    public void Parts_named_straight_before_their_change_continue_the_comparison_of_their_paragraph()
    {
        const string text = "2018年度一般公共预算财政拨款“三公”经费支出预算为12.04万元，支出决算为12.04万元。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行费支出决算为4.04万元；公务接待费支出决算为8万元。"
            + "2018年度一般公共预算财政拨款“三公”经费支出决算数比2017年减少2.01万元，下降14.31%。其中：公务用车购置及运行费支出决算减少1.52万元，下降14.31%；公务接待费支出决算减少0.49万元，下降5.77%。";
        var report = Audit(text);
        // The total named at length is the “三公” total stated before; each item is its own figure of the year.
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.First(c => c.Span.Text == "14.31%").Verdict);
        var vehicles = Assert.Single(report.Contradictions, c => c.Kind == ClaimKind.Change);
        Assert.Equal(("14.31%", 183), (vehicles.Span.Text, vehicles.Span.Start));
        Assert.Contains("应为 27.34%", vehicles.Explanation);
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "5.77%").Verdict);

        // Items whose change the template left as "增加/减少0万元" are no change at all: the total's change is the vehicles' alone.
        const string template = "2018年度“三公”经费支出决算为12.04万元。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行费支出决算为4.04万元；公务接待费支出决算为8万元。"
            + "2018年度“三公”经费支出决算数比2017年减少2.01万元。其中：因公出国（境）费支出决算增加/减少0万元，增长/下降0%；公务用车购置及运行费支出决算减少1.52万元；公务接待费支出决算增加/减少0万元，增长/下降0%。";
        var sum = Assert.Single(Audit(template).Contradictions);
        Assert.Equal(("2.01万元", ClaimKind.SumOfParts), (sum.Span.Text, sum.Kind));
        Assert.Contains("合计减少 1.52万元，不是减少 2.01万元", sum.Explanation);
        Assert.Empty(Audit(template.Replace("减少2.01万元", "减少1.52万元")).Contradictions);

        // The vehicles' change is its purchase's and its running costs' changes.
        var itsParts = Assert.Single(Audit("2019年度公务用车购置及运行费585.53万元，同比减少144.92万元（公务用车购置费0万元，同比减少0万元；公务用车运行维护费585.53万元，同比减少0万元）。").Contradictions);
        Assert.Equal("与上年相比，公务用车购置及运行费的增减是各项增减之和：公务用车购置费减少 0.00万元，公务用车运行费减少 0.00万元，合计无增减，不是减少 144.92万元。", itsParts.Explanation);
    }

    [Fact]
    public void A_change_whose_figures_go_the_other_way_is_contradicted_whatever_its_rate()
    {
        // Last year's figure stated with the comparison, and before it; 增 and 同口径 as budget reports write them.
        var report = Audit("2021年全县一般公共预算教育经费为64469万元，与上年的73991万元同口径相比增12.05%。\n普通小学上年10321.31元，本年10359.52元，同口径比上年增长20.97%。\n普通初中上年14383.56元，本年11662.98元，同口径减少18.91%。");
        Assert.Equal(["12.05%", "20.97%"], report.Contradictions.Select(c => c.Span.Text));
        Assert.Contains("实际减少 95,220,000.00元、下降 12.87%，方向相反", report.Contradictions.First().Explanation);
        Assert.Contains("应为 0.37%", report.Contradictions.Last().Explanation);
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "18.91%").Verdict);
        // An amount and a rate of one change that go opposite ways.
        var opposite = Assert.Single(Audit("2.商品和服务支出较上年减0.04万元，增0.01%。").Contradictions);
        Assert.Equal(("0.01%", "增减额写为减少 0.04万元，增减率却写为增长 0.01%，两者方向相反。"), (opposite.Span.Text, opposite.Explanation));
        // A fall of all of it ("下降100%") puts the amount's direction in the wrong.
        var toNothing = Assert.Single(Audit("政府性基金支出完成0万元，较上年同月增支2054万元，下降100%。").Contradictions);
        Assert.Equal("2054万元", toNothing.Span.Text);
        // 少支 and 较上年同月, as a month's report writes them; a 其中 stating one part with its details is no list of parts.
        var month = Audit("本月完成财政支出3021万元，较上年同月少支5255万元，下降63.5%。其中：一般公共预算支出完成2021万元，短月进度2059万元。较上年同月少支1962万元，下降48.8%。");
        Assert.Equal(ClaimVerdict.Consistent, month.Claims.Single(c => c.Span.Text == "63.5%").Verdict);
        Assert.Contains("应为 49.26%", Assert.Single(month.Contradictions).Explanation);
        // A shortfall against the budget is not the year's figure a comparison after it speaks of.
        Assert.Equal(ClaimVerdict.Consistent, Audit("截止9月底，大口径财政收入完成27733万元，占年初预算67885万元的40.9%，短收23181万元。较上年同期增收10047万元，增长56.8%。")
            .Claims.Single(c => c.Span.Text == "56.8%").Verdict);
        // "增长-9.41%" is a fall.
        Assert.Equal(ClaimVerdict.Consistent, Audit("2021年教育经费总投入为73728万元，比上年的81381万元增长-9.40%。").Claims.Single().Verdict);
    }

    [Fact]
    public void A_table_written_into_the_text_that_compares_two_years_has_each_rows_change_and_rate_checked()
    {
        const string text = """
            昌宁县县本级2015年度“三公”经费决算财政拨款情况统计表
            单位:万元
            项 目 | 2014年决算数 | 2015年决算数 | 2015年决算比上年增、减情况 | |
            增、减额 | 增、减幅度 | |||
            合 计 | 1953.72 | 1957.23 | -3.51 | -0.2% |
            1、因公出国(境)费 | 12.23 | 65.98 | 53.75 | 439.5% |
            2、公务接待费 | 977.3 | 918.5 | -58.8 | -6.1% |
            其中:(1)公务用车运行维护费 | 918.19 | 939.99 | 21.8 | 2.37% |
            """;
        var report = Audit(text);
        // The change and the rate of the first row have the wrong sign; -58.8 ÷ 977.3 is -6.02%.
        Assert.Equal(["-3.51", "-0.2%", "-6.1%"], report.Contradictions.Select(c => c.Span.Text));
        Assert.Equal("当前写为 -3.51，按 1,957.23万元 − 1,953.72万元 应为 3.51万元。", report.Contradictions.First().Explanation);
        Assert.Equal(["439.5%", "2.37%"], report.Claims.Where(c => c.Verdict == ClaimVerdict.Consistent).Select(c => c.Span.Text));
        // Years the other way round, or no change in the header, and the rows are not read so.
        Assert.Empty(Audit(text.Replace("2014年决算数 | 2015年决算数", "2015年决算数 | 2014年决算数")).Contradictions);
        Assert.Empty(Audit(text.Replace("2015年决算比上年增、减情况", "说明").Replace("增、减额 | 增、减幅度", "差额 | 幅度")).Contradictions);
    }

    [Fact]
    public void An_average_yearly_rate_is_the_root_of_the_whole_periods_growth()
    {
        // From the figures of two years; or from the later year's figure and the whole period's rate.
        var report = Audit("“十三五”以来，一般公共预算收入从2015年的2007万元上升到2020年的2468万元，年均增长4.22%；上级补助收入从2015年的99229万元上升到2020年的181398万元，年均增长13.82%。"
            + "\n全国幼儿园生均一般公共预算教育经费年均增长12.3%，2020年达到9410.76元，比2015年增长76.48%；普通小学年均增长5.08%，2020年达到12330.58元，比2015年增长28.13%。");
        Assert.Equal(["4.22%", "5.08%"], report.Claims.Where(c => c.Verdict == ClaimVerdict.Consistent).Select(c => c.Span.Text));
        Assert.Equal(["13.82%", "12.3%"], report.Contradictions.Select(c => c.Span.Text));
        Assert.Equal("当前写为 12.3%，年均增长率按（1 + 76.48%）开5次方减1计算应为 12.03%。", report.Contradictions.Last().Explanation);
    }

    [Fact]
    public void A_gap_in_percentage_points_is_checked_against_the_two_rates_its_sentence_states()
    {
        var report = Audit("县级财政自给率仅为21.4%，虽然高于上年2.1个百分点，但远低于今年同期全区财政自给率(53.2%)33.9个百分点。\n"
            + "2023年县级财政自给率由21.4%提高到23.5%，提高2.1个百分点。\n一般公共预算收入增速为-2.5%，低于全省平均(3.1%)5.6个百分点。");
        var wrong = Assert.Single(report.Contradictions);
        Assert.Equal(("33.9个百分点", "当前写为低33.9个百分点，按 21.4% − 53.2% 应为低31.8个百分点。"), (wrong.Span.Text, wrong.Explanation));
        Assert.Equal(2, report.Claims.Count(c => c.Kind == ClaimKind.Change && c.Verdict == ClaimVerdict.Consistent));
        // Last year's rate is not stated: the gap to it says nothing.
        Assert.DoesNotContain(report.Claims, c => c.Span.Text == "2.1个百分点" && c.Span.Start < 30);
    }

    [Fact]
    public void A_comparison_that_lists_its_changes_pairs_them_with_its_quantities_in_order()
    {
        // The figures listed in the sentence before, with 各; the amounts and rates listed after it.
        var listed = Audit("2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%。");
        Assert.Empty(listed.Contradictions);
        Assert.Equal(["23.51%", "38.28%"], listed.Claims.Where(c => c.Verdict == ClaimVerdict.Consistent).Select(c => c.Span.Text));
        // Each quantity named before its own amount; the rates, on this year's figure, are wrong on last year's.
        var named = Audit("2020年度收入476.17万元、支出总计460.06万元。与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%。");
        Assert.Equal(["18%", "21.6%"], named.Contradictions.Select(c => c.Span.Text));
        Assert.Contains("应为 17.80%", named.Contradictions.Last().Explanation);
        // Quantities listed before 分别 and the comparison after it.
        var before = Audit("2023年基本支出80.5万元，项目支出40.2万元。基本支出、项目支出分别较上年增加10.1万元、8.2万元，分别增长14.35%、30.63%。");
        Assert.Equal(["14.35%"], before.Claims.Where(c => c.Verdict == ClaimVerdict.Consistent).Select(c => c.Span.Text));
        Assert.Contains("应为 25.63%", Assert.Single(before.Contradictions).Explanation);
        // "收总计", and a 各 over one quantity.
        Assert.Contains("应为 19.94%", Audit("2020年度收入总计611.43万元，支出总计611.43万元。与2019年相比，收总计增加101.65万元，增加20.2%。").Contradictions.Single().Explanation);
        Assert.Contains("应为 19.13%", Audit("2019年度收入总计317.63万元。与2018年相比，收入总计各增加51万元，增长16.06%。").Contradictions.Single().Explanation);
        // Three amounts for two quantities cannot be paired: unverifiable, never read as one change.
        var unpaired = Audit("收入、支出分别较上年增加10万元、8万元、3万元。");
        Assert.All(unpaired.Claims, c => Assert.Equal(ClaimVerdict.Unverifiable, c.Verdict));
        Assert.Equal(3, unpaired.Claims.Count);
    }

    [Fact]
    public void 收_支总计_is_收入支出总计_and_a_rate_after_a_repeated_同比_shares_the_amount_before_it()
    {
        var total = Assert.Single(Audit("2019年度收、支总计302.19万元。与2018年相比，收、支总计减少16.36万元，下降5.18%。").Claims, c => c.Span.Text == "5.18%");
        Assert.Equal(ClaimVerdict.Contradicted, total.Verdict);
        Assert.Contains("应为 5.14%", total.Explanation);
        var repeated = Assert.Single(Audit("2018年收入总预算317.6万元，同比增加8.25万元，同比增长2.8%。").Claims, c => c.Span.Text == "2.8%");
        Assert.Equal(ClaimVerdict.Contradicted, repeated.Verdict);
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(Audit("2018年收入总预算317.6万元，同比增加8.25万元，同比增长2.7%。").Claims, c => c.Span.Text == "2.7%").Verdict);
    }

    [Fact]
    public void A_rate_of_one_item_is_not_checked_against_the_budget_of_another()
    {
        var report = Audit("2017年度“三公”经费财政拨款支出年初预算为22.00万元，支出决算为8.77万元，完成预算的39.86%；公务用车购置及运行维护费支出决算为8.47万元，完成预算的60.50%；公务接待费支出决算为0.30万元，完成预算的3.75%。");
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(report.Claims, c => c.Span.Text == "39.86%").Verdict);
        Assert.Empty(report.Contradictions);
        Assert.Contains("未写明", Assert.Single(report.Claims, c => c.Span.Text == "60.50%").Explanation);
    }

    [Fact]
    public void A_change_rate_of_thousands_of_per_cent_is_a_wrong_reading_not_a_contradiction()
    {
        var claim = Assert.Single(Audit("2021年度会议费支出5000.00元，比上年的4.00元增长20%。").Claims, c => c.Span.Text == "20%");
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
        Assert.Contains("超过1000%", claim.Explanation);
    }

    [Fact]
    public void A_基本支出_is_its_人员经费_and_公用经费()
    {
        const string stated = "2023年一般公共预算财政拨款基本支出{0}万元，其中：\n人员经费489.18万元，主要包括：基本工资、津贴补贴、绩效工资等。\n公用经费46.89万元，主要包括：办公费、印刷费等。";
        var wrong = Assert.Single(Audit(string.Format(stated, "911.7")).Contradictions);
        Assert.Equal((ClaimKind.SumOfParts, "911.7万元"), (wrong.Kind, wrong.Span.Text));
        Assert.Contains("489.18万元 + 46.89万元 = 536.07万元，不是 911.70万元", wrong.Explanation);
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(Audit(string.Format(stated, "536.07")).Claims, c => c.Kind == ClaimKind.SumOfParts).Verdict);
    }

    /// <summary>
    /// 收支平衡 — a total stated right after the amounts a sentence lists, or after those added to an amount (加上 … 后), is
    /// all of them: short of it is as wrong as over it. Which amount the list is added to is tried every way; what
    /// brackets hold explains an item; a list after 其中 may leave items out.
    /// </summary>
    [Theory]
    // Real: Pengshui county, 2021 (the spending side is 0.22亿元 short; "1.4亿元" is 1.40 as its neighbours are written).
    [InlineData("——全县一般公共预算支出完成59.69亿元，下降18.2%。加上上解支出1.4亿元、调出资金0.46亿元、地方政府债务还本支出0.8亿元，以及结转下年3.48亿元后，支出总计66.05亿元。", "66.05亿元", ClaimVerdict.Contradicted)]
    [InlineData("——全县一般公共预算支出完成59.91亿元，下降18.2%。加上上解支出1.4亿元、调出资金0.46亿元、地方政府债务还本支出0.8亿元，以及结转下年3.48亿元后，支出总计66.05亿元。", "66.05亿元", ClaimVerdict.Consistent)]
    // Real: Zhongjiang county, 2019 (271万元 short).
    [InlineData("一般公共预算支出559,594万元、上解支出24,562万元、债务还本支出10,940万元、补充预算稳定调节基金157万元、援助其他地区支出546万元，支出总量为596,070万元。", "596,070万元", ClaimVerdict.Contradicted)]
    [InlineData("平衡情况是：一般公共预算支出559,865万元、上解支出24,562万元、债务还本支出10,940万元、补充预算稳定调节基金157万元、援助其他地区支出546万元，支出总量为596,070万元。", "596,070万元", ClaimVerdict.Consistent)]
    // Real: Gangu county, 2021: 加 上年结余, 加 调入资金, 再加 … added to the subtotal before them.
    [InlineData("全县一般预算总收入399300万元，加上年结余336万元，加调入资金11020万元，再加动用预算稳定调节基金487万元，收入总计411143万元。", "411143万元", ClaimVerdict.Consistent)]
    // Real: Cangshan district, 2020: added to the 地方 revenue, the last amount before 加上, not to the 总收入 that opens the sentence.
    [InlineData("全区一般公共预算总收入410338万元，下降6.4%，其中地方一般公共预算收入271630万元，下降4.7%；加上级补助收入120846万元，上年结余收入42690万元，债务转贷收入16714万元，调入预算稳定调节基金44421万元，调入资金18300万元，收入合计514601万元。", "514601万元", ClaimVerdict.Consistent)]
    // Real: Fengdu county, 2021: a bracket explains its item.
    [InlineData("全县一般公共预算本级支出623396万元，下降11.44%，加上：上解支出33067万元、债务还本支出268007万元、安排预算稳定调节基金365万元、年终结余4558万元（其中：本级791万元），支出总计929393万元。", "929393万元", ClaimVerdict.Consistent)]
    // Real: Yantang town, 2021: 合计 closing a list after 其中 sums what it names (1986 + 16 + 2085 = 4087).
    [InlineData("2021年度实际完成的预算收入3988万元。其中国税1986万元，非税收入16万元，上级拨款2085万元，合计3988万元。", "3988万元", ClaimVerdict.Contradicted)]
    [InlineData("2021年度实际完成的预算收入4087万元。其中：国税1986万元，非税收入16万元，上级拨款2085万元，合计4087万元。", "4087万元", ClaimVerdict.Consistent)]
    // Real: Qingyuan, 2020: the 其中 list of 转移性收入 is no list of the 收入合计.
    [InlineData("县本级一般公共预算收入5.25亿元。加上转移性收入38.18亿元，其中：税收返还收入4650万元、转移支付收入26.16亿元、调入资金2.5亿元、地方政府一般债务转贷收入5.55亿元，收入合计43.43亿元。", "43.43亿元", null)]
    public void A_total_stated_after_all_its_items_is_their_sum(string text, string total, ClaimVerdict? verdict)
    {
        // The total closing the list, not a figure of the same digits stated before it.
        var claims = Audit(text).Claims.Where(c => c.Kind == ClaimKind.SumOfParts && c.Span.Start == text.LastIndexOf(total, StringComparison.Ordinal)).ToArray();
        Assert.Equal(verdict, claims.SingleOrDefault()?.Verdict);
    }

    [Fact]
    public void A_balance_that_does_not_add_up_is_explained_item_by_item()
    {
        var wrong = Assert.Single(Audit("——全县一般公共预算支出完成70.16亿元，增长17.5%。加上上解支出1.13亿元、地方政府债务还本支出6.81亿元，以及结转下年4.3亿元后，支出总计84.65亿元。").Contradictions);
        Assert.Equal("支出总计是前面所列各项之和：全县一般公共预算支出完成 70.16亿元 + 上解支出 1.13亿元 + 地方政府债务还本支出 6.81亿元 + 结转下年 4.30亿元 = 82.40亿元，不是 84.65亿元。", wrong.Explanation);
    }

    /// <summary>
    /// A “三公” total against its items stated after it, and the vehicles' figure against its 购置费 and 运行费; items left
    /// unstated may be nil, so parts short of the total prove nothing, and parts beyond it do.
    /// </summary>
    [Theory]
    [InlineData("2023年度“三公”经费支出决算为8.77万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费8.47万元，公务接待费0.30万元。", "8.77万元", ClaimVerdict.Consistent)]
    [InlineData("2023年度“三公”经费支出决算为8.77万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费8.47万元，公务接待费0.03万元。", "8.77万元", ClaimVerdict.Contradicted)]
    [InlineData("“三公”经费年初预算为22.00万元，支出决算为8.77万元。其中：公务用车运行维护费8.47万元，公务接待费0.30万元。", "8.77万元", ClaimVerdict.Consistent)]
    [InlineData("“三公”经费支出决算为8.77万元。其中：公务用车运行维护费7.00万元，公务接待费0.30万元。", "8.77万元", null)]
    [InlineData("“三公”经费支出决算为8.77万元。其中：公务用车运行维护费9.00万元，公务接待费0.30万元。", "8.77万元", ClaimVerdict.Contradicted)]
    [InlineData("公务用车购置及运行费、公务接待费（“三公”经费）决算总额1618万元，其中：公务用车购置及运行费1618万元，其中：公务用车购置费414万元，公务用车运行费1200万元；公务接待费0万元；因公出国（境）费0万元。", "1618万元", ClaimVerdict.Contradicted)]
    public void A_three_public_total_is_the_sum_of_its_items(string text, string total, ClaimVerdict? verdict)
    {
        var claims = Audit(text).Claims.Where(c => c.Kind == ClaimKind.SumOfParts).ToArray();
        if (verdict is null)
        {
            Assert.Empty(claims);
            return;
        }
        // The last claim on the figure: the vehicles' against their 购置费 and 运行费 where the figure is theirs.
        Assert.Equal(verdict, claims.Last(c => c.Span.Text == total).Verdict);
    }

    /// <summary>Amounts printed with spaces for thousands separators are one amount each, not two.</summary>
    [Fact]
    public void A_space_for_a_thousands_separator_does_not_split_an_amount()
    {
        var report = Audit("本年收入合计1 234.56万元，其中财政拨款收入1\u00A0000.00万元，占81.00%。另有2 个项目。");
        var share = Assert.Single(report.Claims, c => c.Kind == ClaimKind.Share);
        Assert.Equal(ClaimVerdict.Consistent, share.Verdict);
        Assert.Contains("1,000.00万元 ÷ 1,234.56万元", share.Explanation);
    }

    /// <summary>A mirror's traditional characters with pinyin after some of them read as the names they are; spans show what was written.</summary>
    [Fact]
    public void Traditional_characters_with_inline_pinyin_are_read_as_their_names()
    {
        const string text = "“三公”經(jīng)費支出決算為8.77萬元，其中：因公出國(guó)（境）費0萬元，公務(wù)用車購置及運行維護費8.47萬元，公務(wù)接待費0.03萬元。";
        var sum = Assert.Single(Audit(text).Claims, c => c.Kind == ClaimKind.SumOfParts);
        Assert.Equal((ClaimVerdict.Contradicted, "8.77萬元"), (sum.Verdict, sum.Span.Text));
        Assert.Contains("= 8.50万元，不是 8.77万元", sum.Explanation);
    }

    [Fact]
    public void A_three_public_total_of_last_year_or_a_budget_is_not_summed()
    {
        const string text = "上年“三公”经费支出决算为9.00万元，“三公”经费年初预算为22.00万元，其中：公务用车运行维护费8.47万元，公务接待费0.30万元。";
        Assert.DoesNotContain(Audit(text).Claims, c => c.Kind == ClaimKind.SumOfParts);
        // Nor one named with the earlier year it is compared with.
        const string compared = "2015年“三公”经费合计30.49万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国(境)费0万元。较2014年度“三公”经费合计16.08万元增加14.41万元。其中：公务接待费减少0.26万元。";
        Assert.Equal("30.49万元", Assert.Single(Audit(compared).Claims, c => c.Kind == ClaimKind.SumOfParts).Span.Text);
    }

    [Fact]
    public void Running_costs_named_with_no_word_of_a_purchase_are_all_the_vehicles_cost()
    {
        const string text = "2015年“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国(境)费0万元。";
        var sum = Assert.Single(Audit(text).Contradictions);
        Assert.Equal(("31.23万元", ClaimKind.SumOfParts), (sum.Span.Text, sum.Kind));
        // A purchase mentioned but not stated may make up the difference.
        Assert.Empty(Audit(text.Replace("。", "，公务用车购置费另行说明。")).Contradictions);
    }

    /// <summary>Each item's words comparing its actual with its budget, against the two amounts stated for that item.</summary>
    [Fact]
    public void Words_comparing_the_actual_with_the_budget_are_checked_against_the_amounts()
    {
        const string text = """
            1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为171.49万元，支出决算为171.49万元，完成年初预算的100.00%。决算数同预算数持平。
            2、一般公共服务支出（类）财政事务（款）信息化建设（项）。年初预算为50.00万元，支出决算为45.00万元，完成年初预算的90.00%。决算数大于预算数的主要原因是：项目增加。
            3、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为20.00万元，支出决算为19.00万元，完成年初预算的95.00%。决算数与年初预算持平。
            4、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为30.00万元，支出决算为28.00万元，完成年初预算的93.33%。决算数小于年初预算的主要原因是：人员减少。
            5、住房保障支出（类）住房改革支出（款）购房补贴（项）。年初预算为10.00万元，支出决算为9.99万元，完成年初预算的99.90%。决算数与预算数基本持平。
            """;
        var compared = Audit(text).Claims.Where(c => c.Kind == ClaimKind.BudgetComparison).ToArray();
        Assert.Equal(["决算数同预算数持平", "决算数大于", "决算数与年初预算持平", "决算数小于"], compared.Select(c => c.Span.Text));
        Assert.Equal([ClaimVerdict.Consistent, ClaimVerdict.Contradicted, ClaimVerdict.Contradicted, ClaimVerdict.Consistent], compared.Select(c => c.Verdict));
        Assert.Contains("文中说决算数大于预算数，但前面写的决算数为 45.00万元、预算数为 50.00万元，决算数小于预算数", compared[1].Explanation);
        Assert.Equal(-1m * 10_000, compared[2].Difference);
    }

    [Fact]
    public void A_year_end_or_a_title_of_last_year_in_this_years_disclosure_is_copied_text()
    {
        const string text = "上海市某某局2023年度部门决算\n一、收入支出决算总体情况说明\n2024年度收入总计100.00万元，支出总计100.00万元，与2023年度决算相比持平。\n截至2023年12月31日，本单位共有车辆2辆。截至2024年12月31日，共有设备1台。截至2024年8月底，累计完成收入60.00万元。";
        var copied = Audit(text).Claims.Where(c => c.Kind == ClaimKind.OtherYear).ToArray();
        Assert.Equal(["2023年度", "截至2023年12月31日"], copied.Select(c => c.Span.Text));
        Assert.All(copied, c => Assert.Equal(ClaimVerdict.Contradicted, c.Verdict));
        Assert.Contains("本文说明的是2024年度", copied[1].Explanation);
        // The same text a year earlier, with its own years throughout, is consistent with itself.
        Assert.DoesNotContain(Audit("上海市某某局2023年度部门决算\n一、收入支出决算总体情况说明\n2023年度收入总计100.00万元，支出总计100.00万元，与2022年度决算相比持平。\n"
            + "截至2023年12月31日，本单位共有车辆2辆。截至2023年8月底，累计完成收入60.00万元。").Claims, c => c.Kind == ClaimKind.OtherYear);
        // Real: Liuzhou, 2023: a budget's part heading left at last year.
        Assert.Equal("2022年", Assert.Single(Audit("第二部分:柳州市马鞍山幼儿园2022年预算情况说明\n2023年单位收支总预算351.03万元，2023年支出预算351.03万元。").Contradictions).Span.Text);
        // Real: Tongdao, 2024: a year's final accounts cannot be approved within that year.
        Assert.Equal("2024年7月30日", Assert.Single(Audit("通道侗族自治县2024年政府决算公开\n——2024年财政总决算于2024年7月30日县十七届人大常委会第二十八次会议审议通过").Contradictions).Span.Text);
        Assert.Empty(Audit("——2024年财政总决算于2025年7月30日县十七届人大常委会第二十八次会议审议通过").Contradictions);
        // "关于2017年度…的报告" names the year a report is of; "高于2018年" compares.
        Assert.DoesNotContain(Audit("要求在2018年年底前建立制度。听取了关于2017年度国有资产管理情况的报告。报告显示，截至2017年底，资产总额70560亿元。").Claims,
            c => c.Kind == ClaimKind.OtherYear);
    }

    [Fact]
    public void A_share_that_names_no_base_shares_the_base_an_earlier_share_of_its_statement_named()
    {
        const string text = "截至2021年底，资产总额3,964亿元。\n从全市资产结构来看，公共基础设施1,933亿元，占全市资产总额48.8%，其中：等级公路1.6万公里；流动资产750亿元，占18.9%；固定资产724亿元，占18.3%。";
        var report = Audit(text);
        Assert.Empty(report.Contradictions);
        Assert.Equal(["48.8%", "18.9%", "18.3%"], report.Claims.Where(c => c.Kind == ClaimKind.Share && c.Verdict == ClaimVerdict.Consistent).Select(c => c.Span.Text));
        // A base named for another area is another total, not the part's own figure.
        Assert.Equal("文中未找到“全国教育经费总投入”的数额，无法核对这一占比。",
            Assert.Single(Audit("2017年，全省地方教育经费总投入为3861.03亿元，占全国教育经费总投入的9.07%。").Claims).Explanation);
        Assert.Contains("750.00亿元 ÷ 3,964.00亿元", Audit(text.Replace("占18.9%", "占19.9%")).Contradictions.Single().Explanation);
    }

    [Fact]
    public void Shares_that_name_no_base_and_add_up_to_a_hundred_are_of_their_parts_sum()
    {
        const string text = "2015年福彩公益金用于养老等服务类4.25亿元，占比为75%，使用范围包括老年公寓；用于社区公益类1.26亿元，占比为23%，使用范围包括社区服务；用于其他社会福利类0.14亿元，占比为2%。";
        var report = Audit(text);
        var wrong = Assert.Single(report.Contradictions);
        // 1.26 ÷ 5.65 = 22.30%: at most 1.27 ÷ (1.27 + 4.245 + 0.135) = 22.48%, the part being inside the sum.
        Assert.Equal(("23%", "当前写为 23%，各项占比之和为100%，基数是各项之和 5.65亿元：按 1.26亿元 ÷ 5.65亿元 应为 22.30%。"), (wrong.Span.Text, wrong.Explanation));
        Assert.Equal(2, report.Claims.Count(c => c.Kind == ClaimKind.Share && c.Verdict == ClaimVerdict.Consistent));
        // Shares that do not make up a whole say nothing of their base.
        Assert.All(Audit(text.Replace("占比为2%", "占比为1%").Replace("占比为75%", "占比为70%")).Claims, c => Assert.Equal(ClaimVerdict.Unverifiable, c.Verdict));
    }

    [Fact]
    public void A_quantity_named_with_last_years_figure_is_the_one_the_change_is_of()
    {
        const string text = "2022年，我镇实现财政总收入203541.54万元，其中，一般转移支付收入180500.00万元，专项转移支付收入23041.54万元。比上年财政总收入238960.28万元减少35418.74万元，下降14.82%。";
        var report = Audit(text);
        Assert.Empty(report.Contradictions);
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "14.82%").Verdict);
        // Last year's figure stated before this year's budget is not this year's figure.
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(Audit("2016年中央彩票公益金的执行数是356.60亿元，2017年的预算数是466.29亿元，比上一年度增加109.69亿元，增长30.76%。").Claims).Verdict);
    }

    [Fact]
    public void A_share_is_checked_against_its_stated_base()
    {
        var report = Audit("2021年本年支出合计1000.00元，其中基本支出800.00元，占本年支出合计的80.00%；项目支出200.00元，占本年支出合计的25.00%。");
        Assert.Equal([ClaimVerdict.Consistent, ClaimVerdict.Contradicted], report.Claims.Where(c => c.Kind == ClaimKind.Share).Select(c => c.Verdict));
        Assert.Equal("当前写为 25.00%，按 200.00元 ÷ 1,000.00元 应为 20.00%。", report.Contradictions.Single().Explanation);
    }

    [Fact]
    public void A_share_of_a_base_the_text_never_states_is_unverifiable_not_wrong()
    {
        var claim = Audit("2021年项目资金65万元，占全市科普经费总额的77%。").Claims.Single();
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
    }

    [Fact]
    public void A_rounded_or_truncated_last_digit_is_accepted()
    {
        // 2,000 ÷ 3,000 = 66.666…%: "66.67%" is rounded, "66.66%" truncated, "66.6%" truncated to one decimal; "66.5%" is wrong.
        foreach (var (stated, verdict) in new[] { ("66.67%", ClaimVerdict.Consistent), ("66.66%", ClaimVerdict.Consistent), ("66.6%", ClaimVerdict.Consistent), ("66.5%", ClaimVerdict.Contradicted) })
            Assert.Equal(verdict, Audit($"2021年支出总计3000.00元，其中基本支出2000.00元，占{stated}。").Claims.Single(c => c.Kind == ClaimKind.Share).Verdict);
    }

    [Fact]
    public void A_change_is_checked_from_its_amount_and_percentage()
    {
        var report = Audit("2021年机关运行经费110.00元，比上年增加10.00元，增长10.00%。");   // 10 ÷ 100 = 10 %
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(report.Claims).Verdict);
        var wrong = Audit("2021年机关运行经费110.00元，比上年增加10.00元，增长11.00%。");
        Assert.Equal(ClaimVerdict.Contradicted, Assert.Single(wrong.Claims).Verdict);
    }

    [Fact]
    public void A_difference_from_a_stated_prior_figure_is_recomputed()
    {
        // 120.00 − 100.50 = 19.50; as stated, 19.6 is out of reach (a figure of "120元" would not be: 119.5 ≤ x < 121).
        var c = Audit("2021年三公经费支出100.50元，比2020年决算数的120.00元少19.6元。").Claims.Single();
        Assert.Equal(ClaimVerdict.Contradicted, c.Verdict);
        Assert.Equal(19.5m, c.Recomputed!.Value, 1);
    }

    [Fact]
    public void A_completion_rate_finds_its_budget_and_actual_in_the_paragraph()
    {
        var ok = Audit("2021年项目预算100000元。实际支出51200元。预算执行率51.2%。");
        Assert.Equal(ClaimVerdict.Consistent, ok.Claims.Single().Verdict);
        Assert.Equal(ClaimVerdict.Contradicted, Audit("2021年项目预算100000元，实际支出51200元，完成预算的41%。").Claims.Single().Verdict);
    }

    /// <summary>
    /// Real: Gangu county, 2021, and Linpan town, 2020: "完成预算40023万元的107.7%" states the budget with its rate; the
    /// actual is the figure the sentence states before them, not the paragraph's first. A 公共预算 revenue is an actual.
    /// </summary>
    [Fact]
    public void A_completion_rate_with_its_budget_beside_it_is_of_the_figure_before_them()
    {
        const string text = "2021年，全县大口径财政收入累计完成95808万元，占预算80641万元的118.8%。其中：公共财政预算收入43101万元，完成预算40023万元的107.7%，超收3078万元；"
            + "政府性基金收入26785万元，完成预算16634万元的161.0%。";
        var claims = Audit(text).Claims.Where(c => c.Kind == ClaimKind.CompletionRate).ToArray();
        Assert.Equal(["118.8%", "107.7%", "161.0%"], claims.Select(c => c.Span.Text));
        Assert.All(claims, c => Assert.Equal(ClaimVerdict.Consistent, c.Verdict));
        var wrong = Assert.Single(Audit("7、农林水事务支出699万元，完成年初预算计划1528万元的48%。").Contradictions);
        Assert.Contains("按 699.00万元 ÷ 1,528.00万元 应为 45.75%", wrong.Explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// Real: Daying county court, 2020: "2019年…收入决算总额为6754.31万元，…较2019年增加…" compares a figure with the year its
    /// statement names for it; a budget may be set against its own year's execution.
    /// </summary>
    [Fact]
    public void A_figure_compared_with_its_own_year_has_one_year_wrong()
    {
        const string text = "第二部分 2020年度部门决算情况说明\n2019年大英县人民法院收入决算总额为6754.31万元，其中预算财政拨款3277.62万元，2019年结转3476.69万元，"
            + "收入决算总额较2019年增加1122.72万元，增长19.94%。\n2020年法院支出决算总额为2061.61万元，较2019年减少91.9万元。";
        var year = Assert.Single(Audit(text).Contradictions, c => c.Kind == ClaimKind.OtherYear);
        Assert.Equal(("2019", text.IndexOf("2019", StringComparison.Ordinal)), (year.Span.Text, year.Span.Start));
        Assert.Contains("本文说明的是2020年度", year.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(Audit("2017年普洱市民族中学拟安排公务接待费预算1.97万元，较2017年的1.86万元增加0.11万元。").Claims, c => c.Kind == ClaimKind.OtherYear);
    }

    /// <summary>
    /// Real: Wangcang, 2018: parts that make up their whole end the list at a semicolon; and a figure inside brackets closed
    /// before 其中 is not the whole the list is of (Zhanjiang, 2022).
    /// </summary>
    [Fact]
    public void A_list_ends_where_its_parts_make_up_their_whole_and_an_explanation_is_no_whole()
    {
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(Audit("在职人员总数37人，其中行政人员19人，机关工勤1人，事业人员17人；退休人员18人。").Claims).Verdict);
        Assert.Empty(Audit("全市一般公共预算收入136.94亿元，完成年度预算94.5%（调整至线下土地指标调剂转移支付收入9.86亿元），同比下降14.6%。其中，税收收入83.25亿元，非税收入53.69亿元。")
            .Contradictions);
    }

    /// <summary>Real: Yingde, 2016: "与上年对比减少" names no quantity; the change is of the year's figure before it.</summary>
    [Fact]
    public void A_comparison_written_with_对比_is_of_the_figure_before_it()
    {
        const string text = "2016年三公经费预算拨入33万元，2015年三公经费预算拨入57.55万元，与上年对比减少24.55万元。";
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(Audit(text).Claims).Verdict);
        Assert.Contains("应为减少 24.55万元", Assert.Single(Audit(text.Replace("24.55", "24.45")).Contradictions).Explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two halves are their whole by definition: 中央 and 地方 (Ministry of Finance, 2022), what 税务部门 and 财政部门 collect
    /// (Pingyang, 2020); and a revenue's 税收收入 and 非税收入 in brackets after it (Wuxi, 2022). Halves of an actual are
    /// not halves of a budget stated between them.
    /// </summary>
    [Theory]
    [InlineData("前2个月，全国一般公共预算支出38227亿元，同比增长7%。其中，中央一般公共预算本级支出3896亿元，同比增长4.6%；地方一般公共预算支出34331亿元，同比增长7.3%。", "38227亿元", ClaimVerdict.Consistent)]
    [InlineData("前2个月，全国一般公共预算支出38227亿元，同比增长7%。其中，中央一般公共预算本级支出3896亿元，同比增长4.6%；地方一般公共预算支出33431亿元，同比增长7.3%。", "38227亿元", ClaimVerdict.Contradicted)]
    [InlineData("2020年全县一般公共预算收入364900万元，同口径增长2.80%，完成预算的100%，其中：税务部门征收294519万元，财政部门征收70381万元。", "364900万元", ClaimVerdict.Consistent)]
    [InlineData("年初预算为：一般公共预算收入76138万元（税收收入47008万元、非税收入29130万元）；政府性基金预算收入80000万元。", "76138万元", ClaimVerdict.Consistent)]
    [InlineData("年初预算为：一般公共预算收入76138万元（税收收入47008万元、非税收入28130万元）；政府性基金预算收入80000万元。", "76138万元", ClaimVerdict.Contradicted)]
    [InlineData("收入累计完成24627万元，完成年初预算数60999万元的40.4%。其中：税收收入8103万元，非税收入16524万元。", "60999万元", null)]
    public void Two_halves_are_their_whole(string text, string whole, ClaimVerdict? verdict) =>
        Assert.Equal(verdict, Audit(text).Claims.SingleOrDefault(c => c.Kind == ClaimKind.SumOfParts && c.Span.Text == whole)?.Verdict);

    /// <summary>Real: a city's revenue report, 2022 (traditional characters): the base "地方財政收入" is the figure "地方財政收入完成…".</summary>
    [Fact]
    public void A_share_of_a_revenue_is_of_what_was_completed()
    {
        const string text = "地方財政收入完成100223萬元，較上年同期增長2.61%。其中：稅收收入完成66342萬元，稅收收入占地方財政收入66.19%。";
        ConsistentUntilChanged(text, "66.19%", "61.19%");
    }

    /// <summary>Real: Chaotian district, 2021: "较预算调整数增加35289万元，增长14.32%" compares with the adjusted budget.</summary>
    [Fact]
    public void A_change_against_the_adjusted_budget_is_recomputed()
    {
        const string text = "2021年一般公共预算收入实现281724万元，较预算调整数增加35289万元，增长14.32%。";
        ConsistentUntilChanged(text, "14.32%", "12.53%");
    }

    /// <summary>
    /// Real: the central budget, 2015: a budget compared with last year's execution (比2014年执行数); Dalad Banner, 2022: with
    /// last year's actual (比2021年实际完成数), of the budget before brackets rather than a part inside them; Dongguan, 2016: a
    /// completion rate whose budget is stated as the change against it (比年初预算减少).
    /// </summary>
    [Theory]
    [InlineData("2015年中央各部门的三公经费预算总数为63.16亿元，比2014年预算数减少8.35亿元，下降11.7%；比2014年执行数减少2.5亿元，下降{0}。", "3.8%", "4.8%")]
    [InlineData("2022年全旗地方财政收入调整预算安排共计335000万元（其中：一般公共预算收入290000万元，政府性基金收入45000万元），比人代会预算数增加35000万元，增长11.7%；比2021年实际完成数减少37632万元，下降{0}。", "10.1%", "45.5%")]
    [InlineData("2016年市本级“三公”支出合计为9615.12万元，完成年初预算{0}，比年初预算减少3887.49万元。", "71.21%", "73.21%")]
    public void A_change_or_a_rate_finds_what_it_is_of(string text, string right, string wrong) =>
        ConsistentUntilChanged(string.Format(text, right), right, wrong);

    /// <summary>
    /// Real: a district's execution report (traditional characters): "占到公共財政預算支出的81.68%" is of the 一般公共预算支出, as
    /// 公共财政预算 was called before 2014; national procurement, 2023: "合同总金额" is the "合同金额" stated.
    /// </summary>
    [Theory]
    [InlineData("1-5月，全區一般公共預算支出98240萬元，完成年初預算的48.99%。其中，全區民生支出80242萬元，占到公共財政預算支出的{0}。", "81.68%", "80.68%")]
    [InlineData("全国政府采购授予中小企业合同金额为25239.8亿元；其中，授予小微企业合同金额15778.3亿元，占授予中小企业合同总金额的{0}。", "62.5%", "64.5%")]
    public void A_share_finds_its_base_under_another_name(string text, string right, string wrong) =>
        ConsistentUntilChanged(string.Format(text, right), right, wrong);

    /// <summary>
    /// Real passages collected in 2026, each once a false alarm: a comparison after a list is of the list's whole (Qinghai
    /// procuratorate, 2015); a share of a part in brackets is of what the brackets explain (Xiling district, 2022); a clause
    /// that names its own quantity is another change (Sanya, 2020); two earlier figures stated apart are two quantities
    /// (Tengchong, 2023).
    /// </summary>
    [Theory]
    [InlineData("青海省人民检察院本年度预算总收入为3836.27万元，其中：省院本级3442.13万元，西宁铁路检察院394.14万元。比上年3476.98万元，增加359.29万元，增长10.33%。")]
    [InlineData("其中：1.地方一般公共预算收入105596万元（税收收入89425万元，非税收入16171万元），税收占比84.7%；2.转移性收入200万元。")]
    [InlineData("全市地方一般公共预算支出1,996,786万元，完成预算的87.7%，同比下降7.3%，加上上解上级支出5,000万元、调出资金增加10,239万元。")]
    [InlineData("1幼儿园为3,364.22元，比上年的2,961.34元增加402.88元，增长13.60%。\n二、生均公用经费\n1幼儿园为3,364.22元，比上年的2,975.80元增加388.42元，增长13.05%。")]
    public void What_a_figure_is_of_is_read_from_its_own_words(string text) => Assert.Empty(Audit(text).Contradictions);

    /// <summary>Real: Fenhe town, 2026: of two figures for one 其中 item, the one that repeats the whole is the slip.</summary>
    [Fact]
    public void Of_two_figures_for_one_item_the_one_repeating_its_whole_is_reported()
    {
        const string text = "2026年年初预算数1402.08万元，其中：一般公共服务支出1402.08万元，一般公共服务支出760.16万元，社会保障和就业支出179.3万元，卫生健康支出54.35万元，农林水支出343.46万元，住房保障支出64.81万元。";
        var claim = Assert.Single(Audit(text).Contradictions, c => c.Kind == ClaimKind.StatedTwice);
        Assert.Equal(("1402.08万元", text.IndexOf("支出1402.08", StringComparison.Ordinal) + 2), (claim.Span.Text, claim.Span.Start));
    }

    [Fact]
    public void Totals_that_are_always_equal_must_be_stated_equal()
    {
        var report = Audit("2021年收入总计100.00元。\n2021年支出总计120.00元。");
        Assert.Equal(ClaimKind.PairedTotals, report.Contradictions.Single().Kind);
    }

    [Fact]
    public void Listed_shares_pair_with_the_listed_amounts_in_order()
    {
        // 20 ÷ 100 = 20 %, 80 ÷ 100 = 80 %; paired with the nearest amount (80) the first would look wrong.
        var report = Audit("2021年采购规模为100亿元。中央、地方采购规模分别为20亿元和80亿元，占采购规模的20%和80%。");
        Assert.Equal([ClaimVerdict.Consistent, ClaimVerdict.Consistent], report.Claims.Where(c => c.Kind == ClaimKind.Share).Select(c => c.Verdict));
        Assert.Empty(Audit("2021年採購規模為100億元。中央、地方採購規模分別為20億元和80億元，占採購規模的比重為20%和80%。").Contradictions);
        Assert.Equal("60%", Audit("2021年采购规模为100亿元。中央、地方采购规模分别为20亿元和80亿元，占采购规模的60%和80%。").Contradictions.First().Span.Text);
    }

    [Fact]
    public void Two_lists_of_shares_of_one_base_are_two_structures()
    {
        var report = Audit("2021年采购规模为100亿元。货物、服务采购规模分别为40亿元和60亿元，占采购规模的40%和60%；集中、分散采购规模分别为30亿元和70亿元，占采购规模的30%和70%。");
        Assert.Empty(report.Contradictions);
        Assert.Equal(ClaimKind.SharesOverHundred, Audit("2021年支出合计100万元。基本支出60万元，占60%。项目支出50万元，占50%。").Contradictions.Single().Kind);
        // Real: Gansu's social-science federation, 2015: once the shares have made up 100%, those after them divide the base again.
        const string twice = "2015年省社科联决算支出总计512.3万元。按支出经济分类:基本支出392.39万元,占76.59%;项目支出:119.91万元,占23.41%。"
            + "按支出功能分类:一般公共服务支出315.25万元,占61.54%;社会保障和就业支出162.64万元,占31.75%;住房保障支出12.23万元,占2.39%;医疗卫生与计划生育支出22.17万元,占4.33%。";
        Assert.Empty(Audit(twice).Contradictions);
        Assert.Equal("4.33%", Assert.Single(Audit(twice.Replace("12.23万元,占2.39%", "62.23万元,占12.15%")).Contradictions, c => c.Kind == ClaimKind.SharesOverHundred).Span.Text);
    }

    /// <summary>"占总支出的37%": a base named only as the whole is the amount 其中 divides, or a total before the part.</summary>
    [Fact]
    public void A_share_of_the_whole_named_generally_is_of_the_total_before_it()
    {
        Assert.Contains("2,106.66万元 ÷ 2,940.05万元 应为 71.65%", Assert.Single(Audit("一般公共预算财政拨款支出2940.05万元，一般公共服务支出2106.66万元，占支出总额的71.73%。").Contradictions).Explanation,
            StringComparison.Ordinal);
        // Real: Deqin, 2017: each year's shares are of that year's total.
        Assert.Empty(Audit("2017年度支出合计2906万元,其中:基本支出279万元,占总支出的10%;项目支出2626万元,占总支出的90%。"
            + "2016年度支出合计628万元,其中:基本支出230万元,占总支出的37%;项目支出398万元,占总支出的63%。").Contradictions);
        Assert.Contains("2,106.66万元 ÷ 2,940.05万元", Assert.Single(Audit("一般公共预算财政拨款支出2940.05万元，一般公共服务支出2106.66万元，占一般公共预算财政拨款支出决算的71.73%。").Contradictions).Explanation,
            StringComparison.Ordinal);
        // "决算数占预算数的95.3%" is a completion rate.
        Assert.Equal(ClaimKind.CompletionRate, Assert.Single(Audit("年初预算为100万元，支出决算为93.5万元，决算数占预算数的95.3%。").Contradictions).Kind);
    }

    [Fact]
    public void The_amount_that_qizhong_divides_is_the_base_of_its_shares()
    {
        var report = Audit("2021年三公经费决算为22.62万元。其中公务接待费为20.10万元，占88.86%；公务用车运行维护费为2.52万元，占11.14%。");
        Assert.All(report.Claims.Where(c => c.Kind == ClaimKind.Share), c => Assert.Equal(ClaimVerdict.Consistent, c.Verdict));
        Assert.Equal(2, report.Claims.Count(c => c.Kind == ClaimKind.Share));
    }

    [Fact]
    public void An_amount_in_a_later_clause_without_a_direction_is_not_the_change()
    {
        // "下降1.2%，其中：购置费414万元": 414 is a part, not the decrease; with no prior year stated the 1.2 % is unverifiable.
        var report = Audit("2018年公务用车购置及运行费决算1618万元，比上年下降1.2%，其中：公务用车购置费决算414万元，比上年增长7.5%。");
        Assert.Empty(report.Contradictions);
        Assert.Equal(ClaimVerdict.Unverifiable, report.Claims.Single(c => c.Span.Text == "1.2%").Verdict);
        // A later clause that names its own direction still belongs to the change: 34 ÷ 285 = 11.9 %.
        Assert.Equal(ClaimVerdict.Consistent, Audit("2020年三公经费251万元，比上年减少34万元，下降12%。").Claims.Single().Verdict);
    }

    [Fact]
    public void A_change_finds_last_years_figure_where_the_text_states_it_for_that_year()
    {
        // 12.39 − 11.80 = 0.59 and 0.59 ÷ 12.39 = 4.76 %; the 2021 figure is not this year's amount.
        const string years = "2022年度公务接待11.80万元。\n2021年度公务接待12.39万元。\n";
        var report = Audit(years + "2022年公务接待较上年同期减少0.59万元，减少4.76%。");
        Assert.All(report.Claims, c => Assert.Equal(ClaimVerdict.Consistent, c.Verdict));
        Assert.Equal(2, report.Claims.Count);
        Assert.Equal("0.69万元", Audit(years + "2022年公务接待较上年同期减少0.69万元。").Contradictions.Single().Span.Text);
    }

    [Fact]
    public void The_year_compared_with_does_not_decide_the_year_of_the_text()
    {
        // "2018年" is written more often than "2019年", but only after 比: the text speaks of 2019. 9 ÷ (50 + 9) = 15.3 %.
        var report = Audit("2019年因公出国（境）费50万元，比2018年减少9万元，下降15.3%；比2018年的计划减少。公务接待费比2018年减少。");
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "15.3%").Verdict);
    }

    [Fact]
    public void A_change_written_as_tongbi_alone_is_read()
    {
        var report = Audit("2025年政府采购预算6429768.84元，同比增加2433505.07元，增长60.89%。");   // 2433505.07 ÷ 3996263.77 = 60.89 %
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "60.89%").Verdict);
    }

    [Fact]
    public void A_completion_rate_against_a_budget_stated_as_its_gap_is_recomputed()
    {
        var report = Audit("2017年度一般公共预算财政拨款支出总计1741.75万元，完成年初预算100%，决算数大于预算数55.93万元。");
        var claim = report.Contradictions.Single();
        Assert.Equal((ClaimKind.CompletionRate, "100%"), (claim.Kind, claim.Span.Text));
        Assert.Equal(103.32m, Math.Round(claim.Recomputed!.Value, 2));
        Assert.Empty(Audit("2017年度一般公共预算财政拨款支出总计1741.75万元，完成年初预算96.9%，决算数小于预算数55.93万元。").Contradictions);   // 1741.75 ÷ 1797.68
    }

    /// <summary>
    /// Real: Tianshui, September: a budget report's monthly progress, "占年初预算月进度的37.2%，短月进度3533万元". The gap is
    /// worked out from the budget the rate gives (2104 ÷ 37.2% ≈ 5656, less 2104 ≈ 3552), and it is the figure checked.
    /// </summary>
    [Fact]
    public void A_gap_to_the_budget_a_rate_implies_is_recomputed()
    {
        const string text = "9月份，经开区大口径财政收入完成2104万元，占年初预算月进度的37.2%，短月进度3533万元。";
        var claim = Assert.Single(Audit(text).Contradictions);
        Assert.Equal((ClaimKind.CompletionRate, "3533万元"), (claim.Kind, claim.Span.Text));
        Assert.Contains("短月进度应约为 3,551.91万元", claim.Explanation, StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.Consistent, Audit(text.Replace("3533", "3553")).Claims.Single(c => c.Span.Text == "3553万元").Verdict);
        // Over the budget: 4335 − 4335 ÷ 211% ≈ 2281.
        Assert.Equal(ClaimVerdict.Consistent, Audit("一般公共预算收入完成4335万元，占年初预算月进度的211%，超月进度2281万元。").Claims.Single(c => c.Span.Text == "2281万元").Verdict);
    }

    [Fact]
    public void A_sentence_the_page_width_wrapped_is_read_whole_and_located_in_the_file()
    {
        const string text = "一、总体情况\n2021年本年支出合计4000720.64元，其中基本支出3670245.42元，占本年支出合计的91.73%；项目支出330475.22元，占本\n年支出合计的0.825%。\n";
        var claim = Audit(text).Contradictions.Single();
        Assert.Equal(("0.825%", 3, 7), (claim.Span.Text, claim.Span.Line, claim.Span.Column));
        Assert.Equal([text.IndexOf("占本\n", StringComparison.Ordinal) + 2], WrappedLines.Breaks(text));
        Assert.Empty(WrappedLines.Breaks(text.Replace("占本\n", "占本。\n")));
        // A span across the wrap quotes the file as it is.
        var split = "一、总体情况\n2021年本年支出合计4000720.64元，其中基本支出3670245.42元，占本年支出合计的91.73%；项目支出330475.22元，占本年支出合计的0.825\n%。\n";
        var claim2 = Audit(split).Contradictions.Single();
        Assert.Equal(("0.825\n%", "当前写为 0.825 %，按 330,475.22元 ÷ 4,000,720.64元 应为 8.26%。"), (claim2.Span.Text, claim2.Explanation));
    }

    [Fact]
    public void Traditional_characters_and_inline_pinyin_read_as_simplified_and_spans_quote_the_file()
    {
        const string text = "2017年度一般公共預(yù)算財(cái)政撥款支出總計1741.75萬元,完成年初預(yù)算100%,決算數(shù)大于預(yù)算數(shù)55.93萬元。";
        var claim = Audit(text).Contradictions.Single();
        Assert.Equal((ClaimKind.CompletionRate, "100%", text.IndexOf("100%", StringComparison.Ordinal)), (claim.Kind, claim.Span.Text, claim.Span.Start));
        Assert.Equal(103.32m, Math.Round(claim.Recomputed!.Value, 2));   // 1741.75 ÷ (1741.75 − 55.93)
        Assert.Empty(Audit(text.Replace("100%", "103.3%")).Contradictions);
    }

    [Fact]
    public void A_change_against_the_budget_is_checked_like_a_change_against_last_year()
    {
        // 1.14 ÷ (2.14 − 1.14) = 114 %: the budget was 1.00万元.
        var claim = Audit("公务接待费支出2.14万元，与2021年度预算相比，增加1.14万元，增长1.14%。").Contradictions.Single();
        Assert.Equal("1.14%", claim.Span.Text);
        Assert.Contains("预算数 1.00万元", claim.Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit("公务接待费支出2.14万元，与2021年度预算相比，增加1.14万元，增长114%。").Contradictions);
        // Both comparisons of one sentence: 10.93 ÷ 20 = 54.65 % against the budget; 0.71 ÷ (9.07 + 0.71) = 7.26 %, not 7.83 %, against last year.
        var both = Audit("2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%，较上年支出数减少0.71万元，下降7.83%。");
        Assert.Equal(ClaimVerdict.Consistent, both.Claims.Single(c => c.Span.Text == "54.65%").Verdict);
        Assert.Equal("7.83%", both.Contradictions.Single().Span.Text);
    }

    [Fact]
    public void A_whole_amount_among_amounts_with_decimals_is_as_precise_as_they_are()
    {
        // 1.71 ÷ 3.00 = 57 %: 43 % is what was left unspent. Read as anything from 2.5 to 4 万元, 3 would have allowed it.
        Assert.Equal("43%", Audit("2023年度“三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的43%。").Contradictions.Single().Span.Text);
        Assert.Empty(Audit("2023年度“三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的57%。").Contradictions);
        // Said to be rough, it is not.
        Assert.Empty(Audit("2023年度“三公”经费支出预算约3万元，支出决算为1.71万元，完成预算的43%。").Contradictions);
        // Real: Changzhou, January 2024: "0.02亿元" is written finer only because 0.0亿元 would show nothing, so 27.7亿元 and 1.1亿元
        // stay figures to 0.1亿元, and 4.0% is within what they allow (1.1 ÷ 26.6 = 4.14%, but 1.05 ÷ 26.75 = 3.93%).
        Assert.Empty(Audit("新北区完成27.7亿元,同比增收1.1亿元,增长4.0%;经开区完成12.6亿元,同比增收0.02亿元,增长0.2%。").Contradictions);
        // A list that 其中 opens in the next sentence is read with the total it divides: 0 + 6 + 4 = 10.0, not 10.5.
        Assert.Equal("10.5万元", Assert.Single(Audit("2023年度“三公”经费支出共计10.5万元。其中：因公出国（境）费0万元，公务用车购置及运行费6万元，公务接待费4万元。").Contradictions).Span.Text);
    }

    [Fact]
    public void A_change_in_yuan_beside_a_figure_in_wan_that_fits_only_in_wan_is_a_slip_of_the_unit()
    {
        // 2.7 ÷ (3.3 + 2.7) = 45 % with 2.7万元; 2.7元 would make it 0.01 %.
        var claim = Audit("2018年因公出国（境）费支出3.3万元，与2018年度预算相比，减少2.7元，下降45%。").Claims.Single(c => c.Span.Text == "45%");
        Assert.Equal(ClaimVerdict.Unverifiable, claim.Verdict);
        Assert.Contains("单位可能写错", claim.Explanation, StringComparison.Ordinal);
        Assert.Equal("40%", Audit("2018年因公出国（境）费支出3.3万元，与2018年度预算相比，减少2.7万元，下降40%。").Contradictions.Single().Span.Text);
    }

    [Fact]
    public void An_amount_straight_after_the_comparison_may_be_the_change_with_its_verb_left_out()
    {
        // 21.79 ÷ (177.28 − 21.79) = 14.01 %; read as 2016's figure, 177.28 − 21.79 would be a rise of 713 %.
        var report = Audit("2017年财政拨款收入177.28万元，与2016年相比21.79万元，增加14.01%。");
        Assert.Empty(report.Contradictions);
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "14.01%").Verdict);
        Assert.Equal("15.01%", Audit("2017年财政拨款收入177.28万元，与2016年相比21.79万元，增加15.01%。").Contradictions.Single().Span.Text);
    }

    [Fact]
    public void A_shares_part_is_the_amount_its_brackets_explain_and_never_a_sibling_of_its_list()
    {
        const string bracketed = "2021年本年收入合计1,151.41万元；包括财政拨款收入1,077.36万元（其中，一般公共预算1,077.36万元，政府性基金预算0万元），占收入合计93.57%。";
        Assert.Equal(ClaimVerdict.Consistent, Audit(bracketed).Claims.Single(c => c.Span.Text == "93.57%").Verdict);
        Assert.Equal("95.57%", Audit(bracketed.Replace("93.57%", "95.57%")).Contradictions.Single().Span.Text);
        // 90.79 is a sibling of 2326.34 after 其中, not a share of it; the total is in the paragraph before.
        Assert.Empty(Audit("2022年度收入合计2417.13万元，较上年决算\n\n数增加136.12万元，增长6%。其中：财政拨款收入2326.34万元，占96.2%；事业收入90.79万元，占3.8%").Contradictions);
    }

    [Fact]
    public void A_base_named_otherwise_than_any_figure_is_found_by_its_name_without_the_measure_word()
    {
        // "支出总预算" is the 收支总预算 stated after it: 74784.48 ÷ 1085203.63 = 6.89 %.
        const string budget = "2025年住房保障支出类科目 74784.48 元，占支出总预算6.90 %。\n2025 年财政拨款收支总预算 1085203.63 元。";
        Assert.Equal("6.90 %", Audit(budget).Contradictions.Single().Span.Text);
        Assert.Empty(Audit(budget.Replace("6.90 %", "6.89 %")).Contradictions);
        // "采购总量" is the 实际完成采购金额: 29.81 ÷ 71.22 = 41.86 %, 41.41 ÷ 71.22 = 58.14 %.
        const string procurement = "2022年全市实施政府采购预算77.06亿元，实际完成采购金额71.22亿元。从项目层级来看，市级政府采购规模29.81亿元，占采购总量的41.86%；区县级政府采购规模41.41亿元，占采购总量的16.26%。";
        Assert.Equal("16.26%", Audit(procurement).Contradictions.Single().Span.Text);
        // A quantity of the accounts (基本支出, 项目支出) is a part, never the total a share names otherwise.
        Assert.Empty(Audit("2017年度支出合计2906万元，其中：基本支出279万元；项目支出2626万元。2016年度支出合计628万元，其中：基本支出230万元，占总支出的37%；项目支出398万元，占总支出的63%。").Contradictions);
    }

    [Fact]
    public void A_share_written_as_reaching_its_figure_is_read()
    {
        // 868.04 ÷ 1091.71 = 79.51 %.
        const string text = "今年1-4月，全区一般公共预算支出1091.71亿元，同比增长10.1%；其中民生支出完成868.04亿元，同比增长5.6%，民生支出占一般公共预算支出的比重达79.1%。";
        Assert.Equal("79.1%", Audit(text).Contradictions.Single().Span.Text);
        Assert.Empty(Audit(text.Replace("79.1%", "79.5%")).Contradictions);
    }

    [Fact]
    public void A_rate_of_change_between_a_part_and_its_share_does_not_hide_the_part()
    {
        const string text = "2017年1-9月，全市财政支出完成267.37亿元。社会保障和就业支出27.36亿元，增长12.0%，占财政支出总量的16%。";
        var claim = Audit(text).Contradictions.Single();
        Assert.Equal(("16%", 10.23m), (claim.Span.Text, Math.Round(claim.Recomputed!.Value, 2)));
        Assert.Empty(Audit(text.Replace("16%", "10.2%")).Contradictions);
    }

    [Fact]
    public void A_total_is_no_less_than_the_kinds_of_income_the_text_lists_under_it()
    {
        const string text = "2017年度，收入总计为10070.54万元，其中：\n1.财政拨款收入1813.24万元。\n2.事业收入8257.3万元。\n3.上年结转和结余27.93万元。";
        var claim = Audit(text).Contradictions.Single();
        Assert.Equal((ClaimKind.SumOfParts, "10070.54万元"), (claim.Kind, claim.Span.Text));
        Assert.Equal(ClaimVerdict.Consistent, Audit(text.Replace("10070.54", "10098.47")).Claims.Single(c => c.Kind == ClaimKind.SumOfParts).Verdict);
        // Kinds short of the total may leave others out: nothing is said.
        Assert.DoesNotContain(Audit(text.Replace("10070.54", "10200.00")).Claims, c => c.Kind == ClaimKind.SumOfParts);
    }

    [Fact]
    public void A_saving_is_the_planned_amount_less_the_amount_spent_and_its_rate_is_over_either()
    {
        var report = Audit("2018年全县采购预算金额为42875.34万元，实际采购金额为42642.41万元，节约金额232.93万元，资金节约率为0.54%。全县送审金额115991万元，审定金额97219万元，审减金额18906万元，审减率16.39%。");
        Assert.Equal(["18906万元", "16.39%"], report.Contradictions.Select(c => c.Span.Text));
        Assert.All(report.Contradictions, c => Assert.Equal(ClaimKind.Savings, c.Kind));
        Assert.Equal(2, report.Claims.Count(c => c.Kind == ClaimKind.Savings && c.Verdict == ClaimVerdict.Consistent));
        // 5.84 ÷ 71.22 = 8.2 %: the rate over the amount spent is a reading too.
        Assert.Empty(Audit("2022年实施政府采购预算77.06亿元，实际完成采购金额71.22亿元，节约资金5.84亿元，节约率达8.2%。").Contradictions);
        // A saving stated without its rate, the amount spent first; a saving of a part, with no budget of its own, says nothing.
        const string text = "2020年1-6月，共完成政府采购24617.99万元，采购预算25439.38万元，节约资金821.5万元。其中，完成货物采购5144.04万元，节约资金536.8万元。";
        var saving = Assert.Single(Audit(text).Contradictions);
        Assert.Equal(("821.5万元", ClaimKind.Savings), (saving.Span.Text, saving.Kind));
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(Audit(text.Replace("821.5万元", "821.39万元")).Claims).Verdict);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_quantity_and_its_change_continues_the_comparison_before_it()
    {
        const string text = "本部门2016年度收入总计6955.73万元，支出总计6,955.73万元。与2015年决算数相比，收入增加950.05万元、增长15.82%。支出增加841.13万元，增长13.36%。";
        var claim = Audit(text).Contradictions.Single();
        Assert.Equal("13.36%", claim.Span.Text);   // 841.13 ÷ (6955.73 − 841.13) = 13.76 %
        Assert.Empty(Audit(text.Replace("13.36%", "13.76%")).Contradictions);
    }

    [Fact]
    public void A_figure_in_brackets_after_a_change_is_its_rate_only_when_alone_there()
    {
        var report = Audit("2019年1—10月，一般公共预算收入完成322,215万元，同比增长29.3%（税收收入完成131,589万元，为预算的68.5%，同比下降14.7%）。");
        Assert.Empty(report.Contradictions);
        // 1.5 ÷ (2.30 + 1.5) = 39.47 %.
        Assert.Equal("42.86%", Audit("2019年公务接待费2.30万元，较上年减少1.5万元（42.86%）。").Contradictions.Single().Span.Text);
    }

    [Fact]
    public void Parts_of_different_wholes_and_income_that_is_not_a_total_are_not_the_same_quantity()
    {
        // 基本支出 of the whole and of one item after 其中.
        Assert.Empty(Audit("2021 年一般公共预算拨款支出 1493924.6 元，其中：基本支出 1440224.6 元，项目支出 53700 元。\n机构运行 1100910.5 元，其中：基本支出 1100910.5 元，项目支出 0元。").Contradictions);
        // A hospital's 总收入 and 总支出 differ; 收入总计 and 支出总计 do not.
        Assert.Empty(Audit("2017年總收入6628.72萬元。\n2017年總支出7778.55萬元，其中財政項目補助支出683.20萬元，基本支出7095.35萬元。").Contradictions);
        Assert.Single(Audit("2017年收入总计6628.72万元。\n2017年支出总计7778.55万元。").Contradictions);
        // A government's report carries a balance over, a hospital's accounts a surplus: their 收入总计 and 支出总计 differ.
        Assert.Empty(Audit("2021年收入总计411143万元。\n2021年支出总计407656万元。收入总计减支出总计，财政滚存结余3487万元。").Contradictions);
        Assert.Empty(Audit("2017年收入总计58596771.09元，其中医疗收入51420916.22元。\n2017年支出总计68040296.8元，其中医疗业务成本47100683.28元。").Contradictions);
    }

    [Fact]
    public void A_figure_written_again_with_its_decimal_point_lost_is_reported()
    {
        const string text = "财政部：2022年全国政府采购规模为349931亿元\n2022年全国政府采购规模为34,993.1亿元，较上年减少1,405.9亿元，下降3.9%。";
        var slip = Assert.Single(Audit(text).Contradictions);
        Assert.Equal(("349931亿元", ClaimKind.StatedTwice), (slip.Span.Text, slip.Kind));
        Assert.Contains("在第2行写为 34,993.1亿元", slip.Explanation);
        // Other digits are another figure, which a name outside the accounts' own does not make one quantity.
        Assert.Empty(Audit(text.Replace("349931亿元", "349932亿元")).Contradictions);
    }

    [Fact]
    public void Figures_of_different_units_are_not_the_same_quantity()
    {
        // Under a line that names another unit.
        const string headed = "2017年\n我市公务用车购置及运行维护费3371.9万元\n公务用车运行维护费 3139.9万元\n市公安局\n公务用车运行维护费 1124.05万元，比2016年减少了344.46万元。";
        Assert.DoesNotContain(Audit(headed).Claims, c => c.Kind == ClaimKind.StatedTwice);
        Assert.Contains(Audit(headed.Replace("市公安局\n", "")).Claims, c => c.Kind == ClaimKind.StatedTwice);
        // Named with the figure, or as the example the sentence takes.
        const string named = "以人力资源和社保部为例，2020年度财政拨款收入40.67亿元。农业农村部2020年度财政拨款收入272.52亿元，比2019年度决算数减少约33亿元。";
        Assert.DoesNotContain(Audit(named).Claims, c => c.Kind == ClaimKind.StatedTwice);
    }

    [Fact]
    public void Parts_listed_after_qizhong_may_fall_short_of_their_whole_but_never_exceed_it()
    {
        // One part larger than the whole it is listed under.
        var claim = Audit("2025年一般公共预算财政拨款支出629.31万元，比2024年减少88.85万元。其中：基本支出768.93万元，比2024年减少55.08万元。").Contradictions.Single();
        Assert.Equal((ClaimKind.SumOfParts, "768.93万元"), (claim.Kind, claim.Span.Text));
        Assert.Empty(Audit("2025年一般公共预算财政拨款支出629.31万元，比2024年减少88.85万元。其中：基本支出573.93万元，比2024年减少55.08万元。").Contradictions);
        // Counts too, exactly: 456 + 314 + 57 + 28 = 855, more than 850; a list short of its whole may leave items out.
        const string counts = "2021年共完成交易项目850个，其中：工程建设项目456个，政府采购项目314个，土地矿业权项目57个，国有产权项目28个。";
        Assert.Equal("850个", Audit(counts).Contradictions.Single(c => c.Kind == ClaimKind.SumOfParts).Span.Text);
        Assert.Equal(ClaimVerdict.Consistent, Audit(counts.Replace("850个", "855个")).Claims.Single(c => c.Kind == ClaimKind.SumOfParts).Verdict);
        Assert.DoesNotContain(Audit(counts.Replace("850个", "856个")).Claims, c => c.Kind == ClaimKind.SumOfParts);
        // A list whose clauses hold figures of several measures, or parts that are no quantities of the accounts, is not read.
        Assert.Empty(Audit("本月共完成交易金额101132.92万元，节约资金2784.26万元，增价87.67万元。其中：市级中心完成交易金额55327.81万元，节约资金528.43万元，增价3.78万元；县级中心交易金额45805.11万元，节约资金2255.83万元，增价83.89万元。").Contradictions);
        Assert.Empty(Audit("一般公共预算收入累计完成316580万元，其中：税收收入累计完成238998万元；非税收入累计完成77582万元；政府性基金预算收入1616万元；国有资本经营收入1868万元。").Contradictions);
    }

    [Fact]
    public void A_part_written_in_yuan_among_parts_in_wan_yuan_that_then_add_up_is_a_slip_of_its_unit()
    {
        const string text = "2024年11月，全县民生支出累计完成131385万元，占一般公共预算支出63%。其中：教育支出29104元；文化旅游体育与传媒支出2267万元；社会保障和就业支出42366万元；卫生健康支出12988万元；节能环保支出1199万元；农林水事务支出32480万元；交通运输支出4948万元；住房保障支出6033万元。";
        var slip = Assert.Single(Audit(text).Contradictions);
        Assert.Equal(("29104元", ClaimKind.SumOfParts), (slip.Span.Text, slip.Kind));
        Assert.Contains("按万元读，各项之和正好等于 131385万元", slip.Explanation);
        // Read in 万元 the parts fall short: a part in 元 may be just that.
        Assert.Empty(Audit(text.Replace("住房保障支出6033万元", "住房保障支出5033万元")).Contradictions);
    }

    [Fact]
    public void A_jiben_zhichu_listed_with_its_renyuan_jingfei_zhichu_and_gongyong_jingfei_zhichu_is_their_sum()
    {
        var sum = Assert.Single(Audit("2015年支出合计284.45万元，其中：1、基本支出173.89万元，包括：人员经费支出161.57万元，公用经费支出12.23万元；2、项目支出110.56万元。").Contradictions);
        Assert.Equal(("173.89万元", ClaimKind.SumOfParts), (sum.Span.Text, sum.Kind));
    }

    [Fact]
    public void Tax_and_non_tax_revenue_are_the_whole_of_a_revenue()
    {
        const string text = "2024年地方一般公共预算收入116059万元，较上年增加6570万元，增长6%，其中税收收入82539万元，较上年增加4674万元，增长6%；非税收入33520万元。";
        Assert.Equal(ClaimVerdict.Consistent, Audit(text).Claims.Single(c => c.Kind == ClaimKind.SumOfParts).Verdict);
        // Short of the whole, the two are wrong too: there is no third kind to make up the rest.
        var short_ = Audit(text.Replace("33520万元", "32520万元")).Contradictions.Single(c => c.Kind == ClaimKind.SumOfParts);
        Assert.Equal("116059万元", short_.Span.Text);
        Assert.StartsWith("地方一般公共预算收入由税收收入和非税收入两部分组成", short_.Explanation);
        // Parts of another kind beside them are a list that may leave items out.
        Assert.DoesNotContain(Audit("2024年一般公共预算收入116059万元，其中税收收入82539万元，非税收入32520万元，专项收入500万元。").Claims, c => c.Kind == ClaimKind.SumOfParts);
    }

    [Fact]
    public void A_change_of_shou_zhi_is_of_the_total_of_both()
    {
        // 287.87 ÷ (385.28 + 287.87) = 42.76 %.
        const string text = "2020年度收入总计385.28万元，支出总计385.28万元。收支较上年决算数减少287.87万元，下降了42.78%。";
        Assert.Equal("42.78%", Audit(text).Contradictions.Single().Span.Text);
        Assert.Empty(Audit(text.Replace("42.78%", "42.76%")).Contradictions);
    }

    [Fact]
    public void A_page_whose_table_notes_run_wider_than_its_body_still_has_its_wrapped_lines_joined()
    {
        // As the planning bureau's PDF prints it: body lines of about 28 characters, a table's note of 47.
        const string text = "说明：上海市普陀区规划和自然资源局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。\n"
            + "（三）一般公共预算财政拨款支出决算具体情况\n"
            + "一般公共预算财政拨款支出年初预算为 10210.34 万元，支\n"
            + "出决算为 9746.50 万元，完成年初预算的 96.45%。决算数小于\n"
            + "预算数的主要原因：城乡社区支出（类）未完成年初预期。\n";
        var breaks = WrappedLines.Breaks(text);
        Assert.Contains(text.IndexOf("，支\n", StringComparison.Ordinal) + 2, breaks);
        Assert.Contains(text.IndexOf("小于\n", StringComparison.Ordinal) + 2, breaks);
        var claim = Audit(text).Contradictions.Single();   // 9746.50 ÷ 10210.34 = 95.46 %
        Assert.Equal((ClaimKind.CompletionRate, "96.45%"), (claim.Kind, claim.Span.Text));
    }

    [Fact]
    public void One_quantity_compared_with_last_year_twice_changes_by_the_same_amount()
    {
        const string text = "2017年本年收入合计597.52万元；其中：财政拨款收入177.28万元，与2016年相比增加21.79万元，增加14.01%。\n"
            + "四、财政拨款收入支出决算总体情况说明\n2017年度财政拨款收入决算总计177.28万元。与2016年相比增加22.13万元。";
        var claim = Audit(text).Contradictions.Single();
        Assert.Equal((ClaimKind.StatedTwice, "22.13万元"), (claim.Kind, claim.Span.Text));
        Assert.Empty(Audit(text.Replace("22.13万元", "21.79万元")).Contradictions);
        // Another quantity with the same figure this year may change otherwise: 本年收入合计 is not 收入总计.
        Assert.Empty(Audit("2017年收入总计177.28万元，较上年增加21.79万元。本年收入合计177.28万元，较上年增加30.00万元。").Contradictions);
    }

    [Fact]
    public void A_budget_reports_figures_of_one_name_are_one_quantity_only_within_one_budget_and_one_level()
    {
        // 上级补助收入 of the 一般公共预算 and of the 政府性基金; of 全区 and of 区本级.
        const string report = "全区一般公共预算收入35.01亿元，上级补助收入11.96亿元。\n全区政府性基金上年结余26.38亿元，上级补助收入14.78亿元。\n"
            + "区本级一般公共预算收入32.20亿元，上级补助收入11.75亿元。";
        Assert.Empty(Audit(report).Contradictions);
        // Within one budget and level, and a township's 全镇 being its 镇本级, a figure stated twice is one quantity.
        const string town = "全镇本级一般公共预算支出1,867.48万元，支出总计1,867.48万元。\n全镇一般公共预算财力1,867.48万元。支出总计,867.48万元。";
        var claim = Audit(town).Contradictions.Single();
        Assert.Equal((ClaimKind.StatedTwice, "867.48万元"), (claim.Kind, claim.Span.Text));
    }

    [Fact]
    public void A_share_that_names_its_part_is_of_that_part()
    {
        // 31283 ÷ 49508 = 63.19 %; the amount just before the share is another part's.
        const string text = "2020年本级收入49508万元，其中税收收入完成31283万元、非税收入完成18225万元，税收收入占本级收入的比重为63.2%。";
        Assert.Equal(ClaimVerdict.Consistent, Audit(text).Claims.Single(c => c.Span.Text == "63.2%").Verdict);
        Assert.Equal("36.8%", Audit(text.Replace("63.2%", "36.8%")).Contradictions.Single().Span.Text);
    }

    [Fact]
    public void A_figure_without_a_unit_listed_before_one_with_a_unit_takes_that_unit()
    {
        var numbers = NumberScanner.Scan("与2019年相比，收入减少84.55、支出总计减少99.6万元。");
        Assert.Equal([845_500m, 996_000m], numbers.Where(n => n.Kind == NumberKind.Money).Select(n => n.Value));
    }

    [Fact]
    public void Whole_amounts_are_as_precise_as_the_statement_around_them_across_its_semicolons()
    {
        // 380.17 + 80.00 = 460.17, more than 460.06: 80 is not 80 ± 0.5 beside amounts written to the 0.01万元.
        const string text = "2020年本年支出合计460.06万元，其中：基本支出380.17万元，占83%；项目支出80万元，占17%；经营支出0万元，占0%。";
        Assert.Equal((ClaimKind.SumOfParts, "460.06万元"), Audit(text).Contradictions.Select(c => (c.Kind, c.Span.Text)).Single());
    }

    [Fact]
    public void A_three_public_totals_change_is_the_sum_of_its_items_changes()
    {
        // −28.23 − 79.4 − 596.98 + 1.36 = −703.25, not −613.80.
        const string text = "2017年区级“三公”经费支出1360.13万元，比上年减少支出613.80万元。\n（一）因公出国(境)费22.00万元。与2016年相比，因公出国(境)经费支出减少28.23万元。\n"
            + "（二）公务用车购置费34.71万元，与2016年相比，公务用车购置费减少79.4万元。公务用车运行费1116.14万元，与2016年相比，公务用车运行费减少596.98万元。\n"
            + "（三）公务接待费221.98万元。与2016年相比，公务接待费支出增加1.36万元。";
        var claim = Audit(text).Contradictions.Single(c => c.Span.Text == "613.80万元");
        Assert.Equal(ClaimKind.SumOfParts, claim.Kind);
        Assert.Contains("合计减少 703.25万元", claim.Explanation, StringComparison.Ordinal);
        Assert.Equal(ClaimVerdict.Consistent, Audit(text.Replace("613.80万元", "703.25万元")).Claims.Single(c => c.Kind == ClaimKind.SumOfParts && c.Span.Text == "703.25万元").Verdict);
        // Against the budget too; an item whose change is not stated leaves the total unchecked.
        Assert.DoesNotContain(Audit(text.Replace("与2016年相比，公务接待费支出增加1.36万元。", "")).Claims, c => c.Kind == ClaimKind.SumOfParts && c.Span.Text == "613.80万元");

        // Real: Tianshan district, 2019: the total's change is its items', whatever brackets say of the total between
        // (0 + 144.92 + 0.11 = 145.03, not 144.92).
        const string bracketed = "天山区本级一般公共预算财政拨款三公经费支出合计585.53万元(包括基本支出和项目支出安排的经费),同比减少144.92万元。\n"
            + "其中:因公出国(境)经费0万元,同比减少0万元。公务用车购置及运行费585.53万元,同比减少144.92万元。公务接待费0.00万元,同比减少0.11万元。";
        Assert.Contains("合计减少 145.03万元，不是减少 144.92万元", Assert.Single(Audit(bracketed).Contradictions).Explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// Real: Tianshui, November: parts listed after 其中 whose figures add up to their whole's are all of it, so their
    /// changes add up to the whole's (−1962 − 3329 = −5291, not −5255); parts that fall short of the whole may leave one out.
    /// </summary>
    [Fact]
    public void A_totals_change_is_the_sum_of_the_changes_of_all_its_listed_parts()
    {
        const string text = "本月完成财政支出3021万元，较上年同月少支5255万元，下降63.5%。其中：一般公共预算支出完成2021万元，较上年同月少支1962万元，下降48.8%。"
            + "政府性基金支出完成1000万元，较上年同月少支3329万元，下降76.9%。";
        var claim = Assert.Single(Audit(text).Contradictions, c => c.Kind == ClaimKind.SumOfParts);
        Assert.Equal("与上年相比，财政支出的增减是各项增减之和：一般公共预算支出减少 1,962.00万元，政府性基金支出减少 3,329.00万元，合计减少 5,291.00万元，不是减少 5,255.00万元。", claim.Explanation);
        Assert.Equal(ClaimVerdict.Consistent, Audit(text.Replace("5255", "5291")).Claims.Single(c => c.Kind == ClaimKind.SumOfParts).Verdict);
        Assert.DoesNotContain(Audit(text.Replace("1000万元", "900万元")).Claims, c => c.Kind == ClaimKind.SumOfParts);
        // Real: Linpan town, 2020: "比去年上半年", with the list opening the next paragraph (−87 + 714 = 627, not 681).
        const string halfYear = "2020年上半年全镇财政公共预算收入4669万元，完成年初预算计划14246万元的32.8%，比去年上半年增收681万元，增幅17%。\n"
            + "其中，上半年我镇完成工商税收208万元，比去年上半年减收87万元，减幅29%；上半年上级转移补助和专项补助收入4461万元，完成年初预算计划14246万元的31.3%，比去年上半年增收714万元，增幅19%。";
        Assert.Contains("合计增加 627.00万元，不是增加 681.00万元", Assert.Single(Audit(halfYear).Contradictions, c => c.Kind == ClaimKind.SumOfParts).Explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// Real: the national procurement of 2014, in traditional characters: shares of one total that add up to 100% divide it,
    /// though the text states them paragraphs apart, so their amounts cannot exceed it (10141.11 + 5230.04 + 1934.25 = 17305.40).
    /// </summary>
    [Fact]
    public void Parts_whose_shares_of_one_total_make_100_percent_cannot_exceed_it()
    {
        const string text = "2014年全國政府採購規模為17305.34億元,比上年增加924.24億元。\n工程類採購金額10141.11億元, 佔採購總規模的58.6%。\n"
            + "貨物類採購金額5230.04億元,佔採購總規模的30.2%。\n服務類採購金額1934.25億元,比上年增長26.1%,佔採購總規模的11.2%。";
        var report = Audit(text);
        Assert.Equal(3, report.Claims.Count(c => c.Kind == ClaimKind.Share && c.Verdict == ClaimVerdict.Consistent));
        var claim = Assert.Single(report.Contradictions);
        Assert.Equal(("17305.34億元", ClaimKind.SumOfParts), (claim.Span.Text, claim.Kind));
        Assert.Contains("= 17,305.40亿元，已超过所写的 17,305.34亿元", claim.Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(text.Replace("17305.34", "17305.40")).Contradictions);
        // Shares short of 100% may leave a part out.
        Assert.Empty(Audit(text.Replace("11.2%", "10.2%").Replace("1934.25", "1761.71")).Contradictions);
    }

    /// <summary>
    /// Real: Wuhan's state assets, 2021: "占全市53.8%" names its base by the area alone, the same quantity over the whole city
    /// (2,134 ÷ 3,964); the shares listed after it are of that base too, and 583 ÷ 3,964 is 14.7%, not 4.7%.
    /// </summary>
    [Fact]
    public void A_share_of_an_area_alone_is_of_the_parts_quantity_over_the_area()
    {
        const string text = "截至2021年底,纳入全市行政事业性国有资产报告统计的单位3,730户,资产总额3,964亿元,比2020年增长24.3%。\n"
            + "全市行政单位资产总额2,134亿元,占全市53.8%,其中:城管部门583亿元,占4.7%;城建部门395亿元,占10%;交通部门343亿元,占8.7%。";
        var report = Audit(text);
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "53.8%").Verdict);
        Assert.Equal(ClaimVerdict.Consistent, report.Claims.Single(c => c.Span.Text == "8.7%").Verdict);
        Assert.Contains("583.00亿元 ÷ 3,964.00亿元 应为 14.71%", Assert.Single(report.Contradictions).Explanation, StringComparison.Ordinal);
    }

    /// <summary>Real: Maguan health centre, 2021: "较上年度决算数" compares with last year's actual, the figure before it this year's.</summary>
    [Fact]
    public void A_change_on_last_years_actual_is_checked_against_the_figure_before_it()
    {
        var claim = Assert.Single(Audit("基本支出250.7219万元,较上年度决算数增加170.8798万元,增长46.7242%,主要是事业收入增加原因。").Contradictions);
        Assert.Equal("46.7242%", claim.Span.Text);
        Assert.Contains("上年数 79.8421万元", claim.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("支出总计250.72万元，较上年增加170.88万元，增幅为46.72%。", "214.03%")]
    [InlineData("支出总计79.84万元，较上年减少170.88万元，降幅为46.72%。", "68.16%")]
    public void A_rate_of_change_named_as_such_belongs_to_its_change(string text, string right)
    {
        Assert.Equal("46.72%", Assert.Single(Audit(text).Contradictions).Span.Text);
        Assert.Empty(Audit(text.Replace("46.72%", right)).Contradictions);
    }

    /// <summary>A balance compared with the year's start, as state-asset reports compare them: the rate is of the year-start figure.</summary>
    [Fact]
    public void A_balance_is_compared_with_the_years_start()
    {
        var claim = Assert.Single(Audit("资产总额3964万元，较年初增加100万元，增长12.6%。").Contradictions);
        Assert.Contains("年初数 3,864.00万元", claim.Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit("资产总额3964万元，比上年末增加100万元，增长2.6%。").Contradictions);
        Assert.Equal(ClaimVerdict.Contradicted, Audit("负债总额432万元，较年初预算增加100万元，增长2.6%。").Claims.Single(c => c.Span.Text == "2.6%").Verdict);
    }

    /// <summary>Real: Fuzhou's sports lottery fund, 2020: "（五）其他支出" under a section and "三、其他支出" are two items.</summary>
    [Fact]
    public void Items_numbered_at_two_levels_of_the_outline_are_two_items()
    {
        const string text = "二、竞技体育2290.91万元。(四)补充运动员保障支出79.76万元。(五)其他支出329.13万元。三、其他支出718.41万元。";
        Assert.Empty(Audit(text).Contradictions);
        Assert.Equal(ClaimKind.StatedTwice, Assert.Single(Audit(text.Replace("三、其他支出", "(六)其他支出")).Contradictions).Kind);
    }

    /// <summary>Real: Luqu public security, 2020: "与2019年决算数相比，收入增加…" is of the 收入总计, not of the 支出总计 stated last.</summary>
    [Fact]
    public void Income_named_after_a_comparison_is_the_income_total()
    {
        const string text = "本部门2020年度收入总计4114.6万元,支出总计4252.73万元。与2019年决算数相比,收入增加610.92万元,增加17.44%,支出增加471.41万元,增加12.47%。";
        ConsistentUntilChanged(text, "17.44%", "16.78%");
    }

    /// <summary>
    /// Real: Ya'an land resources, 2012: a budget compared with last year's actual is checked against the item's actual of that
    /// year, though the document names that year as often as its own.
    /// </summary>
    [Fact]
    public void A_budget_compared_with_last_years_actual_is_checked_against_it()
    {
        const string text = "2011年公务接待费43.75万元。2012年公务接待费预算44.58万元，较2011年决算增长1.9%。";
        Assert.Equal(ClaimVerdict.Consistent, Audit(text).Claims.Single(c => c.Span.Text == "1.9%").Verdict);
        Assert.Contains("上年数 43.75万元", Assert.Single(Audit(text.Replace("1.9%", "2.9%")).Contradictions).Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全县一般公共预算收入完成52000万元，完成年度预算50000万元的114%。")]
    [InlineData("全县一般公共预算收入52000万元，完成调整预算50000万元的114%。")]
    public void A_completion_rate_of_the_years_or_the_adjusted_budget_is_checked(string text)
    {
        Assert.Contains("52,000.00万元 ÷ 50,000.00万元 应为 104.00%", Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(text.Replace("114%", "104%")).Contradictions);
    }

    /// <summary>Real: Mayang, 2019: "完成调整预算的100%" beside the initial budget is of a budget the text does not state.</summary>
    [Fact]
    public void A_rate_of_the_adjusted_budget_is_not_read_against_the_initial_one() =>
        Assert.Equal(ClaimVerdict.Unverifiable, Audit("国有资产经营收入完成220万元，完成年初预算150万元的146.67%，完成调整预算的100%，比上年120万元增加100万元。")
            .Claims.Single(c => c.Span.Text == "100%").Verdict);

    [Fact]
    public void Last_years_figure_stated_as_such_is_the_base_of_the_change_after_it()
    {
        Assert.Contains("上年数 48,000.00万元 应为 8.33%", Assert.Single(Audit("全县一般公共预算收入52000万元，上年同期为48000万元，增长18.3%。").Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit("全县一般公共预算收入52000万元，上年同期为48000万元，增长8.3%。").Contradictions);
    }

    [Fact]
    public void A_share_whose_words_state_its_base_is_of_that_base()
    {
        Assert.Contains("3.20亿元 ÷ 5.20亿元 应为 61.54%", Assert.Single(Audit("全县税收收入完成3.2亿元，占一般公共预算收入5.2亿元的71.5%。").Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit("全县税收收入完成3.2亿元，占一般公共预算收入5.2亿元的61.5%。").Contradictions);
    }

    /// <summary>Real: Nan'an town, 2019: a whole that counts its parts ("由三部分构成：一是…二是…三是…") is their sum.</summary>
    [Fact]
    public void A_whole_that_counts_its_parts_is_their_sum()
    {
        const string text = "2019年财政总收入为6028万元,由三部分构成:一是本年本镇财政收入2454万元,其中税收收入974万元、非税收入1480万元;"
            + "二是上级财政补助收入3292万元,其中:一般性转移支付收入960万元,上级补助收入(基金)278万元;三是上年结余结转收入4万元。";
        var claim = Assert.Single(Audit(text).Contradictions);
        Assert.Equal(("6028万元", ClaimKind.SumOfParts), (claim.Span.Text, claim.Kind));
        Assert.Contains("= 5,750.00万元，不是 6,028.00万元", claim.Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(text.Replace("6028万元", "5750万元")).Contradictions);
        // Without the count, the parts may leave one out.
        Assert.Empty(Audit(text.Replace(",由三部分构成:", ",其中:")).Contradictions);
    }

    [Fact]
    public void A_change_of_both_totals_is_of_the_income_and_expenditure_total()
    {
        const string text = "2023年度收入总计、支出总计均为100.5万元，与上年相比，收、支总计各增加10.5万元，增长21.7%。";
        Assert.Contains("应为 11.67%", Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(Audit(text.Replace("21.7%", "11.7%")).Claims, c => c.Verdict != ClaimVerdict.Consistent);
    }

    /// <summary>"政府采购支出总额": an amount named 总额 is a total, of its shares and of the kinds listed after it.</summary>
    [Fact]
    public void A_total_named_zong_e_is_divided_by_its_shares_and_its_kinds()
    {
        Assert.Contains("80.00万元 ÷ 100.00万元 应为 80.00%", Assert.Single(Audit("2023年度政府采购支出总额100万元，授予中小企业合同金额80万元，占85%。").Contradictions).Explanation,
            StringComparison.Ordinal);
        const string kinds = "2023年度政府采购支出总额100万元，其中：政府采购货物支出60万元、政府采购工程支出0万元、政府采购服务支出50万元。";
        Assert.Contains("三部分组成：60.00万元 + 0.00万元 + 50.00万元 = 110.00万元，不是 100.00万元", Assert.Single(Audit(kinds).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(kinds.Replace("50万元", "40万元")).Contradictions);
        // 货物, 工程 and 服务 are all there is to procure: three parts short of their total are wrong too.
        Assert.Contains("= 90.00万元，不是 100.00万元", Assert.Single(Audit(kinds.Replace("50万元", "30万元")).Contradictions).Explanation, StringComparison.Ordinal);
    }

    /// <summary>A rate's explanation gives the ratio of the figures as written, not the middle of what their precision allows.</summary>
    [Fact]
    public void A_completion_rate_is_explained_with_the_ratio_of_its_figures() =>
        Assert.Contains("按 90.00万元 ÷ 100.00万元 应为 90.00%", Assert.Single(Audit("全年预算数100万元，全年执行数90万元，预算执行率为95%。").Contradictions).Explanation, StringComparison.Ordinal);

    /// <summary>Real: Guangdong, 2021, and Yichun, 2024: "负增长" is a fall; a base named without its area is the area's figure.</summary>
    [Fact]
    public void Negative_growth_is_a_fall_and_a_base_may_leave_out_its_area()
    {
        Assert.DoesNotContain(Audit("“三公”经费4.77亿元，同比减少0.61亿元，负增长11.3%。").Claims, c => c.Verdict == ClaimVerdict.Contradicted);
        Assert.Contains("应为 11.34%", Assert.Single(Audit("“三公”经费4.77亿元，同比减少0.61亿元，负增长12.3%。").Contradictions).Explanation, StringComparison.Ordinal);
        const string area = "2024年，全市一般公共预算收入284.1亿元，同比减收5.9亿元。其中：税收收入162.2亿元，占一般公共预算收入比重为57.1%。2023年一般公共预算收入234.6亿元。";
        Assert.Empty(Audit(area).Contradictions);
    }

    /// <summary>Real: Benxi, 2023: the figures under "剔除高新区后：" are of a narrower scope than the same names' before it.</summary>
    [Fact]
    public void Figures_of_a_scope_that_leaves_a_part_out_are_other_figures()
    {
        const string text = "市本级一般公共预算收入安排47.8亿元，加上上级补助和调入资金等133.6亿元，收入总计181.4亿元。\n剔除高新区后：\n"
            + "市本级一般公共预算收入安排44.2亿元，加上上级补助收入等134亿元，收入总计178.2亿元。";
        Assert.Empty(Audit(text).Contradictions);
        Assert.Equal(ClaimKind.StatedTwice, Assert.Single(Audit(text.Replace("剔除高新区后：\n", "")).Contradictions).Kind);
    }

    /// <summary>
    /// Real: Dianjiang, 2017, in traditional characters: with no word of a purchase, the running costs' change is the vehicles',
    /// and the items' changes (+5 − 2.17 − 40) are the total's, though the text names the year compared with more often than its own.
    /// </summary>
    [Fact]
    public void Items_changes_make_the_totals_though_no_purchase_is_named()
    {
        const string text = "2017年“三公”經費預算116.2萬元,比2016年年終決算127.17萬元減少10.97萬元。其中:因公出國(境)費用5萬元,比2016年增加5萬元。"
            + "公務接待費41.2萬元,比2016年減少2.17萬元。公務用車運行維護費70萬元,比2016年減少40萬元。減少的主要原因是2016年公車改革後公車由2016年的11輛減少4輛。";
        Assert.Contains("合计减少 37.17万元，不是减少 10.97万元", Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023年收入合计9.5万元。其中：1.财政拨款收入6.2万元；2.事业收入4.5万元。")]
    [InlineData("一般公共预算财政拨款支出9.5万元，主要用于：一般公共服务支出6.2万元，教育支出4.5万元。")]
    [InlineData("一般公共预算财政拨款支出9.5万元，其中：一般公共服务支出（类）6.2万元，教育支出（类）4.5万元。")]
    public void Parts_listed_by_number_by_use_or_by_class_cannot_exceed_their_whole(string text) =>
        Assert.Contains("= 10.70万元，已超过所写的 9.50万元", Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);

    [Theory]
    [InlineData("2023年度支出总计300万元，上年支出总计为200万元，增长20%。")]
    [InlineData("2023年度支出总计300万元，而2022年为200万元，增长20%。")]
    [InlineData("2023年度支出总计300万元，2022年度为200万元，增加100万元，增长20%。")]
    [InlineData("2023年度支出总计300万元，比上年增加100万元（增长20%）。")]
    public void Last_years_figure_or_a_bracketed_rate_is_read_with_its_change(string text)
    {
        Assert.Contains("应为 50.00%", Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(text.Replace("20%", "50%")).Contradictions);
    }

    /// <summary>"较上年节约100万元" is a fall, not last year's figure written after the comparison.</summary>
    [Fact]
    public void A_saving_on_last_year_is_a_fall()
    {
        Assert.Contains("应为 25.00%", Assert.Single(Audit("2023年“三公”经费支出300万元，较上年节约100万元，下降20%。").Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit("2023年“三公”经费支出300万元，较上年节约100万元，下降25%。").Contradictions);
    }

    [Theory]
    [InlineData("本年支出合计300万元，基本支出200万元，比重为50%。")]
    [InlineData("本年支出合计300万元，基本支出200万元，占全年支出的50%。")]
    [InlineData("本年支出合计300万元，基本支出200万元，占支出的50%。")]
    public void A_share_written_as_a_proportion_or_of_the_years_spending_is_of_the_total(string text)
    {
        Assert.Contains("200.00万元 ÷ 300.00万元 应为 66.67%", Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(text.Replace("50%", "66.7%")).Contradictions);
    }

    /// <summary>"比预算数少5万元，完成预算的80%": the budget stated as its gap to the actual, before the rate.</summary>
    [Fact]
    public void A_completion_rate_after_the_gap_to_its_budget_is_checked()
    {
        Assert.Contains("按决算数 5.00万元 ÷ 预算数 10.00万元", Assert.Single(Audit("公务接待费支出决算5万元，比预算数少5万元，完成预算的80%。").Contradictions).Explanation,
            StringComparison.Ordinal);
        Assert.DoesNotContain(Audit("公务接待费支出决算5万元，比预算数少5万元，完成预算的50%。").Claims, c => c.Verdict == ClaimVerdict.Contradicted);
    }

    [Theory]
    [InlineData("税收收入占一般公共预算收入的比重为80%，比上年提高5个百分点，上年为70%。", "应为高10个百分点")]
    [InlineData("一般公共预算收入增长8%，增幅比上年回落5个百分点，上年增长10%。", "应为低2个百分点")]
    public void A_rates_gap_to_last_years_rate_is_checked(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);

    /// <summary>Real: the national procurement of 2014: "比上年增长26.1%" is this year's growth, not last year's share.</summary>
    [Fact]
    public void This_years_growth_is_not_last_years_rate() =>
        Assert.DoesNotContain(Audit("服务类采购金额1934.25亿元，比上年增长26.1%，占采购总规模的11.2%，比上年提高1.8个百分点。").Claims, c => c.Verdict == ClaimVerdict.Contradicted);

    [Theory]
    [InlineData("截止到2023年12月31日")]
    [InlineData("截至2023年12月末")]
    [InlineData("截至2023.12.31")]
    public void A_year_end_of_last_year_is_found_however_it_is_written(string date) =>
        Assert.Equal(date, Assert.Single(Audit($"上海市某某局2024年度部门决算。2024年度收入总计100万元，支出总计100万元。{date}，本单位共有车辆2辆。2024年度支出100万元。").Contradictions,
            c => c.Kind == ClaimKind.OtherYear).Span.Text);

    /// <summary>Real: Chongqing's archives, 2019: a budget compared with last year's budget, both named 年初预算收入, under the totals of the year.</summary>
    [Fact]
    public void A_figure_compared_under_its_own_name_is_the_one_before_the_comparison()
    {
        const string text = "2019年度收入总计13,826.42万元，支出总计13,826.42万元。主要原因：一是2019年年初预算收入7031.72万元，比2018年年初预算收入2724.44万元增加4307.28万元。";
        Assert.DoesNotContain(Audit(text).Claims, c => c.Verdict == ClaimVerdict.Contradicted);
        Assert.Contains("应为增加 4,307.28万元", Assert.Single(Audit(text.Replace("增加4307.28", "增加4317.28")).Contradictions).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fall_to_nothing_is_a_fall_of_all_of_it()
    {
        Assert.DoesNotContain(Audit("因公出国（境）费0万元，较上年减少0.5万元，下降100%。").Claims, c => c.Verdict != ClaimVerdict.Consistent);
        Assert.Contains("应为 100.00%", Assert.Single(Audit("因公出国（境）费0万元，较上年减少0.5万元，下降50%。").Contradictions).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_reported_for_text_without_claims() => Assert.Empty(Audit("本单位2021年度无政府性基金预算财政拨款收入。").Claims);

    /// <summary>Last year's figure between this year's and the comparison, under this year's name or under none.</summary>
    [Theory]
    [InlineData("本年收入合计110万元，上年收入合计100万元，同比增长10%。", "10%", "15%")]
    [InlineData("“三公”经费支出90万元，上年为100万元，同比下降10%。", "10%", "15%")]
    public void Last_years_figure_stated_before_the_comparison_is_its_base(string text, string figure, string changed) =>
        ConsistentUntilChanged(text, figure, changed);

    /// <summary>A revenue with its budget and a 完成率: the revenue is the actual, whatever it is called.</summary>
    [Fact]
    public void A_revenue_beside_its_budget_is_the_actual_of_its_completion_rate() =>
        ConsistentUntilChanged("2024年一般公共预算收入110万元，预算100万元，完成率110%。", "110%", "120%");

    /// <summary>A gap stated before the rate ("超收10亿元，完成预算的110%") is what the rate is worked out from, not a budget.</summary>
    [Fact]
    public void A_gap_stated_before_a_completion_rate_gives_the_budget() =>
        ConsistentUntilChanged("一般公共预算收入完成110亿元，超收10亿元，完成预算的110%。", "110%", "105%");

    /// <summary>"与上年持平" against the figures; "基本持平" says too little to be wrong.</summary>
    [Fact]
    public void Level_with_last_year_is_checked_against_both_years()
    {
        const string level = "2023年“三公”经费支出12.5万元。2024年“三公”经费支出12.5万元，与上年持平。";
        Assert.Equal(ClaimVerdict.Consistent, Assert.Single(Audit(level).Claims, c => c.Span.Text == "持平").Verdict);
        Assert.Equal("持平", Assert.Single(Audit(level.Replace("支出12.5万元，与", "支出13.5万元，与")).Contradictions).Span.Text);
        Assert.Contains("本年数 13.50万元、上年数 12.50万元，增加 1.00万元", Assert.Single(Audit("支出总计13.5万元，与上年12.5万元持平。").Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit("支出总计13.5万元，与上年12.5万元基本持平。").Claims);
    }

    /// <summary>"为上年的120%": a figure as a percentage of last year's, with last year's before it, in the words, or after.</summary>
    [Theory]
    [InlineData("2023年支出总计100万元。2024年支出总计120万元，为上年的120%。")]
    [InlineData("2024年一般公共预算收入完成110亿元，为上年的110%，上年为100亿元。")]
    [InlineData("2024年一般公共预算收入完成110亿元，为上年100亿元的110%。")]
    public void A_percentage_of_last_years_figure_is_recomputed(string text)
    {
        var figure = text.Contains("120%", StringComparison.Ordinal) ? "120%" : "110%";
        ConsistentUntilChanged(text, figure, "115%");
    }

    /// <summary>Halves by definition: 一般债务 and 专项债务 are all of a government's debt; a balance within its limit is below it.</summary>
    [Fact]
    public void Debt_is_its_two_kinds_and_within_its_limit()
    {
        const string text = "2024年末政府债务余额90亿元，其中一般债务40亿元，专项债务50亿元。债务余额控制在省核定的限额120亿元以内。";
        Assert.Empty(Audit(text).Contradictions);
        Assert.Contains("由一般债务和专项债务两部分组成：40.00亿元 + 50.00亿元 = 90.00亿元，不是 100.00亿元",
            Assert.Single(Audit(text.Replace("余额90亿元", "余额100亿元")).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Contains("余额 130.00亿元 超过限额 120.00亿元", Assert.Single(Audit("2024年末政府债务余额130亿元，控制在省核定的限额120亿元以内。").Contradictions).Explanation, StringComparison.Ordinal);
    }

    /// <summary>"税收收入占一般公共预算收入的70%" with only the two halves stated: the revenue is their sum.</summary>
    [Theory]
    [InlineData("税收收入70亿元，非税收入30亿元，税收收入占一般公共预算收入的70%。")]
    [InlineData("税收收入70亿元，非税收入30亿元，税收占比70%。")]
    public void A_share_of_a_revenue_not_stated_is_of_its_two_halves(string text) => ConsistentUntilChanged(text, "70%", "75%");

    /// <summary>
    /// Real: Qingyang's Muzhen, 2024 (x102): "占总支出的20.21%" of 1105.73 with the 5472.90万元 spent stated lines before
    /// the list (20.20%); shares of the whole a list names alone are of the sum of its parts.
    /// </summary>
    [Fact]
    public void A_share_of_the_whole_is_tried_against_every_amount_before_its_list()
    {
        const string text = "全镇公共财政预算支出完成 5472.90万元,主要预算项目执行情况如下:\n1、一般公共服务支出534.06万元,占总支出的9.76% 。\n"
            + "2、城乡社区支出2539.12万元,占总支出的46.39% 。\n3、维护费支出1105.73万元,占总支出的20.21%。\n";
        Assert.Equal("20.21%", Assert.Single(Audit(text).Contradictions).Span.Text);
        Assert.Empty(Audit(text.Replace("20.21%", "20.20%")).Contradictions);
        Assert.Empty(Audit("用于群众体育支出553.90万元，占总数的98.93%。用于竞技体育支出6.00万元，占总数的1.07%。").Contradictions);
    }

    /// <summary>
    /// Real: Pingchang's sports lottery fund, 2017 (x211): "共计123.22万元,其组成情况如下:一是…37.22万元,二是…85万元,三是…4.5万元"
    /// (126.72).
    /// </summary>
    [Fact]
    public void Parts_counted_one_by_one_after_a_whole_that_says_they_follow_are_all_of_it()
    {
        const string text = "2017年我县体育彩票公益金共计123.22万元,其组成情况如下:一是体育彩票销售地方分成37.22万元,二是省级体彩公益金85万元,三是中央彩票公益金4.5万元。";
        Assert.Contains("= 126.72万元，不是 123.22万元", Assert.Single(Audit(text).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(text.Replace("123.22万元", "126.72万元")).Contradictions);
    }

    /// <summary>"财政拨款收入、支出总计各增加…" is the change of the one figure "财政拨款收入支出决算总计" states.</summary>
    [Fact]
    public void Both_appropriation_totals_named_together_change_as_their_figure() =>
        ConsistentUntilChanged("2024年度财政拨款收入支出决算总计110.00万元。与上年相比，财政拨款收入、支出总计各增加10.00万元，增长10.00%。", "10.00%", "12.00%");

    /// <summary>
    /// Real: Qingdao's procurement, 2012 (z109): "实际采购金额162.77亿元，比2011年增长38.61%，节约资金18.50亿元" — the saving is
    /// against the procurement budget, not the increase on 2011.
    /// </summary>
    [Fact]
    public void A_saving_after_an_increase_is_not_its_amount() =>
        Assert.Empty(Audit("2012年全年采购预算资金为181.27亿元，实际采购金额162.77亿元，比2011年增长38.61%，节约资金18.50亿元，节约率为10.2%。").Contradictions);

    /// <summary>Real: a Bazhong hospital, 2015 (z101): a share a hundred times what the nearest amounts give is of other amounts.</summary>
    [Fact]
    public void A_share_far_beyond_what_its_amounts_give_is_unverifiable()
    {
        var report = Audit("2015年度醫療收入157,459,072.00元。出院者平均醫藥費用5,392.67元，藥品收入占醫療收入比重為36.91%。");
        Assert.Empty(report.Contradictions);
        Assert.Contains("相差百倍以上", Assert.Single(report.Claims, c => c.Span.Text == "36.91%").Explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// Real: Xihu district's veteran cadres bureau, 2017 (z202): "收入、支总计521.99万元" a section before "本年收入合计521.49万元，
    /// 占总收入99.90%…其他收入27.14万元，占5.20%" — a share of the whole may be of any total of its measure stated before.
    /// </summary>
    [Fact]
    public void A_share_of_the_whole_is_tried_against_every_total_of_its_measure() =>
        Assert.DoesNotContain(Audit("中共西湖区委老干部局2017年度收入、支总计521.99万元,与2016年相比,收、支总计增加74.56万元,增长17%。主要是:人员经费增加72.83万元,其他经费增加1.73万,主要原因是根据国家政策,离休干部离休费以及其服务管理标准提高,以及在职干部正常工资调整。\n(二)收入决算情况说明\n本年收入合计521.49万元,占总收入99.90%,包括财政拨款收入494.34万元(其中,一般公共预算494.34万元,政府性基金预算0万元),占94.70%;事业单位专户资金0万元,占总收入 0%;事业收入(不含专户资金)0万元,占0%;事业单位经营收入0万元,占0%;其他收入27.14万元,占5.20%。上级补助收入0万元,占 0%。附属单位上缴收入0万元,占0%。").Contradictions, c => c.Span.Text == "5.20%");

    /// <summary>"基本支出80万元、项目支出20万元，分别占…的80%和20%": the amounts listed before 分别, one for each share after it.</summary>
    [Fact]
    public void Shares_listed_after_their_parts_take_them_in_order() =>
        ConsistentUntilChanged("基本支出80.00万元、项目支出20.00万元，分别占本年支出合计的80.00%和20.00%。本年支出合计100.00万元。", "80.00%", "85.00%");

    /// <summary>"基本支出300万元，项目支出60万元，分别比上年增加…": the figures of the sentence before its listed changes.</summary>
    [Fact]
    public void Listed_changes_take_the_figures_their_sentence_states_before_them() =>
        ConsistentUntilChanged("2024年度基本支出300.00万元，项目支出60.00万元，分别比上年增加50.00万元、15.00万元，分别增长20.00%、33.33%。", "20.00%", "25.00%");

    /// <summary>A change written from one figure to the other, or with each figure under its year, and no comparison word.</summary>
    [Theory]
    [InlineData("“三公”经费支出由2023年的100.00万元下降到2024年的90.00万元，降幅10.00%。")]
    [InlineData("“三公”经费支出从上年的100.00万元减少至90.00万元，减少了10.00万元，下降10.00%。")]
    [InlineData("2024年“三公”经费支出90.00万元，2023年“三公”经费支出100.00万元，下降10.00%。")]
    [InlineData("2023年“三公”经费支出100.00万元，2024年“三公”经费支出90.00万元，下降10.00%。")]
    public void A_change_between_two_stated_figures_is_recomputed(string text) => ConsistentUntilChanged(text, "10.00%", "15.00%");

    /// <summary>Real: Shiji's state assets report, 2017 (u512): "年均增长26.56%" spreads the change over the years, so it is no plain rate.</summary>
    [Fact]
    public void A_yearly_average_between_two_stated_figures_is_no_plain_rate() =>
        Assert.Empty(Audit("国有资产总额由2013年的4087.92亿元增加到2017年的10487.82亿元，增加了6399.9亿元，年均增长26.56%。").Contradictions);

    /// <summary>
    /// Real: the civil aviation administration's 三公 budget, 2014 (q312): the items after the second comparison add up to the
    /// first one's change (414.1), so they are that one's and say nothing against the second's (1017.18).
    /// </summary>
    [Fact]
    public void Items_adding_up_to_the_change_just_before_are_that_ones()
    {
        const string text = "2014年“三公”经费财政拨款年初预算数为7933.94万元，比2013年预算数减少414.1万元，降低5%。\n"
            + "2013年，“三公”经费财政拨款预算执行数为7330.86万元，比2013年预算数减少1017.18万元，降低12.2%。\n"
            + "其中，因公出国（境）费1249.22万元，比2013年预算数减少206万元，降低14.2%；公务用车购置及运行费4855.71万元，比2013年预算数减少161.1万元，降低3.2%；"
            + "公务接待费1829.01万元，比2013年预算数减少47万元，降低2.5%。";
        Assert.DoesNotContain(Audit(text).Contradictions, c => c.Span.Text == "1017.18万元");
    }

    /// <summary>Real: Yuxi town of Tongnan, 2022 (r209): a 2022 final account counting its staff "2021年末".</summary>
    [Fact]
    public void Staff_counted_at_an_earlier_years_end_in_final_accounts_is_another_years()
    {
        const string text = "2022年度部门决算。2022年我单位共有行政编制24个，2021年末实有在职人员60人，退休25人。2022年度收入总计100万元。";
        Assert.Equal("2021年末", Assert.Single(Audit(text).Contradictions).Span.Text);
        Assert.Empty(Audit(text.Replace("2021年末", "2022年末")).Contradictions);
        Assert.Empty(Audit("2023年部门预算。2022年末实有在职人员60人。2023年部门预算收入100万元。").Contradictions);
    }

    /// <summary>Kinds of a qualified noun (流动资产 of 国有资产总额), 人员经费 and 日常公用经费 joined by 和, a score and its indicators'.</summary>
    [Theory]
    [InlineData("年末国有资产总额100万元，其中：流动资产30万元，固定资产60万元，无形资产20万元。", "100万元", "110万元")]
    [InlineData("基本支出100万元，包括人员经费70万元和日常公用经费20万元。", "100万元", "90万元")]
    [InlineData("绩效自评综合得分95分，其中：预算执行率得分10分，产出指标得分45分，效益指标得分30分，满意度指标得分9分。", "95分", "94分")]
    public void Parts_of_a_whole_by_their_names_are_added(string text, string whole, string sum) => ContradictedUntilMended(text, whole, sum);

    /// <summary>
    /// Parts that exceed an amount of spending, a revenue named by its taxes, a count of staff, or what a sum is used for; a
    /// sum closing two amounts. Each figure is the one a reader corrects: the whole, or the part that alone exceeds it.
    /// </summary>
    [Theory]
    [InlineData("一般公共预算支出100.00亿元，其中：教育支出30.00亿元，社会保障和就业支出40.00亿元，卫生健康支出40.00亿元。", "100.00亿元", "110.00亿元")]
    [InlineData("机关运行经费20.00万元，主要用于办公费5.00万元、印刷费3.00万元、水电费4.00万元、差旅费10.00万元。", "20.00万元", "22.00万元")]
    [InlineData("彩票公益金支出100.00万元，用于：群众体育60.00万元，竞技体育50.00万元。", "100.00万元", "110.00万元")]
    [InlineData("地方财政收入完成10859万元，增长31.5%。其中：国税686万元，增长31.7%；地税8617万元，增长25.3%；财政组织收入15556万元，增长80.5%。", "10859万元", "24859万元")]
    [InlineData("2024年度本单位收入100.00万元，其中：财政拨款80.00万元，事业收入30.00万元。", "100.00万元", "110.00万元")]
    [InlineData("年末在职人员30人，其中：行政人员20人，事业人员15人。", "30人", "35人")]
    [InlineData("人员经费60.00万元，公用经费30.00万元，合计80.00万元。", "80.00万元", "90.00万元")]
    [InlineData("本年收入合计100.00万元，上年结转5.00万元，收入总计110.00万元。", "110.00万元", "105.00万元")]
    public void Parts_exceeding_any_amount_they_are_listed_under_are_wrong(string text, string whole, string sum) => ContradictedUntilMended(text, whole, sum);

    /// <summary>
    /// Real: what stands beside such a list is no part of it — retired staff after 另外 (Qingyun school of Xuanhan, x106), a
    /// part's own list after "在…中" (Zhoukou, q309), a bracket of a part's sources (Maiji, m212), the next kind after what
    /// 基本支出 is used for (Chongqing education commission, b38), a part printed in 万元 under a whole misprinted in 元
    /// (Sanjiang, h101), and a sum of two whose other item is not in its sentence (central social insurance funds, r106).
    /// </summary>
    [Theory]
    [InlineData("2023年末教职工总人数84人，其中在职在编人员77人，特岗人员6人，三支一扶1人，另外退休教师81人。")]
    [InlineData("全市财政总收入完成67.59亿元，同比增长27.3%。其中：财政一般预算收入完成48.72亿元，同比增长27.2%，在财政一般预算收入中，税收收入33.04亿元，同比增长23.3%。")]
    [InlineData("纳入统筹涉农资金方案资金53043.61万元，其中：财政衔接推进乡村振兴补助资金39708.61万元，（中央资金18889万元，省级资金14684万元，市级资金1150.5万元，区级资金4985.11万元），其他各类资金13335万元。")]
    [InlineData("2018年支出324970.32万元。其中：基本支出61042.17万元，比2017年增加4824.58万元，主要用于保障在职人员工资福利；项目支出263928.15万元，比2017年减少150086.1万元。")]
    [InlineData("二是公务接待费282元，完成预算的97.92%，其中公共财政拨款支出266万元，同比下降0.37%。")]
    [InlineData("2018年，中央社会保险基金收入预算数676.34亿元，决算数589.67亿元。另外，加上地方上缴的中央调剂基金收入2413.30亿元，收入总量3002.97亿元。")]
    public void What_stands_beside_a_list_is_not_a_part_of_it(string text) => Assert.Empty(Audit(text).Contradictions);

    /// <summary>
    /// A sum listed over the numbered lines after 其中 (Xixiangtang people's congress, n114), one 包括 lists (Zhongfan town,
    /// n103), and parts named with 支出 after a quantity of the tables.
    /// </summary>
    [Theory]
    [InlineData("2017年收入总预算501.98万元，同比减少17.05万元。其中：\n1、一般公共财政预算拨款507.37万元，同比减少19.96万元。\n2、上年结余收入8.3万元，同比增加8.3万元；其中：其他结转5.39万元。\n3、纳入财政专户管理的收入安排的资金0万元。", "501.98万元", "515.67万元")]
    [InlineData("实有人数63人，在职人数61人，包括行政人员26人、全部补助事业人员33人、自收自支事业人员21人；退休人员15人。", "61人", "80人")]
    [InlineData("本年支出合计100.00万元，其中：人员经费支出60.00万元，公用经费支出20.00万元，项目支出30.00万元。", "100.00万元", "110.00万元")]
    public void Parts_listed_over_numbered_lines_or_after_包括_are_added(string text, string wrong, string right) =>
        ContradictedUntilMended(text, wrong, right);

    /// <summary>
    /// Real: numbered lines under a heading of another numbering are not its list (Zengdu lottery fund, q208; Qingxin, z103);
    /// what a figure 主要包括 ends at its semicolon (Heshan water bureau, a10).
    /// </summary>
    [Theory]
    [InlineData("（一）本级体育彩票公益金用于群众体育支出968.8万元，占总数的76.25%。其中：\n1.用于建设和维护公共体育场地和设施156.97万元。\n2.用于资助或组织开展全民健身活动788.83万元。\n3.用于资助群众体育组织和队伍建设23万元。\n（二）用于支持竞技体育资助项目301.8万元，占总数的23.75%。其中：\n1.用于体育赛事组织299.8万元。\n2.用于支持赛事参赛2万元。")]
    [InlineData("公務用車運行維護費支出8.2萬元，主要包括公務用車燃料費、維修保養費及其他運行費用；公務接待費支出16.55萬元，主要包括單位按規定開支的各類公務接待費用。")]
    public void Numbered_lines_of_another_numbering_and_what_follows_a_semicolon_are_beside_a_list(string text) => Assert.Empty(Audit(text).Contradictions);

    /// <summary>"占比分别为", a change between two figures each under its year, and last year's figure stated after the change.</summary>
    [Theory]
    [InlineData("本年支出合计100.00万元，其中基本支出70.00万元，项目支出30.00万元，占比分别为70%、30%。", "70%", "65%")]
    [InlineData("2024年支出决算90.00万元，2023年支出决算100.00万元，减少10.00万元，下降10%。", "10%", "15%")]
    public void Shares_named_after_their_word_and_changes_against_a_figure_named_by_its_year(string text, string figure, string changed) =>
        ConsistentUntilChanged(text, figure, changed);

    /// <summary>
    /// 倍: "增长2倍" strictly means to three times, but is often written for twice; a multiple is wrong only when neither
    /// reading gives it. "是上年的3倍" is a ratio to last year.
    /// </summary>
    [Theory]
    [InlineData("2024年支出决算150.00万元，比上年增加100.00万元，增长2倍。", ClaimVerdict.Consistent)]
    [InlineData("2024年支出决算150.00万元，比上年增加100.00万元，增长3倍。", ClaimVerdict.Consistent)]
    [InlineData("2024年支出决算150.00万元，比上年增加100.00万元，增长1.5倍。", ClaimVerdict.Contradicted)]
    [InlineData("2024年支出决算150.00万元，比上年增加100.00万元，增长1倍。", ClaimVerdict.Contradicted)]
    [InlineData("2024年支出决算150.00万元，是上年50.00万元的3倍。", ClaimVerdict.Consistent)]
    [InlineData("2024年支出决算150.00万元，是上年50.00万元的2倍。", ClaimVerdict.Contradicted)]
    public void A_multiple_is_read_both_ways_it_is_written(string text, ClaimVerdict verdict)
    {
        var claim = Assert.Single(Audit(text).Claims, c => c.Stated.EndsWith('倍'));
        Assert.Equal(verdict, claim.Verdict);
    }

    /// <summary>
    /// 三次产业: a gross product is its three industries' 增加值, and its structure a:b:c their shares of it (Aluke Erqin, u507);
    /// the structure a year changed from and the product per head are not checked against them (Tianzhu, z107).
    /// </summary>
    [Fact]
    public void A_gross_product_is_its_three_industries_and_its_structure_their_shares()
    {
        const string text = "2016年，全旗地区生产总值117.6亿元，比上年增长7.3%。第一产业增加值19.3亿元，比上年增长3.7%；第二产业增加值51.7亿元，比上年增长7.7%；"
            + "第三产业增加值46.6亿元，比上年增长7.9%。三次产业比重为16.4∶44.0∶39.6。";
        Assert.Empty(Audit(text).Contradictions);
        Assert.Equal("127.6亿元", Assert.Single(Audit(text.Replace("117.6亿元", "127.6亿元")).Contradictions, c => c.Kind == ClaimKind.SumOfParts).Span.Text);
        Assert.Equal("39.3", Assert.Single(Audit(text.Replace("39.6。", "39.3。")).Contradictions).Span.Text);
        const string changed = "2015年，全县实现地区生产总值44.66亿元，同比增长8.8%。其中：第一产业实现增加值6.4亿元；第二产业实现增加值20.69亿元；第三产业实现增加值17.5亿元。"
            + "三次产业结构由2014年的13.88:53.06:33.06调整为14.33:46.33:39.18。全县人均地区生产总值35317元。";
        Assert.Empty(Audit(changed).Contradictions);
        Assert.Equal("48.33", Assert.Single(Audit(changed.Replace("调整为14.33:46.33", "调整为14.33:48.33")).Contradictions).Span.Text);
    }

    /// <summary>With no budget stated, an item's completion rate says whether its actual is larger than its budget.</summary>
    [Theory]
    [InlineData("公务接待费支出决算为4.00万元，完成预算的80%，决算数大于预算数的主要原因是接待任务增加。", true)]
    [InlineData("公务接待费支出决算为4.00万元，完成预算的80%，决算数小于预算数的主要原因是厉行节约。", false)]
    [InlineData("行政运行（项）支出决算为120.00万元，完成年初预算的120%，决算数小于年初预算数的主要原因是人员减少。", true)]
    [InlineData("行政运行（项）支出决算为120.00万元，完成年初预算的100%，决算数大于年初预算数的主要原因是人员增加。", false)]
    public void Words_comparing_an_actual_with_its_budget_are_checked_against_its_completion_rate(string text, bool contradicted) =>
        Assert.Equal(contradicted, Audit(text).Contradictions.Any(c => c.Kind == ClaimKind.BudgetComparison));

    /// <summary>
    /// Real bulletins: 第二产业 is industry and construction (Wangjiang, n209); a gross output value its sectors' (Yizhang,
    /// n212); a product named with "(GDP)" (n212); shares of a product adding to 100% against amounts rounded one by one
    /// (Hongdong, n206).
    /// </summary>
    [Theory]
    [InlineData("全年实现地区生产总值(GDP)202.5亿元。其中，第一产业增加值36.03亿元；第二产业增加值79.59亿元；第三产业增加值86.95亿元。三、工业和建筑业\n全年实现工业增加值44.37亿元，同比下降3.1%。全年建筑业增加值35.22亿元。", "79.59亿元", "79.52亿元")]
    [InlineData("2023年，全县农林牧渔业总产值81.4亿元，比上年增长4.1%。其中，农业总产值30.6亿元，增长4.8%；林业总产值1.56亿元，增长5.6%；牧业总产值20.1亿元，增长2.4%；渔业总产值10.6亿元，增长5.3%；农林牧渔服务业总产值18.5亿元，增长8.4%。", "81.4亿元", "55.2亿元")]
    [InlineData("2023年全县实现地区生产总值(GDP)276.29亿元，比上年增长5.1%。其中，第一产业增加值33.26亿元；第二产业增加值96.21亿元；第三产业增加值146.82亿元。三次产业结构比重由上年的12.3:35.4:52.3调整为12.0:34.8:53.1。", "12.0:", "12.1:")]
    public void A_bulletins_sectors_add_up_to_their_whole(string text, string right, string wrong)
    {
        Assert.Empty(Audit(text).Contradictions);
        Assert.Single(Audit(text.Replace(right, wrong)).Contradictions);
    }

    [Fact]
    public void Shares_adding_to_a_whole_in_a_bulletin_take_each_amount_as_rounded_on_its_own() =>
        Assert.Empty(Audit("全年全县地区生产总值1514976万元，比上年增长6.1%。其中，第一产业增加值99455.3万元，占6.6%；第二产业增加值693684万元，占45.8%；第三产业增加值721837万元，占47.6%。").Contradictions);

    /// <summary>
    /// Real procurement reports: a saving rounded to the 万元 beside figures to the cent (Jinxi, n310); a saving after a change
    /// written from one year's figure to another's (Inner Mongolia, n312); a share of "采购规模" after amounts each stated as a
    /// share of the 采购总规模 (Haibei, n313).
    /// </summary>
    [Theory]
    [InlineData("全年政府采购预算7321.15万元，实际采购金额6592.86万元，节约财政资金728万元，节约率9.95%。")]
    [InlineData("自治区政府采购中心采购规模由2003年的1.65亿元增长到2012年的27.2亿元，完成采购预算127.75亿元，实际签订采购合同116.02亿元，节约预算资金11.73亿元，平均节资率9.18%。")]
    [InlineData("全州实际完成采购金额21323.66万元。\n从采购方式看，公开招标方式的政府采购规模为12950.27万元，占采购总规模的60.73%；以单一来源采购方式的政府采购规模2702.88万元，占采购总规模的12.68%；以询价采购方式的政府采购规模5670.51万元，占采购规模的26.59%。")]
    public void Procurement_savings_and_shares_read_as_their_reports_mean_them(string text) => Assert.Empty(Audit(text).Contradictions);

    [Fact]
    public void A_completion_rates_budget_may_be_stated_after_it_in_its_sentence() =>
        ConsistentUntilChanged("全年国有资本经营预算收入11.00亿元，为预算的110%，预算为10.00亿元。", "110%", "95%");

    /// <summary>A part of the unit's 本年收入合计 is the unit's quantity itself: stated again elsewhere, it is the same figure.</summary>
    [Fact]
    public void A_part_of_the_units_total_stated_again_is_the_same_figure()
    {
        const string text = "本年收入合计100.00万元，其中财政拨款收入80.00万元。\n二、收入决算情况说明\n本部门2024年度财政拨款收入80.00万元，占本年收入合计的80%。";
        Assert.Empty(Audit(text).Contradictions);
        Assert.Equal(ClaimKind.StatedTwice, Assert.Single(Audit(text.Replace("收入80.00万元，占", "收入85.00万元，占")).Contradictions, c => c.Span.Text == "85.00万元").Kind);
    }

    /// <summary>A count's change on last year: its rate over last year's count, and last year's count where stated.</summary>
    [Theory]
    [InlineData("年末实有人数30人，比上年增加5人，增长20%。", "20%", "25%")]
    [InlineData("国内公务接待20批次，比上年减少5批次，下降20%。", "20%", "25%")]
    [InlineData("截至2024年12月31日，本单位共有车辆5辆，比上年增加2辆，上年为3辆。", "2辆", "1辆")]
    public void A_counts_change_is_checked_against_the_count(string text, string figure, string changed) =>
        ConsistentUntilChanged(text, figure, changed);

    /// <summary>A gap in percentage points between two rates each stated under its year, or inside the comparison.</summary>
    [Theory]
    [InlineData("2024年项目预算执行率为95.2%，2023年为90.1%，提高5.1个百分点。")]
    [InlineData("2024年项目预算执行率为95.2%，上年为90.1%，提高了5.1个百分点。")]
    [InlineData("2024年项目预算执行率95.2%，较2023年的90.1%提高5.1个百分点。")]
    public void A_gap_between_two_years_rates_is_their_difference(string text) => ConsistentUntilChanged(text, "5.1个百分点", "3.1个百分点");

    /// <summary>A year's balance is its income less its spending; assets are liabilities and net assets; people counted in 万人.</summary>
    [Theory]
    [InlineData("全年社会保险基金收入100.00亿元，支出90.00亿元，当年收支结余10.00亿元，年末滚存结余200.00亿元。", "10.00亿元", "15.00亿元")]
    [InlineData("收入总计100.00亿元，支出总计90.00亿元，收支相抵，年终结余10.00亿元。", "10.00亿元", "15.00亿元")]
    [InlineData("年末资产总额100.00万元，负债总额40.00万元，净资产60.00万元。", "100.00万元", "110.00万元")]
    [InlineData("本年筹集彩票公益金100.00万元，上年结转20.00万元，本年使用90.00万元，年末结余30.00万元。", "30.00万元", "40.00万元")]
    [InlineData("年初财政拨款结转和结余10.00万元，本年财政拨款收入100.00万元，本年财政拨款支出95.00万元，年末财政拨款结转和结余15.00万元。", "15.00万元", "20.00万元")]
    [InlineData("2024年度财政拨款收入总计110.00万元，其中：年初财政拨款结转和结余10.00万元，本年财政拨款收入100.00万元。", "110.00万元", "120.00万元")]
    [InlineData("2024年末，全县户籍人口55.00万人，其中城镇人口20.00万人，乡村人口35.00万人。", "55.00万人", "50.00万人")]
    public void Balances_balance_sheets_and_people_add_up(string text, string right, string wrong)
    {
        Assert.Empty(Audit(text).Contradictions);
        Assert.Equal(wrong, Assert.Single(Audit(text.Replace(right, wrong)).Contradictions).Span.Text);
    }

    /// <summary>A balance qualified by brackets, one of a body other than the assets', or a unit's 结转和结余 (which 结余分配 may move too) is not checked so.</summary>
    [Theory]
    [InlineData("全年收入100.00亿元，支出90.00亿元，当年收支结余15.00亿元（含上年结余5.00亿元）。")]
    [InlineData("企业资产总额100.00亿元，行政事业单位负债总额40.00亿元，企业净资产70.00亿元。")]
    [InlineData("年初结转和结余10.00万元，本年收入100.00万元，本年支出95.00万元，年末结转和结余20.00万元。")]
    public void A_balance_of_something_else_is_left_alone(string text) => Assert.Empty(Audit(text).Contradictions);

    /// <summary>An amount and a rate that agree with each other are the change: last year's figure stated after them is the slip.</summary>
    [Fact]
    public void Last_years_figure_stated_after_its_change_is_checked_against_it()
    {
        const string text = "本年收入合计100.00万元，较上年增加10.00万元，增长11.11%，上年收入合计为90.00万元。";
        Assert.Empty(Audit(text).Contradictions);
        Assert.Contains("应为 90.00万元", Assert.Single(Audit(text.Replace("90.00万元", "95.00万元")).Contradictions).Explanation, StringComparison.Ordinal);
        Assert.Equal("20%", Assert.Single(Audit(text.Replace("11.11%", "20%")).Contradictions).Span.Text);
    }

    [Fact]
    public void A_share_that_agrees_only_within_the_precision_of_its_amounts_shows_the_range_it_allows()
    {
        var loose = Assert.Single(Audit("“三公”经费支出10万元，其中公务接待费4万元，占“三公”经费的50%。").Claims, c => c.Kind == ClaimKind.Share);
        Assert.Equal(ClaimVerdict.Consistent, loose.Verdict);
        Assert.Contains("可在 31.82% 至 52.63% 之间", loose.Explanation);
        var exact = Assert.Single(Audit("“三公”经费支出10万元，其中公务接待费4万元，占“三公”经费的40%。").Claims, c => c.Kind == ClaimKind.Share);
        Assert.DoesNotContain("之间", exact.Explanation);
    }

    [Fact]
    public void A_list_closed_by_what_is_left_over_is_the_whole_of_its_total()
    {
        ContradictedUntilMended("本年收入合计500.00万元，其中：财政拨款收入400.00万元，事业收入50.00万元，其他收入40.00万元。", "500.00万元", "490.00万元");
        // Short of the total without an "其他" part, the list may leave parts out.
        Assert.Empty(Audit("本年收入合计500.00万元，其中：财政拨款收入400.00万元，事业收入50.00万元。").Contradictions);
        // A 收入总计 holds the year's opening balances too.
        Assert.Empty(Audit("收入总计520.00万元，其中：财政拨款收入400.00万元，事业收入50.00万元，其他收入40.00万元。").Contradictions);
    }

    [Fact]
    public void Shares_that_name_no_base_are_of_one_base()
    {
        ContradictedUntilMended("2024年一般公共预算财政拨款支出中，教育支出（类）60.00万元，占比60%；社会保障和就业支出（类）30.00万元，占比30%；卫生健康支出（类）10.00万元，占比15%。",
            "15%", "10%");
        // Two shares alone do not say which of them is wrong.
        Assert.Empty(Audit("教育支出（类）60.00万元，占比60%；卫生健康支出（类）10.00万元，占比15%。").Contradictions);
    }

    [Fact]
    public void A_year_end_balance_changes_on_its_year_start_figure() =>
        ContradictedUntilMended("年初结转和结余15.00万元，年末结转和结余20.00万元，比年初增加8.00万元。", "8.00万元", "5.00万元");

    [Fact]
    public void A_share_of_a_revenue_is_of_its_figure_stated_for_the_area_as_completed() =>
        ContradictedUntilMended("2024年全县一般公共预算收入完成8.5亿元，为预算的102%，其中税收收入5.5亿元，占一般公共预算收入的60%。", "60%", "64.7%");

    [Fact]
    public void A_rate_whose_budget_follows_it_in_its_sentence_is_not_read_against_an_earlier_item_s_budget() =>
        ContradictedUntilMended("2024年度“三公”经费支出预算为10.00万元，支出决算为8.00万元，完成预算的80%。其中：公务接待费支出决算3.00万元，完成预算的60%，预算为4.00万元。",
            "60%", "75%");

    [Fact]
    public void A_fund_s_shares_by_the_government_that_gives_them_cannot_exceed_it()
    {
        ContradictedUntilMended("2023年度下达上级资金转移支付755.19万元。其中：中央级资金转移支付124.23万元，省级资金转移支付370.83万元，市级资金260.3万元。",
            "755.19万元", "755.36万元");
        // Short of it, they may leave a source out.
        Assert.Empty(Audit("2023年度下达上级资金转移支付800.00万元。其中：中央级资金转移支付124.23万元，省级资金转移支付370.83万元，市级资金260.3万元。").Contradictions);
    }

    [Fact]
    public void A_whole_written_in_another_unit_than_its_parts_is_a_slip_of_the_unit()
    {
        var claim = Assert.Single(Audit("完成村卫生室实施基本药物制度补助471.23元，其中中央补助189.63万元，地方财政补助281.6万元。").Contradictions);
        Assert.Equal("471.23元", claim.Span.Text);
        Assert.Contains("单位多半写错", claim.Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit("完成村卫生室实施基本药物制度补助471.23万元，其中中央补助189.63万元，地方财政补助281.6万元。").Contradictions);
    }

    [Fact]
    public void A_part_beyond_a_whole_the_other_parts_make_exactly_is_no_part_of_it()
    {
        const string listed = "项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。";
        Assert.Equal(listed.LastIndexOf("61.8万元", StringComparison.Ordinal), Assert.Single(Audit(listed).Contradictions).Span.Start);
        Assert.Empty(Audit(listed.Replace("，2021年度中央下达资金61.8万元", "", StringComparison.Ordinal)).Contradictions);
        // One other part equal to the whole is no such proof: the whole is what is wrong ("0 + 11.52 + 35" of a total 11.52).
        const string text = "“三公”经费支出11.52万元，其中：因公出国（境）费0万元，公务接待费11.52万元，公务用车购置及运行维护费35万元。";
        var claim = Assert.Single(Audit(text).Contradictions);
        Assert.Equal(text.IndexOf("11.52万元", StringComparison.Ordinal), claim.Span.Start);
    }

    [Fact]
    public void A_change_no_year_before_can_be_of_is_read_on_the_sentence_s_other_amount() =>
        ContradictedUntilMended("本部门2020年度收入总计1262.71万元，其中年初结转和结余134.56万元，较2019年增加149.44万元，增长13.06%。", "13.06%", "13.42%");

    [Fact]
    public void A_year_s_balance_is_its_income_less_its_spending_by_whatever_total_names_them()
    {
        ContradictedUntilMended("本年收入合计120.00万元，本年支出合计115.00万元，本年收支结余3.00万元。", "3.00万元", "5.00万元");
        ContradictedUntilMended("2024年本单位总收入120.00万元，总支出115.00万元，收支相抵后结余3.00万元。", "3.00万元", "5.00万元");
    }

    [Fact]
    public void A_three_public_item_restated_outside_its_list_is_one_figure() =>
        ContradictedUntilMended("一、“三公”经费支出总体情况\n2024年度“三公”经费支出3.58万元，其中：公务接待费支出2.38万元，公务用车购置及运行维护费支出1.20万元。\n二、具体情况\n1.公务接待费支出2.83万元，共接待国内来访团组20批次。",
            "2.83万元", "2.38万元");

    [Fact]
    public void The_three_public_items_stated_together_are_the_base_of_their_shares() =>
        ContradictedUntilMended("2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算为0万元，占0%；公务用车购置及运行维护费支出决算为1.20万元，占33.52%；公务接待费支出决算为2.38万元，占60.48%。",
            "60.48%", "66.48%");

    [Fact]
    public void A_performance_form_s_rate_is_its_year_s_spending_over_its_year_s_budget_however_its_cells_are_laid_out()
    {
        // One row a line, its cells parted by |.
        ContradictedUntilMended("""
            项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.95% | 10 |
            其中：当年财政拨款 | 329.77 | 329.77 | 338.31 | — | 102.59% | — |
            上年结转资金 | — | — |
            其他资金 | — | — |
            年度总体目标 | 预期目标 | 实际完成情况 |
            """, "102.95%", "102.59%");
        // One cell a line, the rate without its sign under "执行率(%)".
        const string vertical = "项目资金 (万元) |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率(%) |\n得分 |\n||||\n年度资金总额 |\n0 |\n2.38 |\n2.38 |\n10 |\n100 |\n10 |\n|||||\n"
            + "其中:财政拨款 |\n0 |\n0.58 |\n0.58 |\n—— |\n100 |\n—— |\n|||||\n其他资金 |\n0 |\n1.8 |\n1.8 |\n—— |\n0 |\n—— |\n|||||\n年度总体目标 |";
        var claim = Assert.Single(Audit(vertical).Contradictions);
        Assert.Equal((vertical.IndexOf("—— |\n0 |", StringComparison.Ordinal) + 5, "0"), (claim.Span.Start, claim.Span.Text));
        Assert.Empty(Audit(vertical.Replace("—— |\n0 |", "—— |\n100 |", StringComparison.Ordinal)).Contradictions);
    }

    [Fact]
    public void A_performance_form_s_total_is_what_the_money_under_it_adds_up_to()
    {
        const string form = "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 202.64 132.912 132.912 上年结转资金 其他资金 年度总体目标 预期目标";
        var claim = Assert.Single(Audit(form).Contradictions);
        Assert.Equal(form.IndexOf(": 0", StringComparison.Ordinal) + 2, claim.Span.Start);
        Assert.Contains("年初预算数写为 0.00万元，其下各项之和为 202.64万元", claim.Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(form.Replace("年度资金总额: 0 0 0 10 0 0", "年度资金总额: 202.64 132.912 132.912 10 100% 10", StringComparison.Ordinal)).Contradictions);
    }

    [Fact]
    public void A_budget_s_vehicle_parts_stated_after_the_actual_are_not_the_actual_s() =>
        Assert.Empty(Audit("2013年天山区财政拨款“三公经费”决算总数1699.95万元，其中：因公出国经费决算0万元；公务用车购置及运行经费决算1608.62万元；公务接待经费决算91.33万元。\n"
            + "2013年天山区本级公共预算财政“三公经费”支出总额为1841.3万元。其中：因公出国（境）费用0万元；公务接待费140万元；公务用车购置及运行维护费1701.3万元，包括公务用车购置费260万元、公务用车运行及维护费1441.3万元。").Contradictions);

    [Fact]
    public void A_figure_of_an_item_named_after_the_three_public_words_is_no_three_public_total() =>
        Assert.Empty(Audit("据记者统计，在已公布“三公经费”的各部门中，去年接待费最高的是中国科学院，达9995.5万元，其次为农业部，达3655.68万元。\n"
            + "住建部公布，去年“三公经费”实际发生额为708.16万元。其中，因公出国（境）费支出440.25万元，公务用车购置及运行费支出241.84万元，公务接待费（含外事接待费）支出26.07万元。").Contradictions);

    [Fact]
    public void A_figure_a_run_on_sentence_names_after_a_change_is_not_its_amount() =>
        Assert.Empty(Audit("2017年，全国教育经费总投入达到42562.01亿元，比上年增长9.45%国家财政性教育经费为34207.75亿元，比上年增长8.94%。").Contradictions);

    [Fact]
    public void A_share_of_a_count_is_of_the_count_its_statement_divides()
    {
        ContradictedUntilMended("185名代表中，基层一线代表115名，占62.16%；党政机关领导干部代表55人，占29.73%；民主党派和无党派人士28人，占12%；妇女代表56人，占30.27%。", "12%", "15.14%");
        ContradictedUntilMended("年末在职人员30人，其中行政编制20人，占60%。", "60%", "66.67%");
    }

    [Fact]
    public void Bases_named_apart_are_two_though_their_figures_are_one() =>
        Assert.Empty(Audit("总收入1181817元，基本收入1181817元，占总收入的100%；总支出1181817元，基本支出1181817元，占总支出的100%。").Contradictions);

    [Fact]
    public void A_stray_space_before_a_decimal_point_is_inside_the_number() =>
        ConsistentUntilChanged("公务接待费554万元，同比减少574万元，下降50 .9%。", "50 .9%", "50 .1%");

    [Fact]
    public void Shares_of_a_part_s_own_parts_are_not_added_to_the_shares_beside_it() =>
        Assert.Empty(Audit("“三公”经费总计为4509万元。其中：因公出国(境)费用410万元，占“三公”经费总额9.1%；公务用车购置及运行维护费3545万元，占“三公”经费总额78.6%。"
            + "其中：公务用车购置费710万元，占“三公”经费总额15.7%。公务用车运行维护费2835万元，占“三公”经费总额62.9%；公务接待费554万元，占“三公”经费总额12.3%。").Contradictions);

    [Fact]
    public void A_numbered_item_s_change_is_of_its_own_quantity_not_the_sentence_s_figure() =>
        Assert.Empty(Audit("2022年度收入总计2,519.13万元，收入较上年决算数减少106.71万元，下降4.1%，主要原因是(1)本年度财政拨款收入较上年决算数减少112.6万元，下降4.4%，(2)事业收入较上年决算数增加5.89万元，增长11.0%。").Contradictions);

    [Fact]
    public void Of_one_figure_listed_twice_the_later_is_the_part_too_many()
    {
        const string text = "2017年永安小学本年收入合计561.87万元，其中：财政拨款收入557.09万元，占99.15%；上级补助收入557.09万元，占99.15%；事业收入0万元，占0%；"
            + "经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入4.78万元，占0.85%。";
        var parts = Audit(text).Contradictions.Where(c => c.Kind == ClaimKind.SumOfParts).ToArray();
        Assert.Equal(text.LastIndexOf("557.09万元", StringComparison.Ordinal), Assert.Single(parts).Span.Start);
    }

    [Fact]
    public void Tenths_are_a_rate_of_change_too() =>
        ConsistentUntilChanged("本年收入合计120万元，较上年的100万元增长了2成。", "2成", "3成");

    [Fact]
    public void Shares_a_list_of_names_gives_respectively_are_of_the_amounts_stated_under_those_names() =>
        ContradictedUntilMended("1月至5月累计，乐透数字型彩票销售1017.25亿元，同比减少10.65亿元；竞猜型彩票销售269.51亿元；即开型彩票销售129.43亿元；视频型彩票销售185.45亿元；基诺型彩票[1]销售1.29亿元。"
            + "1-5月乐透数字型、竞猜型、即开型、视频型、基诺型彩票销售量分别占彩票销售总量的63.46%、16.81%、8.07%、11.58%、0.08%。", "11.58%", "11.57%");

    [Fact]
    public void Classes_of_spending_by_what_they_buy_are_parts_of_the_basic_spending_however_numbered() =>
        ContradictedUntilMended("（一）基本支出：3093.3838万元。其中1、工资福利支出2338.13万元，2、商品和服务支出76.6438万元，3、对个人和家庭补助支出678.71万元。",
            "3093.3838万元", "3093.4838万元");

    [Fact]
    public void A_class_of_the_functional_catalogue_written_with_与_is_the_class_with_和() =>
        ContradictedUntilMended("2016年支出决算数3109.3838万元，其中：一般公共服务支出3.6540万元，教育支出2405.0198万元，社会保障与就业支出462.6万元，住房保障支出216.11万元，其他支出6万元。",
            "3109.3838万元", "3093.3838万元");

    [Fact]
    public void A_whole_divided_by_its_types_or_by_the_offices_that_collect_it_is_their_sum()
    {
        ContradictedUntilMended("青海省共发行销售各类福利彩票153535.2630万元。其中电脑型彩票销售126197.8534万元，视频型彩票销售19111.0756万元，即开型彩票（刮刮乐）销售8116.6500万元。",
            "153535.2630万元", "153425.5790万元");
        ContradictedUntilMended("大口径财政收入完成60233万元，同比增长3.69%。其中：财政系统完成收入22051万元，国税系统完成收入11925万元，地税系统完成收入26230万元。", "60233万元", "60206万元");
        // Two types may leave a third out.
        Assert.Empty(Audit("共发行销售各类福利彩票153535.2630万元。其中电脑型彩票销售126197.8534万元，视频型彩票销售19111.0756万元。").Contradictions);
    }

    [Fact]
    public void A_population_s_natural_growth_is_its_births_less_its_deaths()
    {
        ContradictedUntilMended("全年出生人口1913人，出生率为9.2‰；死亡人口900人，死亡率为4.3‰；自然增长人口1011人，自然增长率4.9‰。", "1011人", "1013人");
        Assert.Contains("1913人 − 900人 = 1013人", Assert.Single(Audit("全年出生人口1913人；死亡人口900人；自然增长人口1011人。").Contradictions).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_names_and_amounts_adds_up_row_by_row_and_balances()
    {
        const string table = "单位:万元\n指标名称 | 金额 |\n一、上年结余 | 1079.96 |\n二、收入合计 | 21772.41 |\n1、基本医疗保险费收入 | 13857.11 |\n2、利息收入 | 19.02 |\n"
            + "3、其他收入 | 126.18 |\n4、转移收入 | 22.87 |\n5、上级补助收入 | 7747.23 |\n三、支出合计 | 21885.53 |\n1、基本医疗保险待遇支出 | 7512.06 |\n2、转移支出 | 24.78 |\n"
            + "3、其他支出 | 279.19 |\n4、上解上级支出 | 14069.5 |\n四、滚存结余 | 996.84 |\n单位:元\n";
        var claim = Assert.Single(Audit(table).Contradictions);
        Assert.Equal("996.84", claim.Span.Text);
        Assert.Contains("1,079.96万元 + 21,772.41万元 − 21,885.53万元 = 966.84万元，不是 996.84万元", claim.Explanation, StringComparison.Ordinal);
        Assert.Empty(Audit(table.Replace("996.84", "966.84", StringComparison.Ordinal)).Contradictions);
        Assert.Equal(["21772.41"], Audit(table.Replace("| 19.02 |", "| 29.02 |", StringComparison.Ordinal).Replace("996.84", "966.84", StringComparison.Ordinal)).Contradictions.Select(c => c.Span.Text));
    }
}

/// <summary>
/// The seed's own arithmetic, claim by claim (amounts in 元; a stated figure is accepted rounded or
/// truncated at its last digit). Contradicted:
///   1. 第19行 收入总计 is 3,916,264.87 and then 总收入 4,001,132.90: one quantity, two values (the first is 本年收入合计).
///   2. 第24行 项目支出 330,475.22 "占比0.825%": ÷ 支出总计 4,001,132.90 = 8.26 %; no total of the text gives 0.825 %.
///   3. 第27行 财政拨款支出总计 "减少127888.22元": 财政拨款收入总计 and 支出总计 are equal each year, so both fell by 1,272,888.22.
///   4. 第33行 "减少29.2%，减少数为1555349.71元": 1,555,349.71 ÷ (3,670,195.92 + 1,555,349.71) = 29.76 %.
///   5. 第36行 the same 29.2 % again.
///   6. 第36行 91.7 % + 22.3 % + 2.4 % of 4,000,671.14 = 116.4 % of one structure.
///   7. 第42行 住房公积金 216,721.50 after 186,509.80 in 第39行.
///   8. 第45行 "少478元": 6,652 − 6,164.80 = 487.20.
/// Consistent (among others): 0.006 % (269.83 ÷ 3,916,264.87 = 0.0069 %, truncated); 91.73 %; 24.13 % (1,272,888.22 ÷ 5,273,559.36 = 24.137 %,
/// truncated); 103 % (4,000,671.14 ÷ 3,868,700 = 103.41 %); 25.25 % (854,237.17 ÷ 3,381,921.82 = 25.259 %, truncated); 7.32 %; 30.82 %;
/// "减少487元"; 33 % (84,024.05 ÷ 255,393.35 = 32.90 %); 41 % (265,675.22 ÷ 650,000 = 40.87 %); 48.7 % twice (51,200 ÷ 105,000 = 48.76 %, truncated).
/// Unverifiable: every change whose prior year the text never states (25.7 %, 24.09 %, 25 %, 16.3 %, 22.8 %, 25.2 %, 277 %), and
/// 77 % of a "一般公共预算项目支出总额" the text never gives.
/// </summary>
public class SeedAuditTests
{
    private static readonly AuditReport Report = Auditor.Audit(File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "published.txt")), "published.txt");

    [Fact]
    public void Every_contradiction_of_the_seed_is_found_and_nothing_else()
    {
        Assert.Equal(
        [
            (19, ClaimKind.StatedTwice, "4001132.90元"),
            (24, ClaimKind.Share, "0.825%"),
            (27, ClaimKind.PairedTotals, "127888.22元"),
            (33, ClaimKind.Change, "29.2%"),
            (36, ClaimKind.Change, "29.2%"),
            (36, ClaimKind.SharesOverHundred, "2.4%"),
            (42, ClaimKind.StatedTwice, "216721.5元"),
            (45, ClaimKind.Change, "478元"),
        ], Report.Contradictions.Select(c => (c.Span.Line, c.Kind, c.Span.Text)).OrderBy(x => x.Line).ThenBy(x => x.Kind));
    }

    [Theory]
    [InlineData("0.825%", "当前写为 0.825%，按 330,475.22元 ÷ 4,001,132.90元 应为 8.26%")]
    [InlineData("478元", "当前写为 478元，按上年数 6,652.00元 − 本年数 6,164.80元 应为减少 487.20元。")]
    [InlineData("29.2%", "应为 29.76%")]
    public void Each_contradiction_is_explained_with_its_arithmetic(string span, string explanation) =>
        Assert.Contains(Report.Contradictions, c => c.Span.Text == span && c.Explanation.Contains(explanation));

    [Theory]
    [InlineData("0.006%")]
    [InlineData("91.73%")]
    [InlineData("24.13%")]
    [InlineData("103%")]
    [InlineData("25.25%")]
    [InlineData("7.32%")]
    [InlineData("30.82%")]
    [InlineData("487元")]
    [InlineData("33%")]
    [InlineData("41%")]
    [InlineData("48.7%")]
    public void Consistent_claims_are_not_reported(string span)
    {
        var claims = Report.Claims.Where(c => c.Span.Text == span).ToArray();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(ClaimVerdict.Consistent, c.Verdict));
    }

    [Theory]
    [InlineData("25.7%")]
    [InlineData("24.09%")]
    [InlineData("16.3%")]
    [InlineData("22.8%")]
    [InlineData("277%")]
    [InlineData("77%")]
    public void Claims_its_numbers_cannot_settle_are_unverifiable(string span) =>
        Assert.Equal(ClaimVerdict.Unverifiable, Report.Claims.Single(c => c.Span.Text == span).Verdict);
}
