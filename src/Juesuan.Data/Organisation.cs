namespace Juesuan.Data;

/// <summary>机构层级 — where an organisation stands in the tree.</summary>
public enum OrganisationKind
{
    /// <summary>财政局 — the root: the finance bureau that runs the server.</summary>
    Bureau,

    /// <summary>部门 — a department under the bureau.</summary>
    Department,

    /// <summary>
    /// 单位 — a budget unit under a department (a department's own level is a unit too: 部门本级), or a
    /// second-level unit (二级单位) under a unit.
    /// </summary>
    Unit,
}

/// <summary>机构 — a node of the organisation tree: the finance bureau, a department, or a unit.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    /// <summary>机构编码, unique on the server.</summary>
    public required string Code { get; set; }

    /// <summary>机构全称.</summary>
    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    public int? ParentId { get; set; }

    /// <summary>
    /// 机构路径 — the ids from the root down to this organisation, "/1/4/9/": everything beneath an
    /// organisation is what its path starts with, at any depth, in memory and in a query alike.
    /// </summary>
    public string Path { get; set; } = "";

    public Organisation? Parent { get; set; }

    public List<Organisation> Children { get; set; } = [];
}
