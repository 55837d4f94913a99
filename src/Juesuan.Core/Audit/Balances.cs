using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>"当年收支结余", "本年收支结余", "收支相抵，年终结余": what is left of a year's income after its spending.</summary>
    [GeneratedRegex(@"((当年|本年|本期)(收支)?结余|年终结余|收支相抵后?[，,]?(年终)?结余|收支结余)(为|是|达)?$")]
    private static partial Regex YearsBalance();

    /// <summary>"年末结余", "期末滚存结余", "年末财政拨款结转和结余": what is left at the year's end, the opening balance included.
    /// A unit's 年末结转和结余 is left out, as 结余分配 and 使用非财政拨款结余 may move it too; its 财政拨款 balance is not.</summary>
    [GeneratedRegex(@"(年末|期末)(财政拨款结转和结余|(滚存)?(结余|结转)(资金)?)(为|是|达)?$")]
    private static partial Regex ClosingBalance();

    /// <summary>"本年筹集彩票公益金", "本年财政拨款收入": what came in during the year.</summary>
    [GeneratedRegex(@"(筹集|收入|到位|收到)[^支出使用]{0,8}$")]
    private static partial Regex Incoming();

    /// <summary>"本年使用", "本年财政拨款支出": what went out during the year.</summary>
    [GeneratedRegex(@"(使用|支出|安排)[^收入筹集]{0,8}$")]
    private static partial Regex Outgoing();

    /// <summary>"上年结转", "年初结余", "年初财政拨款结转和结余": what a year opens with.</summary>
    [GeneratedRegex(@"(上年|年初|期初)(财政拨款结转和结余|(滚存)?(结转|结余)(资金)?)(为|是)?$")]
    private static partial Regex OpeningBalance();

    /// <summary>
    /// 收支结余 — "社会保险基金收入100亿元，支出90亿元，当年收支结余10亿元", "收入总计…，支出总计…，收支相抵，年终结余…": the balance
    /// of a year is its income less its spending, both stated before it in its sentence. A balance carried over from earlier
    /// years (滚存结余, 累计结余) is not the year's.
    /// </summary>
    private static void YearsBalances(AuditDocument doc, List<Claim> claims)
    {
        foreach (var balance in doc.Levels().Where(n => YearsBalance().IsMatch(doc.RawLabel(n))).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, balance, () => YearsBalance(doc, claims, balance));
        foreach (var balance in doc.Levels().Where(n => ClosingBalance().IsMatch(doc.RawLabel(n))).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, balance, () => ClosingBalanceOf(doc, claims, balance));
    }

    /// <summary>
    /// "本年筹集彩票公益金100万元，上年结转20万元，本年使用90万元，年末结余30万元": what is left at the year's end is what it opened
    /// with, plus what came in, less what went out — each stated once before it in its sentence, and nothing else.
    /// </summary>
    private static void ClosingBalanceOf(AuditDocument doc, List<Claim> claims, StatedNumber closing)
    {
        if (closing.End < doc.Text.Length && doc.Text[closing.End] is '（' or '(') return;
        var sentence = doc.SentenceOf(closing);
        var before = doc.NumbersIn((sentence.Start, closing.Start)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsFigureOfTheYear(n)).ToArray();
        var opening = before.Where(n => OpeningBalance().IsMatch(doc.RawLabel(n))).ToArray();
        var incoming = before.Where(n => Incoming().IsMatch(doc.Label(n))).ToArray();
        var outgoing = before.Where(n => Outgoing().IsMatch(doc.Label(n))).ToArray();
        if (opening.Length != 1 || incoming.Length != 1 || outgoing.Length != 1 || before.Length != 3) return;
        var value = opening[0].Value + incoming[0].Value - outgoing[0].Value;
        AgainstIdentity(doc, claims, closing, closing.Interval, opening[0].Interval + incoming[0].Interval - outgoing[0].Interval, value, "年末结余是年初结余加收入减支出",
            $"{doc.Money(opening[0].Value)} + {doc.Money(incoming[0].Value)} − {doc.Money(outgoing[0].Value)} = {doc.Money(value)}");
    }

    private static void YearsBalance(AuditDocument doc, List<Claim> claims, StatedNumber balance)
    {
        // "结余5亿元（含上年结余…）": a balance its brackets qualify is not the year's alone.
        if (balance.End < doc.Text.Length && doc.Text[balance.End] is '（' or '(') return;
        var sentence = doc.SentenceOf(balance);
        var before = doc.NumbersIn((sentence.Start, balance.Start)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsLevelAmount(n)).ToArray();
        var spending = before.LastOrDefault(n => YearsSpending().IsMatch(doc.Label(n)));
        var income = spending is null ? null : before.LastOrDefault(n => n.End <= spending.Start && YearsIncome().IsMatch(doc.Label(n)));
        if (income is null || spending is null) return;
        // Nothing else stands between them: a third amount would be a part of one, or another year's.
        if (before.Count(n => n.Start > income.Start && n != spending) > 0) return;
        var value = income.Value - spending.Value;
        AgainstIdentity(doc, claims, balance, balance.Interval, income.Interval - spending.Interval, value, "结余是收入减支出",
            $"{doc.Money(income.Value)} − {doc.Money(spending.Value)} = {doc.Money(value)}");
    }

    /// <summary>"收入", "本年收入合计", "总收入": what a year's balance is worked from, and what it is worked against.</summary>
    [GeneratedRegex(@"(收入(合计|总计|总额)?|总收入)$")]
    private static partial Regex YearsIncome();

    [GeneratedRegex(@"(支出(合计|总计|总额)?|总支出)$")]
    private static partial Regex YearsSpending();

    /// <summary>
    /// 人口自然增长 — "全年出生人口1913人，出生率为9.2‰；死亡人口900人，…；自然增长人口1011人": the natural growth of a population
    /// is its births less its deaths, both stated before it in its statement.
    /// </summary>
    private static void NaturalGrowth(AuditDocument doc, List<Claim> claims)
    {
        foreach (var growth in doc.Numbers.Where(n => n.Kind == NumberKind.Count && doc.Label(n).EndsWith("自然增长人口", StringComparison.Ordinal)).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, growth, () =>
            {
                var before = doc.NumbersIn((doc.StatementAt(growth.Start).Start, growth.Start)).Where(n => n.Kind == NumberKind.Count && CountUnit(n) == CountUnit(growth)).ToArray();
                var births = before.Where(n => doc.Label(n).EndsWith("出生人口", StringComparison.Ordinal)).ToArray();
                var deaths = before.Where(n => doc.Label(n).EndsWith("死亡人口", StringComparison.Ordinal)).ToArray();
                if (births.Length != 1 || deaths.Length != 1) return;
                var value = births[0].Value - deaths[0].Value;
                // A count of people is exact; one in 万人 stands for what its digits allow.
                static Interval Counted(StatedNumber n) => n.UnitFactor == 1 ? Interval.Exact(n.Value) : n.Interval;
                AgainstIdentity(doc, claims, growth, Counted(growth), Counted(births[0]) - Counted(deaths[0]), value, "自然增长人口是出生人口减死亡人口",
                    $"{births[0].Text.Trim()} − {deaths[0].Text.Trim()} = {value:0.##}{CountUnit(growth)}");
            });
    }

    /// <summary>"资产总额", "资产合计", "总资产": the whole of a balance sheet's assets, and likewise of its liabilities.</summary>
    [GeneratedRegex(@"^(?<scope>.*?)(资产总额|资产合计|资产总计|总资产)$")]
    private static partial Regex TotalAssets();

    [GeneratedRegex(@"^(?<scope>.*?)(负债总额|负债合计|负债总计|总负债)$")]
    private static partial Regex TotalLiabilities();

    [GeneratedRegex(@"^(?<scope>.*?)净资产(总额|合计)?$")]
    private static partial Regex NetAssets();

    /// <summary>How far before its 净资产 a balance sheet's assets and liabilities are looked for.</summary>
    private const int BalanceSheetReach = 300;

    /// <summary>
    /// 资产负债 — "资产总额100万元…；负债总额20万元；净资产80万元": assets are liabilities and net assets, all three of one body
    /// (the same words before them, or none).
    /// </summary>
    private static void BalanceSheets(AuditDocument doc, List<Claim> claims)
    {
        foreach (var net in doc.Levels().Where(n => NetAssets().IsMatch(doc.Label(n))).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, net, () => BalanceSheet(doc, claims, net));
    }

    private static void BalanceSheet(AuditDocument doc, List<Claim> claims, StatedNumber net)
    {
        var from = Math.Max(doc.ParagraphAt(net.Start).Start, net.Start - BalanceSheetReach);
        var before = doc.NumbersIn((from, net.Start)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsLevelAmount(n)).ToArray();
        var liabilities = before.LastOrDefault(n => TotalLiabilities().IsMatch(doc.Label(n)));
        var assets = liabilities is null ? null : before.LastOrDefault(n => n.End <= liabilities.Start && TotalAssets().IsMatch(doc.Label(n)));
        if (assets is null || liabilities is null) return;
        var scopes = new[] { TotalAssets().Match(doc.Label(assets)), TotalLiabilities().Match(doc.Label(liabilities)), NetAssets().Match(doc.Label(net)) }
            .Select(m => m.Groups["scope"].Value).Where(scope => scope.Length > 0).Distinct().Count();
        if (scopes > 1) return;
        var value = liabilities.Value + net.Value;
        AgainstIdentity(doc, claims, assets, assets.Interval, liabilities.Interval + net.Interval, value, "资产总额是负债与净资产之和",
            $"{doc.Money(liabilities.Value)} + {doc.Money(net.Value)} = {doc.Money(value)}");
    }

    /// <summary>
    /// A stated figure against what an identity of the accounts makes of the figures it is worked from: "{rule}：{arithmetic}",
    /// consistent when the range the stated figure stands for meets the range the others give.
    /// </summary>
    /// <param name="money">How an amount is shown, where not as the text's own unit: a table's (万元).</param>
    private static void AgainstIdentity(AuditDocument doc, List<Claim> claims, StatedNumber stated, Interval statedRange, Interval expected, decimal value,
        string rule, string arithmetic, Func<decimal, string>? money = null) =>
        claims.Add(expected.Meets(statedRange)
            ? new Claim(ClaimKind.SumOfParts, ClaimVerdict.Consistent, doc.Span(stated), stated.Text, value, expected.Low, expected.High, null, $"{rule}：{arithmetic}，与所写相符。")
            : new Claim(ClaimKind.SumOfParts, ClaimVerdict.Contradicted, doc.Span(stated), stated.Text, value, expected.Low, expected.High, stated.Value - value,
                $"{rule}：{arithmetic}，不是 {(stated.Kind == NumberKind.Money ? (money ?? doc.Money)(stated.Value) : stated.Text.Trim())}。"));
}
