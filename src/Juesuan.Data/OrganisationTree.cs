using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 机构树 — adds organisations where the tree allows them (departments under the bureau, units under a
/// department) and answers whether one organisation lies within another, for authorisation.
/// </summary>
public sealed class OrganisationTree(JuesuanDb db, TimeProvider clock)
{
    /// <summary>Adds an organisation; the Chinese reason it cannot be added, or the organisation.</summary>
    public async Task<(Organisation? Added, string? Error)> AddAsync(string code, string name, OrganisationKind kind, int? parentId, string actor,
        CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name)) return (null, "机构编码和名称不能为空");
        var parent = parentId is { } p ? await db.Organisations.FindAsync([p], cancellation) : null;
        var expectedParent = kind switch
        {
            OrganisationKind.Department => OrganisationKind.Bureau,
            OrganisationKind.Unit => OrganisationKind.Department,
            _ => (OrganisationKind?)null,
        };
        if (expectedParent is null && parentId is not null) return (null, "财政局是机构树的根，不能有上级");
        if (expectedParent is not null && parent?.Kind != expectedParent)
            return (null, kind == OrganisationKind.Department ? "部门的上级应为财政局" : "单位的上级应为部门");
        if (kind == OrganisationKind.Bureau && await db.Organisations.AnyAsync(o => o.Kind == OrganisationKind.Bureau, cancellation))
            return (null, "已有财政局：一个服务器只有一个财政局");
        if (await db.Organisations.AnyAsync(o => o.Code == code, cancellation)) return (null, $"机构编码“{code}”已被使用");
        var organisation = new Organisation { Code = code.Trim(), Name = name.Trim(), Kind = kind, ParentId = parentId };
        db.Organisations.Add(organisation);
        // The organisation and its audit entry are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.SaveChangesAsync(cancellation);
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "organisation.add",
            System.Text.Json.JsonSerializer.Serialize(new { organisation.Code, organisation.Name, Kind = kind.ToString(), ParentId = parentId }), organisation.Id);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return (organisation, null);
    }

    /// <summary>Whether <paramref name="organisationId"/> is <paramref name="ancestorId"/> or lies beneath it.</summary>
    public async Task<bool> IsWithinAsync(int organisationId, int ancestorId, CancellationToken cancellation = default)
    {
        int? current = organisationId;
        for (var depth = 0; current is { } id && depth < 4; depth++)
        {
            if (id == ancestorId) return true;
            current = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).FirstOrDefaultAsync(cancellation);
        }
        return false;
    }

    /// <summary>The units at or beneath an organisation.</summary>
    public async Task<List<Organisation>> UnitsWithinAsync(int organisationId, CancellationToken cancellation = default)
    {
        var all = await db.Organisations.AsNoTracking().ToListAsync(cancellation);
        var children = all.ToLookup(o => o.ParentId);
        var found = new List<Organisation>();
        void Walk(int id)
        {
            foreach (var child in children[id]) { if (child.Kind == OrganisationKind.Unit) found.Add(child); Walk(child.Id); }
        }
        if (all.FirstOrDefault(o => o.Id == organisationId) is { } start)
        {
            if (start.Kind == OrganisationKind.Unit) found.Add(start);
            Walk(start.Id);
        }
        return found.OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
    }
}
