using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Performance;
using Juesuan.Pipeline;
using Microsoft.EntityFrameworkCore;
using Publication = Juesuan.Data.Publication;

namespace Juesuan.Web.Work;

/// <summary>
/// 单位当前数据 — a unit's case for a year with its current accounts (the approval date the workflow
/// recorded filled in) and, if any, its current self-evaluation file.
/// </summary>
public sealed record UnitCurrent(DisclosureCase Case, string AccountsJson, UnitAccounts Accounts, AccountsFileSettings Settings, PerformanceVersion? Performance)
{
    public PerformanceFile? PerformanceFile => Performance is null ? null : PerformanceReader.Read(Performance.Json, "stored").File;
}

/// <summary>
/// 单位数据 — what the API and the pages both read of a unit's year: the case, the current files, the
/// checks on them (by the bureau's rules) and the self-evaluation scores, all dated by the server's clock.
/// </summary>
public sealed class UnitData(JuesuanDb db, CurrentSettings settings, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>How the bureau publishes: every build and check of this request uses it.</summary>
    public PublishingSettings Publishing => settings.Publishing;

    public Task<DisclosureCase?> CaseAsync(int unitId, int year, CancellationToken cancellation) =>
        db.DisclosureCases.AsNoTracking().SingleOrDefaultAsync(c => c.OrganisationId == unitId && c.FiscalYear == year, cancellation);

    /// <summary>The current files, or null when the unit has saved no accounts for the year.</summary>
    public async Task<UnitCurrent?> CurrentAsync(int unitId, int year, CancellationToken cancellation)
    {
        var @case = await CaseAsync(unitId, year, cancellation);
        if (@case?.CurrentVersionId is not { } versionId) return null;
        var json = await db.AccountsVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Json).SingleAsync(cancellation);
        var (accounts, file) = StoredAccounts.Read(json);
        if (@case.ApprovalDate is { } approved && accounts.Publication.ApprovalDate is null)
            accounts = accounts with { Publication = accounts.Publication with { ApprovalDate = approved } };
        var performance = @case.CurrentPerformanceId is { } p ? await db.PerformanceVersions.AsNoTracking().SingleAsync(x => x.Id == p, cancellation) : null;
        return new UnitCurrent(@case, json, accounts, file, performance);
    }

    /// <summary>
    /// People's names for the sign-in names a history records (who saved, who acted); the sample's loader is
    /// named as the system, and a name no longer on file stays as recorded.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> PeopleAsync(IEnumerable<string> userNames, CancellationToken cancellation)
    {
        var names = userNames.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName, u => u.DisplayName, cancellation);
        return names.ToDictionary(n => n, n => found.GetValueOrDefault(n) ?? (n == SampleLoader.Actor ? SampleLoader.ActorName : n), StringComparer.Ordinal);
    }

    /// <summary>The latest publication of the unit's year before <paramref name="year"/>, which that year may start from; null when there is none.</summary>
    public Task<Publication?> LastYearAsync(int unitId, int year, CancellationToken cancellation) =>
        db.Publications.AsNoTracking().Where(p => p.OrganisationId == unitId && p.FiscalYear == year - 1)
            .OrderByDescending(p => p.Sequence).FirstOrDefaultAsync(cancellation);

    /// <summary>How many earlier years the reasons offered beside a reason come from.</summary>
    private const int ReasonYears = 5;

    /// <summary>
    /// 往年的原因说明 — the reasons the unit stated for each figure in its earlier years (the latest version of each year,
    /// at most <see cref="ReasonYears"/> back), newest first, each text once: offered beside the reason, never copied into it.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<(int Year, string Text)>>> EarlierReasonsAsync(int unitId, int year, CancellationToken cancellation)
    {
        var latest = await db.AccountsVersions.AsNoTracking().Where(v => v.OrganisationId == unitId && v.FiscalYear < year && v.FiscalYear >= year - ReasonYears)
            .GroupBy(v => v.FiscalYear).Select(g => g.Max(v => v.Id)).ToListAsync(cancellation);
        var files = await db.AccountsVersions.AsNoTracking().Where(v => latest.Contains(v.Id)).OrderByDescending(v => v.FiscalYear)
            .Select(v => new { v.FiscalYear, v.Json }).ToListAsync(cancellation);
        return files.SelectMany(f => StoredAccounts.Read(f.Json).Accounts.Reasons.Where(r => !string.IsNullOrWhiteSpace(r.Value))
                .Select(r => (r.Key, Year: f.FiscalYear, Text: r.Value.Trim())))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(int, string)>)g.DistinctBy(r => r.Text).Select(r => (r.Year, r.Text)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The current files built into the disclosure as it would be published today, and its checks.</summary>
    public PreparedDisclosure Prepare(UnitCurrent current) =>
        DisclosurePipeline.Prepare(current.Accounts, current.Settings, Publishing, Today, current.PerformanceFile);

    /// <summary>Each evaluation's score and the performance checks on it (against the accounts' projects).</summary>
    public IReadOnlyList<CheckedEvaluation> Score(PerformanceFile file, UnitAccounts? accounts) =>
        PerformanceRules.ScoreAndCheck(file, accounts, Today);
}
