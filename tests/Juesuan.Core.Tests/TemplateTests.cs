using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Errors;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

/// <summary>
/// Templates as data: every shipped template is sound; a layout's tables and sections come in the template's
/// order under its headings; a broken template file is refused with each problem at its place in the file.
/// </summary>
public class TemplateTests
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;

    private static string DefaultJson()
    {
        using var stream = typeof(DisclosureTemplate).Assembly.GetManifestResourceStream("Juesuan.DocumentModel.Templates.default.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>The default template's file with one change made to it.</summary>
    private static IReadOnlyList<FileError> ProblemsAfter(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(DefaultJson())!.AsObject();
        change(json);
        var load = DisclosureTemplate.Load(json.ToJsonString(), "我的模板.json");
        Assert.Null(load.Template);
        return load.Errors;
    }

    [Fact]
    public void Every_shipped_template_is_sound()
    {
        Assert.Contains(DisclosureTemplate.All, t => t.Id == "default");
        Assert.Contains(DisclosureTemplate.All, t => t.Id == "shanghai-district");
        foreach (var t in DisclosureTemplate.All)
            Assert.Empty(TemplateValidation.Problems(t, t.Id));
    }

    [Fact]
    public void A_template_serves_the_years_it_names()
    {
        var shanghai = DisclosureTemplate.Find("shanghai-district", 2024)!;
        Assert.Null(DisclosureTemplate.Find("shanghai-district", 2023));
        Assert.Same(shanghai, DisclosureTemplate.Find("shanghai-district", 2030));
        Assert.False((shanghai with { ToYear = 2025 }).Serves(2026));
        Assert.Equal(AmountUnit.TenThousandYuan, shanghai.Options.Unit);
    }

    [Fact]
    public void The_shanghai_layout_orders_tables_and_sections_as_the_districts_template_prints_them()
    {
        var template = DisclosureTemplate.Find("shanghai-district", 2024)!;
        var document = DisclosureBuilder.Build(SampleFiles.Read("putuo-finance-2024").Accounts!, new DisclosureOptions(Template: "shanghai-district"));
        Assert.Equal(AmountUnit.TenThousandYuan, document.AmountUnit);
        Assert.Equal(
            ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
             "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"],
            document.Tables.Select(t => t.Title));
        Assert.All(document.Tables, t => Assert.Equal("", t.Code));
        // The district prints its 收支总表 without 行次: the columns and the header's spans go with them, the figures stay.
        var summary = document.Tables.First();
        Assert.Equal(["收入项目", "收入决算数", "支出项目", "支出决算数"], summary.Columns);
        Assert.Equal([2, 2], summary.Header[0].Select(h => h.ColSpan));
        Assert.All(summary.Rows, r => Assert.Equal(4, r.Cells.Count));
        Assert.Equal(29_953_890.00m, summary.Cell("收入总计"));
        Assert.Contains("行次", DisclosureBuilder.Build(SampleFiles.Read("putuo-finance-2024").Accounts!, new DisclosureOptions(Template: "default")).Tables.First().Columns[1]);
        var headings = document.Parts.Single(p => p.Id == "part3").Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text);
        Assert.Equal(
            ["一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明", "五、一般公共预算财政拨款支出决算情况说明",
             "六、一般公共预算财政拨款基本支出决算情况说明", "七、财政拨款“三公”经费支出决算情况说明", "八、政府性基金预算财政拨款收入支出决算情况说明",
             "九、国有资本经营预算财政拨款收入支出决算情况说明", "十、预算绩效管理情况", "十一、其他重要事项的情况说明"],
            headings);
        // Each kind of section keeps its one id whatever its number: 预算绩效 is s10-4 under either layout.
        Assert.Contains(document.Parts.SelectMany(p => p.Blocks).OfType<Heading>(), h => h.Id == "s10-4" && h.Text == "十、预算绩效管理情况");
        Assert.StartsWith("一、财政拨款收入：", document.Parts.Single(p => p.Id == "part4").Blocks.OfType<Paragraph>().First().Text);
        Assert.Equal(template.Glossary.Count, document.Parts.Single(p => p.Id == "part4").Blocks.Count);
    }

    [Fact]
    public void Sections_follow_the_order_a_template_gives_them()
    {
        var standard = DisclosureTemplate.Find("default", 2021)!;
        var reordered = standard with { Sections = [standard.Sections[6], .. standard.Sections.Take(6), .. standard.Sections.Skip(7)] };
        var ids = DisclosureBuilder.Build(Sample, reordered, AmountUnit.Yuan).Parts.Single(p => p.Id == "part3").Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Id);
        Assert.Equal(["s7", "s1", "s2", "s3", "s4", "s5", "s6", "s8", "s9", "s10"], ids);
    }

    [Fact]
    public void An_empty_sentence_is_one_the_template_leaves_out()
    {
        var standard = DisclosureTemplate.Find("default", 2021)!;
        var text = new Dictionary<string, string>(standard.Text) { ["s1.breakdown"] = "" };
        var document = DisclosureBuilder.Build(Sample, standard with { Text = text }, AmountUnit.Yuan);
        var blocks = document.Parts.Single(p => p.Id == "part3").Blocks.ToList();
        var s1 = blocks.FindIndex(b => b is Heading { Id: "s1" });
        Assert.IsType<Heading>(blocks[s1 + 2]);
        Assert.DoesNotContain(blocks.OfType<Paragraph>(), p => p.Text.StartsWith("其中：本年收入合计", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_placeholder_is_named_with_the_sentence_and_what_it_may_use()
    {
        var error = Assert.Single(ProblemsAfter(j => j["text"]!["s1.totals"] = "{year}年度收入总计{totalIncom}。"));
        Assert.Equal(ErrorCodes.Unknown, error.Code);
        Assert.Equal("$.text['s1.totals']", error.Where);
        Assert.Contains("文本“s1.totals”中的占位符{totalIncom}无法识别", error.Message);
        Assert.Contains("{totalIncome}", error.Message);
        Assert.StartsWith("我的模板.json $.text['s1.totals']：", error.ToString());
    }

    [Fact]
    public void A_table_without_a_title_an_unknown_table_and_a_missing_one_are_each_named()
    {
        var errors = ProblemsAfter(j =>
        {
            var tables = j["tables"]!.AsArray();
            tables[0]!["title"] = "";
            tables[8]!["id"] = "T10";
        });
        Assert.Contains(errors, e => e.Where == "$.tables[0].title" && e.Message == "第1张表（T1）没有表名");
        Assert.Contains(errors, e => e.Where == "$.tables[8].id" && e.Message.StartsWith("第9张表的“T10”不是可生成的表", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == ErrorCodes.Missing && e.Message.StartsWith("缺少表T9（国有资本经营预算财政拨款支出决算表）", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_of_an_unknown_kind_or_without_its_heading_is_named()
    {
        var errors = ProblemsAfter(j =>
        {
            var sections = j["sections"]!.AsArray();
            sections[0]!["kind"] = "totalz";
            sections[1]!["heading"] = "s2x";
            sections[9]!["parts"]!.AsArray().Add(new JsonObject { ["kind"] = "otherMatters", ["heading"] = "s10", ["parts"] = new JsonArray() });
        });
        Assert.Contains(errors, e => e.Where == "$.sections[0].kind" && e.Message.StartsWith("第三部分第1节的内容“totalz”无法识别", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Where == "$.sections[1].heading" && e.Message == "第三部分第2节的标题“s2x”在文本（text）中没有写出");
        Assert.Contains(errors, e => e.Where == "$.sections[9].parts[4].kind" && e.Message.Contains("只能是第三部分的一节", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_or_unknown_sentence_an_unclosed_fragment_and_a_wrong_unit_are_named()
    {
        var errors = ProblemsAfter(j =>
        {
            var text = j["text"]!.AsObject();
            text.Remove("s2.total");
            text["s9.extra"] = "多余的一句";
            text["s3.total"] = "{year}年度本年支出合计{expenditure}[，其中";
            j["options"]!["amountUnit"] = "千元";
            j["options"]!["vehicleCategories"] = new JsonArray(new JsonObject { ["category"] = "ministerialLeader", ["name"] = "部级领导干部用车" }, new JsonObject { ["category"] = "bus", ["name"] = "班车" });
        });
        Assert.Contains(errors, e => e.Where == "$.text['s2.total']" && e.Message.StartsWith("缺少文本“s2.total”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Where == "$.text['s9.extra']" && e.Code == ErrorCodes.Unknown);
        Assert.Contains(errors, e => e.Where == "$.text['s3.total']" && e.Message.Contains("没有配对", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Where == "$.options.amountUnit" && e.Message == "金额单位应为“元”或“万元”，实际为“千元”");
        Assert.Contains(errors, e => e.Where == "$.options.vehicleCategories[1]" && e.Message.StartsWith("车辆类别“bus”无法识别", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Where == "$.options.vehicleCategories[0]");
    }

    [Fact]
    public void A_file_that_is_not_a_template_is_refused_with_its_line()
    {
        var load = DisclosureTemplate.Load("{\n  \"id\": \"x\",\n  \"name\": \n}", "坏.json");
        var error = Assert.Single(load.Errors);
        Assert.Equal(ErrorCodes.Syntax, error.Code);
        Assert.StartsWith("坏.json 第4行", error.ToString());
        var unknown = DisclosureTemplate.Load(DefaultJson().Replace("\"fromYear\": 2018,", "\"fromYear\": 2018, \"colour\": \"红\","), "多.json");
        Assert.Contains("有模板不认识的项", Assert.Single(unknown.Errors).Message);
    }

    [Fact]
    public void A_template_that_names_vehicle_categories_lists_each_as_it_names_them_none_held_too_and_a_category_held_it_does_not_name()
    {
        var accounts = SampleFiles.Read("putuo-finance-2024").Accounts!;
        var held = accounts with { Assets = accounts.Assets with { Vehicles = [new VehicleHolding(VehicleCategory.LawEnforcement, 2), new VehicleHolding(VehicleCategory.Leadership, 1)] } };
        var text = string.Concat(DisclosureBuilder.Build(held, new DisclosureOptions(Template: "shanghai-district")).Paragraphs().Select(p => p.Paragraph.Text));
        Assert.Contains("共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆、领导用车1辆。", text);
        // The central layout names the categories held, by their usual names.
        var central = string.Concat(DisclosureBuilder.Build(held, new DisclosureOptions(Template: "default")).Paragraphs().Select(p => p.Paragraph.Text));
        Assert.Contains("共有车辆3辆，其中：执法执勤用车2辆，领导用车1辆。", central);
    }

    /// <summary>
    /// The central layout from 2022 as the central releases of 2022–2024 describe it (docs/templates.md): 07 政府性基金, 08 国有资本经营,
    /// 09 财政拨款“三公”经费 (with 政府性基金), 06 the 明细表; 第三部分 一 to 十三 with 机关运行经费, 政府采购, 国有资产 and 预算绩效 each its own section.
    /// </summary>
    [Fact]
    public void The_central_layout_from_2022_orders_its_tables_and_sections_as_published()
    {
        var accounts = Sample with { FiscalYear = 2022 };
        var document = DisclosureBuilder.Build(accounts, new DisclosureOptions(Template: "central-2022"));
        Assert.Equal(
            ["公开01表 收入支出决算总表", "公开02表 收入决算表", "公开03表 支出决算表", "公开04表 财政拨款收入支出决算总表", "公开05表 一般公共预算财政拨款支出决算表",
             "公开06表 一般公共预算财政拨款基本支出决算明细表", "公开07表 政府性基金预算财政拨款收入支出决算表", "公开08表 国有资本经营预算财政拨款支出决算表",
             "公开09表 财政拨款“三公”经费支出决算表"],
            document.Tables.Select(t => $"{t.Code} {t.Title}"));
        var headings = document.Parts.Single(p => p.Id == "part3").Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text).ToArray();
        Assert.Equal(13, headings.Length);
        Assert.Equal(["七、政府性基金预算财政拨款收入支出决算情况说明", "八、国有资本经营预算财政拨款支出决算情况说明", "九、财政拨款“三公”经费支出决算情况说明",
            "十、机关运行经费支出情况说明", "十一、政府采购支出情况说明", "十二、国有资产占用情况说明", "十三、预算绩效情况说明"], headings[6..]);
        var text = string.Concat(document.Paragraphs().Select(p => p.Paragraph.Text));
        // The central release compares “三公” spending with the 全年预算 (新京报 2023-07-26, 经济日报 2025-07-27).
        Assert.Contains("2022年度“三公”经费财政拨款支出全年预算为", text);
        Assert.Null(DisclosureTemplate.Find("central-2022", 2021));
    }

    /// <summary>
    /// The parts provincial layouts add, stated where a template asks for them: 一般性支出 (会议费 and 培训费 from the economic lines, basic and
    /// project), the assets' values, 政府购买服务, 其他需说明的事项 and 联系方式 — asked for with a placeholder where the accounts lack them.
    /// </summary>
    [Fact]
    public void A_template_may_state_general_expenses_asset_values_purchased_services_other_notes_and_the_contact()
    {
        var standard = DisclosureTemplate.Find("default", 2021)!;
        var text = new Dictionary<string, string>(standard.Text)
        {
            ["x1"] = "十一、一般性支出情况",
            ["x2"] = "十二、其他需说明的事项",
            ["x3"] = "十三、联系方式",
            ["s10.3.values"] = "截至{year}年12月31日，本{subject}资产总额{total}，其中：流动资产{current}，固定资产{fixed}（其中房屋{buildings}[，面积{buildingArea}平方米]），无形资产{intangible}。",
            ["s10.2.services"] = "{year}年度本{subject}政府购买服务支出{purchasedServices}。",
        };
        var provincial = standard with
        {
            Text = text,
            Sections = [.. standard.Sections, new SectionSpec(SectionKinds.GeneralExpenses, "x1"), new SectionSpec(SectionKinds.OtherNotes, "x2"), new SectionSpec(SectionKinds.Contact, "x3")],
        };
        Assert.Empty(TemplateValidation.Problems(provincial, "省级模板.json"));
        var accounts = Sample with
        {
            BasicByEconomic = [.. Sample.BasicByEconomic.Where(l => l.Code is not ("30215" or "30216")), new EconomicLine("30215", Funding.GeneralBudget, Amount.FromYuan(1_200m))],
            ProjectByEconomic = [new EconomicLine("30216", Funding.GeneralBudget, Amount.FromYuan(3_000m))],
            Festivals = Amount.Zero,
            PurchasedServices = Amount.FromYuan(45_000m),
            Assets = Sample.Assets with { Total = Amount.FromYuan(2_000_000m), Current = Amount.FromYuan(500_000m), Fixed = Amount.FromYuan(1_400_000m), Buildings = Amount.FromYuan(900_000m), BuildingArea = 812.5m, Intangible = Amount.FromYuan(100_000m) },
            OtherNotes = "本单位无其他重大事项。",
        };
        var document = DisclosureBuilder.Build(accounts, provincial, AmountUnit.Yuan);
        var all = string.Concat(document.Paragraphs().Select(p => p.Paragraph.Text));
        Assert.Contains("2021年度本单位一般性支出4,200.00元，其中：会议费1,200.00元，培训费3,000.00元，节庆、晚会、论坛、展会支出0.00元。", all);
        Assert.Contains("资产总额2,000,000.00元，其中：流动资产500,000.00元，固定资产1,400,000.00元（其中房屋900,000.00元，面积812.5平方米），无形资产100,000.00元。", all);
        Assert.Contains("2021年度本单位政府购买服务支出45,000.00元。", all);
        Assert.Contains("本单位无其他重大事项。", all);
        // The contact is not in the accounts: asked for, and held pending.
        Assert.Contains(document.Pending, p => p.Key == "contact" && p.SectionId == "s10-7");
        Assert.Contains(document.Parts.SelectMany(p => p.Blocks).OfType<Heading>(), h => h.Id == "s10-7" && h.Text == "十三、联系方式");
    }

    [Fact]
    public void A_template_asks_for_the_parts_it_states_and_no_others()
    {
        var (central, shanghai) = (DisclosureTemplate.Find("default", 2024)!, DisclosureTemplate.Find("shanghai-district", 2024)!);
        foreach (var path in new[] { "performanceManagement", "performanceManagement.averageScore", "procurement.reservedForSmes", "otherNotes", "contact", "assets.total", "projectByEconomic" })
            Assert.False(TemplateAsks.Field(central, path), path);
        Assert.True(TemplateAsks.Field(shanghai, "performanceManagement.averageScore"));
        Assert.True(TemplateAsks.Field(shanghai, "procurement.otherAwardedToSmes"));
        Assert.False(TemplateAsks.Field(shanghai, "assets.total"));
        // What every layout states is asked for by every template.
        foreach (var t in DisclosureTemplate.All)
            foreach (var path in new[] { "procurement.goods", "assets.vehicles", "threePublic.budget", "performance.summary" })
                Assert.True(TemplateAsks.Field(t, path), $"{t.Id} {path}");
    }

    [Fact]
    public void The_three_public_scope_names_the_table_and_the_section_as_the_template_takes_them()
    {
        var standard = DisclosureTemplate.Find("default", 2021)!;
        var fiscal = standard with { Options = standard.Options with { ThreePublicScope = ThreePublicScope.Fiscal } };
        var document = DisclosureBuilder.Build(Sample, fiscal, AmountUnit.Yuan);
        Assert.Equal("财政拨款“三公”经费支出决算表", document.Tables.Single(t => t.Id == "T7").Title);
        Assert.Contains(document.Parts.SelectMany(p => p.Blocks).OfType<Heading>(), h => h.Text == "七、财政拨款“三公”经费支出决算情况说明");
        Assert.Equal("一般公共预算财政拨款“三公”经费支出决算表", DisclosureBuilder.Build(Sample, standard, AmountUnit.Yuan).Tables.Single(t => t.Id == "T7").Title);
    }

    [Fact]
    public void The_three_public_budget_is_named_as_the_budget_the_template_says_it_is()
    {
        var shanghai = DisclosureTemplate.Find("shanghai-district", 2024)!;
        string Text(DisclosureTemplate t) => string.Concat(DisclosureBuilder.Build(Sample with { FiscalYear = 2024 }, t, AmountUnit.TenThousandYuan).Paragraphs().Select(p => p.Paragraph.Text));
        Assert.Contains("“三公”经费财政拨款支出年初预算为", Text(shanghai), StringComparison.Ordinal);
        var fullYear = shanghai with { Options = shanghai.Options with { ThreePublicBudget = ThreePublicBudgetBasis.FullYear } };
        Assert.Contains("“三公”经费财政拨款支出全年预算为", Text(fullYear), StringComparison.Ordinal);
        Assert.DoesNotContain("“三公”经费财政拨款支出年初预算为", Text(fullYear), StringComparison.Ordinal);
        // Read from a template file as bureaus write it.
        var json = DisclosureTemplate.ShippedText("shanghai-district.json").Replace("\"id\": \"shanghai-district\"", "\"id\": \"shanghai-full-year\"", StringComparison.Ordinal).Replace("\"options\": {", "\"options\": {\n    \"threePublicBudget\": \"fullYear\",", StringComparison.Ordinal);
        Assert.Equal(ThreePublicBudgetBasis.FullYear, DisclosureTemplate.Load(json, "shanghai-full-year.json").Template!.Options.ThreePublicBudget);
    }
}
