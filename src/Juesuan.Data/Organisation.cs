using Juesuan.Accounts;

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

    /// <summary>The ids of <see cref="Path"/>, from the root down to this organisation.</summary>
    public IReadOnlyList<int> PathIds => [.. Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

    /// <summary>
    /// 停用时间 — when the organisation was disabled (abolished or merged), with everything under it; null while in
    /// use. Its publications stay public; nobody of it signs in, and nothing of it is saved or moved through the workflow.
    /// </summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>统一社会信用代码 (18 characters, GB 32100-2015); null when not recorded.</summary>
    public string? CreditCode { get; set; }

    /// <summary>预算级次 of a unit or department, as the accounts name it; null when not recorded.</summary>
    public BudgetLevel? BudgetLevel { get; set; }

    /// <summary>单位类型 of a unit, as the accounts name it; null when not recorded.</summary>
    public UnitType? UnitType { get; set; }

    public Organisation? Parent { get; set; }

    /// <summary>
    /// A year's accounts holding only what the administrator recorded of the unit — its code, name, type and 预算级次 —
    /// for a year started blank or from tables that hold no profile; the type given, or recorded, or else 行政单位.
    /// </summary>
    public UnitAccounts BlankAccounts(int year, UnitType? type = null) => new()
    {
        FiscalYear = year,
        Unit = new UnitProfile(Code, Name, null, type ?? UnitType ?? Juesuan.Accounts.UnitType.Administrative, "", "", Level: BudgetLevel),
    };

    /// <summary>Why nothing of a disabled organisation is saved or moved through the workflow, in Chinese.</summary>
    public static string DisabledReason(Organisation organisation) =>
        $"“{organisation.Name}”已于{organisation.DisabledAt?.ToLocalTime():yyyy-MM-dd}停用：只能查看，不能填报、提交、审核或公开";

    public List<Organisation> Children { get; set; } = [];
}
