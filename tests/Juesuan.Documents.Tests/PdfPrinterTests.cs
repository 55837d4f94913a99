using System.Diagnostics;
using Juesuan.Accounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Html;
using Juesuan.Documents.Pdf;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

public sealed class PdfPrinterTests : IAsyncLifetime
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly DisclosureDocument Model = DisclosureBuilder.Build(Sample);
    private PdfPrinter? _printer;

    public async Task InitializeAsync()
    {
        if (PdfPrinter.FindChromium() is not null) _printer = await PdfPrinter.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_printer is not null) await _printer.DisposeAsync();
    }

    private static string Text(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [RequiresChromiumFact]
    public async Task The_pdf_text_holds_every_table_title_and_the_key_figures()
    {
        var pdf = await _printer!.PrintAsync(HtmlRenderer.Render(Model));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var text = Text(pdf);
        foreach (var table in Model.Tables) Assert.Contains(table.Title, text);
        foreach (var figure in new[] { "3,916,264.87", "4,000,720.64", "330,475.22", "8.26%", "6,164.80" }) Assert.Contains(figure, text);
        Assert.Contains(Model.Title, text);
        Assert.Contains("第 1 页", text);
    }

    [RequiresChromiumFact]
    public async Task A_print_whose_client_left_stops_and_the_printer_prints_on()
    {
        using var left = new CancellationTokenSource();
        left.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _printer!.PrintAsync(HtmlRenderer.Render(Model), left.Token));
        // Cancelled while its page is being filled: the page is closed, the slot freed.
        using var leaving = new CancellationTokenSource();
        var printing = _printer!.PrintAsync(HtmlRenderer.Render(Model), leaving.Token);
        leaving.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printing);
        for (var i = 0; i < 3; i++)
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(await _printer.PrintAsync(HtmlRenderer.Render(Model)), 0, 5));
    }

    [RequiresChromiumFact]
    public async Task One_browser_prints_a_batch()
    {
        var first = await _printer!.PrintAsync(HtmlRenderer.Render(Model));
        var second = await _printer.PrintAsync("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>t</title><p>第二份文档：公开02表</p></html>");
        Assert.Contains("第二份文档：公开02表", Text(second));
        Assert.True(first.Length > second.Length);
    }

    [RequiresChromiumFact]
    public async Task Documents_printed_side_by_side_each_get_their_own_text()
    {
        var units = Enumerable.Range(1, 4).Select(i => SyntheticUnits.Create(i, code: $"U{i}")).ToArray();
        var documents = units.Select(u => DisclosureBuilder.Build(u)).ToArray();
        var pdfs = await Task.WhenAll(documents.Select(d => _printer!.PrintAsync(HtmlRenderer.Render(d))));
        for (var i = 0; i < documents.Length; i++)
        {
            var text = Text(pdfs[i]);
            Assert.Contains(documents[i].Title, text);
            Assert.All(documents.Where((_, j) => j != i), other => Assert.DoesNotContain(other.Title, text));
        }
    }
}
