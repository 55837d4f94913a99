namespace Juesuan.Data;

/// <summary>流转操作 — what moved a disclosure from one status to another.</summary>
public enum WorkflowAction
{
    /// <summary>提交.</summary>
    Submit,

    /// <summary>审核通过 (by the department, or by the bureau).</summary>
    Approve,

    /// <summary>退回 with comments.</summary>
    Return,

    /// <summary>公开.</summary>
    Publish,

    /// <summary>发起更正 — reopens a published disclosure for a corrected, amended version.</summary>
    Amend,

    /// <summary>登记历史公开 — records a disclosure published before the system was used, as it was published.</summary>
    RecordPublished,
}

/// <summary>公开方式 — how a publication came to be.</summary>
public enum PublicationKind
{
    /// <summary>经本系统审核后公开.</summary>
    Workflow,

    /// <summary>导入的历史公开 — published before the system was used, recorded as published, with the findings the checks make of it now.</summary>
    Historical,
}

/// <summary>
/// 流转记录 — one step of a disclosure's workflow: who did what, when, from which status to which, on
/// which version, with the comment (and, for a return, comments on particular fields).
/// </summary>
public sealed class WorkflowStep
{
    public long Id { get; set; }

    public long DisclosureCaseId { get; set; }

    public WorkflowAction Action { get; set; }

    public DisclosureStatus From { get; set; }

    public DisclosureStatus To { get; set; }

    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }

    public long? VersionId { get; set; }

    /// <summary>意见 or 更正原因.</summary>
    public string? Comment { get; set; }

    /// <summary>Comments on fields, as JSON: [{"path":"$.income[0].amount","comment":"…"}].</summary>
    public string? FieldComments { get; set; }
}

/// <summary>
/// 公开版本 — a disclosure as published: the accounts and self-evaluation versions it was built from, and
/// the document frozen as published (JSON and HTML). Never changed once written; a correction is a new
/// publication with the next sequence number and the reason for the amendment.
/// </summary>
public sealed class Publication
{
    public long Id { get; set; }

    public long DisclosureCaseId { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int FiscalYear { get; set; }

    /// <summary>1 for the first publication, 2 and on for amendments.</summary>
    public int Sequence { get; set; }

    public long VersionId { get; set; }

    public long? PerformanceVersionId { get; set; }

    public PublicationKind Kind { get; set; }

    /// <summary>When it was recorded here: for a workflow publication, the moment it was published.</summary>
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>原公开日期 of a historical publication, as its original states it; null when it states none.</summary>
    public DateOnly? OriginalPublishedOn { get; set; }

    /// <summary>For a historical publication: where the original was published and how it was recorded.</summary>
    public string? Source { get; set; }

    public required string PublishedBy { get; set; }

    /// <summary>批复日期.</summary>
    public DateOnly? ApprovalDate { get; set; }

    /// <summary>逾期公开原因, where published after the deadline.</summary>
    public string? LateReason { get; set; }

    /// <summary>更正原因, for an amendment.</summary>
    public string? AmendmentReason { get; set; }

    /// <summary>The accounts file the disclosure was built from (with the publication dates filled in).</summary>
    public required string AccountsJson { get; set; }

    /// <summary>The self-evaluation file published with it, if any.</summary>
    public string? PerformanceJson { get; set; }

    /// <summary>The disclosure document as JSON (docs/architecture.md, document model).</summary>
    public required string DisclosureJson { get; set; }

    /// <summary>The disclosure as HTML.</summary>
    public required string Html { get; set; }

    /// <summary>The check report at publication, as JSON.</summary>
    public required string ChecksJson { get; set; }

    /// <summary>阻断/警告 counts at publication.</summary>
    public int Blocking { get; set; }

    public int Warnings { get; set; }

    /// <summary>A strong validator for HTTP caching: SHA-256 of the disclosure JSON.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The template it was made with (its id) and which version of it (the hash of its file); null for one recorded before templates were.</summary>
    public string? TemplateId { get; set; }

    /// <inheritdoc cref="TemplateId"/>
    public string? TemplateHash { get; set; }

    /// <summary>What people call it: "2021年度第1次公开的决算".</summary>
    public string Title => $"{FiscalYear}年度第{Sequence}次公开的决算";

    /// <summary>公开日期 as the public reads it: the day of a workflow publication; a historical one's stated date, or null.</summary>
    public static DateOnly? PublishedOn(PublicationKind kind, DateTimeOffset publishedAt, DateOnly? originalPublishedOn) =>
        kind == PublicationKind.Historical ? originalPublishedOn : DateOnly.FromDateTime(publishedAt.ToLocalTime().DateTime);

    /// <summary>公开日期 in words: the date, or for a historical publication that states none, that it does not.</summary>
    public static string PublishedOnText(PublicationKind kind, DateTimeOffset publishedAt, DateOnly? originalPublishedOn) =>
        PublishedOn(kind, publishedAt, originalPublishedOn)?.ToString("yyyy-MM-dd") ?? "原文未载明";
}

/// <summary>绩效自评版本 — one saved version of a unit's self-evaluation file for a year; every save adds one.</summary>
public sealed class PerformanceVersion
{
    public long Id { get; set; }

    public int OrganisationId { get; set; }

    public int FiscalYear { get; set; }

    public int Number { get; set; }

    /// <summary>The self-evaluation file as JSON (docs/performance-format.md).</summary>
    public required string Json { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string SavedBy { get; set; }
}
