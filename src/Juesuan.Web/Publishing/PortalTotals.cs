using Juesuan.Amounts;
using Juesuan.Data;

namespace Juesuan.Web.Publishing;

/// <summary>A disclosure inside a total, with its figures by key.</summary>
public sealed record TotalledDisclosure(PublishedDisclosure Disclosure, IReadOnlyDictionary<string, PublishedLine> Lines)
{
    public decimal? Value(string key) => Lines.TryGetValue(key, out var line) ? line.Yuan : null;
}

/// <summary>A line of a total: its key and label, the sum over the disclosures that have it, how many have it, and its share of the parent total.</summary>
public sealed record TotalLine(string Key, string Label, decimal Yuan, int Disclosures, Percentage? Share);

/// <summary>A disclosure's execution of its 一般公共预算财政拨款 budget: 年初预算, 决算 and the rate.</summary>
public sealed record Execution(PublishedDisclosure Disclosure, decimal Budget, decimal Actual, Percentage? Rate);

/// <summary>A disclosure's “三公” spending against its budget, part by part.</summary>
public sealed record ThreePublicOfUnit(PublishedDisclosure Disclosure, decimal Total, IReadOnlyList<decimal> Parts, decimal Budget, Percentage? Rate);

/// <summary>
/// 汇总 — the totals of a set of disclosures (a department's, a region's, in one year and of one kind): the key figures, expenditure
/// by function class and by economic class, “三公” unit by unit, and how far each unit's spending was from its budget. Every total
/// is the sum of the disclosures' own figures, so each can be listed unit by unit (<see cref="Behind"/>) and adds up to the cent.
/// </summary>
public sealed class PortalTotals
{
    public PortalTotals(IReadOnlyList<TotalledDisclosure> disclosures)
    {
        Disclosures = disclosures;
        var all = disclosures.SelectMany(d => d.Lines.Values).GroupBy(l => l.Key).ToDictionary(g => g.Key, g => (Name: g.First(), Sum: g.Sum(l => l.Yuan), Count: g.Count()));
        TotalLine Line(string key, decimal? whole) => all.TryGetValue(key, out var found)
            ? new TotalLine(key, PublishedFigures.Label(found.Name), found.Sum, found.Count, whole is { } w ? Percentage.Of(Amount.FromYuan(found.Sum), Amount.FromYuan(w)) : null)
            : new TotalLine(key, key, 0m, 0, null);
        KeyFigures = [.. Data.KeyFigures.All.Where(k => all.ContainsKey("k:" + k.Key)).Select(k => Line("k:" + k.Key, null) with { Label = k.Name })];
        var expenditure = all.GetValueOrDefault("k:expenditure").Sum;
        ByFunction = [.. all.Keys.Where(k => k.StartsWith("f:", StringComparison.Ordinal) && k.Length == 5).Order(StringComparer.Ordinal).Select(k => Line(k, expenditure))];
        var basic = all.GetValueOrDefault("k:basic").Sum;
        ByEconomic = [.. all.Keys.Where(k => k.StartsWith("e:", StringComparison.Ordinal) && k.Length == 5).Order(StringComparer.Ordinal).Select(k => Line(k, basic))];
        ThreePublic = [.. disclosures.Select(d => new ThreePublicOfUnit(d.Disclosure, d.Value("k:three") ?? 0,
                [.. PublishedFigures.ThreePublicParts.Select(p => d.Value("t:" + p.Key) ?? 0)], d.Value("tb:total") ?? 0,
                Rate(d.Value("k:three") ?? 0, d.Value("tb:total") ?? 0)))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Disclosure.Code, StringComparer.Ordinal)];
        Executions = [.. disclosures.Where(d => d.Value("k:budget") is > 0)
            .Select(d => new Execution(d.Disclosure, d.Value("k:budget")!.Value, d.Value("k:general") ?? 0, Rate(d.Value("k:general") ?? 0, d.Value("k:budget")!.Value)))
            .OrderByDescending(e => Math.Abs((e.Rate?.Points ?? 100) - 100)).ThenBy(e => e.Disclosure.Code, StringComparer.Ordinal)];
    }

    private static Percentage? Rate(decimal actual, decimal budget) => Percentage.Of(Amount.FromYuan(actual), Amount.FromYuan(budget));

    public IReadOnlyList<TotalledDisclosure> Disclosures { get; }

    /// <summary>The key figures summed (those no disclosure has left out).</summary>
    public IReadOnlyList<TotalLine> KeyFigures { get; }

    /// <summary>本年支出 by function class (类), each with its share of 本年支出合计.</summary>
    public IReadOnlyList<TotalLine> ByFunction { get; }

    /// <summary>基本支出 by economic class, each with its share of 基本支出.</summary>
    public IReadOnlyList<TotalLine> ByEconomic { get; }

    /// <summary>“三公” by unit, the largest first.</summary>
    public IReadOnlyList<ThreePublicOfUnit> ThreePublic { get; }

    /// <summary>一般公共预算财政拨款 spending against 年初预算 by unit, the furthest from the budget first.</summary>
    public IReadOnlyList<Execution> Executions { get; }

    /// <summary>The sum of a line over the disclosures, and the disclosures behind it with their amounts, the largest first.</summary>
    public (TotalLine Total, IReadOnlyList<(PublishedDisclosure Disclosure, decimal Yuan)> Units)? Behind(string key)
    {
        var units = Disclosures.Where(d => d.Lines.ContainsKey(key)).Select(d => (d.Disclosure, Yuan: d.Lines[key].Yuan))
            .OrderByDescending(u => u.Yuan).ThenBy(u => u.Disclosure.Code, StringComparer.Ordinal).ToList();
        if (units.Count == 0) return null;
        var line = Disclosures.First(d => d.Lines.ContainsKey(key)).Lines[key];
        var label = key.StartsWith("k:", StringComparison.Ordinal) ? line.Name : PublishedFigures.Label(line);
        return (new TotalLine(key, label, units.Sum(u => u.Yuan), units.Count, null), units);
    }
}
