using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>Words that set one rate against another: "低于…33.9个百分点", "高出…".</summary>
    [GeneratedRegex(@"(?<word>高于|低于|高出|低出|快于|慢于|高於|低於|快於|慢於)")]
    private static partial Regex RateComparison();

    /// <summary>A rate that moved from one figure to another: "由21.4%提高到23.5%", "从8.1%下降至7.9%".</summary>
    [GeneratedRegex(@"(由|从)\s*$")]
    private static partial Regex FromRate();

    [GeneratedRegex(@"^\s*(提高|上升|增加|增长|下降|降低|减少|回落)(到|至)\s*$")]
    private static partial Regex ToRate();

    /// <summary>"比上年提高", "较上年同期回落": a rate's gap to last year's, the clause ending with it.</summary>
    [GeneratedRegex(@"(比|较)(上年同期|去年同期|上年|去年|(?<year>20\d\d)\s?年度?)(?<stated>的\s*[0-9.]+\s*[%％])?(?<direction>提高|上升|提升|增加|增长|下降|降低|回落|减少)了?\s*$")]
    private static partial Regex LastYearsPoints();

    /// <summary>"，提高了": a direction alone, the rates it is between stated before it in the sentence.</summary>
    [GeneratedRegex(@"^\s*[，,]?\s*(?<direction>提高|上升|提升|增加|下降|降低|回落|减少)了?\s*$")]
    private static partial Regex BareDirection();

    /// <summary>"2023年为90%", "2023年度是90%": a rate of the year named.</summary>
    [GeneratedRegex(@"(?<year>20\d\d)\s?年度?(为|是)?\s*$")]
    private static partial Regex RateOfAYear();

    /// <summary>"上年为70%", "较上年的70%", "上年同期为70%", "上年增长10%": last year's rate, not this year's "比上年增长10%".</summary>
    [GeneratedRegex(@"(?<![比较]|同比|较上年的)(上年同期|去年同期|上年|去年)(为|是|增长|增幅为|下降)?\s*$|(比|较)(上年|去年)的\s*$")]
    private static partial Regex PriorRate();

    /// <summary>
    /// 百分点 — a gap between two rates the sentence states: "自给率仅为21.4%，…远低于全区财政自给率(53.2%)33.9个百分点"
    /// (the gap is 31.8), "由21.4%提高到23.5%，提高2.1个百分点", "占比80%，比上年提高5个百分点，上年为70%". Rates the text does
    /// not state leave the gap unverifiable.
    /// </summary>
    private static void PercentagePointGaps(AuditDocument doc, List<Claim> claims)
    {
        foreach (var points in doc.Numbers.Where(n => n.Kind == NumberKind.PercentagePoints && !doc.HasRole(n)).ToArray())
            Guarded(doc, claims, ClaimKind.Change, points, () => PointGap(doc, claims, points));
    }

    private static void PointGap(AuditDocument doc, List<Claim> claims, StatedNumber points)
    {
        var sentence = doc.SentenceOf(points);
        var rates = doc.NumbersIn((sentence.Start, points.Start)).Where(n => n.Kind == NumberKind.Percent).ToArray();
        var clause = doc.ClauseStart(points.Start, sentence.Start);
        StatedNumber? first = null, second = null;
        var higher = true;
        // "由A%提高到B%，提高X个百分点": the rate moved from A to B.
        for (var i = rates.Length - 1; i >= 1 && first is null; i--)
            if (ToRate().Match(doc.Text[rates[i - 1].End..rates[i].Start]) is { Success: true } moved && FromRate().IsMatch(doc.Text[sentence.Start..rates[i - 1].Start]) && rates[i].End <= clause)
                (first, second, higher) = (rates[i], rates[i - 1], !IsDecrease(moved.Groups[1].Value));
        // "A%，…低于…(B%)X个百分点": A against the B its own clause states.
        if (first is null && RateComparison().Matches(doc.Text[clause..points.Start]).LastOrDefault() is { } word)
        {
            var at = clause + word.Index;
            var other = rates.Where(r => r.Start > at).ToArray();
            var own = rates.LastOrDefault(r => r.End <= clause);
            if (other.Length != 1 || own is null) return;
            (first, second, higher) = (own, other[0], word.Value[0] is '高' or '快');
        }
        // "比重为80%，比上年提高5个百分点，上年为70%", "增长8%，增幅比上年回落5个百分点，上年增长10%": the rate before the
        // comparison against last year's, which the sentence states as such.
        // "执行率95%，较2023年的90%提高5个百分点": last year's rate inside the comparison.
        if (first is null && LastYearsPoints().Match(doc.Text[clause..points.Start]) is { Success: true, Groups: var g } within && g["stated"].Success)
        {
            var prior = rates.LastOrDefault(r => r.Start >= clause + g["stated"].Index);
            var current = rates.LastOrDefault(r => r.End <= clause + within.Index);
            if (prior is null || current is null) return;
            (first, second, higher) = (current, prior, !IsDecrease(g["direction"].Value));
        }
        // "2024年执行率为95%，2023年为90%，提高了5个百分点", "…，上年为90%，提高5个百分点": the two rates, each of its year.
        if (first is null && BareDirection().Match(doc.Text[clause..points.Start]) is { Success: true } bare)
        {
            var priors = rates.Where(r => doc.Text[doc.ClauseStart(r.Start, sentence.Start)..r.Start] is var lead
                && (PriorRate().IsMatch(lead) || (RateOfAYear().Match(lead) is { Success: true } y && int.Parse(y.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < doc.Year))).ToArray();
            var current = rates.LastOrDefault(r => !priors.Contains(r) && priors.Length == 1 && r.End <= priors[0].Start);
            if (priors.Length != 1 || current is null || rates[^1] != priors[0]) return;
            (first, second, higher) = (current, priors[0], !IsDecrease(bare.Groups["direction"].Value));
        }
        if (first is null && LastYearsPoints().Match(doc.Text[clause..points.Start]) is { Success: true } against)
        {
            var all = doc.NumbersIn(sentence).Where(n => n.Kind == NumberKind.Percent).ToArray();
            var priors = all.Where(r => PriorRate().IsMatch(doc.Text[doc.ClauseStart(r.Start, sentence.Start)..r.Start])).ToArray();
            var current = rates.LastOrDefault(r => r.End <= clause && !priors.Contains(r));
            if (priors.Length != 1 || current is null || priors[0] == current) return;
            (first, second, higher) = (current, priors[0], !IsDecrease(against.Groups["direction"].Value));
        }
        if (first is null || second is null) return;
        foreach (var n in new[] { first, second, points }) doc.SetRole(n);
        var gap = first.Interval - second.Interval;
        var exact = first.Value - second.Value;
        var stated = higher ? points.Interval : -points.Interval;
        claims.Add(gap.Meets(stated)
            ? new Claim(ClaimKind.Change, ClaimVerdict.Consistent, doc.Span(points), points.Text, exact, gap.Low, gap.High, null,
                $"{first.Text.Trim()} − {second.Text.Trim()}，{Points(exact)}，与所写相符。")
            : new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(points), points.Text, exact, gap.Low, gap.High, null,
                $"当前写为{(higher ? "高" : "低")}{points.Text.Trim()}，按 {first.Text.Trim()} − {second.Text.Trim()} 应为{Points(exact)}。"));

        static string Points(decimal value) => $"{(value < 0 ? "低" : "高")}{Math.Abs(value).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}个百分点";
    }
}
