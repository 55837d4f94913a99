using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.DocumentModel;
using Juesuan.Errors;

namespace Juesuan.Documents.Xlsx;

/// <summary>
/// 由公开表得到的决算数据 — this year's accounts as the nine tables give them, what the tables do not hold and is
/// left to fill on the workbench, and the tables' own identities that do not hold.
/// </summary>
/// <param name="Accounts">The accounts, or null when the tables contradict each other so that no lines can be made.</param>
/// <param name="Settings">The file's settings: the amount unit the tables were published in.</param>
/// <param name="Errors">Why no accounts could be made, each at its table and cell.</param>
/// <param name="FailedIdentities">The identities within and across the tables that do not hold at the precision printed.</param>
/// <param name="Inferred">What was worked out rather than read, said so (the split of 财政拨款收入 between budgets).</param>
public sealed record TablesAccountsResult(
    UnitAccounts? Accounts,
    AccountsFileSettings Settings,
    IReadOnlyList<FileError> Errors,
    IReadOnlyList<Finding> FailedIdentities,
    IReadOnlyList<string> Inferred)
{
    /// <summary>
    /// The figures the accounts' own tables print otherwise than the tables read, each with both: a total that is the sum of
    /// lines each rounded to the unit printed, or that did not add up in the tables read.
    /// </summary>
    public IReadOnlyList<string> Recomputed { get; init; } = [];

    /// <summary>What a person importing the tables is told besides the accounts themselves: each heading with its items, empty ones left out.</summary>
    public IReadOnlyList<(string Heading, IReadOnlyList<string> Items)> Notes() => new (string, IReadOnlyList<string>)[]
    {
        ("公开表自身不平衡（已按各表明细导入，合计按明细重算；请核实原表）", FailedIdentities.Select(f => $"{f.Location.Describe()}：{f.Message}").ToArray()),
        ("推算的内容", Inferred),
        ("按各项明细重算后与原表不同的数（各项已四舍五入到原表的单位，或原表不平衡）", Recomputed),
        ("公开表中没有的内容（保留原有数据，请在工作台填报或核对）", NotInTables),
    }.Where(n => n.Item2.Count > 0).ToArray();

    /// <summary>What the nine tables never hold: left as the draft had it, to be filled on the workbench.</summary>
    public static readonly IReadOnlyList<string> NotInTables =
    [
        "单位基本情况（职能、机构设置、人员）", "各项目年初预算和调整预算数", "“三公”经费的团组、人次、车辆和接待批次", "机关运行经费", "政府采购",
        "国有资产占用", "项目绩效", "上年数", "原因说明",
    ];
}

/// <summary>
/// 公开表导入为决算数据 — turns the nine 公开表 (as read from a bureau software's export, a workbook or a document) into
/// this year's accounts: 本年收入 by 项 and source from 公开02表, with 财政拨款收入 split by budget through 公开08表 (政府性基金)
/// and 公开09表 (国有资本经营); 本年支出 by 项, kind and funding from 公开05表, 公开08表 and 公开09表, the rest of 公开03表 being
/// non-fiscal; 基本支出 by economic 款 from 公开06表; 结转和结余 from 公开01表, 公开04表 and 公开08表; the “三公” budget and
/// actual from 公开07表. Each figure keeps the precision it was printed with: tables in 万元 make accounts published in 万元,
/// and identities are checked within the half-unit each printed figure allows. Everything else is kept from the draft.
/// </summary>
public static class TablesAccounts
{
    /// <summary>The tables of one workbook (one sheet per table) or of several (one table per file), read and turned into accounts.</summary>
    public static TablesAccountsResult From(IReadOnlyList<WorkbookCells> books, UnitAccounts draft, AccountsFileSettings settings, DateOnly asOf)
    {
        var workbook = WorkbookCells.Combine(books.Count == 1 ? books[0].FileName : $"{books.Count}个文件", books);
        var read = PublishedTablesReader.Read(workbook);
        return read.Tables is { } tables
            ? From(tables, workbook.FileName, draft, settings, asOf)
            : new TablesAccountsResult(null, settings, read.Errors, [], []);
    }

    /// <summary>Whether files hold published tables (one or several), rather than accounts to read as such.</summary>
    public static bool AreTables(IReadOnlyList<WorkbookCells> books) =>
        books.Count > 1 || (books.Count == 1 && !Workbooks.AccountsWorkbookReader.Recognises(books[0]) && PublishedTablesReader.Recognises(books[0]));

    public static TablesAccountsResult From(PublishedTables tables, string fileName, UnitAccounts draft, AccountsFileSettings settings, DateOnly asOf)
    {
        var errors = new List<FileError>();
        var inferred = new List<string>();
        var wan = tables.Tables.Any(t => t.AmountUnitCaption.Contains("万元", StringComparison.Ordinal));
        var fileSettings = settings with { AmountUnit = wan ? AmountUnit.TenThousandYuan : AmountUnit.Yuan };
        var failed = CheckRunner.RunTables(new FactSet(tables.Tables), tables.UnitName, tables.FiscalYear, asOf, RuleCatalogue.Builtin).Findings;
        foreach (var code in new[] { "T1", "T2", "T3", "T4", "T5", "T6", "T7" })
            if (tables.Tables.All(t => t.Id != code))
                errors.Add(new FileError(ErrorCodes.Missing, ErrorLocation.Of(fileName), $"缺少{PublishedTablesReader.Code(code[1] - '0')}：由公开表导入决算数据须有公开01表至公开07表（公开08、09表没有的，视为空表）"));
        if (errors.Count > 0) return new TablesAccountsResult(null, fileSettings, errors, failed, inferred);

        var t1 = Table(tables, "T1")!;
        var t4 = Table(tables, "T4")!;
        var items = Items(tables);
        decimal At(string table, string code, string column) => Table(tables, table) is { IsEmpty: false } t && t.Row(code) is { } row
            && t.Columns.ToList().IndexOf(column) is var c and >= 0 ? row.Cells[c].Yuan ?? 0m : 0m;
        decimal Keyed(DisclosureTable t, string key) => t.Rows.SelectMany(r => r.Cells).FirstOrDefault(c => c.Key == key)?.Yuan ?? 0m;
        ErrorLocation Where(string table, string code, string column) =>
            Table(tables, table) is { } t && t.Row(code) is { } row && t.Columns.ToList().IndexOf(column) is var c and >= 0
                ? tables.PlaceOf(row.Cells[c]) ?? ErrorLocation.Of(fileName) : ErrorLocation.Of(fileName);
        ErrorLocation KeyedWhere(DisclosureTable t, string key) =>
            t.Rows.SelectMany(r => r.Cells).FirstOrDefault(c => c.Key == key) is { } cell ? tables.PlaceOf(cell) ?? ErrorLocation.Of(fileName) : ErrorLocation.Of(fileName);

        // 财政拨款收入 of 公开02表 is the three budgets together: 政府性基金 is 公开08表's 本年收入; 国有资本经营, where 公开01表 has any,
        // is taken under each 项 up to what 公开09表 spent there, the rest of its total where 财政拨款收入 leaves room, in code order;
        // what remains is 一般公共预算. Only the split by 项 is worked out: every table's figures stay as printed.
        var stateCapitalIncome = Keyed(t1, "国有资本经营预算财政拨款收入");
        var room = items.ToDictionary(c => c, c => Math.Max(At("T2", c, "财政拨款收入") - At("T8", c, "本年收入"), 0m), StringComparer.Ordinal);
        var stateCapitalOf = items.ToDictionary(c => c, c => stateCapitalIncome == 0m ? 0m : Math.Min(room[c], At("T9", c, "合计")), StringComparer.Ordinal);
        var rest = stateCapitalIncome - stateCapitalOf.Values.Sum();
        foreach (var code in items)
        {
            var move = rest > 0m ? Math.Min(rest, room[code] - stateCapitalOf[code]) : -Math.Min(-rest, stateCapitalOf[code]);
            stateCapitalOf[code] += move;
            rest -= move;
        }
        if (rest != 0m)
            errors.Add(new FileError(ErrorCodes.Inconsistent, KeyedWhere(t1, "国有资本经营预算财政拨款收入"),
                $"国有资本经营预算财政拨款收入（{Yuan(stateCapitalIncome)}）大于公开02表各项财政拨款收入扣除政府性基金后之和，无法按项分出"));
        if (stateCapitalIncome != 0m)
            inferred.Add("公开02表各项的财政拨款收入中，国有资本经营预算财政拨款收入按公开09表该项支出分出（公开表不按项列示这一划分）；请在“本年收入”中核对");
        var income = new List<IncomeLine>();
        var nonFiscalSources = new (string Column, IncomeSource Source)[]
        {
            ("上级补助收入", IncomeSource.SuperiorSubsidy), ("事业收入", IncomeSource.PublicService), ("经营收入", IncomeSource.Operating),
            ("附属单位上缴收入", IncomeSource.SubordinateRemittance), ("其他收入", IncomeSource.Other),
        };
        foreach (var code in items)
        {
            var fiscal = At("T2", code, "财政拨款收入");
            var fund = At("T8", code, "本年收入");
            var stateCapital = stateCapitalOf[code];
            var general = fiscal - fund - stateCapital;
            if (general < 0m)
                errors.Add(new FileError(ErrorCodes.Inconsistent, Where("T2", code, "财政拨款收入"),
                    $"科目{code}的财政拨款收入（{Yuan(fiscal)}）小于公开08表该项的政府性基金本年收入（{Yuan(fund)}），无法分出一般公共预算财政拨款收入"));
            Add(income, code, IncomeSource.GeneralBudget, general);
            Add(income, code, IncomeSource.GovernmentFund, fund);
            Add(income, code, IncomeSource.StateCapital, stateCapital);
            foreach (var (column, source) in nonFiscalSources) Add(income, code, source, At("T2", code, column));
        }

        // 公开03表 is every fund; what 公开05、08、09表 do not hold of its 基本支出 and 项目支出 is non-fiscal, as are its other kinds.
        var expenditure = new List<ExpenditureLine>();
        foreach (var code in items)
        {
            foreach (var (column, kind) in new[] { ("基本支出", ExpenditureKind.Basic), ("项目支出", ExpenditureKind.Project) })
            {
                var (general, fund, stateCapital) = (At("T5", code, column), At("T8", code, column), At("T9", code, column));
                var nonFiscal = At("T3", code, column) - general - fund - stateCapital;
                if (nonFiscal < 0m)
                    errors.Add(new FileError(ErrorCodes.Inconsistent, Where("T3", code, column),
                        $"科目{code}的{column}（{Yuan(At("T3", code, column))}）小于公开05、08、09表该项财政拨款{column}之和（{Yuan(general + fund + stateCapital)}）"));
                Add(expenditure, code, kind, Funding.GeneralBudget, general);
                Add(expenditure, code, kind, Funding.GovernmentFund, fund);
                Add(expenditure, code, kind, Funding.StateCapital, stateCapital);
                Add(expenditure, code, kind, Funding.NonFiscal, nonFiscal);
            }
            foreach (var (column, kind) in new[] { ("上缴上级支出", ExpenditureKind.RemitToSuperior), ("经营支出", ExpenditureKind.Operating), ("对附属单位补助支出", ExpenditureKind.SubsidyToSubordinate) })
                Add(expenditure, code, kind, Funding.NonFiscal, At("T3", code, column));
        }

        var t6 = Table(tables, "T6")!;
        var economic = t6.Rows.SelectMany(r => r.Cells).Where(c => c.Key is { Length: 5 } && c.Key.All(char.IsAsciiDigit) && c.Yuan is { } v && v != 0m)
            .Select(c => new EconomicLine(c.Key!, Funding.GeneralBudget, Amount.FromYuan(c.Yuan!.Value))).ToList();

        List<BalanceLine> Balances(string side, string fundColumn)
        {
            var lines = new List<BalanceLine>();
            var general = Keyed(t4, side + ".一般公共预算");
            var stateCapital = Keyed(t4, side + ".国有资本经营");
            var fiscal = side == "年初结转和结余" ? Keyed(t4, side) : Keyed(t4, side + ".合计");
            var nonFiscal = Keyed(t1, side) - fiscal;
            if (nonFiscal < 0m)
                errors.Add(new FileError(ErrorCodes.Inconsistent, KeyedWhere(t1, side),
                    $"公开01表的{side}（{Yuan(Keyed(t1, side))}）小于公开04表的财政拨款{side}（{Yuan(fiscal)}）"));
            if (general != 0m) lines.Add(new BalanceLine(Funding.GeneralBudget, null, Amount.FromYuan(general)));
            foreach (var code in items)
                if (At("T8", code, fundColumn) is var fund && fund != 0m) lines.Add(new BalanceLine(Funding.GovernmentFund, code, Amount.FromYuan(fund)));
            if (stateCapital != 0m) lines.Add(new BalanceLine(Funding.StateCapital, null, Amount.FromYuan(stateCapital)));
            if (nonFiscal > 0m) lines.Add(new BalanceLine(Funding.NonFiscal, null, Amount.FromYuan(nonFiscal)));
            return lines;
        }
        var opening = Balances("年初结转和结余", "年初结转和结余");
        var closing = Balances("年末结转和结余", "年末结转和结余");

        var t7 = Table(tables, "T7")!;
        ThreePublicItems ThreePublic(string side) => new(
            Amount.FromYuan(Keyed(t7, side + ".因公出国（境）费")), Amount.FromYuan(Keyed(t7, side + ".公务用车购置费")),
            Amount.FromYuan(Keyed(t7, side + ".公务用车运行费")), Amount.FromYuan(Keyed(t7, side + ".公务接待费")));

        if (errors.Count > 0) return new TablesAccountsResult(null, fileSettings, errors, failed, inferred);
        var catalogue = Catalog.CodeCatalogs.ForYear(tables.FiscalYear);
        var names = tables.Tables.Where(t => t.Columns[0] == "科目编码").SelectMany(t => t.Rows)
            .Where(r => r.Key is { } k && k != "合计" && catalogue?.Find(Catalog.CodeKind.Function, k) is null && r.Cells[1].Text.Length > 0)
            .GroupBy(r => r.Key!).ToDictionary(g => g.Key, g => g.First().Cells[1].Text.Trim(), StringComparer.Ordinal);
        var accounts = draft with
        {
            FiscalYear = tables.FiscalYear,
            Income = income,
            Expenditure = expenditure,
            BasicByEconomic = economic,
            OpeningBalances = opening,
            ClosingBalances = closing,
            UseOfNonFiscalSurplus = Amount.FromYuan(Keyed(t1, "使用非财政拨款结余")),
            SurplusDistribution = Amount.FromYuan(Keyed(t1, "结余分配")),
            ThreePublic = draft.ThreePublic with { Budget = ThreePublic("预算数"), Actual = ThreePublic("决算数") },
            CodeNames = draft.CodeNames.Concat(names.Where(n => !draft.CodeNames.ContainsKey(n.Key))).ToDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal),
        };
        return new TablesAccountsResult(accounts, fileSettings, [], failed, inferred) { Recomputed = Recomputed(tables, accounts, fileSettings.AmountUnit!.Value) };
    }

    /// <summary>
    /// The figures the accounts' tables print otherwise than the tables read: totals that are the sum of lines each rounded to the
    /// unit printed (2,940.06 万元 for a 合计 printed 2,940.05), or that the tables themselves did not add up to.
    /// </summary>
    private static IReadOnlyList<string> Recomputed(PublishedTables tables, UnitAccounts accounts, AmountUnit unit)
    {
        var rebuilt = Disclosure.DisclosureBuilder.Build(accounts, new Disclosure.DisclosureOptions(unit)).Tables.ToDictionary(t => t.Id);
        var differences = new List<string>();
        foreach (var table in tables.Tables.Where(t => !t.IsEmpty && rebuilt.ContainsKey(t.Id)))
        {
            var again = rebuilt[table.Id];
            foreach (var row in table.Rows)
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var cell = row.Cells[c];
                    if (cell.Kind != CellKind.Amount || cell.Yuan is not { } printed) continue;
                    var same = cell.Key is { } key
                        ? again.Rows.SelectMany(r => r.Cells).FirstOrDefault(x => x.Key == key)
                        : row.Key is { } code && again.Row(code) is { } r ? r.Cells[c] : null;
                    var value = same?.Yuan ?? 0m;
                    var step = 2 * (cell.HalfWidth ?? 0.005m);
                    if (decimal.Round(value / step, MidpointRounding.AwayFromZero) * step == printed) continue;
                    var where = cell.Key is { } k ? k.Replace('.', ' ') : $"{row.Key}行 {table.Columns[c].Replace('.', ' ')}";
                    differences.Add($"{table.Code} {where}：原表为{cell.Text}，按各项明细为{same?.Text ?? "0.00"}");
                }
        }
        return differences;
    }

    private static DisclosureTable? Table(PublishedTables tables, string id) => tables.Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>The function 项 any table by code lists, in code order.</summary>
    private static IReadOnlyList<string> Items(PublishedTables tables) =>
        tables.Tables.Where(t => t.Columns[0] == "科目编码" && !t.IsEmpty).SelectMany(t => t.Rows)
            .Where(r => r.Role == RowRole.Item && r.Key is { Length: 7 }).Select(r => r.Key!).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static void Add(List<IncomeLine> lines, string code, IncomeSource source, decimal yuan)
    {
        if (yuan != 0m) lines.Add(new IncomeLine(code, source, Amount.FromYuan(yuan)));
    }

    private static void Add(List<ExpenditureLine> lines, string code, ExpenditureKind kind, Funding funding, decimal yuan)
    {
        if (yuan != 0m) lines.Add(new ExpenditureLine(code, kind, funding, Amount.FromYuan(yuan)));
    }

    private static string Yuan(decimal yuan) => yuan.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture) + "元";
}
