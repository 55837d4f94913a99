using Juesuan.Catalog;
using Juesuan.Data;
using Juesuan.Documents.Classification;
using Juesuan.Errors;
using Juesuan.Web.Api;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Review;

/// <summary>
/// 科目目录 — the editions each year uses, and loading the bureau's own from its budget system: a workbook or
/// CSV is read, its differences from the edition in use are shown, and only on confirmation is it saved
/// (audited); it applies from the next request. A loaded classification can be withdrawn.
/// </summary>
public sealed class CatalogsModel(CatalogStore store, SettingsStore settings, CurrentSettings current) : PageModel
{
    public IReadOnlyList<LoadedCatalog> Loaded { get; private set; } = [];

    public IReadOnlyList<FileError> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Why the previewed change may not be applied: units whose saved accounts it would leave unbuildable.</summary>
    public string? Refused { get; private set; }

    /// <summary>The classification read from the file, waiting for confirmation.</summary>
    public BureauCatalog? Read { get; private set; }

    public CatalogChanges? Changes { get; private set; }

    /// <summary>The previewed file, carried to the confirmation so it is saved exactly as previewed.</summary>
    public string? PreviewedContent { get; private set; }

    public string? FileName { get; private set; }

    public int Year { get; private set; }

    public string Kind { get; private set; } = "function";

    /// <summary>Every year that starts an edition, with what each classification of it is.</summary>
    public IReadOnlyList<(int Year, string Function, string Economic)> Editions { get; private set; } = [];

    public static string KindName(string kind) => ClassificationCode.KindName(ClassificationCode.KindOfKey(kind));

    public IActionResult OnGet(string? done)
    {
        if (!MayChange()) return StatusCode(StatusCodes.Status403Forbidden);
        Message = done;
        Year = current.FiscalYear;
        return Show();
    }

    /// <summary>The classification a year uses, as a workbook the bureau can edit and load back.</summary>
    public IActionResult OnGetWorkbook(int year, string kind)
    {
        if (!MayChange()) return StatusCode(StatusCodes.Status403Forbidden);
        if (current.Catalogs.ForYear(year) is not { } catalog) return NotFound();
        var codeKind = ClassificationCode.KindOfKey(kind);
        return File(CatalogWorkbook.Write(catalog, codeKind), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"{year}年度{ClassificationCode.KindName(codeKind)}.xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, int year, string kind)
    {
        if (!MayChange()) return StatusCode(StatusCodes.Status403Forbidden);
        (Year, Kind) = (year, ClassificationCode.KindKey(ClassificationCode.KindOfKey(kind)));
        if (WrongYear(year) is { } wrongYear) return wrongYear;
        var (content, problem) = await UploadedAccounts.ContentAsync(file, HttpContext.RequestAborted);
        if (content is null)
        {
            Errors = [new FileError(ErrorCodes.TooLarge, ErrorLocation.Of(file?.FileName ?? "目录文件"), problem!)];
            return Show();
        }
        FileName = Path.GetFileName(file!.FileName);
        if (ReadFile(content) is { } read)
        {
            (Read, PreviewedContent) = (read, Convert.ToBase64String(content));
            (Changes, Refused) = store.Preview(current.Catalogs, read);
        }
        return Show();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string content, string fileName, int year, string kind)
    {
        if (!MayChange()) return StatusCode(StatusCodes.Status403Forbidden);
        (Year, Kind, FileName) = (year, ClassificationCode.KindKey(ClassificationCode.KindOfKey(kind)), Path.GetFileName(fileName));
        if (WrongYear(year) is { } wrongYear) return wrongYear;
        if (UploadedAccounts.Previewed(content) is not { } bytes)
        {
            Message = "导入未完成：预览的文件内容已损坏，请重新选择文件。";
            return Show();
        }
        if (ReadFile(bytes) is not { } read) return Show();
        var (changes, refused) = store.Preview(current.Catalogs, read);
        if ((Refused = refused) is not null) return Show();
        var bureau = await settings.RootBureau.FirstAsync(HttpContext.RequestAborted);
        await store.LoadAsync(bureau, read, FileName, changes, User.Identity!.Name!, HttpContext.RequestAborted);
        return Redirect("/review/catalogs?done=" + Uri.EscapeDataString(
            $"已导入{year}年度{read.KindName}（{read.Codes.Count}个科目，{changes.Summary}），自现在起用于{year}年度及以后"));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int year, string kind)
    {
        if (!MayChange()) return StatusCode(StatusCodes.Status403Forbidden);
        var codeKind = ClassificationCode.KindOfKey(kind);
        if ((Refused = store.Refusal(current.Catalogs.Withdrawing(year, codeKind), year)) is not null) return Show();
        var bureau = await settings.RootBureau.FirstAsync(HttpContext.RequestAborted);
        var withdrawn = await store.WithdrawAsync(bureau, year, codeKind, User.Identity!.Name!, HttpContext.RequestAborted);
        return Redirect("/review/catalogs?done=" + Uri.EscapeDataString(withdrawn
            ? $"已撤销导入的{year}年度{ClassificationCode.KindName(codeKind)}，该年度恢复使用内置目录"
            : $"{year}年度没有导入的{ClassificationCode.KindName(codeKind)}"));
    }

    private BureauCatalog? ReadFile(byte[] content)
    {
        var result = CatalogImportReader.Read(content, FileName!, Year, ClassificationCode.KindOfKey(Kind), $"财政局导入：{FileName}");
        Errors = result.Errors;
        return result.Catalog;
    }

    private IActionResult? WrongYear(int year)
    {
        if (year is >= 2000 and <= 2100) return null;
        Errors = [new FileError(ErrorCodes.OutOfRange, ErrorLocation.Of("适用年度"), $"适用年度应为2000至2100之间的年份，实际为{year}")];
        return Show();
    }

    private IActionResult Show()
    {
        Loaded = store.Loaded();
        var editions = current.Catalogs;
        Editions = editions.EditionYears.Reverse().Select(y => (y, Describe(editions, y, CodeKind.Function), Describe(editions, y, CodeKind.Economic))).ToList();
        return Page();
    }

    private static string Describe(CatalogEditions editions, int year, CodeKind kind)
    {
        var loaded = editions.LoadedFor(year, kind);
        var catalog = editions.ForYear(year)!;
        var count = catalog.Codes.Count(c => c.Kind == kind);
        return loaded is not null ? $"导入（{loaded.Year}年起）· {count}个科目" : $"内置（{CodeCatalogs.ForYear(year)?.EditionYear ?? catalog.EditionYear}年版）· {count}个科目";
    }

    private bool MayChange() => SettingsModel.MayChange(User);
}
