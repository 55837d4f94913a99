using System.Text.Json;
using Juesuan.DocumentModel;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 财政局载入的披露模板 (stored) — one version of a template file a bureau loaded, kept as loaded and never changed:
/// a publication names the version it was made with by its hash, so it is rebuilt with that version whatever is
/// loaded later. Of the versions with the same id and first year, the latest loaded is in force.
/// </summary>
public sealed class OwnTemplate
{
    public long Id { get; set; }

    /// <summary>The bureau that loaded it.</summary>
    public int OrganisationId { get; set; }

    /// <summary>The template's id, as accounts and the settings name it.</summary>
    public required string TemplateId { get; set; }

    public required string Name { get; set; }

    public int FromYear { get; set; }

    public int? ToYear { get; set; }

    /// <summary>The file's text, exactly as loaded.</summary>
    public required string Json { get; set; }

    /// <summary>SHA-256 of <see cref="Json"/>.</summary>
    public required string Hash { get; set; }

    public required string FileName { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }

    /// <summary>The template itself (the file was checked when it was loaded).</summary>
    public DisclosureTemplate Template() => DisclosureTemplate.Parse(Json, FileName);
}

/// <summary>模板的年度选用 — the template a bureau chose for the files of a fiscal year that name none.</summary>
public sealed class TemplateChoice
{
    public int OrganisationId { get; set; }

    public int FiscalYear { get; set; }

    public required string TemplateId { get; set; }

    public DateTimeOffset ChosenAt { get; set; }

    public required string ChosenBy { get; set; }
}

/// <summary>
/// 模板存取 — the templates the root bureau loaded and the template it chose for each fiscal year: loading a file
/// (checked, kept as loaded, optionally chosen for a year) and choosing, each saved with its audit entry in one
/// transaction, and moving the bureau's template version on so that every node reads them afresh.
/// </summary>
public sealed class TemplateStore(JuesuanDb db, TimeProvider clock)
{
    private int? RootBureau() => new SettingsStore(db, clock).RootBureau.Cast<int?>().FirstOrDefault();

    /// <summary>Every version the root bureau loaded, the latest first.</summary>
    public IReadOnlyList<OwnTemplate> Loaded()
    {
        var bureau = RootBureau();
        return db.OwnTemplates.AsNoTracking().Where(t => t.OrganisationId == bureau).OrderByDescending(t => t.Id).ToList();
    }

    /// <summary>The versions in force: of each id and first year, the latest loaded.</summary>
    public IReadOnlyList<DisclosureTemplate> InForce() => Loaded()
        .GroupBy(t => (t.TemplateId, t.FromYear)).Select(g => g.First().Template()).ToList();

    /// <summary>The template chosen for each fiscal year.</summary>
    public IReadOnlyDictionary<int, string> Choices()
    {
        var bureau = RootBureau();
        return db.TemplateChoices.AsNoTracking().Where(c => c.OrganisationId == bureau).ToDictionary(c => c.FiscalYear, c => c.TemplateId);
    }

    /// <summary>The version a publication was made with, by its hash; null when it is not one the bureau loaded (a shipped one).</summary>
    public DisclosureTemplate? ByHash(string hash) =>
        db.OwnTemplates.AsNoTracking().Where(t => t.Hash == hash).OrderBy(t => t.Id).FirstOrDefault()?.Template();

    /// <summary>
    /// Keeps a checked template file (a file loaded before is kept once) and, with a year, chooses it for that year; audited.
    /// </summary>
    public async Task LoadAsync(int bureauId, DisclosureTemplate template, string json, string fileName, int? chooseFor, string actor,
        CancellationToken cancellation = default)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        var known = await db.OwnTemplates.AnyAsync(t => t.OrganisationId == bureauId && t.Hash == template.Hash, cancellation);
        if (!known)
            db.OwnTemplates.Add(new OwnTemplate
            {
                OrganisationId = bureauId, TemplateId = template.Id, Name = template.Name, FromYear = template.FromYear, ToYear = template.ToYear,
                Json = json, Hash = template.Hash, FileName = fileName, LoadedAt = now, LoadedBy = actor,
            });
        await ChangedAsync(bureauId, actor, now, cancellation);
        await db.SaveChangesAsync(cancellation);
        AuditTrail.Record(db, now, actor, "template.load", JsonSerializer.Serialize(new
        {
            id = template.Id, name = template.Name, fromYear = template.FromYear, toYear = template.ToYear, file = fileName, hash = template.Hash, loadedBefore = known,
        }, JsonChanges.Options), bureauId, chooseFor);
        await db.SaveChangesAsync(cancellation);
        if (chooseFor is { } year) await ChooseInTransactionAsync(bureauId, year, template.Id, actor, now, cancellation);
        await transaction.CommitAsync(cancellation);
    }

    /// <summary>Chooses the template of a fiscal year's files that name none; null returns the year to the bureau's template. Audited.</summary>
    public async Task ChooseAsync(int bureauId, int fiscalYear, string? templateId, string actor, CancellationToken cancellation = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await ChooseInTransactionAsync(bureauId, fiscalYear, templateId, actor, clock.GetUtcNow(), cancellation);
        await transaction.CommitAsync(cancellation);
    }

    private async Task ChooseInTransactionAsync(int bureauId, int fiscalYear, string? templateId, string actor, DateTimeOffset now, CancellationToken cancellation)
    {
        var choice = await db.TemplateChoices.SingleOrDefaultAsync(c => c.OrganisationId == bureauId && c.FiscalYear == fiscalYear, cancellation);
        var before = choice?.TemplateId;
        if (before == templateId) return;
        if (templateId is null) db.TemplateChoices.Remove(choice!);
        else if (choice is null) db.TemplateChoices.Add(new TemplateChoice { OrganisationId = bureauId, FiscalYear = fiscalYear, TemplateId = templateId, ChosenAt = now, ChosenBy = actor });
        else (choice.TemplateId, choice.ChosenAt, choice.ChosenBy) = (templateId, now, actor);
        await ChangedAsync(bureauId, actor, now, cancellation);
        await db.SaveChangesAsync(cancellation);
        AuditTrail.Record(db, now, actor, "template.choose", JsonSerializer.Serialize(new { fiscalYear, before, after = templateId }, JsonChanges.Options), bureauId, fiscalYear);
        await db.SaveChangesAsync(cancellation);
    }

    /// <summary>Moves the bureau's template version on, so that every node reads its templates afresh on the next request.</summary>
    private async Task ChangedAsync(int bureauId, string actor, DateTimeOffset now, CancellationToken cancellation) =>
        (await BureauSettings.OfAsync(db, bureauId, actor, now, cancellation)).TemplatesVersion++;
}
