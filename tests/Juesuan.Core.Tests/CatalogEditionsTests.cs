using Juesuan.Catalog;

namespace Juesuan.Core.Tests;

/// <summary>A bureau's loaded classifications against the shipped editions: which list each fiscal year uses.</summary>
public class CatalogEditionsTests
{
    private static BureauCatalog Loaded(int year, CodeKind kind, params (string Code, string Name)[] codes) =>
        new(year, kind, codes.Select(c => new ClassificationCode(c.Code, ClassificationCode.LevelOfLength(c.Code.Length)!.Value, kind, c.Name, "", "财政局导入")).ToArray());

    [Fact]
    public void A_loaded_function_list_replaces_the_shipped_one_from_its_year_and_leaves_the_economic_one_as_shipped()
    {
        var editions = new CatalogEditions([Loaded(2022, CodeKind.Function, ("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010101", "行政运行"))]);

        Assert.Same(CodeCatalogs.ForYear(2021), editions.ForYear(2021));
        var year2023 = editions.ForYear(2023)!;
        Assert.Equal(2022, year2023.EditionYear);
        Assert.Equal(["201", "20101", "2010101"], year2023.Codes.Where(c => c.Kind == CodeKind.Function).Select(c => c.Code));
        Assert.Equal(CodeCatalogs.ForYear(2023)!.Codes.Where(c => c.Kind == CodeKind.Economic), year2023.Codes.Where(c => c.Kind == CodeKind.Economic));
        Assert.NotNull(editions.LoadedFor(2023, CodeKind.Function));
        Assert.Null(editions.LoadedFor(2023, CodeKind.Economic));
        Assert.Equal([.. CodeCatalogs.EditionYears.Append(2022).Order()], editions.EditionYears);
    }

    [Fact]
    public void A_later_shipped_edition_supersedes_an_earlier_loaded_list_and_a_list_loaded_for_that_year_supersedes_it()
    {
        var last = CodeCatalogs.EditionYears[^1];
        var earlier = new CatalogEditions([Loaded(last - 1, CodeKind.Function, ("201", "一般公共服务支出"))]);
        Assert.Same(CodeCatalogs.ForYear(last), earlier.ForYear(last));

        var same = new CatalogEditions([Loaded(last, CodeKind.Economic, ("301", "工资福利支出"), ("30101", "基本工资"))]);
        Assert.Equal(["301", "30101"], same.ForYear(last)!.Codes.Where(c => c.Kind == CodeKind.Economic).Select(c => c.Code));
    }

    [Fact]
    public void A_loaded_list_survives_being_stored_as_text()
    {
        var loaded = Loaded(2025, CodeKind.Function, ("213", "农林水支出"), ("21301", "农业农村"), ("2130153", "农田建设"))
            with { Codes = [new ClassificationCode("213", CodeLevel.Class, CodeKind.Function, "农林水支出", "", "财政局导入：a.xlsx", "反映农林水方面的支出。\t含\n多行")] };
        var back = BureauCatalog.FromText(2025, CodeKind.Function, loaded.ToText());
        var code = Assert.Single(back.Codes);
        Assert.Equal(("213", "农林水支出", "财政局导入：a.xlsx", "反映农林水方面的支出。 含 多行"), (code.Code, code.Name, code.Source, code.Explanation));
    }
}
