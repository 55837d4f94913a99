using System.Text.Json;
using System.Text.Json.Nodes;
using Juesuan.Testing;

namespace Juesuan.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Check(string accounts, string format = "text", string? rules = null, string? config = null, string? asOf = "2022-08-01")
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CheckCommand.Run(accounts, rules, config, format, asOf, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Unbalanced()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!;
        root["closingBalances"]![0]!["amount"] = 500m;
        return Write("unbalanced.json", root.ToJsonString());
    }

    /// <summary>The sample with a 项 the 2021 edition lacks (中等职业教育, a school's commonest code), with or without its names stated.</summary>
    private string WithVocationalSchool(bool named) =>
        Write(named ? "named.json" : "unnamed.json", SampleVariants.WithVocationalSchool(named));

    [Fact]
    public void A_code_the_edition_lacks_builds_under_its_stated_name_with_a_warning_and_without_one_is_refused_at_its_path()
    {
        var (code, output, _) = Check(WithVocationalSchool(named: true));
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("[C-3 目录外科目按填报的名称使用] 2021年版支出功能分类科目中没有2050302；按填报的名称“中等职业教育”使用。", output);

        var unnamed = WithVocationalSchool(named: false);
        var (refused, _, error) = Check(unnamed);
        Assert.Equal(ExitCodes.InvalidInput, refused);
        Assert.Contains($"{unnamed} $.expenditure[9].code：2021年版支出功能分类科目中没有“2050302”", error);
        Assert.Contains("处错误，未进行检查：", error);
        Assert.Contains("codeNames", error);
    }

    [Fact]
    public void A_year_without_its_own_edition_is_checked_against_the_nearest_earlier_one_and_says_so()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!;
        root["fiscalYear"] = 2023;
        var (_, output, _) = Check(Write("2023.json", root.ToJsonString()), asOf: "2024-08-01");
        Assert.Contains("[C-5 本年度使用的科目目录版本] 2023年度没有单独的科目目录版本，按2021年版检查科目。", output);
    }

    [Fact]
    public void A_stated_item_whose_section_is_neither_in_the_edition_nor_stated_is_refused()
    {
        // A 项 under a 款 no edition has (20598), named without its 款.
        var orphan = File.ReadAllText(WithVocationalSchool(named: true)).Replace("2050302", "2059801");
        var (code, _, error) = Check(Write("orphan.json", orphan));
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("“2059801”的上级科目“20598”不在2021年版目录中，也未在目录外科目名称中写明", error);
    }

    [Fact]
    public void The_sample_exits_0_with_its_warnings_grouped_in_chinese()
    {
        var (code, output, _) = Check(RepoPaths.SampleAccounts);
        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("大同市科学技术协会 2021年度决算检查（检查日期：2022-08-01）\n阻断 0 项，警告 20 项，提示 0 项；", output);
        Assert.Contains("【警告】20 项", output);
        Assert.Contains("  公开05表\n    [Q-1 各项支出预算执行率]", output);
        Assert.Contains("数据不足、未能检查的规则：\n  D-1 批复后20日内公开", output);
    }

    [Fact]
    public void Something_blocking_exits_1_and_says_where()
    {
        var (code, output, _) = Check(Unbalanced());
        Assert.Equal(CheckCommand.BlockingFound, code);
        Assert.Contains("【阻断】", output);
        Assert.Contains("[T1-5 收入总计等于支出总计] 公开01表收入总计4,001,132.90元与支出总计4,001,220.64元不相等，相差-87.74元", output);
        Assert.Contains("位置：公开01表 收入总计", output);
    }

    [Fact]
    public void Json_and_csv_are_for_machines()
    {
        var (_, json, _) = Check(Unbalanced(), "json");
        using var document = JsonDocument.Parse(json);
        var finding = document.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "T1-5");
        Assert.Equal("blocking", finding.GetProperty("severity").GetString());
        Assert.Equal(-87.74m, finding.GetProperty("difference").GetDecimal());
        Assert.Equal(16, finding.GetProperty("fingerprint").GetString()!.Length);
        Assert.Contains(document.RootElement.GetProperty("coverage").EnumerateArray(), c => c.GetProperty("ruleId").GetString() == "D-1");

        var (_, csv, _) = Check(Unbalanced(), "csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFF规则,严重程度,类别,表,行,列,情况说明,数据项,填报值,复算值,差额,允许误差,问题,修改建议,指纹", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("T1-5,阻断,表内平衡,T1,收入总计,,,,4001132.90,4001220.64,-87.74,0,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bureau_configuration_is_applied_and_shown()
    {
        var config = Write("bureau.json", """{ "config": "juesuan.check-config/1", "name": "某市财政局", "rules": { "Q-1": { "enabled": false } } }""");
        var (code, output, _) = Check(RepoPaths.SampleAccounts, config: config);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("本次检查采用的配置调整：\n  · Q-1：停用（某市财政局）", output);
        Assert.DoesNotContain("[Q-1 ", output);
    }

    [Fact]
    public void Unusable_input_exits_2()
    {
        Assert.Equal(ExitCodes.InvalidInput, Check(Path.Combine(_dir, "none.json")).Code);
        var badRules = Write("rules.json", "{ \"catalogue\": \"juesuan.rules/1\", \"rules\": [ { \"id\": \"B-1\" } ] }");
        var (code, _, error) = Check(RepoPaths.SampleAccounts, rules: badRules);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("规则或配置文件有", error);
        Assert.Contains($"{badRules} 第1行第46列：规则缺少“title”", error);
        Assert.Equal(ExitCodes.InvalidInput, Check(RepoPaths.SampleAccounts, asOf: "2022/08/01").Code);
    }

    /// <summary>A department's workbook: the blank template with its profile filled and its members listed in 决算单位构成.</summary>
    private string DepartmentWorkbook(params string[] members)
    {
        var book = Documents.Workbooks.AccountsWorkbookWriter.Template(2021);
        var profile = Documents.Xlsx.WorkbookCells.Read(book, "t.xlsx").Sheet("基本情况")!;
        int Row(string label) => Enumerable.Range(1, profile.LastRow).Single(r => profile[r, 1].Text.TrimEnd(' ', '*') == label);
        foreach (var (label, value) in new[]
        {
            ("单位编码", "140200-KXD"), ("单位名称", "大同市科学技术协会（部门）"), ("单位类型", "civilServantManaged"),
            ("主要职能", "团结和动员全市广大科技工作者。"), ("机构设置", "机关本级和所属科技馆。"),
        })
            book = Documents.Tests.WorkbookEdits.Edit(book, "基本情况", $"B{Row(label)}", value);
        // The department states its own prior-year total, which submission requires (E-7).
        var prior = Documents.Xlsx.WorkbookCells.Read(book, "t.xlsx").Sheet("上年决算数")!;
        var total = Enumerable.Range(1, prior.LastRow).Single(r => prior[r, 1].Text.TrimEnd(' ', '*') == "上年收入（支出）总计");
        book = Documents.Tests.WorkbookEdits.Edit(book, "上年决算数", $"B{total}", "10547763.48");
        for (var i = 0; i < members.Length; i++) book = Documents.Tests.WorkbookEdits.Edit(book, "决算单位构成", $"A{3 + i}", members[i]);
        var path = Path.Combine(_dir, "部门.xlsx");
        File.WriteAllBytes(path, book);
        return path;
    }

    [Fact]
    public void A_department_workbook_lists_its_member_workbooks_and_files_and_is_checked_as_their_consolidation()
    {
        var sample = Juesuan.Accounts.AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "s.json").Accounts!;
        File.WriteAllBytes(Path.Combine(_dir, "本级.xlsx"), Documents.Workbooks.AccountsWorkbookWriter.Write(sample));
        var centre = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!.AsObject();
        (centre["unit"]!["code"], centre["unit"]!["name"], centre["unit"]!["type"]) = ("140200-KXG", "大同市科技馆", "publicWelfareFirst");
        centre.Remove("operatingCosts");
        Write("科技馆.json", centre.ToJsonString());
        var department = DepartmentWorkbook("本级.xlsx", "科技馆.json");

        var read = AccountsFiles.Load(department);
        Assert.True(read.Accounts is not null, string.Join("\n", read.Errors));
        Assert.Equal(["大同市科学技术协会", "大同市科技馆"], read.Accounts!.Members.Select(m => m.Name));
        Assert.Equal(2 * sample.Income.Sum(l => l.Amount.Yuan), read.Accounts.Income.Sum(l => l.Amount.Yuan));
        var (code, output, _) = Check(department);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("大同市科学技术协会（部门） 2021年度决算检查", output);

        // A member workbook's own error is reported at its sheet and cell; the department's list at its row.
        File.WriteAllBytes(Path.Combine(_dir, "本级.xlsx"), Documents.Tests.WorkbookEdits.Edit(
            Documents.Workbooks.AccountsWorkbookWriter.Write(sample), "收入", "D3", "约三万"));
        var broken = AccountsFiles.Load(DepartmentWorkbook("本级.xlsx", "缺失.json"));
        Assert.Contains(broken.Errors, e => e.ToString().Contains("本级.xlsx 收入 D3：", StringComparison.Ordinal));
        Assert.Contains(broken.Errors, e => e.ToString().EndsWith("部门.xlsx 决算单位构成 A4：找不到单位文件“缺失.json”", StringComparison.Ordinal));
    }
}
