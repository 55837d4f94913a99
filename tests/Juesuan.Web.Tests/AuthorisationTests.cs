using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Juesuan.Data;
using Juesuan.Testing;

namespace Juesuan.Web.Tests;

/// <summary>
/// Every endpoint × every role × own and other organisation. The target is a second-level unit with
/// unpublished accounts; its name must never appear in an answer to anyone outside its reach, and no
/// public endpoint may show it to anyone at all.
/// </summary>
public class AuthorisationTests
{
    private const string Target = "140200-KX-2";
    private const string TargetName = "草稿测试单位";
    private const string Published = "140200-KX";

    private static readonly string[] Roles = ["anonymous", "admin", "bureau", "departmentOwn", "departmentOther", "preparerOwn", "preparerOther"];

    /// <summary>Expected status per role, in the order of <see cref="Roles"/>.</summary>
    private sealed record Case(string Method, string Path, int[] Expected, Func<HttpContent?>? Body = null, string? IfMatch = null);

    private static int[] Read => [401, 200, 200, 200, 404, 200, 404];
    private static int[] Edit => [401, 403, 403, 403, 404, 409, 404];
    private static int[] Review => [401, 403, 409, 409, 404, 403, 404];
    private static int[] Publish => [401, 403, 409, 403, 404, 403, 404];
    private static int[] Amend => [401, 403, 409, 403, 404, 409, 404];
    private static int[] SignedIn(int status) => [401, status, status, status, status, status, status];
    private static int[] AdminOnly(int status) => [401, status, 403, 403, 403, 403, 403];
    private static int[] Everyone(int status) => [status, status, status, status, status, status, status];

    private static Func<HttpContent?> Json(object body) => () => JsonContent.Create(body);

    private static IEnumerable<Case> Cases()
    {
        var unit = $"/api/units/{Target}/2021";
        var stale = Json(new { revision = 999, comment = "意见", reason = "原因" });
        yield return new("GET", "/api/units", SignedIn(200));
        yield return new("GET", unit, Read);
        yield return new("GET", $"{unit}/accounts", Read);
        yield return new("GET", $"{unit}/versions", Read);
        yield return new("GET", $"{unit}/versions/1", Read);
        yield return new("GET", $"{unit}/versions/1/changes", Read);
        yield return new("GET", $"{unit}/checks", Read);
        yield return new("GET", $"{unit}/performance", Read);
        yield return new("GET", $"{unit}/scores", Read);
        yield return new("GET", $"{unit}/preview", Read);
        yield return new("PUT", $"{unit}/accounts", Edit, () => new StringContent(TargetAccounts, Encoding.UTF8, "application/json"), "\"999\"");
        yield return new("PUT", $"{unit}/performance", Edit, () => new StringContent(Performance, Encoding.UTF8, "application/json"), "\"999\"");
        yield return new("POST", $"{unit}/import?dryRun=true", [401, 403, 403, 403, 404, 200, 404], () => Upload(TargetAccounts));
        yield return new("POST", $"{unit}/submit", Edit, stale);
        yield return new("POST", $"{unit}/approve", Review, stale);
        yield return new("POST", $"{unit}/return", Review, stale);
        yield return new("POST", $"{unit}/publish", Publish, stale);
        yield return new("POST", $"{unit}/amend", Amend, stale);
        yield return new("GET", "/api/me", SignedIn(200));
        yield return new("GET", "/api/antiforgery", SignedIn(200));
        yield return new("GET", "/api/tokens", SignedIn(200));
        yield return new("POST", "/api/tokens", SignedIn(201), Json(new { name = "同步" }));
        yield return new("DELETE", "/api/tokens/99999", SignedIn(404));
        yield return new("GET", "/api/organisations", SignedIn(200));
        yield return new("POST", "/api/organisations", AdminOnly(400), Json(new { code = "", name = "", kind = "Department", parentCode = "140200" }));
        yield return new("GET", "/api/users", AdminOnly(200));
        yield return new("POST", "/api/users", AdminOnly(400), Json(new { userName = "x", displayName = "", password = "short", role = "UnitPreparer", organisationCode = Target }));
        yield return new("POST", "/api/users/nobody/disable", AdminOnly(404));
        yield return new("POST", "/api/users/nobody/enable", AdminOnly(404));
        yield return new("POST", "/api/users/nobody/password", AdminOnly(404), Json(new { password = "Another2021ok" }));
        yield return new("POST", "/api/me/password", SignedIn(400), Json(new { current = "wrong", password = "Another2021ok" }));
        yield return new("GET", "/api/audit", AdminOnly(200));
        yield return new("GET", "/api/audit/verify", AdminOnly(200));
        yield return new("GET", "/api/public/disclosures", Everyone(200));
        foreach (var (code, status) in new[] { (Published, 200), (Target, 404) })
        {
            var published = $"/api/public/disclosures/{code}/2021";
            yield return new("GET", published, Everyone(status));
            yield return new("GET", $"{published}/disclosure.json", Everyone(status));
            yield return new("GET", $"{published}/documents/html", Everyone(status));
            yield return new("GET", $"{published}/documents/accounts", Everyone(status));
            yield return new("GET", $"{published}/checks", Everyone(status));
        }
        // Last, as it saves for the one who may: each file's refusal is in the answer, never the unit's name outside its reach.
        yield return new("POST", "/api/units/import?year=2021", SignedIn(200), () => Upload(TargetAccounts, "files"));
    }

    private static readonly string Performance = File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json"));

    private static readonly string TargetAccounts = SampleVariants.AsUnit(File.ReadAllText(RepoPaths.SampleAccounts), Target, TargetName);

    private static MultipartFormDataContent Upload(string json, string field = "file")
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(json)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, field, "accounts.json");
        return form;
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_as_designed_and_never_shows_an_unpublished_unit_outside_its_reach()
    {
        await using var app = await JuesuanApp.StartAsync();
        // The sample (published) is under department 140200-D-KX; the target is a second-level unit beneath it, with a draft:
        // the department reaches it at any depth, the sample unit's own preparer does not.
        await app.AddOrganisationAsync(Target, TargetName, OrganisationKind.Unit, Published);
        await app.AddOrganisationAsync("D-OTHER", "其他部门", OrganisationKind.Department, SampleLoader.BureauCode);
        await app.AddUserAsync("admin", UserRole.Administrator, SampleLoader.BureauCode);
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        await app.AddUserAsync("departmentOwn", UserRole.DepartmentReviewer, SampleLoader.DepartmentCode);
        await app.AddUserAsync("departmentOther", UserRole.DepartmentReviewer, "D-OTHER");
        await app.AddUserAsync("preparerOwn", UserRole.UnitPreparer, Target);
        await app.AddUserAsync("preparerOther", UserRole.UnitPreparer, Published);
        await using (var db = app.Db())
        {
            var target = db.Organisations.Single(o => o.Code == Target);
            var store = new AccountsStore(db, TimeProvider.System);
            Assert.IsType<SaveOutcome.Saved>(await store.SaveAsync(target.Id, TargetAccounts, "accounts.json", "preparerOwn", null));
            Assert.IsType<SaveOutcome.Performance>(await store.SavePerformanceAsync(target.Id, Performance, "performance.json", "preparerOwn", 1));
        }
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.AnonymousClient() };
        foreach (var role in Roles.Skip(1)) clients[role] = await app.TokenClientAsync(role);
        var reaches = new HashSet<string> { "admin", "bureau", "departmentOwn", "preparerOwn" };

        var wrong = new List<string>();
        foreach (var c in Cases())
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path) { Content = c.Body?.Invoke() };
                if (c.IfMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", c.IfMatch);
                var response = await clients[Roles[i]].SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != c.Expected[i])
                    wrong.Add($"{c.Method} {c.Path} as {Roles[i]}: expected {c.Expected[i]}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 160)]}");
                var mayShow = reaches.Contains(Roles[i]) && response.IsSuccessStatusCode && !c.Path.StartsWith("/api/public", StringComparison.Ordinal);
                if (!mayShow && body.Contains(TargetName, StringComparison.Ordinal))
                    wrong.Add($"{c.Method} {c.Path} as {Roles[i]} shows the unpublished unit: {body[..Math.Min(body.Length, 160)]}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task An_unauthorised_call_is_answered_as_a_chinese_problem()
    {
        await using var app = await JuesuanApp.StartAsync();
        var response = await app.AnonymousClient().GetAsync("/api/units");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("未登录", (await response.JsonAsync()).GetProperty("title").GetString());
        var revoked = app.AnonymousClient();
        revoked.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "jst_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/me")).StatusCode);
    }
}
