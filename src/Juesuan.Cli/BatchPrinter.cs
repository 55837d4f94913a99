using Juesuan.Documents.Pdf;

namespace Juesuan.Cli;

/// <summary>
/// The PDF printer of one command: its browser started at the first PDF and shared by the rest of the
/// batch. Documents may be printed from several threads at once.
/// </summary>
internal sealed class BatchPrinter : IDisposable
{
    private readonly Lazy<PdfPrinter> _printer = new(() => PdfPrinter.StartAsync().GetAwaiter().GetResult());

    /// <exception cref="PdfPrinterUnavailableException">Chromium is not installed.</exception>
    public byte[] Print(string html) => _printer.Value.PrintAsync(html).GetAwaiter().GetResult();

    public void Dispose()
    {
        if (_printer.IsValueCreated) _printer.Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
