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

    private static string DisclosureBuilderSubject(UnitAccounts accounts) => Disclosure.DisclosureBuilder.Build(accounts).Subject;
}
