using Juesuan.Data;
using Juesuan.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Api;

/// <summary>A new organisation: 编码, 名称, 层级 (Department or Unit) and 上级 (its parent's code).</summary>
public sealed record NewOrganisation(string Code, string Name, OrganisationKind Kind, string? ParentCode);

/// <summary>A new person: 登录名, 姓名, 初始密码, 角色 and 所属机构 (code).</summary>
public sealed record NewUser(string UserName, string DisplayName, string Password, UserRole Role, string OrganisationCode);

/// <summary>A password change: 当前密码 (for one's own) and 新密码.</summary>
public sealed record NewPassword(string Password, string? Current = null);

/// <summary>A new API token: 用途 and, optionally, 有效天数.</summary>
/// <param name="Days">有效天数; none: the longest the server allows.</param>
/// <param name="MayCreateTokens">Whether a client holding the new token may create tokens itself.</param>
public sealed record NewToken(string Name, int? Days, bool MayCreateTokens = false);

/// <summary>
/// 用户与机构接口 — who am I, the antiforgery token for pages' scripts, my API tokens; and for the system
/// administrator, the organisation tree, people and the audit trail.
/// </summary>
public static class PeopleApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", MeAsync).WithTags("账户").WithSummary("当前用户");
        api.MapPost("/me/password", ChangePasswordAsync).WithTags("账户").WithSummary("修改自己的密码（须给出当前密码）");
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
                Results.Ok(new { header = "RequestVerificationToken", token = antiforgery.GetAndStoreTokens(http).RequestToken }))
            .WithTags("账户").WithSummary("以登录状态调用接口修改数据时所需的防伪令牌");
        var tokens = api.MapGroup("/tokens").WithTags("账户");
        tokens.MapGet("", TokensAsync).WithSummary("我的接口令牌");
        tokens.MapPost("", CreateTokenAsync).WithSummary("新建接口令牌（令牌只在此时显示一次）");
        tokens.MapDelete("/{id:int}", RevokeTokenAsync).WithSummary("撤销接口令牌");

        api.MapGet("/organisations", OrganisationsAsync).WithTags("机构").WithSummary("我可以查看的机构");
        var admin = api.MapGroup("").WithTags("系统管理").RequireAuthorization(Policies.Administrator);
        admin.MapPost("/organisations", AddOrganisationAsync).WithSummary("新增部门或单位");
        admin.MapGet("/users", UsersAsync).WithSummary("全部用户");
        admin.MapPost("/users", AddUserAsync).WithSummary("新增用户");
        admin.MapPost("/users/{userName}/disable", (HttpContext http, UserDirectory users, string userName) => SetDisabledAsync(http, users, userName, true))
            .WithSummary("停用用户：其登录和接口令牌立即失效");
        admin.MapPost("/users/{userName}/enable", (HttpContext http, UserDirectory users, string userName) => SetDisabledAsync(http, users, userName, false))
            .WithSummary("恢复用户");
        admin.MapPost("/users/{userName}/password", ResetPasswordAsync).WithSummary("重设用户密码（并解除锁定）");
        admin.MapGet("/audit", AuditAsync).WithSummary("审计记录（最新在前）");
        admin.MapGet("/audit/verify", VerifyAsync).WithSummary("校验审计链：任何一条记录被修改、删除或插入，或最后的记录被删除、全部清空、自某条起重写，都会被发现（与库外的锚点比对）");
    }

    private static async Task<IResult> MeAsync(HttpContext http, JuesuanDb db)
    {
        var caller = Caller.From(http.User)!;
        var user = await db.Users.AsNoTracking().Include(u => u.Organisation).SingleAsync(u => u.Id == caller.UserId, http.RequestAborted);
        return Results.Ok(new
        {
            user.UserName,
            user.DisplayName,
            role = user.Role.ToString(),
            roleName = UserDirectory.RoleName(user.Role),
            organisation = new { user.Organisation!.Code, user.Organisation.Name, kind = user.Organisation.Kind.ToString() },
        });
    }

    private static async Task<IResult> TokensAsync(HttpContext http, JuesuanDb db)
    {
        var caller = Caller.From(http.User)!;
        return Results.Ok(await db.ApiTokens.AsNoTracking().Where(t => t.UserAccountId == caller.UserId)
            .OrderBy(t => t.Id).Select(t => new { t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.MayCreateTokens }).ToListAsync(http.RequestAborted));
    }

    private static async Task<IResult> CreateTokenAsync(HttpContext http, UserDirectory users, TimeProvider clock, NewToken body)
    {
        if (!Caller.MayCreateTokens(http.User))
            return Problems.Forbidden("此接口令牌不能新建令牌：请登录后新建，或使用新建时允许新建令牌（mayCreateTokens）的令牌");
        var longest = (int)users.TokenLifetime.TotalDays;
        if (body.Days is { } days && (days < 1 || days > longest))
            return Problems.BadRequest($"有效天数应为1至{longest}天（服务器设置的最长有效期），或不填（即{longest}天）");
        var caller = Caller.From(http.User)!;
        var user = (await users.FindAsync(caller.UserId, http.RequestAborted))!;
        var (token, secret) = await users.CreateTokenAsync(user, body.Name, body.Days is { } d ? clock.GetUtcNow().AddDays(d) : null, body.MayCreateTokens, http.RequestAborted);
        return Results.Created($"/api/tokens/{token.Id}", new { token.Id, token.Name, token.Prefix, token.ExpiresAt, token.MayCreateTokens, token = secret });
    }

    private static async Task<IResult> RevokeTokenAsync(HttpContext http, UserDirectory users, int id)
    {
        var caller = Caller.From(http.User)!;
        var user = (await users.FindAsync(caller.UserId, http.RequestAborted))!;
        return await users.RevokeTokenAsync(user, id, http.RequestAborted) ? Results.NoContent() : Problems.NotFound("没有这个有效的接口令牌");
    }

    private static async Task<IResult> OrganisationsAsync(HttpContext http, Scope scope)
    {
        var caller = Caller.From(http.User)!;
        var organisations = await scope.OrganisationsAsync(caller, http.RequestAborted);
        return Results.Ok(organisations.Select(o => new { o.Id, o.Code, o.Name, kind = o.Kind.ToString(), o.ParentId }));
    }

    private static async Task<IResult> AddOrganisationAsync(HttpContext http, OrganisationTree tree, NewOrganisation body)
    {
        var caller = Caller.From(http.User)!;
        int? parentId = null;
        if (body.ParentCode is { Length: > 0 } parentCode)
        {
            parentId = await tree.IdOfAsync(parentCode, http.RequestAborted);
            if (parentId is null) return Problems.BadRequest($"找不到上级机构“{parentCode}”");
        }
        var (added, error) = await tree.AddAsync(body.Code, body.Name, body.Kind, parentId, caller.UserName, http.RequestAborted);
        return added is null
            ? Problems.BadRequest(error!)
            : Results.Created($"/api/organisations/{added.Id}", new { added.Id, added.Code, added.Name, kind = added.Kind.ToString(), added.ParentId });
    }

    private static async Task<IResult> UsersAsync(HttpContext http, JuesuanDb db) =>
        Results.Ok(await db.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => new
        {
            u.Id,
            u.UserName,
            u.DisplayName,
            role = u.Role.ToString(),
            organisation = u.Organisation!.Code,
            u.Disabled,
            u.LockedUntil,
        }).ToListAsync(http.RequestAborted));

    private static async Task<IResult> AddUserAsync(HttpContext http, OrganisationTree tree, UserDirectory users, NewUser body)
    {
        var caller = Caller.From(http.User)!;
        var organisationId = await tree.IdOfAsync(body.OrganisationCode, http.RequestAborted);
        if (organisationId is null) return Problems.BadRequest($"找不到机构“{body.OrganisationCode}”");
        var (created, error) = await users.CreateAsync(body.UserName, body.DisplayName, body.Password, body.Role, organisationId.Value,
            caller.UserName, http.RequestAborted);
        return created is null
            ? Problems.BadRequest(error!)
            : Results.Created($"/api/users/{created.Id}", new { created.Id, created.UserName, created.DisplayName, role = created.Role.ToString() });
    }

    private static async Task<IResult> SetDisabledAsync(HttpContext http, UserDirectory users, string userName, bool disabled)
    {
        var caller = Caller.From(http.User)!;
        if (disabled && userName == caller.UserName) return Problems.BadRequest("不能停用自己");
        return await users.SetDisabledAsync(userName, disabled, caller.UserName, http.RequestAborted)
            ? Results.NoContent()
            : Problems.NotFound($"没有登录名为“{userName}”的用户");
    }

    private static async Task<IResult> ResetPasswordAsync(HttpContext http, UserDirectory users, string userName, NewPassword body)
    {
        var user = await users.FindAsync(userName, http.RequestAborted);
        if (user is null) return Problems.NotFound($"没有登录名为“{userName}”的用户");
        var problem = await users.SetPasswordAsync(user, body.Password, Caller.From(http.User)!.UserName, http.RequestAborted);
        return problem is null ? Results.NoContent() : Problems.BadRequest(problem);
    }

    private static async Task<IResult> ChangePasswordAsync(HttpContext http, UserDirectory users, NewPassword body)
    {
        var caller = Caller.From(http.User)!;
        var user = (await users.FindAsync(caller.UserId, http.RequestAborted))!;
        var problem = await users.ChangePasswordAsync(user, body.Current ?? "", body.Password, http.RequestAborted);
        if (problem is not null) return Problems.BadRequest(problem);
        // Other sign-ins end with the old stamp; this one continues with the new.
        if (http.User.Identity?.AuthenticationType == Authentication.Cookie)
            await http.SignInAsync(Authentication.Cookie, Caller.Principal(user, Authentication.Cookie));
        return Results.NoContent();
    }

    private static async Task<IResult> AuditAsync(HttpContext http, JuesuanDb db, OrganisationTree tree, string? unit, int? take)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (unit is { Length: > 0 })
        {
            var id = await tree.IdOfAsync(unit, http.RequestAborted);
            query = query.Where(e => e.OrganisationId == id);
        }
        var entries = await query.OrderByDescending(e => e.Id).Take(Math.Clamp(take ?? 100, 1, 1000)).ToListAsync(http.RequestAborted);
        return Results.Ok(entries.Select(e => new
        {
            e.Id,
            e.At,
            e.Actor,
            e.Action,
            e.OrganisationId,
            e.FiscalYear,
            e.VersionId,
            detail = System.Text.Json.JsonDocument.Parse(e.Detail).RootElement,
            e.Hash,
        }));
    }

    private static async Task<IResult> VerifyAsync(HttpContext http, JuesuanDb db, TrailAnchors anchors)
    {
        var broken = await AuditTrail.VerifyAsync(db, anchors, http.RequestAborted);
        var count = await AuditTrail.CountAsync(db, http.RequestAborted);
        return Results.Ok(broken is null
            ? new { intact = true, entries = count, message = $"审计链完整：共 {count} 条记录", brokenAt = (long?)null }
            : new { intact = false, entries = count, message = broken.Reason, brokenAt = broken.EntryId == 0 ? null : (long?)broken.EntryId });
    }
}
