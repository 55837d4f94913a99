using Juesuan.Amounts;

namespace Juesuan.Accounts;

/// <summary>
/// 上年决算数 — the previous year's figures the narrative compares with. Each is optional; a change is
/// stated only where the prior figure is known.
/// </summary>
public sealed record PriorYearFigures
{
    public static readonly PriorYearFigures None = new();

    /// <summary>
    /// A year's figures as the next year's disclosure compares with them, each computed as that year's own
    /// disclosure states it: 收入总计, 本年收入 and 支出 with their parts, 财政拨款收入支出总计, 一般公共预算财政拨款支出
    /// and its classes, the “三公” actuals, 机关运行经费 (where stated) and 政府采购支出.
    /// </summary>
    public static PriorYearFigures Of(UnitAccounts year)
    {
        var f = new AccountsFigures(year);
        return new()
        {
            Total = f.TotalIncome,
            CurrentYearIncome = f.CurrentYearIncome,
            IncomeBySource = f.IncomeBySource,
            CurrentYearExpenditure = f.CurrentYearExpenditure,
            ExpenditureByKind = f.ExpenditureByKind,
            FiscalTotal = f.FiscalIncomeTotal,
            GeneralBudgetExpenditure = f.GeneralBudgetExpenditure,
            GeneralBudgetByClass = year.Expenditure.Where(l => l.Funding == Funding.GeneralBudget && !l.Amount.IsZero)
                .Select(l => l.Code[..3]).Distinct(StringComparer.Ordinal).ToDictionary(c => c, f.GeneralBudgetUnder, StringComparer.Ordinal),
            ThreePublic = year.ThreePublic.Actual,
            OperatingCosts = year.OperatingCosts,
            Procurement = year.Procurement.Total,
        };
    }

    /// <summary>
    /// These figures over others: each figure these have replaces the other's, each they lack keeps the other's
    /// (a document read for 上年数 replaces what it states and leaves the rest as the preparer had it).
    /// </summary>
    public PriorYearFigures Over(PriorYearFigures other) => new()
    {
        Total = Total ?? other.Total,
        CurrentYearIncome = CurrentYearIncome ?? other.CurrentYearIncome,
        IncomeBySource = IncomeBySource.Count > 0 ? IncomeBySource : other.IncomeBySource,
        CurrentYearExpenditure = CurrentYearExpenditure ?? other.CurrentYearExpenditure,
        ExpenditureByKind = ExpenditureByKind.Count > 0 ? ExpenditureByKind : other.ExpenditureByKind,
        FiscalTotal = FiscalTotal ?? other.FiscalTotal,
        GeneralBudgetExpenditure = GeneralBudgetExpenditure ?? other.GeneralBudgetExpenditure,
        GeneralBudgetByClass = GeneralBudgetByClass.Count > 0 ? GeneralBudgetByClass : other.GeneralBudgetByClass,
        ThreePublic = ThreePublic ?? other.ThreePublic,
        OperatingCosts = OperatingCosts ?? other.OperatingCosts,
        Procurement = Procurement ?? other.Procurement,
        Restated = Restated.Count > 0 ? Restated : other.Restated,
    };

    /// <summary>收入总计 (= 支出总计).</summary>
    public Amount? Total { get; init; }

    /// <summary>本年收入合计.</summary>
    public Amount? CurrentYearIncome { get; init; }

    /// <summary>本年收入 by source.</summary>
    public IReadOnlyDictionary<IncomeSource, Amount> IncomeBySource { get; init; } = new Dictionary<IncomeSource, Amount>();

    /// <summary>本年支出合计.</summary>
    public Amount? CurrentYearExpenditure { get; init; }

    /// <summary>本年支出 by kind.</summary>
    public IReadOnlyDictionary<ExpenditureKind, Amount> ExpenditureByKind { get; init; } = new Dictionary<ExpenditureKind, Amount>();

    /// <summary>财政拨款收入支出总计 (公开04表 总计).</summary>
    public Amount? FiscalTotal { get; init; }

    /// <summary>一般公共预算财政拨款支出.</summary>
    public Amount? GeneralBudgetExpenditure { get; init; }

    /// <summary>一般公共预算财政拨款支出 by function 类.</summary>
    public IReadOnlyDictionary<string, Amount> GeneralBudgetByClass { get; init; } = new Dictionary<string, Amount>();

    /// <summary>一般公共预算财政拨款“三公”经费决算数.</summary>
    public ThreePublicItems? ThreePublic { get; init; }

    /// <summary>机关运行经费.</summary>
    public Amount? OperatingCosts { get; init; }

    /// <summary>政府采购支出总额.</summary>
    public Amount? Procurement { get; init; }

    /// <summary>
    /// 上年数重述 — the prior-year figures the preparer restated (a 口径 change, a corrected figure), each with its reason;
    /// the narrative says so where it compares with them.
    /// </summary>
    public IReadOnlyDictionary<PriorYearItem, string> Restated { get; init; } = new Dictionary<PriorYearItem, string>();
}

/// <summary>上年数的项目 — a prior-year figure the narrative compares with, as a restatement names it.</summary>
public enum PriorYearItem
{
    /// <summary>上年收入（支出）总计.</summary>
    Total,

    /// <summary>上年本年收入合计.</summary>
    CurrentYearIncome,

    /// <summary>上年本年支出合计.</summary>
    CurrentYearExpenditure,

    /// <summary>上年财政拨款收入支出总计.</summary>
    FiscalTotal,

    /// <summary>上年一般公共预算财政拨款支出.</summary>
    GeneralBudgetExpenditure,

    /// <summary>上年“三公”经费.</summary>
    ThreePublic,

    /// <summary>上年机关运行经费.</summary>
    OperatingCosts,

    /// <summary>上年政府采购支出.</summary>
    Procurement,
}
