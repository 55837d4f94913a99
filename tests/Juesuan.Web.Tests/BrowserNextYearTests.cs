using System.Text.RegularExpressions;
using Juesuan.Data;
using Microsoft.Playwright;
using static Juesuan.Web.Tests.BrowserPeople;
using static Microsoft.Playwright.Assertions;

namespace Juesuan.Web.Tests;

/// <summary>
/// The sample unit's second year in a real browser: 2021 is published, so 2022 starts from it, its texts and
/// its 上年数 carried over and marked 待核对 until the preparer checks them.
/// </summary>
public sealed class BrowserNextYearTests : IAsyncLifetime
{
    private const string Unit = "140200-KX";
    private const string Next = $"/work/{Unit}/2022";

    private BrowserPeople? people;

    public async Task InitializeAsync()
    {
        people = await BrowserPeople.StartAsync(loadSample: true);
        if (people is not null) await people.App.AddUserAsync("kx-preparer", UserRole.UnitPreparer, Unit);
    }

    public async Task DisposeAsync()
    {
        if (people is not null) await people.DisposeAsync();
    }

    [RequiresBrowserFact]
    public async Task The_second_year_starts_from_the_first_ones_publication_with_what_it_carries_over_marked_until_checked()
    {
        var page = await people!.PersonAsync("kx-preparer");

        // 1. The new year, with nothing yet, offers to start from last year's publication.
        await page.GetByLabel("其他年度").FillAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "打开" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "导入决算数据文件或新建空白数据" }).ClickAsync();
        await Expect(page.Locator("#from-last-year")).ToContainTextAsync("以2021年度第1次公开的决算（原文未载明）为起点");
        await page.GetByRole(AriaRole.Button, new() { Name = "从上年开始" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已从2021年度第1次公开的决算开始");
        await Expect(Status(page)).ToHaveTextAsync("草稿");

        // 2. What was carried over waits to be checked; the year's own parts wait to be filled; the 上年数 is there.
        var carried = page.Locator("section#carried-over");
        await Expect(carried).ToContainTextAsync("沿用自2021年度第1次公开的决算");
        await Expect(carried).ToContainTextAsync("主要职能");
        await Expect(page.Locator("#checklist tr[data-part=income]")).ToContainTextAsync("须填报");
        await Expect(page.Locator("#checklist tr[data-part=priorYear]")).Not.ToContainTextAsync("须填报");
        await ShotAsync(page, "next-year-01-carried-over");

        // 3. The profile: 主要职能 as last year, checked and saved; 机构设置 changed, which needs no checking.
        await page.Locator("section#carried-over").GetByRole(AriaRole.Link, new() { Name = "单位概况" }).ClickAsync();
        await Expect(page.GetByLabel("主要职能", new() { Exact = true })).ToHaveValueAsync(new Regex("^市科协是市委、市政府领导下的人民团体"));
        await page.GetByLabel("主要职能 核对无误").CheckAsync();
        await page.GetByLabel("机构设置", new() { Exact = true }).FillAsync("机构设置包括7部1室。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存为第2版");
        await Expect(page.Locator("fieldset#carried-over")).Not.ToContainTextAsync("主要职能 核对无误");
        await Expect(page.Locator("fieldset#carried-over")).Not.ToContainTextAsync("机构设置 核对无误");

        // 4. The 上年数 are last year's figures; the rest is confirmed at once.
        await page.Locator("nav.side").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^上年数") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "上年收入（支出）总计（元）" })).ToHaveValueAsync(new Regex("^4,?001,?132\\.9"));
        await page.GetByRole(AriaRole.Link, new() { Name = "概览与提交" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "全部核对无误" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("沿用上年的内容已全部核对");
        await Expect(page.Locator("section#carried-over")).ToHaveCountAsync(0);
        Assert.Contains(people.Asked, m => m.Contains("都已核对无误", StringComparison.Ordinal));
        Assert.Empty(people.Refused);
    }
}
