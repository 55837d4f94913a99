using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>How far after a 基本支出 its 人员经费 and 公用经费 are looked for: the rest of its section.</summary>
    private const int DecompositionReach = 800;

    /// <summary>
    /// 部分之和 — a total against the parts it consists of by definition: a 基本支出 is its 人员经费 and its
    /// 公用经费, whatever the wording between them, so the two stated after it must add to it. (A list after
    /// 其中 may leave items out, and its parts are often another quantity's; it is not checked this way.)
    /// </summary>
    private static void SumsOfParts(AuditDocument doc, List<Claim> claims)
    {
        foreach (var total in doc.Levels().Where(n => doc.Label(n).EndsWith("基本支出", StringComparison.Ordinal)).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, total, () => PersonnelAndPublic(doc, claims, total));
    }

    private static void PersonnelAndPublic(AuditDocument doc, List<Claim> claims, StatedNumber total)
    {
        var end = Math.Min(doc.Text.Length, total.End + DecompositionReach);
        var after = doc.NumbersIn((total.End, end)).Where(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n)).ToArray();
        // Up to the next 基本支出: the figures after it are another's.
        var next = Array.FindIndex(after, n => doc.Label(n).EndsWith("基本支出", StringComparison.Ordinal));
        if (next >= 0) after = after[..next];
        var personnel = after.FirstOrDefault(n => doc.Label(n) == "人员经费");
        var common = after.FirstOrDefault(n => doc.Label(n) == "公用经费");
        if (personnel is null || common is null) return;
        var sum = personnel.Interval + common.Interval;
        var verdict = sum.Meets(total.Interval) ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted;
        claims.Add(new Claim(ClaimKind.SumOfParts, verdict, doc.Span(total), total.Text, sum.Value, sum.Low, sum.High, verdict == ClaimVerdict.Contradicted ? total.Value - sum.Value : null,
            verdict == ClaimVerdict.Consistent
                ? $"人员经费 {Y(personnel.Value)} + 公用经费 {Y(common.Value)} = {Y(personnel.Value + common.Value)}，与所写相符。"
                : $"基本支出由人员经费和公用经费组成：{Y(personnel.Value)} + {Y(common.Value)} = {Y(personnel.Value + common.Value)}，不是 {Y(total.Value)}。"));
    }
}
