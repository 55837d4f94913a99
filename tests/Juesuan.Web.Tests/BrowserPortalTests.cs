using System.Globalization;
using System.IO.Compression;
using Juesuan.Data;
using Microsoft.Playwright;
using static Juesuan.Web.Tests.BrowserPeople;
using static Microsoft.Playwright.Assertions;

namespace Juesuan.Web.Tests;

/// <summary>
/// A citizen on the portal in a real browser: finds a unit, follows it over four years, compares three units picked through the
/// picker, totals their department, and downloads a year's publications, whose figures are the portal's.
/// </summary>
public sealed class BrowserPortalTests : IAsyncLifetime
{
    private const string Sample = "140200-KX";

    private BrowserPeople? people;

    public async Task InitializeAsync()
    {
        people = await BrowserPeople.StartAsync(loadSample: true);
        if (people is null) return;
        // The sample's three later years, a second unit of its department and a unit of another department.
        foreach (var (year, scale) in new[] { (2022, 1.1m), (2023, 1.2m), (2024, 0.9m) })
            await PagesTests.PublishCopyAsync(people.App, Sample, "大同市科学技术协会", scale, year: year);
        await PagesTests.PublishCopyAsync(people.App, "140200-KX2", "大同市科技馆", 1.5m);
        await people.App.AddOrganisationAsync("140200-D-WL", "大同市文化和旅游局", OrganisationKind.Department, SampleLoader.BureauCode);
        await PagesTests.PublishCopyAsync(people.App, "140200-WL1", "大同市博物馆", 2m, "140200-D-WL");
    }

    public async Task DisposeAsync()
    {
        if (people is not null) await people.DisposeAsync();
    }

    private static decimal Yuan(string text) => decimal.Parse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);

    [RequiresBrowserFact]
    public async Task A_citizen_finds_follows_compares_totals_and_downloads()
    {
        var page = await people!.PersonAsync();

        // 1. Search finds a unit.
        await page.GotoAsync("/");
        await page.GetByLabel("单位、部门名称或编码").FillAsync("科技馆");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        var rows = page.Locator(".results table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("大同市科技馆");

        // 2. The sample's page shows its four years, with charts drawn.
        await page.GotoAsync($"/?q={Sample}");
        await page.Locator($"tr:has-text('大同市科学技术协会')").First.GetByRole(AriaRole.Link, new() { Name = "历年" }).ClickAsync();
        await Expect(page.Locator("#years-table thead th.num")).ToHaveTextAsync(["2021年", "2022年", "2023年", "2024年"]);
        await Expect(page.Locator("#chart-years-scale [data-drawn] svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#chart-years-costs [data-drawn] svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline li")).ToHaveCountAsync(4);
        await ShotAsync(page, "portal-01-unit-years");

        // 3. Compare picks three units of 2021 through the picker.
        await page.GotoAsync("/compare");
        await page.GetByLabel("查找单位（名称、编码、部门或年度，可用空格分开多个词）").FillAsync("大同 2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找", Exact = true }).ClickAsync();
        foreach (var name in new[] { "大同市科学技术协会 2021年度", "大同市科技馆 2021年度", "大同市博物馆 2021年度" })
            await page.GetByLabel(name).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "比较", Exact = true }).ClickAsync();
        await Expect(page.Locator("#compared thead th.num")).ToHaveCountAsync(3);
        var threeOf = await page.Locator("#compared tr[data-line='k:three'] td").EvaluateAllAsync<string[]>("cells => cells.map(c => c.firstChild.textContent)");
        var three = threeOf.Select(Yuan).ToList();
        Assert.Equal(3, three.Count);
        await Expect(page.Locator("#chart-compare-small [data-drawn] svg")).ToBeVisibleAsync();
        await ShotAsync(page, "portal-02-compare");

        // 4. The department's totals of 2021 are the sum of its two units.
        await page.GotoAsync("/?year=2021");
        await page.Locator("[data-facet=department]").GetByRole(AriaRole.Link, new() { Name = "大同市科学技术协会" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "大同市科学技术协会 的汇总" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("2021年度单位决算汇总");
        var departmentThree = Yuan(await page.Locator("#totals-key tr[data-line='k:three'] td").First.InnerTextAsync());
        Assert.Equal(three[0] + three[1], departmentThree);
        await page.Locator("#totals-key tr[data-line='k:three'] a").ClickAsync();
        await Expect(page.Locator("#behind tbody tr")).ToHaveCountAsync(2);
        await ShotAsync(page, "portal-03-department-totals");

        // 5. The year's archive: its index holds each unit's figures as the portal shows them.
        await page.GotoAsync("/?year=2021");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#archive").ClickAsync());
        Assert.Equal("2021年度已公开的决算（公开表）.zip", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead((await download.PathAsync())!);
        using var reader = new StreamReader(zip.GetEntry("目录.csv")!.Open());
        var index = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var column = Array.IndexOf(index[0], "“三公”经费支出（元）");
        var byName = index.Skip(1).ToDictionary(r => r[1], r => decimal.Parse(r[column], CultureInfo.InvariantCulture));
        Assert.Equal(3, byName.Count);
        Assert.Equal(three, new[] { "大同市科学技术协会", "大同市科技馆", "大同市博物馆" }.Select(n => byName[n]));
        Assert.Empty(people.External);
    }
}
