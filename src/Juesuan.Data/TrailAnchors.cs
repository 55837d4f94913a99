using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 审计链锚点 — the head of the audit chain (how many entries, the last one's number and hash) at a moment,
/// sealed with the data-protection key ring. Anchors are appended to a file outside the database, so that
/// deleting the last entries, emptying the table or rewriting the chain from one entry on is seen by comparing
/// the chain with the last anchor.
/// </summary>
/// <param name="Seal">The anchor's other fields protected with the key ring: a changed anchor no longer unseals to them.</param>
public sealed record TrailAnchor(int Count, long LastId, string LastHash, DateTimeOffset At, string Seal)
{
    /// <summary>What the seal protects.</summary>
    public string Payload => string.Create(CultureInfo.InvariantCulture, $"{Count}|{LastId}|{LastHash}|{At:O}");
}

/// <summary>
/// 锚点文件 — writes anchors to an append-only file and checks the chain against the last one. The file lives
/// beside the data (or where the bureau keeps it); docs/security.md says what it protects against and what not.
/// </summary>
public sealed class TrailAnchors(string file, IDataProtectionProvider protection, TimeProvider clock)
{
    private const string Purpose = "Juesuan.AuditTrail.Anchor";
    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string File { get; } = file;

    /// <summary>Appends an anchor of the chain as it is now; returns it.</summary>
    public async Task<TrailAnchor> WriteAsync(JuesuanDb db, CancellationToken cancellation = default)
    {
        var count = await db.AuditEntries.CountAsync(cancellation);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellation);
        var unsealed = new TrailAnchor(count, last?.Id ?? 0, last?.Hash ?? AuditTrail.Genesis, clock.GetUtcNow(), "");
        var anchor = unsealed with { Seal = _protector.Protect(unsealed.Payload) };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(File))!);
        await using (var stream = new FileStream(File, FileMode.Append, FileAccess.Write, FileShare.Read))
        await using (var writer = new StreamWriter(stream))
            await writer.WriteLineAsync(JsonSerializer.Serialize(anchor, JsonChanges.Options));
        return anchor;
    }

    /// <summary>The last anchor of the file, or null when there is none; a line that does not unseal is reported as tampered.</summary>
    public (TrailAnchor? Anchor, string? Problem) Last()
    {
        if (!System.IO.File.Exists(File)) return (null, null);
        var line = System.IO.File.ReadLines(File).LastOrDefault(l => l.Trim().Length > 0);
        if (line is null) return (null, null);
        TrailAnchor? anchor;
        try
        {
            anchor = JsonSerializer.Deserialize<TrailAnchor>(line, JsonChanges.Options);
        }
        catch (JsonException)
        {
            return (null, $"锚点文件“{File}”的最后一行不是有效的锚点：锚点文件被改动过");
        }
        if (anchor is null || !Unseals(anchor)) return (null, $"锚点文件“{File}”的最后一个锚点（{anchor?.At:yyyy-MM-dd HH:mm}）与其签名不符：锚点被改动过，或不是本系统的密钥所签");
        return (anchor, null);
    }

    private bool Unseals(TrailAnchor anchor)
    {
        try
        {
            return _protector.Unprotect(anchor.Seal) == anchor.Payload;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>
    /// Why the chain does not agree with the last anchor: fewer entries than it recorded (the last ones deleted, or all),
    /// or its anchored entry missing or with another hash (the chain rewritten from there on); null when it agrees.
    /// The chain's own links are checked by <see cref="AuditTrail.VerifyAsync(JuesuanDb, CancellationToken)"/>.
    /// </summary>
    public async Task<string?> DisagreementAsync(JuesuanDb db, CancellationToken cancellation = default)
    {
        var (anchor, problem) = Last();
        if (problem is not null) return problem;
        if (anchor is null) return null;
        var when = anchor.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var count = await db.AuditEntries.CountAsync(cancellation);
        if (count == 0 && anchor.Count > 0) return $"审计记录被清空：{when} 的锚点记录了 {anchor.Count} 条";
        if (count < anchor.Count) return $"审计记录少于锚点：{when} 的锚点记录了 {anchor.Count} 条，现有 {count} 条，最后的记录被删除过";
        if (anchor.Count == 0) return null;
        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.Id == anchor.LastId).Select(e => new { e.Hash }).FirstOrDefaultAsync(cancellation);
        if (entry is null) return $"锚点所记的第 {anchor.Count} 条记录（编号 {anchor.LastId}）已不存在：记录被删除或重写过";
        if (entry.Hash != anchor.LastHash) return $"编号 {anchor.LastId} 的记录的哈希与 {when} 的锚点不符：审计链自此或更早被重写过";
        var position = await db.AuditEntries.CountAsync(e => e.Id <= anchor.LastId, cancellation);
        return position != anchor.Count ? $"编号 {anchor.LastId} 之前的记录数与 {when} 的锚点不符（锚点 {anchor.Count} 条，现有 {position} 条）" : null;
    }
}
