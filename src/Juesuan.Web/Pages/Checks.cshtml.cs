using System.Text.Json;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.DocumentModel;
using Juesuan.Documents.Json;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>
/// 检查情况 — a publication's checks as a citizen reads them: what was checked (by kind of check), what passed, what
/// each finding says and how serious it is, which the unit explained, and what could not be checked; in plain Chinese,
/// named as the forms name things. The report as machines read it stays at the API.
/// </summary>
public sealed class ChecksModel(JuesuanDb db, CurrentSettings settings) : PageModel
{
    public string UnitName { get; private set; } = "";

    public string Code { get; private set; } = "";

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public bool Historical { get; private set; }

    public CheckReport Report { get; private set; } = null!;

    private UnitAccounts _accounts = null!;

    private PlaceNames _names = PlaceNames.Central;

    public string Api => Juesuan.Web.Api.PublicApi.DisclosureUrl(Code, Year);

    public async Task<IActionResult> OnGetAsync(string code, int year, int? sequence)
    {
        var published = db.Publications.AsNoTracking().Where(p => p.Organisation!.Code == code && p.FiscalYear == year);
        var shown = await published.OrderByDescending(p => p.Sequence).Where(p => sequence == null || p.Sequence == sequence)
            .Select(p => new { p.Sequence, p.Kind, p.ChecksJson, p.AccountsJson, p.DisclosureJson, Name = p.Organisation!.Name }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (shown is null || JsonSerializer.Deserialize<CheckReport>(shown.ChecksJson, DocumentJson.Options) is not { } report) return NotFound();
        (Code, Year, Sequence, UnitName, Historical, Report) = (code, year, shown.Sequence, shown.Name, shown.Kind == PublicationKind.Historical, report);
        _accounts = StoredAccounts.Read(shown.AccountsJson).Accounts;
        // Rules name tables as {T5}: here as this publication's layout names them.
        _names = JsonSerializer.Deserialize<DisclosureDocument>(shown.DisclosureJson, DocumentJson.Options) is { } document ? PlaceNames.Of(document) : PlaceNames.Central;
        ViewData["Title"] = $"{UnitName} {year}年度决算 · 检查情况";
        return Page();
    }

    /// <summary>A rule as the bureau's catalogue has it, else as shipped (a rule the bureau has since dropped).</summary>
    private RuleDefinition? Rule(string ruleId) => settings.Rules.Find(ruleId) ?? RuleCatalogue.Builtin.Find(ruleId);

    /// <summary>A rule as people name it: its title, never its id.</summary>
    public string Title(string ruleId) => Rule(ruleId) is { } rule ? _names.Fill(rule.Title) : "其他检查";

    /// <summary>The rules by kind of check, each with how many passed, failed and could not run.</summary>
    public IEnumerable<(string Category, int Checked, int Passed, int Failed, int NotRun)> ByCategory() =>
        Report.Coverage.GroupBy(c => Rule(c.RuleId)?.Category ?? RuleCategory.Narrative)
            .OrderBy(g => g.Key)
            .Select(g => (RuleCatalogue.CategoryName(g.Key), g.Count(c => c.Status is CoverageStatus.Passed or CoverageStatus.Failed),
                g.Count(c => c.Status == CoverageStatus.Passed), g.Count(c => c.Status == CoverageStatus.Failed), g.Count(c => c.Status == CoverageStatus.NotEnoughData)));

    /// <summary>What the unit wrote to explain a finding, where it did: the reason for a 项's execution against its budget.</summary>
    public string? Explanation(Finding finding) =>
        finding.Location is { Table: "T5", Row: { Length: 7 } code } ? _accounts.Reason(ReasonKeys.ItemVsBudget(code)) : null;

    /// <summary>Where a finding is, a project named by its name rather than the id the unit's file gives it.</summary>
    public string Place(Finding finding) =>
        _accounts.Projects.Aggregate(finding.Location.Describe(), (text, project) => text.Replace($"项目“{project.Id}”", $"项目“{project.Name}”", StringComparison.Ordinal));

    /// <summary>What each severity asks of the unit, as the legend says it.</summary>
    public static string Meaning(Severity severity) => severity switch
    {
        Severity.Blocking => "数字不平衡或应公开的内容缺失，公开前必须改正",
        Severity.Warning => "数字可能有误，或偏离通常范围，须由单位核实或说明原因；不一定是错误",
        _ => "供参考的提示，不影响公开",
    };
}
