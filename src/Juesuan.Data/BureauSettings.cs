using System.Text.Json;
using Juesuan.Checks;
using Juesuan.Errors;
using Juesuan.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 财政局设置 — what a finance bureau decides for the disclosures under it: the fiscal year now being
/// prepared, the disclosure template variant, and its check configuration (rules enabled, severities and
/// thresholds, as a <c>juesuan.check-config/1</c> file; docs/rules.md).
/// </summary>
public sealed class BureauSettings
{
    /// <summary>The bureau (an organisation of kind Bureau).</summary>
    public int OrganisationId { get; set; }

    /// <summary>当前决算年度; null: last calendar year.</summary>
    public int? FiscalYear { get; set; }

    /// <summary>公开文本模板 for accounts that name none; null: the default template.</summary>
    public string? Template { get; set; }

    /// <summary>检查配置 (JSON); null: the rules as shipped.</summary>
    public string? CheckConfig { get; set; }

    /// <summary>
    /// Counts the catalogue editions loaded or withdrawn (<see cref="CatalogStore"/>): 0 while none was ever loaded, so a
    /// request reads the loaded catalogues only when there are any, and keeps them built per version.
    /// </summary>
    public int CatalogsVersion { get; set; }

    /// <summary>Counts the templates loaded and chosen (<see cref="TemplateStore"/>), likewise: 0 while none was.</summary>
    public int TemplatesVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    /// <summary>A bureau's settings, tracked, added (with nothing set) where it has none yet: for moving a version on.</summary>
    internal static async Task<BureauSettings> OfAsync(JuesuanDb db, int bureauId, string actor, DateTimeOffset now, CancellationToken cancellation)
    {
        var settings = await db.BureauSettings.SingleOrDefaultAsync(s => s.OrganisationId == bureauId, cancellation);
        if (settings is not null) return settings;
        settings = new BureauSettings { OrganisationId = bureauId, UpdatedBy = actor, UpdatedAt = now };
        db.BureauSettings.Add(settings);
        return settings;
    }
}

/// <summary>
/// 设置存取 — reads the settings that apply (the bureau at the root of the tree) and saves a bureau's,
/// refusing a check configuration the rule catalogue does not accept; each save is audited with its changes.
/// </summary>
public sealed class SettingsStore(JuesuanDb db, TimeProvider clock)
{
    /// <summary>The bureau at the root of the tree, whose settings are in force.</summary>
    public IQueryable<int> RootBureau =>
        db.Organisations.Where(o => o.Kind == OrganisationKind.Bureau && o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id);

    /// <summary>The settings in force: the root bureau's, or none (read once per request, hence synchronously).</summary>
    public BureauSettings? Current() =>
        db.BureauSettings.AsNoTracking().SingleOrDefault(s => s.OrganisationId == RootBureau.FirstOrDefault());

    /// <summary>How the bureau publishes, read afresh: its templates, its rules and its editions (the web keeps them cached per version).</summary>
    public PublishingSettings Publishing()
    {
        var current = Current();
        var templates = new TemplateStore(db, clock);
        return new PublishingSettings(current?.Template, Rules(current?.CheckConfig).Catalogue ?? RuleCatalogue.Builtin, templates.InForce(),
            new CatalogStore(db, clock).Editions(), templates.Choices());
    }

    /// <summary>The rules with a settings' check configuration applied (the shipped ones when there is none).</summary>
    public static RuleCatalogueResult Rules(string? checkConfig) =>
        checkConfig is null ? new RuleCatalogueResult(RuleCatalogue.Builtin, []) : RuleCatalogue.Load(config: (checkConfig, "检查配置"));

    /// <summary>Saves a bureau's settings; the errors of a check configuration that cannot be used, or none.</summary>
    public async Task<IReadOnlyList<FileError>> SaveAsync(int bureauId, int? fiscalYear, string? template, string? checkConfig, string actor,
        CancellationToken cancellation = default)
    {
        var errors = Rules(checkConfig).Errors;
        if (errors.Count > 0) return errors;
        var settings = await db.BureauSettings.SingleOrDefaultAsync(s => s.OrganisationId == bureauId, cancellation);
        var before = settings is null ? null : JsonSerializer.Serialize(new { settings.FiscalYear, settings.Template, settings.CheckConfig }, JsonChanges.Options);
        if (settings is null)
        {
            settings = new BureauSettings { OrganisationId = bureauId, UpdatedBy = actor };
            db.BureauSettings.Add(settings);
        }
        (settings.FiscalYear, settings.Template, settings.CheckConfig) = (fiscalYear, template, checkConfig);
        (settings.UpdatedAt, settings.UpdatedBy) = (clock.GetUtcNow(), actor);
        var after = JsonSerializer.Serialize(new { fiscalYear, template, checkConfig }, JsonChanges.Options);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.SaveChangesAsync(cancellation);
        AuditTrail.Record(db, settings.UpdatedAt, actor, "settings.save", JsonChanges.AsDetail(JsonChanges.Between(before, after)), bureauId);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return [];
    }
}
