using Juesuan.Amounts;

namespace Juesuan.Accounts;

/// <summary>
/// 数据文件用语 — how the accounts file spells each classifier value ("generalBudget", "basic" …), in one
/// place for the reader, the writer and the workbook that maps them to Chinese labels.
/// </summary>
public static class AccountsVocabulary
{
    public static readonly IReadOnlyDictionary<string, UnitType> UnitTypes = new Dictionary<string, UnitType>
    {
        ["administrative"] = UnitType.Administrative,
        ["civilServantManaged"] = UnitType.CivilServantManaged,
        ["publicInstitution"] = UnitType.PublicInstitution,
        ["publicWelfareFirst"] = UnitType.PublicWelfareFirst,
        ["publicWelfareSecond"] = UnitType.PublicWelfareSecond,
        ["businessLike"] = UnitType.BusinessLike,
        ["other"] = UnitType.Other,
    };

    public static readonly IReadOnlyDictionary<string, FundingMode> FundingModes = new Dictionary<string, FundingMode>
    {
        ["full"] = FundingMode.Full,
        ["partial"] = FundingMode.Partial,
        ["selfFunded"] = FundingMode.SelfFunded,
    };

    public static readonly IReadOnlyDictionary<string, BudgetLevel> BudgetLevels = new Dictionary<string, BudgetLevel>
    {
        ["first"] = BudgetLevel.First,
        ["second"] = BudgetLevel.Second,
        ["basic"] = BudgetLevel.Basic,
    };

    public static readonly IReadOnlyDictionary<string, DisclosureKind> DisclosureKinds = new Dictionary<string, DisclosureKind>
    {
        ["department"] = DisclosureKind.Department,
        ["unit"] = DisclosureKind.Unit,
    };

    public static readonly IReadOnlyDictionary<string, IncomeSource> Sources =
        ReasonKeys.SourceKeys.ToDictionary(kv => kv.Value, kv => kv.Key);

    public static readonly IReadOnlyDictionary<string, Funding> Fundings = new Dictionary<string, Funding>
    {
        ["generalBudget"] = Funding.GeneralBudget,
        ["governmentFund"] = Funding.GovernmentFund,
        ["stateCapital"] = Funding.StateCapital,
        ["nonFiscal"] = Funding.NonFiscal,
    };

    public static readonly IReadOnlyDictionary<string, ExpenditureKind> Kinds = new Dictionary<string, ExpenditureKind>
    {
        ["basic"] = ExpenditureKind.Basic,
        ["project"] = ExpenditureKind.Project,
        ["remitToSuperior"] = ExpenditureKind.RemitToSuperior,
        ["operating"] = ExpenditureKind.Operating,
        ["subsidyToSubordinate"] = ExpenditureKind.SubsidyToSubordinate,
    };

    public static readonly IReadOnlyDictionary<string, PriorYearItem> PriorYearItems = new Dictionary<string, PriorYearItem>
    {
        ["total"] = PriorYearItem.Total,
        ["currentYearIncome"] = PriorYearItem.CurrentYearIncome,
        ["currentYearExpenditure"] = PriorYearItem.CurrentYearExpenditure,
        ["fiscalTotal"] = PriorYearItem.FiscalTotal,
        ["generalBudgetExpenditure"] = PriorYearItem.GeneralBudgetExpenditure,
        ["threePublic"] = PriorYearItem.ThreePublic,
        ["operatingCosts"] = PriorYearItem.OperatingCosts,
        ["procurement"] = PriorYearItem.Procurement,
    };

    public static readonly IReadOnlyDictionary<string, VehicleCategory> VehicleCategories = new Dictionary<string, VehicleCategory>
    {
        ["confidential"] = VehicleCategory.Confidential,
        ["emergency"] = VehicleCategory.Emergency,
        ["lawEnforcement"] = VehicleCategory.LawEnforcement,
        ["specialTechnical"] = VehicleCategory.SpecialTechnical,
        ["leadership"] = VehicleCategory.Leadership,
        ["retireeService"] = VehicleCategory.RetireeService,
        ["other"] = VehicleCategory.Other,
        ["ministerialLeader"] = VehicleCategory.MinisterialLeader,
        ["principalLeader"] = VehicleCategory.PrincipalLeader,
    };

    public static readonly IReadOnlyDictionary<string, AmountUnit> AmountUnits = new Dictionary<string, AmountUnit>
    {
        ["yuan"] = AmountUnit.Yuan,
        ["wan"] = AmountUnit.TenThousandYuan,
    };

    /// <summary>The file's spelling of a value: the key that maps to it.</summary>
    public static string Spelling<T>(IReadOnlyDictionary<string, T> words, T value) where T : struct, Enum =>
        words.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;
}
