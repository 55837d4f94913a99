using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;
using Juesuan.Performance;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

/// <summary>Every reader reports its problems as one value: a stable code, a typed location, a message and, where useful, a hint.</summary>
public class FileErrorTests
{
    [Fact]
    public void The_accounts_reader_places_a_problem_at_its_json_path_and_a_syntax_error_at_its_line_and_column()
    {
        var wrong = Assert.Single(AccountsReader.Read("""{"format":"juesuan.accounts/1","fiscalYear":"2021"}""", "a.json").Errors, e => e.Code == ErrorCodes.WrongType);
        Assert.Equal(new JsonLocation("a.json", "$.fiscalYear", "决算年度"), wrong.Location);
        var syntax = Assert.Single(AccountsReader.Read("{\n  \"format\": \"juesuan.accounts/1\"\n  \"fiscalYear\": 2021\n}", "a.json").Errors);
        Assert.Equal((ErrorCodes.Syntax, new TextLocation("a.json", 3, 3)), (syntax.Code, syntax.Location));
    }

    [Fact]
    public void The_workbook_reader_places_a_problem_at_its_cell()
    {
        var sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "a.json");
        var workbook = WorkbookEdits.Edit(AccountsWorkbookWriter.Write(sample.Accounts!, sample.Settings), "支出", "E3", "约三万");
        var error = Assert.Single(AccountsWorkbookReader.Read(WorkbookCells.Read(workbook, "填报.xlsx")).Errors);
        Assert.Equal((ErrorCodes.WrongType, new CellLocation("填报.xlsx", "支出", "E3", null)), (error.Code, error.Location));
        Assert.Equal(Hints.Amount, error.Hint);
    }

    [Fact]
    public void Rule_and_catalogue_files_place_a_problem_at_its_line()
    {
        var rules = RuleCatalogue.Load(config: ("{ \"config\": \"juesuan.check-config/1\", \"rules\": { \"Z-9\": {} } }", "bureau.json"));
        var unknown = Assert.Single(rules.Errors);
        Assert.Equal((ErrorCodes.NotFound, new TextLocation("bureau.json", 1, 50)), (unknown.Code, unknown.Location));
        var catalogue = CatalogFile.Parse("code\tlevel\tname_zh\tname_en\tkind\tsource\n201\tclass\t一般公共服务支出\tx\tfunctional\ts\n", 2030, "2030.tsv");
        Assert.Equal((ErrorCodes.NotAllowed, new TextLocation("2030.tsv", 2, null)), (catalogue.Errors[0].Code, catalogue.Errors[0].Location));
    }

    [Fact]
    public void A_document_that_cannot_be_read_is_a_problem_with_the_whole_file()
    {
        var error = AuditSource.Read([], "公开.txt").Error!;
        Assert.Equal((ErrorCodes.Missing, new WholeFile("公开.txt")), (error.Code, error.Location));
        var performance = Assert.Single(PerformanceReader.Read("[]", "自评.json").Errors);
        Assert.Equal(new JsonLocation("自评.json", "$"), performance.Location);
    }
}
