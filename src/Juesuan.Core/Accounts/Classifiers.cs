namespace Juesuan.Accounts;

/// <summary>单位类型 — decides, among other things, whether 机关运行经费 applies.</summary>
public enum UnitType
{
    /// <summary>行政单位.</summary>
    Administrative,

    /// <summary>参照公务员法管理的事业单位（参公单位）.</summary>
    CivilServantManaged,

    /// <summary>事业单位 (its 分类 not stated).</summary>
    PublicInstitution,

    /// <summary>公益一类事业单位.</summary>
    PublicWelfareFirst,

    /// <summary>公益二类事业单位.</summary>
    PublicWelfareSecond,

    /// <summary>经营类事业单位（公益三类、生产经营类）.</summary>
    BusinessLike,

    /// <summary>其他单位 (群团组织等不属于以上的单位).</summary>
    Other,
}

/// <summary>经费保障方式 — how the budget pays for the unit.</summary>
public enum FundingMode
{
    /// <summary>全额拨款.</summary>
    Full,

    /// <summary>差额拨款.</summary>
    Partial,

    /// <summary>自收自支.</summary>
    SelfFunded,
}

/// <summary>预算级次 — where the unit stands in the budget's chain.</summary>
public enum BudgetLevel
{
    /// <summary>一级预算单位 (a department's own budget: 主管部门).</summary>
    First,

    /// <summary>二级预算单位.</summary>
    Second,

    /// <summary>基层预算单位.</summary>
    Basic,
}

/// <summary>公开主体 — whether the disclosure is a 部门决算 (a department's, its units consolidated) or a 单位决算.</summary>
public enum DisclosureKind
{
    /// <summary>部门决算.</summary>
    Department,

    /// <summary>单位决算.</summary>
    Unit,
}

/// <summary>收入来源 — the eight income lines of 公开01表.</summary>
public enum IncomeSource
{
    /// <summary>一般公共预算财政拨款收入.</summary>
    GeneralBudget,

    /// <summary>政府性基金预算财政拨款收入.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款收入.</summary>
    StateCapital,

    /// <summary>上级补助收入.</summary>
    SuperiorSubsidy,

    /// <summary>事业收入.</summary>
    PublicService,

    /// <summary>经营收入.</summary>
    Operating,

    /// <summary>附属单位上缴收入.</summary>
    SubordinateRemittance,

    /// <summary>其他收入.</summary>
    Other,
}

/// <summary>资金性质 — the budget a sum of money belongs to: one of the three fiscal appropriations, or non-fiscal funds.</summary>
public enum Funding
{
    /// <summary>一般公共预算财政拨款.</summary>
    GeneralBudget,

    /// <summary>政府性基金预算财政拨款.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款.</summary>
    StateCapital,

    /// <summary>非财政拨款资金（上级补助、事业、经营、附属单位上缴、其他收入及其结转结余）.</summary>
    NonFiscal,
}

/// <summary>支出性质 — the five expenditure columns of 公开03表.</summary>
public enum ExpenditureKind
{
    /// <summary>基本支出.</summary>
    Basic,

    /// <summary>项目支出.</summary>
    Project,

    /// <summary>上缴上级支出.</summary>
    RemitToSuperior,

    /// <summary>经营支出.</summary>
    Operating,

    /// <summary>对附属单位补助支出.</summary>
    SubsidyToSubordinate,
}

/// <summary>公务用车类别 — categories of 《党政机关公务用车管理办法》 used in the 国有资产占用 section.</summary>
public enum VehicleCategory
{
    /// <summary>机要通信用车.</summary>
    Confidential,

    /// <summary>应急保障用车.</summary>
    Emergency,

    /// <summary>执法执勤用车.</summary>
    LawEnforcement,

    /// <summary>特种专业技术用车.</summary>
    SpecialTechnical,

    /// <summary>领导用车.</summary>
    Leadership,

    /// <summary>离退休干部服务用车.</summary>
    RetireeService,

    /// <summary>其他用车.</summary>
    Other,

    /// <summary>部级领导干部用车 (where a layout names 领导用车 by rank).</summary>
    MinisterialLeader,

    /// <summary>主要领导干部用车.</summary>
    PrincipalLeader,
}

/// <summary>The Chinese names of the classifiers, in one place.</summary>
public static class ClassifierNames
{
    public static string Name(this UnitType t) => t switch
    {
        UnitType.Administrative => "行政单位",
        UnitType.CivilServantManaged => "参照公务员法管理的事业单位",
        UnitType.PublicWelfareFirst => "公益一类事业单位",
        UnitType.PublicWelfareSecond => "公益二类事业单位",
        UnitType.BusinessLike => "经营类事业单位",
        UnitType.Other => "其他单位",
        _ => "事业单位",
    };

    public static string Name(this FundingMode m) => m switch
    {
        FundingMode.Full => "全额拨款",
        FundingMode.Partial => "差额拨款",
        _ => "自收自支",
    };

    public static string Name(this BudgetLevel l) => l switch
    {
        BudgetLevel.First => "一级预算单位",
        BudgetLevel.Second => "二级预算单位",
        _ => "基层预算单位",
    };

    public static string Name(this DisclosureKind k) => k == DisclosureKind.Department ? "部门决算" : "单位决算";

    public static string Name(this IncomeSource s) => s switch
    {
        IncomeSource.GeneralBudget => "一般公共预算财政拨款收入",
        IncomeSource.GovernmentFund => "政府性基金预算财政拨款收入",
        IncomeSource.StateCapital => "国有资本经营预算财政拨款收入",
        IncomeSource.SuperiorSubsidy => "上级补助收入",
        IncomeSource.PublicService => "事业收入",
        IncomeSource.Operating => "经营收入",
        IncomeSource.SubordinateRemittance => "附属单位上缴收入",
        _ => "其他收入",
    };

    public static string Name(this Funding f) => f switch
    {
        Funding.GeneralBudget => "一般公共预算财政拨款",
        Funding.GovernmentFund => "政府性基金预算财政拨款",
        Funding.StateCapital => "国有资本经营预算财政拨款",
        _ => "非财政拨款资金",
    };

    public static string Name(this ExpenditureKind k) => k switch
    {
        ExpenditureKind.Basic => "基本支出",
        ExpenditureKind.Project => "项目支出",
        ExpenditureKind.RemitToSuperior => "上缴上级支出",
        ExpenditureKind.Operating => "经营支出",
        _ => "对附属单位补助支出",
    };

    /// <summary>The figure as the narrative names it, without 上年.</summary>
    public static string Name(this PriorYearItem i) => i switch
    {
        PriorYearItem.Total => "收入（支出）总计",
        PriorYearItem.CurrentYearIncome => "本年收入合计",
        PriorYearItem.CurrentYearExpenditure => "本年支出合计",
        PriorYearItem.FiscalTotal => "财政拨款收入支出总计",
        PriorYearItem.GeneralBudgetExpenditure => "一般公共预算财政拨款支出",
        PriorYearItem.ThreePublic => "“三公”经费",
        PriorYearItem.OperatingCosts => "机关运行经费",
        _ => "政府采购支出",
    };

    public static string Name(this VehicleCategory c) => c switch
    {
        VehicleCategory.Confidential => "机要通信用车",
        VehicleCategory.Emergency => "应急保障用车",
        VehicleCategory.LawEnforcement => "执法执勤用车",
        VehicleCategory.SpecialTechnical => "特种专业技术用车",
        VehicleCategory.Leadership => "领导用车",
        VehicleCategory.RetireeService => "离退休干部服务用车",
        VehicleCategory.MinisterialLeader => "部级领导干部用车",
        VehicleCategory.PrincipalLeader => "主要领导干部用车",
        _ => "其他用车",
    };

    /// <summary>The budget an income source belongs to; <see cref="Funding.NonFiscal"/> for non-fiscal income.</summary>
    public static Funding FundingOf(this IncomeSource s) => s switch
    {
        IncomeSource.GeneralBudget => Funding.GeneralBudget,
        IncomeSource.GovernmentFund => Funding.GovernmentFund,
        IncomeSource.StateCapital => Funding.StateCapital,
        _ => Funding.NonFiscal,
    };

    public static bool IsFiscal(this Funding f) => f != Funding.NonFiscal;

    /// <summary>机关运行经费 is disclosed by 行政 and 参公 units only.</summary>
    public static bool HasOperatingCosts(this UnitType t) => t is UnitType.Administrative or UnitType.CivilServantManaged;

    public static readonly Funding[] FiscalFundings = [Funding.GeneralBudget, Funding.GovernmentFund, Funding.StateCapital];
}
