using System.Text.Json;
using Juesuan.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Admin;

/// <summary>
/// 审计记录 — the audit trail as an administrator reads it: newest first, filtered by person, organisation,
/// action and dates, fifty to a page, people and organisations by name, with the state of the chain.
/// </summary>
public sealed class TrailModel(JuesuanDb db, OrganisationTree tree, TrailAnchors anchors) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>Everyone who can appear in the trail, by sign-in name, with their names.</summary>
    public IReadOnlyList<(string UserName, string Name)> People { get; private set; } = [];

    public string ChainState { get; private set; } = "";

    public bool ChainHolds { get; private set; }

    public string? Actor { get; private set; }

    public int? OrganisationId { get; private set; }

    public string? Action { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    /// <summary>The entry the next page starts before; null on the last page.</summary>
    public long? Next { get; private set; }

    public async Task OnGetAsync(string? actor, int? organisation, string? action, DateOnly? from, DateOnly? to, long? before)
    {
        (Actor, OrganisationId, Action, From, To) = (actor, organisation, action, from, to);
        var cancellation = HttpContext.RequestAborted;
        var broken = await AuditTrail.VerifyAsync(db, anchors, cancellation);
        ChainHolds = broken is null;
        ChainState = broken is null ? $"审计链完整：共 {await AuditTrail.CountAsync(db, cancellation)} 条记录，逐条核对哈希无误。" : "审计链异常：" + broken.Reason;
        Organisations = await tree.AllAsync(cancellation);
        var people = await db.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellation);
        People = [.. people.Select(p => (p.UserName, p.DisplayName)), (SampleLoader.Actor, SampleLoader.ActorName)];
        var page = await AuditTrail.PageAsync(db, new AuditQuery(actor, organisation, action, Start(from), Start(to?.AddDays(1)), before), PageSize + 1, cancellation);
        Entries = page.Take(PageSize).ToList();
        Next = page.Count > PageSize ? Entries[^1].Id : null;
    }

    /// <summary>The start of a day on this server's clock, as the trail keeps times.</summary>
    private static DateTimeOffset? Start(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local)) : null;

    public string Person(string userName) => People.FirstOrDefault(p => p.UserName == userName).Name ?? userName;

    public string OrganisationName(int? id) => id is null ? "" : Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? "";

    /// <summary>What an entry's details say, in a few words: how many values a save changed, a comment or reason, the client's address.</summary>
    public static string Summary(AuditEntry entry)
    {
        try
        {
            using var detail = JsonDocument.Parse(entry.Detail);
            var root = detail.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "";
            var parts = new List<string>();
            if (root.TryGetProperty("changes", out var changes) && changes.ValueKind == JsonValueKind.Array) parts.Add($"改动 {changes.GetArrayLength()} 处");
            foreach (var (name, label) in new[] { ("displayName", "用户"), ("comment", "意见"), ("reason", "原因"), ("note", "说明"), ("client", "来自") })
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                    parts.Add($"{label}：{text}");
            return string.Join("；", parts);
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
