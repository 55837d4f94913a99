namespace Juesuan.Web.Security;

/// <summary>
/// 安全响应头 — on every response: a content security policy under which the pages work (scripts and styles from the
/// server itself; the charts' option blocks are JSON data, not scripts; styles inline because the charts and the
/// self-contained disclosure files set them), no framing by any page (the review desk's buttons cannot be overlaid),
/// no content-type sniffing, no referrer sent elsewhere, and HSTS when the request came over TLS.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
