using Juesuan.Amounts;

namespace Juesuan.Accounts;

/// <summary>
/// 决算数据的汇总数 — every total the tables and the narrative use, derived from the lines of one
/// <see cref="UnitAccounts"/>. Each figure is defined once, here, by the identity that defines it.
/// </summary>
public sealed class AccountsFigures
{
    public AccountsFigures(UnitAccounts accounts)
    {
        Accounts = accounts;
        IncomeBySource = Enum.GetValues<IncomeSource>().ToDictionary(s => s, s => accounts.Income.Where(l => l.Source == s).Sum(l => l.Amount));
        ExpenditureByKind = Enum.GetValues<ExpenditureKind>().ToDictionary(k => k, k => accounts.Expenditure.Where(l => l.Kind == k).Sum(l => l.Amount));
        CurrentYearIncome = IncomeBySource.Values.Sum();
        CurrentYearExpenditure = ExpenditureByKind.Values.Sum();
        OpeningBalance = accounts.OpeningBalances.Sum(b => b.Amount);
        ClosingBalance = accounts.ClosingBalances.Sum(b => b.Amount);
    }

    public UnitAccounts Accounts { get; }

    /// <summary>本年收入 by source (every source present, zero where none).</summary>
    public IReadOnlyDictionary<IncomeSource, Amount> IncomeBySource { get; }

    /// <summary>本年支出 by kind (every kind present, zero where none).</summary>
    public IReadOnlyDictionary<ExpenditureKind, Amount> ExpenditureByKind { get; }

    /// <summary>本年收入合计 = Σ 八项收入 (T1-1).</summary>
    public Amount CurrentYearIncome { get; }

    /// <summary>本年支出合计 = Σ 五类支出.</summary>
    public Amount CurrentYearExpenditure { get; }

    /// <summary>年初结转和结余.</summary>
    public Amount OpeningBalance { get; }

    /// <summary>年末结转和结余.</summary>
    public Amount ClosingBalance { get; }

    /// <summary>收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (T1-2).</summary>
    public Amount TotalIncome => CurrentYearIncome + Accounts.UseOfNonFiscalSurplus + OpeningBalance;

    /// <summary>支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余 (T1-4).</summary>
    public Amount TotalExpenditure => CurrentYearExpenditure + Accounts.SurplusDistribution + ClosingBalance;

    /// <summary>财政拨款收入 (the three fiscal sources) — the 财政拨款收入 column of T2.</summary>
    public Amount FiscalIncome => ClassifierNames.FiscalFundings.Sum(FiscalIncomeOf);

    public Amount FiscalIncomeOf(Funding funding) => Accounts.Income.Where(l => l.Source.FundingOf() == funding).Sum(l => l.Amount);

    public Amount ExpenditureOf(Funding funding) => Accounts.Expenditure.Where(l => l.Funding == funding).Sum(l => l.Amount);

    public Amount ExpenditureOf(Funding funding, ExpenditureKind kind) =>
        Accounts.Expenditure.Where(l => l.Funding == funding && l.Kind == kind).Sum(l => l.Amount);

    public Amount OpeningOf(Funding funding) => Accounts.OpeningBalances.Where(b => b.Funding == funding).Sum(b => b.Amount);

    public Amount ClosingOf(Funding funding) => Accounts.ClosingBalances.Where(b => b.Funding == funding).Sum(b => b.Amount);

    /// <summary>财政拨款本年支出 (all three budgets).</summary>
    public Amount FiscalExpenditure => ClassifierNames.FiscalFundings.Sum(ExpenditureOf);

    /// <summary>年初财政拨款结转和结余.</summary>
    public Amount FiscalOpening => ClassifierNames.FiscalFundings.Sum(OpeningOf);

    /// <summary>年末财政拨款结转和结余.</summary>
    public Amount FiscalClosing => ClassifierNames.FiscalFundings.Sum(ClosingOf);

    /// <summary>财政拨款收入总计 = 本年财政拨款收入 + 年初财政拨款结转和结余 (公开04表 收入总计).</summary>
    public Amount FiscalIncomeTotal => FiscalIncome + FiscalOpening;

    /// <summary>财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余 (公开04表 支出总计).</summary>
    public Amount FiscalExpenditureTotal => FiscalExpenditure + FiscalClosing;

    /// <summary>一般公共预算财政拨款支出.</summary>
    public Amount GeneralBudgetExpenditure => ExpenditureOf(Funding.GeneralBudget);

    /// <summary>一般公共预算财政拨款基本支出 by economic 款.</summary>
    public IEnumerable<EconomicLine> GeneralBudgetEconomic => Accounts.BasicByEconomic.Where(l => l.Funding == Funding.GeneralBudget);

    /// <summary>An economic 款's spending, basic and project, of every funding (会议费 30215, 培训费 30216 of 一般性支出).</summary>
    public Amount Economic(string code) =>
        Accounts.BasicByEconomic.Where(l => l.Code == code).Sum(l => l.Amount) + Accounts.ProjectByEconomic.Where(l => l.Code == code).Sum(l => l.Amount);

    /// <summary>年初预算 of 一般公共预算财政拨款, all 项.</summary>
    public Amount YearStartBudget => Accounts.Budgets.Sum(b => b.YearStart);

    /// <summary>调整预算 of all 项 (年初 where not adjusted).</summary>
    public Amount AdjustedBudget => Accounts.Budgets.Sum(b => b.Adjusted ?? b.YearStart);

    /// <summary>The 一般公共预算 expenditure of a function code at any level (类, 款 or 项), by prefix.</summary>
    public Amount GeneralBudgetUnder(string code) =>
        Accounts.Expenditure.Where(l => l.Funding == Funding.GeneralBudget && l.Code.StartsWith(code, StringComparison.Ordinal)).Sum(l => l.Amount);
}
