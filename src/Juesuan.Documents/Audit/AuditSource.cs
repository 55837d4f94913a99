using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Juesuan.Audit;
using Juesuan.Documents.Pdf;
using Juesuan.Documents.Tables;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Documents.Audit;

/// <summary>The text of a published disclosure and, for a PDF, its tables; or why it could not be read.</summary>
/// <param name="Pages">For a PDF, each page's words run together without spaces, to find the page a passage of the text is on.</param>
public sealed record AuditSourceResult(string? Text, FileError? Error, DocumentTables? Tables = null, IReadOnlyList<string>? Pages = null)
{
    /// <summary>
    /// The page (from 1) a figure of the text is printed on: the first page holding it with the words just before it
    /// in its sentence, else the first holding it; null where the document has no pages or none holds it.
    /// </summary>
    public int? PageOf(string figure, string sentence)
    {
        if (Pages is null) return null;
        static string Squeezed(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        var (key, around) = (Squeezed(figure), Squeezed(sentence));
        var at = around.IndexOf(key, StringComparison.Ordinal);
        var context = at < 0 ? key : around[Math.Max(0, at - 10)..(at + key.Length)];
        var page = Enumerable.Range(0, Pages.Count).Where(p => Pages[p].Contains(context, StringComparison.Ordinal))
            .Concat(Enumerable.Range(0, Pages.Count).Where(p => Pages[p].Contains(key, StringComparison.Ordinal))).Select(p => (int?)p + 1).FirstOrDefault();
        return page;
    }

    public static AuditSourceResult Failed(string file, string code, string message, string? hint = null) =>
        new(null, new FileError(code, ErrorLocation.Of(file), message, hint));
}

/// <summary>
/// 读取待核查的文本 — a published disclosure as plain text, from .txt (UTF-8, UTF-16 or GB18030),
/// .html, .docx and .pdf, and the nine tables of a .pdf or a published workbook (.xlsx). Line breaks are
/// kept where the document has paragraphs, so findings point at lines. Unreadable input (empty, binary, too large, a broken .docx) gets a Chinese message, never a crash.
/// </summary>
public static partial class AuditSource
{
    /// <summary>The largest file read (20 MB); a disclosure is well under 1 MB.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The most text audited (about 30 pages of a disclosure): the reading stops beyond it.</summary>
    public const int MaxChars = 200_000;

    /// <summary>The most HTML parsed, markup included (a disclosure page is a few hundred thousand characters).</summary>
    public const int MaxHtmlChars = 5_000_000;

    /// <summary>The most a .docx's document part may inflate to; a disclosure's is one or two megabytes.</summary>
    public const long MaxDocxPartBytes = 20 * 1024 * 1024;

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
            var read = extension switch
            {
                ".docx" => Docx(bytes, name),
                ".html" or ".htm" => HtmlText(Decode(bytes, name), name),
                ".pdf" => PdfWithTables(bytes, name),
                ".xlsx" => Workbook(bytes, name),
                _ => Decode(bytes, name),
            };
            return read.Text is { Length: > MaxChars } ? TooMuch(name, "文件中的文字") : read;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return AuditSourceResult.Failed(name, ErrorCodes.Syntax, $"无法读取（{(extension == ".docx" ? "不是有效的 Word 文档" : "文件已损坏")}）");
        }
    }

    /// <summary>The visible text of a decoded page, refused unparsed beyond <see cref="MaxHtmlChars"/>.</summary>
    private static AuditSourceResult HtmlText(AuditSourceResult decoded, string name) => decoded.Text switch
    {
        null => decoded,
        { Length: > MaxHtmlChars } html => AuditSourceResult.Failed(name, ErrorCodes.TooLarge, $"网页有 {html.Length} 个字符，超过 {MaxHtmlChars} 个字符的上限；请只提交决算公开的正文"),
        var html => HtmlWithTables(html, name),
    };

    /// <summary>A page's narrative and its tables: the text of a table read as one of the nine is left out of the narrative.</summary>
    private static AuditSourceResult HtmlWithTables(string html, string name)
    {
        var (raw, grids) = HtmlDocument(html);
        if (grids.Count == 0) return new AuditSourceResult(Visible(raw), null);
        var (tables, read) = GridTableReader.Read(grids, name, Visible(raw));
        return new AuditSourceResult(Visible(DocumentGrid.Without(raw, read)), null, tables);
    }

    /// <summary>Text beyond what is audited: refused with the limit, the way pasted text is.</summary>
    private static AuditSourceResult TooMuch(string name, string what) =>
        AuditSourceResult.Failed(name, ErrorCodes.TooLarge, $"{what}超过 {MaxChars} 字的核查上限（约30页）；请只提交决算公开的正文");

    private static AuditSourceResult TooLarge(string name, long length) =>
        AuditSourceResult.Failed(name, ErrorCodes.TooLarge, $"文件有 {length / 1024 / 1024} MB，超过 {MaxBytes / 1024 / 1024} MB 的上限；请只提交决算公开的正文");

    /// <summary>
    /// A published workbook: its nine tables (公开01表 … 公开09表), read as <c>juesuan check</c> reads them, and no
    /// narrative. A workbook without them is refused.
    /// </summary>
    private static AuditSourceResult Workbook(byte[] bytes, string name)
    {
        WorkbookCells workbook;
        try
        {
            workbook = WorkbookCells.Read(bytes, name);
        }
        catch (WorkbookFormatException e)
        {
            return new AuditSourceResult(null, e.Error);
        }
        if (!PublishedTablesReader.Recognises(workbook))
            return AuditSourceResult.Failed(name, ErrorCodes.NotRecognised, "工作簿中没有公开表（工作表名或标题应含“公开01表”至“公开09表”）");
        var read = PublishedTablesReader.Read(workbook);
        var sheets = workbook.SheetNames.Select(n => (Name: n, Number: PublishedTablesReader.Locate(workbook, n))).Where(s => s.Number is not null).ToArray();
        var found = sheets.Select(s =>
        {
            var table = read.Tables?.Tables.FirstOrDefault(t => t.Id == $"T{s.Number}");
            var code = PublishedTablesReader.Code(s.Number!.Value);
            return new FoundTable(code, table?.Title ?? code, $"工作表“{s.Name}”", table?.Rows.Count ?? 0, table is not null);
        }).ToArray();
        return new AuditSourceResult("", null, new DocumentTables(read.Tables, found, read.Errors));
    }

    /// <summary>A PDF's text and its nine tables, read from its words and their positions.</summary>
    private static AuditSourceResult PdfWithTables(byte[] bytes, string name)
    {
        var text = Pdf(bytes, name);
        if (text.Text is null) return text;
        var words = PdfWords.Read(bytes, name);
        return text with
        {
            Tables = words.Pages is { } pages ? PdfTableReader.Read(pages, name) : new DocumentTables(null, [], [words.Error!]),
            Pages = words.Pages?.Select(p => string.Concat(p.Select(w => w.Text))).ToArray(),
        };
    }

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
            // The text is read as it comes and no further than twice the audit limit; then, or after 30 s, pdftotext is stopped.
            var reading = ReadAtMostAsync(process!.StandardOutput, 2 * MaxChars);
            _ = process.StandardError.ReadToEndAsync();
            if (reading.Wait(PdfSeconds * 1000) && reading.Result.Over)
            {
                process.Kill();
                return TooMuch(name, "PDF 中的文字");
            }
            if (!reading.IsCompleted || !process.WaitForExit(PdfSeconds * 1000))
            {
                process.Kill();
                return AuditSourceResult.Failed(name, ErrorCodes.TooLarge, $"读取 PDF 超过 {PdfSeconds} 秒，已停止");
            }
            if (process.ExitCode != 0) return AuditSourceResult.Failed(name, ErrorCodes.Syntax, "不是有效的 PDF 文件");
            var text = JoinWrappedLines(reading.Result.Text);
            return text.Trim().Length == 0 ? AuditSourceResult.Failed(name, ErrorCodes.NotRecognised, "PDF 中没有文字层（可能是扫描件），无法核查") : new(text, null);
        }
    }

    /// <summary>The longest pdftotext may take.</summary>
    private const int PdfSeconds = 30;

    /// <summary>A reader's text up to <paramref name="limit"/> characters, and whether there was more.</summary>
    private static async Task<(string Text, bool Over)> ReadAtMostAsync(TextReader reader, int limit)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            if (text.Length + read > limit) return (text.ToString(), true);
            text.Append(buffer, 0, read);
        }
        return (text.ToString(), false);
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

    [GeneratedRegex(@"[ \t\u00A0\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "br", "ul", "ol", "caption", "header", "footer",
    };

    private static readonly HashSet<string> Unseen = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "head" };

    /// <summary>
    /// The visible text of an HTML page, parsed as a browser parses it (AngleSharp: linear, unclosed tags included):
    /// blocks become lines, table cells are separated by tabs, scripts and styles are left out.
    /// </summary>
    public static string Html(string html) => Visible(HtmlDocument(html).Raw);

    /// <summary>
    /// An HTML page's text before its spaces and blank lines are tidied (<see cref="Visible"/>), and its tables: each
    /// innermost table with the lines just before it and where its text stands.
    /// </summary>
    private static (string Raw, IReadOnlyList<DocumentGrid> Grids) HtmlDocument(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var sb = new StringBuilder();
        var grids = new List<DocumentGrid>();
        var afterTable = 0;
        // The tables open at a point of the walk, each with where its text starts, the lines before it, and whether it holds another.
        var open = new Stack<(AngleSharp.Html.Dom.IHtmlTableElement Table, int Start, string[] Before, bool Outer)>();
        // Depth-first without recursion: a page nested thousands deep is read like any other.
        var stack = new Stack<(AngleSharp.Dom.INode Node, bool Closing)>();
        stack.Push((document.DocumentElement, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is AngleSharp.Dom.IElement element)
            {
                if (closing)
                {
                    if (element.LocalName is "td" or "th") sb.Append('\t');
                    else if (Blocks.Contains(element.LocalName)) sb.Append('\n');
                    if (open.Count > 0 && open.Peek().Table == element)
                    {
                        var (table, start, before, outer) = open.Pop();
                        if (!outer) grids.Add(HtmlGrid(table, grids.Count + 1, before) with { Span = (start, sb.Length) });
                        afterTable = sb.Length;
                    }
                    continue;
                }
                if (Unseen.Contains(element.LocalName)) continue;
                // A table holding no other table is one of the page's tables; one that lays out others is not.
                if (element is AngleSharp.Html.Dom.IHtmlTableElement entered)
                {
                    if (open.TryPop(out var enclosing)) open.Push(enclosing with { Outer = true });
                    open.Push((entered, sb.Length, LinesBefore(sb, afterTable), false));
                }
                stack.Push((element, true));
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--) stack.Push((element.ChildNodes[i], false));
            }
            else if (node is AngleSharp.Dom.IText text)
            {
                sb.Append(text.Data);
            }
        }
        return (sb.ToString(), grids);
    }

    /// <summary>Text with runs of spaces made one, cells kept apart by a tab, and blank lines made one.</summary>
    private static string Visible(string raw)
    {
        var visible = Spaces().Replace(raw, m => m.Value.Contains('\t') ? "\t" : " ");
        return BlankLines().Replace(visible, "\n\n").Trim() + "\n";
    }

    /// <summary>
    /// The last few non-blank lines of the text since the last table (no more than its last 2,000 characters, so that
    /// tables opened one inside another read it in linear time): where a table's title and unit stand.
    /// </summary>
    private static string[] LinesBefore(StringBuilder text, int afterTable)
    {
        var from = Math.Max(afterTable, text.Length - 2_000);
        return text.ToString(from, text.Length - from).Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0).TakeLast(6).ToArray();
    }

    /// <summary>An HTML table's cells with their spans, each cell's text with its spaces collapsed.</summary>
    private static DocumentGrid HtmlGrid(AngleSharp.Html.Dom.IHtmlTableElement table, int number, string[] before) =>
        DocumentGrid.Spread(number, before, table.Rows.Select(row => row.Cells.Select(cell =>
            (Spaces().Replace(cell.TextContent, " ").Trim(), cell.ColumnSpan, cell.RowSpan))));

    /// <summary>
    /// The text of a .docx: each paragraph of word/document.xml a line, table cells separated by tabs. The part is read
    /// as a stream, inflating at most <see cref="MaxDocxPartBytes"/>, and reading stops once the text passes the audit limit.
    /// </summary>
    public static AuditSourceResult Docx(byte[] bytes, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry("word/document.xml");
        if (entry is null) return AuditSourceResult.Failed(name, ErrorCodes.Syntax, "不是有效的 Word 文档（缺少 word/document.xml）");
        if (entry.Length > MaxDocxPartBytes) return DocxTooLarge(name, entry.Length);
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var sb = new StringBuilder();
        var tables = new DocxTables();
        try
        {
            using var stream = new BoundedStream(entry.Open(), MaxDocxPartBytes);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            // Reading a text element's content moves past it, onto the next node, which is then not read again.
            var onNext = false;
            while ((onNext || reader.Read()) && sb.Length <= MaxChars)
            {
                onNext = false;
                if (reader.NamespaceURI != w) continue;
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.LocalName == "p") sb.Append('\n');
                    tables.End(reader.LocalName, sb);
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName == "t" && !reader.IsEmptyElement)
                {
                    var text = reader.ReadElementContentAsString();
                    sb.Append(text);
                    tables.Text(text);
                    onNext = true;
                }
                else if (reader.LocalName == "tab") sb.Append('\t');
                else if (reader.LocalName == "br") sb.Append('\n');
                else if (reader.LocalName == "p" && reader.IsEmptyElement) sb.Append('\n');
                else if (!reader.IsEmptyElement || reader.LocalName is "gridSpan" or "vMerge") tables.Start(reader.LocalName, reader.GetAttribute("val", w), sb);
            }
        }
        catch (BoundedStream.LimitReachedException)
        {
            return DocxTooLarge(name, MaxDocxPartBytes);
        }
        var all = sb.ToString();
        if (all.Trim().Length == 0) return AuditSourceResult.Failed(name, ErrorCodes.Missing, "Word 文档中没有文字");
        if (tables.Grids.Count == 0) return new(all, null);
        var (found, read) = GridTableReader.Read(tables.Grids, name, all);
        return new(DocumentGrid.Without(all, read), null, found);
    }

    /// <summary>
    /// The tables of a .docx as its XML is read: each outermost table's rows and cells, a cell's columns
    /// (w:gridSpan) and its vertical merge (w:vMerge, a cell continuing the one above), and the lines before it.
    /// A table inside a cell is read as that cell's text.
    /// </summary>
    private sealed class DocxTables
    {
        private sealed record Cell(StringBuilder Text, int Span, bool Continues);

        private int _depth;
        private int _afterTable;
        private int _start;
        private string[] _before = [];
        private List<List<Cell>>? _rows;
        private Cell? _cell;

        public List<DocumentGrid> Grids { get; } = [];

        public void Start(string element, string? value, StringBuilder text)
        {
            switch (element)
            {
                case "tbl" when ++_depth == 1:
                    _before = LinesBefore(text, _afterTable);
                    _start = text.Length;
                    _rows = [];
                    break;
                case "tr" when _depth == 1:
                    _rows?.Add([]);
                    break;
                case "tc" when _depth == 1:
                    _cell = new Cell(new StringBuilder(), 1, false);
                    _rows?.LastOrDefault()?.Add(_cell);
                    break;
                case "gridSpan" when _depth == 1 && _cell is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var span):
                    ReplaceCell(_cell with { Span = Math.Clamp(span, 1, DocumentGrid.MaxColumns) });
                    break;
                case "vMerge" when _depth == 1 && _cell is not null:
                    ReplaceCell(_cell with { Continues = value is null or "continue" });
                    break;
            }
        }

        public void Text(string text) => _cell?.Text.Append(text);

        public void End(string element, StringBuilder text)
        {
            if (element != "tbl" || _depth == 0 || --_depth > 0 || _rows is null) return;
            Grids.Add(DocumentGrid.Spread(Grids.Count + 1, _before, Merged(_rows)) with { Span = (_start, text.Length) });
            (_rows, _cell, _afterTable) = (null, null, text.Length);
        }

        private void ReplaceCell(Cell cell)
        {
            var row = _rows![^1];
            row[row.IndexOf(_cell!)] = cell;
            _cell = cell;
        }

        /// <summary>Rows as spans: a cell that vertical merges continue spans their rows, and the continuing cells are left out.</summary>
        private static IEnumerable<IEnumerable<(string, int, int)>> Merged(List<List<Cell>> rows)
        {
            var starts = rows.Select(r => r.Select((c, i) => r.Take(i).Sum(x => x.Span)).ToArray()).ToArray();
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = new List<(string, int, int)>();
                for (var i = 0; i < rows[r].Count; i++)
                {
                    var cell = rows[r][i];
                    if (cell.Continues && r > 0) continue;
                    var span = 1;
                    while (r + span < rows.Count && Array.IndexOf(starts[r + span], starts[r][i]) is var j && j >= 0 && rows[r + span][j].Continues) span++;
                    cells.Add((cell.Text.ToString().Trim(), cell.Span, span));
                }
                yield return cells;
            }
        }
    }

    private static AuditSourceResult DocxTooLarge(string name, long bytes) =>
        AuditSourceResult.Failed(name, ErrorCodes.TooLarge, $"Word 文档的正文解压后超过 {MaxDocxPartBytes / 1024 / 1024} MB（{bytes / 1024 / 1024} MB 以上），不像是决算公开文本");

    /// <summary>A stream that refuses to give more than a set number of bytes: an archive entry may inflate far beyond its size.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public sealed class LimitReachedException : IOException;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            if ((_read += n) > limit) throw new LimitReachedException();
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
