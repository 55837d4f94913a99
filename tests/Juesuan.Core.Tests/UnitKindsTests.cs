using Juesuan.Accounts;
using Juesuan.Core.Tests.Checks;
using Juesuan.DocumentModel;
using Juesuan.Pipeline;

namespace Juesuan.Core.Tests;

/// <summary>Every kind of unit real disclosures come from builds, and the rules that depend on kind follow it.</summary>
public class UnitKindsTests
{
    public static TheoryData<UnitType> Types => [.. Enum.GetValues<UnitType>()];

    private static string Section(DisclosureDocument document, string headingId)
    {
        var blocks = document.Parts.SelectMany(p => p.Blocks).ToList();
        var start = blocks.FindIndex(b => b is Heading h && h.Id == headingId);
        return string.Concat(blocks.Skip(start + 1).TakeWhile(b => b is not Heading).OfType<Paragraph>().Select(p => p.Text));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_unit_type_builds_its_profile_round_trips_and_机关运行经费_follows_it(UnitType type)
    {
        var unit = SmallAccounts.Unit();
        var accounts = unit with
        {
            Unit = unit.Unit with { Type = type, Funding = FundingMode.Partial, Level = BudgetLevel.Second, Disclosure = DisclosureKind.Unit },
            OperatingCosts = type.HasOperatingCosts() ? unit.OperatingCosts : null,
        };
        var prepared = DisclosurePipeline.Prepare(accounts, AccountsFileSettings.None, PublishingSettings.Shipped, SmallAccounts.AsOf);
        var costs = Section(prepared.Document, "s10-1");
        if (type is UnitType.Administrative or UnitType.CivilServantManaged)
            Assert.Contains("机关运行经费支出", costs);
        else
            Assert.Contains($"本单位为{type.Name()}，机关运行经费不适用于本单位", costs);

        var read = AccountsReader.Read(AccountsWriter.Write(accounts), "a.json");
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal(accounts.Unit with { Staff = null }, read.Accounts!.Unit with { Staff = null });
    }

    [Fact]
    public void The_stated_disclosure_kind_decides_how_the_text_names_its_subject()
    {
        var unit = SmallAccounts.Unit();
        var department = unit with { Unit = unit.Unit with { Disclosure = DisclosureKind.Department } };
        Assert.Equal("部门", DisclosureBuilderSubject(department));
        Assert.Equal("单位", DisclosureBuilderSubject(unit));
    }

    /// <summary>
    /// Q-4 for a department: with a 公益一类 member, T6's 公用经费 counts that member and 机关运行经费 does
    /// not, so costs below it are right; with 行政 members only, the two must agree.
    /// </summary>
    [Theory]
    [InlineData(UnitType.PublicWelfareFirst, 199_000, false)]
    [InlineData(UnitType.PublicWelfareFirst, 201_000, true)]
    [InlineData(UnitType.Administrative, 199_000, true)]
    [InlineData(UnitType.Administrative, 200_000, false)]
    public void Q4_compares_a_department_with_事业单位_members_only_as_an_upper_bound(UnitType memberType, int costs, bool fires)
    {
        var unit = SmallAccounts.Unit();
        var member = new UnitProfile("T002", "测试中心", null, memberType, "承担测试服务。", "内设科室2个。");
        var department = unit with
        {
            Unit = unit.Unit with { Disclosure = DisclosureKind.Department },
            Members = [unit.Unit, member],
            OperatingCosts = Juesuan.Amounts.Amount.FromYuan(costs),
        };
        var report = Juesuan.Checks.CheckRunner.Run(SmallAccounts.Context(department), Juesuan.Checks.RuleCatalogue.Builtin);
        Assert.Equal(fires, report.Findings.Any(f => f.RuleId == "Q-4"));
    }

    [Fact]
    public void A_department_lists_each_member_with_its_kind()
    {
        var unit = SmallAccounts.Unit();
        var department = unit with
        {
            Members = [unit.Unit, new UnitProfile("T002", "测试中心", null, UnitType.PublicWelfareSecond, "承担测试服务。", "内设科室2个。")],
        };
        var composition = Section(Disclosure.DisclosureBuilder.Build(department), "p1-structure");
        Assert.Contains("单位共2个，包括：测试局（行政单位）、测试中心（公益二类事业单位）。", composition);
    }

    private static string DisclosureBuilderSubject(UnitAccounts accounts) => Disclosure.DisclosureBuilder.Build(accounts).Subject;
}
