using System.Globalization;
using Juesuan.Accounts;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>One disclosure in a comparison.</summary>
public sealed record ComparedDisclosure(string Code, int Year, string Name, AccountsFigures Figures);

/// <summary>比较 — two or more published disclosures (units, or years of one unit) side by side: key figures and a chart.</summary>
public sealed class CompareModel(JuesuanDb db) : PageModel
{
    /// <summary>Most disclosures compared at once; more no longer fit a screen.</summary>
    public const int Most = 8;

    public IReadOnlyList<PublishedDisclosure> Published { get; private set; } = [];

    public IReadOnlyList<ComparedDisclosure> Compared { get; private set; } = [];

    public Chart? Chart { get; private set; }

    public IReadOnlySet<string> Selected { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(string[]? d)
    {
        Published = await PublishedList.LatestAsync(db, null, null, HttpContext.RequestAborted);
        Selected = (d ?? []).Take(Most).ToHashSet();
        var wanted = Published.Where(p => Selected.Contains($"{p.Code}:{p.FiscalYear.ToString(CultureInfo.InvariantCulture)}")).ToList();
        var compared = new List<ComparedDisclosure>();
        foreach (var p in wanted)
        {
            var json = await db.Publications.AsNoTracking().Where(x => x.Organisation!.Code == p.Code && x.FiscalYear == p.FiscalYear && x.Sequence == p.Sequence)
                .Select(x => x.AccountsJson).SingleAsync(HttpContext.RequestAborted);
            compared.Add(new ComparedDisclosure(p.Code, p.FiscalYear, $"{p.Name} {p.FiscalYear}", new AccountsFigures(StoredAccounts.Read(json).Accounts)));
        }
        Compared = compared;
        if (compared.Count >= 2) Chart = DisclosureCharts.Comparison(compared.Select(c => (c.Name, c.Figures.Accounts)).ToList());
    }
}
