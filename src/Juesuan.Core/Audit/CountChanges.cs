using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>"比上年减少", "较2023年增加", "同比增加": a comparison with last year, straight before the count it changes by.</summary>
    [GeneratedRegex(@"((比|较)(上年同期|去年同期|上年|去年|20\d\d\s?年度?)|同比)(?<direction>增加|减少|增长|下降)了?\s*$")]
    private static partial Regex CountComparison();

    /// <summary>"，增长25%", "，下降20.5%": the rate of the change just stated, in the next clause.</summary>
    [GeneratedRegex(@"^\s*[，,、]?\s*(同比)?(?<direction>增长|增加|下降|减少|增幅为?|降幅为?)了?\s*$")]
    private static partial Regex CountChangeRate();

    /// <summary>"，上年为3辆", "，上年同期为20批次": last year's count, stated after the change.</summary>
    [GeneratedRegex(@"^\s*[，,]\s*(上年同期|去年同期|上年|去年)(为|是)?\s*$")]
    private static partial Regex CountOfLastYear();

    /// <summary>
    /// 数量增减 — "接待32批次，比上年减少8批次，下降20%", "共有车辆5辆，比上年增加2辆，上年为3辆": a count's change on last year,
    /// in the same unit as the count the sentence states before it: its rate is the change over last year's count (this
    /// year's less the change), and last year's count, where stated, differs from this year's by the change.
    /// </summary>
    private static void CountChanges(AuditDocument doc, List<Claim> claims)
    {
        foreach (var change in doc.Numbers.Where(n => n.Kind == NumberKind.Count && !doc.HasRole(n)).ToArray())
            Guarded(doc, claims, ClaimKind.Change, change, () => CountChange(doc, claims, change));
    }

    private static void CountChange(AuditDocument doc, List<Claim> claims, StatedNumber change)
    {
        var sentence = doc.SentenceOf(change);
        var clause = doc.ClauseStart(change.Start, sentence.Start);
        if (CountComparison().Match(doc.Text[clause..change.Start]) is not { Success: true } comparison) return;
        var unit = CountUnit(change);
        var current = doc.NumbersIn((sentence.Start, clause + comparison.Index)).LastOrDefault(n => n.Kind == NumberKind.Count && CountUnit(n) == unit && !doc.HasRole(n));
        if (current is null) return;
        var decrease = IsDecrease(comparison.Groups["direction"].Value);
        var prior = decrease ? current.Value + change.Value : current.Value - change.Value;
        var next = doc.NumbersIn((change.End, sentence.End)).FirstOrDefault();
        if (next is null || doc.Text[change.End..next.Start].Contains('。')) return;
        doc.SetRole(change);
        if (next.Kind == NumberKind.Percent && CountChangeRate().Match(doc.Text[change.End..next.Start]) is { Success: true } lead
            && IsDecrease(lead.Groups["direction"].Value) == decrease)
        {
            doc.SetRole(next);
            if (prior <= 0) return;
            // The comparisons of amounts found no figures for it: this is where its figures are.
            claims.RemoveAll(c => c.Span.Start == doc.Span(next).Start && c.Verdict == ClaimVerdict.Unverifiable);
            var rate = change.Value * 100m / prior;
            var arithmetic = $"{change.Text.Trim()} ÷ 上年 {prior:0.##}{unit}（本年 {current.Text.Trim()} {(decrease ? "+" : "−")} {change.Text.Trim()}）";
            claims.Add(Compare(doc, ClaimKind.Change, next, Interval.Exact(rate), $"按 {arithmetic}应为 {P(rate)}", $"{arithmetic}为 {P(rate)}"));
        }
        else if (next.Kind == NumberKind.Count && CountUnit(next) == unit && CountOfLastYear().IsMatch(doc.Text[change.End..next.Start]))
        {
            doc.SetRole(next);
            var difference = Math.Abs(current.Value - next.Value);
            var moved = current.Value == next.Value ? "持平" : current.Value > next.Value ? "增加" : "减少";
            var arithmetic = $"本年 {current.Text.Trim()}，上年 {next.Text.Trim()}，{moved}{(difference == 0 ? "" : $" {difference:0.##}{unit}")}";
            claims.Add(current.Value - next.Value == (decrease ? -change.Value : change.Value)
                ? new Claim(ClaimKind.Change, ClaimVerdict.Consistent, doc.Span(change), change.Text, difference, difference, difference, null, $"{arithmetic}，与所写相符。")
                : new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(change), change.Text, difference, difference, difference, change.Value - difference,
                    $"当前写为{(decrease ? "减少" : "增加")} {change.Text.Trim()}，但{arithmetic}。"));
        }
    }

    /// <summary>The unit a count is stated in ("辆", "人次", "批次").</summary>
    private static string CountUnit(StatedNumber n) => new string(n.Text.SkipWhile(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ').ToArray()).Trim();
}
