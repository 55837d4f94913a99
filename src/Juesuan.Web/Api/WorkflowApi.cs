using Juesuan.Data;
using Juesuan.Web.Publishing;
using Juesuan.Web.Security;
using Juesuan.Web.Work;

namespace Juesuan.Web.Api;

/// <summary>A workflow action's body: the revision it is taken on, and what the action needs.</summary>
/// <param name="Revision">修订号 the action was decided on (the case's ETag).</param>
/// <param name="Comment">审核意见 or 退回意见.</param>
/// <param name="Fields">Comments on fields, when returning.</param>
/// <param name="ApprovalDate">批复日期, on the final approval (today when not given).</param>
/// <param name="LateReason">逾期公开原因, when publishing after the deadline.</param>
/// <param name="Reason">更正原因, when amending.</param>
public sealed record WorkflowRequest(int Revision, string? Comment = null, IReadOnlyList<FieldComment>? Fields = null, DateOnly? ApprovalDate = null,
    string? LateReason = null, string? Reason = null);

/// <summary>
/// 流程接口 — submit, approve, return, publish and amend a unit's disclosure. The role decides the level
/// a reviewer acts at (department or bureau); the workflow decides what the status allows.
/// </summary>
public static class WorkflowApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units/{code}/{year:int}").WithTags("公开流程");
        units.MapPost("/submit", (HttpContext http, Scope scope, DisclosureWorkflow workflow, string code, int year, WorkflowRequest body) =>
                ActAsync(http, scope, workflow, code, UnitAction.Submit, (unit, caller) => workflow.SubmitAsync(unit.Id, year, body.Revision, caller.UserName, http.RequestAborted)))
            .WithSummary("提交（无阻断问题时）");
        units.MapPost("/approve", (HttpContext http, Scope scope, DisclosureWorkflow workflow, string code, int year, WorkflowRequest body) =>
                ActAsync(http, scope, workflow, code, UnitAction.Approve, (unit, caller) =>
                    workflow.ApproveAsync(unit.Id, year, body.Revision, caller.UserName, DisclosureLifecycle.LevelOf(caller.Role), body.ApprovalDate, body.Comment, http.RequestAborted)))
            .WithSummary("审核通过：部门审核人审核已提交的，财政局审核人审核部门已审核的");
        units.MapPost("/return", (HttpContext http, Scope scope, DisclosureWorkflow workflow, string code, int year, WorkflowRequest body) =>
                ActAsync(http, scope, workflow, code, UnitAction.Return, (unit, caller) =>
                    workflow.ReturnAsync(unit.Id, year, body.Revision, caller.UserName, DisclosureLifecycle.LevelOf(caller.Role), body.Comment ?? "", body.Fields ?? [], http.RequestAborted)))
            .WithSummary("退回，附意见（可针对字段）");
        units.MapPost("/publish", (HttpContext http, Scope scope, DisclosureWorkflow workflow, string code, int year, WorkflowRequest body) =>
                ActAsync(http, scope, workflow, code, UnitAction.Publish, (unit, caller) =>
                    workflow.PublishAsync(unit.Id, year, body.Revision, caller.UserName, body.LateReason, DisclosureRendering.Render, http.RequestAborted)))
            .WithSummary("公开已审核通过的决算（公开后不可更改）");
        units.MapPost("/amend", (HttpContext http, Scope scope, DisclosureWorkflow workflow, string code, int year, WorkflowRequest body) =>
                ActAsync(http, scope, workflow, code, UnitAction.Amend, (unit, caller) =>
                    workflow.AmendAsync(unit.Id, year, body.Revision, caller.UserName, body.Reason ?? "", http.RequestAborted)))
            .WithSummary("对已公开的决算发起更正：重新打开为草稿，原公开版本保持不变");
    }

    private static async Task<IResult> ActAsync(HttpContext http, Scope scope, DisclosureWorkflow workflow, string code, UnitAction action,
        Func<Organisation, Caller, Task<WorkflowOutcome>> act)
    {
        var (unit, caller, refusal) = await UnitsApi.ResolveAsync(http, scope, code, action);
        if (refusal is not null) return refusal;
        switch (await act(unit!, caller))
        {
            case WorkflowOutcome.Done done:
                if (done.Publication is not null) PublicationFileMaker.Published(http.RequestServices);
                http.Response.Headers.ETag = UnitsApi.Etag(done.Case.Revision);
                return Results.Ok(new
                {
                    summary = UnitsApi.Summary(done.Case, workflow),
                    publication = done.Publication is { } p ? new { p.Sequence, p.PublishedAt, url = PublicApi.DisclosureUrl(unit!.Code, p.FiscalYear) } : null,
                });
            case WorkflowOutcome.Conflict conflict:
                return Problems.Conflict(conflict.CurrentRevision);
            case WorkflowOutcome.Refused refused:
                return Problems.Refused(refused.Reason, refused.Blocking);
            default:
                throw new InvalidOperationException("unknown workflow outcome");
        }
    }
}
