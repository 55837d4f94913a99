using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.DocumentModel;
using Juesuan.Pipeline;
using Microsoft.Extensions.Caching.Memory;

namespace Juesuan.Web.Work;

/// <summary>
/// 当前设置 — the bureau's settings as one request sees them: the rules every check of the request runs
/// (kept parsed per settings version, so a change applies on the next request on every node), the
/// template variant, the catalogue editions it loaded (kept built per load, likewise) and the fiscal year being prepared.
/// </summary>
public sealed class CurrentSettings(JuesuanDb db, TimeProvider clock, IMemoryCache cache)
{
    private readonly Lazy<BureauSettings?> settings = new(() => new SettingsStore(db, clock).Current());

    public BureauSettings? Settings => settings.Value;

    /// <summary>The fiscal year being prepared: the bureau's, or last calendar year.</summary>
    public int FiscalYear => Settings?.FiscalYear ?? clock.GetLocalNow().Year - 1;

    /// <summary>The template of accounts that name none; null for the default.</summary>
    public string? Template => Settings?.Template;

    public RuleCatalogue Rules => Settings?.CheckConfig is not { } config
        ? RuleCatalogue.Builtin
        : cache.GetOrCreate(("rules", Settings.OrganisationId, Settings.UpdatedAt), entry =>
        {
            entry.Size = config.Length;
            return SettingsStore.Rules(config).Catalogue ?? RuleCatalogue.Builtin;
        })!;

    /// <summary>The editions codes are read and checked against: the shipped ones with those the bureau loaded.</summary>
    public CatalogEditions Catalogs => Settings is not { CatalogsVersion: > 0 } settings
        ? CatalogEditions.Shipped
        : cache.GetOrCreate(("catalogs", settings.OrganisationId, settings.CatalogsVersion), entry =>
        {
            entry.Size = 1_000_000;
            return new CatalogStore(db, clock).Editions();
        })!;

    /// <summary>The templates the bureau loaded (the versions in force) and the one it chose for each year, kept per template version.</summary>
    public (IReadOnlyList<DisclosureTemplate> Own, IReadOnlyDictionary<int, string> ByYear) Templates => Settings is not { TemplatesVersion: > 0 } settings
        ? ([], new Dictionary<int, string>())
        : cache.GetOrCreate(("templates", settings.OrganisationId, settings.TemplatesVersion), entry =>
        {
            entry.Size = 1_000_000;
            var store = new TemplateStore(db, clock);
            return (store.InForce(), store.Choices());
        });

    /// <summary>Every template the bureau may choose, by id with the name of its latest version: its own, and the built-in ones it did not replace.</summary>
    public IReadOnlyList<(string Id, string Name, string Source)> ChoosableTemplates =>
        DisclosureTemplate.All.Select(t => (t.Id, t.Name, FromYear: t.FromYear, Source: "内置"))
            .Concat(Templates.Own.Select(t => (t.Id, t.Name, FromYear: t.FromYear, Source: "财政局载入")))
            .GroupBy(t => t.Id).Select(g => g.OrderBy(t => t.Source == "财政局载入").ThenBy(t => t.FromYear).Last())
            .OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => (t.Id, t.Name, t.Source)).ToList();

    /// <summary>How this bureau publishes: its templates, its rules and its editions, for every build and check of a request.</summary>
    public PublishingSettings Publishing => publishing ??= new(Template, Rules, Templates.Own, Catalogs, Templates.ByYear);

    private PublishingSettings? publishing;
}
