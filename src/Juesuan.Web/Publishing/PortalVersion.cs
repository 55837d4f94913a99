using System.Security.Cryptography;
using System.Text;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

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
}
