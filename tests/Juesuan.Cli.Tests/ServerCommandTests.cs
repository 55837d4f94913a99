using System.Text.Json.Nodes;
using Juesuan.Catalog;
using Juesuan.Data;
using Juesuan.Documents.Classification;
using Juesuan.Documents.Tests;
using Juesuan.Testing;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Cli.Tests;

/// <summary>juesuan import and juesuan trail, against a SQLite database in a data folder of their own.</summary>
public sealed class ServerCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-server-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Data => Path.Combine(_dir, "data");

    private (int Code, string Out, string Err) Juesuan(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = JuesuanCommand.Run([.. args, "--data", Data], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private JuesuanDb Open() => Databases.Open(DatabaseProvider.Sqlite, Databases.SqliteFile(Data));

    /// <summary>A database holding the sample's unit (under a bureau and a department), as the server would.</summary>
    private void ArrangeTree()
    {
        using var db = Open();
        db.Database.Migrate();
        var tree = new OrganisationTree(db, TimeProvider.System);
        var bureau = tree.AddAsync("140200", "大同市财政局", OrganisationKind.Bureau, null, "admin").GetAwaiter().GetResult().Added!;
        var department = tree.AddAsync("D-KX", "大同市科学技术协会", OrganisationKind.Department, bureau.Id, "admin").GetAwaiter().GetResult().Added!;
        tree.AddAsync("140200-KX", "大同市科学技术协会", OrganisationKind.Unit, department.Id, "admin").GetAwaiter().GetResult();
    }

    /// <summary>A database holding the finance bureau of 普陀区 as a unit (samples/putuo-finance-2024), as the server would.</summary>
    private void ArrangeFinanceBureau()
    {
        using var db = Open();
        db.Database.Migrate();
        var tree = new OrganisationTree(db, TimeProvider.System);
        var bureau = tree.AddAsync("310107", "上海市普陀区财政局（主管）", OrganisationKind.Bureau, null, "admin").GetAwaiter().GetResult().Added!;
        var department = tree.AddAsync("D-CZJ", "上海市普陀区财政局", OrganisationKind.Department, bureau.Id, "admin").GetAwaiter().GetResult().Added!;
        tree.AddAsync("PT-CZJ", "上海市普陀区财政局", OrganisationKind.Unit, department.Id, "admin").GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_folder_imports_each_file_to_the_unit_it_names_with_a_line_each_and_says_which_were_not()
    {
        ArrangeTree();
        await using (var db = Open())
        {
            var department = db.Organisations.Single(o => o.Code == "D-KX");
            await new OrganisationTree(db, TimeProvider.System).AddAsync("140200-KX2", "大同市科技馆", OrganisationKind.Unit, department.Id, "admin");
        }
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "city")).FullName;
        var sample = await File.ReadAllTextAsync(RepoPaths.SampleAccounts);
        string As(string code, string name) => SampleVariants.AsUnit(sample, code, name);
        File.WriteAllText(Path.Combine(folder, "a-kx.json"), sample);
        Directory.CreateDirectory(Path.Combine(folder, "second"));
        File.WriteAllText(Path.Combine(folder, "second", "b-kx2.json"), As("140200-KX2", "大同市科技馆"));
        File.WriteAllText(Path.Combine(folder, "c-unknown.json"), As("140200-NONE", "不存在的单位"));
        File.WriteAllText(Path.Combine(folder, "d-broken.json"), "{ not json");
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "不是决算数据");

        var (code, output, error) = Juesuan("import", folder, "--year", "2021");
        Assert.Equal(ExitCodes.InvalidInput, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("[1/4] a-kx.json → 140200-KX 大同市科学技术协会：已导入为第1版", lines[0]);
        Assert.StartsWith("[2/4] c-unknown.json → 140200-NONE：未导入。系统中没有编码为“140200-NONE”的单位", lines[1]);
        Assert.StartsWith("[3/4] d-broken.json：未导入。", lines[2]);
        Assert.Contains(Path.Combine(folder, "d-broken.json") + " ", lines[2]);
        Assert.StartsWith($"[4/4] {Path.Combine("second", "b-kx2.json")} → 140200-KX2 大同市科技馆：已导入为第1版", lines[3]);
        Assert.Contains("共 4 个文件：已导入 2 个，未导入 2 个（原因见上）。", output);
        using (var db = Open())
            Assert.Equal(["140200-KX", "140200-KX2"], db.AccountsVersions.Select(v => v.Organisation!.Code).Order().ToArray());
        // Without a folder, a unit must be named.
        var unnamed = Juesuan("import", RepoPaths.SampleAccounts, "--year", "2021");
        Assert.Equal(ExitCodes.InvalidInput, unnamed.Code);
        Assert.Contains("请用 --unit 指明导入到哪个单位", unnamed.Err);
    }

    [Fact]
    public void Import_saves_the_file_as_the_units_next_version_and_the_trail_verifies()
    {
        ArrangeTree();
        var (code, output, error) = Juesuan("import", RepoPaths.SampleAccounts, "--unit", "140200-KX", "--year", "2021", "--as", "张三");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("已导入 140200-KX 大同市科学技术协会 2021年度决算：第1版，修订号 1；检查发现阻断 0 项", output);
        Assert.Equal(ExitCodes.Success, Juesuan("import", RepoPaths.SampleAccounts, "--unit", "140200-KX", "--year", "2021").Code);
        using (var db = Open())
        {
            Assert.Equal([1, 2], db.AccountsVersions.OrderBy(v => v.Number).Select(v => v.Number).ToArray());
            Assert.Equal("张三", db.AccountsVersions.Single(v => v.Number == 1).SavedBy);
        }
        var trail = Juesuan("trail", "--anchor");
        Assert.Equal(ExitCodes.Success, trail.Code);
        Assert.Contains("审计链完整：共 5 条记录。（尚无锚点）", trail.Out);
        Assert.Contains("已写入锚点：5 条记录", trail.Out);
        Assert.Contains("的锚点一致", Juesuan("trail").Out);
        // The last entry deleted outside the application: the chain still links, the anchor shows it.
        using (var db = Open()) db.Database.ExecuteSqlRaw("DELETE FROM \"AuditEntries\" WHERE \"Id\" = (SELECT MAX(\"Id\") FROM \"AuditEntries\")");
        var cut = Juesuan("trail");
        Assert.Equal(TrailCommand.Broken, cut.Code);
        Assert.Contains("最后的记录被删除过", cut.Err);
    }

    /// <summary>
    /// juesuan import-prior: with --dry-run it reads last year's real PDF and prints each figure with its table, row,
    /// column and page, without a database; without it, it takes them as the 上年数 of the unit's draft.
    /// </summary>
    [RequiresPdftotextFact]
    public void Import_prior_shows_what_last_years_pdf_gives_without_a_database_then_takes_it_into_the_draft()
    {
        var pdf = RepoPaths.File("tests", "real", "putuo-finance-bureau-2024.pdf");
        var (code, json, error) = Juesuan("import-prior", pdf, "--dry-run", "--format", "json");
        Assert.True(code == ExitCodes.Success, error);
        Assert.False(Directory.Exists(Data), "--dry-run 不应建立数据库");
        var read = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(2024, (int)read["fiscalYear"]!);
        var total = read["figures"]!.AsArray().Single(f => (string)f!["field"]! == "priorYear.total")!;
        Assert.Equal(("公开01表", "收入总计", "决算数", "第7页", "2,995.39", "万元", 29_953_900m),
            ((string)total["table"]!, (string)total["row"]!, (string)total["column"]!, (string)total["where"]!, (string)total["printed"]!, (string)total["unit"]!, (decimal)total["yuan"]!));
        Assert.Empty(read["unread"]!.AsArray());

        ArrangeFinanceBureau();
        // A year other than the one after the document's is refused, and nothing is saved before the draft exists.
        var wrongYear = Juesuan("import-prior", pdf, "--unit", "PT-CZJ", "--year", "2026");
        Assert.Equal(ExitCodes.InvalidInput, wrongYear.Code);
        Assert.Contains("2026年度的上年数应取自2025年度的决算", wrongYear.Err);
        var noDraft = Juesuan("import-prior", pdf, "--unit", "PT-CZJ", "--year", "2025");
        Assert.Equal(ExitCodes.InvalidInput, noDraft.Code);
        Assert.Contains("尚无决算数据", noDraft.Err);

        var draft = RepoPaths.File("samples", "putuo-finance-2024", "next-year-2025.json");
        Assert.Equal(ExitCodes.Success, Juesuan("import", draft, "--unit", "PT-CZJ", "--year", "2025").Code);
        var taken = Juesuan("import-prior", pdf, "--unit", "PT-CZJ", "--year", "2025", "--as", "李四");
        Assert.True(taken.Code == ExitCodes.Success, taken.Err);
        Assert.Contains("已保存 PT-CZJ 上海市普陀区财政局 2025年度决算的上年数：第2版", taken.Out);
        using (var db = Open())
        {
            var version = db.AccountsVersions.Single(v => v.Number == 2);
            Assert.Equal("李四", version.SavedBy);
            var prior = JsonNode.Parse(version.Json)!["priorYear"]!;
            Assert.Equal(29_953_900m, (decimal)prior["total"]!);
            Assert.Equal(1_846_500m, (decimal)prior["operatingCosts"]!);
            var @case = db.DisclosureCases.Single(c => c.FiscalYear == 2025);
            // The draft no longer lacks its 上年数 (E-7 blocked it), and each figure is marked with where it was printed.
            Assert.Equal(0, @case.Blocking);
            var marks = CarriedOver.Read(@case.CarriedOver);
            Assert.Equal("putuo-finance-bureau-2024.pdf 公开01表 第7页 收入总计 决算数 2,995.39万元", marks["priorYear.total"]);
            Assert.Equal(19, marks.Count);
        }
    }

    /// <summary>
    /// juesuan import of the nine 公开表 as budget software exports them (samples/putuo-finance-2024): over a unit with no draft
    /// yet, the tables become the year's figures; a table whose 合计 is mistyped is imported from its lines and reported.
    /// </summary>
    [Fact]
    public void Import_takes_the_nine_exported_tables_as_the_years_figures_and_reports_a_total_that_does_not_add_up()
    {
        ArrangeFinanceBureau();
        var folder = RepoPaths.File("samples", "putuo-finance-2024");
        var (code, output, error) = Juesuan("import", Path.Combine(folder, "exported-tables-2024.xlsx"), "--unit", "PT-CZJ", "--year", "2024");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("已导入 PT-CZJ 上海市普陀区财政局 2024年度决算：第1版", output);
        Assert.Contains("【公开表中没有的内容（保留原有数据，请在工作台填报或核对）】", output);
        Assert.DoesNotContain("公开表自身不平衡", output);
        using (var db = Open())
        {
            var version = db.AccountsVersions.Single();
            Assert.StartsWith("由公开表导入 exported-tables-2024.xlsx", version.Note);
            Assert.Equal("wan", (string)JsonNode.Parse(version.Json)!["disclosure"]!["amountUnit"]!);
            // The accounts are the lines as printed: 2,940.06 万元 where the bureau's 合计 (of lines not rounded) printed 2,940.05, and said so.
            Assert.Equal(29_400_600m, version.CurrentYearExpenditure);
        }
        Assert.Contains("公开03表 合计行 本年支出合计：原表为2,940.05，按各项明细为2,940.06", output);

        var broken = Juesuan("import", Path.Combine(folder, "exported-tables-2024-broken-total.xlsx"), "--unit", "PT-CZJ", "--year", "2024");
        Assert.True(broken.Code == ExitCodes.Success, broken.Err);
        Assert.Contains("【公开表自身不平衡（已按各表明细导入，合计按明细重算；请核实原表）】", broken.Out);
        Assert.Contains("公开03表合计行本年支出合计29,500,500.00元不等于各性质支出之和29,400,500.00元", broken.Out);

        // The year the tables are for is the year they are imported as.
        var wrongYear = Juesuan("import", Path.Combine(folder, "exported-tables-2024.xlsx"), "--unit", "PT-CZJ", "--year", "2025");
        Assert.Equal(ExitCodes.InvalidInput, wrongYear.Code);
        using (var db = Open()) Assert.Equal(2, db.AccountsVersions.Count());
    }

    [Fact]
    public void A_catalogue_loaded_from_the_bureaus_workbook_lets_a_unit_use_its_codes_and_a_broken_one_changes_nothing()
    {
        ArrangeTree();
        string Save(string name, string json) { var path = Path.Combine(_dir, name); File.WriteAllText(path, json); return path; }
        var unnamed = Save("school.json", SampleVariants.WithVocationalSchool(named: false));
        var named = Save("named.json", SampleVariants.WithVocationalSchool(named: true));
        var (refused, _, refusal) = Juesuan("import", unnamed, "--unit", "140200-KX", "--year", "2021");
        Assert.Equal(ExitCodes.InvalidInput, refused);
        Assert.Contains("2021年版支出功能分类科目中没有“2050302”", refusal);
        Assert.Equal(ExitCodes.Success, Juesuan("import", named, "--unit", "140200-KX", "--year", "2021").Code);
        int Warnings() { using var db = Open(); return db.DisclosureCases.Single().Warnings; }
        var warnedAsStated = Warnings();

        var broken = Save("broken.csv", "科目编码,科目名称\n205,教育支出\n2050302,中等职业教育\n205,教育\n");
        var (brokenCode, _, brokenError) = Juesuan("catalog", "import", broken, "--year", "2021", "--kind", "function");
        Assert.Equal(ExitCodes.InvalidInput, brokenCode);
        Assert.Contains("broken.csv 第4行第1列：科目“205”重复（首次出现在第2行第1列）", brokenError);
        Assert.Contains("broken.csv 第3行第1列：科目“2050302 中等职业教育”的上级科目“20503”不在文件中", brokenError);
        using (var db = Open()) Assert.Empty(db.LoadedCatalogs);

        // The bureau's edition as its budget system would export it: the 2021 list and the school's codes.
        var shipped = CodeCatalogs.ForYear(2021)!;
        var edition = new CodeCatalog(2021, shipped.Codes.Concat(SampleVariants.VocationalCodes.Where(kv => shipped.Find(CodeKind.Function, kv.Key) is null).Select(kv =>
            new ClassificationCode(kv.Key, ClassificationCode.LevelOfLength(kv.Key.Length)!.Value, CodeKind.Function, kv.Value, "", "预算系统"))));
        var workbook = Path.Combine(_dir, "功能分类科目.xlsx");
        File.WriteAllBytes(workbook, CatalogWorkbook.Write(edition, CodeKind.Function));
        var (_, preview, _) = Juesuan("catalog", "import", workbook, "--year", "2021", "--kind", "function", "--dry-run");
        Assert.Contains("与现用目录相比新增1个、删除0个、更名0个科目", preview);
        Assert.Contains("新增 2050302 中等职业教育", preview);
        using (var db = Open()) Assert.Empty(db.LoadedCatalogs);

        var (loaded, _, loadError) = Juesuan("catalog", "import", workbook, "--year", "2021", "--kind", "function", "--as", "李四");
        Assert.True(loaded == ExitCodes.Success, loadError);
        var (_, list, _) = Juesuan("catalog", "list", "--year", "2022", "--kind", "function", "--bureau");
        Assert.Contains("2050302\titem\t中等职业教育\tfunction\t财政局导入：功能分类科目.xlsx", list);
        Assert.DoesNotContain("2050302", Juesuan("catalog", "list", "--year", "2022", "--kind", "function").Out);

        var (imported, _, importError) = Juesuan("import", unnamed, "--unit", "140200-KX", "--year", "2021");
        Assert.True(imported == ExitCodes.Success, importError);
        // Stated, 2050302 drew a C-3 warning (目录外科目); in the bureau's edition it draws none.
        Assert.Equal(warnedAsStated - 1, Warnings());
        // The shipped list again, loaded as the bureau's: the unit's saved accounts use 2050302, which it lacks.
        var shippedOnly = Path.Combine(_dir, "内置.xlsx");
        File.WriteAllBytes(shippedOnly, CatalogWorkbook.Write(shipped, CodeKind.Function));
        var (refusedCode, _, refusedError) = Juesuan("catalog", "import", shippedOnly, "--year", "2021", "--kind", "function");
        Assert.Equal(ExitCodes.InvalidInput, refusedCode);
        Assert.Contains("大同市科学技术协会 2021年度：2050302", refusedError);
        using (var db = Open())
            Assert.Contains("新增1个", db.AuditEntries.Single(e => e.Action == "catalog.load" && e.Actor == "李四").Detail);
        Assert.Contains("审计链完整", Juesuan("trail").Out);
    }

    [Fact]
    public void A_template_file_is_checked_then_loaded_and_chosen_for_a_year_and_the_years_disclosures_are_built_with_it()
    {
        ArrangeTree();
        var broken = Path.Combine(_dir, "broken-template.json");
        File.WriteAllText(broken, SampleTemplates.BrokenBureau());
        // check reads no database.
        (int Code, string Out, string Err) Check(string file)
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            return (JuesuanCommand.Run(["template-pack", "check", file], stdout, stderr), stdout.ToString(), stderr.ToString());
        }
        var (checkedCode, _, checkError) = Check(broken);
        Assert.Equal(ExitCodes.InvalidInput, checkedCode);
        Assert.Contains("模板文件有 1 处错误，未检查：", checkError);
        Assert.Contains("broken-template.json $.text['s1.totals']：文本“s1.totals”中的占位符{totalIncom}无法识别", checkError);
        var (refusedCode, _, refusedError) = Juesuan("template-pack", "import", broken, "--year", "2021");
        Assert.Equal(ExitCodes.InvalidInput, refusedCode);
        Assert.Contains("未载入任何内容", refusedError);
        using (var db = Open()) Assert.Empty(db.OwnTemplates);

        var sound = Path.Combine(_dir, "大同模板.json");
        File.WriteAllText(sound, SampleTemplates.Bureau("收入支出总表"));
        Assert.Contains("模板“大同市部门决算公开模板”（datong-bureau），适用于2021年度起：9张表，情况说明10节，名词解释17条", Check(sound).Out);
        var (wrongYear, _, wrongYearError) = Juesuan("template-pack", "import", sound, "--year", "2020");
        Assert.Equal(ExitCodes.InvalidInput, wrongYear);
        Assert.Contains("适用于2021年度起，不能选用为2020年度的模板", wrongYearError);
        var (loaded, output, loadError) = Juesuan("template-pack", "import", sound, "--year", "2021", "--as", "李四");
        Assert.True(loaded == ExitCodes.Success, loadError);
        Assert.Contains("已载入，并选用为2021年度的模板", output);
        var list = Juesuan("template-pack", "list", "--bureau").Out;
        Assert.Contains("datong-bureau\t大同市部门决算公开模板\t2021年度起\t李四 ", list);
        Assert.Contains("# 2021年度选用 datong-bureau", list);

        using (var db = Open())
        {
            Assert.Equal(["template.load", "template.choose"], db.AuditEntries.Where(e => e.Action.StartsWith("template.")).OrderBy(e => e.Id).Select(e => e.Action).ToArray());
            // The year's accounts that name no template are built with it; another year's are not.
            var settings = new SettingsStore(db, TimeProvider.System).Publishing();
            var read = SampleFiles.Read("datong-cast-2021");
            var document = Pipeline.DisclosurePipeline.Build(read.Accounts!, read.Settings with { Template = null }, settings);
            Assert.Equal(("datong-bureau", "收入支出总表"), (document.Template, document.Tables.First().Title));
            Assert.Null(settings.TemplateFor(2022));
        }
        Assert.Contains("审计链完整", Juesuan("trail").Out);
    }

    [Fact]
    public void A_bad_file_imports_nothing_and_names_every_error()
    {
        ArrangeTree();
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!;
        root["income"]![0]!["amount"] = "约三万";
        root["income"]![1]!["code"] = "2019999";
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, root.ToJsonString());
        var (code, _, error) = Juesuan("import", bad, "--unit", "140200-KX", "--year", "2021");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("未导入任何内容", error);
        Assert.Contains("$.income[0].amount", error);
        Assert.Contains("$.income[1].code", error);

        var (wrongYear, _, yearError) = Juesuan("import", RepoPaths.SampleAccounts, "--unit", "140200-KX", "--year", "2022");
        Assert.Equal(ExitCodes.InvalidInput, wrongYear);
        Assert.Contains("$.fiscalYear：文件是2021年度的，与要保存的2022年度不一致", yearError);
        var (unknown, _, unitError) = Juesuan("import", RepoPaths.SampleAccounts, "--unit", "NOPE", "--year", "2021");
        Assert.Equal(ExitCodes.InvalidInput, unknown);
        Assert.Contains("没有编码为“NOPE”的单位", unitError);
        using var db = Open();
        Assert.Empty(db.AccountsVersions);
    }

    [Fact]
    public void Trail_reports_an_edited_entry()
    {
        ArrangeTree();
        using (var db = Open())
            db.Database.ExecuteSqlRaw("UPDATE \"AuditEntries\" SET \"Detail\" = {0} WHERE \"Id\" = 2", "{\"code\":\"forged\"}");
        var (code, _, error) = Juesuan("trail");
        Assert.Equal(TrailCommand.Broken, code);
        Assert.Contains("第2条记录", error);
        Assert.Contains("被修改过", error);
    }
}
