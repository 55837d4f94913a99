using Juesuan.Amounts;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>一个年度的公开 — a unit's year as its page across years shows it: the unit's name then, the publications of the year, the latest one's figures by key.</summary>
public sealed record UnitYear(int Year, string Name, IReadOnlyList<PublicationEntry> Publications, IReadOnlyDictionary<string, PublishedLine> Lines);

/// <summary>
/// 历年公开 — a unit followed over the years: its key figures and the parts of “三公” year by year with each year's change,
/// on two charts (its scale, and the smaller figures people follow) and as a table, and every publication of each year,
/// corrections with their reasons, each linking to the disclosure as published. Read from the summaries alone.
/// </summary>
public sealed class UnitYearsModel(JuesuanDb db, PortalCache portal) : PageModel
{
    public string Code { get; private set; } = "";

    public string UnitName { get; private set; } = "";

    /// <summary>The years published, oldest first.</summary>
    public IReadOnlyList<UnitYear> Years { get; private set; } = [];

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    /// <summary>The rows of the table: the key figures, with the parts of “三公” under it.</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Rows =
    [
        .. KeyFigures.All.SelectMany(k => k.Key == "three"
            ? [("k:" + k.Key, k.Name), .. PublishedFigures.ThreePublicParts.Select(p => ("t:" + p.Key, "其中：" + p.Name))]
            : new[] { ("k:" + k.Key, k.Name) }),
    ];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var cancellation = HttpContext.RequestAborted;
        var years = await portal.GetAsync(db, ("unit", code), 16 * 1024, () => YearsAsync(code, cancellation), cancellation);
        if (years.Count == 0) return NotFound();
        (Code, UnitName, Years) = (code, years[^1].Name, years);
        Charts = DisclosureCharts.Years([.. Years.Select(y => (y.Year, y.Lines))]);
        ViewData["Title"] = $"{UnitName} 历年公开的决算";
        return Page();
    }

    /// <summary>A unit's years as published: every publication of each, the latest one's figures; none when it has published nothing.</summary>
    private async Task<IReadOnlyList<UnitYear>> YearsAsync(string code, CancellationToken cancellation)
    {
        var entries = await db.PublishedSummaries.AsNoTracking().Where(s => s.Code == code).OrderBy(s => s.FiscalYear).ThenBy(s => s.Sequence)
            .Select(s => new { s.PublicationId, s.FiscalYear, s.Latest, s.Name, Entry = new PublicationEntry(s.Sequence, s.Kind, s.PublishedAt, s.OriginalPublishedOn, s.AmendmentReason) })
            .ToListAsync(cancellation);
        var latest = entries.Where(e => e.Latest).Select(e => e.PublicationId).ToList();
        var lines = await PublishedFigures.ReadAsync(db, latest, cancellation);
        return [.. entries.GroupBy(e => e.FiscalYear).Where(g => g.Any(e => e.Latest)).Select(g => g.Single(e => e.Latest))
            .Select(e => new UnitYear(e.FiscalYear, e.Name, [.. entries.Where(x => x.FiscalYear == e.FiscalYear).Select(x => x.Entry)], lines[e.PublicationId]))];
    }

    private static readonly MoneyFormat Yuan = new(AmountUnit.Yuan);

    /// <summary>A figure and its change from the year before, as the table shows them: “3,200.00” and “增加200.00元（增长6.67%）”.</summary>
    public (string Value, string? Change) Cell(int index, string key)
    {
        if (!Years[index].Lines.TryGetValue(key, out var line)) return ("—", null);
        var now = Amount.FromYuan(line.Yuan);
        if (index == 0 || !Years[index - 1].Lines.TryGetValue(key, out var earlier)) return (Yuan.Number(now), null);
        var before = Amount.FromYuan(earlier.Yuan);
        var difference = now - before;
        if (difference.IsZero) return (Yuan.Number(now), "持平");
        var up = difference.Yuan > 0;
        var rate = Percentage.Change(now, before) is { } change ? $"（{(up ? "增长" : "下降")}{Yuan.Percent(Percentage.FromPoints(Math.Abs(change.Points)))}）" : "";
        return (Yuan.Number(now), $"{(up ? "增加" : "减少")}{Yuan.Money(Amount.FromYuan(Math.Abs(difference.Yuan)))}{rate}");
    }
}
