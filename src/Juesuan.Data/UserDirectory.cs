using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 账户设置 — how many failed sign-ins lock an account and for how long, and the longest an API token lives
/// (a token asked for without an end, or for longer, ends then; tokens of before the setting end then too).
/// </summary>
public sealed record AccountPolicy(int MaxFailures = 5, int LockMinutes = 15, int TokenMaxDays = 365);

/// <summary>What became of a sign-in.</summary>
public abstract record SignInOutcome
{
    public sealed record Success(UserAccount User) : SignInOutcome;

    /// <summary>Wrong user name or password (which one is not said), or a disabled account.</summary>
    public sealed record Failed : SignInOutcome;

    public sealed record LockedOut(DateTimeOffset Until) : SignInOutcome;
}

/// <summary>
/// 用户管理 — creates people with hashed passwords, signs them in with lock-out after repeated failures,
/// and issues and checks API tokens. Every change and every sign-in (successful or not) is audited.
/// </summary>
public sealed class UserDirectory(JuesuanDb db, TimeProvider clock, AccountPolicy? policy = null)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();
    private readonly AccountPolicy policy = policy ?? new AccountPolicy();

    /// <summary>The Chinese reason a password is too weak, or null.</summary>
    public static string? PasswordProblem(string? password)
    {
        if (password is null || password.Length < 10) return "密码至少10位";
        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit)) return "密码须同时包含字母和数字";
        return null;
    }

    /// <summary>Whether anyone exists yet (the first-run page creates the first administrator only while nobody does).</summary>
    public Task<bool> AnyAsync(CancellationToken cancellation = default) => db.Users.AnyAsync(cancellation);

    /// <summary>A person by id, to change (tracked); null when there is none.</summary>
    public Task<UserAccount?> FindAsync(int id, CancellationToken cancellation = default) => db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellation);

    /// <summary>A person by login name, to change (tracked); null when there is none.</summary>
    public Task<UserAccount?> FindAsync(string userName, CancellationToken cancellation = default) =>
        db.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellation);

    /// <summary>Creates a person; the Chinese reason it cannot be done, or the person.</summary>
    public async Task<(UserAccount? Created, string? Error)> CreateAsync(string userName, string displayName, string password, UserRole role, int organisationId,
        string actor, CancellationToken cancellation = default)
    {
        userName = userName.Trim();
        if (userName.Length is < 2 or > 64 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            return (null, "登录名应为2至64位字母、数字或 . _ -");
        if (string.IsNullOrWhiteSpace(displayName)) return (null, "姓名不能为空");
        if (PasswordProblem(password) is { } weak) return (null, weak);
        var organisation = await db.Organisations.FindAsync([organisationId], cancellation);
        if (ReachProblem(role, organisation) is { } misplaced) return (null, misplaced);
        if (await db.Users.AnyAsync(u => u.UserName == userName, cancellation)) return (null, $"登录名“{userName}”已被使用");
        var user = new UserAccount
        {
            UserName = userName,
            DisplayName = displayName.Trim(),
            PasswordHash = "",
            Role = role,
            OrganisationId = organisationId,
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow(),
            // A password someone else chose is the person's only until they sign in.
            MustChangePassword = actor != userName,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.SaveChangesAsync(cancellation);
        AuditTrail.Record(db, user.CreatedAt, actor, "user.create",
            JsonSerializer.Serialize(new { user.UserName, user.DisplayName, role = role.ToString(), organisation = organisation!.Code }, JsonChanges.Options), organisationId);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return (user, null);
    }

    /// <summary>Why a role cannot be held at an organisation (administrators and bureau reviewers at the bureau, department reviewers at a department, preparers at a unit), or null.</summary>
    private static string? ReachProblem(UserRole role, Organisation? organisation)
    {
        var expected = role switch
        {
            UserRole.Administrator or UserRole.BureauReviewer => OrganisationKind.Bureau,
            UserRole.DepartmentReviewer => OrganisationKind.Department,
            _ => OrganisationKind.Unit,
        };
        return organisation?.Kind == expected
            ? null
            : $"{RoleName(role)}应属于{(expected == OrganisationKind.Bureau ? "财政局" : expected == OrganisationKind.Department ? "部门" : "单位")}";
    }

    /// <summary>
    /// Gives a person another role or reach (the organisation the role applies to). Their sign-ins and tokens end, since
    /// what they carry no longer holds. The Chinese reason it cannot be done, or null.
    /// </summary>
    public async Task<string?> SetRoleAsync(string userName, UserRole role, int organisationId, string actor, CancellationToken cancellation = default)
    {
        var user = await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.UserName == userName, cancellation);
        if (user is null) return $"没有登录名为“{userName}”的用户";
        if (userName == actor && role != UserRole.Administrator) return "不能取消自己的系统管理员角色";
        var organisation = await db.Organisations.FindAsync([organisationId], cancellation);
        if (ReachProblem(role, organisation) is { } misplaced) return misplaced;
        if (user.Role == role && user.OrganisationId == organisationId) return null;
        var before = new { role = RoleName(user.Role), organisation = user.Organisation?.Name };
        (user.Role, user.OrganisationId) = (role, organisationId);
        user.SecurityStamp = NewStamp();
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "user.role",
            JsonSerializer.Serialize(new { user.UserName, user.DisplayName, before, after = new { role = RoleName(role), organisation = organisation!.Name } }, JsonChanges.Options),
            organisationId);
        await EndTokensAsync(user, actor, "角色变更", cancellation);
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    /// <summary>Checks a user name and password, counting failures and locking the account after too many.</summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? client, CancellationToken cancellation = default)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.UserName == userName.Trim(), cancellation);
        SignInOutcome outcome;
        if (user is null)
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            Hasher.HashPassword(new UserAccount { UserName = "", DisplayName = "", PasswordHash = "", SecurityStamp = "" }, password);
            outcome = new SignInOutcome.Failed();
        }
        else if (user.LockedUntil is { } until && until > now)
        {
            outcome = new SignInOutcome.LockedOut(until);
        }
        else if (user.Disabled || user.Organisation?.DisabledAt is not null || Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= policy.MaxFailures)
            {
                user.LockedUntil = now.AddMinutes(policy.LockMinutes);
                user.FailedSignIns = 0;
                outcome = new SignInOutcome.LockedOut(user.LockedUntil.Value);
            }
            else
            {
                outcome = new SignInOutcome.Failed();
            }
        }
        else
        {
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            outcome = new SignInOutcome.Success(user);
        }
        var action = outcome switch
        {
            SignInOutcome.Success => "user.signin",
            SignInOutcome.LockedOut => "user.lockout",
            _ => "user.signin-failed",
        };
        AuditTrail.Record(db, now, user?.UserName ?? userName.Trim(), action, JsonSerializer.Serialize(new { client }, JsonChanges.Options), user?.OrganisationId);
        await db.SaveChangesAsync(cancellation);
        return outcome;
    }

    /// <summary>Disables or re-enables a person; their cookies stop working at once (the security stamp changes). False when there is no such person.</summary>
    public async Task<bool> SetDisabledAsync(string userName, bool disabled, string actor, CancellationToken cancellation = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellation);
        if (user is null) return false;
        user.Disabled = disabled;
        user.SecurityStamp = NewStamp();
        AuditTrail.Record(db, clock.GetUtcNow(), actor, disabled ? "user.disable" : "user.enable",
            JsonSerializer.Serialize(new { user.UserName }, JsonChanges.Options), user.OrganisationId);
        // Re-enabling does not revive what disabling ended: every token issued before ends either way.
        await EndTokensAsync(user, actor, disabled ? "停用" : "恢复", cancellation);
        await db.SaveChangesAsync(cancellation);
        return true;
    }

    /// <summary>
    /// Sets a new password (an administrator's reset, or a person's own change after <see cref="ChangePasswordAsync"/>
    /// checked the old one): the lock-out is lifted and older sign-ins end; after a reset the person must choose their
    /// own at the next sign-in. The Chinese reason it cannot be set, or null.
    /// </summary>
    public async Task<string?> SetPasswordAsync(UserAccount user, string password, string actor, CancellationToken cancellation = default)
    {
        if (PasswordProblem(password) is { } weak) return weak;
        user.PasswordHash = Hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        user.MustChangePassword = actor != user.UserName;
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "user.password", JsonSerializer.Serialize(new { user.UserName }, JsonChanges.Options), user.OrganisationId);
        await EndTokensAsync(user, actor, "修改密码", cancellation);
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    /// <summary>A person's own change of password: the current one must be given. The Chinese reason it was refused, or null.</summary>
    public async Task<string?> ChangePasswordAsync(UserAccount user, string current, string password, CancellationToken cancellation = default) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, current) == PasswordVerificationResult.Failed
            ? "当前密码不正确"
            : await SetPasswordAsync(user, password, user.UserName, cancellation);

    /// <summary>Records a sign-out.</summary>
    public async Task SignedOutAsync(string userName, CancellationToken cancellation = default)
    {
        AuditTrail.Record(db, clock.GetUtcNow(), userName, "user.signout", "{}");
        await db.SaveChangesAsync(cancellation);
    }

    /// <summary>The longest a token lives.</summary>
    public TimeSpan TokenLifetime => TimeSpan.FromDays(policy.TokenMaxDays);

    /// <summary>
    /// Creates an API token for a user; the token itself is returned here and never again. It ends at
    /// <paramref name="expiresAt"/>, or at the longest lifetime when that is sooner or none is given.
    /// </summary>
    /// <param name="mayCreateTokens">Whether a client holding it may create further tokens.</param>
    public async Task<(ApiToken Token, string Secret)> CreateTokenAsync(UserAccount user, string name, DateTimeOffset? expiresAt, bool mayCreateTokens = false,
        CancellationToken cancellation = default)
    {
        var secret = "jst_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow();
        var longest = now + TokenLifetime;
        var token = new ApiToken
        {
            UserAccountId = user.Id,
            Name = string.IsNullOrWhiteSpace(name) ? "接口令牌" : name.Trim(),
            Hash = TokenHash(secret),
            Prefix = secret[..10],
            CreatedAt = now,
            ExpiresAt = expiresAt is { } end && end < longest ? end : longest,
            MayCreateTokens = mayCreateTokens,
        };
        db.ApiTokens.Add(token);
        AuditTrail.Record(db, token.CreatedAt, user.UserName, "token.create",
            JsonSerializer.Serialize(new { token.Name, token.Prefix, token.ExpiresAt, token.MayCreateTokens }, JsonChanges.Options), user.OrganisationId);
        await db.SaveChangesAsync(cancellation);
        return (token, secret);
    }

    /// <summary>Revokes one of a user's tokens; false when the user has no such token.</summary>
    public async Task<bool> RevokeTokenAsync(UserAccount user, int tokenId, CancellationToken cancellation = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserAccountId == user.Id && t.RevokedAt == null, cancellation);
        if (token is null) return false;
        token.RevokedAt = clock.GetUtcNow();
        AuditTrail.Record(db, token.RevokedAt.Value, user.UserName, "token.revoke", JsonSerializer.Serialize(new { token.Name, token.Prefix }, JsonChanges.Options), user.OrganisationId);
        await db.SaveChangesAsync(cancellation);
        return true;
    }

    /// <summary>
    /// A live token (not revoked, not past its end nor the longest lifetime, its owner and the owner's organisation not disabled) with its owner, or null.
    /// </summary>
    public async Task<ApiToken?> FindByTokenAsync(string secret, CancellationToken cancellation = default)
    {
        var hash = TokenHash(secret);
        var now = clock.GetUtcNow();
        var token = await db.ApiTokens.AsNoTracking().Include(t => t.UserAccount)
            .SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null && !t.UserAccount!.Disabled && t.UserAccount.Organisation!.DisabledAt == null, cancellation);
        if (token is null) return null;
        var end = token.CreatedAt + TokenLifetime;
        if (token.ExpiresAt is { } expires && expires < end) end = expires;
        return end > now ? token : null;
    }

    /// <summary>Ends every live token of a person (a password change or reset, disabling, re-enabling), with one trail entry saying how many and why.</summary>
    private async Task EndTokensAsync(UserAccount user, string actor, string reason, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var live = await db.ApiTokens.Where(t => t.UserAccountId == user.Id && t.RevokedAt == null).ToListAsync(cancellation);
        if (live.Count == 0) return;
        foreach (var token in live) token.RevokedAt = now;
        AuditTrail.Record(db, now, actor, "token.revoke-all",
            JsonSerializer.Serialize(new { user.UserName, reason, tokens = live.Select(t => t.Prefix) }, JsonChanges.Options), user.OrganisationId);
    }

    public static string RoleName(UserRole role) => role switch
    {
        UserRole.Administrator => "系统管理员",
        UserRole.BureauReviewer => "财政局审核人",
        UserRole.DepartmentReviewer => "部门审核人",
        _ => "单位填报人",
    };

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string TokenHash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
