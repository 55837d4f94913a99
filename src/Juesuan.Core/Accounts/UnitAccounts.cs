using Juesuan.Amounts;

namespace Juesuan.Accounts;

/// <summary>
/// 单位决算 — one unit's (or, consolidated, one department's) final accounts for one fiscal year:
/// everything the nine tables and the narrative are computed from. Lines are the leaves; every total
/// is derived (<see cref="AccountsFigures"/>), so the tables add up by construction.
/// </summary>
public sealed record UnitAccounts
{
    public required int FiscalYear { get; init; }
    public required UnitProfile Unit { get; init; }

    /// <summary>本年收入, by function 项 and source.</summary>
    public IReadOnlyList<IncomeLine> Income { get; init; } = [];

    /// <summary>本年支出, by function 项, kind and funding.</summary>
    public IReadOnlyList<ExpenditureLine> Expenditure { get; init; } = [];

    /// <summary>基本支出 by economic 款 (T6 uses the 一般公共预算 lines).</summary>
    public IReadOnlyList<EconomicLine> BasicByEconomic { get; init; } = [];

    /// <summary>项目支出 by economic 款, where the layout asks for it; empty when not stated.</summary>
    public IReadOnlyList<EconomicLine> ProjectByEconomic { get; init; } = [];

    /// <summary>年初结转和结余, by funding (and function 项 where known; required for 政府性基金).</summary>
    public IReadOnlyList<BalanceLine> OpeningBalances { get; init; } = [];

    /// <summary>年末结转和结余, as <see cref="OpeningBalances"/>.</summary>
    public IReadOnlyList<BalanceLine> ClosingBalances { get; init; } = [];

    /// <summary>使用非财政拨款结余（含专用结余）.</summary>
    public Amount UseOfNonFiscalSurplus { get; init; }

    /// <summary>结余分配.</summary>
    public Amount SurplusDistribution { get; init; }

    /// <summary>一般公共预算财政拨款 year-start and adjusted budget per function 项.</summary>
    public IReadOnlyList<BudgetLine> Budgets { get; init; } = [];

    public ThreePublicExpenses ThreePublic { get; init; } = ThreePublicExpenses.None;

    /// <summary>机关运行经费; null for a unit type that has none.</summary>
    public Amount? OperatingCosts { get; init; }

    public Procurement Procurement { get; init; } = Procurement.None;

    /// <summary>政府购买服务支出; null when not stated.</summary>
    public Amount? PurchasedServices { get; init; }

    /// <summary>节庆、晚会、论坛、展会支出 (一般性支出 besides 会议费 and 培训费, which the economic lines give); null when not stated.</summary>
    public Amount? Festivals { get; init; }

    public AssetHoldings Assets { get; init; } = AssetHoldings.None;

    /// <summary>其他需说明的事项, in the unit's words.</summary>
    public string? OtherNotes { get; init; }

    /// <summary>联系方式 (联系人、电话), as the unit gives it.</summary>
    public string? Contact { get; init; }

    public IReadOnlyList<Project> Projects { get; init; } = [];

    public PerformanceNotes Performance { get; init; } = PerformanceNotes.None;

    /// <summary>预算绩效管理情况 in figures, where the layout states them.</summary>
    public PerformanceManagement PerformanceManagement { get; init; } = PerformanceManagement.None;

    /// <summary>The previous year's figures the narrative compares with; any may be missing.</summary>
    public PriorYearFigures PriorYear { get; init; } = PriorYearFigures.None;

    /// <summary>
    /// 目录外科目名称 — codes the year's catalogue edition lacks (a bureau's new 项, a code of a later
    /// edition), with the names the unit gives them; the disclosure uses these names and a check warns.
    /// </summary>
    public IReadOnlyDictionary<string, string> CodeNames { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// 科目说明 — the unit's own explanations of codes for 名词解释, ahead of the catalogue's; a code named in
    /// <see cref="CodeNames"/> has no catalogue explanation, so the disclosure asks for one here.
    /// </summary>
    public IReadOnlyDictionary<string, string> CodeExplanations { get; init; } = new Dictionary<string, string>();

    /// <summary>原因 — the stated reasons, keyed by the figure they explain (see <see cref="ReasonKeys"/>).</summary>
    public IReadOnlyDictionary<string, string> Reasons { get; init; } = new Dictionary<string, string>();

    /// <summary>公开时间 — when the finance department approved the accounts and when they were published.</summary>
    public Publication Publication { get; init; } = Publication.None;

    /// <summary>For a department, the units consolidated into it (its own level first); empty for a unit.</summary>
    public IReadOnlyList<UnitProfile> Members { get; init; } = [];

    public string? Reason(string key) => Reasons.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}

/// <summary>单位基本情况 — the unit's profile, as 第一部分 概况 states it.</summary>
/// <param name="Code">单位编码.</param>
/// <param name="Name">单位全称, e.g. 大同市科学技术协会.</param>
/// <param name="ShortName">简称 used in running text, e.g. 市科协.</param>
/// <param name="Functions">主要职能 (free text, paragraphs separated by blank lines).</param>
/// <param name="Structure">机构设置.</param>
/// <param name="Staff">人员情况, where stated.</param>
/// <param name="Funding">经费保障方式, where stated.</param>
/// <param name="Level">预算级次, where stated.</param>
/// <param name="Disclosure">公开主体 (部门决算 or 单位决算), where stated.</param>
public sealed record UnitProfile(
    string Code,
    string Name,
    string? ShortName,
    UnitType Type,
    string Functions,
    string Structure,
    StaffNumbers? Staff = null,
    FundingMode? Funding = null,
    BudgetLevel? Level = null,
    DisclosureKind? Disclosure = null);

/// <summary>人员情况 — staffing at year end.</summary>
/// <param name="Authorized">编制人数.</param>
/// <param name="Actual">实有在职人数.</param>
/// <param name="Retired">离退休人数.</param>
public sealed record StaffNumbers(int? Authorized, int? Actual, int? Retired);

/// <summary>收入明细 — income of one source under one function 项.</summary>
public sealed record IncomeLine(string Code, IncomeSource Source, Amount Amount);

/// <summary>支出明细 — expenditure under one function 项, of one kind, from one funding.</summary>
public sealed record ExpenditureLine(string Code, ExpenditureKind Kind, Funding Funding, Amount Amount);

/// <summary>基本支出经济分类明细 — basic expenditure under one economic 款, from one funding.</summary>
public sealed record EconomicLine(string Code, Funding Funding, Amount Amount);

/// <summary>结转和结余 — a balance at the start or end of the year, by funding and, where known, function 项.</summary>
public sealed record BalanceLine(Funding Funding, string? Code, Amount Amount);

/// <summary>预算数 — the 一般公共预算财政拨款 budget of one function 项: 年初预算 and, where it was adjusted, 调整预算.</summary>
public sealed record BudgetLine(string Code, Amount YearStart, Amount? Adjusted);

/// <summary>“三公”经费 items: 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费.</summary>
public sealed record ThreePublicItems(Amount Abroad, Amount VehiclePurchase, Amount VehicleOperation, Amount Reception)
{
    public static readonly ThreePublicItems Zero = new(Amount.Zero, Amount.Zero, Amount.Zero, Amount.Zero);

    /// <summary>公务用车购置及运行费.</summary>
    public Amount Vehicles => VehiclePurchase + VehicleOperation;

    /// <summary>合计.</summary>
    public Amount Total => Abroad + Vehicles + Reception;

    public static ThreePublicItems operator +(ThreePublicItems a, ThreePublicItems b) => new(
        a.Abroad + b.Abroad, a.VehiclePurchase + b.VehiclePurchase, a.VehicleOperation + b.VehicleOperation, a.Reception + b.Reception);
}

/// <summary>
/// 一般公共预算财政拨款“三公”经费 — budget and actual per item, and the counts the disclosure must state.
/// </summary>
public sealed record ThreePublicExpenses(
    ThreePublicItems Budget,
    ThreePublicItems Actual,
    int AbroadDelegations,
    int AbroadPersons,
    int VehiclesPurchased,
    int VehiclesHeld,
    int ReceptionBatches,
    int ReceptionPersons,
    int ForeignReceptionBatches = 0,
    int ForeignReceptionPersons = 0)
{
    public static readonly ThreePublicExpenses None = new(ThreePublicItems.Zero, ThreePublicItems.Zero, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// 政府采购 — contracts signed in the year, by type, and those awarded to SMEs; where the layout asks for it, the
/// budgets of projects reserved for SMEs and for small and micro enterprises, and what SMEs won in reserved and
/// in other projects (the optional amounts are null when not stated).
/// </summary>
/// <param name="AwardedToSmes">授予中小企业合同金额.</param>
/// <param name="AwardedToSmallMicro">其中授予小微企业合同金额.</param>
public sealed record Procurement(Amount Goods, Amount Works, Amount Services, Amount? AwardedToSmes, Amount? AwardedToSmallMicro)
{
    public static readonly Procurement None = new(Amount.Zero, Amount.Zero, Amount.Zero, Amount.Zero, Amount.Zero);

    /// <summary>政府采购支出总额.</summary>
    public Amount Total => Goods + Works + Services;

    /// <summary>面向中小企业预留政府采购项目预算金额.</summary>
    public Amount? ReservedForSmes { get; init; }

    /// <summary>面向小微企业预留政府采购项目预算金额 (part of the SME reservation).</summary>
    public Amount? ReservedForSmallMicro { get; init; }

    /// <summary>面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额.</summary>
    public Amount? ReservedAwardedToSmes { get; init; }

    /// <summary>面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额.</summary>
    public Amount? ReservedAwardedToSmallMicro { get; init; }

    /// <summary>其他政府采购项目中，由中小企业供应商中标或成交的采购金额.</summary>
    public Amount? OtherAwardedToSmes { get; init; }
}

/// <summary>公开时间 — 批复日期 (approval by the same-level finance department), 公开日期, and the reason for publishing late.</summary>
public sealed record Publication(DateOnly? ApprovalDate, DateOnly? PublishedDate, string? LateReason)
{
    public static readonly Publication None = new(null, null, null);
}

/// <summary>国有资产占用 — vehicles held at 31 December by category, large equipment, and where the layout asks for them the assets' values.</summary>
/// <param name="GeneralEquipment">单价在阈值以上的通用设备台（套）数 (threshold in the template, 50万元 by default).</param>
/// <param name="SpecialEquipment">单价在阈值以上的专用设备台（套）数 (100万元 by default).</param>
/// <param name="Note">补充说明.</param>
public sealed record AssetHoldings(IReadOnlyList<VehicleHolding> Vehicles, int GeneralEquipment, int SpecialEquipment, string? Note)
{
    public static readonly AssetHoldings None = new([], 0, 0, null);

    public int VehicleCount => Vehicles.Sum(v => v.Count);

    /// <summary>资产总额 at year end; null when not stated (as every value below).</summary>
    public Amount? Total { get; init; }

    /// <summary>流动资产.</summary>
    public Amount? Current { get; init; }

    /// <summary>固定资产.</summary>
    public Amount? Fixed { get; init; }

    /// <summary>其中房屋（价值）, part of 固定资产.</summary>
    public Amount? Buildings { get; init; }

    /// <summary>房屋面积 (平方米).</summary>
    public decimal? BuildingArea { get; init; }

    /// <summary>无形资产.</summary>
    public Amount? Intangible { get; init; }
}

/// <summary>车辆数 — vehicles of one category held at year end.</summary>
public sealed record VehicleHolding(VehicleCategory Category, int Count);

/// <summary>项目 — a project with its budget and execution (the subject of 绩效自评).</summary>
/// <param name="Id">A stable key within the unit's accounts.</param>
/// <param name="Code">The function 项 its expenditure is booked under.</param>
/// <param name="YearStartBudget">年初预算数.</param>
/// <param name="FullYearBudget">全年预算数.</param>
/// <param name="Executed">全年执行数.</param>
/// <param name="SelfEvaluated">是否开展绩效自评.</param>
/// <param name="Description">项目概况.</param>
public sealed record Project(
    string Id,
    string Name,
    string Code,
    Funding Funding,
    Amount YearStartBudget,
    Amount FullYearBudget,
    Amount Executed,
    bool SelfEvaluated,
    string? Description);

/// <summary>预算绩效情况 — the unit's own account of its performance management, as free text.</summary>
/// <param name="Summary">绩效管理工作开展情况.</param>
/// <param name="Problems">发现的主要问题及原因.</param>
/// <param name="Improvements">下一步改进措施.</param>
public sealed record PerformanceNotes(string? Summary, string? Problems, string? Improvements)
{
    public static readonly PerformanceNotes None = new(null, null, null);
}

/// <summary>
/// 预算绩效管理情况 — the year's performance management in figures, as layouts such as Shanghai's state them: the
/// projects (and their budget) with 绩效目标, followed in the year (绩效跟踪/监控) and self-evaluated, the self-evaluations'
/// average score and grades, the problems they found and how many are rectified; and the bureau's rules and working
/// arrangements in words. Every figure is null until stated.
/// </summary>
public sealed record PerformanceManagement
{
    public static readonly PerformanceManagement None = new();

    /// <summary>预算绩效管理制度 (their names).</summary>
    public string? Rules { get; init; }

    /// <summary>预算绩效管理工作机制.</summary>
    public string? Mechanism { get; init; }

    /// <summary>编报绩效目标的项目数.</summary>
    public int? TargetProjects { get; init; }

    /// <summary>编报绩效目标的项目涉及的预算金额.</summary>
    public Amount? TargetBudget { get; init; }

    /// <summary>绩效跟踪（运行监控）的项目数.</summary>
    public int? MonitoredProjects { get; init; }

    public Amount? MonitoredBudget { get; init; }

    /// <summary>绩效自评的项目数.</summary>
    public int? EvaluatedProjects { get; init; }

    public Amount? EvaluatedBudget { get; init; }

    /// <summary>绩效自评平均得分 (0–100).</summary>
    public decimal? AverageScore { get; init; }

    /// <summary>绩效评级为“优”的项目数.</summary>
    public int? Excellent { get; init; }

    /// <summary>评级为“良”的.</summary>
    public int? Good { get; init; }

    /// <summary>评级为“合格”的.</summary>
    public int? Pass { get; init; }

    /// <summary>评级为“不合格”的.</summary>
    public int? Fail { get; init; }

    /// <summary>绩效自评中发现的问题数.</summary>
    public int? ProblemsFound { get; init; }

    /// <summary>已经完成整改的.</summary>
    public int? ProblemsRectified { get; init; }

    /// <summary>正在整改的.</summary>
    public int? ProblemsRectifying { get; init; }

    /// <summary>Whether anything of it is stated.</summary>
    public bool IsStated => this != None;
}
