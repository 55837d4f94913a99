namespace Juesuan.Amounts;

/// <summary>
/// 区间值 — the interval a stated figure stands for. An amount entered in 元 is exact (half width 0); a
/// figure printed rounded to d decimals of 万元 stands for value ± ½·10⁻ᵈ 万元 (Arelle calculation 1.1);
/// a figure in published text may also have been truncated, so it stands for [value − ½ step, value + step).
/// Sums add the half widths, so tolerance always comes from the stated precision. The checks and the
/// auditor both compute with it.
/// </summary>
public readonly record struct Interval(decimal Value, decimal HalfWidth)
{
    public static readonly Interval Zero = new(0m, 0m);

    public static Interval Exact(decimal value) => new(value, 0m);

    /// <summary>The interval from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static Interval Between(decimal low, decimal high) => new((low + high) / 2m, (high - low) / 2m);

    /// <summary>
    /// The range of f over two intervals, from its values at their corners (f monotonic in each argument); a
    /// corner where f divides by zero is left out, and with none left the range is zero.
    /// </summary>
    public static Interval Corners(Func<decimal, decimal, decimal> f, Interval a, Interval b)
    {
        var values = new List<decimal>(4);
        foreach (var x in new[] { a.Low, a.High })
        foreach (var y in new[] { b.Low, b.High })
        {
            try { values.Add(f(x, y)); }
            catch (DivideByZeroException) { }
        }
        return values.Count == 0 ? Zero : Between(values.Min(), values.Max());
    }

    public decimal Low => Value - HalfWidth;
    public decimal High => Value + HalfWidth;

    public static Interval operator +(Interval a, Interval b) => new(a.Value + b.Value, a.HalfWidth + b.HalfWidth);
    public static Interval operator -(Interval a, Interval b) => new(a.Value - b.Value, a.HalfWidth + b.HalfWidth);
    public static Interval operator -(Interval a) => new(-a.Value, a.HalfWidth);

    public Interval Scale(decimal factor) => new(Value * factor, HalfWidth * Math.Abs(factor));

    /// <summary>Whether the two intervals meet (the figures can be equal).</summary>
    public bool Meets(Interval other) => Low <= other.High && other.Low <= High;

    /// <summary>Whether this can be at most <paramref name="other"/>.</summary>
    public bool CanBeAtMost(Interval other) => Low <= other.High;
}
