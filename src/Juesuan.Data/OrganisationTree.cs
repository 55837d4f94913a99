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

    /// <summary>Adds an organisation; the Chinese reason it cannot be added, or the organisation.</summary>
    /// <summary>
    /// Why a code cannot be an organisation's, or null. Codes stand in addresses and file names, so they are letters,
    /// digits and - _ . only, starting with a letter or digit, at most 40 (a 统一社会信用代码 has 18; "140200-KX").
    /// </summary>
    public static string? CodeProblem(string code) =>
        code.Length > 40 ? $"机构编码最多40个字符，实际为{code.Length}个"
        : !char.IsAsciiLetterOrDigit(code[0]) || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? $"机构编码只能由字母、数字和 - _ . 组成，并以字母或数字开头，实际为“{code}”"
            : null;

    public async Task<(Organisation? Added, string? Error)> AddAsync(string code, string name, OrganisationKind kind, int? parentId, string actor,
        CancellationToken cancellation = default)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name)) return (null, "机构编码和名称不能为空");
        code = code.Trim();
        if (CodeProblem(code) is { } problem) return (null, problem);
        if (name.Trim().Length > 100) return (null, $"机构名称最多100个字，实际为{name.Trim().Length}个字");
        var parent = parentId is { } p ? await db.Organisations.FindAsync([p], cancellation) : null;
        OrganisationKind[] parents = kind switch
        {
            OrganisationKind.Department => [OrganisationKind.Bureau],
            OrganisationKind.Unit => [OrganisationKind.Department, OrganisationKind.Unit],
            _ => [],
        };
        if (parents.Length == 0 && parentId is not null) return (null, "财政局是机构树的根，不能有上级");
        if (parents.Length > 0 && (parent is null || !parents.Contains(parent.Kind)))
            return (null, kind == OrganisationKind.Department ? "部门的上级应为财政局" : "单位的上级应为部门或单位（二级单位）");
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
}
