using Juesuan.Data;
using Juesuan.Testing;
using Microsoft.Playwright;
using static Juesuan.Web.Tests.BrowserPeople;
using static Microsoft.Playwright.Assertions;

namespace Juesuan.Web.Tests;

/// <summary>
/// A bureau's reviewer in a real browser: from the settings page, loads a broken template file (refused with its problems,
/// nothing changes), then a sound one previewed on a unit beside the template in use, and applies it for the year; the next
/// publication follows it on the public page.
/// </summary>
public sealed class BrowserTemplatesTests : IAsyncLifetime
{
    private BrowserPeople? people;

    public async Task InitializeAsync()
    {
        people = await BrowserPeople.StartAsync(loadSample: true);
        if (people is null) return;
        await people.App.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
    }

    public async Task DisposeAsync()
    {
        if (people is not null) await people.DisposeAsync();
    }

    private static FilePayload File(string json) => new() { Name = "大同模板.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json) };

    [RequiresBrowserFact]
    public async Task A_bureau_loads_previews_and_applies_its_template_and_the_next_publication_follows_it()
    {
        var page = await people!.PersonAsync("bureau");
        await page.GotoAsync("/review/settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "披露模板", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("披露模板");

        // A broken file: its problems are listed and nothing is kept.
        var broken = SampleTemplates.BrokenBureau();
        await page.Locator("#template-file").SetInputFilesAsync(File(broken));
        await page.GetByLabel("在哪个单位的决算上预览").SelectOptionAsync(new SelectOptionValue { Label = "大同市科学技术协会 2021年度" });
        await page.GetByRole(AriaRole.Button, new() { Name = "读取并预览" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("模板文件有 1 处问题，未载入任何内容");
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("文本“s1.totals”中的占位符{totalIncom}无法识别");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认载入" })).ToHaveCountAsync(0);
        await using (var db = people.App.Db()) Assert.Equal(0, db.OwnTemplates.Count());

        // A sound one, previewed on the unit beside the template it uses now, then applied for 2021.
        await page.Locator("#template-file").SetInputFilesAsync(File(SampleTemplates.Bureau("收入支出总表")));
        await page.GetByLabel("在哪个单位的决算上预览").SelectOptionAsync(new SelectOptionValue { Label = "大同市科学技术协会 2021年度" });
        await page.GetByRole(AriaRole.Button, new() { Name = "读取并预览" }).ClickAsync();
        await Expect(page.Locator("[aria-label='现用模板']")).ToContainTextAsync("一、收入支出决算总体情况说明");
        await Expect(page.Locator("[aria-label='新模板']")).ToContainTextAsync("一、收入支出总体情况");
        await Expect(page.Locator("[aria-label='新模板']")).ToContainTextAsync("表：公开01表 收入支出总表");
        await ShotAsync(page, "templates-01-preview");
        await Expect(page.GetByLabel("选用为2021年度的模板")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认载入" }).ClickAsync();
        await Expect(page.Locator("#message")).ToContainTextAsync("已载入模板“大同市部门决算公开模板”，并选用为2021年度的模板");
        await Expect(page.Locator("section[aria-labelledby='years-title'] tr:has-text('2021年度')")).ToContainTextAsync("大同市部门决算公开模板（本年度选用）");

        // The next publication of the year follows it.
        await PagesTests.PublishCopyAsync(people.App, "140200-KX3", "大同市天文馆", 1m, bureausTemplate: true);
        var citizen = await people.PersonAsync();
        await citizen.GotoAsync("/disclosures/140200-KX3/2021");
        await Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "一、收入支出总体情况", Exact = true })).ToBeVisibleAsync();
        await Expect(citizen.GetByText("收入支出总表").First).ToBeVisibleAsync();
    }
}
