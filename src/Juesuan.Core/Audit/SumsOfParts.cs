using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>How far after a 基本支出 its 人员经费 and 公用经费 are looked for: the rest of its section.</summary>
    private const int DecompositionReach = 800;

    /// <summary>
    /// 部分之和 — a total against the parts it consists of by definition: a 基本支出 is its 人员经费 and its
    /// 公用经费, whatever the wording between them, so the two stated after it must add to it; a “三公” total is its
    /// three items. (Any other list after 其中 may leave items out, and its parts are often another quantity's; it is
    /// not checked this way.)
    /// </summary>
    private static void SumsOfParts(AuditDocument doc, List<Claim> claims, StatedNumber[] totals)
    {
        foreach (var total in doc.Levels().Where(n => doc.Label(n).EndsWith("基本支出", StringComparison.Ordinal)).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, total, () => PersonnelAndPublic(doc, claims, total));
        for (var i = 0; i < totals.Length; i++)
        {
            var total = totals[i];
            var end = Math.Min(i + 1 < totals.Length ? totals[i + 1].Start : doc.Text.Length, total.End + DecompositionReach);
            Guarded(doc, claims, ClaimKind.SumOfParts, total, () => ThreePublicSum(doc, claims, total, end));
        }
    }

    // The “三公” items as texts name them, simplified or traditional: 因公出國(境)經費, 公务用车及运行维护费, 公务车购置及运行维护费 …

    private static bool IsAbroad(string clause) => clause.Contains("因公出国", StringComparison.Ordinal) || clause.Contains("因公出國", StringComparison.Ordinal);

    private static bool IsReception(string clause) => clause.Contains("公务接待", StringComparison.Ordinal) || clause.Contains("公務接待", StringComparison.Ordinal);

    private static bool IsVehicle(string clause) => clause.Contains("车", StringComparison.Ordinal) || clause.Contains("車", StringComparison.Ordinal);

    private static bool Mentions(string clause, string simplified, string traditional) =>
        clause.Contains(simplified, StringComparison.Ordinal) || clause.Contains(traditional, StringComparison.Ordinal);

    private static bool IsVehicles(string clause) => IsVehicle(clause) && Mentions(clause, "及运行", "及運行");

    private static bool IsPurchase(string clause) => IsVehicle(clause) && Mentions(clause, "购置", "購置") && !Mentions(clause, "运行", "運行");

    private static bool IsOperation(string clause) => IsVehicle(clause) && Mentions(clause, "运行", "運行") && !Mentions(clause, "购置", "購置");

    private static bool IsThreePublicItem(string clause) => IsAbroad(clause) || IsReception(clause) || IsVehicles(clause) || IsPurchase(clause) || IsOperation(clause);

    /// <summary>The figures of the year's actual “三公” total, in document order.</summary>
    private static StatedNumber[] ThreePublicTotals(AuditDocument doc) =>
        doc.Numbers.Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && IsThreePublicTotal(doc, n)).ToArray();

    /// <summary>The “三公” total an item stated after it belongs to: the last before it, within the reach of its items.</summary>
    private static StatedNumber? ThreePublicTotalBefore(StatedNumber[] totals, StatedNumber item) =>
        totals.LastOrDefault(t => t.End <= item.Start && item.Start - t.End <= DecompositionReach);

    /// <summary>A figure of the actual “三公” total of the year: its clause names 三公, and neither a budget alone, a change nor another year.</summary>
    private static bool IsThreePublicTotal(AuditDocument doc, StatedNumber n)
    {
        var clause = ClauseLabel(doc, n);
        // "“三公”经费决算总额2771万元", or "“三公”经费财政拨款支出年初预算为22.00万元，支出决算为8.77万元".
        var named = clause.Contains("三公", StringComparison.Ordinal)
            || (ActualWords.Contains(clause) && doc.Text.AsSpan(doc.SentenceOf(n).Start, n.Start - doc.SentenceOf(n).Start).Contains("三公", StringComparison.Ordinal));
        // "…公车运行费（“三公”经费）决算总额": items named before 三公 are what it consists of; one named after it is the figure's.
        var afterName = clause.LastIndexOf("三公", StringComparison.Ordinal) is var at and >= 0 ? clause[(at + 2)..] : clause;
        return named && IsActualOfTheYear(clause) && !IsThreePublicItem(afterName);
    }

    /// <summary>What a clause stating an actual amount reads when it names no quantity (决算为 … reads as nothing once normalised).</summary>
    private static readonly HashSet<string> ActualWords = new(StringComparer.Ordinal)
    {
        "", "支出", "决算", "决算数", "支出决算", "支出决算数", "决算总额", "支出总额", "实际支出", "決算", "決算數", "支出決算", "支出決算數", "決算總額",
    };

    /// <summary>
    /// An amount of this year's actual, by the words of its clause: not a budget, not a change (增加, 下降 …) and not of
    /// another year (上年, 同期 …). A figure that is the current side of a change ("支出431万元，比上年…减少2万元") stays one.
    /// </summary>
    private static bool IsActualOfTheYear(string clause) =>
        !((clause.Contains("预算", StringComparison.Ordinal) || clause.Contains("預算", StringComparison.Ordinal))
            && !clause.Contains("决算", StringComparison.Ordinal) && !clause.Contains("決算", StringComparison.Ordinal))
        && !ChangeWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    private static readonly string[] ChangeWords =
        ["上年", "去年", "上一年", "同期", "同比", "增加", "减少", "下降", "增长", "上升", "降低", "节约", "节省", "超支", "增支", "减支", "減少", "增長", "節約"];

    /// <summary>
    /// The “三公” total against its items stated after it (因公出国（境）费, 公务用车购置及运行费 — or its 购置费 and 运行费 —
    /// and 公务接待费), the first figure of each. Items the text leaves unstated may be nil: then parts adding to the total are
    /// consistent, parts exceeding it a contradiction, and parts short of it say nothing.
    /// </summary>
    private static void ThreePublicSum(AuditDocument doc, List<Claim> claims, StatedNumber total, int end)
    {
        var after = doc.NumbersIn((total.End, end)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed)
            .Select(n => (Number: n, Clause: ClauseLabel(doc, n))).Where(x => IsActualOfTheYear(x.Clause)).ToArray();
        StatedNumber? First(Func<string, bool> names) => after.FirstOrDefault(x => names(x.Clause)).Number;
        var (abroad, vehicles, reception) = (First(IsAbroad), First(IsVehicles), First(IsReception));
        var (purchase, operation) = (First(IsPurchase), First(IsOperation));
        (string Item, StatedNumber? Number)[] items = vehicles is null
            ? [("因公出国（境）费", abroad), ("公务用车购置费", purchase), ("公务用车运行费", operation), ("公务接待费", reception)]
            : [("因公出国（境）费", abroad), ("公务用车购置及运行费", vehicles), ("公务接待费", reception)];
        var stated = items.Where(p => p.Number is not null).ToArray();
        if (stated.Length < 2) return;
        // "0万元" is none at all, not anything below half a 万元.
        var sum = stated.Aggregate(Interval.Zero, (acc, p) => p.Number!.Value == 0 ? acc : acc + p.Number.Interval);
        var complete = abroad is not null && reception is not null && (vehicles is not null || (purchase is not null && operation is not null));
        var verdict = sum.Meets(total.Interval) ? ClaimVerdict.Consistent
            : complete || sum.Low > total.Interval.High ? ClaimVerdict.Contradicted : (ClaimVerdict?)null;
        if (verdict is null) return;
        var addition = string.Join(" + ", stated.Select(p => $"{p.Item} {Y(p.Number!.Value)}"));
        var added = stated.Sum(p => p.Number!.Value);
        claims.Add(new Claim(ClaimKind.SumOfParts, verdict.Value, doc.Span(total), total.Text, added, sum.Low, sum.High, verdict == ClaimVerdict.Contradicted ? total.Value - added : null,
            verdict == ClaimVerdict.Consistent
                ? $"{addition} = {Y(added)}，与所写的“三公”经费相符。"
                : $"“三公”经费由其各项组成：{addition} = {Y(added)}，不是 {Y(total.Value)}。"));
        // The vehicles' figure against its 购置费 and 运行费, where all three are stated.
        if (vehicles is not null && purchase is not null && operation is not null && purchase.Start > vehicles.Start)
        {
            var both = purchase.Interval + operation.Interval;
            var fits = both.Meets(vehicles.Interval);
            claims.Add(new Claim(ClaimKind.SumOfParts, fits ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted, doc.Span(vehicles), vehicles.Text, purchase.Value + operation.Value, both.Low, both.High,
                fits ? null : vehicles.Value - purchase.Value - operation.Value,
                fits ? $"公务用车购置费 {Y(purchase.Value)} + 公务用车运行费 {Y(operation.Value)} = {Y(purchase.Value + operation.Value)}，与所写相符。"
                     : $"公务用车购置及运行费由购置费和运行费组成：{Y(purchase.Value)} + {Y(operation.Value)} = {Y(purchase.Value + operation.Value)}，不是 {Y(vehicles.Value)}。"));
        }
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
