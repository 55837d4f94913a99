using System.Text.Json;
using Juesuan.Data;
using Juesuan.Performance;
using Juesuan.Web.Publishing;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juesuan.Web.Pages;

/// <summary>One publication as the list of publications shows it.</summary>
public sealed record PublicationEntry(int Sequence, PublicationKind Kind, DateTimeOffset PublishedAt, DateOnly? OriginalPublishedOn, string? AmendmentReason)
{
    public string PublishedOnText => Publication.PublishedOnText(Kind, PublishedAt, OriginalPublishedOn);
}

/// <summary>
/// 公开页面 — one published disclosure: when it was approved and published (a historical one labelled so, with
/// where it came from), its check summary and its self-evaluations' checks, its charts,
/// downloads in every format, every publication with what each amendment changed and why, and the
/// disclosure itself exactly as published.
/// </summary>
public sealed class DisclosureModel(JuesuanDb db, DisclosureRendering rendering, CurrentSettings settings, IOptions<ServerOptions> options) : PageModel
{
    public IReadOnlyList<PublicationEntry> Publications { get; private set; } = [];

    public Publication Shown { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public string Code { get; private set; } = "";

    public int Year { get; private set; }

    public int RulesRun { get; private set; }

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    /// <summary>The self-evaluations published with it, scored and checked against its accounts as of its publication.</summary>
    public IReadOnlyList<CheckedEvaluation> Evaluations { get; private set; } = [];

    public bool Historical => Shown.Kind == PublicationKind.Historical;

    /// <summary>What the shown publication changed from the one before it (for an amendment).</summary>
    public IReadOnlyList<JsonChange>? Changes { get; private set; }

    public DateOnly? Deadline => Shown.ApprovalDate?.AddDays(options.Value.PublicationDays);

    public string Api => Juesuan.Web.Api.PublicApi.DisclosureUrl(Code, Year);

    public async Task<IActionResult> OnGetAsync(string code, int year, int? sequence)
    {
        // The list is read without the frozen texts; only the publication shown (and, for an amendment, the accounts it corrected) is read whole.
        var published = db.Publications.AsNoTracking().Where(p => p.Organisation!.Code == code && p.FiscalYear == year);
        Publications = await published.OrderBy(p => p.Sequence)
            .Select(p => new PublicationEntry(p.Sequence, p.Kind, p.PublishedAt, p.OriginalPublishedOn, p.AmendmentReason)).ToListAsync(HttpContext.RequestAborted);
        if (Publications.Count == 0) return NotFound();
        var shown = sequence ?? Publications[^1].Sequence;
        if (await published.Include(p => p.Organisation).SingleOrDefaultAsync(p => p.Sequence == shown, HttpContext.RequestAborted) is not { } publication)
            return NotFound();
        Shown = publication;
        (Code, Year, UnitName) = (code, year, Shown.Organisation!.Name);
        using (var checks = JsonDocument.Parse(Shown.ChecksJson))
            RulesRun = checks.RootElement.TryGetProperty("rulesRun", out var run) ? run.GetInt32() : 0;
        Charts = rendering.Charts(Shown, settings.Catalogs);
        Evaluations = rendering.Evaluations(Shown);
        if (Shown.Sequence > 1 && await published.Where(p => p.Sequence == Shown.Sequence - 1).Select(p => p.AccountsJson)
                .SingleOrDefaultAsync(HttpContext.RequestAborted) is { } before)
            Changes = JsonChanges.Between(before, Shown.AccountsJson);
        ViewData["Title"] = $"{UnitName} {year}年度决算";
        return Page();
    }
}
