using Juesuan.Data;
using Juesuan.DocumentModel;
using Juesuan.Errors;
using Juesuan.Pipeline;
using Juesuan.Web.Api;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Review;

/// <summary>
/// 披露模板 — the templates a bureau publishes with: the built-in ones and its own, and the one chosen for each fiscal
/// year. A template file is checked (every problem listed, nothing saved) and previewed on a unit's accounts beside the
/// template that unit's disclosure uses now; only on confirmation is it kept (every version is, so a publication is
/// rebuilt with the version it was made with) and, if asked, chosen for the year. Each load and choice is audited.
/// </summary>
public sealed class TemplatesModel(TemplateStore store, SettingsStore settings, CurrentSettings current, JuesuanDb db) : PageModel
{
    public IReadOnlyList<OwnTemplate> Loaded { get; private set; } = [];

    /// <summary>Every template that may be chosen (<see cref="CurrentSettings.ChoosableTemplates"/>).</summary>
    public IReadOnlyList<(string Id, string Name, string Source)> Choosable { get; private set; } = [];

    /// <summary>The years shown with their template: the year being prepared, the years around it and every year chosen for.</summary>
    public IReadOnlyList<(int Year, string? Chosen, string InForce)> Years { get; private set; } = [];

    public IReadOnlyList<FileError> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Each unit's accounts saved for a year, the latest years first, to preview a template on.</summary>
    public IReadOnlyList<(long CaseId, string Name)> Units { get; private set; } = [];

    public int Year { get; private set; }

    public long? CaseId { get; private set; }

    /// <summary>The template read from the file, waiting for confirmation.</summary>
    public DisclosureTemplate? Read { get; private set; }

    /// <summary>The previewed file, carried to the confirmation so that what is kept is what was previewed.</summary>
    public string? PreviewedContent { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>The unit's disclosure under the template it uses now and under the file's, side by side.</summary>
    public (string UnitName, DisclosureDocument InUse, DisclosureDocument Candidate)? Preview { get; private set; }

    /// <summary>What the file's template asks of the unit that the unit has not filled and the template in use did not ask for.</summary>
    public IReadOnlyList<string> Needs { get; private set; } = [];

    /// <summary>Why the file's template cannot be previewed on the unit (it serves other years), or null.</summary>
    public string? PreviewProblem { get; private set; }

    public IActionResult OnGet(string? done, int? year)
    {
        if (!SettingsModel.MayChange(User)) return StatusCode(StatusCodes.Status403Forbidden);
        Message = done;
        Year = year ?? current.FiscalYear;
        return Show();
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, int year, long? caseId)
    {
        if (!SettingsModel.MayChange(User)) return StatusCode(StatusCodes.Status403Forbidden);
        (Year, CaseId) = (year, caseId);
        if (WrongYear(year) is { } wrongYear) return wrongYear;
        var (content, problem) = await UploadedAccounts.ContentAsync(file, HttpContext.RequestAborted);
        if (content is null)
        {
            Errors = [new FileError(ErrorCodes.TooLarge, ErrorLocation.Of(file?.FileName ?? "模板文件"), problem!)];
            return Show();
        }
        FileName = Path.GetFileName(file!.FileName);
        var (load, json) = DisclosureTemplate.Load(content, FileName);
        if (load.Template is not { } template)
        {
            Errors = load.Errors;
            return Show();
        }
        (Read, PreviewedContent) = (template, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json!)));
        await PreviewOnAsync(template, caseId);
        return Show();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string content, string fileName, int year, bool choose)
    {
        if (!SettingsModel.MayChange(User)) return StatusCode(StatusCodes.Status403Forbidden);
        (Year, FileName) = (year, Path.GetFileName(fileName));
        if (WrongYear(year) is { } wrongYear) return wrongYear;
        if (UploadedAccounts.Previewed(content) is not { } bytes)
        {
            Message = "载入未完成：预览的文件内容已损坏，请重新选择文件。";
            return Show();
        }
        var (load, json) = DisclosureTemplate.Load(bytes, FileName);
        if (load.Template is not { } template)
        {
            Errors = load.Errors;
            return Show();
        }
        if (choose && !template.Serves(year))
        {
            Errors = [new FileError(ErrorCodes.OutOfRange, ErrorLocation.Of(FileName), $"模板“{template.Name}”适用于{YearsOf(template)}，不能选用为{year}年度的模板")];
            return Show();
        }
        var bureau = await settings.RootBureau.FirstAsync(HttpContext.RequestAborted);
        await store.LoadAsync(bureau, template, json!, FileName, choose ? year : null, User.Identity!.Name!, HttpContext.RequestAborted);
        return Redirect($"/review/templates?year={year}&done=" + Uri.EscapeDataString(choose
            ? $"已载入模板“{template.Name}”，并选用为{year}年度的模板：该年度未指定模板的决算自现在起按它生成公开文本"
            : $"已载入模板“{template.Name}”（{template.Id}）"));
    }

    public async Task<IActionResult> OnPostChooseAsync(int year, string? template)
    {
        if (!SettingsModel.MayChange(User)) return StatusCode(StatusCodes.Status403Forbidden);
        Year = year;
        if (WrongYear(year) is { } wrongYear) return wrongYear;
        var id = string.IsNullOrEmpty(template) ? null : template;
        if (id is not null && current.Publishing.FindTemplate(id, year) is null)
        {
            Errors = [new FileError(ErrorCodes.NotFound, ErrorLocation.Of("年度模板"), $"没有适用于{year}年度的模板“{id}”")];
            return Show();
        }
        var bureau = await settings.RootBureau.FirstAsync(HttpContext.RequestAborted);
        await store.ChooseAsync(bureau, year, id, User.Identity!.Name!, HttpContext.RequestAborted);
        return Redirect($"/review/templates?year={year}&done=" + Uri.EscapeDataString(id is null
            ? $"{year}年度不再单独选用模板，按财政局设置的模板生成公开文本"
            : $"已选用“{current.Publishing.FindTemplate(id, year)!.Name}”为{year}年度的模板"));
    }

    /// <summary>
    /// The unit's current accounts of a year under the template its disclosure uses now, and under the file's; the year previewed
    /// is the one the template would be chosen for.
    /// </summary>
    private async Task PreviewOnAsync(DisclosureTemplate template, long? caseId)
    {
        if (caseId is null) return;
        var shown = await db.DisclosureCases.AsNoTracking().Where(c => c.Id == caseId && c.CurrentVersionId != null)
            .Join(db.AccountsVersions, c => c.CurrentVersionId, v => v.Id, (c, v) => new { c.Organisation!.Name, c.FiscalYear, v.Json })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (shown is null) return;
        Year = shown.FiscalYear;
        if (!template.Serves(Year))
        {
            PreviewProblem = $"模板“{template.Name}”适用于{YearsOf(template)}，不能用于{Year}年度的决算";
            return;
        }
        var (accounts, fileSettings) = StoredAccounts.Read(shown.Json);
        var publishing = current.Publishing;
        var inUse = DisclosurePipeline.Build(accounts, fileSettings, publishing);
        var candidate = DisclosurePipeline.Build(accounts, fileSettings with { Template = template.Id },
            publishing with { OwnTemplates = [template, .. publishing.OwnTemplates ?? []] });
        Preview = (shown.Name, inUse, candidate);
        var asked = inUse.Pending.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Needs = candidate.Pending.Where(p => !asked.Contains(p.Key)).Select(p => p.Description).Distinct().ToList();
    }

    private IActionResult? WrongYear(int year)
    {
        if (year is >= 2000 and <= 2100) return null;
        Errors = [new FileError(ErrorCodes.OutOfRange, ErrorLocation.Of("决算年度"), $"决算年度应为2000至2100之间的年份，实际为{year}")];
        return Show();
    }

    /// <summary>Most units' accounts offered to preview on.</summary>
    private const int MostUnits = 500;

    public static string YearsOf(DisclosureTemplate t) => t.ToYear is { } to ? $"{t.FromYear}至{to}年度" : $"{t.FromYear}年度起";

    private IActionResult Show()
    {
        Loaded = store.Loaded();
        Choosable = current.ChoosableTemplates;
        var choices = current.Templates.ByYear;
        var publishing = current.Publishing;
        Years = new[] { current.FiscalYear - 1, current.FiscalYear, current.FiscalYear + 1, Year }.Concat(choices.Keys).Distinct().Order()
            .Select(y => (y, choices.GetValueOrDefault(y), publishing.FindTemplate(publishing.TemplateFor(y) ?? DisclosureTemplate.DefaultId, y)?.Name ?? "（没有适用于该年度的模板）"))
            .ToList();
        Units = db.DisclosureCases.AsNoTracking().Where(c => c.CurrentVersionId != null)
            .OrderByDescending(c => c.FiscalYear).ThenBy(c => c.Organisation!.Code).Take(MostUnits)
            .Select(c => new { c.Id, c.FiscalYear, c.Organisation!.Name }).ToList()
            .Select(c => (c.Id, $"{c.Name} {c.FiscalYear}年度")).ToList();
        return Page();
    }
}
