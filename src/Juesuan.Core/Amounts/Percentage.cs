namespace Juesuan.Amounts;

/// <summary>
/// 百分比 — a ratio computed from two amounts and kept unrounded (in percent points). It is rounded
/// exactly once, when it is displayed, by <see cref="MoneyFormat"/>.
/// </summary>
public readonly record struct Percentage : IComparable<Percentage>
{
    private Percentage(decimal points) => Points = points;

    /// <summary>The unrounded value in percent (12.5 means 12.5%).</summary>
    public decimal Points { get; }

    public static Percentage FromPoints(decimal points) => new(points);

    /// <summary>part / whole × 100; null when the whole is zero (a share of nothing is not a number).</summary>
    public static Percentage? Of(Amount part, Amount whole) =>
        whole.IsZero ? null : new Percentage(part.Yuan * 100m / whole.Yuan);

    /// <summary>(current − prior) / prior × 100; null when there is no prior amount to compare with.</summary>
    public static Percentage? Change(Amount current, Amount prior) =>
        prior.IsZero ? null : new Percentage((current.Yuan - prior.Yuan) * 100m / prior.Yuan);

    public int CompareTo(Percentage other) => Points.CompareTo(other.Points);
}
