using System.IO.Compression;
using System.Text;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Export;
using Juesuan.Testing;

namespace Juesuan.Web.Tests;

/// <summary>
/// What the public reads never carries an instruction to a preparer (【待补充】, "请在决算数据中填写") nor a path of
/// our files: every public page and every download of every publication, the historical sample and a unit
/// published and amended through the workflow.
/// </summary>
public sealed class PublicTextTests
{
    private static readonly string[] Instructions = ["待补充", "请在决算数据中填写", "重新生成"];

    /// <summary>Prints PDFs: needs Chromium.</summary>
    [RequiresBrowserFact]
    public async Task No_public_page_or_download_of_any_publication_holds_a_placeholder_or_a_path_of_ours()
    {
        await using var app = await JuesuanApp.StartAsync();
        await PagesTests.PublishCopyAsync(app, "140200-KX2", "大同市科技馆", 1.5m);
        var preparer = await app.TokenClientAsync("140200-KX2-preparer");
        var bureau = await app.TokenClientAsync("bureau");
        var department = await app.TokenClientAsync("department");
        var revision = (await bureau.GetAsync("/api/units/140200-KX2/2021")).Revision();
        revision = await (await preparer.ActAsync("140200-KX2", 2021, "amend", new { revision, reason = "更正公用经费" })).OkRevisionAsync();
        revision = await (await preparer.ActAsync("140200-KX2", 2021, "submit", new { revision })).OkRevisionAsync();
        revision = await (await department.ActAsync("140200-KX2", 2021, "approve", new { revision })).OkRevisionAsync();
        revision = await (await bureau.ActAsync("140200-KX2", 2021, "approve", new { revision })).OkRevisionAsync();
        await (await bureau.ActAsync("140200-KX2", 2021, "publish", new { revision })).OkJsonAsync();

        var citizen = app.AnonymousClient();
        var problems = new List<string>();
        void Scan(string where, string text, bool readable)
        {
            foreach (var instruction in Instructions.Where(i => text.Contains(i, StringComparison.Ordinal))) problems.Add($"{where}：“{instruction}”");
            if (readable && PeoplesWords.PathIn(text) is { } path) problems.Add($"{where}：{path}");
        }

        var list = await (await citizen.GetAsync("/api/public/disclosures")).OkJsonAsync();
        var disclosures = list.GetProperty("items").EnumerateArray().Select(d => (Code: d.GetProperty("code").GetString()!, Year: d.GetProperty("fiscalYear").GetInt32())).ToList();
        Assert.Equal(2, disclosures.Count);
        Scan("首页", PagesTests.VisibleText(await citizen.GetStringAsync("/")), true);
        Scan("比较", PagesTests.VisibleText(await citizen.GetStringAsync("/compare?" + string.Join("&", disclosures.Select(d => $"d={d.Code}:{d.Year}")))), true);
        var scanned = 0;
        foreach (var (code, year) in disclosures)
        {
            var api = $"/api/public/disclosures/{code}/{year}";
            var publications = (await (await citizen.GetAsync(api)).OkJsonAsync()).GetProperty("publications").EnumerateArray().Select(p => p.GetProperty("sequence").GetInt32()).ToList();
            foreach (var sequence in publications)
            {
                Scan($"{code} 第{sequence}次 公开页面", PagesTests.VisibleText(await citizen.GetStringAsync($"/disclosures/{code}/{year}?sequence={sequence}")), true);
                Scan($"{code} 第{sequence}次 检查情况", PagesTests.VisibleText(await citizen.GetStringAsync($"/disclosures/{code}/{year}/checks?sequence={sequence}")), true);
                foreach (var format in DisclosureFormats.All)
                {
                    var response = await citizen.GetAsync($"{api}/documents/{format.Id}?sequence={sequence}");
                    Assert.True(response.IsSuccessStatusCode, $"{code} {format.Id}: {response.StatusCode}");
                    var bytes = await response.Content.ReadAsByteArrayAsync();
                    foreach (var (name, text, readable) in Texts(bytes, format))
                        Scan($"{code} 第{sequence}次 {format.Description} {name}", text, readable);
                    scanned++;
                }
            }
        }
        Assert.Equal(3 * DisclosureFormats.All.Count, scanned);
        Assert.Empty(problems);
    }

    /// <summary>The texts of a download: a document's text as a reader extracts it; each file of an archive; a data file as it is (read by machines, so its keys are not looked at).</summary>
    private static IEnumerable<(string Name, string Text, bool Readable)> Texts(byte[] bytes, DisclosureFormat format)
    {
        var extension = Path.GetExtension(format.DownloadSuffix);
        if (extension == ".zip")
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                yield return (entry.FullName, text, entry.FullName.EndsWith(".csv", StringComparison.Ordinal));
            }
        }
        else if (extension == ".json")
        {
            yield return ("", Encoding.UTF8.GetString(bytes), false);
        }
        else
        {
            var read = AuditSource.Read(bytes, "download" + extension);
            Assert.True(read.Text is not null, $"{format.Id}: {read.Error?.Message}");
            yield return ("", read.Text!, true);
        }
    }
}
