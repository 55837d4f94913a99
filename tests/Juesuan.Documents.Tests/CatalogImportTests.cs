using System.Text;
using Juesuan.Catalog;
using Juesuan.Documents.Classification;

namespace Juesuan.Documents.Tests;

/// <summary>Reading a bureau's catalogue as budget systems export it: columns by heading, errors at their cells, nothing half-read.</summary>
public class CatalogImportTests
{
    private static CatalogImportResult Csv(string text, CodeKind kind = CodeKind.Function, Encoding? encoding = null) =>
        CatalogImportReader.Read((encoding ?? Encoding.UTF8).GetBytes(text), "目录.csv", 2025, kind, "财政局导入：目录.csv");

    [Fact]
    public void Columns_are_found_by_heading_below_a_title_in_any_order_with_indented_names_and_explanations()
    {
        var result = Csv("2025年支出功能分类科目\n\n科目名称,备注,科目编码,科目说明\n一般公共服务支出,,201,\n　　人大事务,,20101,反映各级人大的支出。\n　　　　行政运行,,2010101,\n");
        Assert.Empty(result.Errors);
        var catalog = result.Catalog!;
        Assert.Equal(["201", "20101", "2010101"], catalog.Codes.Select(c => c.Code));
        Assert.Equal("人大事务", catalog.Codes[1].Name);
        Assert.Equal("反映各级人大的支出。", catalog.Codes[1].Explanation);
        Assert.All(catalog.Codes, c => Assert.Equal("财政局导入：目录.csv", c.Source));
    }

    [Fact]
    public void A_csv_saved_by_chinese_excel_in_gb18030_reads_as_utf8_does()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var result = Csv("科目编码,科目名称\n301,工资福利支出\n30101,基本工资\n", CodeKind.Economic, Encoding.GetEncoding("GB18030"));
        Assert.Empty(result.Errors);
        Assert.Equal("基本工资", result.Catalog!.Codes[1].Name);
    }

    [Fact]
    public void Every_problem_is_reported_at_its_line_and_column_and_nothing_is_read()
    {
        var result = Csv("科目编码,科目名称\n301,工资福利支出\n3010101,基本工资\n30199,\n302x,商品和服务支出\n201,一般公共服务支出\n301,工资\n30501,离退休费\n", CodeKind.Economic);
        Assert.Null(result.Catalog);
        Assert.Equal(
        [
            "目录.csv 第3行第1列：部门预算支出经济分类科目应为3位（类）或5位（款），“3010101”为7位",
            "目录.csv 第4行第2列：科目“30199”缺少科目名称",
            "目录.csv 第5行第1列：科目编码应只含数字，实际为“302x”",
            "目录.csv 第6行第1列：部门预算支出经济分类科目的编码以3或5开头，“201”不是部门预算支出经济分类科目",
            "目录.csv 第7行第1列：科目“301”重复（首次出现在第2行第1列）",
            "目录.csv 第8行第1列：科目“30501 离退休费”的上级科目“305”不在文件中",
        ], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_file_without_the_headings_or_without_codes_says_what_it_expected()
    {
        Assert.Contains("前20行中没有找到表头“科目编码”", Assert.Single(Csv("编号,名字\n201,一般公共服务支出\n").Errors).Message);
        Assert.Equal("目录.csv 第1行第1列：表头行中没有“科目名称”列", Assert.Single(Csv("科目编码,名字\n201,一般公共服务支出\n").Errors).ToString());
        Assert.Equal("目录.csv 第1行第1列：表头下没有任何科目", Assert.Single(Csv("科目编码,科目名称\n,\n").Errors).ToString());
    }

    [Fact]
    public void A_workbook_written_from_an_edition_reads_back_to_the_same_codes_with_errors_at_their_cells()
    {
        var edition = CodeCatalogs.ForYear(2024)!;
        var book = CatalogWorkbook.Write(edition, CodeKind.Economic);
        var read = CatalogImportReader.Read(book, "经济分类.xlsx", 2024, CodeKind.Economic, "财政局导入");
        Assert.Empty(read.Errors);
        Assert.Equal(edition.Codes.Where(c => c.Kind == CodeKind.Economic).Select(c => (c.Code, c.Name, c.Explanation)),
            read.Catalog!.Codes.Select(c => (c.Code, c.Name, c.Explanation)));

        var wrongKind = CatalogImportReader.Read(book, "经济分类.xlsx", 2024, CodeKind.Function, "财政局导入");
        Assert.Null(wrongKind.Catalog);
        Assert.StartsWith("经济分类.xlsx 科目目录 A2：支出功能分类科目的编码以2开头", wrongKind.Errors[0].ToString());
    }
}
