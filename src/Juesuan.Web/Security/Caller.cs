using System.Globalization;
using System.Security.Claims;
using Juesuan.Data;

namespace Juesuan.Web.Security;

/// <summary>
/// 当前用户 — who is calling, as the sign-in cookie or API token states it: the user, the role and the
/// organisation the role applies to. Null for an anonymous visitor.
/// </summary>
public sealed record Caller(int UserId, string UserName, UserRole Role, int OrganisationId)
{
    public const string OrganisationClaim = "juesuan:org";
    public const string StampClaim = "juesuan:stamp";

    /// <summary>Present on a sign-in whose password someone else chose: the person must choose their own first.</summary>
    public const string MustChangePasswordClaim = "juesuan:must-change-password";

    /// <summary>Whether a signed-in person must change their password before anything else (never a token's caller).</summary>
    public static bool MustChangePassword(ClaimsPrincipal principal) =>
        principal.Identity?.AuthenticationType == Authentication.Cookie && principal.HasClaim(MustChangePasswordClaim, "true");

    /// <summary>Present when the request came with an API token its owner allowed to create tokens.</summary>
    public const string MayCreateTokensClaim = "juesuan:token-may-create";

    /// <summary>
    /// Whether the request may create an API token: a signed-in person may; a client calling with a token only when
    /// that token was created allowing it.
    /// </summary>
    public static bool MayCreateTokens(ClaimsPrincipal principal) =>
        principal.Identity?.AuthenticationType != Authentication.Token || principal.HasClaim(MayCreateTokensClaim, "true");

    public static Caller? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var org = principal.FindFirstValue(OrganisationClaim);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        if (id is null || org is null || !Enum.TryParse<UserRole>(role, out var r)) return null;
        return new Caller(int.Parse(id, CultureInfo.InvariantCulture), principal.Identity.Name ?? "", r, int.Parse(org, CultureInfo.InvariantCulture));
    }

    /// <summary>The claims a sign-in carries, for the cookie or a token.</summary>
    public static ClaimsPrincipal Principal(UserAccount user, string authenticationType) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.GivenName, user.DisplayName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim(OrganisationClaim, user.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(StampClaim, user.SecurityStamp),
            .. user.MustChangePassword ? [new Claim(MustChangePasswordClaim, "true")] : Array.Empty<Claim>(),
        ], authenticationType));
}
