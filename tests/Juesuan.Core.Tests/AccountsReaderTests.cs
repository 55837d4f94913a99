using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

public class AccountsReaderTests
{
    private static readonly string SampleJson = File.ReadAllText(RepoPaths.SampleAccounts);

    private static AccountsReadResult Read(string json) => AccountsReader.Read(json, "accounts.json");

    /// <summary>The sample with one change applied, to show one kind of mistake at a time.</summary>
    private static string SampleWith(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(SampleJson)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    [Fact]
    public void The_sample_reads_with_the_seed_figures()
    {
        var result = Read(SampleJson);
        Assert.Empty(result.Errors);
        var figures = new AccountsFigures(result.Accounts!);
        Assert.Equal(Amount.FromYuan(3_916_264.87m), figures.CurrentYearIncome);
        Assert.Equal(Amount.FromYuan(4_000_720.64m), figures.CurrentYearExpenditure);
        Assert.Equal(Amount.FromYuan(4_001_132.90m), figures.TotalIncome);
        Assert.Equal(figures.TotalIncome, figures.TotalExpenditure);
        Assert.Equal(Amount.FromYuan(3_670_245.42m), figures.ExpenditureByKind[ExpenditureKind.Basic]);
        Assert.Equal(Amount.FromYuan(330_475.22m), figures.ExpenditureByKind[ExpenditureKind.Project]);
        Assert.Equal(Amount.FromYuan(3_868_700m), figures.YearStartBudget);
        Assert.Equal(AmountUnit.Yuan, result.Settings.AmountUnit);
    }

    [Fact]
    public void An_optional_amount_left_out_is_not_stated_and_one_written_as_0_is_0()
    {
        var left = Read(SampleWith(r => r["procurement"] = new JsonObject { ["goods"] = 100 })).Accounts!;
        Assert.Null(left.Procurement.AwardedToSmes);
        Assert.Null(left.Procurement.AwardedToSmallMicro);
        var zero = Read(SampleWith(r => r["procurement"] = new JsonObject { ["goods"] = 100, ["awardedToSmes"] = 0 })).Accounts!;
        Assert.Equal(Amount.Zero, zero.Procurement.AwardedToSmes);
        Assert.Equal(zero.Procurement, Read(AccountsWriter.Write(zero)).Accounts!.Procurement);
        Assert.Equal(left.Procurement, Read(AccountsWriter.Write(left)).Accounts!.Procurement);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_its_path_and_what_was_expected()
    {
        var result = Read(SampleWith(r => r["expenditure"]![0]!["amount"] = "约三万"));
        Assert.Null(result.Accounts);
        Assert.Equal("accounts.json $.expenditure[0].amount：金额应为金额（以元为单位的数字），实际为文本“约三万”", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void An_unknown_code_is_named_with_the_edition_it_is_missing_from()
    {
        var result = Read(SampleWith(r => r["expenditure"]![2]!["code"] = "2069999"));
        Assert.Equal("accounts.json $.expenditure[2].code：2021年版支出功能分类科目中没有“2069999”", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_code_at_the_wrong_level_says_which_level_it_is()
    {
        var result = Read(SampleWith(r => r["income"]![0]!["code"] = "20129"));
        Assert.Equal("accounts.json $.income[0].code：应填写7位的项级科目，“20129 群众团体事务”是款级科目", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_negative_amount_is_rejected()
    {
        var result = Read(SampleWith(r => r["operatingCosts"] = -5));
        Assert.Equal("accounts.json $.operatingCosts：机关运行经费不能为负数，实际为-5", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void An_amount_finer_than_a_cent_is_rejected()
    {
        var result = Read(SampleWith(r => r["useOfNonFiscalSurplus"] = 1.005m));
        Assert.Equal("accounts.json $.useOfNonFiscalSurplus：使用非财政拨款结余应精确到分（最多两位小数），实际为1.005", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_missing_required_field_is_named_with_its_meaning()
    {
        var result = Read(SampleWith(r => r["unit"]!.AsObject().Remove("name")));
        var error = Assert.Single(result.Errors);
        Assert.Equal("accounts.json $.unit.name：缺少必填项“单位名称”", error.ToString());
        // Whoever writes the file learns the key; a screen names the place as the form does.
        Assert.Equal("文件中的字段名为“name”", error.Hint);
        Assert.Equal("单位基本情况 单位名称", ((Juesuan.Errors.JsonLocation)error.Location).Label);
    }

    [Fact]
    public void A_misspelt_field_is_not_silently_ignored()
    {
        var result = Read(SampleWith(r => r["procurement"]!["service"] = 1));
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.procurement.service", error.Where);
        Assert.Equal("有本格式没有的字段“service”", error.Message);
        Assert.Contains("services", error.Hint);
    }

    [Fact]
    public void An_enumeration_lists_the_values_it_accepts()
    {
        var result = Read(SampleWith(r => r["expenditure"]![1]!["kind"] = "项目"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("accounts.json $.expenditure[1].kind：支出性质应为“基本支出”、“项目支出”、“上缴上级支出”、“经营支出”、“对附属单位补助支出”之一，实际为文本“项目”",
            error.ToString());
        Assert.Equal("文件中依次写作：basic、project、remitToSuperior、operating、subsidyToSubordinate", error.Hint);
    }

    [Fact]
    public void Duplicate_lines_point_at_the_first_one()
    {
        var result = Read(SampleWith(r => r["expenditure"]!.AsArray().Add(r["expenditure"]![0]!.DeepClone())));
        Assert.Equal("accounts.json $.expenditure[9]：与 $.expenditure[0] 重复（同一科目同一支出性质和资金性质只能填写一行，请合并金额）", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Operating_expenditure_cannot_be_paid_from_appropriations()
    {
        var result = Read(SampleWith(r => r["expenditure"]![0]!["kind"] = "operating"));
        Assert.Equal("accounts.json $.expenditure[0].funding：经营支出只能使用非财政拨款资金，实际为一般公共预算财政拨款", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void An_unknown_reason_key_lists_the_keys_that_exist()
    {
        var result = Read(SampleWith(r => r["reasons"]!["budget.20129"] = "x"));
        Assert.Equal("accounts.json $.reasons.budget.20129：预算差异原因说明的科目应为2021年版的7位功能分类项级科目编码，实际为“20129”", Assert.Single(result.Errors).ToString());
        var unknown = Read(SampleWith(r => r["reasons"]!["totals"] = "x"));
        var error = Assert.Single(unknown.Errors);
        Assert.Equal("没有这一项原因说明：“totals”", error.Message);
        Assert.Contains("total.change", error.Hint);
    }

    [Fact]
    public void Every_problem_is_listed_at_once_and_nothing_is_returned()
    {
        var result = Read(SampleWith(r =>
        {
            r["fiscalYear"] = "2021年";
            r["income"]![0]!["amount"] = -1;
            r["expenditure"]![3]!.AsObject().Remove("funding");
            r["threePublic"]!["vehiclesHeld"] = 1.5;
        }));
        Assert.Null(result.Accounts);
        Assert.Equal(
        [
            "$.fiscalYear", "$.income[0].amount", "$.expenditure[3].funding", "$.threePublic.vehiclesHeld",
        ], result.Errors.Select(e => e.Where));
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        var result = Read("{\n  \"format\": \"juesuan.accounts/1\",\n  \"fiscalYear\": 2021\n  \"unit\": {}\n}");
        Assert.Equal("accounts.json 第4行第3列：不是有效的 JSON（请检查此处的括号、逗号和引号）", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_syntax_error_after_chinese_text_names_the_column_in_characters_and_deep_nesting_says_so()
    {
        var result = Read("{\n  \"notes\": \"大同市科协\" \"unit\": {}\n}");
        Assert.Equal("accounts.json 第2行第20列：不是有效的 JSON（请检查此处的括号、逗号和引号）", Assert.Single(result.Errors).ToString());
        var deep = Read("{\"notes\": " + new string('[', 40) + new string(']', 40) + "}");
        Assert.Equal("JSON 嵌套超过32层：这不是决算数据文件的结构", Assert.Single(deep.Errors).Message);
    }

    [Fact]
    public void A_key_written_twice_is_an_error_at_its_second_place_not_a_silent_choice()
    {
        var text = File.ReadAllText(RepoPaths.SampleAccounts);
        var twice = text.Replace("\"fiscalYear\": 2021,", "\"fiscalYear\": 2021,\n  \"fiscalYear\": 2022,", StringComparison.Ordinal)
            .Replace("\"name\": \"大同市科学技术协会\",", "\"name\": \"大同市科学技术协会\", \"name\": \"别的单位\",", StringComparison.Ordinal);
        var result = Read(twice);
        Assert.Null(result.Accounts);
        Assert.Contains("accounts.json $.fiscalYear：“fiscalYear”在同一对象中出现了不止一次：只能写一次", result.Errors.Select(e => e.ToString()));
        Assert.Contains("accounts.json $.unit.name：“name”在同一对象中出现了不止一次：只能写一次", result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_year_without_a_catalogue_says_so()
    {
        var result = Read(SampleWith(r => r["fiscalYear"] = 2015));
        Assert.Contains(result.Errors, e => e.ToString() == "accounts.json $.fiscalYear：没有2015年度适用的科目目录（最早的目录版本为2018年）");
    }

    [Fact]
    public void An_amount_may_record_its_basis()
    {
        var result = Read(SampleWith(r => r["operatingCosts"] = new JsonObject { ["amount"] = 12.5, ["basis"] = "assumed" }));
        Assert.Equal(Amount.FromYuan(12.5m), result.Accounts!.OperatingCosts);
    }

    [Fact]
    public void A_department_file_reads_its_members_and_refuses_its_own_lines()
    {
        var member = SampleJson;
        var department = SampleWith(r =>
        {
            foreach (var field in new[] { "income", "expenditure", "basicByEconomic", "openingBalances", "closingBalances", "budgets", "threePublic", "operatingCosts", "procurement", "assets", "projects" })
                r.Remove(field);
            r["members"] = new JsonArray("own.json", "missing.json");
        });
        var result = AccountsReader.Read(department, "dept.json", name => name == "own.json" ? MemberFile.OfJson("own.json", member) : null);
        Assert.Equal("dept.json $.members[1]：找不到单位文件“missing.json”", Assert.Single(result.Errors).ToString());

        var ok = AccountsReader.Read(department.Replace(",\"missing.json\"", ""), "dept.json", name => MemberFile.OfJson(name, member));
        Assert.Empty(ok.Errors);
        Assert.Single(ok.Accounts!.Members);
    }
}
