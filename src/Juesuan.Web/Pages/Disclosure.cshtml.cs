using System.Text.Json;
using Juesuan.Data;
using Juesuan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juesuan.Web.Pages;

/// <summary>
/// 公开页面 — one published disclosure: when it was approved and published, its check summary, its charts,
/// downloads in every format, every publication with what each amendment changed and why, and the
/// disclosure itself exactly as published.
/// </summary>
public sealed class DisclosureModel(JuesuanDb db, IOptions<ServerOptions> options) : PageModel
{
    public IReadOnlyList<Publication> Publications { get; private set; } = [];

    public Publication Shown { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public string Code { get; private set; } = "";

    public int Year { get; private set; }

    public int RulesRun { get; private set; }

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    /// <summary>What the shown publication changed from the one before it (for an amendment).</summary>
    public IReadOnlyList<JsonChange>? Changes { get; private set; }

    public DateOnly? Deadline => Shown.ApprovalDate?.AddDays(options.Value.PublicationDays);

    public string Api => Juesuan.Web.Api.PublicApi.DisclosureUrl(Code, Year);

    public async Task<IActionResult> OnGetAsync(string code, int year, int? sequence)
    {
        Publications = await db.Publications.AsNoTracking().Include(p => p.Organisation)
            .Where(p => p.Organisation!.Code == code && p.FiscalYear == year).OrderBy(p => p.Sequence).ToListAsync(HttpContext.RequestAborted);
        if (Publications.Count == 0) return NotFound();
        Shown = sequence is { } s ? Publications.FirstOrDefault(p => p.Sequence == s)! : Publications[^1];
        if (Shown is null) return NotFound();
        (Code, Year, UnitName) = (code, year, Shown.Organisation!.Name);
        using (var checks = JsonDocument.Parse(Shown.ChecksJson))
            RulesRun = checks.RootElement.TryGetProperty("rulesRun", out var run) ? run.GetInt32() : 0;
        Charts = DisclosureCharts.For(StoredAccounts.Read(Shown.AccountsJson).Accounts);
        if (Shown.Sequence > 1 && Publications.FirstOrDefault(p => p.Sequence == Shown.Sequence - 1) is { } before)
            Changes = JsonChanges.Between(before.AccountsJson, Shown.AccountsJson);
        ViewData["Title"] = $"{UnitName} {year}年度决算";
        return Page();
    }
}
