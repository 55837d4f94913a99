using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 审计链 — appends entries to the audit trail, each chained to the one before by hash, and verifies the
/// chain. An entry is added to the same unit of work as the change it records, so the two are saved
/// together or not at all.
/// </summary>
public static class AuditTrail
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Adds an entry after the last one (saved or waiting to be saved in this context).</summary>
    public static AuditEntry Record(JuesuanDb db, DateTimeOffset at, string actor, string action, string detail,
        int? organisationId = null, int? fiscalYear = null, long? versionId = null)
    {
        var previous = db.AuditEntries.Local.Where(e => db.Entry(e).State == EntityState.Added).LastOrDefault()?.Hash
            ?? db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefault()
            ?? Genesis;
        var entry = new AuditEntry
        {
            At = Microseconds(at),
            Actor = actor,
            Action = action,
            OrganisationId = organisationId,
            FiscalYear = fiscalYear,
            VersionId = versionId,
            Detail = detail,
            PreviousHash = previous,
            Hash = "",
        };
        entry.Hash = HashOf(entry);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The first entry whose hash or link does not hold, with why; null when the whole chain holds.</summary>
    public static async Task<AuditBreak?> VerifyAsync(JuesuanDb db, CancellationToken cancellation = default)
    {
        var previous = Genesis;
        var count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellation))
        {
            count++;
            if (entry.PreviousHash != previous)
                return new AuditBreak(entry.Id, count, $"第{count}条记录（编号 {entry.Id}）所链接的前一条哈希与实际不符：其前面的记录被删除、插入或修改过");
            if (HashOf(entry) != entry.Hash)
                return new AuditBreak(entry.Id, count, $"第{count}条记录（编号 {entry.Id}，{entry.At:yyyy-MM-dd HH:mm:ss} {entry.Actor} {entry.Action}）的内容与其哈希不符：记录被修改过");
            previous = entry.Hash;
        }
        return null;
    }

    /// <summary>
    /// The chain checked link by link and then, where anchors are kept, against the last anchor (deleted last entries,
    /// an emptied table, a chain rewritten from one entry on): what is wrong, or null.
    /// </summary>
    public static async Task<AuditBreak?> VerifyAsync(JuesuanDb db, TrailAnchors? anchors, CancellationToken cancellation = default)
    {
        if (await VerifyAsync(db, cancellation) is { } broken) return broken;
        return anchors is not null && await anchors.DisagreementAsync(db, cancellation) is { } reason ? new AuditBreak(0, 0, reason) : null;
    }

    /// <summary>The number of entries, for reports.</summary>
    public static Task<int> CountAsync(JuesuanDb db, CancellationToken cancellation = default) => db.AuditEntries.CountAsync(cancellation);

    private static DateTimeOffset Microseconds(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    private static string HashOf(AuditEntry e)
    {
        var content = string.Join('\n',
            e.PreviousHash,
            e.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.Actor, e.Action,
            e.OrganisationId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.VersionId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Detail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}

/// <summary>Where the audit chain breaks: the entry, its position, and why, in Chinese.</summary>
public sealed record AuditBreak(long EntryId, int Position, string Reason);
