using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>How far after a 地区生产总值 its three industries' 增加值 and their structure are looked for.</summary>
    private const int IndustriesReach = 600;

    /// <summary>"地区生产总值", "国内生产总值", "全市生产总值": the whole the three industries make.</summary>
    [GeneratedRegex(@"生产总值|生產總值|GDP")]
    private static partial Regex GrossProduct();

    /// <summary>"第一产业增加值", "第二產業實現增加值": which industry a figure's name says it is of (1 to 3).</summary>
    [GeneratedRegex(@"第(?<n>[一二三])(产业|產業)")]
    private static partial Regex Industry();

    /// <summary>"三次产业结构为14.3:46.3:39.4", "三次產業比重為16.4∶44.1∶39.5".</summary>
    [GeneratedRegex(@"(三次|三大)(产业|產業)(结构|結構|比重|比例|之比)")]
    private static partial Regex IndustryStructure();

    /// <summary>"14.3:46.3:39.4" — unless it is the structure the year's changed from ("由2014年的13.88:53.06:33.06调整为…").</summary>
    [GeneratedRegex(@"(?<!由[^，,。；;]{0,8})(?<![\d.])(?<a>\d+(\.\d+)?)\s*[:：∶]\s*(?<b>\d+(\.\d+)?)\s*[:：∶]\s*(?<c>\d+(\.\d+)?)(?![\d.]*\s*[:：∶])")]
    private static partial Regex StructureRatio();

    /// <summary>
    /// 三次产业 — a region's gross product is the 增加值 of its three industries: stated after it, they add up to it, and the
    /// structure "a:b:c" stated with them is each one's share of it, in percent.
    /// </summary>
    private static void ThreeIndustries(AuditDocument doc, List<Claim> claims)
    {
        foreach (var product in doc.Numbers.Where(n => IsGrossProduct(doc, n)).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, product, () => IndustriesOf(doc, claims, product));
    }

    /// <summary>How far after a 第二产业 its 工业 and 建筑业 are looked for: a bulletin's sections on them follow.</summary>
    private const int SecondaryReach = 2000;

    /// <summary>"全年实现工业增加值44.37亿元", not "规模以上工业增加值", which is a part of it.</summary>
    [GeneratedRegex(@"(?<!规模以上|规上|限额以上)(全部)?工业(实现|完成)?增加值[^，,。；;0-9]{0,6}$")]
    private static partial Regex IndustryValueAdded();

    [GeneratedRegex(@"建筑业(实现|完成)?增加值[^，,。；;0-9]{0,6}$")]
    private static partial Regex ConstructionValueAdded();

    /// <summary>第二产业 — the 增加值 of industry and of construction, stated in the sections after it, add up to it.</summary>
    private static void SecondaryIndustry(AuditDocument doc, List<Claim> claims, StatedNumber secondary)
    {
        var after = doc.NumbersIn((secondary.End, Math.Min(doc.Text.Length, secondary.End + SecondaryReach)))
            .Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsFigureOfTheYear(n)).ToArray();
        string Lead(StatedNumber n) => doc.Text[doc.ClauseStart(n.Start, doc.SentenceOf(n).Start)..n.Start];
        var industry = after.FirstOrDefault(n => IndustryValueAdded().IsMatch(Lead(n)));
        var construction = after.FirstOrDefault(n => ConstructionValueAdded().IsMatch(Lead(n)));
        if (industry is null || construction is null) return;
        var added = industry.Value + construction.Value;
        AgainstIdentity(doc, claims, secondary, secondary.AsPrinted, industry.AsPrinted + construction.AsPrinted, added, "第二产业增加值是工业与建筑业增加值之和",
            $"{doc.Money(industry.Value)} + {doc.Money(construction.Value)} = {doc.Money(added)}");
    }

    /// <summary>"地区生产总值(GDP)276.29亿元": a gross product of the year, named in its clause; "人均地区生产总值" is per head.</summary>
    private static bool IsGrossProduct(AuditDocument doc, StatedNumber n)
    {
        if (n.Kind != NumberKind.Money || n.UnitGuessed || !doc.IsFigureOfTheYear(n)) return false;
        var clause = doc.Text[doc.ClauseStart(n.Start, doc.SentenceOf(n).Start)..n.Start];
        return GrossProduct().IsMatch(clause) && !clause.Contains("人均", StringComparison.Ordinal);
    }

    private static void IndustriesOf(AuditDocument doc, List<Claim> claims, StatedNumber product)
    {
        var end = Math.Min(doc.Text.Length, product.End + IndustriesReach);
        // The next gross product stated ends this one's reach.
        if (doc.NumbersIn((product.End, end)).FirstOrDefault(n => IsGrossProduct(doc, n)) is { } next) end = next.Start;
        var industries = new StatedNumber?[3];
        foreach (var n in doc.NumbersIn((product.End, end)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsLevelAmount(n)))
        {
            if (Industry().Match(doc.RawLabel(n)) is not { Success: true } m) continue;
            var i = "一二三".IndexOf(m.Groups["n"].Value[0], StringComparison.Ordinal);
            industries[i] ??= n;
        }
        if (industries.Any(n => n is null)) return;
        var parts = industries.Select(n => n!).ToArray();
        // Statistics print each figure rounded on its own: each stands for what its own digits allow.
        var sum = parts.Aggregate(Interval.Zero, (s, n) => s + n.AsPrinted);
        var added = parts.Sum(n => n.Value);
        AgainstIdentity(doc, claims, product, product.AsPrinted, sum, added, "生产总值是三次产业增加值之和",
            $"{string.Join(" + ", parts.Select(n => doc.Money(n.Value)))} = {doc.Money(added)}");
        Guarded(doc, claims, ClaimKind.SumOfParts, parts[1], () => SecondaryIndustry(doc, claims, parts[1]));
        if (IndustryStructure().Match(doc.Text, product.End, end - product.End) is not { Success: true } named) return;
        var statement = doc.StatementAt(named.Index);
        if (StructureRatio().Match(doc.Text, named.Index, statement.End - named.Index) is not { Success: true } structure) return;
        foreach (var (group, part) in new[] { "a", "b", "c" }.Zip(parts))
        {
            var stated = structure.Groups[group];
            var value = decimal.Parse(stated.Value, CultureInfo.InvariantCulture);
            var step = stated.Value.Contains('.') ? 1m / (decimal)Math.Pow(10, stated.Value.Length - stated.Value.IndexOf('.') - 1) : 1m;
            var range = Interval.Between(value - step / 2, value + step);
            var share = Interval.Corners((x, y) => x * 100m / y, part.AsPrinted, product.AsPrinted);
            var span = doc.Span(stated.Index, stated.Index + stated.Length);
            var computed = part.Value * 100m / product.Value;
            claims.Add(share.Meets(range)
                ? new Claim(ClaimKind.Share, ClaimVerdict.Consistent, span, stated.Value, computed, share.Low, share.High, null,
                    $"三次产业结构是各产业增加值占生产总值的百分比：{doc.Money(part.Value)} ÷ {doc.Money(product.Value)} 为 {P(computed)}，与所写相符。")
                : new Claim(ClaimKind.Share, ClaimVerdict.Contradicted, span, stated.Value, computed, share.Low, share.High, value - computed,
                    $"当前写为 {stated.Value}，三次产业结构是各产业增加值占生产总值的百分比：{doc.Money(part.Value)} ÷ {doc.Money(product.Value)} 应为 {P(computed)}。"));
        }
    }
}
