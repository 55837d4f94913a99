using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Juesuan.Audit;
using Juesuan.Errors;

namespace Juesuan.Documents.Audit;

/// <summary>The text of a published disclosure, or why it could not be read.</summary>
public sealed record AuditSourceResult(string? Text, FileError? Error)
{
    public static AuditSourceResult Failed(string file, string code, string message, string? hint = null) =>
        new(null, new FileError(code, ErrorLocation.Of(file), message, hint));
}

/// <summary>
/// 读取待核查的文本 — a published disclosure as plain text, from .txt (UTF-8, UTF-16 or GB18030),
/// .html and .docx. Line breaks are kept where the document has paragraphs, so findings point at lines.
/// Unreadable input (empty, binary, too large, a broken .docx) gets a Chinese message, never a crash.
/// </summary>
public static partial class AuditSource
{
    /// <summary>The largest file read (20 MB); a disclosure is well under 1 MB.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    static AuditSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static AuditSourceResult Read(string path)
    {
        if (!File.Exists(path)) return AuditSourceResult.Failed(path, ErrorCodes.NotFound, "文件不存在");
        var info = new FileInfo(path);
        if (info.Length > MaxBytes) return TooLarge(path, info.Length);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>A file's content read by its name's extension (an upload, say); messages name it by <paramref name="name"/>.</summary>
    public static AuditSourceResult Read(byte[] bytes, string name)
    {
        if (bytes.Length == 0) return AuditSourceResult.Failed(name, ErrorCodes.Missing, "文件为空");
        if (bytes.Length > MaxBytes) return TooLarge(name, bytes.Length);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".docx" => Docx(bytes, name),
                ".html" or ".htm" => Decode(bytes, name) is { Text: { } html } ? new(Html(html), null) : Decode(bytes, name),
                ".pdf" => Pdf(bytes, name),
                _ => Decode(bytes, name),
            };
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return AuditSourceResult.Failed(name, ErrorCodes.Syntax, $"无法读取（{(extension == ".docx" ? "不是有效的 Word 文档" : "文件已损坏")}）");
        }
    }

    private static AuditSourceResult TooLarge(string name, long length) =>
        AuditSourceResult.Failed(name, ErrorCodes.TooLarge, $"文件有 {length / 1024 / 1024} MB，超过 {MaxBytes / 1024 / 1024} MB 的上限；请只提交决算公开的正文");

    /// <summary>A PDF's text (pdftotext reads files, so the bytes are written to a temporary one first).</summary>
    private static AuditSourceResult Pdf(byte[] bytes, string name)
    {
        var folder = Directory.CreateTempSubdirectory("juesuan-audit-");
        try
        {
            var path = Path.Combine(folder.FullName, "upload.pdf");
            File.WriteAllBytes(path, bytes);
            return Pdf(path, name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The text layer of a PDF, by poppler's pdftotext, with the lines the page width wrapped joined again
    /// (a long line that does not end a sentence continues on the next line).
    /// </summary>
    public static AuditSourceResult Pdf(string path, string? name = null)
    {
        name ??= path;
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-nopgbrk", path, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        System.Diagnostics.Process? process;
        try
        {
            process = System.Diagnostics.Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return AuditSourceResult.Failed(name, ErrorCodes.NotRecognised, "读取 PDF 需要 pdftotext（poppler-utils；Debian 上：apt-get install poppler-utils）");
        }
        using (process)
        {
            var output = process!.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                return AuditSourceResult.Failed(name, ErrorCodes.TooLarge, "读取 PDF 超时");
            }
            if (process.ExitCode != 0) return AuditSourceResult.Failed(name, ErrorCodes.Syntax, "不是有效的 PDF 文件");
            var text = JoinWrappedLines(output.Result);
            return text.Trim().Length == 0 ? AuditSourceResult.Failed(name, ErrorCodes.NotRecognised, "PDF 中没有文字层（可能是扫描件），无法核查") : new(text, null);
        }
    }

    /// <summary>Joins lines that a page's width broke in the middle of a sentence (<see cref="WrappedLines"/>).</summary>
    public static string JoinWrappedLines(string text)
    {
        text = text.Replace("\r\n", "\n");
        var sb = new StringBuilder(text.Length);
        var from = 0;
        foreach (var at in WrappedLines.Breaks(text))
        {
            sb.Append(text.AsSpan(from, at - from).TrimEnd());
            from = at + 1;
        }
        return sb.Append(text.AsSpan(from)).ToString();
    }

    /// <summary>Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030. Binary data is refused.</summary>
    public static AuditSourceResult Decode(byte[] bytes, string name)
    {
        if (bytes.Length == 0) return AuditSourceResult.Failed(name, ErrorCodes.Missing, "文件为空");
        string text;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            text = bytes[0] == 0xFF ? Encoding.Unicode.GetString(bytes[2..]) : Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else if (IsUtf8(bytes))
            text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        else
            text = Encoding.GetEncoding("GB18030").GetString(bytes);
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        if (controls > text.Length / 100 + 2) return AuditSourceResult.Failed(name, ErrorCodes.NotRecognised, "不是文本文件（含有大量不可显示的字符）");
        if (text.Trim().Length == 0) return AuditSourceResult.Failed(name, ErrorCodes.Missing, "文件中没有文字");
        return new(text.Replace("\r\n", "\n").Replace('\r', '\n'), null);
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<(br|/p|/div|/tr|/li|/h[1-6]|/table|/section|/article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<(/td|/th)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\u00A0\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();

    /// <summary>The visible text of an HTML page: blocks become lines, table cells are separated, entities decoded.</summary>
    public static string Html(string html)
    {
        var text = ScriptOrStyle().Replace(html, "");
        text = BlockEnd().Replace(text, "\n");
        text = CellEnd().Replace(text, "\t");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, m => m.Value.Contains('\t') ? "\t" : " ");
        return BlankLines().Replace(text, "\n\n").Trim() + "\n";
    }

    /// <summary>The text of a .docx: each paragraph of word/document.xml a line, table cells separated by tabs.</summary>
    public static AuditSourceResult Docx(byte[] bytes, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry("word/document.xml");
        if (entry is null) return AuditSourceResult.Failed(name, ErrorCodes.Syntax, "不是有效的 Word 文档（缺少 word/document.xml）");
        using var stream = entry.Open();
        var xml = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            xml.Load(reader);
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("w", w);
        var sb = new StringBuilder();
        foreach (XmlNode paragraph in xml.SelectNodes("//w:p", ns)!)
        {
            foreach (XmlNode node in paragraph.SelectNodes(".//w:t|.//w:tab|.//w:br", ns)!)
                sb.Append(node.LocalName switch { "t" => node.InnerText, "tab" => "\t", _ => "\n" });
            sb.Append('\n');
        }
        var text = sb.ToString();
        return text.Trim().Length == 0 ? AuditSourceResult.Failed(name, ErrorCodes.Missing, "Word 文档中没有文字") : new(text, null);
    }
}
