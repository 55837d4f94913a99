namespace Juesuan.Data;

/// <summary>操作 — what a caller does with a unit's disclosure for a year.</summary>
public enum UnitAction
{
    /// <summary>查看 — read the accounts, versions, checks, scores, preview and history.</summary>
    Read,

    /// <summary>填报 — save or import accounts and self-evaluations.</summary>
    Edit,

    /// <summary>提交.</summary>
    Submit,

    /// <summary>审核通过 (at the caller's level).</summary>
    Approve,

    /// <summary>退回 with comments.</summary>
    Return,

    /// <summary>公开.</summary>
    Publish,

    /// <summary>发起更正.</summary>
    Amend,
}

/// <summary>审核级次 — who approves: the department, then (where configured) the bureau.</summary>
public enum ReviewLevel
{
    Department,
    Bureau,
}

/// <summary>
/// 流转规则 — one row of the lifecycle: an action (at a review level, for approving and returning), the
/// statuses it may be taken in, the status it leads to (none for reading and editing, which stay), the
/// roles that may take it and what it needs besides.
/// </summary>
/// <param name="Needs">What the action needs besides the status and the role, in Chinese; null when nothing.</param>
public sealed record Transition(
    UnitAction Action,
    ReviewLevel? Level,
    IReadOnlyList<DisclosureStatus> From,
    DisclosureStatus? To,
    IReadOnlyList<UserRole> Roles,
    string? Needs = null);

/// <summary>
/// 公开流程表 — the one table of a disclosure's lifecycle: status × action → status, who may act and what
/// each action needs. The workflow moves by it, the store locks edits by it, and every page and endpoint
/// asks it what a caller may do; the Chinese names of statuses and actions are here too.
/// </summary>
public sealed class DisclosureLifecycle
{
    private static readonly DisclosureStatus[] Every = Enum.GetValues<DisclosureStatus>();
    private static readonly UserRole[] Everyone = Enum.GetValues<UserRole>();
    private static readonly DisclosureStatus[] Open = [DisclosureStatus.Draft, DisclosureStatus.Returned];

    public DisclosureLifecycle(WorkflowOptions options)
    {
        Options = options;
        var bureauReviews = options.BureauReview;
        Transitions =
        [
            new(UnitAction.Read, null, Every, null, Everyone),
            new(UnitAction.Edit, null, Open, null, [UserRole.UnitPreparer]),
            new(UnitAction.Submit, null, Open, DisclosureStatus.Submitted, [UserRole.UnitPreparer], "没有阻断问题"),
            new(UnitAction.Approve, ReviewLevel.Department, [DisclosureStatus.Submitted],
                bureauReviews ? DisclosureStatus.DepartmentApproved : DisclosureStatus.Approved, [UserRole.DepartmentReviewer],
                bureauReviews ? null : "记录批复日期"),
            new(UnitAction.Approve, ReviewLevel.Bureau, bureauReviews ? [DisclosureStatus.DepartmentApproved] : [],
                DisclosureStatus.Approved, [UserRole.BureauReviewer], "记录批复日期"),
            // Where the department's approval is final, it may still return what cannot be published.
            new(UnitAction.Return, ReviewLevel.Department, bureauReviews ? [DisclosureStatus.Submitted] : [DisclosureStatus.Submitted, DisclosureStatus.Approved],
                DisclosureStatus.Returned, [UserRole.DepartmentReviewer], "退回意见"),
            new(UnitAction.Return, ReviewLevel.Bureau, [DisclosureStatus.Submitted, DisclosureStatus.DepartmentApproved, DisclosureStatus.Approved],
                DisclosureStatus.Returned, [UserRole.BureauReviewer], "退回意见"),
            new(UnitAction.Publish, null, [DisclosureStatus.Approved], DisclosureStatus.Published,
                bureauReviews ? [UserRole.BureauReviewer] : [UserRole.BureauReviewer, UserRole.DepartmentReviewer], "逾期公开时须说明原因"),
            new(UnitAction.Amend, null, [DisclosureStatus.Published], DisclosureStatus.Draft, [UserRole.UnitPreparer, UserRole.BureauReviewer], "更正原因"),
        ];
    }

    public WorkflowOptions Options { get; }

    public IReadOnlyList<Transition> Transitions { get; }

    private static readonly DisclosureLifecycle Default = new(new WorkflowOptions());

    /// <summary>Whether accounts in this status may be edited (whatever the workflow's options: editing does not depend on them).</summary>
    public static bool Editable(DisclosureStatus? status) => Default.StatusAllows(UnitAction.Edit, status);

    /// <summary>The level a reviewer of this role approves and returns at.</summary>
    public static ReviewLevel LevelOf(UserRole role) => role == UserRole.BureauReviewer ? ReviewLevel.Bureau : ReviewLevel.Department;

    /// <summary>The row of an action, at a level for approving and returning.</summary>
    public Transition Row(UnitAction action, ReviewLevel? level = null) =>
        Transitions.First(t => t.Action == action && (t.Level is null || t.Level == (level ?? ReviewLevel.Department)));

    /// <summary>The row of an action as a role takes it (a reviewer at its own level).</summary>
    public Transition RowFor(UnitAction action, UserRole role) => Row(action, LevelOf(role));

    /// <summary>Whether the role may take the action at all (before looking at the status).</summary>
    public bool RoleMay(UserRole role, UnitAction action) => Transitions.Any(t => t.Action == action && t.Roles.Contains(role));

    /// <summary>
    /// Whether a role may take the action on a disclosure in this status now; a unit with no case yet
    /// (<paramref name="status"/> null) is a draft to be started.
    /// </summary>
    public bool May(UserRole role, UnitAction action, DisclosureStatus? status)
    {
        var row = RowFor(action, role);
        return row.Roles.Contains(role) && row.From.Contains(status ?? DisclosureStatus.Draft);
    }

    /// <summary>Whether the status lets the action be taken (whoever takes it, at the level given).</summary>
    public bool StatusAllows(UnitAction action, DisclosureStatus? status, ReviewLevel? level = null) =>
        Row(action, level).From.Contains(status ?? DisclosureStatus.Draft);

    /// <summary>The statuses in which a disclosure waits for this role: to approve it or to publish it.</summary>
    public IReadOnlyList<DisclosureStatus> Waiting(UserRole role) =>
        [.. new[] { RowFor(UnitAction.Approve, role), Row(UnitAction.Publish) }.Where(t => t.Roles.Contains(role)).SelectMany(t => t.From).Distinct()];

    /// <summary>公开状态的名称.</summary>
    public static string StatusName(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "草稿",
        DisclosureStatus.Submitted => "待部门审核",
        DisclosureStatus.DepartmentApproved => "待财政局审核",
        DisclosureStatus.Approved => "待公开",
        DisclosureStatus.Returned => "已退回",
        _ => "已公开",
    };

    /// <summary>下一步 — what happens next in this status and who acts, as the unit's and the review page say it.</summary>
    public string NextStep(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "单位填报人填报完整、没有阻断问题后提交审核。",
        DisclosureStatus.Submitted => "已提交，等待部门审核人审核；审核期间不能修改。",
        DisclosureStatus.DepartmentApproved => "部门已审核通过，等待财政局审核人审核。",
        DisclosureStatus.Approved => Options.BureauReview ? "财政局已审核通过，等待财政局审核人公开。" : "部门已审核通过，等待部门或财政局审核人公开。",
        DisclosureStatus.Returned => "审核人已退回，单位填报人按退回意见修改后重新提交。",
        _ => "已向社会公开；需要更正时，由单位填报人或财政局审核人发起更正。",
    };

    /// <summary>操作的名称, as refusals and the forbidden answer say it.</summary>
    public static string ActionName(UnitAction action) => action switch
    {
        UnitAction.Edit => "填报或导入决算数据",
        UnitAction.Submit => "提交",
        UnitAction.Approve => "审核通过",
        UnitAction.Return => "退回",
        UnitAction.Publish => "公开",
        UnitAction.Amend => "发起更正",
        _ => "查看",
    };

    /// <summary>流转记录中的操作名称.</summary>
    public static string StepName(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => ActionName(UnitAction.Submit),
        WorkflowAction.Approve => ActionName(UnitAction.Approve),
        WorkflowAction.Return => ActionName(UnitAction.Return),
        WorkflowAction.Publish => ActionName(UnitAction.Publish),
        WorkflowAction.Amend => ActionName(UnitAction.Amend),
        _ => "登记历史公开",
    };
}
