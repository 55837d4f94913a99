using System.Text.Json;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Errors;
using Juesuan.Performance;
using Juesuan.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>What became of a save: the version saved, or why nothing was saved.</summary>
public abstract record SaveOutcome
{
    /// <summary>Saved as this version; the case is now at <paramref name="Revision"/>.</summary>
    public sealed record Saved(AccountsVersion Version, int Revision) : SaveOutcome;

    /// <summary>A self-evaluation saved as this version; the case is now at <paramref name="Revision"/>.</summary>
    public sealed record Performance(PerformanceVersion Version, int Revision) : SaveOutcome;

    /// <summary>Nothing saved, as asked: what saving would change, and what the checks would then find.</summary>
    public sealed record Previewed(IReadOnlyList<JsonChange> Changes, CheckReport Report) : SaveOutcome;

    /// <summary>The file has errors (each with its path); nothing was saved.</summary>
    public sealed record Invalid(IReadOnlyList<FileError> Errors) : SaveOutcome;

    /// <summary>Someone saved in between: the case is at <paramref name="CurrentRevision"/>, not the revision the edit started from.</summary>
    public sealed record Conflict(int CurrentRevision) : SaveOutcome;

    /// <summary>The disclosure is not open for editing (submitted, approved or published), in Chinese.</summary>
    public sealed record Locked(string Reason) : SaveOutcome;
}

/// <summary>
/// 决算数据存取 — saves a unit's accounts (and its self-evaluations) as a new version (all or nothing: a
/// file with any error saves nothing), guards against concurrent edits, keeps the finding counts of the
/// current version for lists, and records every save in the audit trail with the values it changed.
/// </summary>
public sealed class AccountsStore(JuesuanDb db, TimeProvider clock, PublishingSettings? settings = null)
{
    /// <summary>The editions files saved here are read against: the bureau's.</summary>
    public Catalog.CatalogEditions Catalogs => (settings ?? PublishingSettings.Shipped).Editions;

    /// <summary>
    /// Saves accounts JSON for a unit. <paramref name="expectedRevision"/> is the case revision the edit
    /// started from (null to create the first version, or for an import that replaces whatever is there);
    /// <paramref name="fiscalYear"/>, when given, is the year the file must be for.
    /// </summary>
    public Task<SaveOutcome> SaveAsync(int unitId, string json, string fileName, string actor, int? expectedRevision, string? note = null,
        int? fiscalYear = null, CancellationToken cancellation = default) =>
        SaveAsync(unitId, AccountsReader.Read(json, fileName, catalogs: Catalogs), fileName, actor, expectedRevision, note, fiscalYear, cancellation);

    /// <summary>Saves accounts already read (from JSON or a workbook), as the JSON overload does.</summary>
    public async Task<SaveOutcome> SaveAsync(int unitId, AccountsReadResult read, string fileName, string actor, int? expectedRevision, string? note = null,
        int? fiscalYear = null, CancellationToken cancellation = default)
    {
        if (read.Accounts is not { } accounts) return new SaveOutcome.Invalid(read.Errors);
        if (fiscalYear is { } year && accounts.FiscalYear != year) return WrongYear(fileName, accounts.FiscalYear, year);
        var (unit, @case, refused) = await OpenForEditAsync(unitId, accounts.FiscalYear, fileName, expectedRevision, cancellation);
        if (refused is not null) return refused;
        if (WrongUnit(accounts, unit!, fileName) is { } wrongUnit) return wrongUnit;

        var previous = @case.CurrentVersionId is { } currentId ? await db.AccountsVersions.FindAsync([currentId], cancellation) : null;
        var normalised = AccountsWriter.Write(accounts, read.Settings);
        var figures = new AccountsFigures(accounts);
        var version = new AccountsVersion
        {
            OrganisationId = unitId,
            FiscalYear = accounts.FiscalYear,
            Number = (previous?.Number ?? 0) + 1,
            Json = normalised,
            TotalIncome = figures.TotalIncome.Yuan,
            CurrentYearExpenditure = figures.CurrentYearExpenditure.Yuan,
            SavedAt = clock.GetUtcNow(),
            SavedBy = actor,
            Note = note,
        };
        var report = Check(accounts, read.Settings);
        @case.Blocking = report.Count(Severity.Blocking);
        @case.Warnings = report.Count(Severity.Warning);
        db.AccountsVersions.Add(version);
        var changes = JsonChanges.Between(previous?.Json, normalised);
        // A value changed is no longer the one carried over from last year: it needs no more checking.
        if (@case.CarriedOver is not null)
            @case.CarriedOver = Data.CarriedOver.Write(Data.CarriedOver.Without(Data.CarriedOver.Read(@case.CarriedOver), changes.Select(c => c.Path[2..])));
        var saved = await CommitAsync(@case, version.SavedAt, actor, "accounts.save", JsonChanges.AsDetail(changes),
            () => { @case.CurrentVersionId = version.Id; return version.Id; }, cancellation);
        return saved ?? new SaveOutcome.Saved(version, @case.Revision);
    }

    /// <summary>
    /// 沿用上年 — saves a new year's first version, started from last year's publication (<paramref name="source"/>),
    /// with every value it carried over marked as not yet checked.
    /// </summary>
    public async Task<SaveOutcome> StartFromLastYearAsync(int unitId, string json, string source, string actor, int fiscalYear, CancellationToken cancellation = default)
    {
        var outcome = await SaveAsync(unitId, json, source, actor, null, $"从{source}开始：沿用单位概况，上年数取自其决算数", fiscalYear, cancellation);
        if (outcome is not SaveOutcome.Saved saved) return outcome;
        var @case = await db.DisclosureCases.SingleAsync(c => c.OrganisationId == unitId && c.FiscalYear == fiscalYear, cancellation);
        @case.CarriedOver = Data.CarriedOver.Write(Data.CarriedOver.Of(saved.Version.Json, source));
        @case.Revision++;
        await db.SaveChangesAsync(cancellation);
        return saved with { Revision = @case.Revision };
    }

    /// <summary>
    /// 上年数取自上年公开文件 — saves a version whose 上年数 were read from last year's published document, each value
    /// read marked with where it was printed (<paramref name="sources"/>, by the field's path) until the preparer checks it.
    /// </summary>
    public async Task<SaveOutcome> TakePriorYearAsync(int unitId, int fiscalYear, int? expectedRevision, string json, string fileName,
        IReadOnlyDictionary<string, string> sources, string actor, CancellationToken cancellation = default)
    {
        var outcome = await SaveAsync(unitId, json, fileName, actor, expectedRevision, $"上年数取自 {fileName}（读取 {sources.Count} 个数）", fiscalYear, cancellation);
        if (outcome is not SaveOutcome.Saved saved) return outcome;
        var @case = await db.DisclosureCases.SingleAsync(c => c.OrganisationId == unitId && c.FiscalYear == fiscalYear, cancellation);
        var marks = Data.CarriedOver.Read(@case.CarriedOver).Where(m => !sources.ContainsKey(m.Key)).Concat(sources)
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
        @case.CarriedOver = Data.CarriedOver.Write(marks);
        @case.Revision++;
        await db.SaveChangesAsync(cancellation);
        return saved with { Revision = @case.Revision };
    }

    /// <summary>
    /// 核对无误 — the preparer confirms values carried over from last year as right for this year; recorded in the
    /// audit trail. The Chinese reason it cannot be done, or null.
    /// </summary>
    public async Task<string?> ConfirmCarriedOverAsync(int unitId, int fiscalYear, IReadOnlyCollection<string> paths, string actor, CancellationToken cancellation = default)
    {
        var @case = await db.DisclosureCases.Include(c => c.Organisation).SingleOrDefaultAsync(c => c.OrganisationId == unitId && c.FiscalYear == fiscalYear, cancellation);
        if (@case is null) return "该单位本年度尚无决算数据";
        if (@case.Organisation!.DisabledAt is not null) return Organisation.DisabledReason(@case.Organisation);
        if (!DisclosureLifecycle.Editable(@case.Status)) return $"当前状态为“{DisclosureLifecycle.StatusName(@case.Status)}”，不能修改";
        var marks = Data.CarriedOver.Read(@case.CarriedOver);
        var confirmed = paths.Where(marks.ContainsKey).ToArray();
        if (confirmed.Length == 0) return null;
        @case.CarriedOver = Data.CarriedOver.Write(Data.CarriedOver.Without(marks, confirmed));
        @case.Revision++;
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "accounts.confirm", JsonSerializer.Serialize(new { confirmed }, JsonChanges.Options),
            unitId, fiscalYear, @case.CurrentVersionId);
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    /// <summary>Saves a self-evaluation file for a unit, as <see cref="SaveAsync(int, string, string, string, int?, string?, int?, CancellationToken)"/> does accounts; the year is the file's.</summary>
    public async Task<SaveOutcome> SavePerformanceAsync(int unitId, string json, string fileName, string actor, int? expectedRevision,
        int? fiscalYear = null, CancellationToken cancellation = default)
    {
        var read = PerformanceReader.Read(json, fileName);
        if (read.File is not { } file) return new SaveOutcome.Invalid(read.Errors);
        if (fiscalYear is { } year && file.FiscalYear != year) return WrongYear(fileName, file.FiscalYear, year);
        if (file.Method is { } method && ScoringMethod.Find(method) is null)
            return new SaveOutcome.Invalid([new FileError(ErrorCodes.NotFound, ErrorLocation.AtPath(fileName, "$.method"), $"没有名为“{method}”的计分方法（可选：{string.Join("、", ScoringMethod.ShippedIds)}）")]);
        var (_, @case, refused) = await OpenForEditAsync(unitId, file.FiscalYear, fileName, expectedRevision, cancellation);
        if (refused is not null) return refused;
        var previous = @case.CurrentPerformanceId is { } currentId ? await db.PerformanceVersions.FindAsync([currentId], cancellation) : null;
        var version = new PerformanceVersion
        {
            OrganisationId = unitId,
            FiscalYear = file.FiscalYear,
            Number = (previous?.Number ?? 0) + 1,
            Json = json,
            SavedAt = clock.GetUtcNow(),
            SavedBy = actor,
        };
        db.PerformanceVersions.Add(version);
        var saved = await CommitAsync(@case, version.SavedAt, actor, "performance.save", JsonChanges.AsDetail(JsonChanges.Between(previous?.Json, json)),
            () => { @case.CurrentPerformanceId = version.Id; return null; }, cancellation);
        return saved ?? new SaveOutcome.Performance(version, @case.Revision);
    }

    /// <summary>
    /// What saving accounts would change against the current version, and what the checks would then find,
    /// without saving anything; or why the file cannot be saved to this unit and year.
    /// </summary>
    public async Task<SaveOutcome> PreviewAsync(int unitId, AccountsReadResult read, string fileName, int fiscalYear, CancellationToken cancellation = default)
    {
        if (read.Accounts is not { } accounts) return new SaveOutcome.Invalid(read.Errors);
        if (accounts.FiscalYear != fiscalYear) return WrongYear(fileName, accounts.FiscalYear, fiscalYear);
        var unit = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == unitId, cancellation);
        if (WrongUnit(accounts, unit, fileName) is { } wrongUnit) return wrongUnit;
        var current = await CurrentAsync(unitId, fiscalYear, cancellation);
        return new SaveOutcome.Previewed(JsonChanges.Between(current?.Json, AccountsWriter.Write(accounts, read.Settings)), Check(accounts, read.Settings));
    }

    /// <summary>The current accounts file of a unit for a year and the case's revision; null when nothing is saved yet.</summary>
    public async Task<(int Revision, string Json)?> CurrentAsync(int unitId, int fiscalYear, CancellationToken cancellation = default)
    {
        var row = await (from c in db.DisclosureCases.AsNoTracking()
                         join v in db.AccountsVersions.AsNoTracking() on c.CurrentVersionId equals v.Id
                         where c.OrganisationId == unitId && c.FiscalYear == fiscalYear
                         select new { c.Revision, v.Json }).SingleOrDefaultAsync(cancellation);
        return row is null ? null : (row.Revision, row.Json);
    }

    /// <summary>The current self-evaluation file of a unit for a year and the case's revision; null when none is saved.</summary>
    public async Task<(int Revision, string Json)?> CurrentPerformanceAsync(int unitId, int fiscalYear, CancellationToken cancellation = default)
    {
        var row = await (from c in db.DisclosureCases.AsNoTracking()
                         join p in db.PerformanceVersions.AsNoTracking() on c.CurrentPerformanceId equals p.Id
                         where c.OrganisationId == unitId && c.FiscalYear == fiscalYear
                         select new { c.Revision, p.Json }).SingleOrDefaultAsync(cancellation);
        return row is null ? null : (row.Revision, row.Json);
    }

    private CheckReport Check(UnitAccounts accounts, AccountsFileSettings file) =>
        DisclosurePipeline.Prepare(accounts, file, settings ?? PublishingSettings.Shipped, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Checks;

    private static SaveOutcome.Invalid? WrongUnit(UnitAccounts accounts, Organisation unit, string fileName) =>
        string.Equals(accounts.Unit.Code, unit.Code, StringComparison.Ordinal)
            ? null
            : new([new FileError(ErrorCodes.Inconsistent, ErrorLocation.AtPath(fileName, "$.unit.code"), $"文件中的单位编码“{accounts.Unit.Code}”与要保存到的单位“{unit.Code} {unit.Name}”不一致")]);

    private static SaveOutcome.Invalid WrongYear(string fileName, int fileYear, int year) =>
        new([new FileError(ErrorCodes.Inconsistent, ErrorLocation.AtPath(fileName, "$.fiscalYear"), $"文件是{fileYear}年度的，与要保存的{year}年度不一致")]);

    /// <summary>The unit and its case for the year (created when new), or why the edit is refused.</summary>
    private async Task<(Organisation? Unit, DisclosureCase Case, SaveOutcome? Refused)> OpenForEditAsync(int unitId, int year, string fileName, int? expectedRevision,
        CancellationToken cancellation)
    {
        var unit = await db.Organisations.FindAsync([unitId], cancellation);
        var @case = await db.DisclosureCases.SingleOrDefaultAsync(c => c.OrganisationId == unitId && c.FiscalYear == year, cancellation);
        if (unit is null || unit.Kind != OrganisationKind.Unit)
            return (null, null!, new SaveOutcome.Invalid([new FileError(ErrorCodes.NotFound, ErrorLocation.Of(fileName), "找不到要保存到的单位")]));
        if (unit.DisabledAt is not null) return (unit, @case!, new SaveOutcome.Locked(Organisation.DisabledReason(unit)));
        if (@case is not null && !DisclosureLifecycle.Editable(@case.Status))
            return (unit, @case, new SaveOutcome.Locked($"{year}年度决算当前为“{DisclosureLifecycle.StatusName(@case.Status)}”，不能修改；{(@case.Status == DisclosureStatus.Published ? "如需更正，请先发起更正" : "请等待审核或由审核人退回")}"));
        if (expectedRevision is { } expected && (@case?.Revision ?? 0) != expected)
            return (unit, @case!, new SaveOutcome.Conflict(@case?.Revision ?? 0));
        if (@case is null)
        {
            @case = new DisclosureCase { OrganisationId = unitId, FiscalYear = year, Status = DisclosureStatus.Draft };
            db.DisclosureCases.Add(@case);
        }
        return (unit, @case, null);
    }

    /// <summary>
    /// Saves the new version, points the case at it and records the audit entry, in one transaction; a
    /// conflict when another save of the same case (revision, version number) or another audit entry got in first.
    /// </summary>
    private async Task<SaveOutcome?> CommitAsync(DisclosureCase @case, DateTimeOffset at, string actor, string action, string detail, Func<long?> pointCase,
        CancellationToken cancellation)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        try
        {
            await db.SaveChangesAsync(cancellation);
            var versionId = pointCase();
            @case.Revision++;
            AuditTrail.Record(db, at, actor, action, detail, @case.OrganisationId, @case.FiscalYear, versionId ?? @case.CurrentVersionId);
            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
            return null;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellation);
            db.ChangeTracker.Clear();
            var current = await db.DisclosureCases.AsNoTracking().Where(c => c.OrganisationId == @case.OrganisationId && c.FiscalYear == @case.FiscalYear)
                .Select(c => c.Revision).FirstOrDefaultAsync(cancellation);
            return new SaveOutcome.Conflict(current);
        }
    }

    /// <summary>The files of some versions of a unit's accounts for a year, by number (those that exist).</summary>
    public Task<Dictionary<int, string>> VersionFilesAsync(int unitId, int fiscalYear, IReadOnlyCollection<int> numbers, CancellationToken cancellation = default) =>
        db.AccountsVersions.AsNoTracking().Where(v => v.OrganisationId == unitId && v.FiscalYear == fiscalYear && numbers.Contains(v.Number))
            .ToDictionaryAsync(v => v.Number, v => v.Json, cancellation);

    /// <summary>The versions of a unit's accounts for a year, newest first.</summary>
    public Task<List<AccountsVersion>> VersionsAsync(int unitId, int fiscalYear, CancellationToken cancellation = default) =>
        db.AccountsVersions.AsNoTracking().Where(v => v.OrganisationId == unitId && v.FiscalYear == fiscalYear)
            .OrderByDescending(v => v.Number).ToListAsync(cancellation);
}
