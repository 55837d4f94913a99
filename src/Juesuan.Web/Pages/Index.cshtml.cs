using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>The portal's front page: every published disclosure, searchable by unit name or code.</summary>
public sealed class IndexModel(JuesuanDb db) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<PublishedDisclosure> Disclosures { get; private set; } = [];

    public async Task OnGetAsync(string? q)
    {
        Query = q;
        Disclosures = await PublishedList.LatestAsync(db, null, q, HttpContext.RequestAborted);
    }
}
