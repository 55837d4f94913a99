using Juesuan.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 批量导入的一个文件 — what became of one file of many: the unit it names and the version saved with its findings, or why
/// nothing of it was saved.
/// </summary>
public sealed record BulkImported(string File, string? UnitCode, string? UnitName, int? Version, int? Revision, int Blocking, int Warnings, string? Refusal)
{
    public bool Saved => Refusal is null;

    /// <summary>The line a progress report or a response gives it, in Chinese.</summary>
    public string Line => Saved
        ? $"{File} → {UnitCode} {UnitName}：已导入为第{Version}版；检查发现阻断 {Blocking} 项，警告 {Warnings} 项"
        : $"{File}{(UnitCode is null ? "" : $" → {UnitCode}")}：未导入。{Refusal}";
}

/// <summary>
/// 批量导入 — a city's units loaded in one go, file by file: each accounts file (JSON or filled workbook) is saved as the next
/// version of the unit it names, all or nothing for that file, whatever becomes of the others. Who may save to which unit is
/// the caller's to say (the unitOf of <see cref="OneAsync"/>).
/// </summary>
public static class BulkImport
{
    /// <summary>Most files one bulk import takes.</summary>
    public const int MostFiles = 2_000;

    /// <param name="unitOf">The unit a code names that the caller may import to, or why not (in Chinese).</param>
    public static async Task<BulkImported> OneAsync(JuesuanDb db, AccountsStore store, string file, AccountsReadResult read, int year, string actor,
        Func<string, Task<(Organisation? Unit, string? Refusal)>> unitOf, CancellationToken cancellation)
    {
        if (read.Accounts is not { } accounts)
            return new(file, null, null, null, null, 0, 0, Errors(read.Errors));
        var code = accounts.Unit.Code;
        var (unit, refusal) = await unitOf(code);
        if (unit is null) return new(file, code, null, null, null, 0, 0, refusal ?? $"系统中没有编码为“{code}”的单位");
        var outcome = await store.SaveAsync(unit.Id, read, file, actor, null, $"批量导入 {file}", year, cancellation);
        if (outcome is not SaveOutcome.Saved saved) return new(file, code, unit.Name, null, null, 0, 0, Why(outcome));
        var counts = await db.DisclosureCases.AsNoTracking().Where(c => c.OrganisationId == unit.Id && c.FiscalYear == year)
            .Select(c => new { c.Blocking, c.Warnings }).SingleAsync(cancellation);
        return new(file, code, unit.Name, saved.Version.Number, saved.Revision, counts.Blocking, counts.Warnings, null);
    }

    /// <summary>Why nothing was saved, in one line of Chinese.</summary>
    public static string Why(SaveOutcome outcome) => outcome switch
    {
        SaveOutcome.Invalid invalid => Errors(invalid.Errors),
        SaveOutcome.Locked locked => locked.Reason,
        _ => "他人同时修改了该单位的决算数据，请重试",
    };

    private static string Errors(IReadOnlyList<Juesuan.Errors.FileError> errors) =>
        errors.Count == 1 ? errors[0].ToString() : $"{errors[0]}（共 {errors.Count} 处错误）";
}
