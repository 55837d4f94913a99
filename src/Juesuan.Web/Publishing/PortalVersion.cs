using System.Security.Cryptography;
using System.Text;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Juesuan.Web.Publishing;

/// <summary>
/// 公开目录版本 — what the portal's lists, totals and comparisons were computed from: how many publications there are and
/// the newest one's id. Publications are only ever added, so a new one changes it on every node at once; it is read with two
/// index lookups and keys the caches and ETags of everything computed over many publications.
/// </summary>
public static class PortalVersion
{
    public static async Task<string> OfAsync(JuesuanDb db, CancellationToken cancellation)
    {
        var count = await db.PublishedSummaries.CountAsync(cancellation);
        var newest = await db.PublishedSummaries.MaxAsync(s => (long?)s.PublicationId, cancellation) ?? 0;
        return $"{count}-{newest}";
    }

    /// <summary>An ETag's value for a resource computed at this version from a request (its query string).</summary>
    public static string Tag(string version, string? request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version + "|" + request)))[..32];

    /// <summary>
    /// A value computed over many publications (a page of search results, a department's totals, a unit's years), kept in memory
    /// until anything is published anywhere.
    /// </summary>
    /// <param name="size">Its rough size in bytes, for the cache's limit.</param>
    public static async Task<T> CachedAsync<T>(this IMemoryCache cache, JuesuanDb db, object key, long size, Func<Task<T>> make, CancellationToken cancellation) =>
        await cache.CachedAsync(await OfAsync(db, cancellation), key, size, make);

    /// <summary>The same, at a version the caller has read already.</summary>
    public static async Task<T> CachedAsync<T>(this IMemoryCache cache, string version, object key, long size, Func<Task<T>> make) =>
        (await cache.GetOrCreateAsync(("portal", key, version), async entry =>
        {
            entry.Size = size;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return await make();
        }))!;
}
