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

    public ShownPublication Shown { get; private set; } = null!;

    public string UnitName => Shown.UnitName;

    public string Code { get; private set; } = "";

    public int Year { get; private set; }

    public int RulesRun => Shown.RulesRun;

    public IReadOnlyList<Chart> Charts => Shown.Charts;

    /// <summary>The self-evaluations published with it, scored and checked against its accounts as of its publication.</summary>
    public IReadOnlyList<CheckedEvaluation> Evaluations => Shown.Evaluations;

    public bool Historical => Shown.Kind == PublicationKind.Historical;

    /// <summary>What the shown publication changed from the one before it (for an amendment).</summary>
    public IReadOnlyList<JsonChange>? Changes => Shown.Changes;

    public DateOnly? Deadline => Shown.ApprovalDate?.AddDays(options.Value.PublicationDays);

    public string Api => Juesuan.Web.Api.PublicApi.DisclosureUrl(Code, Year);

    public async Task<IActionResult> OnGetAsync(string code, int year, int? sequence)
    {
        // The list comes from the summaries; the publication shown is worked out once and kept, never read for its document JSON.
        var entries = await db.PublishedSummaries.AsNoTracking().Where(s => s.Code == code && s.FiscalYear == year).OrderBy(s => s.Sequence)
            .Select(s => new { s.PublicationId, Entry = new PublicationEntry(s.Sequence, s.Kind, s.PublishedAt, s.OriginalPublishedOn, s.AmendmentReason) })
            .ToListAsync(HttpContext.RequestAborted);
        if (entries.Count == 0) return NotFound();
        Publications = [.. entries.Select(e => e.Entry)];
        var shown = sequence ?? Publications[^1].Sequence;
        if (entries.FirstOrDefault(e => e.Entry.Sequence == shown) is not { } found) return NotFound();
        Shown = await rendering.PageAsync(db, found.PublicationId, settings.Catalogs, HttpContext.RequestAborted);
        (Code, Year) = (code, year);
        ViewData["Title"] = $"{UnitName} {year}年度决算";
        return Page();
    }
}
