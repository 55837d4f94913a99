using Juesuan.Checks;
using Juesuan.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Juesuan.Web.Work;

/// <summary>
/// 当前设置 — the bureau's settings as one request sees them: the rules every check of the request runs
/// (kept parsed per settings version, so a change applies on the next request on every node), the
/// template variant and the fiscal year being prepared.
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

    /// <summary>The renderer publications are made with: the shipped one, with the bureau's template.</summary>
    public DisclosureRenderer Renderer => (accounts, file, performance, checks) => Publishing.DisclosureRendering.Render(accounts, For(file), performance, checks);

    /// <summary>A file's own settings, with the bureau's template where the file names none.</summary>
    public Accounts.AccountsFileSettings For(Accounts.AccountsFileSettings file) =>
        file.Template is null && Template is not null ? file with { Template = Template } : file;
}
