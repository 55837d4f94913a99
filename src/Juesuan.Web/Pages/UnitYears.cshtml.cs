using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>一个年度的公开 — a unit's year as its page across years shows it: the publications of the year, the latest one's figures.</summary>
public sealed record UnitYear(int Year, IReadOnlyList<PublicationEntry> Publications, AccountsFigures Figures);

/// <summary>
/// 历年公开 — a unit followed over the years: its key figures year by year with each year's change, on two charts (its
/// scale, and the smaller figures people follow) and as a table, and every publication of each year, corrections
/// with their reasons, each linking to the disclosure as published.
/// </summary>
public sealed class UnitYearsModel(JuesuanDb db) : PageModel
{
    public string Code { get; private set; } = "";

    public string UnitName { get; private set; } = "";

    /// <summary>The years published, oldest first.</summary>
    public IReadOnlyList<UnitYear> Years { get; private set; } = [];

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        // The list is read without the frozen texts; only each year's latest accounts are read whole.
        var published = db.Publications.AsNoTracking().Where(p => p.Organisation!.Code == code);
        var entries = await published.OrderBy(p => p.FiscalYear).ThenBy(p => p.Sequence)
            .Select(p => new { p.Id, p.FiscalYear, Entry = new PublicationEntry(p.Sequence, p.Kind, p.PublishedAt, p.OriginalPublishedOn, p.AmendmentReason), Name = p.Organisation!.Name })
            .ToListAsync(HttpContext.RequestAborted);
        if (entries.Count == 0) return NotFound();
        (Code, UnitName) = (code, entries[^1].Name);
        var latest = entries.GroupBy(e => e.FiscalYear).Select(g => g.MaxBy(e => e.Entry.Sequence)!.Id).ToList();
        var accounts = await published.Where(p => latest.Contains(p.Id)).Select(p => new { p.FiscalYear, p.AccountsJson })
            .ToDictionaryAsync(p => p.FiscalYear, p => StoredAccounts.Read(p.AccountsJson).Accounts, HttpContext.RequestAborted);
        var years = entries.GroupBy(e => e.FiscalYear)
            .Select(g => new UnitYear(g.Key, g.Select(e => e.Entry).ToList(), new AccountsFigures(accounts[g.Key]))).ToList();
        Years = years;
        Charts = DisclosureCharts.Years(years.Select(y => (y.Year, y.Figures.Accounts)).ToList());
        ViewData["Title"] = $"{UnitName} 历年公开的决算";
        return Page();
    }

    private static readonly MoneyFormat Yuan = new(AmountUnit.Yuan);

    /// <summary>A figure and its change from the year before, as the table shows them: “3,200.00” and “增加200.00元（增长6.67%）”.</summary>
    public (string Value, string? Change) Cell(int index, Func<AccountsFigures, Amount?> figure)
    {
        if (figure(Years[index].Figures) is not { } now) return ("—", null);
        if (index == 0 || figure(Years[index - 1].Figures) is not { } before) return (Yuan.Number(now), null);
        var difference = now - before;
        if (difference.IsZero) return (Yuan.Number(now), "持平");
        var up = difference.Yuan > 0;
        var rate = Percentage.Change(now, before) is { } change ? $"（{(up ? "增长" : "下降")}{Yuan.Percent(Percentage.FromPoints(Math.Abs(change.Points)))}）" : "";
        return (Yuan.Number(now), $"{(up ? "增加" : "减少")}{Yuan.Money(Amount.FromYuan(Math.Abs(difference.Yuan)))}{rate}");
    }
}
