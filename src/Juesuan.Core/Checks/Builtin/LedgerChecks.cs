using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>
/// 收支按项平衡 — for each funding, each function 项: 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余.
/// Runs for a funding only where every balance of that funding names its 项; otherwise the flow can
/// only be checked in total (T1, T4), and this check reports that it had not enough data.
/// </summary>
internal sealed class FlowByItemCheck : BuiltinCheck
{
    public override string Name => "flowByItem";
    public override IReadOnlyList<string> Values => ["code", "name", "funding", "opening", "income", "expenditure", "closing", "difference"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var a = c.Accounts;
        foreach (var funding in Enum.GetValues<Funding>())
        {
            var opening = a.OpeningBalances.Where(b => b.Funding == funding).ToArray();
            var closing = a.ClosingBalances.Where(b => b.Funding == funding).ToArray();
            var income = a.Income.Where(l => l.Source.FundingOf() == funding).ToArray();
            var expenditure = a.Expenditure.Where(l => l.Funding == funding).ToArray();
            if (opening.Length + closing.Length + income.Length + expenditure.Length == 0) { yield return CheckResult.NotApplicable; continue; }
            if (opening.Concat(closing).Any(b => b.Code is null && !b.Amount.IsZero)) { yield return CheckResult.NotEnoughData; continue; }
            var codes = opening.Select(b => b.Code!).Concat(closing.Select(b => b.Code!)).Concat(income.Select(l => l.Code)).Concat(expenditure.Select(l => l.Code))
                .Distinct().Order(StringComparer.Ordinal);
            foreach (var code in codes)
            {
                var o = opening.Where(b => b.Code == code).Sum(b => b.Amount);
                var i = income.Where(l => l.Code == code).Sum(l => l.Amount);
                var e = expenditure.Where(l => l.Code == code).Sum(l => l.Amount);
                var k = closing.Where(b => b.Code == code).Sum(b => b.Amount);
                if (o + i == e + k) { yield return CheckResult.Pass; continue; }
                yield return CheckResult.Fail(
                    new FindingLocation("T3", code, "本年支出合计", Field: "expenditure"),
                    V(("code", code), ("name", c.Catalog.FunctionPath(code)), ("funding", funding.Name()),
                      ("opening", Money(c, o)), ("income", Money(c, i)), ("expenditure", Money(c, e)), ("closing", Money(c, k)),
                      ("difference", Money(c, o + i - e - k))),
                    (o + i).Yuan, (e + k).Yuan,
                    [new FindingLocation("T2", code, "本年收入合计", Field: "income")]);
            }
        }
    }
}

/// <summary>基本支出经济分类合计等于基本支出 — for each funding, the economic items add up to the basic expenditure.</summary>
internal sealed class EconomicMatchesBasicCheck : BuiltinCheck
{
    public override string Name => "economicMatchesBasic";
    public override IReadOnlyList<string> Values => ["funding", "economic", "basic", "difference"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        foreach (var funding in Enum.GetValues<Funding>())
        {
            var economic = c.Accounts.BasicByEconomic.Where(l => l.Funding == funding).Sum(l => l.Amount);
            var basic = c.Figures.ExpenditureOf(funding, ExpenditureKind.Basic);
            if (economic.IsZero && basic.IsZero) { yield return CheckResult.NotApplicable; continue; }
            if (economic == basic) { yield return CheckResult.Pass; continue; }
            IReadOnlyList<FindingLocation> related = funding == Funding.GeneralBudget
                ? [new("T6", TableKeys.PersonnelTotal), new("T6", TableKeys.PublicTotal), new("T5", "合计", "基本支出")]
                : [];
            yield return CheckResult.Fail(new FindingLocation("T3", "合计", "基本支出", Field: "basicByEconomic"),
                V(("funding", funding.Name()), ("economic", Money(c, economic)), ("basic", Money(c, basic)), ("difference", Money(c, economic - basic))),
                economic.Yuan, basic.Yuan, related);
        }
    }
}

/// <summary>项目支出经济分类合计等于项目支出 (F-3) — where the accounts state the project expenditure by economic 款, for each funding.</summary>
internal sealed class EconomicMatchesProjectCheck : BuiltinCheck
{
    public override string Name => "economicMatchesProject";
    public override IReadOnlyList<string> Values => ["funding", "economic", "project", "difference"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        if (c.Accounts.ProjectByEconomic.Count == 0) { yield return CheckResult.NotApplicable; yield break; }
        foreach (var funding in Enum.GetValues<Funding>())
        {
            var economic = c.Accounts.ProjectByEconomic.Where(l => l.Funding == funding).Sum(l => l.Amount);
            var project = c.Figures.ExpenditureOf(funding, ExpenditureKind.Project);
            if (economic.IsZero && project.IsZero) continue;
            yield return economic == project
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation("T3", "合计", "项目支出", Field: "projectByEconomic"),
                    V(("funding", funding.Name()), ("economic", Money(c, economic)), ("project", Money(c, project)), ("difference", Money(c, economic - project))),
                    economic.Yuan, project.Yuan);
        }
    }
}

/// <summary>项目支出等于各项目执行数之和 — per function 项 and funding, when the accounts list projects.</summary>
internal sealed class ProjectsMatchExpenditureCheck : BuiltinCheck
{
    public override string Name => "projectsMatchExpenditure";
    public override IReadOnlyList<string> Values => ["code", "name", "funding", "projects", "executed", "expenditure", "difference"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var a = c.Accounts;
        if (a.Projects.Count == 0) { yield return CheckResult.NotEnoughData; yield break; }
        var keys = a.Projects.Select(p => (p.Code, p.Funding))
            .Concat(a.Expenditure.Where(l => l.Kind == ExpenditureKind.Project && !l.Amount.IsZero).Select(l => (l.Code, l.Funding)))
            .Distinct().OrderBy(k => k.Code, StringComparer.Ordinal).ThenBy(k => k.Funding);
        foreach (var (code, funding) in keys)
        {
            var projects = a.Projects.Where(p => p.Code == code && p.Funding == funding).ToArray();
            var executed = projects.Sum(p => p.Executed);
            var expenditure = a.Expenditure.Where(l => l.Code == code && l.Funding == funding && l.Kind == ExpenditureKind.Project).Sum(l => l.Amount);
            if (executed == expenditure) { yield return CheckResult.Pass; continue; }
            yield return CheckResult.Fail(new FindingLocation("T3", code, "项目支出", Field: "projects"),
                V(("code", code), ("name", c.Catalog.FunctionPath(code)), ("funding", funding.Name()),
                  ("projects", projects.Length == 0 ? "（无）" : string.Join("、", projects.Select(p => p.Name))),
                  ("executed", Money(c, executed)), ("expenditure", Money(c, expenditure)), ("difference", Money(c, executed - expenditure))),
                executed.Yuan, expenditure.Yuan);
        }
    }
}
