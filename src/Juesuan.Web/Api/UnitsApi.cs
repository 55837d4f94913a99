using System.Globalization;
using System.Text;
using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Documents.Checks;
using Juesuan.Documents.Performance;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;
using Juesuan.Performance;
using Juesuan.Pipeline;
using Juesuan.Web.Publishing;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Api;

/// <summary>
/// 单位决算接口 — a unit's disclosure for a year: its status, accounts (every version), self-evaluations,
/// checks, scores, preview and import. Every call is authorised against the organisation tree by <see cref="Scope"/>.
/// </summary>
public static class UnitsApi
{
    /// <summary>Largest upload: an accounts file or a filled workbook is well under a megabyte.</summary>
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("单位决算");
        units.MapGet("", ListAsync).WithSummary("我可以查看的单位，及其某年度决算的状态");
        units.MapGet("/{code}/{year:int}", CaseAsync).WithSummary("单位某年度决算：状态、修订号、截止日期、流转记录");
        units.MapGet("/{code}/{year:int}/accounts", AccountsAsync).WithSummary("当前决算数据（决算数据文件格式），ETag 为修订号");
        units.MapPut("/{code}/{year:int}/accounts", SaveAccountsAsync).WithSummary("保存决算数据（新版本），须带 If-Match 修订号")
            .Accepts<object>("application/json");
        units.MapPost("/{code}/{year:int}/import", ImportAsync).WithSummary("导入决算数据文件（JSON 或填报工作簿 .xlsx），全部正确才保存；dryRun=true 只预览改动")
            .DisableAntiforgery();
        units.MapPost("/import", ImportManyAsync)
            .WithSummary("批量导入：一次上传多个决算数据文件（字段名 files），每个文件导入到文件所写的单位（须在我的权限范围内），各文件全部正确才保存、互不影响；year 年度")
            .DisableAntiforgery();
        units.MapGet("/{code}/{year:int}/versions", VersionsAsync).WithSummary("决算数据的全部版本");
        units.MapGet("/{code}/{year:int}/versions/{number:int}", VersionAsync).WithSummary("某一版本的决算数据");
        units.MapGet("/{code}/{year:int}/versions/{number:int}/changes", ChangesAsync).WithSummary("某一版本相对前一版本（或 from 指定版本）的改动");
        units.MapGet("/{code}/{year:int}/checks", ChecksAsync).WithSummary("当前决算数据的检查报告");
        units.MapGet("/{code}/{year:int}/performance", PerformanceAsync).WithSummary("当前绩效自评文件");
        units.MapPut("/{code}/{year:int}/performance", SavePerformanceAsync).WithSummary("保存绩效自评文件（新版本），须带 If-Match 修订号")
            .Accepts<object>("application/json");
        units.MapGet("/{code}/{year:int}/scores", ScoresAsync).WithSummary("绩效自评计分及检查");
        units.MapGet("/{code}/{year:int}/preview", PreviewAsync).WithSummary("按当前数据生成的公开文本预览（HTML）");
    }

    /// <summary>The unit the caller reaches and may act on, or the answer to give instead (404 outside reach, 403 for the role).</summary>
    public static async Task<(Organisation? Unit, Caller Caller, IResult? Refusal)> ResolveAsync(HttpContext http, Scope scope, string code, UnitAction action)
    {
        var caller = Caller.From(http.User)!;
        var (unit, forbidden) = await scope.ResolveAsync(caller, code, action, http.RequestAborted);
        if (forbidden) return (null, caller, Problems.Forbidden($"{UserDirectory.RoleName(caller.Role)}不能{DisclosureLifecycle.ActionName(action)}"));
        return unit is null ? (null, caller, Problems.NotFound($"找不到单位“{code}”，或不在您的权限范围内")) : (unit, caller, null);
    }

    private static async Task<IResult> ListAsync(HttpContext http, Scope scope, JuesuanDb db, DisclosureWorkflow workflow, int? year)
    {
        var caller = Caller.From(http.User)!;
        var reachable = (await scope.OrganisationsAsync(caller, http.RequestAborted)).Where(o => o.Kind == OrganisationKind.Unit).ToList();
        var ids = reachable.Select(o => o.Id).ToList();
        var cases = await db.DisclosureCases.AsNoTracking()
            .Where(c => ids.Contains(c.OrganisationId) && (year == null || c.FiscalYear == year)).ToListAsync(http.RequestAborted);
        var byUnit = cases.ToLookup(c => c.OrganisationId);
        return Results.Ok(reachable.Select(u => new
        {
            code = u.Code,
            name = u.Name,
            parentId = u.ParentId,
            years = byUnit[u.Id].OrderByDescending(c => c.FiscalYear).Select(c => Summary(c, workflow)).ToArray(),
        }));
    }

    /// <summary>A case as lists show it.</summary>
    public static object Summary(DisclosureCase c, DisclosureWorkflow workflow) =>
        new
        {
            fiscalYear = c.FiscalYear,
            status = c.Status.ToString(),
            statusName = DisclosureLifecycle.StatusName(c.Status),
            revision = c.Revision,
            blocking = c.Blocking,
            warnings = c.Warnings,
            approvalDate = c.ApprovalDate,
            deadline = workflow.Deadline(c),
            daysLeft = workflow.DaysLeft(c),
            publications = c.Publications,
            amendmentReason = c.AmendmentReason,
        };

    private static async Task<IResult> CaseAsync(HttpContext http, Scope scope, JuesuanDb db, DisclosureWorkflow workflow, string code, int year)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        var @case = await db.DisclosureCases.AsNoTracking().SingleOrDefaultAsync(c => c.OrganisationId == unit!.Id && c.FiscalYear == year, http.RequestAborted);
        if (@case is null) return NoAccounts(unit!, year);
        var version = @case.CurrentVersionId is { } id ? await db.AccountsVersions.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new { v.Number, v.SavedAt, v.SavedBy, v.TotalIncome, v.CurrentYearExpenditure, v.Note }).SingleAsync(http.RequestAborted) : null;
        var history = await workflow.HistoryAsync(@case.Id, http.RequestAborted);
        http.Response.Headers.ETag = Etag(@case.Revision);
        return Results.Ok(new
        {
            unit = new { code = unit!.Code, name = unit.Name },
            summary = Summary(@case, workflow),
            currentVersion = version,
            hasPerformance = @case.CurrentPerformanceId is not null,
            history = history.Select(s => new
            {
                action = s.Action.ToString(),
                from = s.From.ToString(),
                to = s.To.ToString(),
                s.Actor,
                s.At,
                s.Comment,
                fields = s.FieldComments is null ? null : System.Text.Json.JsonSerializer.Deserialize<FieldComment[]>(s.FieldComments, JsonChanges.Options),
            }),
        });
    }

    private static async Task<IResult> AccountsAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        var current = await store.CurrentAsync(unit!.Id, year, http.RequestAborted);
        return current is { } c ? Versioned(http, c) : NoAccounts(unit, year);
    }

    /// <summary>A stored file with the case revision as its ETag.</summary>
    private static IResult Versioned(HttpContext http, (int Revision, string Json) current)
    {
        http.Response.Headers.ETag = Etag(current.Revision);
        return Results.Text(current.Json, "application/json; charset=utf-8");
    }

    private static async Task<IResult> SaveAccountsAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year,
        [FromQuery] string? note)
    {
        var (unit, caller, refusal) = await ResolveAsync(http, scope, code, UnitAction.Edit);
        if (refusal is not null) return refusal;
        if (Revision(http) is not { } revision) return Problems.PreconditionRequired();
        var json = await new StreamReader(http.Request.Body, Encoding.UTF8).ReadToEndAsync(http.RequestAborted);
        var outcome = await store.SaveAsync(unit!.Id, json, "请求正文", caller.UserName, revision, note, year, http.RequestAborted);
        return Problems.From(outcome, o => Saved(http, (SaveOutcome.Saved)o));
    }

    private static IResult Saved(HttpContext http, SaveOutcome.Saved saved)
    {
        http.Response.Headers.ETag = Etag(saved.Revision);
        return Results.Ok(new { version = saved.Version.Number, revision = saved.Revision, saved.Version.TotalIncome, saved.Version.CurrentYearExpenditure });
    }

    private static async Task<IResult> ImportAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year,
        [FromQuery] bool? dryRun)
    {
        var (unit, caller, refusal) = await ResolveAsync(http, scope, code, UnitAction.Edit);
        if (refusal is not null) return refusal;
        if (!http.Request.HasFormContentType) return Problems.BadRequest("请以 multipart/form-data 上传文件（字段名 file）");
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.GetFile("file") is not { } upload) return Problems.BadRequest("请在字段 file 中上传决算数据文件（.json 或 .xlsx）");
        var (content, problem) = await UploadedAccounts.ContentAsync(upload, http.RequestAborted);
        if (problem is not null) return Problems.BadRequest(problem);
        var fileName = Path.GetFileName(upload.FileName);
        var read = UploadedAccounts.Read(content!, fileName, store.Catalogs);
        if (dryRun == true)
        {
            return Problems.From(await store.PreviewAsync(unit!.Id, read, fileName, year, http.RequestAborted), o =>
            {
                var preview = (SaveOutcome.Previewed)o;
                return Results.Ok(new { changes = preview.Changes, blocking = preview.Report.Count(Severity.Blocking), warnings = preview.Report.Count(Severity.Warning) });
            });
        }
        var outcome = await store.SaveAsync(unit!.Id, read, fileName, caller.UserName, null, $"导入 {fileName}", year, http.RequestAborted);
        return Problems.From(outcome, o => Saved(http, (SaveOutcome.Saved)o));
    }

    private static async Task<IResult> ImportManyAsync(HttpContext http, Scope scope, JuesuanDb db, AccountsStore store, [FromQuery] int year)
    {
        var caller = Caller.From(http.User)!;
        if (!http.Request.HasFormContentType) return Problems.BadRequest("请以 multipart/form-data 上传文件（字段名 files）");
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.Count == 0) return Problems.BadRequest("请在字段 files 中上传决算数据文件（.json 或 .xlsx）");
        if (form.Files.Count > BulkImport.MostFiles) return Problems.BadRequest($"一次至多导入 {BulkImport.MostFiles} 个文件，本次 {form.Files.Count} 个");
        var results = new List<BulkImported>();
        foreach (var upload in form.Files)
        {
            var fileName = Path.GetFileName(upload.FileName);
            var (content, problem) = await UploadedAccounts.ContentAsync(upload, http.RequestAborted);
            var read = problem is null ? UploadedAccounts.Read(content!, fileName, store.Catalogs) : AccountsReadResult.Failed(fileName, ErrorCodes.NotRecognised, problem);
            results.Add(await BulkImport.OneAsync(db, store, fileName, read, year, caller.UserName, async code =>
            {
                var (unit, forbidden) = await scope.ResolveAsync(caller, code, UnitAction.Edit, http.RequestAborted);
                return forbidden ? (null, $"{UserDirectory.RoleName(caller.Role)}不能{DisclosureLifecycle.ActionName(UnitAction.Edit)}")
                    : unit is null ? (null, $"找不到单位“{code}”，或不在您的权限范围内") : (unit, null);
            }, http.RequestAborted));
            db.ChangeTracker.Clear();
        }
        return Results.Ok(new
        {
            imported = results.Count(r => r.Saved),
            notImported = results.Count(r => !r.Saved),
            files = results.Select(r => new { file = r.File, unit = r.UnitCode, name = r.UnitName, version = r.Version, revision = r.Revision, blocking = r.Blocking, warnings = r.Warnings, refusal = r.Refusal, line = r.Line }),
        });
    }

    private static async Task<IResult> VersionsAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        var versions = await store.VersionsAsync(unit!.Id, year, http.RequestAborted);
        return Results.Ok(versions.Select(v => new { v.Number, v.SavedAt, v.SavedBy, v.Note, v.TotalIncome, v.CurrentYearExpenditure }));
    }

    private static async Task<IResult> VersionAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year, int number)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        var files = await store.VersionFilesAsync(unit!.Id, year, [number], http.RequestAborted);
        return files.TryGetValue(number, out var json) ? Results.Text(json, "application/json; charset=utf-8") : Problems.NotFound($"没有第{number}版");
    }

    private static async Task<IResult> ChangesAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year, int number, int? from)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        var against = from ?? number - 1;
        var jsons = await store.VersionFilesAsync(unit!.Id, year, [number, against], http.RequestAborted);
        if (!jsons.TryGetValue(number, out var after)) return Problems.NotFound($"没有第{number}版");
        if (against >= 1 && !jsons.ContainsKey(against)) return Problems.NotFound($"没有第{against}版");
        return Results.Ok(new { from = against, to = number, changes = JsonChanges.Between(jsons.GetValueOrDefault(against), after) });
    }

    private static async Task<IResult> ChecksAsync(HttpContext http, Scope scope, UnitData data, string code, int year)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        if (await data.CurrentAsync(unit!.Id, year, http.RequestAborted) is not { } current) return NoAccounts(unit, year);
        return Results.Text(CheckReportWriter.JsonText(data.Prepare(current).Checks), "application/json; charset=utf-8");
    }

    private static IResult NoAccounts(Organisation unit, int year) => Problems.NotFound($"{unit.Name}尚无{year}年度决算数据");

    private static async Task<IResult> PerformanceAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        var current = await store.CurrentPerformanceAsync(unit!.Id, year, http.RequestAborted);
        return current is { } c ? Versioned(http, c) : Problems.NotFound($"{unit.Name}尚无{year}年度绩效自评");
    }

    private static async Task<IResult> SavePerformanceAsync(HttpContext http, Scope scope, AccountsStore store, string code, int year)
    {
        var (unit, caller, refusal) = await ResolveAsync(http, scope, code, UnitAction.Edit);
        if (refusal is not null) return refusal;
        if (Revision(http) is not { } revision) return Problems.PreconditionRequired();
        var json = await new StreamReader(http.Request.Body, Encoding.UTF8).ReadToEndAsync(http.RequestAborted);
        var outcome = await store.SavePerformanceAsync(unit!.Id, json, "请求正文", caller.UserName, revision, year, http.RequestAborted);
        return Problems.From(outcome, o =>
        {
            var saved = (SaveOutcome.Performance)o;
            http.Response.Headers.ETag = Etag(saved.Revision);
            return Results.Ok(new { version = saved.Version.Number, revision = saved.Revision });
        });
    }

    private static async Task<IResult> ScoresAsync(HttpContext http, Scope scope, UnitData data, string code, int year)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        if (await data.CurrentAsync(unit!.Id, year, http.RequestAborted) is not { } current) return NoAccounts(unit, year);
        if (current.PerformanceFile is not { } file) return Problems.NotFound($"{unit.Name}尚无{year}年度绩效自评");
        return Results.Text(ScoreReportWriter.Json(data.Score(file, current.Accounts)), "application/json; charset=utf-8");
    }

    private static async Task<IResult> PreviewAsync(HttpContext http, Scope scope, UnitData data, string code, int year)
    {
        var (unit, _, refusal) = await ResolveAsync(http, scope, code, UnitAction.Read);
        if (refusal is not null) return refusal;
        if (await data.CurrentAsync(unit!.Id, year, http.RequestAborted) is not { } current) return NoAccounts(unit, year);
        var document = data.Prepare(current).Document;
        return Results.Content(Documents.Html.HtmlRenderer.Render(document), "text/html; charset=utf-8");
    }

    /// <summary>The revision an edit started from, from the If-Match header ("3", W/"3" or 3).</summary>
    public static int? Revision(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal)) header = header[2..];
        return int.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : null;
    }

    public static string Etag(int revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";
}

/// <summary>读取上传文件 — an uploaded accounts file (JSON, or a filled accounts workbook) read, or every problem with where it is.</summary>
public static class UploadedAccounts
{
    /// <summary>An upload's bytes, or why it is not taken (empty, or too large to be an accounts file).</summary>
    public static async Task<(byte[]? Content, string? Problem)> ContentAsync(IFormFile? file, CancellationToken cancellation)
    {
        if (file is null || file.Length == 0) return (null, "请选择要导入的文件");
        if (file.Length > UnitsApi.MaxUploadBytes) return (null, $"文件超过 {UnitsApi.MaxUploadBytes / 1024 / 1024} MB，不像是决算数据文件");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellation);
        return (buffer.ToArray(), null);
    }

    /// <summary>A file previewed and carried to its confirmation as base64; null when what came back is not what was sent.</summary>
    public static byte[]? Previewed(string content)
    {
        try
        {
            return Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Uploads read as accounts: one accounts file as <see cref="Read(byte[], string, CatalogEditions)"/> reads it, or the nine 公开表
    /// exported from budget software (one workbook, or a workbook per table) taken over the unit's draft (<paramref name="draft"/>,
    /// asked for only then), with what the import should say of them.
    /// </summary>
    public static (AccountsReadResult Read, TablesAccountsResult? Tables) Read(IReadOnlyList<(string Name, byte[] Content)> files, CatalogEditions catalogs,
        Func<(UnitAccounts Accounts, AccountsFileSettings Settings)> draft, DateOnly asOf)
    {
        static bool IsWorkbook(string name) => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (files.Count == 1 && !IsWorkbook(files[0].Name)) return (Read(files[0].Content, files[0].Name, catalogs), null);
        var books = new List<WorkbookCells>();
        foreach (var (name, content) in files)
        {
            if (!IsWorkbook(name))
                return (AccountsReadResult.Failed(name, ErrorCodes.NotRecognised, "同时导入多个文件时，每个文件应是一张公开表的 Excel 工作簿（.xlsx）"), null);
            try
            {
                books.Add(WorkbookCells.Read(content, name));
            }
            catch (WorkbookFormatException e)
            {
                return (AccountsReadResult.Failed(e.Error), null);
            }
        }
        if (!TablesAccounts.AreTables(books)) return (Read(files[0].Content, files[0].Name, catalogs), null);
        var (accounts, settings) = draft();
        var tables = TablesAccounts.From(books, accounts, settings, asOf);
        if (tables.Accounts is null) return (new AccountsReadResult(null, tables.Errors, settings), tables);
        var shown = string.Join("、", files.Select(f => f.Name));
        return (AccountsReader.Read(AccountsWriter.Write(tables.Accounts, tables.Settings), shown, catalogs: catalogs), tables);
    }

    /// <summary>Reads an upload; codes are checked against the bureau's editions.</summary>
    public static AccountsReadResult Read(byte[] content, string fileName, CatalogEditions catalogs)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return AccountsWorkbookReader.Read(WorkbookCells.Read(content, fileName), catalogs: catalogs);
            }
            catch (WorkbookFormatException e)
            {
                return AccountsReadResult.Failed(e.Error);
            }
        }
        try
        {
            return AccountsReader.Read(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF'), fileName, catalogs: catalogs);
        }
        catch (DecoderFallbackException)
        {
            return AccountsReadResult.Failed(fileName, ErrorCodes.NotRecognised, "文件不是 UTF-8 编码的文本：决算数据文件应为 JSON（UTF-8），或填报工作簿（.xlsx）");
        }
    }
}
