using Juesuan.Accounts;
using Juesuan.Amounts;

namespace Juesuan.Testing;

/// <summary>
/// Generates balanced accounts for tests and benchmarks: a 事业单位 with 一般公共预算, 政府性基金,
/// 国有资本经营 and non-fiscal funds (事业收入, 经营收入), deterministic for a given seed. Every funding
/// flow balances (年初 + 收入 = 支出 + 年末), so a correct disclosure satisfies every identity.
/// </summary>
public static class SyntheticUnits
{
    private static readonly string[] GeneralBasicItems = ["2012901", "2080505", "2080506", "2101102", "2210201"];
    private static readonly string[] GeneralProjectItems = ["2012902", "2060702", "2060703"];

    public static UnitAccounts Create(int seed, string? code = null, UnitType type = UnitType.PublicInstitution, bool withStateCapital = true)
    {
        var random = new Random(seed);
        Amount Money(int minYuan, int maxYuan) => Amount.FromYuan(random.Next(minYuan, maxYuan) + random.Next(0, 100) / 100m);

        var income = new List<IncomeLine>();
        var expenditure = new List<ExpenditureLine>();
        var opening = new List<BalanceLine>();
        var closing = new List<BalanceLine>();
        var budgets = new List<BudgetLine>();

        // 一般公共预算: income equals expenditure per 项, except a carry-over spent on 行政运行.
        var carryOver = Money(1_000, 50_000);
        foreach (var item in GeneralBasicItems.Concat(GeneralProjectItems))
        {
            var kind = GeneralBasicItems.Contains(item) ? ExpenditureKind.Basic : ExpenditureKind.Project;
            var amount = Money(20_000, 2_000_000);
            expenditure.Add(new ExpenditureLine(item, kind, Funding.GeneralBudget, amount));
            income.Add(new IncomeLine(item, IncomeSource.GeneralBudget, item == "2012901" ? amount - carryOver : amount));
            budgets.Add(new BudgetLine(item, Amount.FromYuan(Math.Round(amount.Yuan * (0.8m + random.Next(0, 40) / 100m), 0)), null));
        }
        opening.Add(new BalanceLine(Funding.GeneralBudget, "2012901", carryOver));

        // 政府性基金: opening + income = expenditure (basic and project) + closing, by 项.
        var fundOpening = Money(0, 100_000);
        var fundBasic = Money(10_000, 200_000);
        var fundProject = Money(50_000, 900_000);
        var fundClosing = Money(0, 80_000);
        opening.Add(new BalanceLine(Funding.GovernmentFund, "2296002", fundOpening));
        income.Add(new IncomeLine("2296002", IncomeSource.GovernmentFund, fundBasic + fundProject + fundClosing - fundOpening));
        expenditure.Add(new ExpenditureLine("2296002", ExpenditureKind.Basic, Funding.GovernmentFund, fundBasic));
        expenditure.Add(new ExpenditureLine("2296002", ExpenditureKind.Project, Funding.GovernmentFund, fundProject));
        closing.Add(new BalanceLine(Funding.GovernmentFund, "2296002", fundClosing));

        if (withStateCapital)
        {
            var capital = Money(10_000, 300_000);
            income.Add(new IncomeLine("2230105", IncomeSource.StateCapital, capital));
            expenditure.Add(new ExpenditureLine("2230105", ExpenditureKind.Project, Funding.StateCapital, capital));
        }

        // Non-fiscal funds: 事业收入, 经营收入, 其他收入 against basic, 经营支出 and a closing balance.
        var publicService = Money(100_000, 900_000);
        var operating = Money(10_000, 90_000);
        var other = Money(0, 5_000);
        var otherOpening = Money(0, 20_000);
        income.Add(new IncomeLine("2060705", IncomeSource.PublicService, publicService));
        income.Add(new IncomeLine("2060705", IncomeSource.Operating, operating));
        income.Add(new IncomeLine("2012901", IncomeSource.Other, other));
        opening.Add(new BalanceLine(Funding.NonFiscal, null, otherOpening));
        var nonFiscalBasic = Amount.FromYuan(Math.Round(publicService.Yuan * 0.9m, 2));
        var operatingExpenditure = Amount.FromYuan(Math.Round(operating.Yuan * 0.8m, 2));
        expenditure.Add(new ExpenditureLine("2060705", ExpenditureKind.Basic, Funding.NonFiscal, nonFiscalBasic));
        expenditure.Add(new ExpenditureLine("2060705", ExpenditureKind.Operating, Funding.NonFiscal, operatingExpenditure));
        closing.Add(new BalanceLine(Funding.NonFiscal, null, publicService + operating + other + otherOpening - nonFiscalBasic - operatingExpenditure));

        // 一般公共预算 basic expenditure by economic 款, summing exactly to the basic lines.
        var generalBasic = expenditure.Where(l => l.Funding == Funding.GeneralBudget && l.Kind == ExpenditureKind.Basic).Sum(l => l.Amount);
        var wages = Amount.FromYuan(Math.Round(generalBasic.Yuan * 0.55m, 2));
        var pension = Amount.FromYuan(Math.Round(generalBasic.Yuan * 0.15m, 2));
        var office = Amount.FromYuan(Math.Round(generalBasic.Yuan * 0.1m, 2));
        var vehicle = Money(1_000, 30_000);
        var economic = new List<EconomicLine>
        {
            new("30101", Funding.GeneralBudget, wages),
            new("30108", Funding.GeneralBudget, pension),
            new("30201", Funding.GeneralBudget, office),
            new("30231", Funding.GeneralBudget, vehicle),
            new("30299", Funding.GeneralBudget, generalBasic - wages - pension - office - vehicle),
            new("30201", Funding.NonFiscal, nonFiscalBasic),
        };

        var threePublicActual = new ThreePublicItems(Money(0, 30_000), Amount.Zero, vehicle, Money(0, 8_000));
        var threePublicBudget = new ThreePublicItems(threePublicActual.Abroad + Money(0, 5_000), Amount.Zero, vehicle + Money(0, 5_000), threePublicActual.Reception);
        var goods = Money(0, 300_000);
        var services = Money(0, 100_000);

        return new UnitAccounts
        {
            FiscalYear = 2021,
            Unit = new UnitProfile(code ?? $"S{seed:D4}", $"测试事业单位{seed}号", null, type,
                "承担科学技术普及与公共服务职能。", "内设综合科、业务科2个科室。", new StaffNumbers(30, 28, 6)),
            Income = income,
            Expenditure = expenditure,
            BasicByEconomic = economic,
            OpeningBalances = opening,
            ClosingBalances = closing,
            Budgets = budgets,
            ThreePublic = new ThreePublicExpenses(threePublicBudget, threePublicActual, 1, 3, 0, 2, 4, 21),
            OperatingCosts = type.HasOperatingCosts() ? office + vehicle : null,
            Procurement = new Procurement(goods, Amount.Zero, services, Amount.FromYuan(Math.Round(goods.Yuan / 2, 2)), Amount.FromYuan(Math.Round(goods.Yuan / 4, 2))),
            Assets = new AssetHoldings([new VehicleHolding(VehicleCategory.SpecialTechnical, 1), new VehicleHolding(VehicleCategory.Other, 1)], 1, 0, null),
            Projects = [new Project("p1", "科普活动项目", "2060702", Funding.GeneralBudget, Money(100_000, 500_000), Money(100_000, 500_000), Money(50_000, 100_000), true, null)],
            PriorYear = new PriorYearFigures { Total = Money(1_000_000, 9_000_000), OperatingCosts = Money(10_000, 90_000) },
            Reasons = new Dictionary<string, string> { [ReasonKeys.TotalChange] = "业务规模调整" },
        };
    }
}
