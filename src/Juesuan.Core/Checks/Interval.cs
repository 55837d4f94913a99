namespace Juesuan.Checks;

/// <summary>
/// 区间值 — the interval a stated figure stands for, in yuan. An amount entered in 元 is exact (half
/// width 0); a figure printed rounded to d decimals of 万元 stands for value ± ½·10⁻ᵈ 万元 (Arelle
/// calculation 1.1). Sums add the half widths, so tolerance always comes from the stated precision.
/// </summary>
public readonly record struct Interval(decimal Value, decimal HalfWidth)
{
    public static readonly Interval Zero = new(0m, 0m);

    public static Interval Exact(decimal value) => new(value, 0m);

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
