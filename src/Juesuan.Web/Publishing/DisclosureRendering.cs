using System.Text.Json;
using System.IO.Compression;
using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Checks;
using Juesuan.Documents.Export;
using Juesuan.Documents.Html;
using Juesuan.Documents.Json;
using Juesuan.Documents.Pdf;
using Juesuan.Performance;
using Juesuan.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Publication = Juesuan.Data.Publication;

namespace Juesuan.Web.Publishing;

/// <summary>A file to download: its bytes, media type and file name.</summary>
public sealed record DownloadFile(byte[] Content, string ContentType, string FileName);

/// <summary>A published text as UTF-8, and gzipped for the clients that accept it.</summary>
public sealed record CompressedText(byte[] Plain, byte[] Gzip);

/// <summary>
/// 公开文件生成 — builds the disclosure from stored accounts and self-evaluation files and renders it in
/// every format the product writes. A publication's files never change, so each is rendered once and
/// kept in memory; the PDF printer (Chromium) starts at the first PDF asked for.
/// </summary>
public sealed class DisclosureRendering(IMemoryCache cache) : IAsyncDisposable
{
    private readonly Lazy<Task<PdfPrinter>> printer = new(PdfPrinter.StartAsync);

    /// <summary>The renderer the workflow publishes with: the prepared document as JSON and HTML, and its check report.</summary>
    public static RenderedDisclosure Render(PreparedDisclosure prepared) =>
        new(DocumentJson.Write(prepared.Document), HtmlRenderer.Render(prepared.Document), CheckReportWriter.JsonText(prepared.Checks));

    /// <summary>
    /// A publication's disclosure rebuilt from its frozen files (the accounts name the template they were published with),
    /// its codes named by the bureau's editions; a historical one as it was recorded, saying where its original said nothing.
    /// </summary>
    private static (UnitAccounts Accounts, DisclosureDocument Document) Build(Publication publication, CatalogEditions catalogs)
    {
        var (accounts, settings) = StoredAccounts.Read(publication.AccountsJson);
        var performance = publication.PerformanceJson is null ? null : PerformanceReader.Read(publication.PerformanceJson, "stored").File;
        var document = DisclosurePipeline.Build(accounts, settings, PublishingSettings.Shipped with { Catalogs = catalogs }, performance);
        return (accounts, publication.Kind == PublicationKind.Historical ? document.WithPlaceholdersAs(HistoricalPublication.Unstated) : document);
    }

    /// <summary>One publication in one format (<see cref="DisclosureFormats"/>): its frozen HTML and JSON as published, the other formats rendered from its frozen files.</summary>
    /// <exception cref="PdfPrinterUnavailableException">A PDF was asked for and Chromium is not installed.</exception>
    /// <param name="cancellation">The request's: a PDF whose client left is not printed to the end.</param>
    public async Task<DownloadFile> FileAsync(Publication publication, string format, CatalogEditions catalogs, CancellationToken cancellation = default)
    {
        var key = (publication.Id, format);
        if (cache.TryGetValue(key, out DownloadFile? cached)) return cached!;
        var name = FileName(publication);
        var kind = DisclosureFormats.Find(format) ?? throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");
        var source = new DisclosureSource(() => Build(publication, catalogs),
            () => publication.Html, () => publication.DisclosureJson, () => publication.AccountsJson);
        var pdf = format == "pdf" ? await (await printer.Value).PrintAsync(publication.Html, cancellation) : null;
        var files = DisclosureFormats.Files(format, source, _ => pdf!);
        var file = files.Count == 1
            ? new DownloadFile(files[0].Content, kind.ContentType, name + kind.DownloadSuffix)
            : Zip(files, name + kind.DownloadSuffix);
        cache.Set(key, file, new MemoryCacheEntryOptions { Size = file.Content.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return file;
    }

    /// <summary>
    /// A download's name as a clerk files it: the publication's title ("大同市科学技术协会2021年度部门决算"), a later
    /// publication of the year (an amendment) numbered.
    /// </summary>
    public static string FileName(Publication publication)
    {
        using var document = JsonDocument.Parse(publication.DisclosureJson);
        var title = document.RootElement.TryGetProperty("title", out var t) && t.GetString() is { Length: > 0 } stated
            ? stated
            : $"{publication.Organisation?.Name ?? publication.Organisation?.Code ?? "决算公开"}{publication.FiscalYear}年度决算";
        return DisclosureFormats.PeoplesName(title + (publication.Sequence > 1 ? $"（第{publication.Sequence}次公开）" : ""));
    }

    /// <summary>A publication's charts, computed once from its frozen accounts (the disclosure page shows them on every view).</summary>
    public IReadOnlyList<Chart> Charts(Publication publication, CatalogEditions catalogs) =>
        cache.GetOrCreate((publication.Id, "charts"), entry =>
        {
            var charts = DisclosureCharts.For(StoredAccounts.Read(publication.AccountsJson).Accounts, catalogs);
            entry.Size = charts.Sum(c => c.OptionJson.Length * 2L);
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return charts;
        })!;

    /// <summary>
    /// The self-evaluations published with a publication, scored and checked against its accounts as of its
    /// publication; worked out once, as the publication never changes.
    /// </summary>
    public IReadOnlyList<CheckedEvaluation> Evaluations(Publication publication) =>
        cache.GetOrCreate((publication.Id, "evaluations"), entry =>
        {
            entry.Size = publication.PerformanceJson?.Length * 2L ?? 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return publication.PerformanceJson is { } json && PerformanceReader.Read(json, "stored").File is { } file
                ? PerformanceRules.ScoreAndCheck(file, StoredAccounts.Read(publication.AccountsJson).Accounts, DateOnly.FromDateTime(publication.PublishedAt.ToLocalTime().DateTime))
                : [];
        })!;

    /// <summary>A publication's document JSON, read once and kept ready to send (it is the most requested public resource).</summary>
    public async Task<CompressedText> DocumentJsonAsync(JuesuanDb db, long publicationId, CancellationToken cancellation)
    {
        var key = (publicationId, "json+gzip");
        if (cache.TryGetValue(key, out CompressedText? cached)) return cached!;
        var json = await db.Publications.AsNoTracking().Where(p => p.Id == publicationId).Select(p => p.DisclosureJson).SingleAsync(cancellation);
        var plain = System.Text.Encoding.UTF8.GetBytes(json);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(plain);
        var text = new CompressedText(plain, compressed.ToArray());
        cache.Set(key, text, new MemoryCacheEntryOptions { Size = text.Plain.Length + text.Gzip.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        if (printer.IsValueCreated && printer.Value.IsCompletedSuccessfully) await (await printer.Value).DisposeAsync();
    }

    private static DownloadFile Zip(IEnumerable<(string Name, byte[] Content)> files, string fileName)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, content) in files)
            {
                // A fixed time, so the same publication always zips to the same bytes.
                var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var target = entry.Open();
                target.Write(content);
            }
        }
        return new DownloadFile(stream.ToArray(), "application/zip", fileName);
    }
}
