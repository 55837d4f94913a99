using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Juesuan.Data;
using Juesuan.Documents.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>
/// The portal at the scale of a region: search paged on the server with facets, a department's and a region's totals that
/// add up unit by unit, any lines compared, and files made when a disclosure is published.
/// </summary>
public sealed class PortalTests
{
    private const string Sample = "140200-KX";
    private const string OtherDepartment = "140200-D-WL";

    /// <summary>The sample, its copy in the same department, and a copy in another department: three units, two departments.</summary>
    private static async Task<JuesuanApp> ThreeUnitsAsync(bool prepareFiles = false)
    {
        var app = await JuesuanApp.StartAsync(prepareFiles: prepareFiles);
        await PagesTests.PublishCopyAsync(app, "140200-KX2", "大同市科技馆", 1.5m);
        await app.AddOrganisationAsync(OtherDepartment, "大同市文化和旅游局", OrganisationKind.Department, SampleLoader.BureauCode);
        await PagesTests.PublishCopyAsync(app, "140200-WL1", "大同市博物馆", 2m, OtherDepartment);
        return app;
    }

    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Search_pages_on_the_server_and_counts_every_facet()
    {
        await using var app = await ThreeUnitsAsync();
        var client = app.AnonymousClient();

        // Facets count what each choice would find under the other conditions.
        var home = Parser.ParseDocument(await client.GetStringAsync("/"));
        string[] Facet(AngleSharp.Dom.IDocument page, string id) =>
            [.. page.QuerySelectorAll($"[data-facet={id}] li").Select(li => string.Join(" ", li.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
        Assert.Equal(["大同市文化和旅游局 1", "大同市科学技术协会 2"], Facet(home, "department"));
        Assert.Equal(["2021年度 3"], Facet(home, "year"));
        Assert.Equal(["大同市财政局 3"], Facet(home, "region"));
        Assert.Equal(["单位决算 3"], Facet(home, "scope"));
        var link = home.QuerySelectorAll("[data-facet=department] a")[1].GetAttribute("href")!;
        var narrowed = Parser.ParseDocument(await client.GetStringAsync(link));
        Assert.Equal(2, narrowed.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("共 2 份", narrowed.Body!.TextContent);
        Assert.Contains("（再点一次取消）", Facet(narrowed, "department").Single(f => f.StartsWith("大同市科学技术协会", StringComparison.Ordinal)));
        // Chosen with a search, the search is kept; one with no match says so.
        Assert.Contains("没有找到已公开的决算", await client.GetStringAsync("/?q=博物馆&department=" + Uri.EscapeDataString("大同市科学技术协会")));

        // The open-data list pages on the server, says where the next page is, and counts the facets too.
        var first = await (await client.GetAsync("/api/public/disclosures?pageSize=2")).OkJsonAsync();
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pages").GetInt32());
        Assert.Equal(["140200-KX", "140200-KX2"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var next = first.GetProperty("next").GetString()!;
        var second = await client.GetAsync(next);
        Assert.Contains("rel=\"prev\"", second.Headers.GetValues("Link").Single());
        var page2 = await second.OkJsonAsync();
        Assert.Equal("140200-WL1", Assert.Single(page2.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("大同市文化和旅游局", page2.GetProperty("items")[0].GetProperty("department").GetString());
        Assert.Equal(2, first.GetProperty("facets").GetProperty("departments").EnumerateArray().Count());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/public/disclosures?pageSize=5000")).StatusCode);

        // The list answers 304 to a client holding it, until something is published.
        var etag = second.Headers.ETag!;
        var again = new HttpRequestMessage(HttpMethod.Get, next);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_departments_totals_are_the_sum_of_its_units_and_each_lists_the_units_behind_it()
    {
        await using var app = await ThreeUnitsAsync();
        var client = app.AnonymousClient();
        var department = Uri.EscapeDataString("大同市科学技术协会");
        var page = Parser.ParseDocument(await client.GetStringAsync($"/totals?department={department}&year=2021"));
        Assert.Contains("大同市科学技术协会 2021年度单位决算汇总", page.QuerySelector("h1")!.TextContent);
        decimal Cell(string table, string line) =>
            decimal.Parse(page.QuerySelector($"#{table} tr[data-line='{line}'] td")!.TextContent, NumberStyles.Number, CultureInfo.InvariantCulture);

        // Each total is the sum of the two units' own figures, read from their pages.
        var units = new[] { "140200-KX", "140200-KX2" };
        foreach (var (line, name) in new[] { ("k:three", "“三公”经费支出"), ("k:total", "收入（支出）总计"), ("k:expenditure", "本年支出合计") })
        {
            var sum = 0m;
            foreach (var unit in units)
            {
                var years = Parser.ParseDocument(await client.GetStringAsync($"/disclosures/{unit}"));
                var cell = years.QuerySelector($"#years-table tr[data-line='{line}'] td")!.TextContent;
                sum += decimal.Parse(cell.Split('增', '减', '持')[0], NumberStyles.Number, CultureInfo.InvariantCulture);
            }
            Assert.Equal(sum, Cell("totals-key", line));
            Assert.Contains(name, page.QuerySelector($"#totals-key tr[data-line='{line}'] th")!.TextContent);
        }
        Assert.Equal(6_164.80m + 9_247.20m, Cell("totals-key", "k:three"));
        // The function classes add up to 本年支出合计.
        var classes = page.QuerySelectorAll("#totals-function tbody tr td:nth-child(2)")
            .Sum(td => decimal.Parse(td.TextContent, NumberStyles.Number, CultureInfo.InvariantCulture));
        Assert.Equal(Cell("totals-key", "k:expenditure"), classes);
        // “三公” by unit, the largest first; the other department's unit is not in this one's totals.
        Assert.Equal(["大同市科技馆", "大同市科学技术协会"], page.QuerySelectorAll("#totals-three tbody th").Select(th => th.TextContent.Trim()));
        Assert.DoesNotContain("大同市博物馆", page.Body!.TextContent);

        // A figure opens on the units behind it, adding up to it.
        var href = page.QuerySelector("#totals-key tr[data-line='k:three'] a")!.GetAttribute("href")!;
        var behind = Parser.ParseDocument(await client.GetStringAsync(href));
        Assert.Equal(["9,247.20", "6,164.80"], behind.QuerySelectorAll("#behind tbody td").Select(td => td.TextContent));
        Assert.Equal("15,412.00", behind.GetElementById("behind-total")!.TextContent);

        // The region (the bureau's) holds all three; the home page links each department's and region's totals.
        var region = Parser.ParseDocument(await client.GetStringAsync("/totals?region=" + Uri.EscapeDataString("大同市财政局")));
        Assert.Equal(3, region.QuerySelectorAll("#totals-three tbody tr").Length);
        Assert.Contains($"/totals?department={department}",
            await client.GetStringAsync($"/?department={department}"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/totals?department=" + Uri.EscapeDataString("没有的部门"))).StatusCode);
    }

    [Fact]
    public async Task Any_lines_are_compared_with_their_differences_from_the_first()
    {
        await using var app = await ThreeUnitsAsync();
        var client = app.AnonymousClient();
        var all = $"d={Sample}:2021&d=140200-KX2:2021&d=140200-WL1:2021";
        var page = Parser.ParseDocument(await client.GetStringAsync($"/compare?{all}&line=t:vehicleOperation&line=f:206"));
        Assert.Equal(["t:vehicleOperation", "f:206"], page.QuerySelectorAll("#compared tbody tr").Select(tr => tr.GetAttribute("data-line")));
        var vehicles = page.QuerySelectorAll("#compared tr[data-line='t:vehicleOperation'] td").Select(td => td.TextContent).ToList();
        // The copies' vehicle running costs are half as much again and twice the sample's.
        Assert.Matches(@"^[\d,]+\.\d\d\+[\d,]+\.\d\d（\+50\.00%）$", vehicles[1]);
        Assert.Matches(@"^[\d,]+\.\d\d\+[\d,]+\.\d\d（\+100\.00%）$", vehicles[2]);
        Assert.Contains("206 科学技术支出", page.QuerySelector("#compared tr[data-line='f:206'] th")!.TextContent);
        Assert.EndsWith("相同", page.QuerySelectorAll("#compared tr[data-line='f:206'] td")[1].TextContent);
        // Every line the three have is offered, by kind.
        var offered = page.QuerySelectorAll("details.lines input").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("f:2060702", offered);
        Assert.Contains("e:301", offered);
        Assert.Contains("k:total", offered);
    }

    [Fact]
    public async Task Many_files_import_in_one_call_each_to_the_unit_it_names_within_the_callers_reach()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddOrganisationAsync("140200-KX2", "大同市科技馆", OrganisationKind.Unit, SampleLoader.DepartmentCode);
        await app.AddOrganisationAsync("140200-KX3", "大同市科普中心", OrganisationKind.Unit, "140200-KX2");
        // A preparer of the 科技馆 reaches it alone: not its second-level unit, nor the sample.
        await app.AddUserAsync("kx2-preparer", UserRole.UnitPreparer, "140200-KX2");
        var client = await app.TokenClientAsync("kx2-preparer");
        var sample = await File.ReadAllTextAsync(Juesuan.Testing.RepoPaths.SampleAccounts);
        string As(string code, string name) => Juesuan.Testing.SampleVariants.AsUnit(sample, code, name);
        var form = new MultipartFormDataContent();
        foreach (var (file, text) in new[] { ("kx2.json", As("140200-KX2", "大同市科技馆")), ("kx3.json", As("140200-KX3", "大同市科普中心")), ("kx.json", sample), ("bad.json", "{") })
            form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "files", file);
        var answer = await (await client.PostAsync("/api/units/import?year=2021", form)).OkJsonAsync();
        Assert.Equal(1, answer.GetProperty("imported").GetInt32());
        Assert.Equal(3, answer.GetProperty("notImported").GetInt32());
        var files = answer.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(1, files[0].GetProperty("version").GetInt32());
        Assert.Equal("大同市科技馆", files[0].GetProperty("name").GetString());
        Assert.Equal("找不到单位“140200-KX3”，或不在您的权限范围内", files[1].GetProperty("refusal").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, files[1].GetProperty("name").ValueKind);
        Assert.Equal("找不到单位“140200-KX”，或不在您的权限范围内", files[2].GetProperty("refusal").GetString());
        Assert.StartsWith("bad.json", files[3].GetProperty("refusal").GetString());
        await using var db = app.Db();
        Assert.Equal(["140200-KX2"], await db.AccountsVersions.Where(v => v.Organisation!.Code != Sample).Select(v => v.Organisation!.Code).ToListAsync());
    }

    [RequiresChromiumFact]
    public async Task Publishing_makes_the_pdf_and_word_in_the_background_and_downloads_serve_them_as_made()
    {
        await using var app = await ThreeUnitsAsync(prepareFiles: true);
        long id;
        await using (var db = app.Db())
            id = await db.PublishedSummaries.Where(s => s.Code == "140200-WL1").Select(s => s.PublicationId).SingleAsync();
        var made = await WaitForFilesAsync(app, id);
        Assert.Equal(["docx", "pdf"], made.Select(f => f.Format).Order());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(made.Single(f => f.Format == "pdf").Content[..4]));
        Assert.Equal("大同市博物馆2021年度单位决算.pdf", made.Single(f => f.Format == "pdf").FileName);

        // The download is the file made at publication, byte for byte.
        var response = await app.AnonymousClient().GetAsync("/api/public/disclosures/140200-WL1/2021/documents/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(made.Single(f => f.Format == "pdf").Content, await response.Content.ReadAsByteArrayAsync());
        // The sample, published before the server started, is made at its first download, and kept.
        var sample = await app.AnonymousClient().GetAsync("/api/public/disclosures/140200-KX/2021/documents/docx");
        Assert.Equal(HttpStatusCode.OK, sample.StatusCode);
        await using (var db = app.Db())
            Assert.True(await db.PublicationFiles.AnyAsync(f => f.Publication!.Organisation!.Code == Sample && f.Format == "docx"));
    }

    private static async Task<List<PublicationFile>> WaitForFilesAsync(JuesuanApp app, long publicationId)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            await using var db = app.Db();
            var files = await db.PublicationFiles.AsNoTracking().Where(f => f.PublicationId == publicationId).ToListAsync();
            if (files.Count == 2) return files;
            await Task.Delay(500);
        }
        throw new TimeoutException("公开后一分钟内没有生成 PDF 和 Word");
    }

    /// <summary>
    /// A real 2024 disclosure (上海市普陀区财政局, rebuilt from its published tables in samples/putuo-finance-2024) recorded as published:
    /// the portal's figures are those its PDF prints — 总计 2,995.39万元, 本年收入合计 2,946.25万元, 本年支出合计 2,940.05万元 (公开01表),
    /// 住房保障支出 445.69万元 (公开03表), “三公” 0.00 against a budget of 0.95万元 (公开07表).
    /// </summary>
    [Fact]
    public async Task A_real_2024_disclosure_is_listed_and_totalled_with_the_figures_it_publishes()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddOrganisationAsync("D-CZJ", "上海市普陀区财政局（部门）", OrganisationKind.Department, SampleLoader.BureauCode);
        await app.AddOrganisationAsync("PT-CZJ", "上海市普陀区财政局", OrganisationKind.Unit, "D-CZJ");
        using (var scope = app.Services.CreateScope())
        {
            var unit = await scope.ServiceProvider.GetRequiredService<JuesuanDb>().Organisations.SingleAsync(o => o.Code == "PT-CZJ");
            var json = await File.ReadAllTextAsync(Juesuan.Testing.RepoPaths.File("samples", "putuo-finance-2024", "accounts.json"));
            var saved = Assert.IsType<SaveOutcome.Saved>(await scope.ServiceProvider.GetRequiredService<AccountsStore>().SaveAsync(unit.Id, json, "accounts.json", "test", null));
            Assert.IsType<WorkflowOutcome.Done>(await scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>().RecordPublishedAsync(
                unit.Id, 2024, saved.Revision, "test", new HistoricalPublication(null, null, "上海市普陀区人民政府网站"), Juesuan.Web.Publishing.DisclosureRendering.Render));
        }
        var client = app.AnonymousClient();
        var found = Parser.ParseDocument(await client.GetStringAsync("/?q=" + Uri.EscapeDataString("普陀")));
        Assert.Contains("上海市普陀区财政局", found.QuerySelector(".results tbody tr")!.TextContent);

        var totals = Parser.ParseDocument(await client.GetStringAsync("/totals?department=" + Uri.EscapeDataString("上海市普陀区财政局（部门）")));
        // The portal gives 元, as the accounts hold them; the PDF prints 万元 to two decimals.
        decimal Wan(string table, string line) =>
            Math.Round(decimal.Parse(totals.QuerySelector($"#{table} tr[data-line='{line}'] td")!.TextContent, NumberStyles.Number, CultureInfo.InvariantCulture) / 10_000m, 2);
        Assert.Equal(2_995.39m, Wan("totals-key", "k:total"));
        Assert.Equal(2_946.25m, Wan("totals-key", "k:income"));
        Assert.Equal(2_940.05m, Wan("totals-key", "k:expenditure"));
        Assert.Equal(445.69m, Wan("totals-function", "f:221"));
        Assert.Equal(0m, Wan("totals-key", "k:three"));
        Assert.Equal(["0.00", "0.00", "0.00", "0.00", "0.00", "9,500.00", "0.00%"],
            totals.QuerySelectorAll("#totals-three tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task Summaries_of_publications_recorded_before_them_are_written_at_start()
    {
        await using var app = await ThreeUnitsAsync();
        await using var db = app.Db();
        var before = await db.PublishedSummaries.AsNoTracking().OrderBy(s => s.PublicationId).ToListAsync();
        var lines = await db.PublishedLines.AsNoTracking().OrderBy(s => s.PublicationId).Select(l => l.Json).ToListAsync();
        db.PublishedLines.RemoveRange(db.PublishedLines);
        db.PublishedSummaries.RemoveRange(db.PublishedSummaries);
        await db.SaveChangesAsync();

        Assert.Equal(3, await PublishedSummaries.FillMissingAsync(db, Juesuan.Catalog.CatalogEditions.Shipped, CancellationToken.None));
        var after = await db.PublishedSummaries.AsNoTracking().OrderBy(s => s.PublicationId).ToListAsync();
        Assert.Equal(before.Select(Row), after.Select(Row));
        Assert.Equal(lines, await db.PublishedLines.AsNoTracking().OrderBy(s => s.PublicationId).Select(l => l.Json).ToListAsync());
        Assert.Equal(0, await PublishedSummaries.FillMissingAsync(db, Juesuan.Catalog.CatalogEditions.Shipped, CancellationToken.None));
    }

    private static string Row(PublishedSummary s) =>
        $"{s.PublicationId} {s.Code} {s.Name} {s.FiscalYear} {s.Sequence} {s.Latest} {s.Department} {s.Region} {s.Scope} {s.Blocking} {s.Warnings} {s.ContentHash}";
}
