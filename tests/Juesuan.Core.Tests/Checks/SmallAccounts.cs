using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests.Checks;

/// <summary>
/// A small, balanced 行政单位 that every rule can run on: 一般公共预算 basic and project expenditure,
/// 政府性基金 and 国有资本经营 (so T8 and T9 have rows), non-fiscal funds with balances by 项, a project,
/// 三公 with counts, procurement, the prior year with a reason for every change, and publication dates.
/// </summary>
internal static class SmallAccounts
{
    public static readonly DateOnly AsOf = new(2022, 6, 20);

    private static Amount Y(decimal yuan) => Amount.FromYuan(yuan);

    public static UnitAccounts Unit() => new()
    {
        FiscalYear = 2021,
        Unit = new UnitProfile("T001", "测试局", "测试局", UnitType.Administrative, "负责测试工作。", "内设办公室1个。"),
        Income =
        [
            new("2012901", IncomeSource.GeneralBudget, Y(500_000m)),
            new("2060702", IncomeSource.GeneralBudget, Y(100_000m)),
            new("2012901", IncomeSource.Other, Y(1_000m)),
            new("2296002", IncomeSource.GovernmentFund, Y(20_000m)),
            new("2230105", IncomeSource.StateCapital, Y(5_000m)),
        ],
        Expenditure =
        [
            new("2012901", ExpenditureKind.Basic, Funding.GeneralBudget, Y(500_000m)),
            new("2060702", ExpenditureKind.Project, Funding.GeneralBudget, Y(100_000m)),
            new("2012901", ExpenditureKind.Basic, Funding.NonFiscal, Y(800m)),
            new("2296002", ExpenditureKind.Project, Funding.GovernmentFund, Y(18_000m)),
            new("2230105", ExpenditureKind.Project, Funding.StateCapital, Y(5_000m)),
        ],
        BasicByEconomic =
        [
            new("30101", Funding.GeneralBudget, Y(300_000m)),
            new("30201", Funding.GeneralBudget, Y(150_000m)),
            new("30231", Funding.GeneralBudget, Y(5_000m)),
            new("30299", Funding.GeneralBudget, Y(45_000m)),
            new("30201", Funding.NonFiscal, Y(800m)),
        ],
        OpeningBalances = [new(Funding.NonFiscal, "2012901", Y(200m)), new(Funding.GovernmentFund, "2296002", Y(1_000m))],
        ClosingBalances = [new(Funding.NonFiscal, "2012901", Y(400m)), new(Funding.GovernmentFund, "2296002", Y(3_000m))],
        Budgets = [new("2012901", Y(500_000m), null), new("2060702", Y(100_000m), null)],
        ThreePublic = new ThreePublicExpenses(
            new ThreePublicItems(Amount.Zero, Amount.Zero, Y(6_000m), Amount.Zero),
            new ThreePublicItems(Amount.Zero, Amount.Zero, Y(5_000m), Amount.Zero),
            0, 0, 0, 1, 0, 0),
        OperatingCosts = Y(200_000m),
        Procurement = new Procurement(Y(10_000m), Amount.Zero, Amount.Zero, Y(5_000m), Y(2_000m)),
        Projects =
        [
            new Project("p1", "科普项目", "2060702", Funding.GeneralBudget, Y(100_000m), Y(100_000m), Y(100_000m), true, null),
            new Project("p2", "社会福利项目", "2296002", Funding.GovernmentFund, Y(18_000m), Y(18_000m), Y(18_000m), true, null),
            new Project("p3", "退休人员补助", "2230105", Funding.StateCapital, Y(5_000m), Y(5_000m), Y(5_000m), true, null),
        ],
        PriorYear = new PriorYearFigures
        {
            Total = Y(600_000m),
            FiscalTotal = Y(590_000m),
            GeneralBudgetExpenditure = Y(580_000m),
            ThreePublic = new ThreePublicItems(Amount.Zero, Amount.Zero, Y(5_500m), Amount.Zero),
            OperatingCosts = Y(190_000m),
        },
        Reasons = new Dictionary<string, string>
        {
            [ReasonKeys.TotalChange] = "业务增加",
            [ReasonKeys.FiscalChange] = "业务增加",
            [ReasonKeys.GeneralBudgetChange] = "业务增加",
            [ReasonKeys.ThreePublicVsBudget] = "厉行节约",
            [ReasonKeys.ThreePublicChange] = "厉行节约",
            [ReasonKeys.OperatingCostsChange] = "人员增加",
        },
        Publication = new Publication(new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 15), null),
    };

    public static CheckContext Context(UnitAccounts? accounts = null, DateOnly? asOf = null, IReadOnlySet<string>? evaluatedProjects = null) =>
        new CheckContext(accounts ?? Unit(), DisclosureBuilder.Build(accounts ?? Unit()), asOf ?? AsOf, evaluatedProjects: evaluatedProjects);

    /// <summary>The context of the small unit with one table of its disclosure changed.</summary>
    public static CheckContext Tampered(Func<DisclosureDocument, DisclosureDocument> change, UnitAccounts? accounts = null)
    {
        var a = accounts ?? Unit();
        return new CheckContext(a, change(DisclosureBuilder.Build(a)), AsOf);
    }
}

/// <summary>Changes to a generated document, as a hand-edited or imported table would differ.</summary>
internal static class Tamper
{
    /// <summary>Adds <paramref name="delta"/> to the cell with a key (two-sided tables, T6, T7).</summary>
    public static Func<DisclosureDocument, DisclosureDocument> Cell(string table, string key, decimal delta = 1m) =>
        doc => MapCells(doc, table, (row, column, cell) => cell.Key == key ? cell with { Yuan = cell.Yuan + delta } : cell);

    /// <summary>Adds <paramref name="delta"/> to a row × column cell.</summary>
    public static Func<DisclosureDocument, DisclosureDocument> Grid(string table, string row, string column, decimal delta = 1m) =>
        doc => MapCells(doc, table, (r, c, cell) => r.Key == row && c == column ? cell with { Yuan = cell.Yuan + delta } : cell);

    /// <summary>Replaces a cell's text (a code or a name).</summary>
    public static Func<DisclosureDocument, DisclosureDocument> Text(string table, string from, string to) =>
        doc => MapCells(doc, table, (r, c, cell) => cell.Text == from ? cell with { Text = to } : cell);

    public static Func<DisclosureDocument, DisclosureDocument> Table(string table, Func<DisclosureTable, DisclosureTable?> change) =>
        doc => doc with
        {
            Parts = doc.Parts.Select(p => p with
            {
                Blocks = p.Blocks.SelectMany(b => b is TableBlock tb && tb.Table.Id == table
                    ? change(tb.Table) is { } t ? [new TableBlock(t)] : Array.Empty<Block>()
                    : [b]).ToArray(),
            }).ToArray(),
        };

    public static Func<DisclosureDocument, DisclosureDocument> Blocks(string part, Func<IReadOnlyList<Block>, IEnumerable<Block>> change) =>
        doc => doc with { Parts = doc.Parts.Select(p => p.Id == part ? p with { Blocks = change(p.Blocks).ToArray() } : p).ToArray() };

    private static DisclosureDocument MapCells(DisclosureDocument doc, string table, Func<TableRow, string, TableCell, TableCell> map) =>
        Table(table, t => t with
        {
            Rows = t.Rows.Select(r => r with { Cells = r.Cells.Select((cell, i) => map(r, t.Columns[i], cell)).ToArray() }).ToArray(),
        })(doc);
}
