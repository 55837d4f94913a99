using Juesuan.Accounts;
using Juesuan.Data;
using Juesuan.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Admin;

/// <summary>
/// 系统管理 — the organisation tree and the people in it: add, rename, move, disable and describe departments
/// and units (统一社会信用代码, 预算级次, 单位类型); add people with a role at an organisation, change it, disable,
/// enable, reset a password; and the state of the audit chain.
/// </summary>
public sealed class IndexModel(JuesuanDb db, OrganisationTree tree, UserDirectory users, TrailAnchors anchors) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public string? AuditState { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Message = done;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostOrganisationAsync(string? code, string? name, OrganisationKind kind, int? parentId)
    {
        var (added, error) = await tree.AddAsync(code?.Trim() ?? "", name?.Trim() ?? "", kind, parentId, User.Identity!.Name!, HttpContext.RequestAborted);
        return added is null ? await FailAsync(error!) : Done($"已新增{(kind == OrganisationKind.Department ? "部门" : "单位")}“{added.Name}”");
    }

    public async Task<IActionResult> OnPostUserAsync(string? userName, string? displayName, string? password, UserRole role, int organisationId)
    {
        var (created, error) = await users.CreateAsync(userName?.Trim() ?? "", displayName?.Trim() ?? "", password ?? "", role, organisationId,
            User.Identity!.Name!, HttpContext.RequestAborted);
        return created is null ? await FailAsync(error!) : Done($"已新增用户“{created.DisplayName}”（{created.UserName}）");
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name) =>
        await tree.RenameAsync(id, name ?? "", User.Identity!.Name!, HttpContext.RequestAborted) is { } problem
            ? await FailAsync(problem)
            : Done($"已更名为“{name!.Trim()}”");

    public async Task<IActionResult> OnPostMoveAsync(int id, int parentId) =>
        await tree.MoveAsync(id, parentId, User.Identity!.Name!, HttpContext.RequestAborted) is { } problem
            ? await FailAsync(problem)
            : Done("已调整上级；其下的单位和各审核人的范围随之调整");

    public async Task<IActionResult> OnPostStateAsync(int id, bool disabled) =>
        await tree.SetDisabledAsync(id, disabled, User.Identity!.Name!, HttpContext.RequestAborted) is { } problem
            ? await FailAsync(problem)
            : Done(disabled ? "已停用；其下各单位一并停用，其中人员不能登录，已公开的决算仍然公开" : "已启用；其下各单位一并启用");

    public async Task<IActionResult> OnPostDescribeAsync(int id, string? creditCode, string? level, string? type) =>
        await tree.DescribeAsync(id, creditCode,
                level is not null && AccountsVocabulary.BudgetLevels.TryGetValue(level, out var l) ? l : null,
                type is not null && AccountsVocabulary.UnitTypes.TryGetValue(type, out var t) ? t : null,
                User.Identity!.Name!, HttpContext.RequestAborted) is { } problem
            ? await FailAsync(problem)
            : Done("已保存机构信息");

    public async Task<IActionResult> OnPostRoleAsync(string userName, UserRole role, int organisationId) =>
        await users.SetRoleAsync(userName, role, organisationId, User.Identity!.Name!, HttpContext.RequestAborted) is { } problem
            ? await FailAsync(problem)
            : Done($"已调整“{userName}”的角色和所属机构，其登录和接口令牌已失效，须重新登录");

    public async Task<IActionResult> OnPostDisableAsync(string userName, bool disabled)
    {
        if (disabled && userName == User.Identity!.Name) return await FailAsync("不能停用自己");
        return await users.SetDisabledAsync(userName, disabled, User.Identity!.Name!, HttpContext.RequestAborted)
            ? Done(disabled ? $"已停用“{userName}”，其登录和接口令牌立即失效" : $"已恢复“{userName}”")
            : await FailAsync($"没有登录名为“{userName}”的用户");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userName, string? password)
    {
        var user = await users.FindAsync(userName, HttpContext.RequestAborted);
        if (user is null) return await FailAsync($"没有登录名为“{userName}”的用户");
        var problem = await users.SetPasswordAsync(user, password ?? "", User.Identity!.Name!, HttpContext.RequestAborted);
        return problem is null ? Done($"已重设“{userName}”的密码") : await FailAsync(problem);
    }

    private IActionResult Done(string message) => Redirect("/admin?done=" + Uri.EscapeDataString(message));

    private async Task<IActionResult> FailAsync(string message)
    {
        Message = message;
        Failed = true;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Organisations = await tree.AllAsync(HttpContext.RequestAborted);
        Users = await db.Users.AsNoTracking().Include(u => u.Organisation).OrderBy(u => u.UserName).ToListAsync(HttpContext.RequestAborted);
        var broken = await AuditTrail.VerifyAsync(db, anchors, HttpContext.RequestAborted);
        AuditState = broken is null ? $"审计链完整（共 {await AuditTrail.CountAsync(db, HttpContext.RequestAborted)} 条记录）" : "审计链异常：" + broken.Reason;
    }

    /// <summary>The organisations as a tree: each after its parent, indented by its depth, siblings by code.</summary>
    public IEnumerable<(Organisation Organisation, int Depth)> Tree()
    {
        var children = Organisations.ToLookup(o => o.ParentId);
        IEnumerable<(Organisation, int)> Under(int? parent, int depth) =>
            children[parent].OrderBy(o => o.Code, StringComparer.Ordinal).SelectMany(o => Under(o.Id, depth + 1).Prepend((o, depth)));
        return Under(null, 0);
    }

    /// <summary>The organisations an organisation of this kind may stand under.</summary>
    public IEnumerable<Organisation> ParentsFor(Organisation organisation) => organisation.Kind switch
    {
        OrganisationKind.Department => Organisations.Where(o => o.Kind == OrganisationKind.Bureau),
        OrganisationKind.Unit => Organisations.Where(o => o.Kind != OrganisationKind.Bureau && o.DisabledAt is null && !o.Path.StartsWith(organisation.Path, StringComparison.Ordinal)),
        _ => [],
    };

    public static readonly UserRole[] Roles = [UserRole.UnitPreparer, UserRole.DepartmentReviewer, UserRole.BureauReviewer, UserRole.Administrator];

    public static string KindName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Bureau => "财政局",
        OrganisationKind.Department => "部门",
        _ => "单位",
    };
}
