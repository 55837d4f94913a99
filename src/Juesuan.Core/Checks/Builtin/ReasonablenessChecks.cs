using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>预算执行率: each function 项's 一般公共预算 expenditure against its year-start budget, within [low, high] percent.</summary>
internal sealed class ItemExecutionCheck : BuiltinCheck
{
    public override string Name => "itemExecution";
    public override IReadOnlyList<string> Values => ["code", "name", "budget", "actual", "rate"];
    public override IReadOnlyList<string> Thresholds => ["low", "high"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        if (c.Accounts.Budgets.Count == 0) { yield return CheckResult.NotEnoughData; yield break; }
        foreach (var budget in c.Accounts.Budgets.OrderBy(b => b.Code, StringComparer.Ordinal))
        {
            if (budget.YearStart.IsZero) { yield return CheckResult.NotApplicable; continue; }
            var actual = c.Figures.GeneralBudgetUnder(budget.Code);
            var rate = Percentage.Of(actual, budget.YearStart)!.Value;
            if (rate.Points >= rule.Threshold("low") && rate.Points <= rule.Threshold("high")) { yield return CheckResult.Pass; continue; }
            yield return CheckResult.Fail(new FindingLocation("T5", budget.Code, "合计", Section: "s5-3", Field: "budgets"),
                V(("code", budget.Code), ("name", c.Catalog.FunctionPath(budget.Code)), ("budget", Money(c, budget.YearStart)),
                  ("actual", Money(c, actual)), ("rate", c.Format.Percent(rate))),
                actual.Yuan, budget.YearStart.Yuan);
        }
    }
}

/// <summary>项目预算执行率: each project's execution against its full-year budget, within [low, high] percent.</summary>
internal sealed class ProjectExecutionCheck : BuiltinCheck
{
    public override string Name => "projectExecution";
    public override IReadOnlyList<string> Values => ["project", "budget", "executed", "rate"];
    public override IReadOnlyList<string> Thresholds => ["low", "high"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        if (c.Accounts.Projects.Count == 0) { yield return CheckResult.NotApplicable; yield break; }
        foreach (var p in c.Accounts.Projects)
        {
            if (p.FullYearBudget.IsZero) { yield return CheckResult.NotApplicable; continue; }
            var rate = Percentage.Of(p.Executed, p.FullYearBudget)!.Value;
            if (rate.Points >= rule.Threshold("low") && rate.Points <= rule.Threshold("high")) { yield return CheckResult.Pass; continue; }
            yield return CheckResult.Fail(new FindingLocation(Section: "s10-4", Field: $"projects[{p.Id}]"),
                V(("project", p.Name), ("budget", Money(c, p.FullYearBudget)), ("executed", Money(c, p.Executed)), ("rate", c.Format.Percent(rate))),
                p.Executed.Yuan, p.FullYearBudget.Yuan);
        }
    }
}

/// <summary>“三公”经费不得超预算: each item and the total.</summary>
internal sealed class ThreePublicOverBudgetCheck : BuiltinCheck
{
    public override string Name => "threePublicOverBudget";
    public override IReadOnlyList<string> Values => ["item", "budget", "actual", "excess"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var (b, a) = (c.Accounts.ThreePublic.Budget, c.Accounts.ThreePublic.Actual);
        var items = new (string Item, Amount Budget, Amount Actual)[]
        {
            ("合计", b.Total, a.Total), ("因公出国（境）费", b.Abroad, a.Abroad), ("公务用车购置费", b.VehiclePurchase, a.VehiclePurchase),
            ("公务用车运行费", b.VehicleOperation, a.VehicleOperation), ("公务接待费", b.Reception, a.Reception),
        };
        foreach (var (item, budget, actual) in items)
        {
            if (actual.IsZero) { yield return CheckResult.NotApplicable; continue; }
            yield return actual <= budget
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation("T7", "决算数." + item, Section: "s7"),
                    V(("item", item), ("budget", Money(c, budget)), ("actual", Money(c, actual)), ("excess", Money(c, actual - budget))),
                    actual.Yuan, budget.Yuan, [new FindingLocation("T7", "预算数." + item)]);
        }
    }
}

/// <summary>
/// “三公”经费不少于基本支出中的相应科目: each item of 三公 covers basic and project spending, so it is at least what the
/// 一般公共预算财政拨款 basic expenditure shows under the same economic 款 (30212 因公出国（境）费用, 30217 公务接待费, 30231
/// 公务用车运行维护费, 31013 公务用车购置); it need not equal it (domain.md §2.7).
/// </summary>
internal sealed class ThreePublicCoversEconomicCheck : BuiltinCheck
{
    public override string Name => "threePublicCoversEconomic";
    public override IReadOnlyList<string> Values => ["item", "actual", "code", "economic", "basic", "shortfall", "scope"];

    private static readonly (string Item, string Code, string Economic, Func<ThreePublicItems, Amount> Of)[] Items =
    [
        ("因公出国（境）费", "30212", "因公出国（境）费用", t => t.Abroad),
        ("公务接待费", "30217", "公务接待费", t => t.Reception),
        ("公务用车运行费", "30231", "公务用车运行维护费", t => t.VehicleOperation),
        ("公务用车购置费", "31013", "公务用车购置", t => t.VehiclePurchase),
    ];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        // The fundings the “三公” figures are of, as the document's template takes them.
        Funding[] scope = c.Template.Options.ThreePublicScope == ThreePublicScope.Fiscal ? [Funding.GeneralBudget, Funding.GovernmentFund] : [Funding.GeneralBudget];
        foreach (var (item, code, economic, of) in Items)
        {
            var basic = c.Accounts.BasicByEconomic.Where(l => l.Code == code && scope.Contains(l.Funding)).Sum(l => l.Amount);
            if (basic.IsZero) { yield return CheckResult.NotApplicable; continue; }
            var actual = of(c.Accounts.ThreePublic.Actual);
            yield return actual >= basic
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation("T7", "决算数." + item, Section: "s7"),
                    V(("item", item), ("actual", Money(c, actual)), ("code", code), ("economic", economic), ("basic", Money(c, basic)), ("shortfall", Money(c, basic - actual)),
                        ("scope", c.Template.Options.ThreePublicScope.Name())),
                    actual.Yuan, basic.Yuan, [new FindingLocation("T6", code)]);
        }
    }
}

/// <summary>
/// 机关运行经费与公用经费一致: for 行政 and 参公 units, 机关运行经费 is the 一般公共预算 公用经费 of T6.
/// A department whose members include 事业单位 counts the 公用经费 of those members in T6 but not in its
/// 机关运行经费, so there the costs may only fall short of T6, never exceed it.
/// </summary>
internal sealed class OperatingCostsMatchPublicCheck : BuiltinCheck
{
    public override string Name => "operatingCostsMatchPublic";
    public override IReadOnlyList<string> Values => ["costs", "public", "difference"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        if (!c.Accounts.Unit.Type.HasOperatingCosts() || c.Accounts.OperatingCosts is not { } costs) { yield return CheckResult.NotApplicable; yield break; }
        var @public = c.Facts.Table("T6")?.Cell(TableKeys.PublicTotal) ?? Interval.Zero;
        var partOfPublic = c.Accounts.Members.Any(m => !m.Type.HasOperatingCosts());
        var holds = partOfPublic ? Interval.Exact(costs.Yuan).CanBeAtMost(@public) : Interval.Exact(costs.Yuan).Meets(@public);
        if (holds) { yield return CheckResult.Pass; yield break; }
        yield return CheckResult.Fail(new FindingLocation(Section: "s10-1", Field: "operatingCosts"),
            V(("costs", Money(c, costs)), ("public", Money(c, @public.Value)), ("difference", Money(c, costs.Yuan - @public.Value))),
            costs.Yuan, @public.Value, [new FindingLocation("T6", TableKeys.PublicTotal)]);
    }
}

/// <summary>事业单位不填报机关运行经费 .</summary>
internal sealed class OperatingCostsNotApplicableCheck : BuiltinCheck
{
    public override string Name => "operatingCostsForPublicInstitution";
    public override IReadOnlyList<string> Values => ["costs"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        if (c.Accounts.Unit.Type.HasOperatingCosts() || c.Accounts.Members.Count > 0) { yield return CheckResult.NotApplicable; yield break; }
        yield return c.Accounts.OperatingCosts is { } costs
            ? CheckResult.Fail(new FindingLocation(Section: "s10-1", Field: "operatingCosts"), V(("costs", Money(c, costs))))
            : CheckResult.Pass;
    }
}
