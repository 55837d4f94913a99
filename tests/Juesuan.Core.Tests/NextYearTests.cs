using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

/// <summary>A new year started from last year's accounts: its profile carried over, last year's figures its 上年数, the year itself empty.</summary>
public class NextYearTests
{
    private static readonly UnitAccounts Sample = SampleFiles.Read("datong-cast-2021").Accounts!;

    [Fact]
    public void Last_years_figures_become_the_prior_year_as_last_years_disclosure_states_them()
    {
        var prior = PriorYearFigures.Of(Sample);
        // Each as the 2021 disclosure states it (samples/datong-cast-2021/published.txt and its tables).
        Assert.Equal(4_001_132.90m, prior.Total!.Value.Yuan);
        Assert.Equal(3_916_264.87m, prior.CurrentYearIncome!.Value.Yuan);
        Assert.Equal(3_915_995.04m, prior.IncomeBySource[IncomeSource.GeneralBudget].Yuan);
        Assert.Equal(4_000_720.64m, prior.CurrentYearExpenditure!.Value.Yuan);
        Assert.Equal(3_670_245.42m, prior.ExpenditureByKind[ExpenditureKind.Basic].Yuan);
        Assert.Equal(330_475.22m, prior.ExpenditureByKind[ExpenditureKind.Project].Yuan);
        Assert.Equal(2_527_684.65m, prior.GeneralBudgetByClass["201"].Yuan);
        Assert.Equal(6_164.80m, prior.ThreePublic!.Total.Yuan);
        Assert.Equal(53_523.50m, prior.Procurement!.Value.Yuan);
    }

    [Fact]
    public void A_new_year_keeps_the_units_texts_takes_last_years_figures_and_starts_its_own_empty()
    {
        var draft = NextYear.From(Sample, 2022);
        Assert.Equal(2022, draft.FiscalYear);
        Assert.Equal(Sample.Unit.Functions, draft.Unit.Functions);
        Assert.Equal(Sample.Unit.Structure, draft.Unit.Structure);
        Assert.Null(draft.Unit.Staff);
        Assert.Equal(Sample.Performance, draft.Performance);
        Assert.Empty(draft.Income);
        Assert.Empty(draft.Expenditure);
        Assert.Empty(draft.Reasons);
        // Written and read back as a file, it is the same draft.
        var read = AccountsReader.Read(AccountsWriter.Write(draft, AccountsFileSettings.None), "2022.json");
        Assert.Empty(read.Errors);
        Assert.Equal(PriorYearFigures.Of(Sample).Total, read.Accounts!.PriorYear.Total);
        Assert.Equal(6_164.80m, read.Accounts.PriorYear.ThreePublic!.Total.Yuan);
        Assert.Equal(2_527_684.65m, read.Accounts.PriorYear.GeneralBudgetByClass["201"].Yuan);
    }

    [Fact]
    public void The_next_years_disclosure_compares_with_last_years_figures()
    {
        // 2022 as 2021 was, but 1,164.80 元 less spent on running the vehicle.
        var three = Sample.ThreePublic;
        var year = NextYear.From(Sample, 2022) with
        {
            Income = Sample.Income, Expenditure = Sample.Expenditure, BasicByEconomic = Sample.BasicByEconomic,
            OpeningBalances = Sample.OpeningBalances, ClosingBalances = Sample.ClosingBalances, Budgets = Sample.Budgets,
            ThreePublic = three with { Actual = three.Actual with { VehicleOperation = Amount.FromYuan(5_000.00m) } },
        };
        var text = string.Concat(DisclosureBuilder.Build(year).Parts.SelectMany(p => p.Blocks).OfType<Paragraph>().Select(p => p.Text));
        Assert.Contains("减少1,164.80元，下降18.89%", text);
    }
}
