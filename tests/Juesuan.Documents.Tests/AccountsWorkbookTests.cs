using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Json;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;
using Juesuan.Testing;
using static Juesuan.Documents.Tests.WorkbookEdits;

namespace Juesuan.Documents.Tests;

public class AccountsWorkbookTests
{
    private static readonly AccountsReadResult SampleFile = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json");
    private static readonly UnitAccounts Sample = SampleFile.Accounts!;
    private static readonly byte[] SampleWorkbook = AccountsWorkbookWriter.Write(Sample, SampleFile.Settings);

    private static AccountsReadResult Import(byte[] workbook, string name = "填报.xlsx") =>
        AccountsWorkbookReader.Read(WorkbookCells.Read(workbook, name));

    [Fact]
    public void The_sample_goes_into_the_workbook_and_comes_back_the_same()
    {
        var result = Import(SampleWorkbook);
        Assert.Empty(result.Errors);
        Assert.Equal(AccountsWriter.Write(Sample, SampleFile.Settings), AccountsWriter.Write(result.Accounts!, result.Settings));
        Assert.Equal(DocumentJson.Write(DisclosureBuilder.Build(Sample)), DocumentJson.Write(DisclosureBuilder.Build(result.Accounts!)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generated_units_with_every_fund_come_back_the_same(int seed)
    {
        var accounts = SyntheticUnits.Create(seed);
        var result = Import(AccountsWorkbookWriter.Write(accounts));
        Assert.Empty(result.Errors);
        Assert.Equal(AccountsWriter.Write(accounts), AccountsWriter.Write(result.Accounts!));
    }

    [Fact]
    public void A_restated_prior_figure_and_its_reason_come_back_from_the_workbook()
    {
        var accounts = SyntheticUnits.Create(1) with
        {
            PriorYear = new PriorYearFigures
            {
                Total = Amount.FromYuan(1_234_567.89m),
                Restated = new Dictionary<PriorYearItem, string> { [PriorYearItem.Total] = "上年决算经审计调整", [PriorYearItem.Procurement] = "口径调整" },
            },
        };
        var result = Import(AccountsWorkbookWriter.Write(accounts));
        Assert.Empty(result.Errors);
        Assert.Equal(accounts.PriorYear.Restated.OrderBy(r => r.Key), result.Accounts!.PriorYear.Restated.OrderBy(r => r.Key));
        Assert.Equal(AccountsWriter.Write(accounts), AccountsWriter.Write(result.Accounts));
    }

    [Fact]
    public void The_workbook_is_valid_office_open_xml()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(AccountsWorkbookWriter.Template(2021)), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(xlsx).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }

    [Fact]
    public void The_template_has_a_sheet_for_each_part_with_drop_downs_and_name_look_ups()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(AccountsWorkbookWriter.Template(2021)), false);
        var workbook = xlsx.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToArray();
        Assert.Equal(["填表说明", .. AccountsWorkbookLayout.Standard.Sheets.Select(s => s.Name), "科目目录"], sheets.Select(s => s.Name!.Value!));
        Assert.Equal(SheetStateValues.Hidden, sheets[^1].State!.Value);

        var expenditure = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "支出").Id!.Value!);
        var lists = expenditure.Worksheet.Descendants<DataValidation>().Where(v => v.Type!.Value == DataValidationValues.List).ToArray();
        Assert.Contains(lists, v => v.Formula1!.Text.Contains("基本支出", StringComparison.Ordinal) && v.SequenceOfReferences!.InnerText == "C3:C202");
        Assert.Contains(lists, v => v.Formula1!.Text.Contains("非财政拨款资金", StringComparison.Ordinal));
        var lookup = expenditure.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B3");
        Assert.Contains("VLOOKUP(A3&\"\",科目目录!$A:$B,2,FALSE)", lookup.CellFormula!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_names_and_reason_meanings_are_shown_beside_the_sample_lines()
    {
        var cells = WorkbookCells.Read(SampleWorkbook, "填报.xlsx");
        var expenditure = cells.Sheet("支出")!;
        Assert.Equal("2012901", expenditure[3, 1].Text);
        Assert.Equal("行政运行", expenditure[3, 2].Text);
        var reasons = cells.Sheet("原因说明")!;
        var rows = Enumerable.Range(3, reasons.LastRow - 2).ToDictionary(r => reasons[r, 1].Text, r => reasons[r, 2].Text);
        Assert.Equal("“三公”经费决算数与预算数的差异", rows["threePublic.budget"]);
        Assert.Equal("2060702 项决算数与年初（调整）预算数的差异", rows["budget.2060702"]);
    }

    [RequiresLibreOfficeCalcFact]
    public void LibreOffice_opens_the_template_and_names_a_code_typed_into_it()
    {
        var dir = Directory.CreateTempSubdirectory("juesuan-template-").FullName;
        try
        {
            var file = Path.Combine(dir, "template.xlsx");
            File.WriteAllBytes(file, Edit(AccountsWorkbookWriter.Template(2021), "支出", "A3", "2060702"));
            var (exitCode, _, errors) = LibreOffice.Convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
            Assert.True(exitCode == 0, errors);
            var expenditure = File.ReadAllLines(Path.Combine(dir, "template-支出.csv"));
            Assert.StartsWith("2060702,科普活动,", expenditure[2], StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "template-原因说明.csv")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_empty_template_names_every_required_cell_it_lacks()
    {
        var result = Import(AccountsWorkbookWriter.Template(2021));
        Assert.Null(result.Accounts);
        var messages = result.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains("填报.xlsx 基本情况 B4：单位编码不能为空", messages);
        Assert.Contains("填报.xlsx 基本情况 B5：单位名称不能为空", messages);
        Assert.Contains("填报.xlsx 基本情况 B7：单位类型不能为空", messages);
        Assert.DoesNotContain(messages, m => m.Contains("决算年度", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, object, string> BadCells => new()
    {
        { "支出", "E3", "约三万", "支出 E3：金额应为金额（以元为单位的数字），实际为文本“约三万”" },
        { "支出", "E3", -5m, "支出 E3：金额不能为负数，实际为-5" },
        { "支出", "E3", 1.234m, "支出 E3：金额应精确到分（最多两位小数），实际为1.234" },
        { "支出", "A3", "2019999", "支出 A3：2021年版支出功能分类科目中没有“2019999”" },
        { "支出", "A3", "20129", "支出 A3：应填写7位的项级科目，“20129 群众团体事务”是款级科目" },
        { "支出", "A3", "", "支出 A3：功能分类科目编码不能为空" },
        { "支出", "C3", "人员支出", "支出 C3：支出性质应为“基本支出”、“项目支出”、“上缴上级支出”、“经营支出”、“对附属单位补助支出”之一，实际为文本“人员支出”" },
        { "支出", "D3", "财政", "支出 D3：资金性质应为“一般公共预算财政拨款”、“政府性基金预算财政拨款”、“国有资本经营预算财政拨款”、“非财政拨款资金”之一，实际为文本“财政”" },
        { "支出", "C3", "经营支出", "支出 D3：经营支出只能使用非财政拨款资金，实际为一般公共预算财政拨款" },
        { "基本支出经济分类", "A3", "30100", "基本支出经济分类 A3：2021年版部门预算支出经济分类科目中没有“30100”" },
        { "三公经费", "B14", "两辆", "三公经费 B14：公务用车保有量应为整数，实际为文本“两辆”" },
        { "三公经费", "B14", 1.5m, "三公经费 B14：公务用车保有量应为整数，实际为数字 1.5" },
        { "基本情况", "B18", "七月五日", "基本情况 B18：批复日期应为日期（如 2022-07-25），实际为文本“七月五日”" },
        { "基本情况", "B7", "机关", "基本情况 B7：单位类型应为“行政单位”、“参照公务员法管理的事业单位”、“事业单位”、“公益一类事业单位”、“公益二类事业单位”、“经营类事业单位”、“其他单位”之一，实际为文本“机关”" },
        { "基本情况", "B5", "", "基本情况 B5：单位名称不能为空" },
        { "基本情况", "B3", 1999m, "基本情况 B3：决算年度应为2000至2100之间的整数，实际为1999" },
        { "项目", "I3", "也许", "项目 I3：是否开展绩效自评应为“是”或“否”，实际为文本“也许”" },
        { "原因说明", "A3", "budget.9999999", "原因说明 C3：预算差异原因说明的科目应为2021年版的7位功能分类项级科目编码，实际为“9999999”" },
        { "原因说明", "A3", "cause", "原因说明 C3：没有这一项原因说明：“cause”" },
        { "基本情况", "A10", "人数", "基本情况 A10：未知的项目“人数”" },
        { "收入", "D2", "金额（元）", "收入 第2行：缺少列“金额”" },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public void Every_kind_of_bad_cell_is_named_by_sheet_and_cell_and_nothing_is_imported(string sheet, string cell, object value, string expected)
    {
        var result = Import(Edit(SampleWorkbook, sheet, cell, value));
        Assert.Null(result.Accounts);
        Assert.Contains(result.Errors, e => $"{e.Where}：{e.Message}".StartsWith(expected, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal("填报.xlsx", e.File));
    }

    [Fact]
    public void A_line_entered_twice_is_named_with_the_row_it_repeats()
    {
        var edited = Edit(Edit(Edit(Edit(SampleWorkbook, "支出", "A4", "2012901"), "支出", "C4", "基本支出"), "支出", "D4", "一般公共预算财政拨款"), "支出", "E4", 1m);
        var result = Import(edited);
        Assert.Contains(result.Errors, e => e.Where == "支出 第4行" && e.Message.StartsWith("与 支出 第3行 重复", StringComparison.Ordinal));
    }

    [Fact]
    public void Cells_as_people_type_them_are_read_as_meant()
    {
        var typed = Edit(SampleWorkbook, "支出", "A3", 2012901m);                      // a code typed as a number
        typed = Edit(typed, "支出", "E4", "64,800.00");                                 // an amount typed as text with separators
        typed = Edit(typed, "基本情况", "B18", "2022/7/5");                             // a date typed as text
        typed = Edit(typed, "基本情况", "B19", 44753m);                                 // a date as Excel stores it
        typed = Edit(typed, "收入", "D3", "0.30000000000000004", raw: true);             // a float that stands for 0.30
        var result = Import(typed);
        Assert.Empty(result.Errors);
        var accounts = result.Accounts!;
        Assert.Equal("2012901", accounts.Expenditure[0].Code);
        Assert.Equal(64_800.00m, accounts.Expenditure[1].Amount.Yuan);
        Assert.Equal(new DateOnly(2022, 7, 5), accounts.Publication.ApprovalDate);
        Assert.Equal(new DateOnly(2022, 7, 11), accounts.Publication.PublishedDate);
        Assert.Equal(0.30m, accounts.Income[0].Amount.Yuan);
    }

    [Fact]
    public void Blank_lines_and_reasons_left_empty_are_skipped()
    {
        var withGap = Edit(SampleWorkbook, "收入", "A40", "2012902");
        withGap = Edit(withGap, "收入", "C40", "事业收入");
        withGap = Edit(withGap, "收入", "D40", 1m);
        var result = Import(withGap);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Equal(Sample.Income.Count + 1, result.Accounts!.Income.Count);
        Assert.Equal(Sample.Reasons.Count, result.Accounts.Reasons.Count);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_gets_a_clear_message()
    {
        var old = WorkbookFormat([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
        Assert.Contains("另存为 .xlsx", old, StringComparison.Ordinal);
        Assert.Contains("不是有效的 Excel 工作簿", WorkbookFormat("决算"u8.ToArray()), StringComparison.Ordinal);
        var tables = Import(XlsxRenderer.Render(DisclosureBuilder.Build(Sample)));
        Assert.Contains(tables.Errors, e => e.Message.Contains("这不是决算填报工作簿", StringComparison.Ordinal));
    }

    private static string WorkbookFormat(byte[] content) =>
        Assert.Throws<WorkbookFormatException>(() => WorkbookCells.Read(content, "x.xlsx")).Message;

    [Fact]
    public void A_renamed_sheet_is_refused_naming_what_is_missing_and_what_was_found_and_nothing_is_read()
    {
        var result = Import(WorkbookEdits.RenameSheet(SampleWorkbook, "收入", "收入表"));
        Assert.Null(result.Accounts);
        var errors = result.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.StartsWith("填报.xlsx：缺少工作表“收入”（工作簿中的工作表为：", StringComparison.Ordinal) && e.Contains("“收入表”", StringComparison.Ordinal));
        Assert.Contains("填报.xlsx 收入表：模板中没有工作表“收入表”（缺少的是：“收入”）；如是改名，请改回原名；如是自行添加的，请删除后再导入", errors);
        // An optional list renamed is refused too: its rows would otherwise be lost without a word.
        Assert.Null(Import(WorkbookEdits.RenameSheet(SampleWorkbook, "原因说明", "原因")).Accounts);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("1e400")]
    [InlineData("-1e300")]
    public void A_number_no_amount_can_be_is_an_error_at_its_cell(string stored)
    {
        var result = Import(WorkbookEdits.Edit(SampleWorkbook, "收入", "D3", stored, raw: true));
        Assert.Null(result.Accounts);
        Assert.Contains($"填报.xlsx 收入 D3：金额应为金额（以元为单位的数字），实际为数字 {stored}", result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Merged_cells_are_read_as_the_merge_shows_them_not_from_their_hidden_values()
    {
        // D4 keeps its amount under the merge, but the sheet shows one cell with D3's value: line 2 has no amount.
        var merged = WorkbookEdits.Merge(SampleWorkbook, "收入", "D3:D4");
        var result = Import(merged);
        Assert.Null(result.Accounts);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith("填报.xlsx 收入 D4：", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_longer_than_excel_allows_and_a_part_that_inflates_past_its_limit_are_refused_before_use()
    {
        var longCell = WorkbookEdits.Edit(SampleWorkbook, "基本情况", "B12", new string('职', 100_000));
        var cell = Assert.Throws<WorkbookFormatException>(() => WorkbookCells.Read(longCell, "填报.xlsx"));
        Assert.Equal("填报.xlsx 基本情况 B12：单元格有 100000 个字符，超过 Excel 单元格的上限 32767 个字符", cell.Error.ToString());

        // About 20 MB of sheet in a file of a few kilobytes: refused from the archive's own sizes, before parsing.
        var inflating = WorkbookEdits.Edit(SampleWorkbook, "基本情况", "B12", new string('a', 20 * 1024 * 1024));
        Assert.True(inflating.Length < 1024 * 1024);
        var part = Assert.Throws<WorkbookFormatException>(() => WorkbookCells.Read(inflating, "填报.xlsx"));
        Assert.Contains("解压后超过 16 MB，不像是决算数据", part.Error.ToString());
    }
}
