using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace Juesuan.Web.Pages;

/// <summary>接口的一项 — one endpoint as the page lists it: its method, its address, what it does, and who may call it.</summary>
public sealed record ApiEntry(string Method, string Path, string Summary, bool Public);

/// <summary>
/// 接口说明 — the HTTP API for people: every endpoint by its group, with its method, address, what it does in Chinese
/// and whether it is open to anyone or needs a token; the OpenAPI document for programs linked from it. Built from the
/// endpoints the server maps, so it never lists one that is not there.
/// </summary>
public sealed class ApiDocsModel(EndpointDataSource endpoints) : PageModel
{
    public IReadOnlyList<(string Group, IReadOnlyList<ApiEntry> Entries)> Groups { get; private set; } = [];

    /// <summary>An address as people read it: without the route's constraints ({year:int} is {year}) or a closing slash.</summary>
    private static string Address(string route) => System.Text.RegularExpressions.Regex.Replace(route, @":[a-z]+(?=\})", "").TrimEnd('/');

    public void OnGet()
    {
        Groups = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && path.StartsWith("/api/", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .Select(e => (Group: e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "其他", Entry: new ApiEntry(
                string.Join("/", e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods),
                Address(e.RoutePattern.RawText!),
                e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "",
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .GroupBy(x => x.Group)
            .OrderBy(g => g.Any(x => x.Entry.Public) ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<ApiEntry>)g.Select(x => x.Entry).OrderBy(x => x.Path, StringComparer.Ordinal).ThenBy(x => x.Method).ToArray()))
            .ToArray();
        ViewData["Title"] = "接口说明";
    }
}
