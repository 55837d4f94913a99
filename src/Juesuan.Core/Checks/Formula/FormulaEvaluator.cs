using Juesuan.Amounts;

namespace Juesuan.Checks.Formula;

/// <summary>One evaluation of a formula for one binding of its variables.</summary>
/// <param name="Binding">The value of each variable ("$c" → "201", "~*" → "2012901"); kept for failing instances only.</param>
/// <param name="Applicable">False where children() found no rows below the bound row.</param>
/// <param name="Cells">Every cell a failing instance read, left side first; empty for the others.</param>
public sealed record FormulaInstance(
    IReadOnlyDictionary<string, string> Binding,
    bool Applicable,
    Interval Left,
    Interval Right,
    bool Holds,
    IReadOnlyList<CellLocation> Cells);

/// <summary>A cell a formula instance read, its patterns resolved.</summary>
/// <param name="Row">The row key for row × column cells; null for keyed cells.</param>
/// <param name="Key">The cell key, or the column.</param>
public sealed record CellLocation(string Table, string? Row, string Key);

/// <summary>
/// Evaluates a formula over a fact set. Its variables (named $x, or anonymous patterns outside sum())
/// take every value the keys of the left side give them (the right side where the left has none),
/// and the two sides are compared as intervals for each combination.
/// </summary>
public static class FormulaEvaluator
{
    public static IEnumerable<FormulaInstance> Evaluate(FormulaRule rule, FactSet facts)
    {
        var domains = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var leftVariables = Free(rule.Left).SelectMany(Variables).ToHashSet(StringComparer.Ordinal);
        foreach (var variable in leftVariables) domains[variable] = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in Free(rule.Left)) AddDomains(domains, facts, reference, skip: null);
        foreach (var reference in Free(rule.Right)) AddDomains(domains, facts, reference, skip: leftVariables);
        var variables = domains.Select(d => (d.Key, d.Value.ToArray())).ToArray();
        var binding = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var _ in Bindings(variables, 0, binding))
        {
            var applicable = true;
            var left = Value(rule.Left, facts, binding, null, ref applicable);
            var right = Value(rule.Right, facts, binding, null, ref applicable);
            var holds = rule.Comparison switch
            {
                Comparison.Equal => left.Meets(right),
                Comparison.AtMost => left.CanBeAtMost(right),
                _ => right.CanBeAtMost(left),
            };
            if (holds || !applicable)
            {
                yield return new FormulaInstance(NoBinding, applicable, left, right, holds, []);
                continue;
            }
            // Only a failing instance is evaluated again to record the cells it read, for the finding.
            var cells = new List<CellLocation>();
            Value(rule.Left, facts, binding, cells, ref applicable);
            Value(rule.Right, facts, binding, cells, ref applicable);
            yield return new FormulaInstance(new Dictionary<string, string>(binding, StringComparer.Ordinal), applicable, left, right, holds, cells);
        }
    }

    private static readonly IReadOnlyDictionary<string, string> NoBinding = new Dictionary<string, string>();

    /// <summary>References whose patterns are variables of the formula (not those inside sum()).</summary>
    private static IEnumerable<CellReference> Free(Expression e) => e switch
    {
        ReferenceExpression r => [r.Reference],
        AggregateExpression { Function: "children" } a => [a.Reference],
        BinaryExpression b => Free(b.Left).Concat(Free(b.Right)),
        NegateExpression n => Free(n.Operand),
        ScaleExpression s => Free(s.Operand),
        _ => [],
    };

    private static IEnumerable<string> Variables(CellReference r) =>
        new[] { r.Row, r.Key }.OfType<KeyPattern>().SelectMany(p => p.IsAnonymous ? [p.AnonymousVariable] : p.Variables);

    /// <summary>Adds the values a reference's patterns take in its table, except for variables in <paramref name="skip"/>.</summary>
    private static void AddDomains(Dictionary<string, SortedSet<string>> domains, FactSet facts, CellReference reference, HashSet<string>? skip)
    {
        if (facts.Table(reference.Table) is not { } table) return;
        var captures = new List<(string Variable, string Value)>();
        if (reference.Row is { IsLiteral: false } row) Add(row, table.RowKeys);
        if (!reference.Key.IsLiteral) Add(reference.Key, reference.Row is null ? table.CellKeys : table.AmountColumns);

        void Add(KeyPattern pattern, IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                captures.Clear();
                if (!pattern.TryCapture(key, captures)) continue;
                foreach (var (variable, value) in captures)
                {
                    if (skip?.Contains(variable) == true) continue;
                    if (!domains.TryGetValue(variable, out var set)) domains[variable] = set = new SortedSet<string>(StringComparer.Ordinal);
                    set.Add(value);
                }
            }
        }
    }

    /// <summary>Sets <paramref name="current"/> to each combination of the variables' values in turn.</summary>
    private static IEnumerable<bool> Bindings((string Variable, string[] Values)[] variables, int index, Dictionary<string, string> current)
    {
        if (index == variables.Length)
        {
            yield return true;
            yield break;
        }
        foreach (var value in variables[index].Values)
        {
            current[variables[index].Variable] = value;
            foreach (var b in Bindings(variables, index + 1, current)) yield return b;
        }
        current.Remove(variables[index].Variable);
    }

    private static Interval Value(Expression e, FactSet facts, IReadOnlyDictionary<string, string> binding, List<CellLocation>? cells, ref bool applicable)
    {
        switch (e)
        {
            case NumberExpression n:
                return Interval.Exact(n.Value);
            case ReferenceExpression r:
                return Read(facts, r.Reference, binding, cells);
            case BinaryExpression b:
                var left = Value(b.Left, facts, binding, cells, ref applicable);
                var right = Value(b.Right, facts, binding, cells, ref applicable);
                return b.Operator == '+' ? left + right : left - right;
            case NegateExpression n:
                return -Value(n.Operand, facts, binding, cells, ref applicable);
            case ScaleExpression s:
                return Value(s.Operand, facts, binding, cells, ref applicable).Scale(s.Factor);
            case AggregateExpression { Function: "sum" } a:
                return Sum(facts, a.Reference, binding, cells);
            case AggregateExpression a:
                return Children(facts, a.Reference, binding, cells, ref applicable);
            default:
                throw new NotSupportedException(e.GetType().Name);
        }
    }

    private static Interval Read(FactSet facts, CellReference r, IReadOnlyDictionary<string, string> binding, List<CellLocation>? cells)
    {
        var key = r.Key.Resolve(binding);
        var row = r.Row?.Resolve(binding);
        cells?.Add(new CellLocation(r.Table, row, key));
        var table = facts.Table(r.Table);
        if (table is null) return Interval.Zero;
        return row is null ? table.Cell(key) : table.Cell(row, key);
    }

    private static Interval Sum(FactSet facts, CellReference r, IReadOnlyDictionary<string, string> binding, List<CellLocation>? cells)
    {
        var table = facts.Table(r.Table);
        if (table is null) return Interval.Zero;
        var key = r.Key.Bind(binding);
        var total = Interval.Zero;
        if (r.Row is null)
        {
            foreach (var k in table.CellKeys.Where(key.Matches))
            {
                cells?.Add(new CellLocation(r.Table, null, k));
                total += table.Cell(k);
            }
            return total;
        }
        var rowPattern = r.Row.Bind(binding);
        foreach (var row in table.RowKeys.Where(rowPattern.Matches))
        foreach (var column in table.AmountColumns.Where(key.Matches))
        {
            cells?.Add(new CellLocation(r.Table, row, column));
            total += table.Cell(row, column);
        }
        return total;
    }

    private static Interval Children(FactSet facts, CellReference r, IReadOnlyDictionary<string, string> binding, List<CellLocation>? cells, ref bool applicable)
    {
        var table = facts.Table(r.Table);
        var row = r.Row?.Resolve(binding);
        if (table is null || row is null) { applicable = false; return Interval.Zero; }
        var column = r.Key.Resolve(binding);
        var children = table.Children(row);
        if (children.Count == 0) { applicable = false; return Interval.Zero; }
        var total = Interval.Zero;
        foreach (var child in children)
        {
            cells?.Add(new CellLocation(r.Table, child, column));
            total += table.Cell(child, column);
        }
        return total;
    }
}
