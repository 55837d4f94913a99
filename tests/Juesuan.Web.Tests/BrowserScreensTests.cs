using Juesuan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Juesuan.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Juesuan.Web.Tests;

/// <summary>
/// The working screens on a 1366×768 office screen: nothing runs off the page sideways and no field cuts
/// off what it holds. Each screen is left as a picture (docs/screenshots holds the reviewed ones).
/// </summary>
public sealed class BrowserScreensTests : IAsyncLifetime
{
    private const string Unit = "140200-KX";

    private BrowserPeople? people;

    public async Task InitializeAsync()
    {
        people = await BrowserPeople.StartAsync(loadSample: true);
        if (people is null) return;
        var app = people.App;
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        await app.AddUserAsync("department", UserRole.DepartmentReviewer, SampleLoader.DepartmentCode);
        await app.AddUserAsync("administrator", UserRole.Administrator, SampleLoader.BureauCode);
        // The sample reopened as a draft, so that its parts are editable as a preparer sees them.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        var unit = await db.Organisations.SingleAsync(o => o.Code == Unit);
        var revision = (await db.DisclosureCases.SingleAsync(c => c.OrganisationId == unit.Id && c.FiscalYear == 2021)).Revision;
        Assert.IsType<WorkflowOutcome.Done>(await scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>().AmendAsync(unit.Id, 2021, revision, "preparer", "更正测试"));
    }

    public async Task DisposeAsync()
    {
        if (people is not null) await people.DisposeAsync();
    }

    /// <summary>What is cut off on the page: the page wider than the window, or a field narrower than its value.</summary>
    private const string CutOff = """
        () => {
          const cut = [];
          if (document.documentElement.scrollWidth > window.innerWidth + 1) cut.push("页面宽于窗口：" + document.documentElement.scrollWidth);
          for (const el of document.querySelectorAll("main input:not([type=hidden]):not([type=checkbox]), main select")) {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || !el.checkVisibility()) continue;
            const scroller = el.closest(".scroll");
            if (scroller && box.right > scroller.getBoundingClientRect().right + 1) continue;
            let text = el.tagName === "SELECT" ? (el.selectedOptions[0] ? el.selectedOptions[0].text : "") : el.value;
            if (!text) continue;
            const probe = document.createElement("span");
            const style = getComputedStyle(el);
            probe.style.font = style.font; probe.style.whiteSpace = "pre"; probe.style.position = "absolute"; probe.style.visibility = "hidden";
            probe.textContent = text;
            document.body.appendChild(probe);
            const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + (el.tagName === "SELECT" ? 18 : 0);
            probe.remove();
            if (needed > box.width + 1) cut.push((el.getAttribute("aria-label") || el.name) + "：“" + text + "”");
          }
          return cut;
        }
        """;

    /// <summary>
    /// The public audit page speaks Chinese in every control (the browser's own file button says “Choose file”) and
    /// says what its colours mean; a publication's check summary is one click from its page, and the unit over the years one more.
    /// </summary>
    [RequiresBrowserFact]
    public async Task The_audit_page_has_chinese_controls_and_a_legend_and_the_checks_read_in_plain_chinese()
    {
        var page = await people!.PersonAsync();
        await page.GotoAsync("/audit");
        var picker = page.Locator("[data-file-picker=file]");
        await Expect(picker).ToBeVisibleAsync();
        await Expect(picker).ToContainTextAsync("选择文件");
        await Expect(picker).ToContainTextAsync("未选择文件");
        await Expect(page.Locator("input#file")).Not.ToBeInViewportAsync();
        await page.Locator("input#file").SetInputFilesAsync(Juesuan.Testing.RepoPaths.File("samples", "datong-cast-2021", "published.txt"));
        await Expect(picker).ToContainTextAsync("published.txt");
        await page.GetByRole(AriaRole.Button, new() { Name = "核查" }).ClickAsync();
        var legend = page.Locator("#audit-legend");
        await Expect(legend).ToContainTextAsync("红色");
        await Expect(legend).ToContainTextAsync("与文件自身的数字相矛盾");
        await Expect(legend).ToContainTextAsync("无法核对");

        await page.GotoAsync("/disclosures/140200-KX/2021");
        await page.GetByRole(AriaRole.Link, new() { Name = "检查情况" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("大同市科学技术协会 2021年度决算的检查情况");
        await Expect(page.Locator("#legend")).ToContainTextAsync("公开前必须改正");
        await BrowserPeople.ShotAsync(page, "checks");

        // The unit over the years: its two charts drawn, within the page's security policy.
        await page.GetByRole(AriaRole.Link, new() { Name = "大同市科学技术协会 历年公开" }).First.ClickAsync();
        await Expect(page.Locator("figure.chart .canvas[data-drawn=true]")).ToHaveCountAsync(2);
        await BrowserPeople.ShotAsync(page, "unit-years");
        Assert.Empty(people.Refused);
    }

    [RequiresBrowserFact]
    public async Task The_working_screens_fit_a_1366_by_768_screen()
    {
        var screens = new (string User, string Path, string Name)[]
        {
            ("preparer", $"/work/{Unit}/2021", "workbench"),
            ("preparer", $"/work/{Unit}/2021/edit/income", "workbench-income"),
            ("preparer", $"/work/{Unit}/2021/edit/expenditure", "workbench-expenditure"),
            ("preparer", $"/work/{Unit}/2021/edit/projects", "workbench-projects"),
            ("preparer", $"/work/{Unit}/2021/edit/budgets", "workbench-budgets"),
            ("department", "/review", "review-desk"),
            ("department", $"/review/{Unit}/2021", "review-unit"),
            ("administrator", "/admin", "administration"),
            ("administrator", "/admin/trail", "audit-trail"),
        };
        var problems = new List<string>();
        var shots = Environment.GetEnvironmentVariable("JUESUAN_DOC_SCREENSHOTS") is { Length: > 0 } folder ? folder : BrowserPeople.Shots;
        Directory.CreateDirectory(shots);
        var pages = new Dictionary<string, IPage>();
        foreach (var (user, path, name) in screens)
        {
            if (!pages.TryGetValue(user, out var page)) pages[user] = page = await people!.PersonAsync(user, 1366, 768);
            await page.GotoAsync(path);
            problems.AddRange((await page.EvaluateAsync<string[]>(CutOff)).Select(p => $"{name}：{p}"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, name + ".png") });
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
