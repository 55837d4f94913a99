using System.Globalization;

namespace Juesuan.Checks;

/// <summary>
/// 公开时限 (D-1): the disclosure is published within the rule's number of days (20) after approval;
/// late publication needs a stated reason. Without an approval date the rule has not enough data.
/// </summary>
internal sealed class PublicationOverdueCheck : BuiltinCheck
{
    public override string Name => "publicationOverdue";
    public override IReadOnlyList<string> Values => ["approval", "deadline", "published", "days"];
    public override IReadOnlyList<string> Thresholds => ["days"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var p = c.Accounts.Publication;
        if (p.ApprovalDate is not { } approval) { yield return CheckResult.NotEnoughData; yield break; }
        var deadline = approval.AddDays((int)rule.Threshold("days"));
        var published = p.PublishedDate;
        var day = published ?? c.AsOf;
        if (day <= deadline || (published is not null && !string.IsNullOrWhiteSpace(p.LateReason))) { yield return CheckResult.Pass; yield break; }
        yield return CheckResult.Fail(new FindingLocation(Field: published is null ? "disclosure.publishedDate" : "disclosure.lateReason"),
            V(("approval", Date(approval)), ("deadline", Date(deadline)), ("published", published is { } d ? Date(d) : "尚未公开"),
              ("days", Number(day.DayNumber - deadline.DayNumber))));
    }

    internal static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}

/// <summary>公开期限临近 (D-2): not yet published, and the deadline is within the rule's warning days.</summary>
internal sealed class PublicationDueSoonCheck : BuiltinCheck
{
    public override string Name => "publicationDueSoon";
    public override IReadOnlyList<string> Values => ["deadline", "days"];
    public override IReadOnlyList<string> Thresholds => ["days", "warnDays"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var p = c.Accounts.Publication;
        if (p.ApprovalDate is not { } approval) { yield return CheckResult.NotEnoughData; yield break; }
        if (p.PublishedDate is not null) { yield return CheckResult.NotApplicable; yield break; }
        var deadline = approval.AddDays((int)rule.Threshold("days"));
        var left = deadline.DayNumber - c.AsOf.DayNumber;
        if (left < 0) { yield return CheckResult.NotApplicable; yield break; }
        yield return left > rule.Threshold("warnDays")
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Field: "disclosure.publishedDate"),
                V(("deadline", PublicationOverdueCheck.Date(deadline)), ("days", Number(left))));
    }
}
