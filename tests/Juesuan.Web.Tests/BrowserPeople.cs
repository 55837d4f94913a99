using Juesuan.Documents.Pdf;
using Juesuan.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Juesuan.Web.Tests;

/// <summary>A fact that drives the machine's Chromium, reported as skipped (with the reason) where Chromium is missing.</summary>
public sealed class RequiresBrowserFactAttribute : FactAttribute
{
    public RequiresBrowserFactAttribute()
    {
        if (PdfPrinter.FindChromium() is null) Skip = "未安装 Chromium（/usr/bin/chromium），跳过浏览器测试；CI 会安装它";
    }
}

/// <summary>
/// The real app listening on 127.0.0.1 and the machine's headless Chromium, each person in a window of their
/// own (own cookies). Requests anywhere but the app, and whatever the content security policy refused, are
/// recorded so that a test can require there were none.
/// </summary>
public sealed class BrowserPeople : IAsyncDisposable
{
    public static readonly string Shots = Environment.GetEnvironmentVariable("JUESUAN_SCREENSHOTS") is { Length: > 0 } configured
        ? configured
        : RepoPaths.File("artifacts", "screenshots");

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserPeople(JuesuanApp app, IPlaywright playwright, IBrowser browser)
    {
        App = app;
        this.playwright = playwright;
        this.browser = browser;
    }

    public JuesuanApp App { get; }

    /// <summary>Requests a page made to anywhere but the app: fonts, scripts or trackers from elsewhere.</summary>
    public List<string> External { get; } = [];

    /// <summary>The password a person chooses at a first sign-in.</summary>
    public const string OwnPassword = "MyOwnPassword2026";

    /// <summary>The people who were asked to choose their own password when they first signed in.</summary>
    public List<string> FirstSignIns { get; } = [];

    /// <summary>The confirmations the pages asked for.</summary>
    public List<string> Asked { get; } = [];

    /// <summary>What the browser refused under the content security policy, on any page.</summary>
    public List<string> Refused { get; } = [];

    /// <summary>The app and the browser, or null where Chromium is missing (the test is then skipped).</summary>
    public static async Task<BrowserPeople?> StartAsync(bool loadSample)
    {
        Directory.CreateDirectory(Shots);
        if (PdfPrinter.FindChromium() is not { } chromium) return null;
        var app = await JuesuanApp.ListenAsync(loadSample);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = PdfPrinter.Arguments });
        return new BrowserPeople(app, playwright, browser);
    }

    /// <summary>A person's own browser window (1280×900 unless given), signed in unless anonymous.</summary>
    public async Task<IPage> PersonAsync(string? userName = null, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = App.RootUrl,
            Locale = "zh-CN",
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
        });
        await context.RouteAsync("**/*", route =>
        {
            if (route.Request.Url.StartsWith(App.RootUrl, StringComparison.Ordinal)) return route.ContinueAsync();
            lock (External) External.Add(route.Request.Url);
            return route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        // A confirmation is accepted, as the person means to act; what was asked is recorded.
        page.Dialog += async (_, dialog) =>
        {
            lock (Asked) Asked.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (Refused) Refused.Add($"{page.Url}: {message.Text}");
        };
        if (userName is not null)
        {
            await page.GotoAsync("/signin");
            await page.GetByLabel("登录名").FillAsync(userName);
            await page.GetByLabel("密码").FillAsync(JuesuanApp.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Expect(page.GetByText("退出")).ToBeVisibleAsync();
            // An account an administrator made: its person chooses their own password before anything else.
            if (page.Url.Contains("/account?first=true", StringComparison.Ordinal))
            {
                lock (FirstSignIns) FirstSignIns.Add(userName);
                await page.GetByLabel("当前密码").FillAsync(JuesuanApp.Password);
                await page.GetByLabel("新密码（至少10位，含字母和数字）").FillAsync(OwnPassword);
                await page.GetByLabel("再次输入新密码").FillAsync(OwnPassword);
                await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
                await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account"));
            }
        }
        return page;
    }

    /// <summary>The whole page, left in artifacts/screenshots.</summary>
    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    /// <summary>What a person sees first of a page (the README shows these).</summary>
    public static Task ViewShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png") });

    /// <summary>The status badge of the disclosure on the page.</summary>
    public static ILocator Status(IPage page) => page.Locator("[data-status]").First;

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }
}
