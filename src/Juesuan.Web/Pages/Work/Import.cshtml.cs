using System.Text;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;
using Juesuan.Web.Api;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Publication = Juesuan.Data.Publication;

namespace Juesuan.Web.Pages.Work;

/// <summary>
/// 导入 — an accounts file (JSON or the filled workbook) is read and checked, what it would change is
/// shown, and only on confirmation is it saved; a self-evaluation file is read and saved; a new year can
/// also start from blank accounts. Nothing is saved from a file with errors.
/// </summary>
public sealed class ImportModel(Scope scope, UnitData data, AccountsStore store) : UnitPage(scope, data)
{
    public IReadOnlyList<FileError> Errors { get; private set; } = [];

    public SaveOutcome.Previewed? Preview { get; private set; }

    public string? FileName { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The latest publication of the unit's previous year, which a new year may start from; null when there is none.</summary>
    public Publication? LastYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int year)
    {
        if (await OpenAsync(code, year, UnitAction.Read, check: false) is { } refusal) return refusal;
        ViewData["Part"] = "import";
        return await ShownAsync();
    }

    /// <summary>填报工作簿 — the workbook to fill in offline: the current accounts, or blank.</summary>
    public async Task<IActionResult> OnGetWorkbookAsync(string code, int year)
    {
        if (await OpenAsync(code, year, UnitAction.Read, check: false) is { } refusal) return refusal;
        var content = Current is null
            ? AccountsWorkbookWriter.Template(year, catalogs: store.Catalogs)
            : AccountsWorkbookWriter.Write(Current.Accounts, Current.Settings, catalogs: store.Catalogs);
        return File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{Unit.Name}{year}年度决算数据.xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync(string code, int year, List<IFormFile> file)
    {
        if (await OpenAsync(code, year, UnitAction.Edit, check: false) is { } refusal) return refusal;
        ViewData["Part"] = "import";
        var uploads = new List<(string Name, byte[] Content)>();
        foreach (var one in file.DefaultIfEmpty())
        {
            if (await UploadAsync(one) is not { } bytes) return await ShownAsync();
            uploads.Add((Path.GetFileName(one!.FileName), bytes));
        }
        if (uploads.Count > MaxFiles)
        {
            Message = $"一次最多导入 {MaxFiles} 个文件。";
            return await ShownAsync();
        }
        var (read, name) = Read(uploads, year);
        FileName = name;
        switch (await store.PreviewAsync(Unit.Id, read, name, year, HttpContext.RequestAborted))
        {
            case SaveOutcome.Previewed preview:
                Preview = preview;
                PreviewedFiles = uploads.Select(u => (u.Name, Convert.ToBase64String(u.Content))).ToArray();
                break;
            case SaveOutcome.Invalid invalid:
                Errors = invalid.Errors;
                break;
        }
        return await ShownAsync();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string code, int year, string[] content, string[] fileName, int? revision)
    {
        if (await OpenAsync(code, year, UnitAction.Edit, check: false) is { } refusal) return refusal;
        ViewData["Part"] = "import";
        var uploads = new List<(string Name, byte[] Content)>();
        try
        {
            if (content.Length == 0 || content.Length != fileName.Length || content.Length > MaxFiles) throw new FormatException();
            uploads.AddRange(content.Select((c, i) => (Path.GetFileName(fileName[i]), Convert.FromBase64String(c))));
        }
        catch (FormatException)
        {
            Message = "导入未完成：预览的文件内容已损坏，请重新选择文件。";
            return await ShownAsync();
        }
        var (read, name) = Read(uploads, year);
        var outcome = await store
            .SaveAsync(Unit.Id, read, name, Caller.UserName, revision, Tables is null ? $"导入 {name}" : $"由公开表导入 {name}", year, HttpContext.RequestAborted);
        return await OutcomeAsync(outcome, $"已导入 {name}");
    }

    /// <summary>The most files one import takes: the nine tables, one per file.</summary>
    private const int MaxFiles = 9;

    /// <summary>The previewed files, carried to the confirmation so they are saved exactly as previewed.</summary>
    public IReadOnlyList<(string Name, string Content)> PreviewedFiles { get; private set; } = [];

    /// <summary>Where the upload was the nine 公开表: what the import says of them besides the changes.</summary>
    public TablesAccountsResult? Tables { get; private set; }

    /// <summary>The uploads read: one accounts file, or the nine tables taken over the current draft (or a blank one of the unit's).</summary>
    private (AccountsReadResult Read, string Name) Read(IReadOnlyList<(string Name, byte[] Content)> uploads, int year)
    {
        var (read, tables) = UploadedAccounts.Read(uploads, store.Catalogs,
            () => Current is { } current ? (current.Accounts, current.Settings) : (Unit.BlankAccounts(year), AccountsFileSettings.None), Data.Today);
        Tables = tables;
        return (read, string.Join("、", uploads.Select(u => u.Name)));
    }

    public async Task<IActionResult> OnPostPerformanceAsync(string code, int year, IFormFile? file)
    {
        if (await OpenAsync(code, year, UnitAction.Edit, check: false) is { } refusal) return refusal;
        ViewData["Part"] = "import";
        if (await UploadAsync(file) is not { } bytes) return await ShownAsync();
        var name = Path.GetFileName(file!.FileName);
        string json;
        try
        {
            json = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Errors = [new FileError(ErrorCodes.NotRecognised, ErrorLocation.Of(name), "文件不是 UTF-8 编码的文本：绩效自评文件应为 JSON（UTF-8）")];
            return await ShownAsync();
        }
        var outcome = await store
            .SavePerformanceAsync(Unit.Id, json, name, Caller.UserName, Case?.Revision, year, HttpContext.RequestAborted);
        return await OutcomeAsync(outcome, $"已导入绩效自评 {name}");
    }

    /// <summary>Starts a year from accounts that hold only the unit's name, type and 预算级次 (as the administrator recorded them), to be filled in part by part.</summary>
    public async Task<IActionResult> OnPostBlankAsync(string code, int year, string? type)
    {
        if (await OpenAsync(code, year, UnitAction.Edit, check: false) is { } refusal) return refusal;
        ViewData["Part"] = "import";
        if (Current is not null) return Redirect(Base);
        var accounts = Unit.BlankAccounts(year, type is not null && AccountsVocabulary.UnitTypes.TryGetValue(type, out var t) ? t : null);
        var outcome = await store
            .SaveAsync(Unit.Id, AccountsWriter.Write(accounts, AccountsFileSettings.None), "空白决算数据", Caller.UserName, null, "新建", year, HttpContext.RequestAborted);
        return await OutcomeAsync(outcome, "已新建空白决算数据，请逐项填报");
    }

    /// <summary>
    /// Starts a year from the unit's last publication of the year before: its profile, code names and explanations
    /// carried over and marked for checking, its figures this year's 上年数; the year's own parts to be filled.
    /// </summary>
    public async Task<IActionResult> OnPostFromLastYearAsync(string code, int year)
    {
        if (await OpenAsync(code, year, UnitAction.Edit, check: false) is { } refusal) return refusal;
        ViewData["Part"] = "import";
        if (Current is not null) return Redirect(Base);
        if (await Data.LastYearAsync(Unit.Id, year, HttpContext.RequestAborted) is not { } last) return await ShownAsync();
        var (accounts, settings) = StoredAccounts.Read(last.AccountsJson);
        var outcome = await store.StartFromLastYearAsync(Unit.Id, AccountsWriter.Write(NextYear.From(accounts, year), settings), last.Title, Caller.UserName, year,
            HttpContext.RequestAborted);
        return await OutcomeAsync(outcome, $"已从{last.Title}开始：单位概况沿用上年，上年数已取自上年决算；沿用的内容请逐项核对，本年数据请逐项填报");
    }

    private async Task<IActionResult> ShownAsync()
    {
        LastYear = await Data.LastYearAsync(Unit.Id, Year, HttpContext.RequestAborted);
        return Page();
    }

    private async Task<byte[]?> UploadAsync(IFormFile? file)
    {
        var (content, problem) = await UploadedAccounts.ContentAsync(file, HttpContext.RequestAborted);
        if (problem is not null) Message = problem + "。";
        return content;
    }

    private async Task<IActionResult> OutcomeAsync(SaveOutcome outcome, string done)
    {
        switch (outcome)
        {
            case SaveOutcome.Saved or SaveOutcome.Performance:
                return Redirect($"{Base}?done={Uri.EscapeDataString(done)}");
            case SaveOutcome.Invalid invalid:
                Errors = invalid.Errors;
                break;
            case SaveOutcome.Conflict conflict:
                Message = $"未导入：预览之后数据已被修改（现为第{conflict.CurrentRevision}次修订）。请重新预览。";
                break;
            case SaveOutcome.Locked locked:
                Message = "未导入：" + locked.Reason;
                break;
        }
        return await ShownAsync();
    }
}
