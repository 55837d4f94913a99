using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests.Checks;

/// <summary>A draft may be saved with nothing but the unit's name; submission waits until the required parts are filled (E-7).</summary>
public class RequiredContentTests
{
    private static readonly UnitAccounts Blank = new()
    {
        FiscalYear = 2021,
        Unit = new UnitProfile("T002", "测试图书馆", null, UnitType.PublicInstitution, "", ""),
    };

    private static CheckReport Check(UnitAccounts accounts) =>
        CheckRunner.Run(new CheckContext(accounts, DisclosureBuilder.Build(accounts), SmallAccounts.AsOf), RuleCatalogue.Builtin);

    [Fact]
    public void Blank_accounts_are_read_back_and_their_missing_parts_block_by_name()
    {
        var read = AccountsReader.Read(AccountsWriter.Write(Blank, AccountsFileSettings.None), "blank.json");
        Assert.Empty(read.Errors);
        var report = Check(read.Accounts!);
        var missing = report.Findings.Where(f => f.RuleId == "E-7").ToList();
        Assert.All(missing, f => Assert.Equal(Severity.Blocking, f.Severity));
        // No expenditure, so no budget is asked for yet.
        Assert.Equal(["unit.functions", "unit.structure", "income", "expenditure", "priorYear.total"], missing.Select(f => f.Location.Field));
        Assert.Equal("尚未填报主要职能：第一部分“概况”须写明单位的主要职能。", missing[0].Message);
        Assert.Contains(missing, f => f.Message.StartsWith("尚未填报上年收入（支出）总计", StringComparison.Ordinal));
    }

    [Fact]
    public void A_budget_is_asked_for_once_there_is_general_budget_spending_and_a_new_unit_states_a_prior_total_of_zero()
    {
        var accounts = SmallAccounts.Unit() with { Budgets = [], PriorYear = PriorYearFigures.None with { Total = Amounts.Amount.Zero } };
        var missing = Check(accounts).Findings.Where(f => f.RuleId == "E-7").Select(f => f.Location.Field).ToList();
        Assert.Equal(["budgets"], missing);
    }

    [Fact]
    public void The_draft_disclosure_asks_for_the_profile_texts_where_they_belong()
    {
        var document = DisclosureBuilder.Build(Blank);
        var placeholders = document.Paragraphs().SelectMany(p => p.Paragraph.Spans).Where(s => s.Placeholder).Select(s => (s.Key, s.Text)).ToList();
        Assert.Contains(("unit.functions", "【待补充：主要职能（填报“单位概况”）】"), placeholders);
        Assert.Contains(("unit.structure", "【待补充：机构设置（填报“单位概况”）】"), placeholders);
    }

    [Fact]
    public void The_fields_the_rule_asks_for_are_those_the_format_marks_as_required_on_submission()
    {
        string[] asked = ["unit.functions", "unit.structure", "income", "expenditure", "budgets", "priorYear.total"];
        foreach (var path in asked)
            Assert.EndsWith(AccountsFields.OnSubmission, AccountsFields.Find(AccountsFields.All, path)!.RequiredWhen);
    }
}
