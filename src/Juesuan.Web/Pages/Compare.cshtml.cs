using Juesuan.Amounts;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>One disclosure in a comparison: its figures by key (<see cref="PublishedFigures"/>).</summary>
public sealed record ComparedDisclosure(string Code, int Year, string Name, IReadOnlyDictionary<string, PublishedLine> Lines);

/// <summary>A line of the comparison: its key, what it is called, and its value in each disclosure (null where a disclosure has none).</summary>
public sealed record ComparedLine(string Key, string Label, IReadOnlyList<decimal?> Values);

/// <summary>
/// 比较 — two or more published disclosures (units, or years of one unit) side by side: any lines of their tables (key
/// figures, “三公” parts, function classes, 款 and 项, economic classes and 款), each against the first with its difference and
/// percentage, on charts whose scales keep small lines visible. They are picked from a list the reader narrows by name, code,
/// department or year, the ones picked always shown first, so that it works for hundreds of units.
/// </summary>
public sealed class CompareModel(JuesuanDb db, PortalCache portal) : PageModel
{
    /// <summary>Most disclosures compared at once; more no longer fit a screen.</summary>
    public const int Most = 8;

    /// <summary>Most choices listed at once; the reader narrows the rest by searching.</summary>
    public const int Listed = 100;

    public IReadOnlyList<ComparedDisclosure> Compared { get; private set; } = [];

    /// <summary>The lines compared, in the order of <see cref="PublishedFigures.Kinds"/> and then by key.</summary>
    public IReadOnlyList<ComparedLine> Lines { get; private set; } = [];

    /// <summary>Every line any of the compared disclosures has, by kind, to choose from.</summary>
    public IReadOnlyList<(string Kind, IReadOnlyList<(string Key, string Label)> Lines)> Available { get; private set; } = [];

    public IReadOnlySet<string> ChosenLines { get; private set; } = new HashSet<string>();

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    /// <summary>What the reader searched for, or null.</summary>
    public string? Query { get; private set; }

    /// <summary>The choices listed: those picked first, then those matching the search, at most <see cref="Listed"/>.</summary>
    public IReadOnlyList<PublishedDisclosure> Choices { get; private set; } = [];

    /// <summary>How many published disclosures match the search (all of them without one).</summary>
    public int Matching { get; private set; }

    public IReadOnlySet<string> Selected { get; private set; } = new HashSet<string>();

    /// <summary>The lines compared when the reader has chosen none: the key figures and the parts of “三公”.</summary>
    private static bool ShownFirst(string key) => key.StartsWith("k:", StringComparison.Ordinal) || key.StartsWith("t:", StringComparison.Ordinal);

    public async Task OnGetAsync(string[]? d, string? q, string[]? line)
    {
        var cancellation = HttpContext.RequestAborted;
        var keys = (d ?? []).Select(PortalKeys.Parse).OfType<(string Code, int Year)>().Distinct().Take(Most).ToList();
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var version = await portal.VersionAsync(db, cancellation);
        var all = await PublishedList.AllAsync(db, portal, version, cancellation);
        var wanted = await portal.GetAsync(version, ("compared", string.Join("|", keys)), 16 * 1024, async () =>
        {
            var found = PublishedList.Find(all, keys);
            var ids = found.Select(w => w.PublicationId).ToList();
            var lines = await PublishedFigures.ReadAsync(db, ids, cancellation);
            return found.Select(w => (Disclosure: w, Lines: lines[w.PublicationId])).ToList();
        });
        Selected = wanted.Select(w => w.Disclosure.Key).ToHashSet();
        var picked = wanted.Select(w => w.Disclosure.PublicationId).ToHashSet();
        var others = PublishedList.Matching(all, new PortalFilter(Query)).Where(p => !picked.Contains(p.PublicationId)).ToList();
        Matching = others.Count;
        Choices = [.. wanted.Select(w => w.Disclosure), .. others.Take(Listed)];
        Compared = [.. wanted.Select(w => new ComparedDisclosure(w.Disclosure.Code, w.Disclosure.FiscalYear, $"{w.Disclosure.Name} {w.Disclosure.FiscalYear}", w.Lines))];
        var everyLine = Compared.SelectMany(c => c.Lines.Values).GroupBy(l => l.Key).Select(g => g.First()).OrderBy(l => Order(l.Key)).ToList();
        Available = [.. PublishedFigures.Kinds.Select(k => (k.Name, (IReadOnlyList<(string, string)>)everyLine.Where(l => l.Key.StartsWith(k.Prefix, StringComparison.Ordinal))
            .Select(l => (l.Key, PublishedFigures.Label(l))).ToList())).Where(k => k.Item2.Count > 0)];
        var chosen = (line ?? []).Where(everyLine.Select(l => l.Key).Contains).ToHashSet();
        ChosenLines = chosen.Count > 0 ? chosen : everyLine.Select(l => l.Key).Where(ShownFirst).ToHashSet();
        Lines = [.. everyLine.Where(l => ChosenLines.Contains(l.Key))
            .Select(l => new ComparedLine(l.Key, PublishedFigures.Label(l), [.. Compared.Select(c => c.Lines.TryGetValue(l.Key, out var v) ? v.Yuan : (decimal?)null)]))];
        if (Compared.Count >= 2) Charts = DisclosureCharts.Comparison([.. Compared.Select(c => c.Name)], [.. Lines.Select(l => (l.Key, l.Label, l.Values))]);
    }

    /// <summary>Lines by kind (key figures first), then in the order of their keys (so 类 before its 款 and 项).</summary>
    private static (int, int, string) Order(string key)
    {
        var kind = PublishedFigures.Kinds.Select((k, i) => (k.Prefix, i)).First(k => key.StartsWith(k.Prefix, StringComparison.Ordinal)).i;
        var keyFigure = KeyFigures.All.Select((f, i) => (f.Key, i)).FirstOrDefault(f => "k:" + f.Key == key);
        return (kind, key.StartsWith("k:", StringComparison.Ordinal) ? keyFigure.i : 0, key);
    }

    private static readonly MoneyFormat Yuan = new(AmountUnit.Yuan);

    /// <summary>A value against the first disclosure's: “+200.00（+6.67%）”, or null for the first and where either is missing.</summary>
    public static string? Difference(decimal? value, decimal? first)
    {
        if (value is not { } now || first is not { } before) return null;
        var difference = now - before;
        if (difference == 0) return "相同";
        var sign = difference > 0 ? "+" : "−";
        var rate = Percentage.Change(Amount.FromYuan(now), Amount.FromYuan(before)) is { } change ? $"（{sign}{Yuan.Percent(Percentage.FromPoints(Math.Abs(change.Points)))}）" : "";
        return $"{sign}{Yuan.Number(Amount.FromYuan(Math.Abs(difference)))}{rate}";
    }
}
