using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>"持平", not "基本持平", "大致持平" or "趋于持平": words that say two figures are the same.</summary>
    [GeneratedRegex(@"(?<!基本|大致|大体|总体|趋于|略|约)持平")]
    private static partial Regex Level();

    /// <summary>
    /// 与上年持平 — "支出总计120万元，与上年100万元持平", "“三公”经费支出0万元，与上年持平": a figure said to be level with
    /// last year's, against last year's as the text states it (with the comparison, or under the figure's name for that
    /// year). Contradicted when the two differ at the precision printed; "基本持平" says too little to be wrong.
    /// </summary>
    private static void LevelsWithLastYear(AuditDocument doc, List<Claim> claims, StatedNumber[] threePublic)
    {
        foreach (var m in Level().Matches(doc.Text).Cast<Match>())
            Guarded(doc, claims, ClaimKind.Change, m.Index, m.Index + m.Length, () => LevelWithLastYear(doc, claims, m, threePublic));
    }

    private static void LevelWithLastYear(AuditDocument doc, List<Claim> claims, Match level, StatedNumber[] threePublic)
    {
        var sentence = doc.Sentences[doc.SentenceIndexAt(level.Index)];
        // The comparison with last year that leads to the word, in its clause or the one before, with no direction between.
        var lead = doc.Text[sentence.Start..level.Index];
        var k = ChangeKeyword().Matches(lead).LastOrDefault();
        if (k is null || k.Groups["budget"].Success || k.Groups["start"].Success || k.Value.EndsWith('为') || k.Value.EndsWith('是')) return;
        var keywordStart = sentence.Start + k.Index;
        var at = keywordStart + k.Length;
        if (doc.Text[at..level.Index].Count(c => c is '，' or ',' or '；' or ';') > 1 || DirectionIn(doc, at, level.Index)) return;
        var numbers = doc.NumbersIn(sentence).ToArray();
        var prior = numbers.FirstOrDefault(n => n.Kind == NumberKind.Money && !n.UnitGuessed && n.Start >= at && n.End <= level.Index && !doc.HasRole(n));
        var (current, label) = Current(doc, sentence, numbers, keywordStart, at, prior?.End ?? at, level.Index, threePublic, againstBudget: false);
        if (current is null || current.UnitGuessed || doc.IsChange(current) || (prior is null && label.Length < 2)) return;
        var year = k.Groups["year"].Success ? int.Parse(k.Groups["year"].Value, CultureInfo.InvariantCulture) : doc.Year - 1;
        prior ??= year is { } y ? doc.PriorLevel(label, y, keywordStart) : null;
        if (prior is null || prior == current) return;
        doc.SetChangeRole(prior);
        var span = doc.Span(level.Index, level.Index + level.Length);
        var (c, p) = (current.IntervalOrNone, prior.IntervalOrNone);
        var same = c.Meets(p);
        var difference = current.Value - prior.Value;
        claims.Add(new Claim(ClaimKind.Change, same ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted, span, span.Text, difference, c.Low - p.High, c.High - p.Low,
            same ? null : difference,
            same ? $"本年数 {doc.Money(current.Value)} 与上年数 {doc.Money(prior.Value)} 相同，与“持平”相符。"
                : $"文中说与上年持平，但本年数 {doc.Money(current.Value)}、上年数 {doc.Money(prior.Value)}，{(difference > 0 ? "增加" : "减少")} {doc.Money(Math.Abs(difference))}。"));
    }

    /// <summary>"为上年的110%", "相当于2023年的95.2%", "是上年同期100亿元的110%": a figure stated as a percentage of last year's.</summary>
    [GeneratedRegex(@"(为|是|相当于|达到)(上年|上年度|去年|上一年度?|(?<year>20\d\d)\s?年度?)(同期)?(决算数?|实际数|执行数)?[^，,。；;%0-9]{0,4}?(?<prior>[0-9][^，,。；;%]{0,14}?)?的\s*$")]
    private static partial Regex OfLastYear();

    /// <summary>
    /// 为上年的百分之几 — "2024年支出总计120万元，为上年的120%": a figure as a percentage of last year's, recomputed from the two
    /// as the text states them (last year's with the words, in the sentence, or under the figure's name for that year).
    /// </summary>
    private static void RatiosToLastYear(AuditDocument doc, List<Claim> claims, StatedNumber[] threePublic)
    {
        foreach (var p in doc.Numbers.Where(n => n.Kind == NumberKind.Percent && !doc.HasRole(n)).ToArray())
            Guarded(doc, claims, ClaimKind.Change, p, () => RatioToLastYear(doc, claims, p, threePublic));
    }

    private static void RatioToLastYear(AuditDocument doc, List<Claim> claims, StatedNumber p, StatedNumber[] threePublic)
    {
        var sentence = doc.SentenceOf(p);
        var clause = doc.ClauseStart(p.Start, sentence.Start);
        var m = OfLastYear().Match(doc.Text[clause..p.Start]);
        if (!m.Success) return;
        var keywordStart = clause + m.Index;
        var numbers = doc.NumbersIn(sentence).ToArray();
        var prior = m.Groups["prior"].Success ? doc.NumbersIn((keywordStart, p.Start)).FirstOrDefault(n => n.Kind == NumberKind.Money && !n.UnitGuessed) : null;
        var (current, label) = Current(doc, sentence, numbers, keywordStart, keywordStart + m.Length, prior?.End ?? keywordStart + m.Length, p.Start, threePublic, againstBudget: false);
        if (current is null || current.UnitGuessed || doc.IsChange(current) || current.Start > keywordStart) return;
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : doc.Year - 1;
        bool LastYears(StatedNumber n) => n.Kind == NumberKind.Money && !n.UnitGuessed && n != current && !doc.HasRole(n) && doc.IsOfAnEarlierYear(n)
            && YearOfAName().Replace(doc.Label(n), "") is var name && (name.Length == 0 || name == YearOfAName().Replace(label, ""));
        // "…完成110亿元，为上年的110%，上年为100亿元", or under this year's name before: "上年支出总计100万元".
        prior ??= numbers.FirstOrDefault(n => n.Start > current.End && LastYears(n))
            ?? (year is { } y && label.Length >= 2 ? doc.PriorLevel(label, y, keywordStart) : null);
        if (prior is null || prior.Value <= 0m) return;
        doc.SetRole(p);
        doc.SetChangeRole(prior);
        var ratio = Interval.Corners((x, q) => x * 100m / q, current.Interval, prior.Interval);
        var exact = current.Value * 100m / prior.Value;
        claims.Add(Compare(doc, ClaimKind.Change, p, ratio,
            $"按本年数 {doc.Money(current.Value)} ÷ 上年数 {doc.Money(prior.Value)} 应为 {P(exact)}", $"本年数 {doc.Money(current.Value)} 为上年数 {doc.Money(prior.Value)} 的 {P(exact)}"));
    }

    /// <summary>"由2023年的100万元下降到2024年的90万元", "从上年的100万元减少至90万元": a change written from one figure to the other.</summary>
    [GeneratedRegex(@"(由|从)[^，,。；;]{0,20}?(?<direction>" + Directions + @")(到|至)")]
    private static partial Regex FromTo();

    /// <summary>
    /// 由…到… — a change whose two figures the sentence states, either from one to the other ("由2023年的100万元下降到2024年的
    /// 90万元，降幅10%") or each under its year ("2024年“三公”经费支出90万元，2023年“三公”经费支出100万元，下降10%"), with its
    /// amount or rate after them and no comparison word: the amount and rate recomputed from the two figures.
    /// </summary>
    private static void ChangesBetweenStatedYears(AuditDocument doc, List<Claim> claims)
    {
        foreach (var sentence in doc.Sentences)
            Guarded(doc, claims, ClaimKind.Change, sentence.Start, sentence.End, () => ChangeBetweenStatedYears(doc, claims, sentence));
    }

    private static void ChangeBetweenStatedYears(AuditDocument doc, List<Claim> claims, (int Start, int End) sentence)
    {
        var text = doc.Text[sentence.Start..sentence.End];
        if (ChangeKeyword().IsMatch(text)) return;
        var numbers = doc.NumbersIn(sentence).Where(n => !n.UnitGuessed).ToArray();
        StatedNumber? prior = null, current = null;
        bool decrease;
        int after;
        if (FromTo().Match(text) is { Success: true } fromTo)
        {
            var start = sentence.Start + fromTo.Index;
            var turn = sentence.Start + fromTo.Groups["direction"].Index;
            prior = numbers.FirstOrDefault(n => n.Kind == NumberKind.Money && n.Start > start && n.End <= turn);
            current = numbers.FirstOrDefault(n => n.Kind == NumberKind.Money && n.Start > turn);
            decrease = IsDecrease(fromTo.Groups["direction"].Value);
            if (prior is null || current is null) return;
            after = current.End;
        }
        else
        {
            // Two figures of one name, each under a year of its own, before the direction.
            var direction = Direction().Match(text);
            if (!direction.Success) return;
            var at = sentence.Start + direction.Index;
            var figures = numbers.Where(n => n.Kind == NumberKind.Money && n.End <= at && !doc.HasRole(n)).ToArray();
            if (figures.Length != 2) return;
            var years = figures.Select(n => doc.StatedYearBefore(n.Start, doc.ClauseStart(n.Start, sentence.Start))?.Year).ToArray();
            if (years[0] is not { } first || years[1] is not { } second || first == second) return;
            if (YearOfAName().Replace(doc.Label(figures[0]), "") != YearOfAName().Replace(doc.Label(figures[1]), "")) return;
            (prior, current) = first < second ? (figures[0], figures[1]) : (figures[1], figures[0]);
            decrease = IsDecrease(direction.Value);
            after = at;
        }
        // The change's amount and rate: the figures after them, each straight after a direction, a 幅 or a 率, and not a yearly
        // average ("年均增长26.56%"), which spreads the change over the years between.
        // Nor a saving ("…增长到2012年的27.2亿元，…节约预算资金11.73亿元"), which is against a budget.
        var stated = numbers.Where(n => n.Start >= after && !doc.HasRole(n) && doc.Text[Math.Max(sentence.Start, n.Start - 6)..n.Start] is var lead
            && (Direction().IsMatch(lead) || lead.Contains('幅') || lead.Contains('率')) && !lead.Contains('均') && !Saving().IsMatch(lead)).ToArray();
        var difference = stated.FirstOrDefault(n => n.Kind == NumberKind.Money);
        var percent = stated.FirstOrDefault(n => n.Kind == NumberKind.Percent);
        if (difference is null && percent is null) return;
        foreach (var n in new[] { prior, current, difference, percent }.OfType<StatedNumber>()) doc.SetChangeRole(n);
        VerifyChange(doc, claims, ChangeBasis.PriorYear, doc.Label(current), decrease, current, prior, difference, percent, []);
    }
}
