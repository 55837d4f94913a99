using Juesuan.Data;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Work;

/// <summary>填报工作台 — the units a preparer fills in, each with its years and their status; a new year starts from here.</summary>
public sealed class IndexModel(Scope scope, JuesuanDb db, DisclosureWorkflow workflow, CurrentSettings settings) : PageModel
{
    public IReadOnlyList<(Organisation Unit, IReadOnlyList<DisclosureCase> Cases)> Units { get; private set; } = [];

    /// <summary>The fiscal year whose final accounts are prepared now (the bureau's setting).</summary>
    public int NewYear { get; private set; }

    public DisclosureWorkflow Workflow => workflow;

    /// <summary>The form for another year lands here and goes on to that year's page.</summary>
    public IActionResult OnGetStart(string code, int year) => Redirect($"/work/{Uri.EscapeDataString(code)}/{year}");

    public async Task OnGetAsync()
    {
        var caller = Caller.From(User)!;
        NewYear = settings.FiscalYear;
        var units = (await scope.OrganisationsAsync(caller, HttpContext.RequestAborted)).Where(o => o.Kind == OrganisationKind.Unit).ToList();
        var ids = units.Select(u => u.Id).ToList();
        var cases = await db.DisclosureCases.AsNoTracking().Where(c => ids.Contains(c.OrganisationId)).ToListAsync(HttpContext.RequestAborted);
        var byUnit = cases.ToLookup(c => c.OrganisationId);
        Units = units.Select(u => (u, (IReadOnlyList<DisclosureCase>)byUnit[u.Id].OrderByDescending(c => c.FiscalYear).ToList())).ToList();
    }
}
