using System.Globalization;
using System.Text.Json.Nodes;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Review;

/// <summary>
/// 财政局设置 — the fiscal year being prepared, the template variant, and for each check rule whether it
/// runs, how serious its findings are and its thresholds. Only what differs from the shipped rules is
/// kept (as a check configuration, docs/rules.md); it applies to every check from the next request.
/// </summary>
public sealed class SettingsModel(SettingsStore store, CurrentSettings current) : PageModel
{
    public RuleCatalogue Rules { get; private set; } = RuleCatalogue.Builtin;

    public int FiscalYear { get; private set; }

    public string? Template { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>The templates the bureau may choose (<see cref="CurrentSettings.ChoosableTemplates"/>).</summary>
    public IReadOnlyList<(string Id, string Name, string Source)> Templates => current.ChoosableTemplates;

    public static string EnabledName(RuleDefinition rule) => $"rule.{rule.Id}.enabled";

    public static string SeverityName(RuleDefinition rule) => $"rule.{rule.Id}.severity";

    public static string ThresholdName(RuleDefinition rule, string threshold) => $"rule.{rule.Id}.threshold.{threshold}";

    public IActionResult OnGet(string? done)
    {
        if (!MayChange()) return StatusCode(StatusCodes.Status403Forbidden);
        (Rules, FiscalYear, Template, Message) = (current.Rules, current.FiscalYear, current.Template, done);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int fiscalYear, string? template)
    {
        if (!MayChange()) return StatusCode(StatusCodes.Status403Forbidden);
        (FiscalYear, Template) = (fiscalYear, string.IsNullOrEmpty(template) || template == DisclosureTemplate.DefaultId ? null : template);
        var errors = new List<string>();
        if (fiscalYear is < 2000 or > 2100) errors.Add($"当前决算年度应为2000至2100之间的年份，实际为{fiscalYear}");
        if (Template is not null && Templates.All(t => t.Id != Template)) errors.Add($"没有名为“{Template}”的模板");
        var config = Configuration(errors);
        if (errors.Count == 0)
            errors.AddRange((await store.SaveAsync(await store.RootBureau.FirstAsync(HttpContext.RequestAborted), fiscalYear, Template, config, User.Identity!.Name!,
                HttpContext.RequestAborted)).Select(e => e.Message));
        if (errors.Count == 0) return Redirect("/review/settings?done=" + Uri.EscapeDataString("设置已保存，检查从现在起按新设置进行"));
        Errors = errors;
        Rules = config is not null && SettingsStore.Rules(config).Catalogue is { } edited ? edited : current.Rules;
        return Page();
    }

    /// <summary>The check configuration of the form: only what differs from the shipped rules; null when nothing does.</summary>
    private string? Configuration(List<string> errors)
    {
        var rules = new JsonObject();
        foreach (var rule in RuleCatalogue.Builtin.Rules)
        {
            var setting = new JsonObject();
            var enabled = Request.Form[EnabledName(rule)] == "true";
            if (enabled != rule.Enabled) setting["enabled"] = enabled;
            if (RuleCatalogue.SeveritySpellings.TryGetValue(Request.Form[SeverityName(rule)].ToString(), out var severity) && severity != rule.Severity)
                setting["severity"] = RuleCatalogue.SeveritySpellings.First(s => s.Value == severity).Key;
            var thresholds = new JsonObject();
            foreach (var (name, shipped) in rule.Thresholds)
            {
                var text = Request.Form[ThresholdName(rule, name)].ToString().Trim();
                if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    errors.Add($"规则 {rule.Id}（{PlaceNames.Central.Fill(rule.Title)}）的阈值“{name}”应为数字，实际为“{text}”");
                else if (value != shipped)
                    thresholds[name] = value;
            }
            if (thresholds.Count > 0) setting["thresholds"] = thresholds;
            if (setting.Count > 0) rules[rule.Id] = setting;
        }
        return rules.Count == 0 ? null : new JsonObject { ["config"] = RuleCatalogue.ConfigFormat, ["rules"] = rules }.ToJsonString();
    }

    private bool MayChange() => MayChange(User);

    /// <summary>Who may change the bureau's settings and its catalogues: its reviewers and the administrator.</summary>
    public static bool MayChange(System.Security.Claims.ClaimsPrincipal user) => Caller.From(user)?.Role is UserRole.BureauReviewer or UserRole.Administrator;
}
