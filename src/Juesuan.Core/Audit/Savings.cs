using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>The planned side of a saving: a procurement budget, an amount sent for review.</summary>
    [GeneratedRegex(@"预算|送审|概算|计划|控制价")]
    private static partial Regex PlannedWords();

    /// <summary>The side that was spent or approved: the actual procurement, the contract, the amount approved on review.</summary>
    [GeneratedRegex(@"实际|成交|中标|审定|合同|完成")]
    private static partial Regex SpentWords();

    [GeneratedRegex(@"(节约|节支|节省|审减|核减)(资金|金额|额)?")]
    private static partial Regex SavedWords();

    [GeneratedRegex(@"(节约|节支|节省|审减|核减)(资金)?(率|比例)(为|达|达到|是)?\s*$")]
    private static partial Regex SavingRateLead();

    /// <summary>
    /// 节约额与节约率 — "采购预算金额为42875.34万元，实际采购金额为42642.41万元，节约金额232.93万元，资金节约率为0.54%",
    /// "送审金额115991万元，审定金额97219万元，审减金额18906万元，审减率16.39%": in one sentence the saving is the planned
    /// amount less the spent one, and its rate the saving over the planned amount (some reports divide by the amount
    /// spent: either is a reading).
    /// </summary>
    private static void Savings(AuditDocument doc, List<Claim> claims)
    {
        foreach (var rate in doc.Numbers.Where(n => n.Kind == NumberKind.Percent && !doc.HasRole(n)).ToArray())
        {
            var sentence = doc.SentenceOf(rate);
            if (!SavingRateLead().IsMatch(doc.Text[doc.ClauseStart(rate.Start, sentence.Start)..rate.Start])) continue;
            Guarded(doc, claims, ClaimKind.Savings, rate, () => Saving(doc, claims, rate, sentence));
        }
        // "完成政府采购24617.99万元，采购预算25439.38万元，节约资金821.5万元": a saving stated without its rate.
        foreach (var saved in doc.Numbers.Where(n => n.Kind == NumberKind.Money && !doc.HasRole(n) && SavedWords().IsMatch(doc.RawLabel(n))).ToArray())
            Guarded(doc, claims, ClaimKind.Savings, saved, () => SavedAmount(doc, claims, saved));
    }

    private static void SavedAmount(AuditDocument doc, List<Claim> claims, StatedNumber saved)
    {
        var amounts = doc.NumbersIn((doc.SentenceOf(saved).Start, saved.Start)).Where(n => n.Kind == NumberKind.Money && !doc.HasRole(n)).ToArray();
        var planned = amounts.Where(n => PlannedWords().IsMatch(doc.RawLabel(n)) && !SpentWords().IsMatch(doc.RawLabel(n))).ToArray();
        var spent = amounts.Where(n => SpentWords().IsMatch(doc.RawLabel(n)) && !PlannedWords().IsMatch(doc.RawLabel(n))).ToArray();
        // One amount of each side, or the saving cannot be told from them.
        if (planned.Length != 1 || spent.Length != 1) return;
        doc.SetRole(saved);
        claims.Add(SavedAgainst(doc, saved, planned[0], spent[0]));
    }

    /// <summary>A saving against the planned amount less the spent one.</summary>
    private static Claim SavedAgainst(AuditDocument doc, StatedNumber saved, StatedNumber planned, StatedNumber spent)
    {
        var (p, a, exact) = (doc.Money(planned.Value), doc.Money(spent.Value), doc.Money(planned.Value - spent.Value));
        return Compare(doc, ClaimKind.Savings, saved, planned.Interval - spent.Interval, $"按 {p} − {a} 应为 {exact}", $"{p} − {a} = {exact}");
    }

    private static void Saving(AuditDocument doc, List<Claim> claims, StatedNumber rate, (int Start, int End) sentence)
    {
        var amounts = doc.NumbersIn((sentence.Start, rate.Start)).Where(n => n.Kind == NumberKind.Money && !doc.HasRole(n)).ToArray();
        var saved = amounts.LastOrDefault(n => SavedWords().IsMatch(doc.RawLabel(n)));
        var planned = amounts.LastOrDefault(n => n != saved && (saved is null || n.Start < saved.Start) && PlannedWords().IsMatch(doc.RawLabel(n)) && !SpentWords().IsMatch(doc.RawLabel(n)));
        var spent = amounts.LastOrDefault(n => n != saved && n != planned && (saved is null || n.Start < saved.Start) && SpentWords().IsMatch(doc.RawLabel(n)));
        if (planned is null || spent is null || planned.Start > spent.Start) return;
        doc.SetRole(rate);
        var difference = planned.Interval - spent.Interval;
        var exact = planned.Value - spent.Value;
        if (saved is not null)
        {
            doc.SetRole(saved);
            claims.Add(SavedAgainst(doc, saved, planned, spent));
        }
        // The rate read from the saving as written, and from the difference the text's own amounts give; over the planned
        // amount or over the amount spent.
        var readings = new List<(Interval Rate, string Arithmetic)>();
        foreach (var (amount, name) in new[] { (saved?.Interval, saved is null ? "" : doc.Money(saved.Value)), ((Interval?)difference, doc.Money(exact)) })
        {
            if (amount is not { } a) continue;
            foreach (var (whole, wholeName) in new[] { (planned, "预算（送审）数"), (spent, "实际（审定）数") })
                if (whole.Interval.Low > 0m)
                    readings.Add((Interval.Corners((x, y) => x * 100m / y, a, whole.Interval), $"{name} ÷ {wholeName} {doc.Money(whole.Value)}"));
        }
        if (readings.Count == 0) return;
        var fit = readings.FirstOrDefault(r => r.Rate.Meets(rate.Interval));
        if (fit.Arithmetic is not null)
        {
            claims.Add(new Claim(ClaimKind.Savings, ClaimVerdict.Consistent, doc.Span(rate), rate.Text, fit.Rate.Value, fit.Rate.Low, fit.Rate.High, null,
                $"按 {fit.Arithmetic} 为 {P(fit.Rate.Value)}，与所写相符。"));
            return;
        }
        var first = readings[0];
        claims.Add(new Claim(ClaimKind.Savings, ClaimVerdict.Contradicted, doc.Span(rate), rate.Text, first.Rate.Value, first.Rate.Low, first.Rate.High, rate.Value - first.Rate.Value,
            $"当前写为 {rate.Text}，按 {first.Arithmetic} 应为 {P(first.Rate.Value)}（以实际数作基数或按两数之差计算也都不相符）。"));
    }
}
