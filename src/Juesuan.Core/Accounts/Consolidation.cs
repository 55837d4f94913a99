using Juesuan.Amounts;

namespace Juesuan.Accounts;

/// <summary>
/// 部门汇总 — a department's accounts are the sum of its units' (its own level and each subordinate
/// unit). Lines with the same key are added; counts and holdings are added; the department keeps its
/// own profile and reasons. Internal transfers between members (上缴上级 against 附属单位上缴,
/// 对附属单位补助 against 上级补助) are kept as stated, not eliminated.
/// </summary>
public static class Consolidation
{
    public static UnitAccounts Consolidate(
        UnitProfile department,
        IReadOnlyList<UnitAccounts> members,
        IReadOnlyDictionary<string, string>? reasons = null,
        PerformanceNotes? performance = null,
        PriorYearFigures? priorYear = null,
        Publication? publication = null)
    {
        if (members.Count == 0) throw new ArgumentException("部门汇总至少需要一个单位", nameof(members));
        var year = members[0].FiscalYear;
        if (members.Any(m => m.FiscalYear != year))
            throw new ArgumentException("参与汇总的单位年度不一致", nameof(members));

        return new UnitAccounts
        {
            FiscalYear = year,
            Unit = department,
            CodeNames = FirstStated(members.Select(m => m.CodeNames)),
            CodeExplanations = FirstStated(members.Select(m => m.CodeExplanations)),
            Income = members.SelectMany(m => m.Income)
                .GroupBy(l => (l.Code, l.Source)).Select(g => new IncomeLine(g.Key.Code, g.Key.Source, g.Sum(l => l.Amount))).ToArray(),
            Expenditure = members.SelectMany(m => m.Expenditure)
                .GroupBy(l => (l.Code, l.Kind, l.Funding)).Select(g => new ExpenditureLine(g.Key.Code, g.Key.Kind, g.Key.Funding, g.Sum(l => l.Amount))).ToArray(),
            BasicByEconomic = SumEconomic(members.SelectMany(m => m.BasicByEconomic)),
            ProjectByEconomic = SumEconomic(members.SelectMany(m => m.ProjectByEconomic)),
            OpeningBalances = SumBalances(members.SelectMany(m => m.OpeningBalances)),
            ClosingBalances = SumBalances(members.SelectMany(m => m.ClosingBalances)),
            UseOfNonFiscalSurplus = members.Sum(m => m.UseOfNonFiscalSurplus),
            SurplusDistribution = members.Sum(m => m.SurplusDistribution),
            Budgets = members.SelectMany(m => m.Budgets).GroupBy(b => b.Code).Select(g => new BudgetLine(
                g.Key,
                g.Sum(b => b.YearStart),
                g.Any(b => b.Adjusted is not null) ? g.Sum(b => b.Adjusted ?? b.YearStart) : null)).ToArray(),
            ThreePublic = members.Select(m => m.ThreePublic).Aggregate((a, b) => new ThreePublicExpenses(
                a.Budget + b.Budget, a.Actual + b.Actual,
                a.AbroadDelegations + b.AbroadDelegations, a.AbroadPersons + b.AbroadPersons,
                a.VehiclesPurchased + b.VehiclesPurchased, a.VehiclesHeld + b.VehiclesHeld,
                a.ReceptionBatches + b.ReceptionBatches, a.ReceptionPersons + b.ReceptionPersons,
                a.ForeignReceptionBatches + b.ForeignReceptionBatches, a.ForeignReceptionPersons + b.ForeignReceptionPersons)),
            OperatingCosts = members.Any(m => m.OperatingCosts is not null) ? members.Sum(m => m.OperatingCosts ?? Amount.Zero) : null,
            Procurement = members.Select(m => m.Procurement).Aggregate((a, b) => new Procurement(
                a.Goods + b.Goods, a.Works + b.Works, a.Services + b.Services,
                Add(a.AwardedToSmes, b.AwardedToSmes), Add(a.AwardedToSmallMicro, b.AwardedToSmallMicro))
            {
                ReservedForSmes = Add(a.ReservedForSmes, b.ReservedForSmes),
                ReservedForSmallMicro = Add(a.ReservedForSmallMicro, b.ReservedForSmallMicro),
                ReservedAwardedToSmes = Add(a.ReservedAwardedToSmes, b.ReservedAwardedToSmes),
                ReservedAwardedToSmallMicro = Add(a.ReservedAwardedToSmallMicro, b.ReservedAwardedToSmallMicro),
                OtherAwardedToSmes = Add(a.OtherAwardedToSmes, b.OtherAwardedToSmes),
            }),
            PurchasedServices = AddAll(members.Select(m => m.PurchasedServices)),
            Festivals = AddAll(members.Select(m => m.Festivals)),
            Assets = new AssetHoldings(
                members.SelectMany(m => m.Assets.Vehicles).GroupBy(v => v.Category)
                    .Select(g => new VehicleHolding(g.Key, g.Sum(v => v.Count))).OrderBy(v => v.Category).ToArray(),
                members.Sum(m => m.Assets.GeneralEquipment),
                members.Sum(m => m.Assets.SpecialEquipment),
                null)
            {
                Total = AddAll(members.Select(m => m.Assets.Total)),
                Current = AddAll(members.Select(m => m.Assets.Current)),
                Fixed = AddAll(members.Select(m => m.Assets.Fixed)),
                Buildings = AddAll(members.Select(m => m.Assets.Buildings)),
                BuildingArea = members.All(m => m.Assets.BuildingArea is not null) ? members.Sum(m => m.Assets.BuildingArea!.Value) : null,
                Intangible = AddAll(members.Select(m => m.Assets.Intangible)),
            },
            Projects = members.SelectMany(m => m.Projects.Select(p => p with { Id = m.Unit.Code + "/" + p.Id })).ToArray(),
            Performance = performance ?? PerformanceNotes.None,
            PriorYear = priorYear ?? PriorYearFigures.None,
            Reasons = reasons ?? new Dictionary<string, string>(),
            Publication = publication ?? Publication.None,
            Members = members.Select(m => m.Unit).ToArray(),
        };
    }

    /// <summary>A sum of stated amounts is stated only when every part is.</summary>
    private static Amount? Add(Amount? a, Amount? b) => a is { } x && b is { } y ? x + y : null;

    /// <summary>The members' amounts added, or null (not stated) unless every member states it.</summary>
    private static Amount? AddAll(IEnumerable<Amount?> amounts) => amounts.Aggregate((a, b) => Add(a, b));

    private static EconomicLine[] SumEconomic(IEnumerable<EconomicLine> lines) =>
        lines.GroupBy(l => (l.Code, l.Funding)).Select(g => new EconomicLine(g.Key.Code, g.Key.Funding, g.Sum(l => l.Amount))).ToArray();

    /// <summary>What the members state about codes, the first member's words where two state the same code.</summary>
    private static Dictionary<string, string> FirstStated(IEnumerable<IReadOnlyDictionary<string, string>> stated) =>
        stated.SelectMany(s => s).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value);

    private static BalanceLine[] SumBalances(IEnumerable<BalanceLine> lines) =>
        lines.GroupBy(b => (b.Funding, b.Code)).Select(g => new BalanceLine(g.Key.Funding, g.Key.Code, g.Sum(b => b.Amount))).ToArray();
}
