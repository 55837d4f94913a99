using System.Globalization;
using Juesuan.Accounts;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>One disclosure in a comparison.</summary>
public sealed record ComparedDisclosure(string Code, int Year, string Name, AccountsFigures Figures);

/// <summary>
/// 比较 — two or more published disclosures (units, or years of one unit) side by side: key figures and two charts.
/// They are picked from a list the reader narrows by name, code, department or year, the ones picked always shown
/// first, so that it works for hundreds of units.
/// </summary>
public sealed class CompareModel(JuesuanDb db) : PageModel
{
    /// <summary>Most disclosures compared at once; more no longer fit a screen.</summary>
    public const int Most = 8;

    public IReadOnlyList<PublishedDisclosure> Published { get; private set; } = [];

    public IReadOnlyList<ComparedDisclosure> Compared { get; private set; } = [];

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    /// <summary>Most choices listed at once; the reader narrows the rest by searching.</summary>
    public const int Listed = 100;

    /// <summary>What the reader searched for, or null.</summary>
    public string? Query { get; private set; }

    /// <summary>The choices listed: those picked first, then those matching the search, at most <see cref="Listed"/>.</summary>
    public IReadOnlyList<PublishedDisclosure> Choices { get; private set; } = [];

    /// <summary>How many published disclosures match the search (all of them without one).</summary>
    public int Matching { get; private set; }

    private static string Key(PublishedDisclosure p) => $"{p.Code}:{p.FiscalYear.ToString(CultureInfo.InvariantCulture)}";

    public IReadOnlySet<string> Selected { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(string[]? d, string? q)
    {
        Published = await PublishedList.LatestAsync(db, null, null, HttpContext.RequestAborted);
        Selected = (d ?? []).Take(Most).ToHashSet();
        var wanted = Published.Where(p => Selected.Contains(Key(p))).ToList();
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var terms = Query?.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries) ?? [];
        var matching = Published.Where(p => !Selected.Contains(Key(p)) && terms.All(t =>
            p.Name.Contains(t, StringComparison.OrdinalIgnoreCase) || p.Code.Contains(t, StringComparison.OrdinalIgnoreCase)
            || (p.Department?.Contains(t, StringComparison.OrdinalIgnoreCase) ?? false) || $"{p.FiscalYear}年".StartsWith(t.TrimEnd('度'), StringComparison.Ordinal))).ToList();
        Matching = matching.Count;
        Choices = [.. wanted, .. matching.Take(Listed)];
        var compared = new List<ComparedDisclosure>();
        foreach (var p in wanted)
        {
            var json = await db.Publications.AsNoTracking().Where(x => x.Organisation!.Code == p.Code && x.FiscalYear == p.FiscalYear && x.Sequence == p.Sequence)
                .Select(x => x.AccountsJson).SingleAsync(HttpContext.RequestAborted);
            compared.Add(new ComparedDisclosure(p.Code, p.FiscalYear, $"{p.Name} {p.FiscalYear}", new AccountsFigures(StoredAccounts.Read(json).Accounts)));
        }
        Compared = compared;
        if (compared.Count >= 2) Charts = DisclosureCharts.Comparison(compared.Select(c => (c.Name, c.Figures.Accounts)).ToList());
    }
}
