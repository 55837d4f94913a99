using Juesuan.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 机构树 — adds, renames, moves, disables and describes organisations where the tree allows them
/// (departments under the bureau, units under a department or a unit), each change audited.
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
        if (parent?.DisabledAt is not null) return (null, $"上级“{parent.Name}”已停用，不能在其下新增机构");
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
        if (parent.DisabledAt is not null) return $"“{parent.Name}”已停用，不能移到其下";
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

    /// <summary>
    /// 停用 or 启用 an organisation with everything under it: once disabled, its people cannot sign in (their
    /// tokens stop working too) and nothing of it is saved or moved through the workflow; its publications stay
    /// public. The bureau cannot be disabled. The Chinese reason it cannot be done, or null.
    /// </summary>
    public async Task<string?> SetDisabledAsync(int id, bool disabled, string actor, CancellationToken cancellation = default)
    {
        var organisation = await db.Organisations.FindAsync([id], cancellation);
        if (organisation is null) return "没有这个机构";
        if (organisation.Kind == OrganisationKind.Bureau) return "财政局是机构树的根，不能停用";
        if (!disabled && organisation.ParentId is { } p && (await db.Organisations.FindAsync([p], cancellation))?.DisabledAt is not null)
            return "其上级已停用：须先启用上级";
        var now = clock.GetUtcNow();
        var subtree = await db.Organisations.Where(o => o.Path.StartsWith(organisation.Path)).ToListAsync(cancellation);
        foreach (var o in subtree) o.DisabledAt = disabled ? o.DisabledAt ?? now : null;
        AuditTrail.Record(db, now, actor, disabled ? "organisation.disable" : "organisation.enable",
            System.Text.Json.JsonSerializer.Serialize(new { organisation.Code, organisation.Name, organisations = subtree.Count }, JsonChanges.Options), id);
        await db.SaveChangesAsync(cancellation);
        return null;
    }

    /// <summary>
    /// Records an organisation's 统一社会信用代码, 预算级次 and 单位类型 (each may be left empty). The Chinese reason
    /// they cannot be recorded, or null.
    /// </summary>
    public async Task<string?> DescribeAsync(int id, string? creditCode, BudgetLevel? level, UnitType? type, string actor, CancellationToken cancellation = default)
    {
        var organisation = await db.Organisations.FindAsync([id], cancellation);
        if (organisation is null) return "没有这个机构";
        creditCode = string.IsNullOrWhiteSpace(creditCode) ? null : creditCode.Trim().ToUpperInvariant();
        if (creditCode is not null)
        {
            if (CreditCodes.Problem(creditCode) is { } problem) return problem;
            if (await db.Organisations.AnyAsync(o => o.Id != id && o.CreditCode == creditCode, cancellation))
                return $"统一社会信用代码“{creditCode}”已用于另一机构";
        }
        var before = new { organisation.CreditCode, organisation.BudgetLevel, organisation.UnitType };
        if (before.CreditCode == creditCode && before.BudgetLevel == level && before.UnitType == type) return null;
        (organisation.CreditCode, organisation.BudgetLevel, organisation.UnitType) = (creditCode, level, type);
        AuditTrail.Record(db, clock.GetUtcNow(), actor, "organisation.describe",
            System.Text.Json.JsonSerializer.Serialize(new
            {
                organisation.Code,
                before = new { before.CreditCode, level = before.BudgetLevel?.Name(), type = before.UnitType?.Name() },
                after = new { creditCode, level = level?.Name(), type = type?.Name() },
            }, JsonChanges.Options), id);
        await db.SaveChangesAsync(cancellation);
        return null;
    }
}

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters of 0–9 and the capitals other than I, O, S, V and Z, the last
/// one a check character computed from the 17 before it.
/// </summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Why a code is not a 统一社会信用代码, in Chinese; null when it is one.</summary>
    public static string? Problem(string code)
    {
        if (code.Length != 18) return $"统一社会信用代码应为18位，实际为{code.Length}位";
        var bad = code.FirstOrDefault(c => !Alphabet.Contains(c));
        if (bad != default) return $"统一社会信用代码只能由数字和除 I、O、S、V、Z 以外的大写字母组成，其中有“{bad}”";
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(code[i]) * Weights[i];
        var check = Alphabet[(31 - sum % 31) % 31];
        return code[17] == check ? null : $"统一社会信用代码“{code}”的校验位应为“{check}”，实际为“{code[17]}”：请核对是否抄错";
    }
}
