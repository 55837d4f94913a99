using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Juesuan.Web.Security;

/// <summary>
/// 频率限制 — what anyone may ask of the server without signing in and that costs it work (an audit of an uploaded
/// document, a download that may be printed): so many a minute from one address, beyond which the answer is 429.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy of anonymous work: audits posted and documents downloaded, counted per client address.</summary>
    public const string AnonymousWork = "anonymous-work";

    public static IServiceCollection AddJuesuanRateLimits(this IServiceCollection services, Func<IServiceProvider, int> perMinute) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AnonymousWork, context =>
                // Reading the audit page is not work; posting to it and downloading are.
                HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetNoLimiter("page")
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute(context.RequestServices),
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
        });
}
