using System.Text.Json.Nodes;
using Juesuan.Checks;

namespace Juesuan.Web.Work;

/// <summary>
/// 填报清单中的一项 — one part of the accounts and how far it is: whether anything is entered in it, and the
/// findings placed in it. <see cref="Missing"/> are the completeness findings (a required part left empty).
/// </summary>
public sealed record ChecklistItem(AccountsPart Part, bool Entered, IReadOnlyList<Finding> Findings)
{
    public int Blocking => Findings.Count(f => f.Severity == Severity.Blocking);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    public IReadOnlyList<Finding> Missing => Findings.Where(f => f.Severity == Severity.Blocking && f.Category == RuleCategory.Completeness).ToList();

    /// <summary>Nothing in the part stops submission.</summary>
    public bool Ready => Blocking == 0;

    /// <summary>The state in the checklist's words: 须填报, 须改正, 已填, 未填（可不填）.</summary>
    public string State => Missing.Count > 0 ? "须填报" : Blocking > 0 ? "须改正" : Entered ? "已填" : "未填（可不填）";
}

/// <summary>
/// 填报清单 — the unit's page lists every part in the order of the work, each with its state, so a preparer
/// sees which parts remain before submission and goes to each from there.
/// </summary>
public static class PartChecklist
{
    public static IReadOnlyList<ChecklistItem> Of(IReadOnlyList<AccountsPart> parts, JsonObject accounts, CheckReport? report) =>
        parts
            .Select(part => new ChecklistItem(part, Entered(accounts, part), FindingPlaces.In(report, part).Select(x => x.Finding).Distinct().ToList()))
            .ToList();

    /// <summary>Whether any field, line or reason of the part holds a value (the unit's name counts for its profile).</summary>
    private static bool Entered(JsonObject accounts, AccountsPart part) =>
        part.Fields.Any(f => AccountsForm.Value(accounts, f.Path).Length > 0)
        || part.Lists.Any(l => AccountsForm.Rows(accounts, l.Path).Count > 0)
        || accounts["reasons"] is JsonObject reasons && reasons.Any(r => part.ReasonPrefixes.Any(p => r.Key.StartsWith(p, StringComparison.Ordinal)));
}
