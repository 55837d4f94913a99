namespace Juesuan.Checks;

/// <summary>
/// 检查报告 — every finding of one run, each rule's coverage, and the bureau's overrides that were in
/// force, so a reader sees exactly what was checked and how.
/// </summary>
public sealed record CheckReport(
    string UnitName,
    int FiscalYear,
    DateOnly AsOf,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleCoverage> Coverage,
    IReadOnlyList<string> Overrides)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public bool HasBlocking => Findings.Any(f => f.Severity == Severity.Blocking);

    /// <summary>Rules that ran (passed or failed); not-applicable and not-enough-data rules are counted apart.</summary>
    public int RulesRun => Coverage.Count(c => c.Status is CoverageStatus.Passed or CoverageStatus.Failed);
}
