using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

/// <summary>What a number in a published text measures.</summary>
public enum NumberKind
{
    /// <summary>金额, held in yuan.</summary>
    Money,

    /// <summary>百分比, held in percent.</summary>
    Percent,

    /// <summary>个百分点.</summary>
    PercentagePoints,

    /// <summary>A count (辆, 人次, 批次, 个 …).</summary>
    Count,
}

/// <summary>
/// 文中数字 — a number as a published text writes it: its value in a base unit (yuan, percent, the
/// count), the step of its last stated digit in that unit, and where it stands. "0.66万" is 6,600 yuan
/// stated to 100 yuan; "8.26%" is 8.26 percent stated to 0.01.
/// </summary>
/// <param name="Start">Character offset in the text.</param>
/// <param name="Length">Characters it covers, unit included.</param>
/// <param name="UnitGuessed">True when no unit was written and the unit of a neighbouring amount was assumed.</param>
public sealed record StatedNumber(NumberKind Kind, decimal Value, decimal Step, int Start, int Length, string Text, bool UnitGuessed = false)
{
    public int End => Start + Length;

    /// <summary>
    /// The values the figure can stand for, accepting both rounding and truncation of its last digit:
    /// [value − ½ step, value + step) for a non-negative figure.
    /// </summary>
    public Interval Interval => Value >= 0 ? Interval.Between(Value - Step / 2, Value + Step) : Interval.Between(Value - Step, Value + Step / 2);

    /// <summary>
    /// The values the figure can stand for by its own digits alone, before a document read it as precise as the figures
    /// beside it ("693684万元" beside "99455.3万元"): statistics round each figure on its own.
    /// </summary>
    public Interval AsPrinted
    {
        get
        {
            var digits = new string(Text.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(c => char.IsAsciiDigit(c) || c is '.' or ',').ToArray());
            var dot = digits.IndexOf('.');
            var step = UnitFactor;
            for (var i = dot < 0 ? 0 : digits.Length - dot - 1; i > 0; i--) step /= 10m;
            return Kind == NumberKind.Money && step > Step ? (this with { Step = step }).Interval : Interval;
        }
    }

    /// <summary>The same, with a figure of 0 read as none at all: "0万元" is nothing, not anything below half a 万元.</summary>
    public Interval IntervalOrNone => Value == 0 ? Interval.Zero : Interval;

    /// <summary>What one of the written unit is in the base unit: 10,000 for an amount in 万元, 1 for 元 or a percentage.</summary>
    public decimal UnitFactor => Kind != NumberKind.Money ? 1m : Text.Contains('亿') ? 100_000_000m : Text.Contains('万') ? 10_000m : Text.Contains('千') ? 1_000m : 1m;

    /// <summary>Whether the figure is written with decimals.</summary>
    public bool HasDecimals => Step < UnitFactor;
}

/// <summary>
/// Finds the numbers of a text with their units and stated precision: amounts in 元, 千元, 万元 (also
/// 万 alone) and 亿元, thousands separators, full-width digits and punctuation, negative forms,
/// percentages and 个百分点, and counts. Years ("2021年") and dates are not numbers of the accounts.
/// </summary>
public static partial class NumberScanner
{
    /// <summary>
    /// A number: digits with thousands separators (1,234.56), or spaces for them ("1 234.56万元", as some pages print
    /// them) when decimals and a unit of money follow, so that a stray space never splits an amount in two; or plain digits.
    /// </summary>
    [GeneratedRegex(@"(?<sign>[-−－]|负)?(?<number>[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|(?<![0-9０-９.．])[0-9０-９]{1,3}(?:[ \u00A0\u2009\u202F][0-9０-９]{3})+[.．][0-9０-９]+(?=\s*(?:亿元|億元|万元|萬元|元))|[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?<unit>亿元|亿|億元|億|万人次|万人|萬人|万户|萬戶|万元|万|萬元|萬|千元|元|%|％|个百分点|個百分點|倍|成(?=\s*[，,。；;、）)]|\s*$)|辆|輛|人次|批次|批|个|個|次|人|名|家|项|項|台|套|件|张|份|户|所|座|处|条|篇|场|宗|笔|分(?![钟鐘别別之局行期配类類成析摊攤解]))?")]
    private static partial Regex Number();

    public static IReadOnlyList<StatedNumber> Scan(string text)
    {
        var numbers = new List<StatedNumber>();
        var bare = new HashSet<int>();
        // A figure written without a unit right after an amount with one ("2.05万元，较上年2.08") shares its unit.
        var (lastFactor, lastEnd) = (1m, -1000);
        foreach (Match m in Number().Matches(text))
        {
            var unit = m.Groups["unit"].Value;
            var digits = Normalize(m.Groups["number"].Value);
            var end = m.Index + m.Length;
            // A year, a month or a day ("2021年", "7月", "25日"), or a digit glued to letters, is not an amount.
            if (unit.Length == 0 && end < text.Length && text[end] is '年' or '月' or '日' or '号' or '届' or '期' or '季') continue;
            if (m.Index > 0 && char.IsAsciiLetter(text[m.Index - 1])) continue;
            // Nor is a note's mark ("基诺型彩票[1]销售").
            if (unit.Length == 0 && m.Index > 0 && text[m.Index - 1] is '[' or '［' && end < text.Length && text[end] is ']' or '］') continue;
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
            var step = 1m;
            for (var i = 0; i < decimals; i++) step /= 10m;
            if (m.Groups["sign"].Success) value = -value;
            var (kind, factor) = unit switch
            {
                "亿元" or "亿" or "億元" or "億" => (NumberKind.Money, 100_000_000m),
                "万元" or "万" or "萬元" or "萬" => (NumberKind.Money, 10_000m),
                "千元" => (NumberKind.Money, 1_000m),
                "元" => (NumberKind.Money, 1m),
                "%" or "％" => (NumberKind.Percent, 1m),
                // "户籍人口50.00万人": people, counted in ten thousands.
                "万人次" or "万人" or "萬人" or "万户" or "萬戶" => (NumberKind.Count, 10_000m),
                // "增长1.5倍", "为上年的1.3倍": a multiple is a percentage a hundred times its figure.
                "倍" => (NumberKind.Percent, 100m),
                // "增长了2成": tenths, a percentage ten times its figure.
                "成" => (NumberKind.Percent, 10m),
                "个百分点" or "個百分點" => (NumberKind.PercentagePoints, 1m),
                "" => ((NumberKind?)null, 1m),
                _ => (NumberKind.Count, 1m),
            } switch
            {
                ({ } k, var f) => (k, f),
                (null, var f) => (NumberKind.Money, f),
            };
            var guessed = unit.Length == 0;
            if (guessed && !LooksLikeAmount(digits, text, m.Index) && !(m.Index - lastEnd <= 20 && lastFactor > 1m && !text[lastEnd..m.Index].Contains('。'))) continue;
            if (guessed && m.Index - lastEnd <= 20 && !text[lastEnd..m.Index].Contains('。')) factor = lastFactor;
            if (guessed && factor == 1m) bare.Add(numbers.Count);
            if (kind == NumberKind.Money && !guessed) (lastFactor, lastEnd) = (factor, m.Index + m.Length);
            // A whole multiple ("增长2倍") is meant as that multiple, not as anything up to the next.
            if (unit == "倍" && decimals == 0) step = 0.1m;
            numbers.Add(new StatedNumber(kind, value * factor, step * factor, m.Index, m.Length, m.Value, guessed));
        }
        // "收入减少84.55、支出总计减少99.6万元": a figure without a unit that a list joins to the figure after it takes that one's unit.
        for (var i = numbers.Count - 2; i >= 0; i--)
        {
            var (n, next) = (numbers[i], numbers[i + 1]);
            if (!bare.Contains(i) || next.Kind != NumberKind.Money || next.UnitGuessed || next.UnitFactor == 1m || next.Start - n.End > 16) continue;
            var between = text[n.End..next.Start];
            if (between.Contains('。') || !(between.StartsWith('、') || between.StartsWith('和') || between.StartsWith('及'))) continue;
            numbers[i] = n with { Value = n.Value * next.UnitFactor, Step = n.Step * next.UnitFactor };
        }
        return numbers;
    }

    /// <summary>
    /// A number written without a unit counts as an amount in 元 only when it looks like one: two
    /// decimals, or seven or more digits, and not glued to the number before it ("25.7%5" is a typo).
    /// </summary>
    private static bool LooksLikeAmount(string digits, string text, int at)
    {
        if (at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] is '%' or '％')) return false;
        var dot = digits.IndexOf('.');
        if (dot >= 0 && digits.Length - dot - 1 == 2) return true;
        return (dot < 0 ? digits.Length : dot) >= 7;
    }

    private static string Normalize(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (c is ',' or '，' or ' ' or '\u00A0' or '\u2009' or '\u202F') continue;
            chars[n++] = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                _ => c,
            };
        }
        return new string(chars, 0, n);
    }
}
