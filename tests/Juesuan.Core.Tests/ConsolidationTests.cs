using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

public class ConsolidationTests
{
    private static readonly UnitAccounts Own = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly UnitAccounts Subordinate = SyntheticUnits.Create(7, "S0007");
    private static readonly UnitProfile Department = Own.Unit with { Code = "DEPT", Name = "大同市科学技术协会（部门）" };

    private static readonly UnitAccounts Consolidated = Consolidation.Consolidate(Department, [Own, Subordinate]);

    [Fact]
    public void Every_total_of_a_department_is_the_sum_of_its_units()
    {
        var (own, sub, dept) = (new AccountsFigures(Own), new AccountsFigures(Subordinate), new AccountsFigures(Consolidated));
        Assert.Equal(own.TotalIncome + sub.TotalIncome, dept.TotalIncome);
        Assert.Equal(own.CurrentYearExpenditure + sub.CurrentYearExpenditure, dept.CurrentYearExpenditure);
        foreach (var source in Enum.GetValues<IncomeSource>())
            Assert.Equal(own.IncomeBySource[source] + sub.IncomeBySource[source], dept.IncomeBySource[source]);
        foreach (var funding in Enum.GetValues<Funding>())
        {
            Assert.Equal(own.OpeningOf(funding) + sub.OpeningOf(funding), dept.OpeningOf(funding));
            Assert.Equal(own.ClosingOf(funding) + sub.ClosingOf(funding), dept.ClosingOf(funding));
        }
        Assert.Equal(own.GeneralBudgetUnder("2012901") + sub.GeneralBudgetUnder("2012901"), dept.GeneralBudgetUnder("2012901"));
        Assert.Equal(own.YearStartBudget + sub.YearStartBudget, dept.YearStartBudget);
    }

    [Fact]
    public void Lines_with_the_same_key_are_merged_not_repeated()
    {
        var keys = Consolidated.Expenditure.Select(l => (l.Code, l.Kind, l.Funding)).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(Own.Expenditure.Concat(Subordinate.Expenditure).Sum(l => l.Amount), Consolidated.Expenditure.Sum(l => l.Amount));
    }

    [Fact]
    public void Counts_holdings_and_operating_costs_add_up()
    {
        Assert.Equal(Own.ThreePublic.VehiclesHeld + Subordinate.ThreePublic.VehiclesHeld, Consolidated.ThreePublic.VehiclesHeld);
        Assert.Equal(Own.ThreePublic.Actual.Total + Subordinate.ThreePublic.Actual.Total, Consolidated.ThreePublic.Actual.Total);
        Assert.Equal(Own.Assets.VehicleCount + Subordinate.Assets.VehicleCount, Consolidated.Assets.VehicleCount);
        Assert.Equal(Own.OperatingCosts, Consolidated.OperatingCosts); // the public institution has none
        Assert.Equal(Own.Procurement.Total + Subordinate.Procurement.Total, Consolidated.Procurement.Total);
        Assert.Equal(Own.Projects.Count + Subordinate.Projects.Count, Consolidated.Projects.Count);
    }

    [Fact]
    public void The_department_disclosure_names_its_units_and_balances()
    {
        var document = DisclosureBuilder.Build(Consolidated);
        Assert.Equal("部门", document.Subject);
        Assert.Equal("大同市科学技术协会（部门）2021年度部门决算", document.Title);
        var overview = string.Concat(document.Parts[0].Blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.Contains("纳入大同市科学技术协会（部门）2021年度部门决算编制范围的单位共2个，包括：大同市科学技术协会（参照公务员法管理的事业单位）、测试事业单位7号（事业单位）。", overview);
        Identities.AssertAll(document);
    }

    [Fact]
    public void Units_of_different_years_cannot_be_consolidated() =>
        Assert.Throws<ArgumentException>(() => Consolidation.Consolidate(Department, [Own, Subordinate with { FiscalYear = 2022 }]));
}
