using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>An average yearly rate: 年均增长, 年均增幅, 年平均增长, 年均递增, 年均下降.</summary>
    [GeneratedRegex(@"年(平)?均(?<direction>增长|增幅|递增|增速|下降|减少)(为|达|达到)?\s*$")]
    private static partial Regex AnnualRateLead();

    /// <summary>A figure of a year: "2015年的2007万元", "到2020年2468万元", "2020年达到9410.76元".</summary>
    [GeneratedRegex(@"(?<year>20\d\d)\s*年(底|末)?(的|达到|达|为|增至|增加到|上升到|下降到|降至)?\s*$")]
    private static partial Regex YearOfFigure();

    /// <summary>A rate over the whole period: "比2015年增长76.48%".</summary>
    [GeneratedRegex(@"(比|较)(?<year>20\d\d)\s*年(增长|增加|上升|提高)\s*$")]
    private static partial Regex RateSinceYear();

    /// <summary>
    /// 年均增长率 — "从2015年的2007万元上升到2020年的2468万元，年均增长4.22%", "年均增长12.3%，2020年达到9410.76元，比2015年
    /// 增长76.48%": the average yearly rate is the n-th root of the whole period's growth, less one, n being the years between.
    /// </summary>
    private static void AnnualGrowth(AuditDocument doc, List<Claim> claims)
    {
        foreach (var rate in doc.Numbers.Where(n => n.Kind == NumberKind.Percent && !doc.HasRole(n)).ToArray())
        {
            var sentence = doc.SentenceOf(rate);
            var lead = AnnualRateLead().Match(doc.Text[doc.ClauseStart(rate.Start, sentence.Start)..rate.Start]);
            if (!lead.Success) continue;
            var decrease = IsDecrease(lead.Groups["direction"].Value);
            Guarded(doc, claims, ClaimKind.Change, rate, () => AnnualRate(doc, claims, rate, decrease, sentence));
        }
    }

    private static void AnnualRate(AuditDocument doc, List<Claim> claims, StatedNumber rate, bool decrease, (int Start, int End) statement)
    {
        // The figures of two years before the rate in its sentence, read from their year; else the later year's figure with
        // the whole period's rate after it.
        var numbers = doc.NumbersIn(statement).ToArray();
        var ofYears = numbers.Where(n => n.Kind == NumberKind.Money)
            .Select(n => (Number: n, Year: YearOfFigure().Match(doc.Text[Math.Max(statement.Start, n.Start - 12)..n.Start])))
            .Where(x => x.Year.Success).Select(x => (x.Number, Year: int.Parse(x.Year.Groups["year"].Value, CultureInfo.InvariantCulture))).ToArray();
        Interval growth;
        int years;
        string arithmetic;
        var before = ofYears.Where(x => x.Number.End <= rate.Start).TakeLast(2).ToArray();
        var whole = numbers.Where(n => n.Kind == NumberKind.Percent && n.Start > rate.End)
            .Select(n => (Rate: n, Since: RateSinceYear().Match(doc.Text[Math.Max(statement.Start, n.Start - 12)..n.Start]))).FirstOrDefault(x => x.Since.Success);
        if (before.Length == 2 && before[0].Year < before[1].Year && before[0].Number.Value > 0)
        {
            var (from, to) = (before[0], before[1]);
            growth = Interval.Corners((x, y) => x / y, to.Number.Interval, from.Number.Interval);
            years = to.Year - from.Year;
            arithmetic = $"（{doc.Money(to.Number.Value)} ÷ {doc.Money(from.Number.Value)}）开{years}次方减1";
        }
        else if (whole.Rate is not null && ofYears.Length >= 1)
        {
            years = ofYears[^1].Year - int.Parse(whole.Since.Groups["year"].Value, CultureInfo.InvariantCulture);
            growth = whole.Rate.Interval.Scale(0.01m) + Interval.Exact(1m);
            arithmetic = $"（1 + {whole.Rate.Text.Trim()}）开{years}次方减1";
        }
        else return;
        if (years is < 2 or > 30 || growth.Low <= 0m) return;
        doc.SetRole(rate);
        decimal Root(decimal g) => (decimal)(Math.Pow((double)g, 1.0 / years) - 1.0) * 100m;
        var expected = Interval.Between(Root(growth.Low), Root(growth.High));
        var stated = decrease ? -rate.Interval : rate.Interval;
        var exact = Root(growth.Value);
        claims.Add(expected.Meets(stated)
            ? new Claim(ClaimKind.Change, ClaimVerdict.Consistent, doc.Span(rate), rate.Text, exact, expected.Low, expected.High, null,
                $"年均增长率按{arithmetic}计算为 {P(exact)}，与所写相符。")
            : new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(rate), rate.Text, exact, expected.Low, expected.High, (decrease ? -rate.Value : rate.Value) - exact,
                $"当前写为 {rate.Text.Trim()}，年均增长率按{arithmetic}计算应为 {P(exact)}。"));
    }
}
