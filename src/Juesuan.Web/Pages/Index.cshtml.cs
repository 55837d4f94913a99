using System.Globalization;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>
/// The portal's front page: published disclosures found by unit name, code or department and narrowed by year, department,
/// region and kind (each with how many it holds), a page at a time from the server.
/// </summary>
public sealed class IndexModel(JuesuanDb db, PortalCache portal) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PortalFilter Filter { get; private set; } = new();

    public PortalPage Result { get; private set; } = new([], 0, 1, PublishedList.PageSize, [], [], [], []);

    public async Task OnGetAsync()
    {
        Filter = PortalFilter.From(Q, Year, Department, Region, Scope);
        var cancellation = HttpContext.RequestAborted;
        Result = await PublishedList.SearchAsync(db, portal, await portal.VersionAsync(db, cancellation), Filter, PageNumber, PublishedList.PageSize, cancellation);
    }

    /// <summary>The front page's address for a filter and page.</summary>
    public static string Link(PortalFilter filter, int page = 1) => "/" + Query(filter, page);

    /// <summary>A filter as a query string ("?q=…&amp;year=2021"), empty when there is nothing to say.</summary>
    public static string Query(PortalFilter filter, int page = 1)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("q", filter.Q);
        Add("year", filter.Year?.ToString(CultureInfo.InvariantCulture));
        Add("department", filter.Department);
        Add("region", filter.Region);
        Add("scope", filter.Scope is { } scope ? PublishedList.ScopeValue(scope) : null);
        if (page > 1) Add("page", page.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>The link that chooses a facet's value, or clears it when it is the one chosen.</summary>
    public string FacetLink(string facet, FacetValue value) => Link(facet switch
    {
        "year" => Filter with { Year = value.Chosen ? null : int.Parse(value.Value, CultureInfo.InvariantCulture) },
        "department" => Filter with { Department = value.Chosen ? null : value.Value },
        "region" => Filter with { Region = value.Chosen ? null : value.Value },
        _ => Filter with { Scope = value.Chosen ? null : PublishedList.ParseScope(value.Value) },
    });
}
