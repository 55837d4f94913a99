using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Juesuan.Data;
using Juesuan.DocumentModel;
using Juesuan.Testing;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Tests;

/// <summary>
/// A bureau's own template: refused with its problems when broken, previewed on a unit beside the template in use, kept on
/// confirmation and chosen for a year, followed by the next publication, which keeps the version it was made with.
/// </summary>
public sealed class TemplatesPageTests
{
    private static async Task<(HttpResponseMessage Response, string Html)> UploadAsync(HttpClient client, string token, string json, string fileName, long? caseId)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", fileName },
            { new StringContent("2021"), "year" },
        };
        if (caseId is { } id) form.Add(new StringContent(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "caseId");
        var response = await client.PostAsync("/review/templates?handler=Preview", form);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string token, string preview, bool choose) =>
        client.PostAsync("/review/templates?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["content"] = WebUtility.HtmlDecode(Regex.Match(preview, "name=\"content\" value=\"([^\"]+)\"").Groups[1].Value),
            ["fileName"] = "大同模板.json",
            ["year"] = "2021",
            ["choose"] = choose ? "true" : "false",
        }));

    [Fact]
    public async Task A_bureau_template_is_previewed_chosen_for_a_year_and_followed_by_the_next_publication_which_keeps_its_version()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        await app.AddUserAsync("department", UserRole.DepartmentReviewer, SampleLoader.DepartmentCode);
        var bureau = await app.SignedInClientAsync("bureau");
        var token = await JuesuanApp.FormTokenAsync(bureau, "/review/templates");
        async Task<int> Kept() { await using var db = app.Db(); return await db.OwnTemplates.CountAsync(); }
        async Task<List<string>> Audited() { await using var db = app.Db(); return await db.AuditEntries.Where(e => e.Action.StartsWith("template.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(); }
        long caseId;
        await using (var db = app.Db()) caseId = await db.DisclosureCases.Where(c => c.Organisation!.Code == "140200-KX" && c.FiscalYear == 2021).Select(c => c.Id).SingleAsync();

        // A broken file: every problem with its place, and nothing kept.
        var broken = SampleTemplates.BrokenBureau().Replace("\"T9\"", "\"T10\"", StringComparison.Ordinal);
        var (_, refused) = await UploadAsync(bureau, token, broken, "大同模板.json", caseId);
        Assert.Contains("模板文件有 3 处问题，未载入任何内容", refused);
        Assert.Contains("大同模板.json $.text[&#x27;s1.totals&#x27;]：文本“s1.totals”中的占位符{totalIncom}无法识别", refused);
        Assert.Contains("缺少表T9（国有资本经营预算财政拨款支出决算表）", refused);
        Assert.DoesNotContain("确认载入", refused);
        Assert.Equal(0, await Kept());

        // A sound one, previewed on the sample unit beside the template it uses now.
        var (_, preview) = await UploadAsync(bureau, token, SampleTemplates.Bureau("收入支出总表"), "大同模板.json", caseId);
        Assert.Contains("预览：大同市部门决算公开模板", preview);
        Assert.Contains("大同市科学技术协会 2021年度的决算在现用模板（左）和新模板（右）下的公开文本", preview);
        Assert.Contains("表：公开01表 收入支出决算总表", preview);
        Assert.Contains("表：公开01表 收入支出总表", preview);
        Assert.Contains("一、收入支出总体情况", preview);
        Assert.Equal(0, await Kept());

        // Kept on confirmation and chosen for 2021, each in the trail.
        var confirmed = await ConfirmAsync(bureau, token, preview, choose: true);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, await Kept());
        Assert.Equal(["template.load", "template.choose"], await Audited());
        var page = await bureau.GetStringAsync("/review/templates?year=2021");
        Assert.Contains("大同市部门决算公开模板（本年度选用）", page);

        // The next publication of 2021 follows it, and records the version.
        await PagesTests.PublishCopyAsync(app, "140200-KX3", "大同市天文馆", 1m, bureausTemplate: true);
        var first = DisclosureTemplate.Load(SampleTemplates.Bureau("收入支出总表"), "x").Template!.Hash;
        await using (var db = app.Db())
        {
            var published = await db.Publications.SingleAsync(p => p.Organisation!.Code == "140200-KX3");
            Assert.Equal(("datong-bureau", first), (published.TemplateId, published.TemplateHash));
            Assert.Contains("\"title\": \"收入支出总表\"", published.DisclosureJson);
            Assert.Contains("一、收入支出总体情况", published.Html);
            // The sample published before keeps the built-in template it was published with.
            var sample = await db.Publications.Where(p => p.Organisation!.Code == "140200-KX" && p.FiscalYear == 2021).OrderBy(p => p.Id).FirstAsync();
            Assert.Contains("一、收入支出决算总体情况说明", sample.Html);
        }

        // A later version of the same template: the publication is still rebuilt with the version it was made with.
        var (_, second) = await UploadAsync(bureau, token, SampleTemplates.Bureau("收入与支出决算总表"), "大同模板.json", null);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(bureau, token, second, choose: false)).StatusCode);
        Assert.Equal(2, await Kept());
        var csv = await app.AnonymousClient().GetByteArrayAsync("/api/public/disclosures/140200-KX3/2021/documents/csv");
        using var zip = new ZipArchive(new MemoryStream(csv));
        Assert.Contains(zip.Entries, e => e.Name == "01-收入支出总表.csv");

        // Only the bureau's reviewers and the administrator reach the page.
        var department = await app.SignedInClientAsync("department");
        Assert.Equal(HttpStatusCode.Forbidden, (await department.GetAsync("/review/templates")).StatusCode);
    }

    /// <summary>A layout asking for more than the unit filled says what, beside the preview: Shanghai's, made the bureau's own from 2021, on the sample.</summary>
    [Fact]
    public async Task The_preview_says_what_a_template_asks_of_the_unit_that_it_has_not_filled()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        var bureau = await app.SignedInClientAsync("bureau");
        var token = await JuesuanApp.FormTokenAsync(bureau, "/review/templates");
        long caseId;
        await using (var db = app.Db()) caseId = await db.DisclosureCases.Where(c => c.Organisation!.Code == "140200-KX" && c.FiscalYear == 2021).Select(c => c.Id).SingleAsync();
        using var stream = typeof(DisclosureTemplate).Assembly.GetManifestResourceStream("Juesuan.DocumentModel.Templates.shanghai-district.json")!;
        var shanghai = System.Text.Json.Nodes.JsonNode.Parse(stream)!.AsObject();
        (shanghai["id"], shanghai["fromYear"]) = ("datong-shanghai", 2021);
        var (_, preview) = await UploadAsync(bureau, token, shanghai.ToJsonString(), "上海式.json", caseId);
        Assert.Contains("按新模板，该单位还须填报以下", preview);
        Assert.Contains("<li>预算绩效管理情况：编报绩效目标的项目数</li>", preview);
        Assert.Contains("<li>面向中小企业预留政府采购项目预算金额</li>", preview);
    }
}
