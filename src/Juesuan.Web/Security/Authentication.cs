using System.Security.Claims;
using System.Text.Encodings.Web;
using Juesuan.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juesuan.Web.Security;

/// <summary>
/// 身份验证 — people sign in with a cookie (pages, and the API called from them); machine clients send
/// an API token as "Authorization: Bearer …". One policy scheme picks between the two per request.
/// </summary>
public static class Authentication
{
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Token = "Token";
    private const string Either = "CookieOrToken";

    public static IServiceCollection AddJuesuanAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, "登录或接口令牌", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Token : Cookie)
            .AddCookie(Cookie, o =>
            {
                o.Cookie.Name = "juesuan.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/signin";
                o.AccessDeniedPath = "/error/403";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidateStampAsync,
                    // The API answers 401/403; only pages are sent to the sign-in page.
                    OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden),
                };
            })
            .AddScheme<AuthenticationSchemeOptions, TokenHandler>(Token, "接口令牌", null);
        return services;
    }

    /// <summary>A cookie stops working once its user is disabled or their password, role or organisation change.</summary>
    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        var caller = Caller.From(context.Principal!);
        var stamp = context.Principal!.FindFirstValue(Caller.StampClaim);
        var db = context.HttpContext.RequestServices.GetRequiredService<JuesuanDb>();
        var live = caller is not null && await db.Users.AsNoTracking()
            .AnyAsync(u => u.Id == caller.UserId && !u.Disabled && u.Organisation!.DisabledAt == null && u.SecurityStamp == stamp, context.HttpContext.RequestAborted);
        if (!live)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Cookie);
        }
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Unsafe API calls made with the sign-in cookie must carry the antiforgery token (header
    /// "RequestVerificationToken"), so another site cannot make a signed-in browser call the API; calls
    /// with an API token need none, since a browser never sends one by itself.
    /// </summary>
    public static async ValueTask<object?> RequireAntiforgeryForCookies(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && http.User.Identity is { IsAuthenticated: true, AuthenticationType: Cookie })
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "防伪令牌无效",
                    detail: "以登录状态调用接口修改数据时，须在请求头 RequestVerificationToken 中带上页面给出的防伪令牌（可由 GET /api/antiforgery 取得）");
            }
        }
        return await next(context);
    }
}

/// <summary>Authenticates "Authorization: Bearer &lt;token&gt;" against the stored token hashes.</summary>
internal sealed class TokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = await users.FindByTokenAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("接口令牌无效、已撤销或已过期");
        var principal = Caller.Principal(token.UserAccount!, Authentication.Token);
        if (token.MayCreateTokens) ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(Caller.MayCreateTokensClaim, "true"));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Authentication.Token));
    }
}
