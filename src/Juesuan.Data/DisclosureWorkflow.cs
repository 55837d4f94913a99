using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Performance;
using Juesuan.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>流程设置 — whether the bureau reviews after the department, and the publication deadline in days after approval.</summary>
public sealed record WorkflowOptions(bool BureauReview = true, int PublicationDays = 20);

/// <summary>A comment on one field of the accounts file (its JSON path), given when returning.</summary>
public sealed record FieldComment(string Path, string Comment);

/// <summary>What became of a workflow action.</summary>
public abstract record WorkflowOutcome
{
    /// <summary>Done: the case as it now stands, the step recorded, and for a publication what was published.</summary>
    public sealed record Done(DisclosureCase Case, WorkflowStep Step, Publication? Publication) : WorkflowOutcome;

    /// <summary>Not allowed now, with the Chinese reason (and the blocking findings, for a refused submission).</summary>
    public sealed record Refused(string Reason, IReadOnlyList<Finding> Blocking) : WorkflowOutcome;

    /// <summary>Someone acted in between: the case is at <paramref name="CurrentRevision"/>.</summary>
    public sealed record Conflict(int CurrentRevision) : WorkflowOutcome;
}

/// <summary>
/// 历史公开 — what is known of a disclosure published before the system was used: its dates as the original
/// states them (null where it states none) and where it was published.
/// </summary>
public sealed record HistoricalPublication(DateOnly? PublishedOn, DateOnly? ApprovalDate, string Source)
{
    /// <summary>What the document shows where the original gave no text that the form asks for.</summary>
    public const string Unstated = "（原公开文件未作说明）";
}

/// <summary>The published forms of a disclosure, made by the document renderers (which storage does not know).</summary>
public sealed record RenderedDisclosure(string DisclosureJson, string Html, string ChecksJson);

/// <summary>Renders a prepared disclosure (publication dates filled in) and its checks for publication.</summary>
public delegate RenderedDisclosure DisclosureRenderer(PreparedDisclosure prepared);

/// <summary>
/// 公开流程 — moves a unit's disclosure through draft → submitted → approved by the department (and then
/// the bureau, where configured) or returned → published, and reopens a published one as an amendment.
/// Every action names the revision it was taken on, is recorded as a workflow step and in the audit
/// trail in one transaction, and is refused when the status does not allow it. Who may act is decided by
/// the caller's authorisation; this decides only what the state allows.
/// </summary>
/// <param name="anchors">Where the audit chain is anchored at each publication; none: not anchored here.</param>
public sealed class DisclosureWorkflow(JuesuanDb db, TimeProvider clock, WorkflowOptions options, PublishingSettings settings, TrailAnchors? anchors = null)
{
    public WorkflowOptions Options { get; } = options;

    /// <summary>The lifecycle the workflow moves by.</summary>
    public DisclosureLifecycle Lifecycle { get; } = new(options);

    /// <summary>提交: only with a saved version and no blocking finding.</summary>
    public async Task<WorkflowOutcome> SubmitAsync(int unitId, int year, int revision, string actor, CancellationToken cancellation = default)
    {
        var @case = await FindAsync(unitId, year, cancellation);
        var row = Lifecycle.Row(UnitAction.Submit);
        if (Check(@case, revision, row) is { } refused) return refused;
        if (@case!.CurrentVersionId is null) return Refuse("尚未保存决算数据，不能提交");
        var (_, stored, performance) = await CurrentFilesAsync(@case, cancellation);
        var report = DisclosurePipeline.Prepare(stored.Accounts, stored.Settings, settings, Today(), PerformanceFile(performance)).Checks;
        if (report.HasBlocking)
        {
            var blocking = report.Findings.Where(f => f.Severity == Severity.Blocking).ToArray();
            return new WorkflowOutcome.Refused($"有 {blocking.Length} 项阻断问题，修改后才能提交", blocking);
        }
        // The counts as of submission (the date-dependent rules may have changed since the save).
        @case.Warnings = report.Count(Severity.Warning);
        @case.Blocking = 0;
        return await MoveAsync(@case, WorkflowAction.Submit, row.To!.Value, actor, null, null, cancellation);
    }

    /// <summary>审核通过: the department approves a submitted disclosure, the bureau one the department approved. The final approval records the approval date.</summary>
    public async Task<WorkflowOutcome> ApproveAsync(int unitId, int year, int revision, string actor, ReviewLevel level, DateOnly? approvalDate, string? comment,
        CancellationToken cancellation = default)
    {
        var @case = await FindAsync(unitId, year, cancellation);
        if (level == ReviewLevel.Bureau && !Options.BureauReview) return Refuse("本财政局未设置财政局审核：部门审核通过即可公开");
        var row = Lifecycle.Row(UnitAction.Approve, level);
        if (Check(@case, revision, row) is { } refused) return refused;
        var final = row.To == DisclosureStatus.Approved;
        if (final)
        {
            var date = approvalDate ?? Today();
            if (date > Today()) return Refuse($"批复日期 {date:yyyy-MM-dd} 晚于今天");
            @case!.ApprovalDate = date;
        }
        return await MoveAsync(@case!, WorkflowAction.Approve, row.To!.Value, actor, comment, null, cancellation);
    }

    /// <summary>退回 with a comment and comments on fields: the department returns what was submitted to it; the bureau anything not yet published.</summary>
    public async Task<WorkflowOutcome> ReturnAsync(int unitId, int year, int revision, string actor, ReviewLevel level, string comment,
        IReadOnlyList<FieldComment> fields, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(comment)) return Refuse("退回时须填写退回意见");
        var @case = await FindAsync(unitId, year, cancellation);
        var row = Lifecycle.Row(UnitAction.Return, level);
        if (Check(@case, revision, row) is { } refused) return refused;
        @case!.ApprovalDate = null;
        var fieldJson = fields.Count == 0 ? null : JsonSerializer.Serialize(fields, JsonChanges.Options);
        return await MoveAsync(@case, WorkflowAction.Return, row.To!.Value, actor, comment.Trim(), fieldJson, cancellation);
    }

    /// <summary>
    /// 公开: freezes the approved version as a publication (the next sequence number). Refused while anything
    /// of <see cref="PublicationObstacles"/> remains (as of the day of publication); past the deadline a reason
    /// for publishing late is required.
    /// </summary>
    public async Task<WorkflowOutcome> PublishAsync(int unitId, int year, int revision, string actor, string? lateReason, DisclosureRenderer render,
        CancellationToken cancellation = default)
    {
        var @case = await FindAsync(unitId, year, cancellation);
        var row = Lifecycle.Row(UnitAction.Publish);
        if (Check(@case, revision, row) is { } refused) return refused;
        var today = Today();
        var deadline = Deadline(@case!);
        lateReason = string.IsNullOrWhiteSpace(lateReason) ? null : lateReason.Trim();
        if (deadline is { } due && today > due && lateReason is null)
            return Refuse($"批复日期为 {@case!.ApprovalDate:yyyy-MM-dd}，应于 {due:yyyy-MM-dd} 前公开，已逾期 {today.DayNumber - due.DayNumber} 天：须填写逾期公开原因");

        var (versionId, stored, performance) = await CurrentFilesAsync(@case!, cancellation);
        var accounts = stored.Accounts with { Publication = new Juesuan.Accounts.Publication(@case!.ApprovalDate, today, lateReason) };
        var prepared = DisclosurePipeline.Prepare(accounts, stored.Settings, settings, today, PerformanceFile(performance));
        if (prepared.Obstacles is { Any: true } obstacles) return new WorkflowOutcome.Refused(obstacles.Reason, obstacles.AllBlocking);
        var publication = Freeze(@case, versionId, performance, prepared, render(prepared), actor);
        publication.AmendmentReason = @case.AmendmentReason;
        @case.AmendmentReason = null;
        return await PublishedAsync(@case, publication, prepared.Accounts, WorkflowAction.Publish, row.To!.Value, actor, lateReason, cancellation);
    }

    /// <summary>
    /// 登记历史公开: records a disclosure published before the system was used, as it was published, without
    /// the review it never had here. Only a draft never published here may be recorded so. It is labelled as
    /// such wherever it is shown, carries its own dates (none where the original states none) and the findings
    /// the checks make of it now; where the original gave no text the document says so instead of asking for it.
    /// </summary>
    public async Task<WorkflowOutcome> RecordPublishedAsync(int unitId, int year, int revision, string actor, HistoricalPublication original,
        DisclosureRenderer render, CancellationToken cancellation = default)
    {
        var @case = await FindAsync(unitId, year, cancellation);
        if (Stale(@case, revision) is { } stale) return stale;
        if (@case!.Status != DisclosureStatus.Draft || @case.Publications > 0)
            return Refuse("只有尚未在本系统中公开过的草稿可以登记为历史公开");
        if (original.PublishedOn is { } on && on > Today()) return Refuse($"原公开日期 {on:yyyy-MM-dd} 晚于今天");
        if (string.IsNullOrWhiteSpace(original.Source)) return Refuse("登记历史公开时须说明原文的出处");

        var (versionId, stored, performance) = await CurrentFilesAsync(@case, cancellation);
        var accounts = stored.Accounts with { Publication = new Juesuan.Accounts.Publication(original.ApprovalDate, original.PublishedOn, null) };
        var prepared = DisclosurePipeline.Prepare(accounts, stored.Settings, settings, Today(), PerformanceFile(performance));
        var publication = Freeze(@case, versionId, performance, prepared,
            render(prepared with { Document = prepared.Document.WithPlaceholdersAs(HistoricalPublication.Unstated) }), actor);
        publication.Kind = PublicationKind.Historical;
        publication.OriginalPublishedOn = original.PublishedOn;
        publication.Source = original.Source.Trim();
        @case.ApprovalDate = original.ApprovalDate;
        return await PublishedAsync(@case, publication, prepared.Accounts, WorkflowAction.RecordPublished, DisclosureStatus.Published, actor, publication.Source, cancellation);
    }

    /// <summary>发起更正: reopens a published disclosure as a draft for an amended version; the published one stays as it is.</summary>
    public async Task<WorkflowOutcome> AmendAsync(int unitId, int year, int revision, string actor, string reason, CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Refuse("发起更正时须填写更正原因");
        var @case = await FindAsync(unitId, year, cancellation);
        var row = Lifecycle.Row(UnitAction.Amend);
        if (Check(@case, revision, row) is { } refused) return refused;
        @case!.AmendmentReason = reason.Trim();
        @case.ApprovalDate = null;
        return await MoveAsync(@case, WorkflowAction.Amend, row.To!.Value, actor, @case.AmendmentReason, null, cancellation);
    }

    /// <summary>公开截止日期: the approval date plus the configured days; null before approval.</summary>
    public DateOnly? Deadline(DisclosureCase @case) => @case.ApprovalDate?.AddDays(Options.PublicationDays);

    /// <summary>Days left until the deadline (negative when overdue); null before approval and once published.</summary>
    public int? DaysLeft(DisclosureCase @case) =>
        @case.Status == DisclosureStatus.Published || Deadline(@case) is not { } due ? null : due.DayNumber - Today().DayNumber;

    /// <summary>The steps of a case, oldest first.</summary>
    public Task<List<WorkflowStep>> HistoryAsync(long caseId, CancellationToken cancellation = default) =>
        db.WorkflowSteps.AsNoTracking().Where(s => s.DisclosureCaseId == caseId).OrderBy(s => s.Id).ToListAsync(cancellation);

    /// <summary>The case's current accounts (the version's id and its file) and self-evaluation version, if any.</summary>
    private async Task<(long VersionId, (UnitAccounts Accounts, AccountsFileSettings Settings) Stored, PerformanceVersion? Performance)> CurrentFilesAsync(
        DisclosureCase @case, CancellationToken cancellation)
    {
        var version = await db.AccountsVersions.AsNoTracking().SingleAsync(v => v.Id == @case.CurrentVersionId, cancellation);
        var performance = @case.CurrentPerformanceId is { } performanceId
            ? await db.PerformanceVersions.AsNoTracking().SingleAsync(p => p.Id == performanceId, cancellation)
            : null;
        return (version.Id, StoredAccounts.Read(version.Json), performance);
    }

    /// <summary>A self-evaluation version's file, which the published document annexes; null when none is saved.</summary>
    private static PerformanceFile? PerformanceFile(PerformanceVersion? version) =>
        version is null ? null : PerformanceReader.Read(version.Json, "stored").File;

    /// <summary>
    /// The case's next publication: the prepared files as rendered, with their dates and check counts (of the accounts
    /// and the self-evaluations). The frozen accounts file names the template it was published with and the publication
    /// the version of it (its hash), so every later rendering of it is the same document.
    /// </summary>
    private Publication Freeze(DisclosureCase @case, long versionId, PerformanceVersion? performance, PreparedDisclosure prepared, RenderedDisclosure rendered,
        string actor) => new()
    {
        DisclosureCaseId = @case.Id,
        OrganisationId = @case.OrganisationId,
        FiscalYear = @case.FiscalYear,
        Sequence = @case.Publications + 1,
        VersionId = versionId,
        PerformanceVersionId = performance?.Id,
        PublishedAt = clock.GetUtcNow(),
        PublishedBy = actor,
        ApprovalDate = prepared.Accounts.Publication.ApprovalDate,
        LateReason = prepared.Accounts.Publication.LateReason,
        AccountsJson = AccountsWriter.Write(prepared.Accounts, settings.For(prepared.Settings, @case.FiscalYear)),
        PerformanceJson = performance?.Json,
        DisclosureJson = rendered.DisclosureJson,
        Html = rendered.Html,
        ChecksJson = rendered.ChecksJson,
        Blocking = prepared.Obstacles.AllBlocking.Count,
        Warnings = prepared.Checks.Count(Severity.Warning) + prepared.Evaluations.Sum(e => e.Report.Count(Severity.Warning)),
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rendered.DisclosureJson))),
        TemplateId = prepared.Document.Template,
        TemplateHash = settings.FindTemplate(prepared.Document.Template, @case.FiscalYear)?.Hash,
    };

    /// <summary>
    /// Saves a publication with its summary (what the portal lists and totals) and the step that made it; a publication is a
    /// moment the public relies on, so the chain's head is anchored outside the database.
    /// </summary>
    private async Task<WorkflowOutcome> PublishedAsync(DisclosureCase @case, Publication publication, UnitAccounts accounts, WorkflowAction action, DisclosureStatus to,
        string actor, string? comment, CancellationToken cancellation)
    {
        db.Publications.Add(publication);
        await PublishedSummaries.AddAsync(db, publication, accounts, settings.Editions, cancellation);
        @case.Publications = publication.Sequence;
        var outcome = await MoveAsync(@case, action, to, actor, comment, null, cancellation);
        if (outcome is not WorkflowOutcome.Done done) return outcome;
        if (anchors is not null) await anchors.WriteAsync(db, cancellation);
        return done with { Publication = publication };
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private Task<DisclosureCase?> FindAsync(int unitId, int year, CancellationToken cancellation) =>
        db.DisclosureCases.Include(c => c.Organisation).SingleOrDefaultAsync(c => c.OrganisationId == unitId && c.FiscalYear == year, cancellation);

    private static WorkflowOutcome.Refused Refuse(string reason) => new(reason, []);

    private static WorkflowOutcome? Check(DisclosureCase? @case, int revision, Transition row) =>
        Stale(@case, revision) ?? (row.From.Contains(@case!.Status)
            ? null
            : Refuse($"当前状态为“{DisclosureLifecycle.StatusName(@case.Status)}”，不能{DisclosureLifecycle.ActionName(row.Action)}"));

    /// <summary>Why nothing may be done to the case, whatever its status: there is none, its unit is disabled, or someone acted in between.</summary>
    private static WorkflowOutcome? Stale(DisclosureCase? @case, int revision)
    {
        if (@case is null) return Refuse("该单位本年度尚无决算数据");
        if (@case.Organisation!.DisabledAt is not null) return Refuse(Organisation.DisabledReason(@case.Organisation));
        return @case.Revision != revision ? new WorkflowOutcome.Conflict(@case.Revision) : null;
    }

    private async Task<WorkflowOutcome> MoveAsync(DisclosureCase @case, WorkflowAction action, DisclosureStatus to, string actor, string? comment,
        string? fieldComments, CancellationToken cancellation)
    {
        var at = clock.GetUtcNow();
        var step = new WorkflowStep
        {
            DisclosureCaseId = @case.Id,
            Action = action,
            From = @case.Status,
            To = to,
            Actor = actor,
            At = at,
            VersionId = @case.CurrentVersionId,
            Comment = comment,
            FieldComments = fieldComments,
        };
        db.WorkflowSteps.Add(step);
        @case.Status = to;
        @case.Revision++;
        AuditTrail.Record(db, at, actor, "workflow." + action.ToString().ToLowerInvariant(),
            JsonSerializer.Serialize(new { from = step.From.ToString(), to = to.ToString(), comment, fields = fieldComments, approvalDate = @case.ApprovalDate }, JsonChanges.Options),
            @case.OrganisationId, @case.FiscalYear, @case.CurrentVersionId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        try
        {
            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another node moved the case (revision token), published the same sequence, or appended to the audit trail first.
            await transaction.RollbackAsync(cancellation);
            db.ChangeTracker.Clear();
            var current = await db.DisclosureCases.AsNoTracking().Where(c => c.Id == @case.Id).Select(c => c.Revision).FirstOrDefaultAsync(cancellation);
            return new WorkflowOutcome.Conflict(current);
        }
        return new WorkflowOutcome.Done(@case, step, null);
    }
}
