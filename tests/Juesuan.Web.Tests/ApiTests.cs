using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Juesuan.Data;
using Juesuan.Documents.Tests;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Tests;

public class ApiTests
{
    private const string Unit = "140200-KX";
    private const string Accounts = $"/api/units/{Unit}/2021/accounts";

    /// <summary>The sample server with the sample amended back into a draft its preparer can edit.</summary>
    private static async Task<(JuesuanApp App, HttpClient Preparer, int Revision)> DraftAsync()
    {
        var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        var preparer = await app.TokenClientAsync("preparer");
        var state = await preparer.GetAsync($"/api/units/{Unit}/2021");
        var amended = await preparer.ActAsync(Unit, 2021, "amend", new { revision = state.Revision(), reason = "更正" });
        Assert.True(amended.IsSuccessStatusCode);
        return (app, preparer, amended.Revision());
    }

    private static HttpRequestMessage Put(string json, int? revision)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Accounts) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (revision is { } r) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{r}\""));
        return request;
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName);
        return form;
    }

    [Fact]
    public async Task Two_edits_from_the_same_revision_cannot_both_be_saved()
    {
        var (app, preparer, revision) = await DraftAsync();
        await using var _ = app;
        var json = await preparer.GetStringAsync(Accounts);
        var first = JsonNode.Parse(json)!;
        first["unit"]!["structure"] = "甲的修改";
        var second = JsonNode.Parse(json)!;
        second["unit"]!["structure"] = "乙的修改";
        Assert.Equal(HttpStatusCode.OK, (await preparer.SendAsync(Put(first.ToJsonString(), revision))).StatusCode);
        var conflict = await preparer.SendAsync(Put(second.ToJsonString(), revision));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var problem = await conflict.JsonAsync();
        Assert.Equal(revision + 1, problem.GetProperty("currentRevision").GetInt32());
        Assert.Contains("已被他人修改", problem.GetProperty("title").GetString());
        Assert.Contains("甲的修改", await preparer.GetStringAsync(Accounts));
        // An edit that names no revision is refused outright.
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await preparer.SendAsync(Put(second.ToJsonString(), null))).StatusCode);
    }

    [Fact]
    public async Task A_bad_file_imports_nothing_and_every_error_names_its_place()
    {
        var (app, preparer, _) = await DraftAsync();
        await using var _ = app;
        await using var before = app.Db();
        var versions = await before.AccountsVersions.CountAsync();
        var entries = await before.AuditEntries.CountAsync();

        var json = JsonNode.Parse(await preparer.GetStringAsync(Accounts))!;
        json["income"]![0]!["amount"] = "约三万";
        json["expenditure"]![0]!["code"] = "9999999";
        var bad = await preparer.PostAsync($"/api/units/{Unit}/2021/import", Upload(Encoding.UTF8.GetBytes(json.ToJsonString()), "填报.json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors").EnumerateArray().ToArray();
        var amount = errors.Single(e => e.GetProperty("location").GetProperty("jsonPath").GetString() == "$.income[0].amount");
        Assert.Equal(("填报.json", "value.type"), (amount.GetProperty("location").GetProperty("file").GetString(), amount.GetProperty("code").GetString()));
        Assert.Equal("金额以元为单位，写成数字，如 3915995.04；不要写“万元”或文字", amount.GetProperty("hint").GetString());
        var code = errors.Single(e => e.GetProperty("location").GetProperty("jsonPath").GetString()!.StartsWith("$.expenditure[0]", StringComparison.Ordinal));
        Assert.Equal("value.code", code.GetProperty("code").GetString());

        var garbage = await preparer.PostAsync($"/api/units/{Unit}/2021/import", Upload([0x50, 0x4b, 1, 2, 3], "填报.xlsx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, garbage.StatusCode);
        Assert.Contains("填报.xlsx", (await garbage.JsonAsync()).GetProperty("errors")[0].GetProperty("text").GetString());

        var otherYear = JsonNode.Parse(await preparer.GetStringAsync(Accounts))!;
        otherYear["fiscalYear"] = 2022;
        var wrongYear = await preparer.PostAsync($"/api/units/{Unit}/2021/import", Upload(Encoding.UTF8.GetBytes(otherYear.ToJsonString()), "a.json"));
        Assert.Equal("$.fiscalYear", (await wrongYear.JsonAsync()).GetProperty("errors")[0].GetProperty("location").GetProperty("jsonPath").GetString());

        await using var after = app.Db();
        Assert.Equal(versions, await after.AccountsVersions.CountAsync());
        Assert.Equal(entries, await after.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task An_import_preview_shows_what_would_change_without_saving()
    {
        var (app, preparer, _) = await DraftAsync();
        await using var _ = app;
        var json = JsonNode.Parse(await preparer.GetStringAsync(Accounts))!;
        json["unit"]!["structure"] = "新的机构设置";
        var preview = await (await preparer.PostAsync($"/api/units/{Unit}/2021/import?dryRun=true",
            Upload(Encoding.UTF8.GetBytes(json.ToJsonString()), "a.json"))).OkJsonAsync();
        var change = Assert.Single(preview.GetProperty("changes").EnumerateArray());
        Assert.Equal("$.unit.structure", change.GetProperty("path").GetString());
        Assert.Equal(0, preview.GetProperty("blocking").GetInt32());
        Assert.DoesNotContain("新的机构设置", await preparer.GetStringAsync(Accounts));
    }

    [Fact]
    public async Task The_audit_chain_verifies_and_an_edited_row_is_found()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("admin", UserRole.Administrator, SampleLoader.BureauCode);
        var admin = await app.TokenClientAsync("admin");
        var intact = await (await admin.GetAsync("/api/audit/verify")).OkJsonAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        var trail = await (await admin.GetAsync("/api/audit?take=500")).OkJsonAsync();
        var publish = trail.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "workflow.recordpublished");

        // Someone with database access rewrites who recorded the publication.
        await using (var db = app.Db())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'intruder' WHERE \"Id\" = {0}", publish.GetProperty("id").GetInt64());
        var broken = await (await admin.GetAsync("/api/audit/verify")).OkJsonAsync();
        Assert.False(broken.GetProperty("intact").GetBoolean());
        Assert.Equal(publish.GetProperty("id").GetInt64(), broken.GetProperty("brokenAt").GetInt64());
        Assert.Contains("被修改过", broken.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Published_data_is_served_with_caching_headers_and_revalidated_by_etag()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var latest = await client.GetAsync($"/api/public/disclosures/{Unit}/2021/disclosure.json");
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), latest.Headers.CacheControl!.MaxAge);
        Assert.True(latest.Headers.CacheControl.Public);
        var numbered = await client.GetAsync($"/api/public/disclosures/{Unit}/2021/disclosure.json?sequence=1");
        Assert.Contains("immutable", numbered.Headers.CacheControl!.ToString());
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/public/disclosures/{Unit}/2021/disclosure.json");
        again.Headers.IfNoneMatch.Add(latest.Headers.ETag!);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // A client that accepts gzip gets the same document compressed.
        var compressed = new HttpRequestMessage(HttpMethod.Get, $"/api/public/disclosures/{Unit}/2021/disclosure.json");
        compressed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var gzipped = await client.SendAsync(compressed);
        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        var packed = await gzipped.Content.ReadAsByteArrayAsync();
        using var unpacked = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(packed), System.IO.Compression.CompressionMode.Decompress)) gzip.CopyTo(unpacked);
        Assert.Equal(await latest.Content.ReadAsByteArrayAsync(), unpacked.ToArray());
        Assert.True(packed.Length * 5 < unpacked.Length);
    }

    [Theory]
    [InlineData("html", "text/html", "<table")]
    [InlineData("accounts", "application/json", "juesuan.accounts/1")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    [InlineData("csv", "application/zip", "PK")]
    [InlineData("fdp", "application/zip", "datapackage.json")]
    public async Task Every_published_format_downloads(string format, string mediaType, string contains)
    {
        await using var app = await JuesuanApp.StartAsync();
        var response = await app.AnonymousClient().GetAsync($"/api/public/disclosures/{Unit}/2021/documents/{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(contains, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        await using var app = await JuesuanApp.StartAsync();
        var document = await (await app.AnonymousClient().GetAsync("/openapi/v1.json")).OkJsonAsync();
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/units", "/api/units/{code}/{year}/accounts", "/api/units/{code}/{year}/submit", "/api/public/disclosures/{code}/{year}/disclosure.json", "/api/audit/verify" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.Equal("决算公开系统接口", document.GetProperty("info").GetProperty("title").GetString());
    }
}

public class PdfDownloadTests
{
    [RequiresChromiumFact]
    public async Task The_published_disclosure_downloads_as_a_pdf()
    {
        await using var app = await JuesuanApp.StartAsync();
        var response = await app.AnonymousClient().GetAsync("/api/public/disclosures/140200-KX/2021/documents/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("大同市科学技术协会2021年度单位决算.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]));
    }
}
