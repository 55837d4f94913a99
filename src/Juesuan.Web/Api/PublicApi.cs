using System.Globalization;
using Juesuan.Data;
using Juesuan.Documents.Export;
using Juesuan.Documents.Pdf;
using Juesuan.Web.Publishing;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Juesuan.Web.Api;

/// <summary>
/// 公开接口 — published disclosures for anyone, signed in or not: the list, each disclosure with all its
/// publications (the first and every amendment), the document in every format, the check summary, and
/// what an amendment changed. Nothing unpublished is reachable here. A numbered publication never
/// changes, so it is cached for a year; "the latest" is cached briefly, since an amendment replaces it.
/// </summary>
public static class PublicApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var disclosures = api.MapGroup("/public/disclosures").WithTags("公开查询").AllowAnonymous();
        disclosures.MapGet("", ListAsync)
            .WithSummary("已公开的决算，分页：q 单位、部门名称或编码，year 年度，department 部门，region 区划，scope 类别（department 部门决算、unit 单位决算），page 页码，pageSize 每页条数（至多 500）；附各条件的分面计数");
        disclosures.MapGet("/archive", ArchiveAsync).RequireRateLimiting(RateLimits.AnonymousWork)
            .WithSummary("批量下载：某年度（或查找结果）全部已公开决算的九张公开表（CSV）和财政数据包，附目录（主要指标）和数据说明；条件同列表");
        disclosures.MapGet("/{code}/{year:int}", DisclosureAsync).WithSummary("某单位某年度的公开情况：各公开版本（含更正）");
        disclosures.MapGet("/{code}/{year:int}/disclosure.json", DocumentJsonAsync).WithSummary("公开文本（文档 JSON）；sequence 指定公开版本，默认最新");
        disclosures.MapGet("/{code}/{year:int}/documents/{format}", DownloadAsync).RequireRateLimiting(RateLimits.AnonymousWork)
            .WithSummary($"下载公开文件：{string.Join("、", DisclosureFormats.Ids)}；sequence 指定公开版本，默认最新");
        disclosures.MapGet("/{code}/{year:int}/checks", ChecksAsync).WithSummary("公开时的检查报告");
        disclosures.MapGet("/{code}/{year:int}/changes", ChangesAsync).WithSummary("更正前后的改动（from、to 为公开版本号，默认最新一次更正）");
    }

    public static string DisclosureUrl(string code, int year) => $"/api/public/disclosures/{Uri.EscapeDataString(code)}/{year.ToString(CultureInfo.InvariantCulture)}";

    private static async Task<IResult> ListAsync(HttpContext http, JuesuanDb db, PortalCache portal, IOptions<ServerOptions> options, int? year, string? q, string? department,
        string? region, string? scope, int? page, int? pageSize)
    {
        var size = pageSize ?? PublishedList.PageSize;
        if (size is < 1 or > PublishedList.MostPerPage) return Problems.BadRequest($"pageSize 应在 1 至 {PublishedList.MostPerPage} 之间");
        var version = await portal.VersionAsync(db, http.RequestAborted);
        if (Conditional(http, options.Value, null, PortalCache.Tag(version, http.Request.QueryString.Value)) is { } notModified) return notModified;
        var result = await PublishedList.SearchAsync(db, portal, version, PortalFilter.From(q, year, department, region, scope), page ?? 1, size, http.RequestAborted);
        string PageUrl(int number) => $"/api/public/disclosures{QueryString.Create(http.Request.Query.Where(p => p.Key is not "page").Append(new("page", number.ToString(CultureInfo.InvariantCulture))))}";
        var links = new List<string>();
        if (result.Page < result.Pages) links.Add($"<{PageUrl(result.Page + 1)}>; rel=\"next\"");
        if (result.Page > 1) links.Add($"<{PageUrl(result.Page - 1)}>; rel=\"prev\"");
        if (links.Count > 0) http.Response.Headers.Link = string.Join(", ", links);
        static object Facet(IEnumerable<FacetValue> values) => values.Select(v => new { value = v.Value, label = v.Label, count = v.Count });
        return Results.Ok(new
        {
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
            pages = result.Pages,
            next = result.Page < result.Pages ? PageUrl(result.Page + 1) : null,
            previous = result.Page > 1 ? PageUrl(result.Page - 1) : null,
            facets = new { years = Facet(result.Years), departments = Facet(result.Departments), regions = Facet(result.Regions), scopes = Facet(result.Scopes) },
            items = result.Rows.Select(d => new
            {
                code = d.Code,
                name = d.Name,
                department = d.Department,
                region = d.Region,
                scope = PublishedList.ScopeValue(d.Scope),
                fiscalYear = d.FiscalYear,
                publications = d.Sequence,
                amended = d.Sequence > 1,
                kind = KindName(d.Kind),
                publishedAt = d.PublishedAt,
                publishedOn = d.PublishedOn,
                blocking = d.Blocking,
                warnings = d.Warnings,
                url = DisclosureUrl(d.Code, d.FiscalYear),
            }),
        });
    }

    private static async Task<IResult> DisclosureAsync(HttpContext http, JuesuanDb db, IOptions<ServerOptions> options, string code, int year)
    {
        var publications = await db.Publications.AsNoTracking().Where(p => p.Organisation!.Code == code && p.FiscalYear == year)
            .OrderBy(p => p.Sequence)
            .Select(p => new { p.Sequence, p.Kind, p.PublishedAt, p.OriginalPublishedOn, p.Source, p.ApprovalDate, p.LateReason, p.AmendmentReason, p.Blocking, p.Warnings, name = p.Organisation!.Name })
            .ToListAsync(http.RequestAborted);
        if (publications.Count == 0) return NotPublished(code, year);
        Cache(http, options.Value.PublicCacheSeconds);
        var url = DisclosureUrl(code, year);
        return Results.Ok(new
        {
            unit = new { code, name = publications[^1].name },
            fiscalYear = year,
            latest = publications[^1].Sequence,
            publications = publications.Select(p => new
            {
                p.Sequence,
                kind = KindName(p.Kind),
                p.PublishedAt,
                publishedOn = Publication.PublishedOn(p.Kind, p.PublishedAt, p.OriginalPublishedOn),
                p.Source,
                p.ApprovalDate,
                deadline = p.ApprovalDate?.AddDays(options.Value.PublicationDays),
                p.LateReason,
                p.AmendmentReason,
                checks = new { blocking = p.Blocking, warnings = p.Warnings },
                document = $"{url}/disclosure.json?sequence={p.Sequence}",
                downloads = DisclosureFormats.Ids.ToDictionary(f => f, f => $"{url}/documents/{f}?sequence={p.Sequence}"),
                changes = p.Sequence > 1 ? $"{url}/changes?from={p.Sequence - 1}&to={p.Sequence}" : null,
            }),
        });
    }

    /// <summary>A publication by its unit, year and sequence (the latest without one), from the narrow summaries.</summary>
    private static IQueryable<PublishedSummary> Find(JuesuanDb db, string code, int year, int? sequence) =>
        db.PublishedSummaries.AsNoTracking().Where(s => s.Code == code && s.FiscalYear == year && (sequence == null ? s.Latest : s.Sequence == sequence));

    private static async Task<IResult> DocumentJsonAsync(HttpContext http, JuesuanDb db, DisclosureRendering rendering, IOptions<ServerOptions> options,
        string code, int year, int? sequence)
    {
        var found = await Find(db, code, year, sequence).Select(p => new { p.PublicationId, p.ContentHash }).FirstOrDefaultAsync(http.RequestAborted);
        if (found is null) return NotPublished(code, year);
        if (Conditional(http, options.Value, sequence, found.ContentHash) is { } notModified) return notModified;
        var text = await rendering.DocumentJsonAsync(db, found.PublicationId, http.RequestAborted);
        http.Response.Headers.Vary = "Accept-Encoding";
        if (!AcceptsGzip(http.Request)) return Results.Bytes(text.Plain, "application/json; charset=utf-8");
        http.Response.Headers.ContentEncoding = "gzip";
        return Results.Bytes(text.Gzip, "application/json; charset=utf-8");
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);

    private static async Task<IResult> ArchiveAsync(HttpContext http, JuesuanDb db, TimeProvider clock, PortalCache portal, CurrentSettings settings, int? year, string? q, string? department,
        string? region, string? scope)
    {
        var filter = PortalFilter.From(q, year, department, region, scope);
        var ids = PublishedList.Matching(await PublishedList.AllAsync(db, portal, http.RequestAborted), filter).Select(d => d.PublicationId).ToList();
        if (ids.Count == 0) return Problems.NotFound("没有找到符合条件的已公开决算");
        if (ids.Count > DisclosureRendering.MostArchived)
            return Problems.BadRequest($"符合条件的共 {ids.Count} 份，超过一次下载的上限 {DisclosureRendering.MostArchived} 份：请按年度、部门、区划或单位名称缩小范围");
        var publications = await db.Publications.AsNoTracking().Include(p => p.Organisation).Where(p => ids.Contains(p.Id)).ToListAsync(http.RequestAborted);
        var ordered = publications.OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Organisation!.Code, StringComparer.Ordinal).ToList();
        var conditions = new[] { filter.Department, filter.Region, filter.Scope is { } s ? PublishedList.ScopeName(s) : null, filter.Q }.OfType<string>().ToList();
        var title = (year is { } y ? $"{y}年度已公开的决算" : "已公开的决算") + (conditions.Count == 0 ? "" : $"（{string.Join("，", conditions)}）") + "（公开表）";
        var file = DisclosureRendering.Archive(ordered, title, settings.Catalogs, new TemplateStore(db, clock));
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, JuesuanDb db, DisclosureRendering rendering, CurrentSettings settings, IOptions<ServerOptions> options,
        string code, int year, string format, int? sequence)
    {
        if (!DisclosureFormats.Ids.Contains(format))
            return Problems.NotFound($"没有“{format}”格式：可下载 {string.Join("、", DisclosureFormats.Ids)}");
        var found = await Find(db, code, year, sequence).Select(p => new { p.PublicationId, p.ContentHash }).FirstOrDefaultAsync(http.RequestAborted);
        if (found is null) return NotPublished(code, year);
        if (Conditional(http, options.Value, sequence, found.ContentHash + "-" + format) is { } notModified) return notModified;
        try
        {
            var file = await rendering.FileAsync(found.PublicationId, format, settings.Catalogs, http.RequestAborted);
            return Results.File(file.Content, file.ContentType, format is "html" or "json" ? null : file.FileName);
        }
        catch (PdfPrinterUnavailableException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "暂不能生成 PDF", detail: e.Message);
        }
    }

    private static async Task<IResult> ChecksAsync(HttpContext http, JuesuanDb db, IOptions<ServerOptions> options, string code, int year, int? sequence)
    {
        var found = await Find(db, code, year, sequence).Select(p => new { p.PublicationId, p.ContentHash }).FirstOrDefaultAsync(http.RequestAborted);
        if (found is null) return NotPublished(code, year);
        if (Conditional(http, options.Value, sequence, found.ContentHash + "-checks") is { } notModified) return notModified;
        var checks = await db.Publications.AsNoTracking().Where(p => p.Id == found.PublicationId).Select(p => p.ChecksJson).SingleAsync(http.RequestAborted);
        return Results.Text(checks, "application/json; charset=utf-8");
    }

    private static async Task<IResult> ChangesAsync(HttpContext http, JuesuanDb db, IOptions<ServerOptions> options, string code, int year, int? from, int? to)
    {
        var all = await db.Publications.AsNoTracking().Where(p => p.Organisation!.Code == code && p.FiscalYear == year)
            .Select(p => new { p.Sequence, p.AccountsJson, p.AmendmentReason, p.PublishedAt }).ToListAsync(http.RequestAborted);
        if (all.Count == 0) return NotPublished(code, year);
        var after = all.FirstOrDefault(p => p.Sequence == (to ?? all.Max(x => x.Sequence)));
        var before = all.FirstOrDefault(p => p.Sequence == (from ?? (after?.Sequence ?? 0) - 1));
        if (after is null || before is null || before.Sequence >= after.Sequence)
            return Problems.NotFound(all.Count == 1 ? "该决算公开后未作更正" : $"没有这两个公开版本：已有第1至第{all.Count}次公开");
        Cache(http, options.Value.PublicCacheSeconds);
        return Results.Ok(new
        {
            from = before.Sequence,
            to = after.Sequence,
            reason = after.AmendmentReason,
            publishedAt = after.PublishedAt,
            changes = JsonChanges.Between(before.AccountsJson, after.AccountsJson),
        });
    }

    /// <summary>How the API names a publication's kind: "workflow" (reviewed and published here) or "historical" (recorded as published before).</summary>
    private static string KindName(PublicationKind kind) => kind == PublicationKind.Historical ? "historical" : "workflow";

    private static IResult NotPublished(string code, int year) => Problems.NotFound($"“{code}”{year}年度决算尚未公开");

    private static void Cache(HttpContext http, int seconds) =>
        http.Response.Headers.CacheControl = $"public, max-age={seconds.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Sets the caching headers; 304 when the client already holds this content.</summary>
    private static IResult? Conditional(HttpContext http, ServerOptions options, int? sequence, string hash)
    {
        var etag = $"\"{hash}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = sequence is null
            ? $"public, max-age={options.PublicCacheSeconds.ToString(CultureInfo.InvariantCulture)}"
            : "public, max-age=31536000, immutable";
        var asked = http.Request.GetTypedHeaders().IfNoneMatch;
        return asked.Any(t => t.Tag == etag || t.Equals(EntityTagHeaderValue.Any)) ? Results.StatusCode(StatusCodes.Status304NotModified) : null;
    }
}
