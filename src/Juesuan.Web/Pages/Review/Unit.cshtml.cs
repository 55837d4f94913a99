using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Web.Pages.Work;
using Juesuan.Web.Publishing;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Publication = Juesuan.Data.Publication;

namespace Juesuan.Web.Pages.Review;

/// <summary>A key figure of the accounts, as the desk compares it.</summary>
public sealed record KeyFigure(string Name, Amount? Current, Amount? Published);

/// <summary>
/// 审核 — a unit's submitted accounts beside its last published disclosure (key figures and every
/// change), the open findings, and the reviewer's actions: approve, return with comments on fields,
/// publish, amend. The workflow decides what the status allows; the role decides who may act.
/// </summary>
public sealed class UnitModel(Scope scope, UnitData data, DisclosureWorkflow workflow, JuesuanDb db) : UnitPage(scope, data)
{
    /// <summary>Rows offered for comments on fields when returning.</summary>
    public const int FieldCommentRows = 4;

    public DisclosureWorkflow Workflow => workflow;

    public Publication? Published { get; private set; }

    public IReadOnlyList<KeyFigure> Figures { get; private set; } = [];

    public IReadOnlyList<JsonChange>? Changes { get; private set; }

    public IReadOnlyList<WorkflowStep> History { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public IReadOnlyList<Finding> Refusals { get; private set; } = [];

    public ReviewLevel Level => DisclosureLifecycle.LevelOf(Caller.Role);

    /// <summary>Whether this reviewer's approval is the final one, which records the approval date.</summary>
    public bool FinalApproval => workflow.Lifecycle.Row(UnitAction.Approve, Level).To == DisclosureStatus.Approved;

    public bool CanApprove => May(UnitAction.Approve);

    public bool CanReturn => May(UnitAction.Return);

    public bool CanPublish => May(UnitAction.Publish);

    public bool CanAmend => May(UnitAction.Amend);

    public DateOnly Today => Data.Today;

    public async Task<IActionResult> OnGetAsync(string code, int year, string? done)
    {
        if (await OpenAsync(code, year, UnitAction.Read) is { } refusal) return refusal;
        if (Case is null) return NotFound();
        Message = done;
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(string code, int year, int revision, string? comment, DateOnly? approvalDate) =>
        ActAsync(code, year, UnitAction.Approve, "已审核通过", caller =>
            workflow.ApproveAsync(Unit.Id, year, revision, caller.UserName, Level, FinalApproval ? approvalDate : null, comment, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostReturnAsync(string code, int year, int revision, string? comment, string[]? fieldPath, string[]? fieldComment)
    {
        var fields = (fieldPath ?? []).Zip(fieldComment ?? [])
            .Where(f => !string.IsNullOrWhiteSpace(f.First) && !string.IsNullOrWhiteSpace(f.Second))
            .Select(f => new FieldComment(f.First.Trim(), f.Second.Trim())).ToList();
        return ActAsync(code, year, UnitAction.Return, "已退回", caller =>
            workflow.ReturnAsync(Unit.Id, year, revision, caller.UserName, Level, comment ?? "", fields, HttpContext.RequestAborted));
    }

    public Task<IActionResult> OnPostPublishAsync(string code, int year, int revision, string? lateReason) =>
        ActAsync(code, year, UnitAction.Publish, "已公开", caller =>
            workflow.PublishAsync(Unit.Id, year, revision, caller.UserName, lateReason, DisclosureRendering.Render, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostAmendAsync(string code, int year, int revision, string? reason) =>
        ActAsync(code, year, UnitAction.Amend, "已发起更正，单位可修改后重新提交", caller =>
            workflow.AmendAsync(Unit.Id, year, revision, caller.UserName, reason ?? "", HttpContext.RequestAborted));

    private async Task<IActionResult> ActAsync(string code, int year, UnitAction action, string done, Func<Caller, Task<WorkflowOutcome>> act)
    {
        if (await OpenAsync(code, year, action, check: false) is { } refusal) return refusal;
        switch (await act(Caller))
        {
            case WorkflowOutcome.Done moved:
                if (moved.Publication is not null) PublicationFileMaker.Published(HttpContext.RequestServices);
                return Redirect($"/review/{Uri.EscapeDataString(Unit.Code)}/{year}?done={Uri.EscapeDataString(done)}");
            case WorkflowOutcome.Conflict conflict:
                Message = $"未完成：在您打开本页之后情况已有变化（现为第{conflict.CurrentRevision}次修订）。请查看最新情况后再操作。";
                break;
            case WorkflowOutcome.Refused refused:
                Message = "未完成：" + refused.Reason;
                Refusals = refused.Blocking;
                break;
        }
        Failed = true;
        if (await OpenAsync(code, year, UnitAction.Read) is { } again) return again;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        History = await workflow.HistoryAsync(Case!.Id, HttpContext.RequestAborted);
        await NamePeopleAsync(History.Select(s => s.Actor));
        // The last publication of this year (an amendment is compared with what it corrects), else of an earlier year.
        Published = await db.Publications.AsNoTracking().Where(p => p.OrganisationId == Unit.Id && p.FiscalYear <= Year)
            .OrderByDescending(p => p.FiscalYear).ThenByDescending(p => p.Sequence).FirstOrDefaultAsync(HttpContext.RequestAborted);
        var published = Published is null ? null : new AccountsFigures(StoredAccounts.Read(Published.AccountsJson).Accounts);
        var current = Current is null ? null : new AccountsFigures(Current.Accounts);
        Figures = KeyFigures(current, published);
        if (Published?.FiscalYear == Year && Current is not null) Changes = JsonChanges.Between(Published.AccountsJson, Current.AccountsJson);
    }

    private static IReadOnlyList<KeyFigure> KeyFigures(AccountsFigures? current, AccountsFigures? published) =>
        Juesuan.Data.KeyFigures.All.Select(k => new KeyFigure(k.Name, current is null ? null : k.Of(current), published is null ? null : k.Of(published))).ToList();

    /// <summary>
    /// The fields a comment can be attached to, by part and as the forms label them: every field and list of every
    /// part, and the fields the findings name (a reason the rules ask for).
    /// </summary>
    public IEnumerable<IGrouping<string, (string Path, string Label)>> CommentableFields() =>
        AccountsParts.All.SelectMany(p => p.Fields.Select(f => (Part: p.Title, f.Path, f.Label)).Concat(p.Lists.Select(l => (Part: p.Title, l.Path, l.Label))))
            .Concat((Report?.Findings ?? []).Select(f => f.Location.Field).OfType<string>()
                .Select(f => (Part: AccountsParts.OfField(f)?.Title ?? "", Path: f, Label: FieldLabels.Of(f) ?? "")))
            .Where(f => f.Part.Length > 0 && f.Label.Length > 0)
            .DistinctBy(f => f.Path)
            .GroupBy(f => f.Part, f => (f.Path, f.Label));
}
