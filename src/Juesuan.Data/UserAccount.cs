namespace Juesuan.Data;

/// <summary>角色 — what a signed-in person may do; where is given by the organisation they belong to.</summary>
public enum UserRole
{
    /// <summary>系统管理员 — manages organisations and people; reads everything; takes no part in the workflow.</summary>
    Administrator,

    /// <summary>财政局审核人 — reviews (at bureau level) and publishes the disclosures of every unit.</summary>
    BureauReviewer,

    /// <summary>部门审核人 — reviews the disclosures of its department's units.</summary>
    DepartmentReviewer,

    /// <summary>单位填报人 — prepares and submits its own unit's accounts.</summary>
    UnitPreparer,
}

/// <summary>
/// 用户 — a person who signs in: a user name, a hashed password (never the password), a role, and the
/// organisation the role applies to (the bureau for administrators and bureau reviewers, a department for
/// department reviewers, a unit for preparers). Repeated failed sign-ins lock the account for a while.
/// </summary>
public sealed class UserAccount
{
    public int Id { get; set; }

    /// <summary>登录名, unique.</summary>
    public required string UserName { get; set; }

    /// <summary>姓名.</summary>
    public required string DisplayName { get; set; }

    /// <summary>The password hash (ASP.NET Core Identity's PBKDF2 format).</summary>
    public required string PasswordHash { get; set; }

    public UserRole Role { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>Failed sign-ins since the last success.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>锁定至 — no sign-in before this time.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>停用 — a disabled account cannot sign in, and its cookies and tokens stop working.</summary>
    public bool Disabled { get; set; }

    /// <summary>
    /// 须修改密码 — the password was chosen by someone else (an administrator created the account or reset it), so the
    /// person must choose their own at the next sign-in before anything else.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Changes whenever the password, role or organisation change, so that older sign-in cookies stop working.</summary>
    public required string SecurityStamp { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// 接口令牌 — a bearer token with which a machine client calls the API as its owner. Only the token's
/// SHA-256 hash is kept; the token itself is shown once, when it is created.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public int UserAccountId { get; set; }

    public UserAccount? UserAccount { get; set; }

    /// <summary>用途, e.g. "预算一体化系统同步".</summary>
    public required string Name { get; set; }

    /// <summary>SHA-256 (hex) of the token.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters, to tell tokens apart in lists.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Whether a client holding it may create further tokens (only when its owner said so).</summary>
    public bool MayCreateTokens { get; set; }
}
