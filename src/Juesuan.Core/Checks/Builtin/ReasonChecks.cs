using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>
/// 原因说明 — where a figure differs from last year or from its budget by more than the rule's
/// threshold (in percent; 0 means any difference), the accounts must state why.
/// </summary>
internal sealed class ReasonCheck(string name, string section, Func<CheckContext, IEnumerable<ReasonCheck.Case>> cases) : BuiltinCheck
{
    /// <summary>One figure compared with its base, and the reason key that explains the difference.</summary>
    public sealed record Case(string Key, string Figure, Amount Current, Amount? Base, string? Code = null);

    public override string Name => name;
    public override IReadOnlyList<string> Values => ["figure", "current", "base", "change", "field"];
    public override IReadOnlyList<string> Thresholds => ["changePercent"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var any = false;
        foreach (var @case in cases(c))
        {
            any = true;
            if (@case.Base is not { } @base) { yield return CheckResult.NotEnoughData; continue; }
            if (!Exceeds(@case.Current, @base, rule.Threshold("changePercent"))) { yield return CheckResult.NotApplicable; continue; }
            var field = ReasonKeys.FieldOf(@case.Key);
            if (c.Accounts.Reason(@case.Key) is not null) { yield return CheckResult.Pass; continue; }
            var change = c.Template.Change(c.Format, @case.Current, @base);
            yield return CheckResult.Fail(new FindingLocation(Section: section, Field: field),
                V(("figure", @case.Figure), ("current", Money(c, @case.Current)), ("base", Money(c, @base)), ("change", change), ("field", FieldLabels.Of(field) ?? "原因说明")));
        }
        if (!any) yield return CheckResult.NotApplicable;
    }

    public static IReadOnlyList<ReasonCheck> All { get; } =
    [
        new("reason.totalChange", "s1", c => [new(ReasonKeys.TotalChange, "收入、支出总计", c.Figures.TotalIncome, c.Accounts.PriorYear.Total)]),
        new("reason.fiscalChange", "s4", c => [new(ReasonKeys.FiscalChange, "财政拨款收入、支出总计", c.Figures.FiscalIncomeTotal, c.Accounts.PriorYear.FiscalTotal)]),
        new("reason.generalBudgetChange", "s5-1", c => [new(ReasonKeys.GeneralBudgetChange, "一般公共预算财政拨款支出", c.Figures.GeneralBudgetExpenditure, c.Accounts.PriorYear.GeneralBudgetExpenditure)]),
        new("reason.itemBudget", "s5-3", ItemBudgetCases),
        new("reason.threePublicBudget", "s7", c => c.Accounts.ThreePublic.Budget.Total.IsZero
            ? []
            : [new(ReasonKeys.ThreePublicVsBudget, "“三公”经费决算数与预算数", c.Accounts.ThreePublic.Actual.Total, c.Accounts.ThreePublic.Budget.Total)]),
        new("reason.threePublicChange", "s7", c => [new(ReasonKeys.ThreePublicChange, "“三公”经费", c.Accounts.ThreePublic.Actual.Total, c.Accounts.PriorYear.ThreePublic?.Total)]),
        new("reason.operatingCostsChange", "s10-1", c => c.Accounts.OperatingCosts is { } costs
            ? [new(ReasonKeys.OperatingCostsChange, "机关运行经费", costs, c.Accounts.PriorYear.OperatingCosts)]
            : []),
    ];

    private static IEnumerable<Case> ItemBudgetCases(CheckContext c)
    {
        var a = c.Accounts;
        if (a.Budgets.Count == 0)
        {
            yield return new Case("", "", Amount.Zero, null);
            yield break;
        }
        var budgets = a.Budgets.ToDictionary(b => b.Code, b => b.YearStart);
        var codes = a.Expenditure.Where(l => l.Funding == Funding.GeneralBudget && !l.Amount.IsZero).Select(l => l.Code)
            .Concat(budgets.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var code in codes)
            // A 项 with no budget line has no budget stated: nothing to explain a difference from (not a budget of 0).
            yield return new Case(ReasonKeys.ItemVsBudget(code), c.Catalog.FunctionPath(code) + "决算数与年初预算数",
                c.Figures.GeneralBudgetUnder(code), budgets.TryGetValue(code, out var budget) ? budget : null, code);
    }
}
