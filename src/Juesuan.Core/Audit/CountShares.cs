using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>"185名代表中，", "，其中": what follows a count that the counts after it are parts of.</summary>
    [GeneratedRegex(@"^([^，,。；;：:\d]{0,14}中[，,：:]|\s*[，,。；;]?\s*其中)")]
    private static partial Regex CountDivided();

    /// <summary>
    /// 人数占比 — "185名代表中，基层一线代表115名，占62.16%；…民主党派和无党派人士28人，占12%": a share of a count is the part's
    /// count over the count its statement divides, in one unit (名 and 人 are one).
    /// </summary>
    private static void CountShares(AuditDocument doc, List<Claim> claims)
    {
        var claimed = claims.Select(c => c.Span.Start).ToHashSet();
        foreach (var p in doc.Numbers.Where(n => n.Kind == NumberKind.Percent && !doc.HasRole(n) && !doc.IsChange(n)).ToArray())
            if (!claimed.Contains(doc.Span(p).Start))
                Guarded(doc, claims, ClaimKind.Share, p, () => CountShare(doc, claims, p));
    }

    private static void CountShare(AuditDocument doc, List<Claim> claims, StatedNumber p)
    {
        var sentence = doc.SentenceOf(p);
        var clauseStart = doc.ClauseStart(p.Start, sentence.Start);
        var lead = ShareBase().Match(doc.Text[clauseStart..p.Start]);
        // "占62.16%", "占代表总数的62.16%": a share of the count divided, not of another amount named.
        if (!lead.Success || lead.Groups["base"].Value.Trim() is { Length: > 0 } named && !named.Contains("总数", StringComparison.Ordinal)) return;
        var part = doc.NumbersIn((sentence.Start, p.Start)).LastOrDefault();
        if (part is not { Kind: NumberKind.Count } || part.Value <= 0) return;
        var unit = PeopleAsOne(CountUnit(part));
        var paragraph = doc.ParagraphAt(p.Start);
        var whole = doc.NumbersIn((paragraph.Start, part.Start)).LastOrDefault(n => n.Kind == NumberKind.Count && n != part && PeopleAsOne(CountUnit(n)) == unit
            && n.Value > part.Value && CountDivided().IsMatch(doc.Text[n.End..Math.Min(doc.Text.Length, n.End + 20)]));
        if (whole is null) return;
        doc.SetRole(p);
        var share = part.Value * 100m / whole.Value;
        claims.Add(Compare(doc, ClaimKind.Share, p, Interval.Exact(share),
            $"按 {part.Text.Trim()} ÷ {whole.Text.Trim()} 应为 {P(share)}", $"{part.Text.Trim()} ÷ {whole.Text.Trim()} 为 {P(share)}"));

        static string PeopleAsOne(string unit) => unit is "名" or "位" ? "人" : unit;
    }
}
