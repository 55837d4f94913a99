using System.Globalization;

namespace Juesuan.Amounts;

/// <summary>
/// 金额 — an amount of money in yuan (元), exact to the cent or finer. All money in Juesuan is an
/// <see cref="Amount"/>; arithmetic is checked decimal arithmetic, so it never wraps or loses cents.
/// </summary>
public readonly record struct Amount : IComparable<Amount>
{
    public static readonly Amount Zero = new(0m);

    private Amount(decimal yuan) => Yuan = yuan;

    /// <summary>The value in yuan.</summary>
    public decimal Yuan { get; }

    public static Amount FromYuan(decimal yuan) => new(yuan);

    /// <summary>万元 → yuan, exactly (the value is scaled, never rounded).</summary>
    public static Amount FromTenThousandYuan(decimal wan) => new(wan * 10_000m);

    public bool IsZero => Yuan == 0m;
    public bool IsNegative => Yuan < 0m;

    public static Amount operator +(Amount a, Amount b) => new(a.Yuan + b.Yuan);
    public static Amount operator -(Amount a, Amount b) => new(a.Yuan - b.Yuan);
    public static Amount operator -(Amount a) => new(-a.Yuan);
    public static bool operator <(Amount a, Amount b) => a.Yuan < b.Yuan;
    public static bool operator >(Amount a, Amount b) => a.Yuan > b.Yuan;
    public static bool operator <=(Amount a, Amount b) => a.Yuan <= b.Yuan;
    public static bool operator >=(Amount a, Amount b) => a.Yuan >= b.Yuan;

    public Amount Abs() => new(Math.Abs(Yuan));

    public int CompareTo(Amount other) => Yuan.CompareTo(other.Yuan);

    /// <summary>Invariant text of the yuan value, for logs and debugging; display goes through <see cref="MoneyFormat"/>.</summary>
    public override string ToString() => Yuan.ToString("0.00##", CultureInfo.InvariantCulture) + " 元";
}

public static class AmountSums
{
    public static Amount Sum(this IEnumerable<Amount> amounts)
    {
        var total = 0m;
        foreach (var a in amounts) total += a.Yuan;
        return Amount.FromYuan(total);
    }

    public static Amount Sum<T>(this IEnumerable<T> items, Func<T, Amount> selector)
    {
        var total = 0m;
        foreach (var item in items) total += selector(item).Yuan;
        return Amount.FromYuan(total);
    }
}
