using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Juesuan.Data;
using Juesuan.Data.Tests;
using Juesuan.Testing;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Tests;

public class WorkflowTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    /// <summary>The sample with the reasons its published text leaves out supplied, so that it may be published.</summary>
    private static readonly string SampleJson = SampleVariants.Publishable();
    private static readonly string SampleCode = JsonNode.Parse(SampleJson)!["unit"]!["code"]!.GetValue<string>();

    /// <summary>
    /// An empty server with a bureau, the sample's department and unit, and a person of each role that acts (the
    /// bureau's reviewer only where the bureau reviews).
    /// </summary>
    private static async Task<JuesuanApp> EmptyServerAsync(string provider, bool bureauReview = true)
    {
        var app = await JuesuanApp.StartAsync(provider, loadSample: false, bureauReview: bureauReview);
        await app.AddOrganisationAsync("140200", "大同市财政局", OrganisationKind.Bureau, null);
        await app.AddOrganisationAsync("D-KX", "大同市科学技术协会", OrganisationKind.Department, "140200");
        await app.AddOrganisationAsync(SampleCode, "大同市科学技术协会", OrganisationKind.Unit, "D-KX");
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, SampleCode);
        await app.AddUserAsync("department", UserRole.DepartmentReviewer, "D-KX");
        if (bureauReview) await app.AddUserAsync("bureau", UserRole.BureauReviewer, "140200");
        return app;
    }

    private static MultipartFormDataContent Upload(string content, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", fileName);
        return form;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_sample_goes_from_import_to_publication_and_an_amendment_keeps_the_first_publication_as_it_was(string provider)
    {
        await using var app = await EmptyServerAsync(provider);
        var preparer = await app.TokenClientAsync("preparer");
        var department = await app.TokenClientAsync("department");
        var bureau = await app.TokenClientAsync("bureau");
        var anonymous = app.AnonymousClient();
        var unit = $"/api/units/{SampleCode}/2021";

        // Draft: the preparer imports the sample.
        var imported = await preparer.PostAsync($"{unit}/import", Upload(SampleJson, "accounts.json"));
        Assert.Equal(1, (await imported.OkJsonAsync()).GetProperty("version").GetInt32());
        var revision = imported.Revision();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/disclosures/{SampleCode}/2021")).StatusCode);

        // Submitted → approved by the department → approved by the bureau (with the approval date) → published.
        var submitted = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision });
        Assert.Equal("Submitted", (await submitted.OkJsonAsync()).GetProperty("summary").GetProperty("status").GetString());
        // Submitted accounts are locked against edits.
        var locked = await preparer.PostAsync($"{unit}/import", Upload(SampleJson, "accounts.json"));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("不能修改", (await locked.JsonAsync()).GetProperty("detail").GetString());
        // The bureau cannot approve before the department.
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.ActAsync(SampleCode, 2021, "approve", new { revision = submitted.Revision() })).StatusCode);
        var byDepartment = await department.ActAsync(SampleCode, 2021, "approve", new { revision = submitted.Revision(), comment = "同意" });
        Assert.Equal("DepartmentApproved", (await byDepartment.OkJsonAsync()).GetProperty("summary").GetProperty("status").GetString());
        var approvalDate = DateOnly.FromDateTime(DateTime.Today).AddDays(-3);
        var byBureau = await bureau.ActAsync(SampleCode, 2021, "approve", new { revision = byDepartment.Revision(), approvalDate });
        var approved = (await byBureau.OkJsonAsync()).GetProperty("summary");
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(approvalDate.AddDays(20).ToString("yyyy-MM-dd"), approved.GetProperty("deadline").GetString());
        Assert.Equal(17, approved.GetProperty("daysLeft").GetInt32());
        var published = await bureau.ActAsync(SampleCode, 2021, "publish", new { revision = byBureau.Revision() });
        Assert.Equal(1, (await published.OkJsonAsync()).GetProperty("publication").GetProperty("sequence").GetInt32());

        // The public sees it, with the check summary and the approval date.
        var first = await anonymous.GetStringAsync($"/api/public/disclosures/{SampleCode}/2021/disclosure.json?sequence=1");
        Assert.Contains("大同市科学技术协会", first);
        var disclosure = await (await anonymous.GetAsync($"/api/public/disclosures/{SampleCode}/2021")).OkJsonAsync();
        Assert.Equal(approvalDate.ToString("yyyy-MM-dd"), disclosure.GetProperty("publications")[0].GetProperty("approvalDate").GetString());
        Assert.Equal(0, disclosure.GetProperty("publications")[0].GetProperty("checks").GetProperty("blocking").GetInt32());

        // Amend: the preparer reopens it with a reason, corrects a figure, and it goes through review again.
        Assert.Equal(HttpStatusCode.Conflict, (await preparer.ActAsync(SampleCode, 2021, "amend", new { revision = published.Revision() })).StatusCode);
        var amending = await preparer.ActAsync(SampleCode, 2021, "amend", new { revision = published.Revision(), reason = "更正机构设置表述" });
        Assert.Equal("Draft", (await amending.OkJsonAsync()).GetProperty("summary").GetProperty("status").GetString());
        var corrected = JsonNode.Parse(await preparer.GetStringAsync($"{unit}/accounts"))!;
        corrected["unit"]!["structure"] = "机构设置包括7部1室：企事业部、宣调部、国际部、人事部、学会部、县区部、青少部和办公室。";
        var put = new HttpRequestMessage(HttpMethod.Put, $"{unit}/accounts") { Content = JsonContent.Create(corrected) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{amending.Revision()}\""));
        var saved = await preparer.SendAsync(put);
        Assert.Equal(2, (await saved.OkJsonAsync()).GetProperty("version").GetInt32());
        var again = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision = saved.Revision() });
        var againDepartment = await department.ActAsync(SampleCode, 2021, "approve", new { revision = await again.OkRevisionAsync() });
        var againBureau = await bureau.ActAsync(SampleCode, 2021, "approve", new { revision = await againDepartment.OkRevisionAsync() });
        var republished = await bureau.ActAsync(SampleCode, 2021, "publish", new { revision = await againBureau.OkRevisionAsync() });
        Assert.Equal(2, (await republished.OkJsonAsync()).GetProperty("publication").GetProperty("sequence").GetInt32());

        // The public sees both publications; the first is exactly as it was; the diff says what changed and why.
        Assert.Equal(first, await anonymous.GetStringAsync($"/api/public/disclosures/{SampleCode}/2021/disclosure.json?sequence=1"));
        var both = await (await anonymous.GetAsync($"/api/public/disclosures/{SampleCode}/2021")).OkJsonAsync();
        Assert.Equal(2, both.GetProperty("latest").GetInt32());
        Assert.Equal("更正机构设置表述", both.GetProperty("publications")[1].GetProperty("amendmentReason").GetString());
        var changes = await (await anonymous.GetAsync($"/api/public/disclosures/{SampleCode}/2021/changes")).OkJsonAsync();
        Assert.Equal("更正机构设置表述", changes.GetProperty("reason").GetString());
        var change = Assert.Single(changes.GetProperty("changes").EnumerateArray(), c => c.GetProperty("path").GetString() == "$.unit.structure");
        Assert.Contains("青少部和办公室", change.GetProperty("after").GetString());
        var list = await (await anonymous.GetAsync("/api/public/disclosures?year=2021")).OkJsonAsync();
        Assert.True(Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("amended").GetBoolean());

        // The history and the audit trail record every step, and the chain holds.
        await using var db = app.Db();
        var actions = await db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["accounts.save", "workflow.submit", "workflow.approve", "workflow.approve", "workflow.publish", "workflow.amend", "accounts.save",
                "workflow.submit", "workflow.approve", "workflow.approve", "workflow.publish"],
            actions.SkipWhile(a => a != "accounts.save").Where(a => !a.StartsWith("token.", StringComparison.Ordinal)));
        Assert.Null(await AuditTrail.VerifyAsync(db));
        Assert.Equal(2, await db.Publications.CountAsync());
        // Each publication anchored the chain outside the database, and the chain agrees with the last anchor.
        var anchors = app.Service<TrailAnchors>();
        Assert.Equal(2, File.ReadAllLines(anchors.File).Length);
        Assert.Equal(await db.AuditEntries.Where(e => e.Action == "workflow.publish").MaxAsync(e => e.Id), anchors.Last().Anchor!.LastId);
        Assert.Null(await AuditTrail.VerifyAsync(db, anchors));
    }

    [Fact]
    public async Task A_submission_with_blocking_findings_is_refused_with_the_findings()
    {
        await using var app = await EmptyServerAsync("sqlite");
        var preparer = await app.TokenClientAsync("preparer");
        // Income no longer covers expenditure: the balance rule blocks.
        var broken = JsonNode.Parse(SampleJson)!;
        broken["income"]![0]!["amount"] = 1000m;
        var imported = await preparer.PostAsync($"/api/units/{SampleCode}/2021/import", Upload(broken.ToJsonString(), "accounts.json"));
        var revision = await imported.OkRevisionAsync();
        var refused = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Contains("阻断问题", problem.GetProperty("detail").GetString());
        Assert.NotEmpty(problem.GetProperty("blocking").EnumerateArray());
        var state = await (await preparer.GetAsync($"/api/units/{SampleCode}/2021")).OkJsonAsync();
        Assert.Equal("Draft", state.GetProperty("summary").GetProperty("status").GetString());
        Assert.True(state.GetProperty("summary").GetProperty("blocking").GetInt32() > 0);
    }

    [Fact]
    public async Task A_return_carries_comments_on_fields_and_reopens_the_accounts()
    {
        await using var app = await EmptyServerAsync("sqlite");
        var preparer = await app.TokenClientAsync("preparer");
        var department = await app.TokenClientAsync("department");
        var imported = await preparer.PostAsync($"/api/units/{SampleCode}/2021/import", Upload(SampleJson, "accounts.json"));
        var submitted = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision = await imported.OkRevisionAsync() });
        var withoutComment = await department.ActAsync(SampleCode, 2021, "return", new { revision = submitted.Revision() });
        Assert.Contains("退回意见", (await withoutComment.JsonAsync()).GetProperty("detail").GetString());
        var returned = await department.ActAsync(SampleCode, 2021, "return", new
        {
            revision = submitted.Revision(),
            comment = "请补充原因说明",
            fields = new[] { new { path = "$.reasons.budget.2101101", comment = "缺少差异原因" } },
        });
        Assert.Equal("Returned", (await returned.OkJsonAsync()).GetProperty("summary").GetProperty("status").GetString());
        var state = await (await preparer.GetAsync($"/api/units/{SampleCode}/2021")).OkJsonAsync();
        var step = state.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("请补充原因说明", step.GetProperty("comment").GetString());
        Assert.Equal("$.reasons.budget.2101101", step.GetProperty("fields")[0].GetProperty("path").GetString());
        // Returned accounts can be edited again.
        Assert.True((await preparer.PostAsync($"/api/units/{SampleCode}/2021/import", Upload(SampleJson, "accounts.json"))).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Publishing_after_the_deadline_needs_a_reason_for_the_delay()
    {
        await using var app = await EmptyServerAsync("sqlite");
        var preparer = await app.TokenClientAsync("preparer");
        var department = await app.TokenClientAsync("department");
        var bureau = await app.TokenClientAsync("bureau");
        var imported = await preparer.PostAsync($"/api/units/{SampleCode}/2021/import", Upload(SampleJson, "accounts.json"));
        var submitted = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision = await imported.OkRevisionAsync() });
        var byDepartment = await department.ActAsync(SampleCode, 2021, "approve", new { revision = submitted.Revision() });
        var approvalDate = DateOnly.FromDateTime(DateTime.Today).AddDays(-30);
        var byBureau = await bureau.ActAsync(SampleCode, 2021, "approve", new { revision = byDepartment.Revision(), approvalDate });
        Assert.True(byBureau.IsSuccessStatusCode);
        var late = await bureau.ActAsync(SampleCode, 2021, "publish", new { revision = byBureau.Revision() });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("已逾期 10 天", (await late.JsonAsync()).GetProperty("detail").GetString());
        var published = await bureau.ActAsync(SampleCode, 2021, "publish", new { revision = byBureau.Revision(), lateReason = "批复文件送达延误" });
        Assert.True(published.IsSuccessStatusCode);
        var disclosure = await (await app.AnonymousClient().GetAsync($"/api/public/disclosures/{SampleCode}/2021")).OkJsonAsync();
        Assert.Equal("批复文件送达延误", disclosure.GetProperty("publications")[0].GetProperty("lateReason").GetString());
    }

    [Fact]
    public async Task Without_bureau_review_the_department_approval_is_final_and_the_department_publishes()
    {
        await using var app = await EmptyServerAsync("sqlite", bureauReview: false);
        var preparer = await app.TokenClientAsync("preparer");
        var department = await app.TokenClientAsync("department");
        var imported = await preparer.PostAsync($"/api/units/{SampleCode}/2021/import", Upload(SampleJson, "accounts.json"));
        var submitted = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision = await imported.OkRevisionAsync() });
        var approved = await department.ActAsync(SampleCode, 2021, "approve", new { revision = submitted.Revision() });
        Assert.Equal("Approved", (await approved.OkJsonAsync()).GetProperty("summary").GetProperty("status").GetString());
        Assert.True((await department.ActAsync(SampleCode, 2021, "publish", new { revision = approved.Revision() })).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Publication_is_refused_while_a_placeholder_or_a_blocking_self_evaluation_finding_remains_and_allowed_once_resolved()
    {
        await using var app = await EmptyServerAsync("sqlite", bureauReview: false);
        var preparer = await app.TokenClientAsync("preparer");
        var department = await app.TokenClientAsync("department");
        var anonymous = app.AnonymousClient();
        var unit = $"/api/units/{SampleCode}/2021";

        // The sample as published: eight budget differences unexplained, a self-evaluation contradicting itself and the accounts.
        var imported = await preparer.PostAsync($"{unit}/import", Upload(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json"));
        var performance = await preparer.SendAsync(Put($"{unit}/performance", File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")),
            await imported.OkRevisionAsync()));
        // Nothing blocks in the accounts themselves, so it may be submitted and approved …
        var submitted = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision = await performance.OkRevisionAsync() });
        var approved = await department.ActAsync(SampleCode, 2021, "approve", new { revision = await submitted.OkRevisionAsync() });
        // … but not published.
        var refused = await department.ActAsync(SampleCode, 2021, "publish", new { revision = await approved.OkRevisionAsync() });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.JsonAsync();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("公开文本中还有 8 处【待补充】内容", detail);
        Assert.Contains("项目“科普项目”的绩效自评有 5 项阻断问题", detail);
        Assert.Contains(problem.GetProperty("blocking").EnumerateArray(), f => f.GetProperty("message").GetString()!.Contains("合计为110分"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/public/disclosures/{SampleCode}/2021")).StatusCode);

        // Where the department's approval is final, it returns what cannot be published; the unit supplies the reasons and mends its self-evaluation.
        var returned = await department.ActAsync(SampleCode, 2021, "return", new { revision = approved.Revision(), comment = "补充差异原因，改正绩效自评" });
        var reasons = await preparer.PostAsync($"{unit}/import", Upload(SampleVariants.Publishable(), "accounts.json"));
        var mended = await preparer.SendAsync(Put($"{unit}/performance", SampleVariants.ResolvedPerformance(), await reasons.OkRevisionAsync()));
        var again = await preparer.ActAsync(SampleCode, 2021, "submit", new { revision = await mended.OkRevisionAsync() });
        var approvedAgain = await department.ActAsync(SampleCode, 2021, "approve", new { revision = await again.OkRevisionAsync() });
        var published = await department.ActAsync(SampleCode, 2021, "publish", new { revision = await approvedAgain.OkRevisionAsync() });
        Assert.Equal(1, (await published.OkJsonAsync()).GetProperty("publication").GetProperty("sequence").GetInt32());
        Assert.True(returned.IsSuccessStatusCode);

        var html = await anonymous.GetStringAsync($"/api/public/disclosures/{SampleCode}/2021/documents/html");
        Assert.DoesNotContain("待补充", html);
        Assert.Contains("年中追加预算", html);
    }

    private static HttpRequestMessage Put(string url, string json, int revision)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{revision}\""));
        return put;
    }
}
