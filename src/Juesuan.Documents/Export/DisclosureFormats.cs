using Juesuan.Accounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Csv;
using Juesuan.Documents.Docx;
using Juesuan.Documents.Html;
using Juesuan.Documents.Json;
using Juesuan.Documents.OpenData;
using Juesuan.Documents.Xlsx;

namespace Juesuan.Documents.Export;

/// <summary>
/// 公开文件格式 — one format a disclosure is exported or downloaded in: its name on the command line and in
/// URLs, what it is (in Chinese), the media type of a single file, and the end of a download's name.
/// </summary>
/// <param name="DownloadSuffix">What a single-file download's name ends with after the publication's name (".pdf", "-决算数据.json").</param>
public sealed record DisclosureFormat(string Id, string Description, string ContentType, string DownloadSuffix);

/// <summary>
/// What the formats are made from: the accounts with their settings, the disclosure, and its HTML and JSON
/// text — rendered now, or as frozen at publication. Each part is made only when a format asks for it.
/// </summary>
public sealed class DisclosureSource
{
    private readonly Lazy<(UnitAccounts Accounts, DisclosureDocument Document)> _built;
    private readonly Lazy<string> _html, _documentJson, _accountsJson;

    public DisclosureSource(Func<(UnitAccounts Accounts, DisclosureDocument Document)> build, Func<string>? html = null, Func<string>? documentJson = null, Func<string>? accountsJson = null)
    {
        _built = new(build);
        _html = new(html ?? RenderHtml);
        _documentJson = new(documentJson ?? WriteDocument);
        _accountsJson = new(accountsJson ?? WriteAccounts);
    }

    /// <summary>A disclosure just built: every text rendered from it; the accounts written with the settings they were read with.</summary>
    public static DisclosureSource Of(UnitAccounts accounts, AccountsFileSettings settings, DisclosureDocument document) =>
        new(() => (accounts, document), accountsJson: () => AccountsWriter.Write(accounts, settings));

    private string RenderHtml() => HtmlRenderer.Render(Document);

    private string WriteDocument() => Json.DocumentJson.Write(Document);

    private string WriteAccounts() => AccountsWriter.Write(Accounts);

    public UnitAccounts Accounts => _built.Value.Accounts;

    public DisclosureDocument Document => _built.Value.Document;

    public string Html => _html.Value;

    public string DocumentJson => _documentJson.Value;

    public string AccountsJson => _accountsJson.Value;
}

/// <summary>The one list of formats, used by <c>juesuan build</c> and <c>export</c> and by the portal's downloads.</summary>
public static class DisclosureFormats
{
    private const string Zip = "application/zip";

    public static readonly IReadOnlyList<DisclosureFormat> All =
    [
        new("html", "可打印的网页", "text/html; charset=utf-8", ".html"),
        new("pdf", "A4 打印版（需要 Chromium）", "application/pdf", ".pdf"),
        new("docx", "可编辑的 Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        new("xlsx", "九张公开表的 Excel 工作簿", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
        new("csv", "九张公开表，每表一个 CSV 文件（UTF-8 带 BOM）", Zip, "-公开表CSV.zip"),
        new("fdp", "财政数据包（Fiscal Data Package）", Zip, "-财政数据包.zip"),
        new("json", "文档模型（disclosure.json）", "application/json; charset=utf-8", ".json"),
        new("accounts", "决算数据文件（accounts.json）", "application/json; charset=utf-8", "-决算数据.json"),
    ];

    public static IEnumerable<string> Ids => All.Select(f => f.Id);

    public static DisclosureFormat? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>"pdf（A4 打印版…）、docx（…）" — the formats as help texts list them.</summary>
    public static string Described(IEnumerable<string>? ids = null) =>
        string.Join("、", (ids ?? Ids).Select(id => $"{id}（{Find(id)!.Description}）"));

    /// <summary>
    /// A file name as a clerk files it: the document's title ("大同市科学技术协会2021年度部门决算") with what is added,
    /// the characters a file name may not hold left out.
    /// </summary>
    public static string PeoplesName(string title) => string.Concat(title.Where(c => !char.IsControl(c) && !"\\/:*?\"<>|".Contains(c)));

    /// <summary>
    /// The files of one format named for people: one file by the document's title and the format's suffix
    /// ("…2021年度部门决算.pdf", "…-决算数据.json"); several (the CSV tables, the data package) by their own names.
    /// </summary>
    public static IReadOnlyList<(string Name, byte[] Content)> NamedFiles(string format, DisclosureSource source, Func<string, byte[]> printPdf)
    {
        var files = Files(format, source, printPdf);
        return files.Count == 1 ? [(PeoplesName(source.Document.Title) + Find(format)!.DownloadSuffix, files[0].Content)] : files;
    }

    /// <summary>The files of one format, each with its name; <paramref name="printPdf"/> prints HTML as PDF.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Files(string format, DisclosureSource source, Func<string, byte[]> printPdf) => format switch
    {
        "html" => [("disclosure.html", Utf8(source.Html))],
        "pdf" => [("disclosure.pdf", printPdf(source.Html))],
        "docx" => [("disclosure.docx", DocxRenderer.Render(source.Document))],
        "xlsx" => [("tables.xlsx", XlsxRenderer.Render(source.Document))],
        "csv" => source.Document.Tables.Select(t => (TableCsv.FileName(t), TableCsv.Write(t))).ToArray(),
        "fdp" => FiscalDataPackage.Write(source.Accounts, source.Document.Title).Select(f => (f.Name, f.Content)).ToArray(),
        "json" => [("disclosure.json", Utf8(source.DocumentJson))],
        "accounts" => [("accounts.json", Utf8(source.AccountsJson))],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "未知的格式"),
    };

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
