using System.Globalization;
using System.IO.Compression;
using System.Text;
using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Checks;
using Juesuan.Documents.Csv;
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
        var title = DocumentJson.Title(publication.DisclosureJson) is { Length: > 0 } stated
            ? stated
            : $"{publication.Organisation?.Name ?? publication.Organisation?.Code ?? "决算公开"}{publication.FiscalYear}年度决算";
        return DisclosureFormats.PeoplesName(title + (publication.Sequence > 1 ? $"（第{publication.Sequence}次公开）" : ""));
    }

    /// <summary>Most publications one archive holds; a search narrows a larger set.</summary>
    public const int MostArchived = 1_000;

    /// <summary>
    /// 公开表批量下载 — the nine tables of many publications (a year's, a search's) as one archive: each publication's
    /// tables as CSV in a folder named by its title, a 目录.csv of every publication with its key figures, and a
    /// 数据说明.txt saying in Chinese what each file and column holds.
    /// </summary>
    public static DownloadFile Archive(IReadOnlyList<Publication> publications, string title, CatalogEditions catalogs)
    {
        var files = new List<(string Name, byte[] Content)>();
        var index = new StringBuilder();
        CsvText.Line(index, ["单位编码", "单位名称", "年度", "公开次数", "公开日期", "文件夹", .. KeyFigures.All.Select(k => k.Name + "（元）")]);
        foreach (var publication in publications)
        {
            var folder = FileName(publication);
            var built = new Lazy<(UnitAccounts Accounts, DisclosureDocument Document)>(() => Build(publication, catalogs));
            var source = new DisclosureSource(() => built.Value, () => publication.Html, () => publication.DisclosureJson, () => publication.AccountsJson);
            files.AddRange(DisclosureFormats.Files("csv", source, _ => []).Select(f => ($"{folder}/{f.Name}", f.Content)));
            var figures = new AccountsFigures(built.Value.Accounts);
            CsvText.Line(index, [publication.Organisation?.Code ?? "", publication.Organisation?.Name ?? "", publication.FiscalYear.ToString(CultureInfo.InvariantCulture),
                publication.Sequence.ToString(CultureInfo.InvariantCulture), Publication.PublishedOnText(publication.Kind, publication.PublishedAt, publication.OriginalPublishedOn), folder,
                .. KeyFigures.All.Select(k => k.Of(figures) is { } amount ? CsvText.Yuan(amount.Yuan) : "")]);
        }
        files.Insert(0, ("目录.csv", CsvText.Bytes(index, byteOrderMark: true)));
        files.Insert(0, ("数据说明.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ArchiveGuide(title, publications.Count))).ToArray()));
        return Zip(files, DisclosureFormats.PeoplesName(title) + ".zip");
    }

    private static string ArchiveGuide(string title, int count) => $"""
        {title}

        本压缩包收有 {count} 份已公开的决算，每份取其最新一次公开（含更正）。所有文件均为 UTF-8 编码（带 BOM），可直接用 Excel 或 WPS 打开。

        目录.csv
          每份决算一行：单位编码、单位名称、年度、公开次数（第几次公开，更正后的为 2 及以上）、公开日期（历史公开未载明的写“原文未载明”）、
          该份决算的文件夹名，以及主要指标：收入（支出）总计、本年收入合计、本年支出合计、基本支出、项目支出、财政拨款收入支出总计、
          一般公共预算财政拨款支出、年初预算、“三公”经费支出、机关运行经费、政府采购支出、年末结转和结余。金额单位均为元，保留两位小数；
          空白表示该单位没有这一项（如事业单位没有机关运行经费）。

        各单位的文件夹（以决算标题命名）
          九张公开表（公开时附有绩效自评的，另有自评表），每表一个文件，文件名为表的序号和表名（如“01-收入支出决算总表.csv”）。每个文件的列与公开表相同：
          按科目列示的表（公开02、03、05、08、09表）为科目编码、科目名称和各栏金额；收支总表（公开01、04表）为项目、行次和金额；
          公开06表分人员经费和公用经费两栏；公开07表为“三公”经费的预算数和决算数。金额单位与该单位公开时相同（见表头的“金额单位”）。
          空表只有表头和“本表为空表”的说明。

        数据以各单位公开的文本为准。
        """;

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
