using System.Security.Cryptography;
using System.Text;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Juesuan.Web.Publishing;

/// <summary>
/// 公开目录缓存 — what is computed over many publications (a page of search results, a department's totals, a unit's years, a
/// comparison), kept in memory per portal version: how many summaries there are and the newest one's id, read in one query.
/// Publications are only ever added, so a new one changes the version on every node. A node trusts the version it read for
/// <see cref="Trust"/> before reading it again, so that a cached page costs no query; a publication made on this node is
/// seen at once (<see cref="Forget"/>), one made on another node or by the command line within that second.
/// </summary>
public sealed class PortalCache(IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan Trust = TimeSpan.FromSeconds(1);

    private sealed record Seen(string Version, DateTimeOffset At);

    private Seen? seen;

    public async Task<string> VersionAsync(JuesuanDb db, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref seen) is { } last && now - last.At < Trust && now >= last.At) return last.Version;
        var read = await db.PublishedSummaries.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Newest = g.Max(s => s.PublicationId) })
            .SingleOrDefaultAsync(cancellation);
        var version = read is null ? "0-0" : $"{read.Count}-{read.Newest}";
        Volatile.Write(ref seen, new Seen(version, now));
        return version;
    }

    /// <summary>Says something was just published here: the next request reads the version afresh.</summary>
    public void Forget() => Volatile.Write(ref seen, null);

    /// <summary>A value computed over many publications, kept until anything is published anywhere.</summary>
    /// <param name="size">Its rough size in bytes, for the cache's limit.</param>
    public async Task<T> GetAsync<T>(JuesuanDb db, object key, long size, Func<Task<T>> make, CancellationToken cancellation) =>
        await GetAsync(await VersionAsync(db, cancellation), key, size, make);

    /// <summary>The same, at a version the caller has read already.</summary>
    public async Task<T> GetAsync<T>(string version, object key, long size, Func<Task<T>> make) =>
        (await cache.GetOrCreateAsync(("portal", key, version), async entry =>
        {
            entry.Size = size;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return await make();
        }))!;

    /// <summary>An ETag's value for a resource computed at a version from a request (its query string).</summary>
    public static string Tag(string version, string? request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version + "|" + request)))[..32];
}
