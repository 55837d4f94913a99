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

    /// <summary>
    /// One page of the trail, newest first, filtered by person, organisation, action and time (UTC bounds). Entries
    /// are numbered in the order they were written, so the newest first is by number, and the scan stops once it
    /// passes the earliest time asked for; a page goes on from the entry before <see cref="AuditQuery.Before"/>.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEntry>> PageAsync(JuesuanDb db, AuditQuery query, int size, CancellationToken cancellation = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.Actor is { Length: > 0 } actor) entries = entries.Where(e => e.Actor == actor);
        if (query.OrganisationId is { } organisation) entries = entries.Where(e => e.OrganisationId == organisation);
        if (query.Action is { Length: > 0 } action) entries = entries.Where(e => e.Action == action);
        if (query.Before is { } before) entries = entries.Where(e => e.Id < before);
        var page = new List<AuditEntry>(size);
        // Times are compared here rather than in SQL: SQLite keeps them as text that it cannot order.
        await foreach (var entry in entries.OrderByDescending(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellation))
        {
            if (query.Until is { } until && entry.At >= until) continue;
            if (query.Since is { } since && entry.At < since) break;
            page.Add(entry);
            if (page.Count == size) break;
        }
        return page;
    }

    /// <summary>审计操作 — every action the trail records, with its name as the trail page shows it.</summary>
    public static readonly IReadOnlyList<(string Action, string Name)> Actions =
    [
        ("accounts.save", "保存决算数据"),
        ("accounts.confirm", "核对沿用上年的内容"),
        ("performance.save", "保存绩效自评"),
        ("workflow.submit", "提交审核"),
        ("workflow.approve", "审核通过"),
        ("workflow.return", "退回"),
        ("workflow.publish", "公开"),
        ("workflow.amend", "发起更正"),
        ("workflow.recordpublished", "登记历史公开"),
        ("organisation.add", "新增机构"),
        ("organisation.rename", "机构更名"),
        ("organisation.move", "调整机构上级"),
        ("organisation.disable", "停用机构"),
        ("organisation.enable", "启用机构"),
        ("organisation.describe", "修改机构信息"),
        ("user.create", "新增用户"),
        ("user.disable", "停用用户"),
        ("user.enable", "恢复用户"),
        ("user.role", "调整角色或所属机构"),
        ("user.password", "修改或重设密码"),
        ("user.signin", "登录"),
        ("user.signin-failed", "登录失败"),
        ("user.lockout", "账户锁定"),
        ("user.signout", "退出"),
        ("token.create", "创建接口令牌"),
        ("token.revoke", "撤销接口令牌"),
        ("token.revoke-all", "撤销全部接口令牌"),
        ("settings.save", "保存财政局设置"),
        ("catalog.load", "导入科目目录"),
        ("catalog.withdraw", "撤回科目目录"),
        ("template.load", "载入披露模板"),
        ("template.choose", "选用年度模板"),
    ];

    /// <summary>An action's name; one this list does not know is shown as recorded.</summary>
    public static string ActionName(string action) => Actions.FirstOrDefault(a => a.Action == action).Name ?? action;

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

/// <summary>审计记录查询 — which entries of the trail to show: by whom, at which organisation, which action, from when until when (exclusive), before which entry.</summary>
public sealed record AuditQuery(string? Actor = null, int? OrganisationId = null, string? Action = null, DateTimeOffset? Since = null, DateTimeOffset? Until = null, long? Before = null);

/// <summary>Where the audit chain breaks: the entry, its position, and why, in Chinese.</summary>
public sealed record AuditBreak(long EntryId, int Position, string Reason);
