using Juesuan.Accounts;
using Juesuan.Amounts;

namespace Juesuan.Data;

/// <summary>主要指标 — the figures a reviewer or a reader compares first, computed from the accounts.</summary>
public static class KeyFigures
{
    /// <summary>Each figure: its key in a publication's <see cref="PublishedFigures"/> (after "k:"), its name, and how it is computed.</summary>
    public static readonly IReadOnlyList<(string Key, string Name, Func<AccountsFigures, Amount?> Of)> All =
    [
        ("total", "收入（支出）总计", f => f.TotalIncome),
        ("income", "本年收入合计", f => f.CurrentYearIncome),
        ("expenditure", "本年支出合计", f => f.CurrentYearExpenditure),
        ("basic", "其中：基本支出", f => f.ExpenditureByKind.GetValueOrDefault(ExpenditureKind.Basic)),
        ("project", "其中：项目支出", f => f.ExpenditureByKind.GetValueOrDefault(ExpenditureKind.Project)),
        ("fiscal", "财政拨款收入支出总计", f => f.FiscalIncomeTotal),
        ("general", "一般公共预算财政拨款支出", f => f.GeneralBudgetExpenditure),
        ("budget", "年初预算（一般公共预算财政拨款）", f => f.YearStartBudget),
        ("three", "“三公”经费支出", f => f.Accounts.ThreePublic.Actual.Total),
        ("operating", "机关运行经费", f => f.Accounts.OperatingCosts),
        ("procurement", "政府采购支出", f => f.Accounts.Procurement.Total),
        ("closing", "年末结转和结余", f => f.ClosingBalance),
    ];
}
