using Juesuan.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>What became of a save: the version saved, or why nothing was saved.</summary>
public abstract record SaveOutcome
{
    /// <summary>Saved as this version; the case is now at <paramref name="Revision"/>.</summary>
    public sealed record Saved(AccountsVersion Version, int Revision) : SaveOutcome;

    /// <summary>The file has errors (each with its path); nothing was saved.</summary>
    public sealed record Invalid(IReadOnlyList<AccountsError> Errors) : SaveOutcome;

    /// <summary>Someone saved in between: the case is at <paramref name="CurrentRevision"/>, not the revision the edit started from.</summary>
    public sealed record Conflict(int CurrentRevision) : SaveOutcome;

    /// <summary>The disclosure is not open for editing (submitted, approved or published), in Chinese.</summary>
    public sealed record Locked(string Reason) : SaveOutcome;
}

/// <summary>
/// 决算数据存取 — saves a unit's accounts as a new version (all or nothing: a file with any error saves
/// nothing), guards against concurrent edits, and records every save in the audit trail with the values
/// it changed.
/// </summary>
public sealed class AccountsStore(JuesuanDb db, TimeProvider clock)
{
    /// <summary>
    /// Saves accounts JSON for a unit. <paramref name="expectedRevision"/> is the case revision the edit
    /// started from (null to create the first version, or for an import that replaces whatever is there).
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(int unitId, string json, string fileName, string actor, int? expectedRevision, string? note = null,
        CancellationToken cancellation = default)
    {
        var read = AccountsReader.Read(json, fileName);
        if (read.Accounts is not { } accounts) return new SaveOutcome.Invalid(read.Errors);
        var unit = await db.Organisations.FindAsync([unitId], cancellation);
        if (unit is null || unit.Kind != OrganisationKind.Unit)
            return new SaveOutcome.Invalid([new AccountsError(fileName, "", "找不到要保存到的单位")]);
        if (!string.Equals(accounts.Unit.Code, unit.Code, StringComparison.Ordinal))
            return new SaveOutcome.Invalid([new AccountsError(fileName, "$.unit.code", $"文件中的单位编码“{accounts.Unit.Code}”与要保存到的单位“{unit.Code} {unit.Name}”不一致")]);

        var year = accounts.FiscalYear;
        var @case = await db.DisclosureCases.SingleOrDefaultAsync(c => c.OrganisationId == unitId && c.FiscalYear == year, cancellation);
        if (@case is not null && @case.Status is not (DisclosureStatus.Draft or DisclosureStatus.Returned))
            return new SaveOutcome.Locked($"{year}年度决算已{StatusName(@case.Status)}，不能修改；请先退回或发起更正");
        if (expectedRevision is { } expected && (@case?.Revision ?? 0) != expected)
            return new SaveOutcome.Conflict(@case?.Revision ?? 0);

        var previous = @case?.CurrentVersionId is { } currentId ? await db.AccountsVersions.FindAsync([currentId], cancellation) : null;
        var normalised = AccountsWriter.Write(accounts, read.Settings);
        var figures = new AccountsFigures(accounts);
        var version = new AccountsVersion
        {
            OrganisationId = unitId,
            FiscalYear = year,
            Number = (previous?.Number ?? 0) + 1,
            Json = normalised,
            TotalIncome = figures.TotalIncome.Yuan,
            CurrentYearExpenditure = figures.CurrentYearExpenditure.Yuan,
            SavedAt = clock.GetUtcNow(),
            SavedBy = actor,
            Note = note,
        };
        if (@case is null)
        {
            @case = new DisclosureCase { OrganisationId = unitId, FiscalYear = year, Status = DisclosureStatus.Draft };
            db.DisclosureCases.Add(@case);
        }
        db.AccountsVersions.Add(version);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        try
        {
            await db.SaveChangesAsync(cancellation);
            @case.CurrentVersionId = version.Id;
            @case.Revision++;
            AuditTrail.Record(db, version.SavedAt, actor, "accounts.save",
                JsonChanges.AsDetail(JsonChanges.Between(previous?.Json, normalised)), unitId, year, version.Id);
            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another save of the same case (revision, version number) or another audit entry got in first.
            await transaction.RollbackAsync(cancellation);
            db.ChangeTracker.Clear();
            var current = await db.DisclosureCases.AsNoTracking().Where(c => c.OrganisationId == unitId && c.FiscalYear == year).Select(c => c.Revision).FirstOrDefaultAsync(cancellation);
            return new SaveOutcome.Conflict(current);
        }
        return new SaveOutcome.Saved(version, @case.Revision);
    }

    /// <summary>The versions of a unit's accounts for a year, newest first.</summary>
    public Task<List<AccountsVersion>> VersionsAsync(int unitId, int fiscalYear, CancellationToken cancellation = default) =>
        db.AccountsVersions.AsNoTracking().Where(v => v.OrganisationId == unitId && v.FiscalYear == fiscalYear)
            .OrderByDescending(v => v.Number).ToListAsync(cancellation);

    public static string StatusName(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "草稿",
        DisclosureStatus.Submitted => "提交",
        DisclosureStatus.DepartmentApproved => "经部门审核",
        DisclosureStatus.Approved => "审核通过",
        DisclosureStatus.Returned => "退回",
        _ => "公开",
    };
}
