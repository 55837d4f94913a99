using Juesuan.Catalog;

namespace Juesuan.Core.Tests;

public class CatalogTests
{
    private static readonly CodeCatalog Edition2021 = CodeCatalogs.ForYear(2021)!;

    [Fact]
    public void Function_names_are_written_as_disclosures_write_them()
    {
        Assert.Equal("一般公共服务支出（类）群众团体事务（款）行政运行（项）", Edition2021.FunctionPath("2012901"));
        Assert.Equal("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", Edition2021.FunctionPath("2080505"));
        Assert.Equal("科学技术支出（类）", Edition2021.FunctionPath("206"));
    }

    [Fact]
    public void Every_code_of_every_edition_has_its_parent_in_the_same_edition()
    {
        foreach (var edition in CodeCatalogs.EditionYears.Select(y => CodeCatalogs.ForYear(y)!))
        foreach (var code in edition.Codes.Where(c => c.ParentCode is not null))
            Assert.NotNull(edition.Find(code.Kind, code.ParentCode!));
    }

    [Fact]
    public void A_year_uses_the_latest_edition_not_later_than_itself_and_earlier_years_have_none()
    {
        Assert.Equal([2018, 2019, 2020, 2021, 2024], CodeCatalogs.EditionYears);
        Assert.Same(Edition2021, CodeCatalogs.ForYear(2023));
        Assert.Equal(2024, CodeCatalogs.ForYear(2026)!.EditionYear);
        Assert.Null(CodeCatalogs.ForYear(2017));
        Assert.Equal("没有2017年度适用的科目目录（最早的目录版本为2018年）", CatalogEditions.Shipped.NoEdition(2017));
    }

    [Theory]
    [InlineData(2018, "207", "文化体育与传媒支出")]
    [InlineData(2018, "210", "医疗卫生与计划生育支出")]
    [InlineData(2018, "220", "国土海洋气象等支出")]
    [InlineData(2019, "210", "卫生健康支出")]
    [InlineData(2019, "224", "灾害防治及应急管理支出")]
    [InlineData(2020, "215", "资源勘探信息等支出")]
    [InlineData(2021, "215", "资源勘探工业信息等支出")]
    [InlineData(2020, "20805", "行政事业单位离退休")]
    [InlineData(2024, "20805", "行政事业单位养老支出")]
    public void Each_edition_names_a_class_or_section_as_that_years_classification_did(int year, string code, string name) =>
        Assert.Equal(name, CodeCatalogs.ForYear(year)!.Find(CodeKind.Function, code)!.Name);

    [Theory]
    [InlineData(2018, "224")]
    [InlineData(2019, "234")]
    public void A_class_created_later_is_not_in_an_earlier_edition(int year, string code) =>
        Assert.Null(CodeCatalogs.ForYear(year)!.Find(CodeKind.Function, code));

    [Fact]
    public void The_2024_edition_names_codes_as_real_2024_disclosures_print_them()
    {
        var edition = CodeCatalogs.ForYear(2024)!;
        // 上海市普陀区财政局、规划和自然资源局 2024年度部门决算 (../shared/real), 公开表 as printed.
        Assert.Equal("财政委托业务支出", edition.Find(CodeKind.Function, "2010608")!.Name);
        Assert.Equal("行政事业单位养老支出", edition.Find(CodeKind.Function, "20805")!.Name);
        Assert.Equal("城乡社区规划与管理", edition.Find(CodeKind.Function, "21202")!.Name);
        Assert.Equal("公务用车运行维护费", edition.Find(CodeKind.Economic, "30231")!.Name);
        Assert.StartsWith("real:", edition.Find(CodeKind.Function, "2010608")!.Source);
    }

    [Fact]
    public void The_class_list_is_complete_and_ordered()
    {
        var classes = Edition2021.Classes(CodeKind.Function).Select(c => c.Code).ToArray();
        Assert.Equal(classes.Order(StringComparer.Ordinal), classes);
        Assert.Contains("201", classes);
        Assert.Contains("229", classes);
        Assert.True(classes.Length >= 25);
    }

    [Fact]
    public void A_bad_catalogue_file_is_reported_line_by_line()
    {
        const string text = "code\tlevel\tname_zh\tname_en\tkind\tsource\n" +
                            "201\tclass\t一般公共服务支出\tx\tfunction\ts\n" +
                            "20129\tsection\t群众团体事务\tx\tfunction\ts\n" +
                            "2012901\tsection\t行政运行\tx\tfunction\ts\n" +
                            "2012902\titem\t\tx\tfunction\ts\n" +
                            "3010101\titem\t基本工资\tx\teconomic\ts\n" +
                            "20130\tsection\t其他\tx\tfunctional\ts\n";
        var result = CatalogFile.Parse(text, 2030, "2030.tsv");
        Assert.Null(result.Catalog);
        Assert.Equal(
        [
            "2030.tsv 第4行：科目编码“2012901”与级次 section 不符（类3位、款5位、项7位）",
            "2030.tsv 第5行：科目“2012902”缺少中文名称",
            "2030.tsv 第6行：经济分类科目只有类、款两级，“3010101”不能为项",
            "2030.tsv 第7行：kind 应为 function 或 economic，实际为“functional”",
        ], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_code_whose_parent_is_missing_is_reported()
    {
        var result = CatalogFile.Parse("2012901\titem\t行政运行\tx\tfunction\ts\n", 2030, "2030.tsv");
        Assert.Contains("2030.tsv：科目“2012901”的上级科目“20129”不在目录中", result.Errors.Select(e => e.ToString()));
    }
}
