using Juesuan.Accounts;
using Juesuan.Amounts;

namespace Juesuan.Web.Publishing;

/// <summary>主要指标 — the figures a reviewer or a reader compares first, computed from the accounts.</summary>
public static class KeyFigures
{
    public static readonly IReadOnlyList<(string Name, Func<AccountsFigures, Amount?> Of)> All =
    [
        ("收入（支出）总计", f => f.TotalIncome),
        ("本年收入合计", f => f.CurrentYearIncome),
        ("本年支出合计", f => f.CurrentYearExpenditure),
        ("其中：基本支出", f => f.ExpenditureByKind.GetValueOrDefault(ExpenditureKind.Basic)),
        ("其中：项目支出", f => f.ExpenditureByKind.GetValueOrDefault(ExpenditureKind.Project)),
        ("财政拨款收入支出总计", f => f.FiscalIncomeTotal),
        ("一般公共预算财政拨款支出", f => f.GeneralBudgetExpenditure),
        ("年初预算（一般公共预算财政拨款）", f => f.YearStartBudget),
        ("“三公”经费支出", f => f.Accounts.ThreePublic.Actual.Total),
        ("机关运行经费", f => f.Accounts.OperatingCosts),
        ("政府采购支出", f => f.Accounts.Procurement.Total),
        ("年末结转和结余", f => f.ClosingBalance),
    ];
}
