using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Performance;

/// <summary>指标值的比较方式 — how an actual is measured against a target.</summary>
public enum TargetOperator
{
    /// <summary>≥ 正向.</summary>
    AtLeast,

    /// <summary>&gt; 严格正向.</summary>
    Above,

    /// <summary>≤ 反向.</summary>
    AtMost,

    /// <summary>&lt; 严格反向.</summary>
    Below,

    /// <summary>= 等于.</summary>
    Equal,

    /// <summary>定性.</summary>
    Qualitative,
}

/// <summary>What a measured value counts: money, a percentage, a count, or a point in time.</summary>
public enum MeasureKind
{
    /// <summary>A plain number with a unit word (次, 个, 人次, 场 …).</summary>
    Count,

    /// <summary>百分比.</summary>
    Percent,

    /// <summary>金额, held in yuan.</summary>
    Money,

    /// <summary>年月 or 月, held as a month number (year × 12 + month, or month alone when no year is written).</summary>
    Month,
}

/// <summary>
/// A number as written in an evaluation table, with its unit and stated precision: "0.66万" is 6,600
/// yuan stated to 100 yuan; "95%" is 95 percent stated to 1 percent.
/// </summary>
/// <param name="Value">In yuan for money, in percent for percentages, a month number for months, the number itself otherwise.</param>
/// <param name="Step">The value of one unit in the last stated digit, in the same scale (100 for "0.66万").</param>
/// <param name="Unit">The unit as written ("次", "%", "万元", "月").</param>
/// <param name="HasYear">For months: whether a year was written ("2021年1月").</param>
public sealed record Measure(MeasureKind Kind, decimal Value, decimal Step, string Unit, bool HasYear = false)
{
    /// <summary>
    /// The interval a stated figure stands for, accepting both rounding and truncation of its last digit:
    /// [value − ½ step, value + step).
    /// </summary>
    public (decimal Low, decimal High) Interval => (Value - Step / 2, Value + Step);

    public bool SameKind(Measure other) => Kind == other.Kind && (Kind != MeasureKind.Month || HasYear == other.HasYear);
}

/// <summary>年度指标值 — a target as written ("&gt;=1次", "≤100万元", "提升") and as read.</summary>
/// <param name="Text">As written.</param>
/// <param name="Measure">The number, for a quantitative target; null for a qualitative one or one that could not be read.</param>
/// <param name="Error">Why the text could not be read; null when it was.</param>
public sealed record Target(string Text, TargetOperator Operator, Measure? Measure, string? Error = null)
{
    public bool IsReadable => Error is null;
}

/// <summary>实际完成值 — an actual as written ("1次", "0.66万", "100%", "达成") and as read.</summary>
/// <param name="Measure">The number, when the actual is one.</param>
/// <param name="Band">For an actual given in words: which of the three qualitative bands it names.</param>
public sealed record Actual(string Text, Measure? Measure, QualitativeBand? Band, string? Error = null)
{
    public bool IsReadable => Error is null;
}

/// <summary>定性指标的完成档次.</summary>
public enum QualitativeBand
{
    /// <summary>达成年度指标.</summary>
    Achieved,

    /// <summary>部分达成年度指标并具有一定效果.</summary>
    Partly,

    /// <summary>未达成年度指标且效果较差.</summary>
    NotAchieved,
}

/// <summary>
/// Reads targets and actuals in the forms real self-evaluation tables use. A form that cannot be read
/// yields a clear Chinese message, never a silent zero.
/// </summary>
public static partial class TargetReader
{
    public const string Forms = "“>=1次”“≥95%”“<=80%”“<0.67万”“≤100万元”“=2021年1月”“=5月”“100%”，或“提升”“合规”“有效”“健全”“达到序时进度”等定性目标";

    private static readonly string[] QualitativeWords =
    [
        "提升", "提高", "增强", "改善", "合规", "规范", "有效", "健全", "完善", "达到序时进度", "按时", "及时", "明显", "显著",
        "达标", "良好", "满意", "达成预期指标", "效果明显", "持续", "稳定", "保障", "逐步提高", "不断提升",
        "合理", "科学", "到位", "准确", "完整", "充分", "明确", "可行", "实现", "确保", "安全", "正常", "高效", "优良", "积极", "加强",
    ];

    /// <summary>Reads a target.</summary>
    public static Target ReadTarget(string text)
    {
        var t = Normalize(text);
        if (t.Length == 0) return new Target(text, TargetOperator.Qualitative, null, "年度指标值为空");
        var (op, rest) = Operator(t);
        if (op is null && IsQualitative(t)) return new Target(text, TargetOperator.Qualitative, null);
        if (ReadMeasure(rest) is { } measure) return new Target(text, op ?? TargetOperator.Equal, measure);
        return new Target(text, op ?? TargetOperator.Qualitative, null, $"年度指标值“{text}”无法识别：应为{Forms}");
    }

    /// <summary>Reads an actual: a number with its unit, or the words of a qualitative band.</summary>
    public static Actual ReadActual(string text)
    {
        var t = Normalize(text);
        if (t.Length == 0) return new Actual(text, null, null, "实际完成值为空");
        if (ReadMeasure(t) is { } measure) return new Actual(text, measure, null);
        if (t.Contains("未达成") || t.Contains("未完成") || t.Contains("效果较差")) return new Actual(text, null, QualitativeBand.NotAchieved);
        if (t.Contains("部分")) return new Actual(text, null, QualitativeBand.Partly);
        if (t.Contains("达成") || t.Contains("完成") || IsQualitative(t)) return new Actual(text, null, QualitativeBand.Achieved);
        return new Actual(text, null, null, $"实际完成值“{text}”无法识别：应为带单位的数值（如“1次”“95%”“0.66万”“2021年1月”）或“达成”“部分达成”“未达成”");
    }

    private static bool IsQualitative(string t) => QualitativeWords.Any(w => t.Contains(w, StringComparison.Ordinal)) && !Regex.IsMatch(t, "[0-9]");

    private static (TargetOperator? Op, string Remainder) Operator(string t)
    {
        foreach (var (symbol, op) in new (string, TargetOperator)[]
        {
            (">=", TargetOperator.AtLeast), ("≥", TargetOperator.AtLeast), ("<=", TargetOperator.AtMost), ("≤", TargetOperator.AtMost),
            (">", TargetOperator.Above), ("<", TargetOperator.Below), ("=", TargetOperator.Equal),
            ("不低于", TargetOperator.AtLeast), ("不少于", TargetOperator.AtLeast), ("不高于", TargetOperator.AtMost), ("不超过", TargetOperator.AtMost),
        })
            if (t.StartsWith(symbol, StringComparison.Ordinal)) return (op, t[symbol.Length..].Trim());
        return (null, t);
    }

    [GeneratedRegex(@"^(?:(?<year>\d{4})年)?(?<month>\d{1,2})月(?:份)?$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)?)\s*(?<unit>.*)$")]
    private static partial Regex NumberPattern();

    /// <summary>"1次", "95%", "0.66万", "100万元", "2021年1月", "5月" — or null.</summary>
    public static Measure? ReadMeasure(string t)
    {
        var month = MonthPattern().Match(t);
        if (month.Success)
        {
            var m = int.Parse(month.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12) return null;
            var hasYear = month.Groups["year"].Success;
            var value = hasYear ? int.Parse(month.Groups["year"].Value, CultureInfo.InvariantCulture) * 12 + m : m;
            return new Measure(MeasureKind.Month, value, 1m, hasYear ? "年月" : "月", hasYear);
        }
        var n = NumberPattern().Match(t);
        if (!n.Success) return null;
        var number = decimal.Parse(n.Groups["number"].Value, CultureInfo.InvariantCulture);
        var decimals = n.Groups["number"].Value.Contains('.') ? n.Groups["number"].Value.Length - n.Groups["number"].Value.IndexOf('.') - 1 : 0;
        var step = 1m;
        for (var i = 0; i < decimals; i++) step /= 10m;
        var unit = n.Groups["unit"].Value.Trim();
        return unit switch
        {
            "%" => new Measure(MeasureKind.Percent, number, step, "%"),
            "万" or "万元" => new Measure(MeasureKind.Money, number * 10_000m, step * 10_000m, unit),
            "亿" or "亿元" => new Measure(MeasureKind.Money, number * 100_000_000m, step * 100_000_000m, unit),
            "元" => new Measure(MeasureKind.Money, number, step, unit),
            _ when unit.Length <= 4 && !unit.Any(char.IsAsciiDigit) && !unit.Contains('年') => new Measure(MeasureKind.Count, number, step, unit),
            _ => null,
        };
    }

    /// <summary>Full-width digits and symbols to half-width, spaces removed.</summary>
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '％' => '%',
                '＞' => '>',
                '＜' => '<',
                '＝' => '=',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
