namespace Juesuan.Data;

/// <summary>
/// 审计记录 — one entry of the append-only audit trail: who did what, when, to which unit, year and
/// version, with the details (before and after values) as JSON. Each entry's <see cref="Hash"/> covers
/// its content and the previous entry's hash, so an edited or removed entry breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When, in UTC, to the microsecond (what both databases keep exactly).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who (user name, or "system").</summary>
    public required string Actor { get; set; }

    /// <summary>What: a dotted action name, e.g. "accounts.save", "workflow.submit", "user.signin".</summary>
    public required string Action { get; set; }

    public int? OrganisationId { get; set; }

    public int? FiscalYear { get; set; }

    public long? VersionId { get; set; }

    /// <summary>Details as JSON (e.g. {"before": …, "after": …}).</summary>
    public required string Detail { get; set; }

    /// <summary>The hash of the entry before (64 zeros for the first).</summary>
    public required string PreviousHash { get; set; }

    /// <summary>SHA-256 (hex) of the previous hash and this entry's content.</summary>
    public required string Hash { get; set; }
}
