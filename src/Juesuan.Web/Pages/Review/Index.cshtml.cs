using Juesuan.Data;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Review;

/// <summary>One unit's row on the reviewer's desk.</summary>
public sealed record DeskRow(Organisation Unit, string? Department, DisclosureCase? Case, DateOnly? Deadline, int? DaysLeft);

/// <summary>
/// 审核台 — the units within the reviewer's reach for a year, with status, deadline and finding counts;
/// filtered by status, department and name or code; those waiting for this reviewer first.
/// </summary>
public sealed class IndexModel(Scope scope, JuesuanDb db, DisclosureWorkflow workflow, CurrentSettings settings) : PageModel
{
    public IReadOnlyList<DeskRow> Rows { get; private set; } = [];

    public IReadOnlyList<Organisation> Departments { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public int? Department { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>The status the caller's role acts on: submitted for a department, department-approved (or approved) for the bureau.</summary>
    public IReadOnlyList<DisclosureStatus> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var caller = Caller.From(User)!;
        var reach = await scope.OrganisationsAsync(caller, HttpContext.RequestAborted);
        Departments = reach.Where(o => o.Kind == OrganisationKind.Department).ToList();
        // Each department with the reach of its subtree: a second-level unit belongs to the department above its unit.
        var subtrees = Departments.Select(d => (Department: d, Reach: Reach.Beneath(d))).ToList();
        Organisation? DepartmentOf(Organisation unit) => subtrees.FirstOrDefault(s => s.Reach.Covers(unit)).Department;
        var units = reach.Where(o => o.Kind == OrganisationKind.Unit).ToList();
        var ids = units.Select(u => u.Id).ToList();
        var cases = await db.DisclosureCases.AsNoTracking().Where(c => ids.Contains(c.OrganisationId)).ToListAsync(HttpContext.RequestAborted);
        Years = cases.Select(c => c.FiscalYear).Append(settings.FiscalYear).Distinct().OrderDescending().ToList();
        // The bureau's year when it has set one, else the latest year anyone has started.
        Year ??= settings.Settings?.FiscalYear ?? (cases.Count > 0 ? cases.Max(c => c.FiscalYear) : settings.FiscalYear);
        Waiting = workflow.Lifecycle.Waiting(caller.Role);
        var byUnit = cases.Where(c => c.FiscalYear == Year).ToDictionary(c => c.OrganisationId);
        var term = Q?.Trim();
        Rows = units
            .Where(u => Department is null || DepartmentOf(u)?.Id == Department)
            .Where(u => string.IsNullOrEmpty(term) || u.Name.Contains(term, StringComparison.Ordinal) || u.Code.Contains(term, StringComparison.OrdinalIgnoreCase))
            .Select(u =>
            {
                var c = byUnit.GetValueOrDefault(u.Id);
                return new DeskRow(u, DepartmentOf(u)?.Name, c, c is null ? null : workflow.Deadline(c), c is null ? null : workflow.DaysLeft(c));
            })
            .Where(r => string.IsNullOrEmpty(Status) || (Status == "none" ? r.Case is null : r.Case?.Status.ToString() == Status))
            .OrderBy(r => r.Case is { } c && Waiting.Contains(c.Status) ? 0 : 1).ThenBy(r => r.DaysLeft ?? int.MaxValue).ThenBy(r => r.Unit.Code, StringComparer.Ordinal)
            .ToList();
    }
}
