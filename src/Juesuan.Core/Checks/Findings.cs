using System.Security.Cryptography;
using System.Text;
using Juesuan.Accounts.Fields;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>严重程度 — blocking findings stop submission; warnings and information do not.</summary>
public enum Severity
{
    /// <summary>阻断：必须改正后才能报送.</summary>
    Blocking,

    /// <summary>警告：应核实并说明.</summary>
    Warning,

    /// <summary>提示.</summary>
    Info,
}

/// <summary>规则类别.</summary>
public enum RuleCategory
{
    /// <summary>表内平衡关系.</summary>
    Identity,

    /// <summary>表间勾稽关系.</summary>
    CrossTable,

    /// <summary>完整性.</summary>
    Completeness,

    /// <summary>合理性.</summary>
    Reasonableness,

    /// <summary>科目规范.</summary>
    Classification,

    /// <summary>情况说明.</summary>
    Narrative,

    /// <summary>绩效自评.</summary>
    Performance,
}

/// <summary>
/// 问题位置 — where a finding is: a table cell (table, row, column), a section of the narrative, or a
/// field of the accounts. Any part may be absent.
/// </summary>
/// <param name="Table">"T3".</param>
/// <param name="Row">The row key (合计 or a code), or the cell key of a two-sided table.</param>
/// <param name="Column">The column of a row × column table.</param>
/// <param name="Section">A narrative section id ("s5-3").</param>
/// <param name="Field">A field of the accounts ("reasons.budget.2012901", "threePublic.vehiclesHeld").</param>
public sealed record FindingLocation(string? Table = null, string? Row = null, string? Column = null, string? Section = null, string? Field = null)
{
    private static readonly Dictionary<string, string> TableCodes = Enumerable.Range(1, 9).ToDictionary(i => "T" + i, i => $"公开0{i}表");

    /// <summary>The table as the document it is found in names it (its code, or its title where the layout prints none); null: as the central layout of 2021 numbers it.</summary>
    public string? TableName { get; init; }

    /// <summary>The section as the document's heading names it; null: by its usual title.</summary>
    public string? SectionName { get; init; }

    /// <summary>The location in Chinese: "公开03表 2012901行 本年支出合计列".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Table is not null) parts.Add(TableName ?? TableCodes.GetValueOrDefault(Table, Table));
        if (Row is not null) parts.Add(Column is null ? Row : Row + "行");
        if (Column is not null) parts.Add(Column + "列");
        if (Section is not null) parts.Add($"“{SectionName ?? DisclosureSections.Name(Section)}”");
        if (Field is not null && FieldLabels.Of(Field) is { } label) parts.Add($"填报项“{label}”");
        return string.Join(" ", parts);
    }

    public override string ToString() => $"{Table}|{Row}|{Column}|{Section}|{Field}";

    /// <summary>The same place whatever a document calls it: the names are how it is shown, not where it is.</summary>
    public bool Equals(FindingLocation? other) =>
        other is not null && (Table, Row, Column, Section, Field) == (other.Table, other.Row, other.Column, other.Section, other.Field);

    public override int GetHashCode() => HashCode.Combine(Table, Row, Column, Section, Field);
}

/// <summary>
/// 检查结果 — one problem: which rule, how serious, where, the stated and recomputed values, the
/// difference and the tolerance the stated precision allowed, what is wrong and what to change.
/// </summary>
/// <param name="Related">Other places the rule read (the cells on the other side of an identity).</param>
/// <param name="Fingerprint">Stable across runs for the same rule and location, so a reviewer's decision sticks.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    RuleCategory Category,
    FindingLocation Location,
    IReadOnlyList<FindingLocation> Related,
    decimal? Stated,
    decimal? Recomputed,
    decimal? Difference,
    decimal? Tolerance,
    string Message,
    string Hint,
    string Fingerprint)
{
    public static string FingerprintOf(string ruleId, FindingLocation location)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(ruleId + "|" + location));
        return Convert.ToHexString(bytes, 0, 8).ToLowerInvariant();
    }
}

/// <summary>规则执行情况 — how a rule fared in one run. A rule that could not run is never counted as passed.</summary>
public sealed record RuleCoverage(string RuleId, Severity Severity, int Passed, int Failed, int NotApplicable, int NotEnoughData)
{
    public CoverageStatus Status =>
        Failed > 0 ? CoverageStatus.Failed
        : Passed > 0 ? CoverageStatus.Passed
        : NotEnoughData > 0 ? CoverageStatus.NotEnoughData
        : CoverageStatus.NotApplicable;
}

/// <summary>规则执行状态.</summary>
public enum CoverageStatus
{
    /// <summary>通过.</summary>
    Passed,

    /// <summary>未通过.</summary>
    Failed,

    /// <summary>不适用.</summary>
    NotApplicable,

    /// <summary>数据不足，未能检查.</summary>
    NotEnoughData,
}
