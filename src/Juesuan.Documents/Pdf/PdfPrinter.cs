using Microsoft.Playwright;

namespace Juesuan.Documents.Pdf;

/// <summary>Why no PDF can be printed here (no Chromium), in Chinese, with what to install.</summary>
public sealed class PdfPrinterUnavailableException(string message) : Exception(message);

/// <summary>
/// PDF 打印 — prints the disclosure's HTML (and the self-evaluation documents) to PDF with headless
/// Chromium, as the HTML's print style sheet lays it out: A4, table headers repeated on every page, page
/// numbers at the foot, the contents as the PDF's outline, the CJK fonts embedded so the text is
/// selectable and extracts as the Chinese shown. The browser is started once and reused for a whole
/// batch; its pages are reused, and as many documents as there are cores print at once.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>Where Debian installs Chromium; JUESUAN_CHROMIUM names another.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>The switches Chromium runs headless with here: no sandbox, GPU or background network traffic.</summary>
    public static readonly IReadOnlyList<string> Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    // Pages are kept and reused: a new page (and its browser context) per document costs about as much
    // as printing a short one. Up to one page per core prints at once.
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> _idle = [];
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    private PdfPrinter(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    /// <summary>The Chromium to use: JUESUAN_CHROMIUM if set, else <see cref="DefaultChromium"/>; null when it is not there.</summary>
    public static string? FindChromium() => File.Exists(ChromiumPath) ? ChromiumPath : null;

    private static string ChromiumPath => Environment.GetEnvironmentVariable("JUESUAN_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;

    /// <exception cref="PdfPrinterUnavailableException">Chromium is not installed.</exception>
    public static async Task<PdfPrinter> StartAsync()
    {
        var chromium = FindChromium() ?? throw new PdfPrinterUnavailableException(
            $"打印 PDF 需要 Chromium：未找到 {ChromiumPath}（Debian 上：apt-get install chromium fonts-noto-cjk；其他位置可用环境变量 JUESUAN_CHROMIUM 指定）");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = Arguments });
            return new PdfPrinter(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A4 PDF of a self-contained HTML document.</summary>
    /// <param name="cancellation">
    /// Stops waiting for a slot or for the print: a download whose client left frees its slot at once, and its
    /// page, perhaps still printing, is closed rather than handed to the next print.
    /// </param>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellation = default)
    {
        await _slots.WaitAsync(cancellation);
        var page = _idle.TryTake(out var idle) ? idle : await _browser.NewPageAsync();
        var finished = false;
        try
        {
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load }).WaitAsync(cancellation);
            // Page size, margins and the page numbers come from the HTML's own @page rules, so print and PDF agree.
            var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Outline = true, Tagged = true }).WaitAsync(cancellation);
            finished = true;
            return pdf;
        }
        finally
        {
            if (finished) _idle.Add(page);
            else _ = page.CloseAsync();
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _slots.Dispose();
    }
}
