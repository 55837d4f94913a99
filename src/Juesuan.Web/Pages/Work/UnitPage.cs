using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Pipeline;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages.Work;

/// <summary>
/// A page about one unit's disclosure for one year: resolves the unit against the caller's reach (404
/// outside it, 403 for the role) and reads the case, the current files and the checks on them.
/// </summary>
public abstract class UnitPage(Scope scope, UnitData data) : PageModel
{
    protected Scope Scope => scope;

    protected UnitData Data => data;

    public Organisation Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public Caller Caller { get; private set; } = null!;

    public DisclosureCase? Case { get; private set; }

    public UnitCurrent? Current { get; private set; }

    public CheckReport? Report => Prepared?.Checks;

    /// <summary>沿用上年的内容 not yet checked, by the field's path, with where each came from.</summary>
    public IReadOnlyDictionary<string, string> Unchecked { get; private set; } = new Dictionary<string, string>();

    /// <summary>The current files built and checked as they would be published today; null without accounts or when not checked.</summary>
    public PreparedDisclosure? Prepared { get; private set; }

    private IReadOnlyDictionary<string, string> _people = new Dictionary<string, string>();

    /// <summary>A person's name for the sign-in name a record keeps (after <see cref="NamePeopleAsync"/>).</summary>
    public string Person(string userName) => _people.GetValueOrDefault(userName, userName);

    /// <summary>Looks up the names of the people a page's histories mention.</summary>
    protected async Task NamePeopleAsync(IEnumerable<string> userNames) => _people = await data.PeopleAsync(userNames, HttpContext.RequestAborted);

    /// <summary>The parts to fill, as the template the unit's disclosure of the year is made with asks for them.</summary>
    public IReadOnlyList<AccountsPart> Parts => _parts ??= AccountsParts.AskedBy(Template);

    private IReadOnlyList<AccountsPart>? _parts;

    /// <summary>The template the unit's disclosure of the year is made with: the one its file names, else the bureau's for the year, else the default.</summary>
    public DocumentModel.DisclosureTemplate Template => _template ??= TemplateOfYear();

    private DocumentModel.DisclosureTemplate? _template;

    private DocumentModel.DisclosureTemplate TemplateOfYear()
    {
        var publishing = data.Publishing;
        var id = (Current is { } current ? publishing.For(current.Settings, Year).Template : publishing.TemplateFor(Year)) ?? DocumentModel.DisclosureTemplate.DefaultId;
        return publishing.FindTemplate(id, Year) ?? publishing.FindTemplate(DocumentModel.DisclosureTemplate.DefaultId, Year)!;
    }

    /// <summary>The workbench address of this unit and year.</summary>
    public string Base => $"/work/{Uri.EscapeDataString(Unit.Code)}/{Year}";

    /// <summary>Whether the caller may change the accounts now: a preparer, while the case is a draft or returned.</summary>
    public bool CanEdit => May(UnitAction.Edit);

    /// <summary>Whether the caller may take the action on this disclosure now (its role and its status); a disabled unit is only read.</summary>
    public bool May(UnitAction action) => (action == UnitAction.Read || Unit.DisabledAt is null) && scope.May(Caller, action, Case?.Status);

    public bool Allows(UnitAction action) => scope.Allows(Caller, action);

    /// <summary>Why an edit was not saved, when someone saved in between or the case is no longer editable.</summary>
    protected static string NotSaved(SaveOutcome outcome) => outcome switch
    {
        SaveOutcome.Conflict conflict => $"未保存：在您打开本页之后，数据已被修改（现为第{conflict.CurrentRevision}次修订）。请记下您的修改，刷新本页后重新填写。",
        SaveOutcome.Locked locked => "未保存：" + locked.Reason,
        _ => "未保存。",
    };

    /// <summary>Null when the page may go on; otherwise the answer to give.</summary>
    protected async Task<IActionResult?> OpenAsync(string code, int year, UnitAction action, bool check = true)
    {
        Caller = Caller.From(User)!;
        var (unit, forbidden) = await scope.ResolveAsync(Caller, code, action, HttpContext.RequestAborted);
        if (forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        if (unit is null) return NotFound();
        Unit = unit;
        Year = year;
        Current = await data.CurrentAsync(unit.Id, year, HttpContext.RequestAborted);
        Case = Current?.Case ?? await data.CaseAsync(unit.Id, year, HttpContext.RequestAborted);
        Unchecked = CarriedOver.Read(Case?.CarriedOver);
        if (check && Current is not null) Prepared = data.Prepare(Current);
        ViewData["Title"] = $"{unit.Name} {year}年度";
        return null;
    }
}
