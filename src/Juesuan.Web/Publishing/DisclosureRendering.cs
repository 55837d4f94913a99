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

/// <summary>A publication as its page shows it (<see cref="DisclosureRendering.PageAsync"/>).</summary>
public sealed record ShownPublication(
    long Id, int Sequence, PublicationKind Kind, DateTimeOffset PublishedAt, DateOnly? OriginalPublishedOn, string? Source, DateOnly? ApprovalDate, string? LateReason,
    int Blocking, int Warnings, string Html, string UnitName, int RulesRun, IReadOnlyList<Chart> Charts, IReadOnlyList<CheckedEvaluation> Evaluations,
    IReadOnlyList<JsonChange>? Changes);

/// <summary>A published text as UTF-8, and gzipped for the clients that accept it.</summary>
public sealed record CompressedText(byte[] Plain, byte[] Gzip);

/// <summary>
/// 公开文件生成 — builds the disclosure from stored accounts and self-evaluation files and renders it in
/// every format the product writes. A publication's files never change, so each is rendered once and
/// kept in memory, the slow ones (PDF, Word) in the database too; the PDF printer (Chromium) starts at the first PDF made.
/// </summary>
public sealed class DisclosureRendering(IMemoryCache cache, IServiceScopeFactory scopes, TimeProvider clock) : IAsyncDisposable
{
    private readonly Lazy<Task<PdfPrinter>> printer = new(PdfPrinter.StartAsync);

    /// <summary>The files being made now, so that simultaneous askers wait for one making.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(long, string), Lazy<Task<DownloadFile>>> making = new();

    /// <summary>The renderer the workflow publishes with: the prepared document as JSON and HTML, and its check report.</summary>
    public static RenderedDisclosure Render(PreparedDisclosure prepared) =>
        new(DocumentJson.Write(prepared.Document), HtmlRenderer.Render(prepared.Document), CheckReportWriter.JsonText(prepared.Checks));

    /// <summary>
    /// A publication's disclosure rebuilt from its frozen files (the accounts name the template they were published with,
    /// the publication which version of it), its codes named by the bureau's editions; a historical one as it was recorded, saying where its original said nothing.
    /// </summary>
    private static (UnitAccounts Accounts, DisclosureDocument Document) Build(Publication publication, CatalogEditions catalogs, TemplateStore templates)
    {
        var (accounts, settings) = StoredAccounts.Read(publication.AccountsJson);
        var performance = publication.PerformanceJson is null ? null : PerformanceReader.Read(publication.PerformanceJson, "stored").File;
        // Made with a version of the bureau's own template: rebuilt with that version, whatever was loaded since.
        var own = publication.TemplateHash is { } hash && DisclosureTemplate.All.All(t => t.Hash != hash) && templates.ByHash(hash) is { } version ? version : null;
        var publishing = PublishingSettings.Shipped with { Catalogs = catalogs, OwnTemplates = own is null ? null : [own] };
        var document = DisclosurePipeline.Build(accounts, settings, publishing, performance);
        return (accounts, publication.Kind == PublicationKind.Historical ? document.WithPlaceholdersAs(HistoricalPublication.Unstated) : document);
    }

    /// <summary>The formats slow to make (a PDF prints in Chromium, a Word document takes milliseconds a page), kept once made.</summary>
    public static readonly IReadOnlySet<string> Kept = new HashSet<string>(StringComparer.Ordinal) { "pdf", "docx" };

    /// <summary>
    /// One publication in one format (<see cref="DisclosureFormats"/>): from memory; else, for a kept format, as made before (on
    /// publication, or by another node); else made now, once however many ask at the same moment, and kept.
    /// </summary>
    /// <exception cref="PdfPrinterUnavailableException">A PDF was asked for and Chromium is not installed.</exception>
    /// <param name="cancellation">The asker's: it stops waiting, and the file is still made for the next one.</param>
    public async Task<DownloadFile> FileAsync(long publicationId, string format, CatalogEditions catalogs, CancellationToken cancellation = default)
    {
        var key = (publicationId, format);
        if (cache.TryGetValue(key, out DownloadFile? cached)) return cached!;
        var made = making.GetOrAdd(key, _ => new Lazy<Task<DownloadFile>>(() => MakeAsync(publicationId, format, catalogs)));
        try
        {
            return await made.Value.WaitAsync(cancellation);
        }
        finally
        {
            // Once made (or failed), memory answers; a failure is tried afresh by the next asker.
            if (made.Value.IsCompleted) making.TryRemove(KeyValuePair.Create(key, made));
        }
    }

    private async Task<DownloadFile> MakeAsync(long publicationId, string format, CatalogEditions catalogs)
    {
        var kind = DisclosureFormats.Find(format) ?? throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
        var stored = Kept.Contains(format)
            ? await db.PublicationFiles.AsNoTracking().Where(f => f.PublicationId == publicationId && f.Format == format)
                .Select(f => new { f.FileName, f.Content }).SingleOrDefaultAsync()
            : null;
        DownloadFile file;
        if (stored is not null)
        {
            file = new DownloadFile(stored.Content, kind.ContentType, stored.FileName);
        }
        else
        {
            var publication = await db.Publications.AsNoTracking().Include(p => p.Organisation).SingleAsync(p => p.Id == publicationId);
            var name = FileName(publication);
            var source = new DisclosureSource(() => Build(publication, catalogs, new TemplateStore(db, clock)),
                () => publication.Html, () => publication.DisclosureJson, () => publication.AccountsJson);
            var pdf = format == "pdf" ? await (await printer.Value).PrintAsync(publication.Html, CancellationToken.None) : null;
            var files = DisclosureFormats.Files(format, source, _ => pdf!);
            file = files.Count == 1
                ? new DownloadFile(files[0].Content, kind.ContentType, name + kind.DownloadSuffix)
                : Zip(files, name + kind.DownloadSuffix);
            if (Kept.Contains(format)) await KeepAsync(db, publicationId, format, file);
        }
        cache.Set((publicationId, format), file, new MemoryCacheEntryOptions { Size = file.Content.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return file;
    }

    private async Task KeepAsync(JuesuanDb db, long publicationId, string format, DownloadFile file)
    {
        db.PublicationFiles.Add(new PublicationFile { PublicationId = publicationId, Format = format, FileName = file.FileName, Content = file.Content, MadeAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another node kept the same file first; it is the same file.
        }
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
    /// tables as CSV and its Fiscal Data Package in a folder named by its title, a 目录.csv of every publication with its key figures, and a
    /// 数据说明.txt saying in Chinese what each file and column holds.
    /// </summary>
    public static DownloadFile Archive(IReadOnlyList<Publication> publications, string title, CatalogEditions catalogs, TemplateStore templates)
    {
        var files = new List<(string Name, byte[] Content)>();
        var index = new StringBuilder();
        CsvText.Line(index, ["单位编码", "单位名称", "年度", "公开次数", "公开日期", "文件夹", .. KeyFigures.All.Select(k => k.Name + "（元）")]);
        foreach (var publication in publications)
        {
            var folder = FileName(publication);
            var built = new Lazy<(UnitAccounts Accounts, DisclosureDocument Document)>(() => Build(publication, catalogs, templates));
            var source = new DisclosureSource(() => built.Value, () => publication.Html, () => publication.DisclosureJson, () => publication.AccountsJson);
            files.AddRange(DisclosureFormats.Files("csv", source, _ => []).Select(f => ($"{folder}/{f.Name}", f.Content)));
            files.AddRange(DisclosureFormats.Files("fdp", source, _ => []).Select(f => ($"{folder}/财政数据包/{f.Name}", f.Content)));
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

        各单位文件夹下的“财政数据包”
          同一份决算的明细数据，按开放财政数据包（Fiscal Data Package）规范整理，便于程序读取和汇总：
          expenditure.csv 支出明细（按功能分类项、基本或项目支出、资金来源），income.csv 收入明细（按功能分类项和收入来源），
          budget.csv 一般公共预算财政拨款的年初预算和调整预算（按功能分类项），basic-by-economic.csv 基本支出按经济分类款，
          datapackage.json 说明各列的含义。列名为英文（如 fiscal_year 年度、unit_code 单位编码、function_item 功能分类项、
          executed 决算数、approved 年初预算数、adjusted 调整预算数），金额单位为元，保留两位小数。

        数据以各单位公开的文本为准。
        """;

    /// <summary>
    /// What a publication's page shows, worked out once and kept, as the publication never changes: its dates and counts, its HTML,
    /// its charts, its self-evaluations scored and checked as of its publication, and what it changed from the one before it. Read
    /// without its document JSON, which the page does not use.
    /// </summary>
    public async Task<ShownPublication> PageAsync(JuesuanDb db, long publicationId, CatalogEditions catalogs, CancellationToken cancellation)
    {
        var key = (publicationId, "page");
        if (cache.TryGetValue(key, out ShownPublication? cached)) return cached!;
        var p = await db.Publications.AsNoTracking().Where(x => x.Id == publicationId).Select(x => new
        {
            x.Id, x.OrganisationId, x.FiscalYear, x.Sequence, x.Kind, x.PublishedAt, x.OriginalPublishedOn, x.Source, x.ApprovalDate, x.LateReason, x.Blocking, x.Warnings,
            x.Html, x.AccountsJson, x.PerformanceJson, x.ChecksJson, UnitName = x.Organisation!.Name,
        }).SingleAsync(cancellation);
        var accounts = StoredAccounts.Read(p.AccountsJson).Accounts;
        int rulesRun;
        using (var checks = System.Text.Json.JsonDocument.Parse(p.ChecksJson))
            rulesRun = checks.RootElement.TryGetProperty("rulesRun", out var run) ? run.GetInt32() : 0;
        var evaluations = p.PerformanceJson is { } json && PerformanceReader.Read(json, "stored").File is { } file
            ? PerformanceRules.ScoreAndCheck(file, accounts, DateOnly.FromDateTime(p.PublishedAt.ToLocalTime().DateTime))
            : [];
        var before = p.Sequence > 1
            ? await db.Publications.AsNoTracking().Where(x => x.OrganisationId == p.OrganisationId && x.FiscalYear == p.FiscalYear && x.Sequence == p.Sequence - 1)
                .Select(x => x.AccountsJson).SingleOrDefaultAsync(cancellation)
            : null;
        var page = new ShownPublication(p.Id, p.Sequence, p.Kind, p.PublishedAt, p.OriginalPublishedOn, p.Source, p.ApprovalDate, p.LateReason, p.Blocking, p.Warnings,
            p.Html, p.UnitName, rulesRun, DisclosureCharts.For(accounts, catalogs), evaluations, before is null ? null : JsonChanges.Between(before, p.AccountsJson));
        cache.Set(key, page, new MemoryCacheEntryOptions { Size = p.Html.Length * 2L + p.AccountsJson.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return page;
    }

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
