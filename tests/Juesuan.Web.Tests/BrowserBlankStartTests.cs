using System.Text.RegularExpressions;
using Juesuan.Data;
using Microsoft.Playwright;
using static Juesuan.Web.Tests.BrowserPeople;
using static Microsoft.Playwright.Assertions;

namespace Juesuan.Web.Tests;

/// <summary>
/// A unit new to Juesuan, with no file to upload: its preparer starts the year blank in the browser, fills
/// every part by hand, is stopped at submission while a required part is empty (the checklist names it),
/// and submits once it is filled.
/// </summary>
public sealed class BrowserBlankStartTests : IAsyncLifetime
{
    private const string Unit = "140200-TSG";
    private const string Base = $"/work/{Unit}/2025";

    private BrowserPeople? people;

    public async Task InitializeAsync()
    {
        people = await BrowserPeople.StartAsync(loadSample: true);
        if (people is null) return;
        await people.App.AddOrganisationAsync("140200-D-WL", "大同市文化和旅游局", OrganisationKind.Department, "140200");
        await people.App.AddOrganisationAsync(Unit, "大同市图书馆", OrganisationKind.Unit, "140200-D-WL");
        await people.App.AddUserAsync("tsg-preparer", UserRole.UnitPreparer, Unit);
    }

    public async Task DisposeAsync()
    {
        if (people is not null) await people.DisposeAsync();
    }

    private static ILocator Part(IPage page, string id) => page.Locator($"#checklist tr[data-part={id}]");

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存为第");
    }

    private static async Task OpenPartAsync(IPage page, string title)
    {
        await page.Locator("nav.side").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(title)) }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }

    /// <summary>Fills row <paramref name="row"/> (from 1) of a list: text and code cells typed, choice cells picked by their value.</summary>
    private static async Task RowAsync(IPage page, int row, params (string Column, string Value)[] cells)
    {
        foreach (var (column, value) in cells)
        {
            var cell = page.GetByLabel($"第{row}行 {column}", new() { Exact = true });
            if (await cell.EvaluateAsync<string>("e => e.tagName") == "SELECT") await cell.SelectOptionAsync(value);
            else await cell.FillAsync(value);
        }
    }

    [RequiresBrowserFact]
    public async Task A_new_unit_starts_blank_fills_every_part_and_submits_once_nothing_required_is_empty()
    {
        var page = await people!.PersonAsync("tsg-preparer");

        // 1. No file: the year starts blank, and the checklist says what remains.
        await page.GotoAsync(Base);
        await page.GetByRole(AriaRole.Link, new() { Name = "导入决算数据文件或新建空白数据" }).ClickAsync();
        await page.GetByLabel("单位类型").SelectOptionAsync("publicWelfareFirst");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建并逐项填报" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已新建空白决算数据");
        await Expect(Status(page)).ToHaveTextAsync("草稿");
        foreach (var id in new[] { "profile", "income", "expenditure", "priorYear" })
            await Expect(Part(page, id)).ToContainTextAsync("须填报");
        await Expect(Part(page, "profile")).ToContainTextAsync("尚未填报主要职能");
        await Expect(Part(page, "assets")).ToContainTextAsync("未填（可不填）");
        await ShotAsync(page, "blank-01-checklist");

        // 2. Submitting now is refused, with what is missing named as the forms name it.
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(page.Locator("#message")).ToContainTextAsync("尚未填报主要职能");
        await Expect(page.Locator("#message")).ToContainTextAsync("尚未填报本年收入明细");
        await Expect(Status(page)).ToHaveTextAsync("草稿");

        // 3. Every part, in the order of the work, from the checklist.
        await Part(page, "profile").GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByLabel("单位简称").FillAsync("市图书馆");
        await page.GetByLabel("主要职能").FillAsync("收集、整理和保存文献信息资源，向公众提供借阅、咨询和阅读推广服务。");
        await page.GetByLabel("机构设置").FillAsync("内设办公室、采编部、借阅部3个部门。");
        await SaveAsync(page);

        await OpenPartAsync(page, "本年收入");
        await RowAsync(page, 1, ("功能分类科目编码", "2070104"), ("收入来源", "generalBudget"), ("金额（元）", "1000000"));
        await RowAsync(page, 2, ("功能分类科目编码", "2070104"), ("收入来源", "publicService"), ("金额（元）", "50000"));
        await SaveAsync(page);

        await OpenPartAsync(page, "本年支出");
        await RowAsync(page, 1, ("功能分类科目编码", "2070104"), ("支出性质", "basic"), ("资金性质", "generalBudget"), ("金额（元）", "800000"));
        await RowAsync(page, 2, ("功能分类科目编码", "2070104"), ("支出性质", "project"), ("资金性质", "generalBudget"), ("金额（元）", "200000"));
        await RowAsync(page, 3, ("功能分类科目编码", "2070104"), ("支出性质", "basic"), ("资金性质", "nonFiscal"), ("金额（元）", "50000"));
        await SaveAsync(page);

        await OpenPartAsync(page, "基本支出经济分类");
        await RowAsync(page, 1, ("经济分类科目编码", "30101"), ("资金性质", "generalBudget"), ("金额（元）", "500000"));
        await RowAsync(page, 2, ("经济分类科目编码", "30201"), ("资金性质", "generalBudget"), ("金额（元）", "300000"));
        await RowAsync(page, 3, ("经济分类科目编码", "30201"), ("资金性质", "nonFiscal"), ("金额（元）", "50000"));
        await SaveAsync(page);

        // No balances at either end of the year: the part is saved as it is.
        await OpenPartAsync(page, "结转和结余");
        await SaveAsync(page);

        await OpenPartAsync(page, "预算数");
        await RowAsync(page, 1, ("功能分类科目编码", "2070104"), ("年初预算数（元）", "1000000"));
        await SaveAsync(page);

        await OpenPartAsync(page, "“三公”经费");
        await SaveAsync(page);

        await OpenPartAsync(page, "机关运行经费、政府采购");
        await page.GetByLabel("政府采购货物支出").FillAsync("120000");
        await page.GetByLabel("授予中小企业合同金额").FillAsync("120000");
        await page.GetByLabel("授予小微企业合同金额").FillAsync("100000");
        await SaveAsync(page);

        await OpenPartAsync(page, "国有资产占用");
        await page.GetByLabel("大型通用设备台（套）数").FillAsync("0");
        await page.GetByLabel("大型专用设备台（套）数").FillAsync("0");
        await SaveAsync(page);

        await OpenPartAsync(page, "项目");
        // The project's number is left to the form.
        await RowAsync(page, 1, ("项目名称", "图书采购"), ("功能分类科目编码", "2070104"), ("资金性质", "generalBudget"),
            ("年初预算数（元）", "200000"), ("全年预算数（元）", "200000"), ("全年执行数（元）", "200000"));
        await SaveAsync(page);
        await Expect(page.GetByLabel("第1行 项目编号", new() { Exact = true })).ToHaveValueAsync("P1");

        // 4. 上年数 is left empty: submission is refused, and the checklist names that part alone.
        await page.GetByRole(AriaRole.Link, new() { Name = "概览与提交" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(page.Locator("#message")).ToContainTextAsync("尚未填报上年收入（支出）总计");
        await Expect(page.Locator("#checklist")).ToContainTextAsync("还有1个部分须填报或改正后才能提交：上年数。");
        await Expect(page.Locator("#checklist tr[data-ready=false]")).ToHaveCountAsync(1);
        await Expect(Part(page, "income")).ToContainTextAsync("已填");
        await ShotAsync(page, "blank-02-refused");
        await Expect(Status(page)).ToHaveTextAsync("草稿");

        await Part(page, "priorYear").GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByLabel("上年收入（支出）总计").FillAsync("980000");
        await SaveAsync(page);

        await OpenPartAsync(page, "预算绩效情况说明");
        await page.GetByLabel("绩效管理工作开展情况").FillAsync("对图书采购项目开展了绩效自评。");
        await SaveAsync(page);

        await OpenPartAsync(page, "原因说明");
        await page.GetByLabel("收入、支出总计与上年相比的增减").FillAsync("读者服务项目增加");
        await SaveAsync(page);

        // 5. Nothing required is empty: the checklist is clear and the submission goes through.
        await page.GetByRole(AriaRole.Link, new() { Name = "概览与提交" }).ClickAsync();
        await Expect(page.Locator("#checklist")).ToContainTextAsync("各部分都没有阻断问题，可以提交审核。");
        await Expect(page.Locator("[data-count=blocking]")).ToHaveTextAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(Status(page)).ToHaveTextAsync("待部门审核");
        Assert.Empty(people.External);
        Assert.Empty(people.Refused);
    }
}
