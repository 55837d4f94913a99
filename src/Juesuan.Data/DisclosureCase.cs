namespace Juesuan.Data;

/// <summary>公开状态 — where a unit's disclosure for a year stands in the workflow.</summary>
public enum DisclosureStatus
{
    /// <summary>草稿.</summary>
    Draft,

    /// <summary>已提交 (to the department).</summary>
    Submitted,

    /// <summary>部门已审核 (waiting for the bureau, where the bureau reviews).</summary>
    DepartmentApproved,

    /// <summary>已审核 — approved, ready to publish.</summary>
    Approved,

    /// <summary>已退回 with comments.</summary>
    Returned,

    /// <summary>已公开.</summary>
    Published,
}

/// <summary>
/// 决算公开事项 — a unit's disclosure for one fiscal year: its workflow status and the version it is at.
/// <see cref="Revision"/> detects concurrent edits: a save that started from an older revision is refused.
/// </summary>
public sealed class DisclosureCase
{
    public long Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int FiscalYear { get; set; }

    public DisclosureStatus Status { get; set; }

    /// <summary>The latest accounts version.</summary>
    public long? CurrentVersionId { get; set; }

    /// <summary>批复日期 — when the finance department approved the accounts (the 20-day deadline counts from it).</summary>
    public DateOnly? ApprovalDate { get; set; }

    /// <summary>The latest self-evaluation version, if any.</summary>
    public long? CurrentPerformanceId { get; set; }

    /// <summary>更正原因 while an amendment of a published disclosure is being prepared.</summary>
    public string? AmendmentReason { get; set; }

    /// <summary>How many times it has been published (the latest publication's sequence).</summary>
    public int Publications { get; set; }

    /// <summary>阻断 and 警告 findings of the current version, as last checked, for lists.</summary>
    public int Blocking { get; set; }

    public int Warnings { get; set; }

    /// <summary>沿用上年的内容 not yet checked, as <see cref="Data.CarriedOver"/> keeps them (JSON); null when none.</summary>
    public string? CarriedOver { get; set; }

    /// <summary>Bumped by every change; the optimistic-concurrency token.</summary>
    public int Revision { get; set; }
}
