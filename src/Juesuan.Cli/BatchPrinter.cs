using Juesuan.Documents.Pdf;

namespace Juesuan.Cli;

/// <summary>The PDF printer of one command: its browser started at the first PDF and shared by the rest of the batch.</summary>
internal sealed class BatchPrinter : IDisposable
{
    private PdfPrinter? _printer;

    /// <exception cref="PdfPrinterUnavailableException">Chromium is not installed.</exception>
    public byte[] Print(string html)
    {
        _printer ??= PdfPrinter.StartAsync().GetAwaiter().GetResult();
        return _printer.PrintAsync(html).GetAwaiter().GetResult();
    }

    public void Dispose() => _printer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
