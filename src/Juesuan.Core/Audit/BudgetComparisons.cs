using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>
    /// Words that compare the actual with the budget: "决算数大于预算数", "决算数小于年初预算", "决算数同预算数持平".
    /// "基本持平" says too little to be wrong and is left alone.
    /// </summary>
    [GeneratedRegex(@"(决算数?|決算數?)(?:(?<more>大于|大於|高于|高於|超过|超過|超出|多于|多於)|(?<less>小于|小於|低于|低於|少于|少於)|(?<same>等于|等於)|[同与與和跟](?:年初|全年)?(?:预算|預算)数?(?<same>持平|相等|一致|相同))")]
    private static partial Regex ComparisonWords();

    /// <summary>
    /// 比较用语 — a comparison of the actual with the budget in words, against the budget and the actual its item stated
    /// together before it ("年初预算为171.49万元，支出决算为171.49万元 … 决算数同预算数持平"). Contradicted only when the
    /// amounts, at the precision printed, say the opposite (equal amounts called larger, different ones called equal) in
    /// every pairing of a budget with its actual that the item states.
    /// </summary>
    private static void BudgetComparisons(AuditDocument doc, List<Claim> claims)
    {
        var previousEnd = 0;
        foreach (var m in ComparisonWords().Matches(doc.Text).Cast<Match>())
        {
            // The amounts are those of this item: after the previous comparison and the last item's name (…（项）), and near.
            var near = Math.Max(0, m.Index - Reach);
            var item = Math.Max(doc.Text.LastIndexOf("（项）", m.Index, m.Index - near, StringComparison.Ordinal), doc.Text.LastIndexOf("(项)", m.Index, m.Index - near, StringComparison.Ordinal));
            var from = Math.Max(Math.Max(previousEnd, item), near);
            previousEnd = m.Index + m.Length;
            Guarded(doc, claims, ClaimKind.BudgetComparison, m.Index, m.Index + m.Length, () => CompareWithBudget(doc, claims, m, from));
        }
    }

    /// <summary>How far before its words an item's amounts are looked for (characters).</summary>
    private const int Reach = 300;

    private static void CompareWithBudget(AuditDocument doc, List<Claim> claims, Match m, int from)
    {
        var before = doc.NumbersIn((from, m.Index)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed).ToArray();
        // 决算数小于年初预算: a 全年预算 (调整预算) stated beside the 年初预算 is not the one compared, nor the other way round.
        var kind = BudgetKind(m.Value);
        var budgets = before.Where(n => IsBudgetLabel(doc.RawLabel(n)) && (kind.Length == 0 || BudgetKind(doc.RawLabel(n)) is var k && (k.Length == 0 || k == kind))).ToArray();
        // An item states its budget and its actual together ("年初预算为22.00万元，支出决算为8.77万元"): each budget pairs with the
        // actual its sentence states next, not with the actual of a part listed after 其中.
        var pairs = budgets.Select(b => (Budget: b, Actual: PairedActual(doc, b, before))).Where(p => p.Actual is not null).ToArray();
        var said = m.Groups["more"].Success ? "大于" : m.Groups["less"].Success ? "小于" : "等于";
        if (pairs.Length == 0)
        {
            CompareWithRate(doc, claims, m, from, said);
            return;
        }
        // Each pair is a reading: the words are wrong only when every reading says so.
        var readings = pairs.Reverse().Select(p => (Actual: p.Actual!, p.Budget, Verdict: Compared(said, p.Actual!.Interval, p.Budget.Interval))).ToArray();
        var (actual, budget, verdict) = readings.FirstOrDefault(r => r.Verdict == ClaimVerdict.Consistent) is { Actual: not null } fits ? fits
            : readings.All(r => r.Verdict == ClaimVerdict.Contradicted) ? readings[0] : readings.First(r => r.Verdict == ClaimVerdict.Unverifiable);
        var span = doc.Span(m.Index, m.Index + m.Length);
        var (a, b) = (actual.Interval, budget.Interval);
        var fact = a.Meets(b) ? "两者相等" : a.Value > b.Value ? "决算数大于预算数" : "决算数小于预算数";
        var difference = actual.Value - budget.Value;
        var explanation = verdict switch
        {
            ClaimVerdict.Consistent => $"决算数 {actual.Text}、预算数 {budget.Text}，{fact}，与所写相符。",
            ClaimVerdict.Contradicted => $"文中说决算数{said}预算数，但前面写的决算数为 {actual.Text}、预算数为 {budget.Text}，{fact}。",
            _ => $"决算数 {actual.Text} 与预算数 {budget.Text} 按所印精度无法分出大小，无法核对“{said}”。",
        };
        claims.Add(new Claim(ClaimKind.BudgetComparison, verdict, span, span.Text, difference, a.Low - b.High, a.High - b.Low,
            verdict == ClaimVerdict.Contradicted ? difference : null, explanation));
    }

    /// <summary>"完成年初预算的95%", "预算执行率为95%": the words that lead from an item to its completion rate.</summary>
    [GeneratedRegex(@"(完成|为|占|達到|达到)(了)?(年初|全年|调整后?的?)?(预算|預算)(数|數)?的\s*$|(预算|預算)?(执行|執行|完成)率(为|為|是|达)?\s*$")]
    private static partial Regex CompletionLead();

    /// <summary>
    /// "公务接待费支出决算为4.00万元，完成预算的80%，决算数大于预算数的主要原因是…": with no budget stated, the completion rate
    /// says which is larger; the words are contradicted only when the rate, at its printed precision, is on the other side of 100%.
    /// </summary>
    private static void CompareWithRate(AuditDocument doc, List<Claim> claims, Match m, int from, string said)
    {
        var rate = doc.NumbersIn((from, m.Index)).LastOrDefault(n => n.Kind == NumberKind.Percent
            && CompletionLead().IsMatch(doc.Text[doc.ClauseStart(n.Start, from)..n.Start]));
        if (rate is null) return;
        var (low, high) = (rate.Interval.Low, rate.Interval.High);
        var fact = high < 100m ? "小于" : low > 100m ? "大于" : "等于";
        if (fact == said || (fact == "等于" && said != "等于")) return;
        var span = doc.Span(m.Index, m.Index + m.Length);
        claims.Add(new Claim(ClaimKind.BudgetComparison, ClaimVerdict.Contradicted, span, span.Text, rate.Value, low, high, rate.Value - 100m,
            $"文中说决算数{said}预算数，但前面写的完成率为 {rate.Text.Trim()}，决算数{fact}预算数。"));
    }

    /// <summary>"控制在省核定的限额120亿元以内", "低于债务限额", "未超过限额": words that put a balance within its limit.</summary>
    [GeneratedRegex(@"(控制在|低于|不超过|未超过|没有超过|在)[^，,。；;]{0,20}?限额[^，,。；;]{0,16}?(以内|之内|范围内|内)|(低于|不超过|未超过|没有超过)[^，,。；;]{0,20}?限额")]
    private static partial Regex WithinLimit();

    /// <summary>
    /// 限额 — "2024年末政府债务余额130亿元，控制在省核定的限额120亿元以内": a balance said to be within its limit, against the
    /// limit the words state or the last the paragraph states before them; contradicted when the balance exceeds it.
    /// </summary>
    private static void WithinLimits(AuditDocument doc, List<Claim> claims)
    {
        foreach (var m in WithinLimit().Matches(doc.Text).Cast<Match>())
            Guarded(doc, claims, ClaimKind.BudgetComparison, m.Index, m.Index + m.Length, () => WithinLimit(doc, claims, m));
    }

    private static void WithinLimit(AuditDocument doc, List<Claim> claims, Match m)
    {
        var paragraph = doc.ParagraphAt(m.Index);
        var sentence = doc.Sentences[doc.SentenceIndexAt(m.Index)];
        bool Amount(StatedNumber n) => n.Kind == NumberKind.Money && !n.UnitGuessed && !doc.IsChange(n);
        var limit = doc.NumbersIn((m.Index, m.Index + m.Length)).FirstOrDefault(Amount)
            ?? doc.NumbersIn((paragraph.Start, m.Index)).LastOrDefault(n => Amount(n) && doc.RawLabel(n).Contains("限额", StringComparison.Ordinal));
        var balance = doc.NumbersIn((sentence.Start, m.Index)).LastOrDefault(n => Amount(n) && doc.RawLabel(n).Contains("余额", StringComparison.Ordinal));
        if (limit is null || balance is null || limit == balance) return;
        var (b, l) = (balance.Interval, limit.Interval);
        var verdict = b.High <= l.High ? ClaimVerdict.Consistent : b.Low > l.High ? ClaimVerdict.Contradicted : ClaimVerdict.Unverifiable;
        var span = doc.Span(m.Index, m.Index + m.Length);
        claims.Add(new Claim(ClaimKind.BudgetComparison, verdict, span, span.Text, balance.Value - limit.Value, b.Low - l.High, b.High - l.Low,
            verdict == ClaimVerdict.Contradicted ? balance.Value - limit.Value : null,
            verdict switch
            {
                ClaimVerdict.Consistent => $"余额 {doc.Money(balance.Value)} 不超过限额 {doc.Money(limit.Value)}，与所写相符。",
                ClaimVerdict.Contradicted => $"文中说余额在限额以内，但余额 {doc.Money(balance.Value)} 超过限额 {doc.Money(limit.Value)} {doc.Money(balance.Value - limit.Value)}。",
                _ => $"余额 {doc.Money(balance.Value)} 与限额 {doc.Money(limit.Value)} 按所印精度无法分出大小，无法核对。",
            }));
    }

    /// <summary>The actual stated with a budget: the first after it in its sentence, else the last before it.</summary>
    private static StatedNumber? PairedActual(AuditDocument doc, StatedNumber budget, StatedNumber[] numbers)
    {
        var sentence = doc.SentenceOf(budget);
        var inSentence = numbers.Where(n => n.Start >= sentence.Start && n.End <= sentence.End && IsActualLabel(doc.RawLabel(n))).ToArray();
        return inSentence.FirstOrDefault(n => n.Start > budget.Start) ?? inSentence.LastOrDefault(n => n.Start < budget.Start);
    }

    /// <summary>Whether the words hold of an actual and a budget at the precision each was printed with.</summary>
    private static ClaimVerdict Compared(string said, Interval a, Interval b) => said switch
    {
        "大于" => a.Low > b.High ? ClaimVerdict.Consistent : a.High <= b.Low ? ClaimVerdict.Contradicted : ClaimVerdict.Unverifiable,
        "小于" => a.High < b.Low ? ClaimVerdict.Consistent : a.Low >= b.High ? ClaimVerdict.Contradicted : ClaimVerdict.Unverifiable,
        _ => a.Meets(b) ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted,
    };

    /// <summary>Which budget a text names: 年初 (the budget at the start of the year), 全年 (adjusted: 全年, 调整, 追加), or either.</summary>
    private static string BudgetKind(string text) =>
        text.Contains("年初", StringComparison.Ordinal) ? "年初"
        : text.Contains("全年", StringComparison.Ordinal) || text.Contains("调整", StringComparison.Ordinal) || text.Contains("追加", StringComparison.Ordinal) ? "全年" : "";

    private static bool IsBudgetLabel(string label) =>
        (label.Contains("预算", StringComparison.Ordinal) || label.Contains("預算", StringComparison.Ordinal)) && !label.Contains("决算", StringComparison.Ordinal) && !label.Contains("決算", StringComparison.Ordinal);

    private static bool IsActualLabel(string label) =>
        (label.Contains("决算", StringComparison.Ordinal) || label.Contains("決算", StringComparison.Ordinal)) && !label.Contains("预算", StringComparison.Ordinal) && !label.Contains("預算", StringComparison.Ordinal);
}
