using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>The portal's front page: every published disclosure, by year and department, searchable by unit name or code.</summary>
public sealed class IndexModel(JuesuanDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    public IReadOnlyList<PublishedDisclosure> Disclosures { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = await PublishedList.LatestAsync(db, null, null, HttpContext.RequestAborted);
        Years = all.Select(d => d.FiscalYear).Distinct().OrderDescending().ToList();
        Departments = all.Select(d => d.Department).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var term = Q?.Trim();
        Disclosures = all
            .Where(d => Year is null || d.FiscalYear == Year)
            .Where(d => string.IsNullOrEmpty(Department) || d.Department == Department)
            .Where(d => string.IsNullOrEmpty(term) || d.Name.Contains(term, StringComparison.Ordinal) || d.Code.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (d.Department?.Contains(term, StringComparison.Ordinal) ?? false))
            .ToList();
    }
}
