using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

public class DisclosureTests
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly DisclosureDocument SampleDocument = DisclosureBuilder.Build(Sample);

    private static string SectionText(DisclosureDocument document, string headingId)
    {
        var blocks = document.Parts.SelectMany(p => p.Blocks).ToList();
        var start = blocks.FindIndex(b => b is Heading h && h.Id == headingId);
        Assert.True(start >= 0, headingId);
        return string.Concat(blocks.Skip(start + 1).TakeWhile(b => b is not Heading).OfType<Paragraph>().Select(p => p.Text));
    }

    private static string AllText(DisclosureDocument document) => string.Concat(document.Parts.SelectMany(p => p.Blocks).Select(b => b switch
    {
        Paragraph p => p.Text,
        Heading h => h.Text,
        TableBlock t => string.Concat(t.Table.Rows.SelectMany(r => r.Cells).Select(c => c.Text)) + t.Table.EmptyNote,
        _ => "",
    }));

    public class Identities_hold
    {
        [Fact]
        public void On_the_sample() => Identities.AssertAll(SampleDocument);

        [Fact]
        public void On_the_sample_in_ten_thousand_yuan() => Identities.AssertAll(DisclosureBuilder.Build(Sample, new DisclosureOptions(AmountUnit.TenThousandYuan)));

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void On_a_generated_unit_with_government_funds_and_public_service_income(int seed)
        {
            var accounts = SyntheticUnits.Create(seed);
            var figures = new AccountsFigures(accounts);
            Assert.False(figures.IncomeBySource[IncomeSource.PublicService].IsZero);
            Assert.False(figures.ExpenditureOf(Funding.GovernmentFund).IsZero);
            var document = DisclosureBuilder.Build(accounts);
            Assert.False(document.Tables.Single(t => t.Id == "T8").IsEmpty);
            Assert.False(document.Tables.Single(t => t.Id == "T9").IsEmpty);
            Identities.AssertAll(document);
        }

        [Fact]
        public void When_only_the_function_classes_in_use_are_listed()
        {
            var template = DisclosureTemplate.Find("default", 2021)!;
            Assert.True(template.Options.ListAllFunctionClasses);
            var t1 = SampleDocument.Tables.First();
            Assert.Contains(t1.Rows.SelectMany(r => r.Cells), c => c.Text == "二、外交支出");
        }
    }

    public class The_sample_narrative
    {
        [Fact]
        public void States_the_project_share_the_seed_got_ten_times_too_small() =>
            Assert.Contains("项目支出330,475.22元，占本年支出合计的8.26%", SectionText(SampleDocument, "s3"));

        [Fact]
        public void States_the_three_public_decrease_the_seed_transposed() =>
            Assert.Contains("与上年相比，“三公”经费支出减少487.20元，下降7.32%。主要原因是：经费支出缩减。", SectionText(SampleDocument, "s7"));

        [Fact]
        public void States_the_fiscal_decrease_with_every_digit() =>
            Assert.Contains("财政拨款收入、支出总计各减少1,272,888.22元，下降24.14%", SectionText(SampleDocument, "s4"));

        [Fact]
        public void States_totals_shares_and_completion()
        {
            Assert.Contains("2021年度收入总计4,001,132.90元，支出总计4,001,132.90元。", SectionText(SampleDocument, "s1"));
            Assert.Contains("一般公共预算财政拨款收入3,915,995.04元，占本年收入合计的99.99%", SectionText(SampleDocument, "s2"));
            Assert.Contains("基本支出3,670,245.42元，占本年支出合计的91.74%", SectionText(SampleDocument, "s3"));
            Assert.Contains("年初预算为3,868,700.00元，支出决算为4,000,671.14元，完成年初预算的103.41%", SectionText(SampleDocument, "s5-3"));
            Assert.Contains("科学技术支出（类）科学技术普及（款）科普活动（项）。年初预算为650,000.00元，支出决算为265,675.22元，完成年初预算的40.87%", SectionText(SampleDocument, "s5-3"));
            Assert.Contains("人员经费3,330,778.52元", SectionText(SampleDocument, "s6"));
            Assert.Contains("公用经费339,417.40元", SectionText(SampleDocument, "s6"));
            Assert.Contains("完成预算的30.82%", SectionText(SampleDocument, "s7"));
            Assert.Contains("公务用车保有量为1辆", SectionText(SampleDocument, "s7"));
            Assert.Contains("机关运行经费支出339,417.40元，与上年相比增加84,024.05元，增长32.90%。主要原因是：新增考录2名公务员。", SectionText(SampleDocument, "s10-1"));
            Assert.Contains("政府采购支出总额53,523.50元，其中：政府采购货物支出49,969.50元，政府采购工程支出0.00元，政府采购服务支出3,554.00元", SectionText(SampleDocument, "s10-2"));
            Assert.Contains("科普项目：全年预算数650,000.00元，全年执行数265,675.22元，预算执行率40.87%。", SectionText(SampleDocument, "s10-4"));
        }

        [Fact]
        public void Explains_its_terms_and_the_function_items_it_uses()
        {
            var glossary = SampleDocument.Parts[3].Blocks.OfType<Paragraph>().Select(p => p.Text).ToArray();
            Assert.StartsWith("1. 财政拨款收入：", glossary[0]);
            Assert.Contains("17. 机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算安排的基本支出中的日常公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。", glossary);
            Assert.Contains("18. 一般公共服务支出（类）群众团体事务（款）行政运行（项）：反映行政单位（包括实行公务员管理的事业单位）的基本支出。", glossary);
            Assert.Equal(17 + 8, glossary.Length);
        }

        [Fact]
        public void Says_the_government_fund_table_is_empty_and_why()
        {
            Assert.Contains("无政府性基金预算财政拨款收入、支出及结转和结余", SectionText(SampleDocument, "s8"));
            var t8 = SampleDocument.Tables.Single(t => t.Id == "T8");
            Assert.True(t8.IsEmpty);
            Assert.Equal("本单位2021年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。", t8.EmptyNote);
        }

        [Fact]
        public void Flags_every_missing_budget_reason_and_nothing_else()
        {
            Assert.Equal(8, SampleDocument.Pending.Count);
            Assert.All(SampleDocument.Pending, p => Assert.StartsWith("reasons.budget.", p.Key));
            Assert.All(SampleDocument.Pending, p => Assert.Equal("s5-3", p.SectionId));
            var placeholders = SampleDocument.Parts.SelectMany(p => p.Blocks).OfType<Paragraph>().SelectMany(p => p.Spans).Where(s => s.Placeholder).ToArray();
            Assert.Equal(SampleDocument.Pending.Select(p => p.Key), placeholders.Select(s => s.Key));
            Assert.All(placeholders, s => Assert.StartsWith("【待补充：", s.Text));
        }

        [Fact]
        public void Uses_a_stated_reason_instead_of_a_placeholder()
        {
            var reasons = new Dictionary<string, string>(Sample.Reasons) { [ReasonKeys.ItemVsBudget("2060702")] = "受疫情影响，部分科普活动延期举办。" };
            var document = DisclosureBuilder.Build(Sample with { Reasons = reasons });
            Assert.Contains("决算数小于年初预算的主要原因是：受疫情影响，部分科普活动延期举办。", SectionText(document, "s5-3"));
            Assert.Equal(7, document.Pending.Count);
            Assert.DoesNotContain(document.Pending, p => p.Key == "reasons.budget.2060702");
        }

        [Fact]
        public void Is_written_in_ten_thousand_yuan_when_asked()
        {
            var document = DisclosureBuilder.Build(Sample, new DisclosureOptions(AmountUnit.TenThousandYuan));
            Assert.Contains("2021年度收入总计400.11万元，支出总计400.11万元。", SectionText(document, "s1"));
            Assert.All(document.Tables, t => Assert.Equal("金额单位：万元", t.AmountUnitCaption));
            Assert.Equal("391.60", document.Tables.First().Rows[0].Cells[2].Text);
            Assert.Equal(3_915_995.04m, document.Tables.First().Rows[0].Cells[2].Yuan);
        }

        [Fact]
        public void Leaves_no_template_placeholder_unfilled()
        {
            foreach (var document in new[] { SampleDocument, DisclosureBuilder.Build(SyntheticUnits.Create(5)), DisclosureBuilder.Build(SyntheticUnits.Create(6, type: UnitType.Administrative)) })
            {
                var text = AllText(document);
                Assert.DoesNotContain("{", text);
                Assert.DoesNotContain("}", text);
            }
        }
    }

    public class Other_units
    {
        [Fact]
        public void A_public_institution_says_operating_costs_do_not_apply()
        {
            var document = DisclosureBuilder.Build(SyntheticUnits.Create(4));
            Assert.Contains("本单位为事业单位，机关运行经费不适用于本单位，无此项内容。", SectionText(document, "s10-1"));
        }

        [Fact]
        public void Government_funds_are_explained_item_by_item()
        {
            var document = DisclosureBuilder.Build(SyntheticUnits.Create(4));
            var text = SectionText(document, "s8");
            Assert.Contains("支出主要用于：其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）", text);
        }

        [Fact]
        public void A_unit_with_nothing_to_report_gets_sentences_not_zeros()
        {
            var empty = new UnitAccounts { FiscalYear = 2021, Unit = Sample.Unit };
            var document = DisclosureBuilder.Build(empty);
            Assert.Contains("2021年度无本年收入。", SectionText(document, "s2"));
            Assert.Contains("未安排一般公共预算财政拨款“三公”经费预算，也未发生“三公”经费支出", SectionText(document, "s7"));
            Assert.Contains("未发生政府采购支出", SectionText(document, "s10-2"));
            Assert.Contains("未开展项目支出绩效自评", SectionText(document, "s10-4"));
            Assert.Empty(document.Pending);
            Identities.AssertAll(document);
        }

        [Fact]
        public void The_completion_base_is_a_template_option()
        {
            var adjusted = Sample with { Budgets = Sample.Budgets.Select(b => b.Code == "2060702" ? b with { Adjusted = Amount.FromYuan(300_000m) } : b).ToArray() };
            var standard = DisclosureTemplate.Find("default", 2021)!;
            var template = standard with { Options = standard.Options with { CompletionBase = CompletionBase.Adjusted } };
            var text = SectionText(DisclosureBuilder.Build(adjusted, template, AmountUnit.Yuan), "s5-3");
            Assert.Contains("调整预算为3,518,700.00元，支出决算为4,000,671.14元，完成调整预算的113.70%", text);
            Assert.Contains("科普活动（项）。调整预算为300,000.00元，支出决算为265,675.22元，完成调整预算的88.56%", text);
        }
    }

    [Fact]
    public void Percent_decimals_are_a_template_option()
    {
        var standard = DisclosureTemplate.Find("default", 2021)!;
        var oneDecimal = standard with { Options = standard.Options with { PercentDecimals = 1 } };
        Assert.Contains("项目支出330,475.22元，占本年支出合计的8.3%", SectionText(DisclosureBuilder.Build(Sample, oneDecimal, AmountUnit.Yuan), "s3"));
    }

    [Fact]
    public void The_same_accounts_give_the_same_document()
    {
        var again = DisclosureBuilder.Build(AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!);
        Assert.Equal(AllText(SampleDocument), AllText(again));
    }
}
