using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 机构树 — adds organisations where the tree allows them (departments under the bureau, units under a
/// department) and answers whether one organisation lies within another, for authorisation.
/// </summary>
public sealed class OrganisationTree(JuesuanDb db, TimeProvider clock)
{
    /// <summary>The finance bureau at the root; null before the first one is added.</summary>
    public Task<Organisation?> BureauAsync(CancellationToken cancellation = default) =>
        db.Organisations.FirstOrDefaultAsync(o => o.Kind == OrganisationKind.Bureau, cancellation);

    /// <summary>Every organisation, by code.</summary>
    public Task<List<Organisation>> AllAsync(CancellationToken cancellation = default) =>
        db.Organisations.AsNoTracking().OrderBy(o => o.Code).ToListAsync(cancellation);

    /// <summary>The id of the organisation with this code; null when there is none.</summary>
    public Task<int?> IdOfAsync(string code, CancellationToken cancellation = default) =>
        db.Organisations.Where(o => o.Code == code).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellation);

    /// <summary>
    /// Why a code cannot be an organisation's, or null. Codes stand in addresses and file names, so they are letters,
    /// digits and - _ . only, starting with a letter or digit, at most 40 (a 统一社会信用代码 has 18; "140200-KX").
    /// </summary>
    public static string? CodeProblem(string code) =>
        code.Length > 40 ? $"机构编码最多40个字符，实际为{code.Length}个"
        : !char.IsAsciiLetterOrDigit(code[0]) || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? $"机构编码只能由字母、数字和 - _ . 组成，并以字母或数字开头，实际为“{code}”"
            : null;

    /// <summary>Adds an organisation; the Chinese reason it cannot be added, or the organisation.</summary>
    public async Task<(Organisation? Added, string? Error)> AddAsync(string code, string name, OrganisationKind kind, int? parentId, string actor,
        CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name)) return (null, "机构编码和名称不能为空");
        code = code.Trim();
        if (CodeProblem(code) is { } problem) return (null, problem);
        if (name.Trim().Length > 100) return (null, $"机构名称最多100个字，实际为{name.Trim().Length}个字");
        var parent = parentId is { } p ? await db.Organisations.FindAsync([p], cancellation) : null;
        if (ParentProblem(kind, parentId, parent) is { } misplaced) return (null, misplaced);
        if (kind == OrganisationKind.Bureau && await db.Organisations.AnyAsync(o => o.Kind == OrganisationKind.Bureau, cancellation))
            return (null, "已有财政局：一个服务器只有一个财政局");
        if (await db.Organisations.AnyAsync(o => o.Code == code, cancellation)) return (null, $"机构编码“{code}”已被使用");
        var organisation = new Organisation { Code = code, Name = name.Trim(), Kind = kind, ParentId = parentId };
        db.Organisations.Add(organisation);
        // The organisation and its audit entry are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.SaveChangesAsync(cancellation);
        organisation.Path = $"{parent?.Path ?? "/"}{organisation.Id}/";
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "organisation.add",
            System.Text.Json.JsonSerializer.Serialize(new { organisation.Code, organisation.Name, Kind = kind.ToString(), ParentId = parentId }), organisation.Id);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        return (organisation, null);
    }

    /// <summary>Why an organisation of this kind cannot stand under this parent (departments under the bureau, units under a department or a unit), or null.</summary>
    private static string? ParentProblem(OrganisationKind kind, int? parentId, Organisation? parent)
    {
        OrganisationKind[] parents = kind switch
        {
            OrganisationKind.Department => [OrganisationKind.Bureau],
            OrganisationKind.Unit => [OrganisationKind.Department, OrganisationKind.Unit],
            _ => [],
        };
        if (parents.Length == 0 && parentId is not null) return "财政局是机构树的根，不能有上级";
        if (parents.Length > 0 && (parent is null || !parents.Contains(parent.Kind)))
            return kind == OrganisationKind.Department ? "部门的上级应为财政局" : "单位的上级应为部门或单位（二级单位）";
        return null;
    }

    /// <summary>Renames an organisation (its code stays, as addresses and files name it); the Chinese reason it cannot be done, or null.</summary>
    public async Task<string?> RenameAsync(int id, string name, string actor, CancellationToken cancellation = default)
    {
        name = name.Trim();
        if (name.Length == 0) return "机构名称不能为空";
        if (name.Length > 100) return $"机构名称最多100个字，实际为{name.Length}个字";
        var organisation = await db.Organisations.FindAsync([id], cancellation);
        if (organisation is null) return "没有这个机构";
        if (organisation.Name == name) return null;
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "organisation.rename",
            System.Text.Json.JsonSerializer.Serialize(new { organisation.Code, before = organisation.Name, after = name }, JsonChanges.Options), id);
        organisation.Name = name;
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    /// <summary>
    /// Moves an organisation, with everything under it, to another parent (a unit to another department, a
    /// second-level unit to another unit): the reach of every reviewer follows at once. The Chinese reason it
    /// cannot be done, or null.
    /// </summary>
    public async Task<string?> MoveAsync(int id, int parentId, string actor, CancellationToken cancellation = default)
    {
        var organisation = await db.Organisations.FindAsync([id], cancellation);
        if (organisation is null) return "没有这个机构";
        var parent = await db.Organisations.FindAsync([parentId], cancellation);
        if (ParentProblem(organisation.Kind, parentId, parent) is { } misplaced) return misplaced;
        if (parent!.Path.StartsWith(organisation.Path, StringComparison.Ordinal)) return "不能移到自己或自己的下级之下";
        if (organisation.ParentId == parentId) return null;
        var before = organisation.Path;
        var after = $"{parent.Path}{organisation.Id}/";
        var moved = await db.Organisations.Where(o => o.Path.StartsWith(before)).ToListAsync(cancellation);
        foreach (var o in moved) o.Path = after + o.Path[before.Length..];
        var oldParent = organisation.ParentId is { } p ? (await db.Organisations.FindAsync([p], cancellation))?.Name : null;
        organisation.ParentId = parentId;
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "organisation.move",
            System.Text.Json.JsonSerializer.Serialize(new { organisation.Code, organisation.Name, before = oldParent, after = parent.Name, moved = moved.Count }, JsonChanges.Options), id);
        await db.SaveChangesAsync(cancellation);
        return null;
    }
}
