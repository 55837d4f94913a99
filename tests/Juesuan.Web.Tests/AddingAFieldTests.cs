using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
using Juesuan.Documents.Formats;
using Juesuan.Documents.Tests;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;
using Juesuan.Testing;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Juesuan.Web.Tests;

/// <summary>
/// A field is declared once: given one more declaration, the schema, the JSON reader, the workbook template,
/// the workbook reader and the edit form all have it, with its label and kind.
/// </summary>
public class AddingAFieldTests
{
    private static readonly LeafField Framework =
        Declare<Procurement>.OptionalAmount("framework", "框架协议采购金额", _ => null, (p, _) => p) with { Help = "通过框架协议采购的合同金额" };

    private static readonly IReadOnlyList<AccountsField> Fields = AccountsFields.Adding(AccountsFields.All, "procurement", Framework);

    private static readonly string SampleJson = File.ReadAllText(RepoPaths.SampleAccounts);

    private static string SampleWith(JsonNode framework)
    {
        var root = JsonNode.Parse(SampleJson)!.AsObject();
        root["procurement"]!["framework"] = framework;
        return root.ToJsonString();
    }

    [Fact]
    public void The_schema_describes_it()
    {
        var schema = JsonNode.Parse(AccountsSchema.Json(Fields))!;
        var property = schema["properties"]!["procurement"]!["properties"]!["framework"]!;
        Assert.Equal("#/$defs/amount", (string)property["$ref"]!);
        Assert.Equal("框架协议采购金额：通过框架协议采购的合同金额", (string)property["description"]!);
        Assert.Null(JsonNode.Parse(AccountsSchema.Json(AccountsFields.All))!["properties"]!["procurement"]!["properties"]!["framework"]);
    }

    [Fact]
    public void The_json_reader_reads_and_judges_it()
    {
        Assert.True(AccountsReader.Read(SampleWith(1200.5m), "a.json", fields: Fields).Succeeded);
        var unknown = Assert.Single(AccountsReader.Read(SampleWith(1200.5m), "a.json").Errors);
        Assert.Equal("$.procurement.framework", unknown.Where);
        var wrong = Assert.Single(AccountsReader.Read(SampleWith("约一千"), "a.json", fields: Fields).Errors);
        Assert.Equal("a.json $.procurement.framework：框架协议采购金额应为金额（以元为单位的数字），实际为文本“约一千”", wrong.ToString());
    }

    [Fact]
    public void The_workbook_template_has_its_row_and_the_workbook_reader_reads_it_back()
    {
        var layout = new AccountsWorkbookLayout(Fields);
        var template = WorkbookCells.Read(AccountsWorkbookWriter.Template(2021, layout), "模板.xlsx").Sheet("政府采购")!;
        var row = Enumerable.Range(1, template.LastRow).Single(r => template[r, 1].Text.StartsWith("框架协议采购金额", StringComparison.Ordinal));
        Assert.Equal("通过框架协议采购的合同金额", template[row, 3].Text);

        var sample = AccountsReader.Read(SampleJson, "a.json");
        var filled = AccountsWorkbookWriter.Write(sample.Accounts!, sample.Settings, layout);
        var read = AccountsWorkbookReader.Read(WorkbookCells.Read(WorkbookEdits.Edit(filled, "政府采购", $"B{row}", 1200.5m), "填报.xlsx"), layout);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var wrong = AccountsWorkbookReader.Read(WorkbookCells.Read(WorkbookEdits.Edit(filled, "政府采购", $"B{row}", "约一千"), "填报.xlsx"), layout);
        Assert.Equal($"填报.xlsx 政府采购 B{row}：框架协议采购金额应为金额（以元为单位的数字），实际为文本“约一千”", Assert.Single(wrong.Errors).ToString());
        var standard = AccountsWorkbookReader.Read(WorkbookCells.Read(WorkbookEdits.Edit(filled, "政府采购", $"B{row}", 1200.5m), "填报.xlsx"));
        Assert.Contains(standard.Errors, e => e.Where == $"政府采购 A{row}" && e.Message.StartsWith("未知的项目“框架协议采购金额”", StringComparison.Ordinal));
    }

    [Fact]
    public void The_edit_form_has_its_input_and_puts_what_is_typed_into_the_file()
    {
        var part = AccountsParts.For(Fields).Single(p => p.Id == "operating");
        var spec = part.Fields.Single(f => f.Path == "procurement.framework");
        Assert.Equal(("框架协议采购金额（元）", InputKind.OptionalAmount, "通过框架协议采购的合同金额"), (spec.Label, spec.Kind, spec.Hint));
        Assert.DoesNotContain(AccountsParts.All.Single(p => p.Id == "operating").Fields, f => f.Path == "procurement.framework");

        var form = new FormCollection(new Dictionary<string, StringValues> { ["procurement.framework"] = "１,２００.５" });
        var applied = AccountsForm.Apply(JsonNode.Parse(SampleJson)!.AsObject(), part, form);
        Assert.Equal(1200.5m, (decimal)applied["procurement"]!["framework"]!);
        Assert.True(AccountsReader.Read(applied.ToJsonString(), "a.json", fields: Fields).Succeeded);
    }
}
