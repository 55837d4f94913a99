using Juesuan.Documents.Html;

namespace Juesuan.Web.Publishing;

/// <summary>
/// 文本嵌入 — a rendered disclosure shown inside the site's own pages (the public disclosure page, the
/// preparer's preview): its content, with its stylesheet scoped to the frame so the two never restyle
/// each other. The published file itself is never altered.
/// </summary>
public static class DocumentFrame
{
    public const string CssPath = "/disclosure.css";

    /// <summary>The renderer's stylesheet nested under <c>.document</c>: its page-wide rules apply to the frame.</summary>
    private static readonly Lazy<string> ScopedCss = new(() =>
        ".document {\n" + HtmlRenderer.Stylesheet.Replace(":root {", "& {").Replace("html {", "& {").Replace("body {", "& {") + "\n}\n");

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(CssPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(ScopedCss.Value, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
}
