using System.Globalization;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>
/// 汇总 — a department's or a region's published disclosures of a year added up: the key figures, expenditure by function
/// and economic class, “三公” unit by unit and budgets' execution, ranked where a ranking informs; every figure links to the
/// units behind it. 部门决算 already consolidate their units, so they are totalled apart from 单位决算, never with them.
/// Computed once per portal version (<see cref="PortalCache"/>) and kept.
/// </summary>
public sealed class TotalsModel(JuesuanDb db, PortalCache portal) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }

    /// <summary>A line whose units are listed ("f:201"); null for the whole page.</summary>
    [BindProperty(SupportsGet = true)] public string? Line { get; set; }

    /// <summary>What is totalled, as the heading says it: "市科学技术协会" or "普陀区".</summary>
    public string Subject { get; private set; } = "";

    public DisclosureKind Kind { get; private set; } = DisclosureKind.Unit;

    /// <summary>The years and kinds this department or region has published, to move between.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<DisclosureKind> Kinds { get; private set; } = [];

    public PortalTotals Totals { get; private set; } = new([]);

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public static readonly MoneyFormat Yuan = new(AmountUnit.Yuan);

    /// <summary>How many units the rankings list; the rest are in the download.</summary>
    public const int Ranked = 20;

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellation = HttpContext.RequestAborted;
        var department = string.IsNullOrWhiteSpace(Department) ? null : Department.Trim();
        var region = department is null && !string.IsNullOrWhiteSpace(Region) ? Region.Trim() : null;
        if (department is null && region is null) return NotFound();
        Subject = department ?? region!;
        var scope = new PortalFilter(Department: department, Region: region);
        var version = await portal.VersionAsync(db, cancellation);
        var all = await PublishedList.AllAsync(db, portal, version, cancellation);
        var offered = PublishedList.Matching(all, scope).Select(d => (d.FiscalYear, d.Scope)).Distinct().ToList();
        if (offered.Count == 0) return NotFound();
        Years = [.. offered.Select(o => o.FiscalYear).Distinct().OrderDescending()];
        var year = Year is { } asked && Years.Contains(asked) ? asked : Years[0];
        Year = year;
        Kinds = [.. offered.Where(o => o.FiscalYear == year).Select(o => o.Scope).Distinct().Order()];
        Kind = PublishedList.ParseScope(Scope) is { } kind && Kinds.Contains(kind) ? kind : Kinds.Contains(DisclosureKind.Unit) ? DisclosureKind.Unit : Kinds[0];

        var filter = scope with { Year = year, Scope = Kind };
        Totals = await portal.GetAsync(version, ("totals", filter), 1024 * 1024, async () =>
        {
            var disclosures = PublishedList.Matching(all, filter).ToList();
            var ids = disclosures.Select(d => d.PublicationId).ToList();
            var lines = await PublishedFigures.ReadAsync(db, ids, cancellation);
            return new PortalTotals([.. disclosures.Select(d => new TotalledDisclosure(d, lines[d.PublicationId]))]);
        });
        Charts =
        [
            DisclosureCharts.Parts("totals-function", "本年支出按功能分类（类）", "本年支出", Totals.ByFunction.Select(l => (l.Label, l.Yuan))),
            DisclosureCharts.Parts("totals-three", $"“三公”经费支出（前{Math.Min(Ranked, Totals.ThreePublic.Count)}个单位）", "“三公”经费支出",
                Totals.ThreePublic.Take(Ranked).Select(t => (t.Disclosure.Name, t.Total))),
        ];
        ViewData["Title"] = $"{Subject} {year}年度{PublishedList.ScopeName(Kind)}汇总";
        return Page();
    }

    /// <summary>This page with other conditions: another year, kind or line.</summary>
    public string Link(int? year = null, DisclosureKind? kind = null, string? line = null)
    {
        var parts = new List<string>
        {
            Department is { Length: > 0 } d ? "department=" + Uri.EscapeDataString(d) : "region=" + Uri.EscapeDataString(Region ?? ""),
            "year=" + (year ?? Year)!.Value.ToString(CultureInfo.InvariantCulture),
            "scope=" + PublishedList.ScopeValue(kind ?? Kind),
        };
        if (line is not null) parts.Add("line=" + Uri.EscapeDataString(line));
        return "/totals?" + string.Join("&", parts);
    }

    public static string Rate(Percentage? rate) => rate is { } r ? Yuan.Percent(r) : "—";

    public static string Money(decimal yuan) => Yuan.Number(Amount.FromYuan(yuan));
}
