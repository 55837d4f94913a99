using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

/// <summary>
/// 本年数取自预算软件导出的公开表: the nine tables exported to Excel as budget software does (titles, 编制单位, 元 or 万元,
/// codes split into 类/款/项, one workbook or a file per table) become this year's accounts whose disclosure prints the
/// same tables; a table whose identity is broken is reported; tables that contradict each other are refused, at the cell.
/// </summary>
public sealed class TablesAccountsTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private static UnitAccounts Blank(UnitAccounts like) => new() { FiscalYear = like.FiscalYear, Unit = like.Unit };

    private static TablesAccountsResult Import(byte[] workbook, UnitAccounts draft, string name = "导出.xlsx") =>
        TablesAccounts.From([WorkbookCells.Read(workbook, name)], draft, AccountsFileSettings.None, AsOf);

    /// <summary>Every figure of the nine tables as printed, table by table, row by row.</summary>
    private static IEnumerable<string> Printed(DisclosureDocument document) =>
        document.Tables.SelectMany(t => t.Rows.Select((r, i) => $"{t.Code} {i} " + string.Join("|", r.Cells.Select(c => c.Text))));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Tables_exported_in_yuan_with_split_codes_make_accounts_whose_nine_tables_are_the_same(int seed)
    {
        var accounts = SyntheticUnits.Create(seed);
        var original = DisclosureBuilder.Build(accounts);
        var result = Import(ExportedTables.Workbook(original), Blank(accounts));
        Assert.Empty(result.Errors);
        Assert.Empty(result.FailedIdentities);
        Assert.Equal(AmountUnit.Yuan, result.Settings.AmountUnit);
        Assert.Equal(Printed(original), Printed(DisclosureBuilder.Build(result.Accounts!)));
        Assert.Empty(result.Recomputed);
        // What the tables hold by 项 is read as it was; the split of 财政拨款收入 between budgets is said to be worked out.
        Assert.Equal(accounts.Expenditure.OrderBy(l => (l.Code, l.Kind, l.Funding)), result.Accounts!.Expenditure.OrderBy(l => (l.Code, l.Kind, l.Funding)));
        Assert.Equal(accounts.Income.Where(l => l.Source.FundingOf() == Funding.NonFiscal).OrderBy(l => (l.Code, l.Source)),
            result.Accounts.Income.Where(l => l.Source.FundingOf() == Funding.NonFiscal).OrderBy(l => (l.Code, l.Source)));
        Assert.Equal(accounts.BasicByEconomic.Where(l => l.Funding == Funding.GeneralBudget).OrderBy(l => l.Code), result.Accounts.BasicByEconomic.OrderBy(l => l.Code));
        Assert.Single(result.Inferred);
    }

    /// <summary>
    /// The acceptance of the issue: the 2024 finance bureau of 普陀区 (samples/putuo-finance-2024), published in 万元 and
    /// exported with split codes, one workbook or one file per table, gives accounts whose tables print as the original's.
    /// </summary>
    [Fact]
    public void The_finance_bureaus_tables_exported_in_wan_make_accounts_published_in_wan_with_the_same_tables()
    {
        var accounts = SampleFiles.Read("putuo-finance-2024").Accounts!;
        var original = DisclosureBuilder.Build(accounts, new DisclosureOptions(AmountUnit.TenThousandYuan));
        var draft = Blank(accounts);
        var one = Import(ExportedTables.Workbook(original), draft);
        Assert.Empty(one.Errors);
        Assert.Empty(one.FailedIdentities);
        Assert.Equal(AmountUnit.TenThousandYuan, one.Settings.AmountUnit);
        var rebuilt = DisclosureBuilder.Build(one.Accounts!, new DisclosureOptions(one.Settings.AmountUnit!.Value));
        // Each 项 as printed, to the 0.01 万元 it was printed with: 1503.517 万元 is read as the 1,503.52 printed.
        foreach (var id in new[] { "T2", "T3", "T5", "T7" })
        {
            var (before, after) = (original.Tables.Single(t => t.Id == id), rebuilt.Tables.Single(t => t.Id == id));
            Assert.Equal(before.Rows.Where(r => r.Role is RowRole.Item or RowRole.Line).Select(r => string.Join("|", r.Cells.Select(c => c.Text))),
                after.Rows.Where(r => r.Role is RowRole.Item or RowRole.Line).Select(r => string.Join("|", r.Cells.Select(c => c.Text))));
        }
        static IEnumerable<string> Economic(DisclosureDocument d) =>
            d.Tables.Single(t => t.Id == "T6").Rows.SelectMany(r => r.Cells).Where(c => c.Key is { Length: 5 }).Select(c => $"{c.Key} {c.Text}").Order();
        Assert.Equal(Economic(original), Economic(rebuilt));
        // A total is the sum of what was printed: within 0.01 万元 for each 项 under it of what the original printed.
        var total = (one.Accounts!.Expenditure.Sum(l => l.Amount.Yuan), accounts.Expenditure.Sum(l => l.Amount.Yuan));
        Assert.InRange(total.Item1 - total.Item2, -50m * accounts.Expenditure.Count, 50m * accounts.Expenditure.Count);
        Assert.Equal(accounts.Income.Select(l => l.Code).Distinct().Order(), one.Accounts.Income.Select(l => l.Code).Distinct().Order());
        // Where a total printed from exact lines differs from the sum of the lines as printed, both are said.
        Assert.Contains("公开03表 合计行 本年支出合计：原表为2,940.05，按各项明细为2,940.06", one.Recomputed);
        Assert.All(one.Recomputed, r => Assert.Matches(@"^公开0\d表 .+：原表为[\d,.]+，按各项明细为[\d,.]+$", r));

        // One file per table, each titled but named “Sheet1” inside: the same accounts.
        var files = ExportedTables.Files(original);
        Assert.Equal(9, files.Count);
        var several = TablesAccounts.From(files.Select(f => WorkbookCells.Read(f.Content, f.Name)).ToArray(), draft, AccountsFileSettings.None, AsOf);
        Assert.Empty(several.Errors);
        Assert.Equal(AccountsWriter.Write(one.Accounts, one.Settings), AccountsWriter.Write(several.Accounts!, several.Settings));
    }

    /// <summary>The exports kept in samples/putuo-finance-2024 for people to try: as budget software writes them, and one with 公开03表's 合计 mistyped.</summary>
    public static readonly (string File, Func<byte[], byte[]> Change)[] SampleExports =
    [
        ("exported-tables-2024.xlsx", b => b),
        ("exported-tables-2024-broken-total.xlsx", b => WorkbookEdits.Edit(b, "支出决算表", "E4", 2950.05m)),
    ];

    /// <summary>
    /// The workbooks in samples/putuo-finance-2024 are the finance bureau's tables as exported here (JUESUAN_WRITE_SAMPLES=1 writes
    /// them again): the first makes the accounts the export makes, the second is reported for its 合计.
    /// </summary>
    [Fact]
    public void The_sample_exports_are_the_finance_bureaus_tables_and_the_broken_one_is_reported()
    {
        var accounts = SampleFiles.Read("putuo-finance-2024").Accounts!;
        var exported = ExportedTables.Workbook(DisclosureBuilder.Build(accounts, new DisclosureOptions(AmountUnit.TenThousandYuan)));
        foreach (var (file, change) in SampleExports)
        {
            var path = RepoPaths.File("samples", "putuo-finance-2024", file);
            if (Environment.GetEnvironmentVariable("JUESUAN_WRITE_SAMPLES") == "1") File.WriteAllBytes(path, change(exported));
            var expected = Import(change(exported), Blank(accounts));
            var kept = Import(File.ReadAllBytes(path), Blank(accounts), file);
            Assert.Equal(AccountsWriter.Write(expected.Accounts!, expected.Settings), AccountsWriter.Write(kept.Accounts!, kept.Settings));
            Assert.Equal(file.Contains("broken", StringComparison.Ordinal), kept.FailedIdentities.Count > 0);
        }
    }

    [Fact]
    public void What_the_tables_do_not_hold_is_kept_from_the_draft()
    {
        var accounts = SampleFiles.Read("putuo-finance-2024").Accounts!;
        var original = DisclosureBuilder.Build(accounts, new DisclosureOptions(AmountUnit.TenThousandYuan));
        var draft = accounts with { Income = [], Expenditure = [], BasicByEconomic = [] };
        var result = Import(ExportedTables.Workbook(original), draft);
        Assert.Equal(accounts.Unit, result.Accounts!.Unit);
        Assert.Equal(accounts.Budgets, result.Accounts.Budgets);
        Assert.Equal(accounts.Procurement, result.Accounts.Procurement);
        Assert.Equal(accounts.Projects, result.Accounts.Projects);
        Assert.Equal(accounts.Reasons, result.Accounts.Reasons);
        Assert.Equal(accounts.ThreePublic with { Actual = result.Accounts.ThreePublic.Actual, Budget = result.Accounts.ThreePublic.Budget }, result.Accounts.ThreePublic);
        Assert.Contains(result.Notes(), n => n.Heading.StartsWith("公开表中没有的内容", StringComparison.Ordinal) && n.Items.Contains("政府采购"));
    }

    [Fact]
    public void A_total_that_does_not_add_up_is_reported_with_its_table_and_the_figures_are_taken_from_the_lines()
    {
        var accounts = SampleFiles.Read("putuo-finance-2024").Accounts!;
        var original = DisclosureBuilder.Build(accounts, new DisclosureOptions(AmountUnit.TenThousandYuan));
        var workbook = ExportedTables.Workbook(original);
        // 公开03表's 合计 row, 本年支出合计 column (E): 2940.05 printed as 2950.05.
        var sheet = WorkbookCells.Read(workbook, "x.xlsx").Sheet("支出决算表")!;
        var totalRow = Enumerable.Range(1, sheet.LastRow).Single(r => sheet[r, 1].Text == "合计");
        Assert.Equal("2940.05", sheet[totalRow, 5].Text);
        var broken = WorkbookEdits.Edit(workbook, "支出决算表", XlsxRenderer.Reference(5, totalRow), 2950.05m);

        var result = Import(broken, Blank(accounts));
        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.FailedIdentities);
        Assert.All(result.FailedIdentities, f => Assert.Contains("公开03表", f.Location.Describe(), StringComparison.Ordinal));
        Assert.Contains(result.Notes(), n => n.Heading.StartsWith("公开表自身不平衡", StringComparison.Ordinal));
        // The accounts are the lines: their total is the 2,940.05 万元 the lines add to (each ±0.005 万元), not the 2,950.05 printed.
        Assert.InRange(result.Accounts!.Expenditure.Sum(l => l.Amount.Yuan), 29_400_500m - 200m, 29_400_500m + 200m);
    }

    [Fact]
    public void Tables_that_contradict_each_other_are_refused_at_the_cell_and_nothing_is_made()
    {
        var accounts = SampleFiles.Read("putuo-finance-2024").Accounts!;
        var workbook = ExportedTables.Workbook(DisclosureBuilder.Build(accounts, new DisclosureOptions(AmountUnit.TenThousandYuan)));
        // 公开03表 says 2010601 spent less on 基本支出 than 公开05表 says the general budget alone did.
        var sheet = WorkbookCells.Read(workbook, "x.xlsx").Sheet("支出决算表")!;
        var item = Enumerable.Range(1, sheet.LastRow).First(r => sheet[r, 3].Text == "01" && sheet[r, 4].Text == "行政运行");
        var cell = XlsxRenderer.Reference(6, item);
        var result = Import(WorkbookEdits.Edit(workbook, "支出决算表", cell, 1000m), Blank(accounts));
        Assert.Null(result.Accounts);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.Inconsistent, error.Code);
        Assert.Equal($"支出决算表 {cell}", error.Where);
        Assert.Contains("科目2010601的基本支出", error.Message, StringComparison.Ordinal);
    }
}
