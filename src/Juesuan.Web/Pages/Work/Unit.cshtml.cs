using System.Text.Json;
using System.Text.Json.Nodes;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;

namespace Juesuan.Web.Pages.Work;

/// <summary>单位决算首页 — status, deadline, open findings with links to where they are fixed, versions, history; submission.</summary>
public sealed class UnitModel(Scope scope, UnitData data, DisclosureWorkflow workflow, AccountsStore store) : UnitPage(scope, data)
{
    public DisclosureWorkflow Workflow => workflow;

    public IReadOnlyList<WorkflowStep> History { get; private set; } = [];

    public IReadOnlyList<AccountsVersion> Versions { get; private set; } = [];

    /// <summary>The reviewer's comments when the case was last returned.</summary>
    public (WorkflowStep Step, IReadOnlyList<FieldComment> Fields)? Returned { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<Finding> Refusals { get; private set; } = [];

    /// <summary>填报清单: every part with its state; empty before the year has accounts.</summary>
    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int year, string? done)
    {
        if (await OpenAsync(code, year, UnitAction.Read) is { } refusal) return refusal;
        await LoadAsync();
        Message = done;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string code, int year, int revision)
    {
        if (await OpenAsync(code, year, UnitAction.Submit) is { } refusal) return refusal;
        switch (await workflow.SubmitAsync(Unit.Id, year, revision, Caller.UserName, HttpContext.RequestAborted))
        {
            case WorkflowOutcome.Done:
                return Redirect($"{Base}?done=" + Uri.EscapeDataString("已提交，等待审核"));
            case WorkflowOutcome.Conflict conflict:
                Message = $"提交未成功：在您打开本页之后数据已有改动（现为第{conflict.CurrentRevision}次修订）。请查看后重新提交。";
                break;
            case WorkflowOutcome.Refused refused:
                Message = refused.Reason;
                Refusals = refused.Blocking;
                break;
        }
        if (await OpenAsync(code, year, UnitAction.Read) is { } again) return again;
        await LoadAsync();
        return Page();
    }

    /// <summary>核对无误 — every value still carried over from last year confirmed at once.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string code, int year)
    {
        if (await OpenAsync(code, year, UnitAction.Edit, check: false) is { } refusal) return refusal;
        var problem = await store.ConfirmCarriedOverAsync(Unit.Id, year, [.. Unchecked.Keys], Caller.UserName, HttpContext.RequestAborted);
        return Redirect($"{Base}?done=" + Uri.EscapeDataString(problem ?? "沿用上年的内容已全部核对"));
    }

    private async Task LoadAsync()
    {
        if (Current is not null) Checklist = PartChecklist.Of(Parts, JsonNode.Parse(Current.AccountsJson)!.AsObject(), Report);
        if (Case is null) return;
        History = await workflow.HistoryAsync(Case.Id, HttpContext.RequestAborted);
        Versions = (await store.VersionsAsync(Unit.Id, Year, HttpContext.RequestAborted)).Take(10).ToList();
        await NamePeopleAsync(History.Select(s => s.Actor).Concat(Versions.Select(v => v.SavedBy)));
        if (Case.Status == DisclosureStatus.Returned && History.LastOrDefault(s => s.Action == WorkflowAction.Return) is { } step)
            Returned = (step, step.FieldComments is null ? [] : JsonSerializer.Deserialize<FieldComment[]>(step.FieldComments, JsonChanges.Options) ?? []);
    }
}
