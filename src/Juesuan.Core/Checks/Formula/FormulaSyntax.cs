namespace Juesuan.Checks.Formula;

/// <summary>A comparison of a rule formula.</summary>
public enum Comparison
{
    Equal,
    AtMost,
    AtLeast,
}

/// <summary>公式 — a parsed rule formula: two sides compared.</summary>
public sealed record FormulaRule(Expression Left, Comparison Comparison, Expression Right, string Text)
{
    /// <summary>Every cell reference in the formula, left side first.</summary>
    public IEnumerable<CellReference> References => Left.References.Concat(Right.References);
}

/// <summary>An arithmetic expression over cell references.</summary>
public abstract record Expression
{
    public abstract IEnumerable<CellReference> References { get; }
}

public sealed record NumberExpression(decimal Value) : Expression
{
    public override IEnumerable<CellReference> References => [];
}

public sealed record ReferenceExpression(CellReference Reference) : Expression
{
    public override IEnumerable<CellReference> References => [Reference];
}

/// <summary>a + b, a − b.</summary>
public sealed record BinaryExpression(Expression Left, char Operator, Expression Right) : Expression
{
    public override IEnumerable<CellReference> References => Left.References.Concat(Right.References);
}

public sealed record NegateExpression(Expression Operand) : Expression
{
    public override IEnumerable<CellReference> References => Operand.References;
}

/// <summary>number × expression (a scaled figure, e.g. a threshold).</summary>
public sealed record ScaleExpression(decimal Factor, Expression Operand) : Expression
{
    public override IEnumerable<CellReference> References => Operand.References;
}

/// <summary>
/// sum(ref): every cell the reference's patterns match, added (the patterns are not bound).
/// children(ref): the same column summed over the rows one level below the bound row.
/// </summary>
public sealed record AggregateExpression(string Function, CellReference Reference) : Expression
{
    public override IEnumerable<CellReference> References => [Reference];
}

/// <summary>
/// A reference to table cells: keyed ("T1.收入总计", "T4.$x.合计") or by row and column
/// ("T3[2012901].本年支出合计", "T3[*].$col"). Rows and keys are <see cref="KeyPattern"/>s.
/// </summary>
/// <param name="Row">The row pattern for row × column references; null for a keyed reference.</param>
/// <param name="Key">The cell key (keyed) or the column (row × column).</param>
/// <param name="Column">Where the reference starts in the formula text (1-based).</param>
public sealed record CellReference(string Table, KeyPattern? Row, KeyPattern Key, int Column)
{
    public override string ToString() => Row is null ? $"{Table}.{Key}" : $"{Table}[{Row}].{Key}";
}
