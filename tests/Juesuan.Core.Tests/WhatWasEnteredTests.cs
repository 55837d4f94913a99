using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Core.Tests.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Pipeline;

namespace Juesuan.Core.Tests;

/// <summary>The text states only what was entered, in words a finance reader would not stop at.</summary>
public class WhatWasEnteredTests
{
    private static string Section(DisclosureDocument document, string headingId)
    {
        var blocks = document.Parts.SelectMany(p => p.Blocks).ToList();
        var start = blocks.FindIndex(b => b is Heading h && h.Id == headingId);
        return string.Concat(blocks.Skip(start + 1).TakeWhile(b => b is not Heading).OfType<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_code_the_unit_named_itself_is_explained_as_the_unit_states_and_otherwise_asked_for()
    {
        var unit = SmallAccounts.Unit();
        var named = unit with
        {
            CodeNames = new Dictionary<string, string> { ["205"] = "教育支出", ["20503"] = "职业教育", ["2050302"] = "中等职业教育" },
            Expenditure = [.. unit.Expenditure, new ExpenditureLine("2050302", ExpenditureKind.Basic, Funding.GeneralBudget, Amounts.Amount.FromYuan(1_000m))],
        };
        static string Glossary(DisclosureDocument d) => string.Concat(d.Parts.Single(p => p.Id == "part4").Blocks.OfType<Paragraph>().Select(p => p.Text));

        var asked = DisclosureBuilder.Build(named);
        Assert.Contains("中等职业教育（项）”的科目说明（填报“科目说明”）】", Glossary(asked));
        Assert.Contains(asked.Pending, p => p.Key == "codeExplanations.2050302");

        var explained = DisclosureBuilder.Build(named with
        {
            CodeExplanations = new Dictionary<string, string> { ["2050302"] = "反映各部门举办中等职业教育的支出。", ["2012901"] = "反映本单位行政运行的支出。" },
        });
        Assert.Contains("中等职业教育（项）：反映各部门举办中等职业教育的支出。", Glossary(explained));
        Assert.Contains("：反映本单位行政运行的支出。", Glossary(explained));
        Assert.DoesNotContain(explained.Pending, p => p.Key.StartsWith("codeExplanations.", StringComparison.Ordinal));

        var read = AccountsReader.Read(AccountsWriter.Write(named with { CodeExplanations = new Dictionary<string, string> { ["2050302"] = "反映中职支出。" } }), "a.json");
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal("反映中职支出。", read.Accounts!.CodeExplanations["2050302"]);
    }

    [Fact]
    public void With_no_budgets_entered_no_budget_of_0_is_stated_the_text_asks_for_them_and_the_checks_agree()
    {
        var accounts = SmallAccounts.Unit() with { Budgets = [] };
        var prepared = DisclosurePipeline.Prepare(accounts, AccountsFileSettings.None, PublishingSettings.Shipped, SmallAccounts.AsOf);
        var text = Section(prepared.Document, "s5-3");
        Assert.DoesNotContain("0.00元，支出决算", text);
        Assert.DoesNotContain("决算数大于", text);
        Assert.Contains("【待补充：一般公共预算财政拨款各项的年初预算（填报“预算数”）】", text);
        Assert.Contains(prepared.Document.Pending, p => p.Key == "budgets");
        Assert.Equal(CoverageStatus.NotEnoughData, prepared.Checks.Coverage.Single(c => c.RuleId == "R-4").Status);
        Assert.DoesNotContain(prepared.Checks.Findings, f => f.RuleId == "R-4");
    }

    [Fact]
    public void A_item_without_a_budget_line_states_its_spending_only_and_asks_for_no_reason()
    {
        var unit = SmallAccounts.Unit();
        var accounts = unit with { Budgets = unit.Budgets.Skip(1).ToArray() };
        var missing = unit.Budgets[0].Code;
        var prepared = DisclosurePipeline.Prepare(accounts, AccountsFileSettings.None, PublishingSettings.Shipped, SmallAccounts.AsOf);
        var path = CodeCatalogs.ForYear(unit.FiscalYear)!.FunctionPath(missing);
        var item = Section(prepared.Document, "s5-3").Split(path + "。")[1];
        Assert.StartsWith("支出决算为", item);
        Assert.DoesNotContain(prepared.Checks.Findings, f => f.RuleId == "R-4" && f.Location.Field == ReasonKeys.FieldOf(ReasonKeys.ItemVsBudget(missing)));
    }

    [Fact]
    public void A_class_is_named_once_before_its_amount_for_every_class_of_every_edition()
    {
        foreach (var edition in CodeCatalogs.EditionYears.Select(y => CodeCatalogs.ForYear(y)!))
        {
            // One item of every class that has one, each spending 1,000 元 of the general budget.
            var items = edition.Classes(CodeKind.Function)
                .Select(c => edition.Codes.FirstOrDefault(i => i.Kind == CodeKind.Function && i.Level == CodeLevel.Item && i.Code.StartsWith(c.Code, StringComparison.Ordinal)))
                .OfType<ClassificationCode>().ToArray();
            var unit = SmallAccounts.Unit();
            var accounts = unit with
            {
                FiscalYear = edition.EditionYear,
                Income = [.. items.Select(i => new IncomeLine(i.Code, IncomeSource.GeneralBudget, Amounts.Amount.FromYuan(1_000m)))],
                Expenditure = [.. items.Select(i => new ExpenditureLine(i.Code, ExpenditureKind.Project, Funding.GeneralBudget, Amounts.Amount.FromYuan(1_000m)))],
                Budgets = [], BasicByEconomic = [], Projects = [], OpeningBalances = [], ClosingBalances = [],
            };
            var text = Section(DisclosureBuilder.Build(accounts), "s5-2");
            foreach (var c in items.Select(i => edition.Get(CodeKind.Function, i.Code[..3])))
                Assert.Contains($"{c.Name}（类）1,000.00元", text);
            Assert.DoesNotContain("（类）支出", text);
        }
    }
}
