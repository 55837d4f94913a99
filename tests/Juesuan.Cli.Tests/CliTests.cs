using System.Diagnostics;
using System.Text.Json;
using Juesuan.Testing;

namespace Juesuan.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("juesuan-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Build(string accounts, string? unit = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BuildCommand.Run(accounts, Path.Combine(_dir, "out"), unit, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Build_writes_the_html_and_the_document_model()
    {
        var (code, output, _) = Build(RepoPaths.SampleAccounts);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("已生成 大同市科学技术协会2021年度单位决算（金额单位：元）", output);
        Assert.Contains("reasons.budget.2012901", output);
        var html = File.ReadAllText(Path.Combine(_dir, "out", "disclosure.html"));
        Assert.Contains("收入支出决算总表", html);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "disclosure.json")));
        Assert.Equal(2021, json.RootElement.GetProperty("fiscalYear").GetInt32());
    }

    [Fact]
    public void The_unit_option_overrides_the_file()
    {
        var (code, output, _) = Build(RepoPaths.SampleAccounts, "wan");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("金额单位：万元", output);
        Assert.Contains("收入总计400.11万元", File.ReadAllText(Path.Combine(_dir, "out", "disclosure.html")));
    }

    [Fact]
    public void A_malformed_file_lists_every_error_exits_2_and_writes_nothing()
    {
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(RepoPaths.SampleAccounts)
            .Replace("\"fiscalYear\": 2021", "\"fiscalYear\": \"2021\"")
            .Replace("\"vehiclesHeld\": 1", "\"vehiclesHeld\": -1"));
        var (code, _, error) = Build(bad);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("决算数据文件有 2 处错误，未生成任何文件：", error);
        Assert.Contains($"{bad} $.fiscalYear：决算年度应为整数，实际为文本“2021”", error);
        Assert.Contains($"{bad} $.threePublic.vehiclesHeld：公务用车保有量应为不小于0的整数，实际为-1", error);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void A_problem_is_printed_with_what_to_do_beneath_it()
    {
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(RepoPaths.SampleAccounts).Replace("\"amount\": 339417.40", "\"amount\": \"33.9万\""));
        var (code, _, error) = Build(bad);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains($"  {bad} $.operatingCosts.amount：机关运行经费应为金额（以元为单位的数字），实际为文本“33.9万”\n    提示：金额以元为单位，写成数字，如 3915995.04；不要写“万元”或文字\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Export_writes_one_csv_per_table_or_the_document_model()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "--format", "csv", "--out", Path.Combine(_dir, "csv")], stdout, stderr));
        var files = Directory.GetFiles(Path.Combine(_dir, "csv")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(9, files.Length);
        Assert.Equal("01-收入支出决算总表.csv", files[0]);
        Assert.Contains("9 个文件", stdout.ToString());
        Assert.Equal(0, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "-f", "json", "-o", Path.Combine(_dir, "json")], stdout, stderr));
        // An export is named for people: the document's title.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "json", "大同市科学技术协会2021年度单位决算.json")));
        Assert.Equal("大同市科学技术协会2021年度单位决算", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(0, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "-f", "docx", "-o", Path.Combine(_dir, "docx")], stdout, stderr));
        Assert.Equal("PK", File.ReadAllText(Path.Combine(_dir, "docx", "大同市科学技术协会2021年度单位决算.docx"))[..2]);
        Assert.Equal(0, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "-f", "fdp", "-o", Path.Combine(_dir, "fdp")], stdout, stderr));
        Assert.Equal(["basic-by-economic.csv", "budget.csv", "datapackage.json", "expenditure.csv", "income.csv"],
            Directory.GetFiles(Path.Combine(_dir, "fdp")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "--format", "pdfx", "--out", _dir], stdout, stderr));
        Assert.Contains("pdfx", stderr.ToString());
    }

    [Fact]
    public void Build_adds_the_formats_asked_for()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var output = Path.Combine(_dir, "build");
        Assert.Equal(0, JuesuanCommand.Run(["build", RepoPaths.SampleAccounts, "--out", output, "--formats", "docx,xlsx,fdp"], stdout, stderr));
        foreach (var name in new[] { "disclosure.html", "disclosure.json", "disclosure.docx", "tables.xlsx", "datapackage.json", "expenditure.csv" })
            Assert.True(File.Exists(Path.Combine(output, name)), name);
        Assert.Equal(2, JuesuanCommand.Run(["build", RepoPaths.SampleAccounts, "--out", output, "--formats", "docx,xps"], stdout, stderr));
        Assert.Contains("“xps”不是可选的格式", stderr.ToString());
    }

    [Fact]
    public void Export_over_a_folder_writes_each_file_into_its_own_folder_and_counts_the_failures()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "units")).FullName;
        File.Copy(RepoPaths.SampleAccounts, Path.Combine(input, "a.json"));
        File.Copy(RepoPaths.SampleAccounts, Path.Combine(input, "b.json"));
        File.WriteAllText(Path.Combine(input, "c.json"), "{ \"fiscalYear\": ");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, JuesuanCommand.Run(["export", input, "--format", "csv", "--out", Path.Combine(_dir, "csv")], stdout, stderr));
        Assert.Equal(9, Directory.GetFiles(Path.Combine(_dir, "csv", "a")).Length);
        Assert.Equal(9, Directory.GetFiles(Path.Combine(_dir, "csv", "b")).Length);
        Assert.False(Directory.Exists(Path.Combine(_dir, "csv", "c")));
        Assert.Contains("[2/3] 大同市科学技术协会2021年度单位决算", stdout.ToString());
        Assert.Contains("共 3 个文件：导出 2 个，出错 1 个。", stdout.ToString());
        Assert.Contains("c.json", stderr.ToString());
    }

    [Fact]
    public void Pdf_without_chromium_is_a_clear_message_not_a_crash()
    {
        var before = Environment.GetEnvironmentVariable("JUESUAN_CHROMIUM");
        Environment.SetEnvironmentVariable("JUESUAN_CHROMIUM", Path.Combine(_dir, "no-chromium"));
        try
        {
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            Assert.Equal(1, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "--format", "pdf", "--out", Path.Combine(_dir, "pdf")], stdout, stderr));
            Assert.Contains("打印 PDF 需要 Chromium", stderr.ToString());
            Assert.Contains("apt-get install chromium fonts-noto-cjk", stderr.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("JUESUAN_CHROMIUM", before);
        }
    }

    [Fact]
    public void Catalog_list_prints_the_edition_a_year_uses_as_tsv()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, JuesuanCommand.Run(["catalog", "list", "--year", "2024", "--kind", "function"], stdout, stderr));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# 2024年度使用2024年版目录", lines[0]);
        Assert.Equal("code\tlevel\tname_zh\tkind\tsource", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("2012901\titem\t行政运行\tfunction\t", StringComparison.Ordinal));
        Assert.All(lines.Skip(2), l => Assert.Contains("\tfunction\t", l));
        Assert.Equal(ExitCodes.InvalidInput, JuesuanCommand.Run(["catalog", "list", "--year", "2015"], new StringWriter(), stderr));
        Assert.Contains("没有2015年度适用的科目目录", stderr.ToString());
    }

    [Fact]
    public void A_missing_file_is_an_input_error_not_a_crash()
    {
        var (code, _, error) = Build(Path.Combine(_dir, "nope.json"));
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("nope.json：文件不存在", error);
    }

    [Fact]
    public void A_department_is_built_from_its_member_files()
    {
        var sample = File.ReadAllText(RepoPaths.SampleAccounts);
        File.WriteAllText(Path.Combine(_dir, "own.json"), sample);
        var root = System.Text.Json.Nodes.JsonNode.Parse(sample)!.AsObject();
        foreach (var field in new[] { "income", "expenditure", "basicByEconomic", "openingBalances", "closingBalances", "budgets", "threePublic", "operatingCosts", "procurement", "assets", "projects" })
            root.Remove(field);
        root["members"] = new System.Text.Json.Nodes.JsonArray("own.json");
        var department = Path.Combine(_dir, "department.json");
        File.WriteAllText(department, root.ToJsonString());
        var (code, output, error) = Build(department);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("2021年度部门决算", output);
    }

    [Fact]
    public void A_template_filled_from_the_sample_builds_the_same_disclosure_and_exports_the_same_accounts()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var workbook = Path.Combine(_dir, "填报.xlsx");
        Assert.Equal(0, JuesuanCommand.Run(["template", "--from", RepoPaths.SampleAccounts, "--out", workbook], stdout, stderr));
        Assert.Contains("已生成大同市科学技术协会 2021年度决算填报工作簿", stdout.ToString());

        foreach (var format in new[] { "json", "accounts" })
        {
            Assert.Equal(0, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "-f", format, "-o", Path.Combine(_dir, "from-json")], stdout, stderr));
            Assert.Equal(0, JuesuanCommand.Run(["export", workbook, "-f", format, "-o", Path.Combine(_dir, "from-xlsx")], stdout, stderr));
        }
        foreach (var name in new[] { "大同市科学技术协会2021年度单位决算-决算数据.json", "大同市科学技术协会2021年度单位决算.json" })
            Assert.Equal(File.ReadAllText(Path.Combine(_dir, "from-json", name)), File.ReadAllText(Path.Combine(_dir, "from-xlsx", name)));
        Assert.Equal(0, JuesuanCommand.Run(["check", workbook, "--as-of", "2022-08-01"], stdout, stderr));
        Assert.Equal("", stderr.ToString());
    }

    [Fact]
    public void An_empty_template_is_refused_cell_by_cell()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var workbook = Path.Combine(_dir, "模板.xlsx");
        Assert.Equal(0, JuesuanCommand.Run(["template", "--year", "2021", "--out", workbook], stdout, stderr));
        Assert.Equal(2, JuesuanCommand.Run(["build", workbook, "--out", Path.Combine(_dir, "out")], stdout, stderr));
        Assert.Contains($"{workbook} 基本情况 B5：单位名称不能为空", stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
        Assert.Equal(2, JuesuanCommand.Run(["template", "--year", "1990", "--out", workbook], stdout, stderr));
        Assert.Contains("没有1990年度适用的科目目录", stderr.ToString());
    }

    [Fact]
    public void Check_reads_published_tables_in_wan_yuan_as_the_intervals_they_state()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, JuesuanCommand.Run(["export", RepoPaths.SampleAccounts, "-f", "xlsx", "--unit", "wan", "-o", _dir], stdout, stderr));
        var tables = Path.Combine(_dir, "大同市科学技术协会2021年度单位决算.xlsx");
        stdout = new StringWriter();
        Assert.Equal(0, JuesuanCommand.Run(["check", tables, "--as-of", "2022-08-01"], stdout, stderr));
        Assert.Contains("已公开的公开表：", stdout.ToString());
        Assert.Contains("阻断 0 项", stdout.ToString());
        Assert.Equal(2, JuesuanCommand.Run(["build", tables, "--out", Path.Combine(_dir, "out")], stdout, stderr));
        Assert.Contains("这是已公开的九张公开表，不是决算填报工作簿", stderr.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_named_with_the_reason()
    {
        var fake = Path.Combine(_dir, "fake.xlsx");
        File.WriteAllText(fake, "not a workbook");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, JuesuanCommand.Run(["check", fake], stdout, stderr));
        Assert.Contains($"{fake}：不是有效的 Excel 工作簿（.xlsx）", stderr.ToString());
    }

    [Fact]
    public void A_usage_error_is_an_input_error_with_a_pointer_to_the_help()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = JuesuanCommand.Run(["build", RepoPaths.SampleAccounts], stdout, stderr);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal("缺少输出目录：请用 --out <目录> 指定。\n用 juesuan --help 查看用法。\n", stderr.ToString().ReplaceLineEndings("\n"));
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void An_unknown_unit_is_refused_before_anything_is_read()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = JuesuanCommand.Run(["build", RepoPaths.SampleAccounts, "--out", Path.Combine(_dir, "out"), "--unit", "qian"], stdout, stderr);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("qian", stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Theory]
    [InlineData("--help", "决算（Juesuan）：部门决算公开与绩效自评的编制、检查与发布工具。", "生成决算公开文档")]
    [InlineData("build --help", "生成决算公开文档", "输出目录")]
    public void Help_is_in_chinese(string arguments, string first, string second)
    {
        var cli = typeof(BuildCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [cli, .. arguments.Split(' ')]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["LANG"] = "C";
        using var process = Process.Start(start)!;
        var help = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Contains(first, help);
        Assert.Contains(second, help);
        Assert.Contains("用法", help);
        Assert.Contains("显示帮助和用法信息", help);
        Assert.DoesNotContain("Description", help);
    }
}
