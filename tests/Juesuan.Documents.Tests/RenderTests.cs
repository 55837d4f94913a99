using System.Text.Json;
using System.Text.RegularExpressions;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Html;
using Juesuan.Documents.Json;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

public class RenderTests
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;
    private static readonly DisclosureDocument Document = DisclosureBuilder.Build(Sample);

    [Fact]
    public void The_sample_document_model_matches_its_snapshot() =>
        GoldenFile.Verify("datong-cast-2021.disclosure.json", DocumentJson.Write(Document));

    [Fact]
    public void The_sample_html_matches_its_snapshot() =>
        GoldenFile.Verify("datong-cast-2021.disclosure.html", HtmlRenderer.Render(Document));

    [Fact]
    public void The_json_keeps_exact_yuan_beside_the_displayed_text()
    {
        var wan = DisclosureBuilder.Build(Sample, new DisclosureOptions(AmountUnit.TenThousandYuan));
        using var json = JsonDocument.Parse(DocumentJson.Write(wan));
        var t1 = json.RootElement.GetProperty("parts")[1].GetProperty("blocks")[0].GetProperty("table");
        var cell = t1.GetProperty("rows")[0].GetProperty("cells")[2];
        Assert.Equal("391.60", cell.GetProperty("text").GetString());
        Assert.Equal(3_915_995.04m, cell.GetProperty("yuan").GetDecimal());
        Assert.Equal("tenThousandYuan", json.RootElement.GetProperty("amountUnit").GetString());
    }

    [Fact]
    public void The_html_is_self_contained_and_print_ready()
    {
        var html = HtmlRenderer.Render(Document);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.DoesNotMatch(new Regex(@"(src|href)=""(https?:)?//"), html);   // no external request
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("size: A4", html);
        Assert.Contains("thead { display: table-header-group; }", html);
        Assert.Contains("Noto Serif CJK SC", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Equal(9, Regex.Matches(html, "<figure class=\"table\"").Count);
        Assert.Equal(9, Regex.Matches(html, "<span>金额单位：元</span>").Count);
    }

    [Fact]
    public void The_html_marks_placeholders_and_lists_them_with_links()
    {
        var html = HtmlRenderer.Render(Document);
        Assert.Equal(8, Regex.Matches(html, "<mark class=\"pending\" data-key=\"reasons\\.budget\\.").Count);
        Assert.Contains("本文档尚有 8 处待补充内容", html);
        Assert.Contains("<a href=\"#s5-3\">", html);
    }

    [Fact]
    public void Text_from_the_accounts_is_encoded()
    {
        var hostile = Sample with { Unit = Sample.Unit with { Name = "<script>alert(1)</script>&单位", Functions = "职能\"'<b>" } };
        var html = HtmlRenderer.Render(DisclosureBuilder.Build(hostile));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;单位", html);
        Assert.Contains("职能&quot;&#39;&lt;b&gt;", html);
    }

    [Fact]
    public void Empty_tables_are_published_with_their_note()
    {
        var html = HtmlRenderer.Render(Document);
        Assert.Contains("<td class=\"empty-note\" colspan=\"8\">本单位2021年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。</td>", html);
        Assert.Contains("<td class=\"empty-note\" colspan=\"5\">本单位2021年度无国有资本经营预算财政拨款支出，故本表为空表。</td>", html);
    }
}

public class SelfEvaluationRenderTests
{
    [Fact]
    public void The_sample_self_evaluation_matches_its_snapshot()
    {
        var file = Juesuan.Performance.PerformanceReader.Read(File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")), "performance.json").File!;
        var scores = file.Evaluations.Select(e => Juesuan.Performance.Scorer.Score(e, Juesuan.Performance.ScoringMethod.Find("national-2020")!)).ToArray();
        var document = Juesuan.Performance.EvaluationDocuments.Build(scores, "大同市科学技术协会", 2021);
        GoldenFile.Verify("datong-cast-2021.self-evaluation.html", HtmlRenderer.Render(document));
    }
}
