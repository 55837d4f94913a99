using System.Globalization;

namespace Juesuan.Amounts;

/// <summary>
/// 金额与百分比的格式 — the one place where amounts, percentages and signed changes become text.
/// Every figure a document shows is rounded here, once, half away from zero.
/// </summary>
public sealed class MoneyFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public MoneyFormat(AmountUnit unit, int amountDecimals = 2, int percentDecimals = 2)
    {
        if (amountDecimals is < 0 or > 6) throw new ArgumentOutOfRangeException(nameof(amountDecimals));
        if (percentDecimals is < 0 or > 6) throw new ArgumentOutOfRangeException(nameof(percentDecimals));
        Unit = unit;
        AmountDecimals = amountDecimals;
        PercentDecimals = percentDecimals;
    }

    public AmountUnit Unit { get; }
    public int AmountDecimals { get; }
    public int PercentDecimals { get; }

    /// <summary>The amount in the display unit, rounded for display (the number a table cell shows).</summary>
    public decimal DisplayValue(Amount amount)
    {
        var value = Math.Round(amount.Yuan / Unit.Factor(), AmountDecimals, MidpointRounding.AwayFromZero);
        return value == 0m ? 0m : value; // no "-0.00" for a tiny negative
    }

    /// <summary>A table cell: "4,001,132.90" (元) or "400.11" (万元).</summary>
    public string Number(Amount amount) => Grouped(DisplayValue(amount), AmountDecimals);

    /// <summary>A figure in running text, with its unit: "4,001,132.90元" or "400.11万元".</summary>
    public string Money(Amount amount) => Number(amount) + Unit.Name();

    /// <summary>A percentage in running text: "91.74%". Rounded once, here.</summary>
    public string Percent(Percentage p) => Percent(p.Points, PercentDecimals);

    /// <summary>
    /// A percentage given in points, rounded once here: "91.74%"; <paramref name="trimmed"/> drops the zeros an
    /// explanation does not need ("50%", "66.67%").
    /// </summary>
    public static string Percent(decimal points, int decimals = 2, bool trimmed = false)
    {
        var value = Math.Round(points, decimals, MidpointRounding.AwayFromZero);
        if (value == 0m) value = 0m;
        return (trimmed ? value.ToString("0." + new string('#', decimals), Invariant) : Fixed(value, decimals)) + "%";
    }

    /// <summary>A share "占X%"; "—" when the whole is zero.</summary>
    public string Share(Amount part, Amount whole) => Percentage.Of(part, whole) is { } p ? Percent(p) : "—";

    /// <summary>Whether two amounts show as the same figure in this document (a difference that rounds away is no change).</summary>
    public bool IsUnchanged(Amount current, Amount prior) => DisplayValue(current - prior) == 0m;

    /// <summary>A whole count, with thousands grouping: "1", "1,200".</summary>
    public static string Count(int count) => count.ToString("#,##0", Invariant);

    private static string Grouped(decimal value, int decimals) =>
        value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), Invariant);

    private static string Fixed(decimal value, int decimals) =>
        value.ToString("0" + (decimals > 0 ? "." + new string('0', decimals) : ""), Invariant);
}
