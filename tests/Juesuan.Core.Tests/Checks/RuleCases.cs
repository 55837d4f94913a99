using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests.Checks;

/// <summary>
/// For every rule of the built-in catalogue: a context in which it passes and one in which it fails,
/// each made from <see cref="SmallAccounts"/> with one change. Identities that hold by construction in
/// generated tables fail on a tampered table, as a hand-edited or imported table would be.
/// </summary>
internal static class RuleCases
{
    public sealed record Case(Func<CheckContext> Passing, Func<CheckContext> Failing);

    private static CheckContext Small() => SmallAccounts.Context();
    private static CheckContext With(Func<UnitAccounts, UnitAccounts> change) => SmallAccounts.Context(change(SmallAccounts.Unit()));
    private static CheckContext Tampered(Func<DisclosureDocument, DisclosureDocument> change) => SmallAccounts.Tampered(change);
    private static Case Table(Func<DisclosureDocument, DisclosureDocument> change) => new(Small, () => Tampered(change));
    private static Case Accounts(Func<UnitAccounts, UnitAccounts> change) => new(Small, () => With(change));
    private static Amount Y(decimal yuan) => Amount.FromYuan(yuan);

    /// <summary>The small unit's project expenditure by economic 款, the general budget's 30227 as given.</summary>
    public static UnitAccounts ProjectsByEconomic(UnitAccounts a, decimal entrusted) => a with
    {
        ProjectByEconomic =
        [
            new("30215", Funding.GeneralBudget, Y(60_000m)),
            new("30227", Funding.GeneralBudget, Y(entrusted)),
            new("30299", Funding.GovernmentFund, Y(18_000m)),
            new("30299", Funding.StateCapital, Y(5_000m)),
        ],
    };

    /// <summary>The small unit's assets in value: 资产总额 1,000,000 with 流动 300,000, 无形 50,000, 房屋 as given within 固定资产.</summary>
    public static UnitAccounts WithAssets(UnitAccounts a, decimal @fixed, decimal buildings = 400_000m) => a with
    {
        Assets = a.Assets with { Total = Y(1_000_000m), Current = Y(300_000m), Fixed = Y(@fixed), Buildings = Y(buildings), BuildingArea = 1_234.5m, Intangible = Y(50_000m) },
    };

    /// <summary>The small unit's performance management in figures: its 3 projects with targets, followed and self-evaluated, 2 graded 优; 1 problem found and rectified.</summary>
    public static UnitAccounts Managed(UnitAccounts a, int good, int rectifying = 0) => a with
    {
        PerformanceManagement = new PerformanceManagement
        {
            TargetProjects = 3, TargetBudget = Y(123_000m), MonitoredProjects = 3, MonitoredBudget = Y(123_000m),
            EvaluatedProjects = 3, EvaluatedBudget = Y(123_000m), AverageScore = 95.5m,
            Excellent = 2, Good = good, Pass = 0, Fail = 0, ProblemsFound = 1, ProblemsRectified = 1, ProblemsRectifying = rectifying,
        },
    };

    /// <summary>The small unit's procurement with its reservations stated: 6,000 reserved for SMEs (3,000 of it for small and micro enterprises), 4,000 won by SMEs in them (2,000 by small and micro).</summary>
    public static UnitAccounts Reserved(UnitAccounts a, decimal otherAwarded, decimal reservedForSmallMicro = 3_000m) => a with
    {
        Procurement = a.Procurement with
        {
            ReservedForSmes = Y(6_000m),
            ReservedForSmallMicro = Y(reservedForSmallMicro),
            ReservedAwardedToSmes = Y(4_000m),
            ReservedAwardedToSmallMicro = Y(2_000m),
            OtherAwardedToSmes = Y(otherAwarded),
        },
    };

    public static readonly IReadOnlyDictionary<string, Case> All = new Dictionary<string, Case>
    {
        ["T1-1"] = Table(Tamper.Cell("T1", "本年收入合计")),
        ["T1-2"] = Table(Tamper.Cell("T1", "收入总计")),
        ["T1-3"] = Table(Tamper.Cell("T1", "本年支出合计")),
        ["T1-4"] = Table(Tamper.Cell("T1", "支出总计")),
        ["T1-5"] = Table(Tamper.Cell("T1", "收入总计")),
        ["T1-6"] = Table(Tamper.Cell("T1", "年初结转和结余")),
        ["T2-1"] = Table(Tamper.Grid("T2", "2012901", "本年收入合计")),
        ["T2-2"] = Table(Tamper.Grid("T2", "2012901", "其他收入")),
        ["T3-1"] = Table(Tamper.Grid("T3", "2060702", "本年支出合计")),
        ["T3-2"] = Table(Tamper.Grid("T3", "2060702", "项目支出")),
        ["T4-1"] = Table(Tamper.Cell("T4", "201.合计")),
        ["T4-2"] = Table(Tamper.Cell("T4", "本年收入.一般公共预算")),
        ["T4-3"] = Table(Tamper.Cell("T4", "收入总计")),
        ["T4-4"] = Table(Tamper.Cell("T4", "收入总计")),
        ["T4-5"] = Table(Tamper.Cell("T4", "本年收入合计")),
        ["T4-6"] = Table(Tamper.Cell("T4", "年初结转和结余")),
        ["T4-7"] = Table(Tamper.Cell("T4", "本年支出合计.政府性基金")),
        ["T4-8"] = Table(Tamper.Cell("T4", "支出总计.国有资本经营")),
        ["T5-1"] = Table(Tamper.Grid("T5", "2012901", "合计")),
        ["T5-2"] = Table(Tamper.Grid("T5", "2012901", "基本支出")),
        ["T6-1"] = Table(Tamper.Cell("T6", "人员经费合计")),
        ["T6-2"] = Table(Tamper.Cell("T6", "公用经费合计")),
        ["T6-3"] = Table(Tamper.Cell("T6", "302")),
        ["T7-1"] = Table(Tamper.Cell("T7", "决算数.合计")),
        ["T7-2"] = Table(Tamper.Cell("T7", "预算数.公务用车购置及运行费小计")),
        ["T8-1"] = Table(Tamper.Grid("T8", "2296002", "本年支出小计")),
        ["T8-2"] = Table(Tamper.Grid("T8", "2296002", "年初结转和结余")),
        ["T8-3"] = Table(Tamper.Grid("T8", "2296002", "本年收入")),
        ["T9-1"] = Table(Tamper.Grid("T9", "2230105", "合计")),
        ["T9-2"] = Table(Tamper.Grid("T9", "2230105", "基本支出")),
        ["X-1"] = Table(Tamper.Grid("T2", "合计", "本年收入合计")),
        ["X-2a"] = Table(Tamper.Grid("T2", "合计", "财政拨款收入")),
        ["X-2b"] = Table(Tamper.Grid("T2", "合计", "上级补助收入")),
        ["X-2c"] = Table(Tamper.Grid("T2", "合计", "事业收入")),
        ["X-2d"] = Table(Tamper.Grid("T2", "合计", "经营收入")),
        ["X-2e"] = Table(Tamper.Grid("T2", "合计", "附属单位上缴收入")),
        ["X-2f"] = Table(Tamper.Grid("T2", "合计", "其他收入")),
        ["X-3"] = Table(Tamper.Grid("T3", "合计", "本年支出合计")),
        ["X-4"] = Table(Tamper.Cell("T1", "206")),
        ["X-5a"] = Table(Tamper.Cell("T4", "本年收入.一般公共预算")),
        ["X-5b"] = Table(Tamper.Cell("T4", "本年收入.政府性基金")),
        ["X-5c"] = Table(Tamper.Cell("T4", "本年收入.国有资本经营")),
        ["X-6"] = Table(Tamper.Cell("T4", "本年支出合计.一般公共预算")),
        ["X-6b"] = Table(Tamper.Cell("T4", "201.一般公共预算")),
        ["X-7"] = Table(Tamper.Table("T8", t => t with { Rows = [], EmptyNote = "本单位无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。" })),
        ["X-8"] = Table(Tamper.Grid("T5", "合计", "基本支出")),
        ["X-9a"] = Table(Tamper.Grid("T8", "合计", "本年收入")),
        ["X-9b"] = Table(Tamper.Grid("T8", "合计", "本年支出小计")),
        ["X-9c"] = Table(Tamper.Grid("T8", "合计", "年初结转和结余")),
        ["X-9d"] = Table(Tamper.Grid("T8", "合计", "年末结转和结余")),
        ["X-10"] = Table(Tamper.Grid("T9", "合计", "合计")),
        ["X-11"] = Table(Tamper.Grid("T5", "2012901", "合计", 1_000_000m)),
        ["F-1"] = Accounts(a => a with { Income = [.. a.Income.Select(l => l.Code == "2060702" ? l with { Amount = l.Amount + Y(1m) } : l)] }),
        ["F-2"] = Accounts(a => a with { BasicByEconomic = [.. a.BasicByEconomic.Select(l => l.Code == "30101" ? l with { Amount = l.Amount + Y(1m) } : l)] }),
        ["P-1"] = Accounts(a => a with { Projects = [.. a.Projects.Select(p => p.Id == "p1" ? p with { Executed = p.Executed - Y(1m) } : p)] }),
        ["E-1"] = Table(Tamper.Table("T9", _ => null)),
        ["E-2"] = Accounts(a => a with { Unit = a.Unit with { Functions = "负责XX工作。" } }),
        ["E-3"] = Table(Tamper.Blocks("part3", blocks => blocks.Where(b => b is not Heading { Id: "s10-4" }))),
        ["E-4"] = Accounts(a => a with { ThreePublic = a.ThreePublic with { VehiclesHeld = 0 } }),
        ["E-5"] = Accounts(a => a with { Procurement = a.Procurement with { AwardedToSmes = null } }),
        ["E-6"] = Accounts(a => a with { OperatingCosts = null }),
        ["E-7"] = Accounts(a => a with { Unit = a.Unit with { Functions = " " }, PriorYear = a.PriorYear with { Total = null } }),
        // Every project of the small unit is self-evaluated: with their evaluations known it passes; p2 without one, or
        // spending without being evaluated, fails.
        ["P-2"] = new(
            () => SmallAccounts.Context(evaluatedProjects: new HashSet<string> { "p1", "社会福利项目", "p3" }),
            () => SmallAccounts.Context(SmallAccounts.Unit() with { Projects = [.. SmallAccounts.Unit().Projects.Select(p => p.Id == "p3" ? p with { SelfEvaluated = false } : p)] },
                evaluatedProjects: new HashSet<string> { "p1" })),
        // Every project of the small unit is self-evaluated: the notes may say so, not the opposite.
        ["P-3"] = new(
            () => With(a => a with { Performance = new PerformanceNotes("本单位对3个项目开展了绩效自评，自评结果均为“优”。", null, null) }),
            () => With(a => a with { Performance = new PerformanceNotes("本单位未开展项目支出绩效自评。", null, null) })),
        // 3 projects self-evaluated: 2 优 and 1 良; graded 2 优 and 2 良, four are graded.
        ["P-4"] = new(() => With(a => Managed(a, good: 1)), () => With(a => Managed(a, good: 2))),
        // The small unit's projects by economic 款: 100,000 general budget (60,000 30215 会议费, 40,000 30227), 18,000 fund, 5,000 state capital; 30227 at 39,000 leaves 1,000 out.
        ["F-3"] = new(() => With(a => ProjectsByEconomic(a, 40_000m)), () => With(a => ProjectsByEconomic(a, 39_000m))),
        // 资产总额 1,000,000: 流动 300,000 + 固定 600,000 (房屋 400,000) + 无形 50,000; 固定 at 800,000 makes the parts 1,150,000.
        ["G-3"] = new(() => With(a => WithAssets(a, @fixed: 600_000m)), () => With(a => WithAssets(a, @fixed: 800_000m))),
        // 本年支出合计 623,800.
        ["G-4"] = new(() => With(a => a with { PurchasedServices = Y(50_000m) }), () => With(a => a with { PurchasedServices = Y(700_000m) })),
        ["G-1"] = Accounts(a => a with { Procurement = a.Procurement with { AwardedToSmallMicro = Y(6_000m) } }),
        // The small unit's 5,000 awarded to SMEs: 4,000 won in reserved projects and 1,000 in others; 1,500 in others is 500 too many.
        ["G-2"] = new(() => With(a => Reserved(a, otherAwarded: 1_000m)), () => With(a => Reserved(a, otherAwarded: 1_500m))),
        ["R-1"] = Accounts(a => WithoutReason(a, ReasonKeys.TotalChange)),
        ["R-2"] = Accounts(a => WithoutReason(a, ReasonKeys.FiscalChange)),
        ["R-3"] = Accounts(a => WithoutReason(a, ReasonKeys.GeneralBudgetChange)),
        ["R-4"] = new(
            () => With(a => LowerBudget(a) with { Reasons = new Dictionary<string, string>(a.Reasons) { [ReasonKeys.ItemVsBudget("2012901")] = "年中追加人员经费" } }),
            () => With(LowerBudget)),
        ["R-5"] = Accounts(a => WithoutReason(a, ReasonKeys.ThreePublicVsBudget)),
        ["R-6"] = Accounts(a => WithoutReason(a, ReasonKeys.ThreePublicChange)),
        ["R-7"] = Accounts(a => WithoutReason(a, ReasonKeys.OperatingCostsChange)),
        ["Q-1"] = Accounts(a => a with { Budgets = [.. a.Budgets.Select(b => b.Code == "2060702" ? b with { YearStart = Y(200_000m) } : b)] }),
        ["Q-2"] = Accounts(a => a with { Projects = [.. a.Projects.Select(p => p.Id == "p1" ? p with { FullYearBudget = Y(200_000m) } : p)] }),
        ["Q-3"] = Accounts(a => a with { ThreePublic = a.ThreePublic with { Budget = a.ThreePublic.Budget with { VehicleOperation = Y(4_000m) } } }),
        // The small unit's 三公 vehicle running costs (5,000) equal its basic 30231; 4,000 would leave 1,000 of it outside 三公.
        ["Q-6"] = Accounts(a => a with { ThreePublic = a.ThreePublic with { Actual = a.ThreePublic.Actual with { VehicleOperation = Y(4_000m) } } }),
        ["Q-4"] = Accounts(a => a with { OperatingCosts = Y(199_000m) }),
        ["Q-5"] = new(
            () => With(a => a with { Unit = a.Unit with { Type = UnitType.PublicInstitution }, OperatingCosts = null }),
            () => With(a => a with { Unit = a.Unit with { Type = UnitType.PublicInstitution } })),
        ["C-1"] = Table(Tamper.Text("T3", "科普活动", "科普宣传")),
        ["C-2"] = Table(Tamper.Text("T6", "30101", "3010101")),
        // A 项 the 2021 edition lacks, named beside it; its 款 20129 is in the edition.
        ["C-3"] = Accounts(a => a with
        {
            CodeNames = new Dictionary<string, string> { ["2012950"] = "事业运行" },
            Expenditure = [.. a.Expenditure, new ExpenditureLine("2012950", ExpenditureKind.Basic, Funding.NonFiscal, Y(100m))],
        }),
        ["C-4"] = new(
            () => With(a => a with { CodeNames = new Dictionary<string, string> { ["2012901"] = "行政运行" } }),
            () => With(a => a with { CodeNames = new Dictionary<string, string> { ["2012901"] = "行政运行费" } })),
        ["C-5"] = Accounts(a => a with { FiscalYear = 2023 }),
        ["N-4"] = Table(Tamper.Blocks("part3", blocks => [.. blocks, Paragraph.Of("一般公共服务支出（类）群众团体事务（款）科普宣传（项）支出100元。")])),
        ["D-1"] = Accounts(a => a with { Publication = a.Publication with { PublishedDate = new DateOnly(2022, 7, 1) } }),
        ["D-2"] = new(
            () => SmallAccounts.Context(SmallAccounts.Unit() with { Publication = new Publication(new DateOnly(2022, 6, 1), null, null) }, new DateOnly(2022, 6, 5)),
            () => SmallAccounts.Context(SmallAccounts.Unit() with { Publication = new Publication(new DateOnly(2022, 6, 1), null, null) }, new DateOnly(2022, 6, 18))),
    };

    private static UnitAccounts LowerBudget(UnitAccounts a) =>
        a with { Budgets = [.. a.Budgets.Select(b => b.Code == "2012901" ? b with { YearStart = Y(480_000m) } : b)] };

    private static UnitAccounts WithoutReason(UnitAccounts a, string key) =>
        a with { Reasons = a.Reasons.Where(r => r.Key != key).ToDictionary(r => r.Key, r => r.Value) };
}
