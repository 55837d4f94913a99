using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Errors;

namespace Juesuan.Documents.Xlsx;

/// <summary>What a cell of a workbook that is read holds.</summary>
public enum CellContentKind
{
    Blank,
    Text,
    Number,
    Boolean,

    /// <summary>An error value such as #REF!.</summary>
    Error,
}

/// <summary>
/// 单元格内容 — one cell as a reader needs it: its kind, its text (for a number, the stored digits, never a
/// float's rounding), how many decimals its number format shows, and whether that format is a date.
/// </summary>
public readonly record struct CellContent(CellContentKind Kind, string Text, int? Decimals = null, bool IsDate = false)
{
    public static readonly CellContent Blank = new(CellContentKind.Blank, "");

    public bool IsBlank => Kind == CellContentKind.Blank || (Kind == CellContentKind.Text && string.IsNullOrWhiteSpace(Text));

    /// <summary>
    /// The number the cell holds, or null. A number cell gives the digits it stores, unless they are a
    /// float's noise (0.1 + 0.2 is stored as 0.30000000000000004): then the number to fifteen significant
    /// digits, as the spreadsheet shows it (0.3). A text cell gives the number typed in it, thousands separators allowed
    /// ("64,800.00").
    /// </summary>
    public decimal? Number()
    {
        if (Kind == CellContentKind.Number)
        {
            // NaN, infinities (1e400 reads as one) and magnitudes beyond decimal are no amount: the caller reports the cell.
            if (!double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d) || Math.Abs(d) >= 7.9e28) return null;
            // Fifteen significant digits: what a spreadsheet keeps and shows of a number.
            var shown = decimal.Parse(d.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
            return decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var stored) && stored == shown ? stored : shown;
        }
        var typed = Kind == CellContentKind.Text ? Text.Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal) : null;
        return decimal.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>How the cell reads in a message: 文本“约三万”, 数字 12.5, 错误值 #REF!.</summary>
    public string Describe() => Kind switch
    {
        CellContentKind.Text => $"文本“{(Text.Length <= 20 ? Text : Text[..20] + "…")}”",
        CellContentKind.Number => $"数字 {Text}",
        CellContentKind.Boolean => $"逻辑值 {Text}",
        CellContentKind.Error => $"错误值 {Text}",
        _ => "空白",
    };
}

/// <summary>The workbook could not be opened: not an .xlsx file, damaged, or too large.</summary>
public sealed class WorkbookFormatException(FileError error) : Exception(error.ToString())
{
    public WorkbookFormatException(string file, string code, string reason)
        : this(new FileError(code, ErrorLocation.Of(file), reason))
    {
    }

    public FileError Error { get; } = error;
}

/// <summary>
/// 工作簿读取 — the cells of a workbook's sheets, by sheet name, with shared strings, inline strings,
/// cached formula results and number formats resolved. Reads .xlsx only; the whole workbook is read
/// into memory, within the limits set here.
/// </summary>
public sealed class WorkbookCells
{
    /// <summary>
    /// Largest part read (bytes inflated, and characters of XML while parsing), so that a crafted file cannot exhaust
    /// memory: a filled accounts workbook's largest part is well under a megabyte.
    /// </summary>
    public const long MaxPartBytes = 16 * 1024 * 1024;

    /// <summary>The most characters a cell holds: Excel's own limit, so a longer one was not made by a spreadsheet.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>Most rows read from one sheet.</summary>
    public const int MaxRows = 100_000;

    private readonly Dictionary<string, SheetCells> _sheets;

    private WorkbookCells(string fileName, IReadOnlyList<string> names, Dictionary<string, SheetCells> sheets)
    {
        FileName = fileName;
        SheetNames = names;
        _sheets = sheets;
    }

    public string FileName { get; }

    /// <summary>The sheets, in workbook order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    public SheetCells? Sheet(string name) => _sheets.GetValueOrDefault(name);

    /// <summary>Tables laid out as sheets from a document that is no workbook (the tables of a published PDF).</summary>
    public static WorkbookCells Of(string fileName, IReadOnlyList<SheetCells> sheets) =>
        new(fileName, sheets.Select(s => s.Name).ToArray(), sheets.ToDictionary(s => s.Name, StringComparer.Ordinal));

    /// <summary>
    /// Several workbooks read as one (tables exported one per file): each sheet listed under its file's name and its own,
    /// and still placing its problems in its own file and sheet.
    /// </summary>
    public static WorkbookCells Combine(string name, IReadOnlyList<WorkbookCells> books)
    {
        if (books.Count == 1) return books[0];
        var sheets = new Dictionary<string, SheetCells>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var book in books)
            foreach (var sheet in book.SheetNames)
            {
                var key = $"{Path.GetFileName(book.FileName)} {sheet}";
                if (sheets.TryAdd(key, book._sheets[sheet])) names.Add(key);
            }
        return new WorkbookCells(name, names, sheets);
    }

    /// <exception cref="WorkbookFormatException">The content is not a readable .xlsx workbook.</exception>
    public static WorkbookCells Read(byte[] content, string fileName)
    {
        if (content.Length >= 8 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0)
            throw new WorkbookFormatException(fileName, ErrorCodes.NotRecognised, "这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入");
        if (OversizedPart(content) is { } oversized)
            throw new WorkbookFormatException(fileName, ErrorCodes.TooLarge,
                $"工作簿中的“{oversized}”解压后超过 {MaxPartBytes / 1024 / 1024} MB，不像是决算数据（填报工作簿通常只有几百 KB）");
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var package = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxPartBytes });
            var workbook = package.WorkbookPart ?? throw new WorkbookFormatException(fileName, ErrorCodes.Syntax, "文件中没有工作簿内容");
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
            var formats = new NumberFormats(workbook.WorkbookStylesPart?.Stylesheet);
            var names = new List<string>();
            var sheets = new Dictionary<string, SheetCells>(StringComparer.Ordinal);
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? "";
                names.Add(name);
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                sheets[name] = ReadSheet(name, part, strings, formats, fileName);
            }
            return new WorkbookCells(fileName, names, sheets);
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or OpenXmlPackageException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new WorkbookFormatException(fileName, ErrorCodes.Syntax, $"不是有效的 Excel 工作簿（.xlsx），或文件已损坏（{e.Message}）");
        }
    }

    /// <summary>The name of a part the archive says inflates beyond <see cref="MaxPartBytes"/>, or null (checked before anything is parsed).</summary>
    private static string? OversizedPart(byte[] content)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(content, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            return zip.Entries.FirstOrDefault(e => e.Length > MaxPartBytes)?.FullName;
        }
        catch (InvalidDataException)
        {
            return null; // not a zip: the package reader says so in its own words
        }
    }

    private static SheetCells ReadSheet(string name, WorksheetPart part, string[] strings, NumberFormats formats, string fileName)
    {
        var merges = new Merges(part, name, fileName);
        var cells = new Dictionary<(int Row, int Column), CellContent>();
        var maxRow = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            foreach (var cell in row.Elements<Cell>())
            {
                if (cell.CellReference?.Value is not { } reference || Parse(reference) is not var (column, rowIndex)) continue;
                if (rowIndex > MaxRows)
                    throw new WorkbookFormatException(fileName, ErrorCodes.TooLarge, $"工作表“{name}”超过 {MaxRows} 行，不像是决算数据，请检查");
                var content = Content(cell, strings, formats);
                if (content.Kind == CellContentKind.Blank || merges.Hides(rowIndex, column)) continue;
                if (content.Text.Length > MaxCellChars)
                    throw new WorkbookFormatException(new FileError(ErrorCodes.TooLarge, ErrorLocation.AtCell(fileName, name, reference),
                        $"单元格有 {content.Text.Length} 个字符，超过 Excel 单元格的上限 {MaxCellChars} 个字符"));
                cells[(rowIndex, column)] = content;
                maxRow = Math.Max(maxRow, rowIndex);
            }
        }
        return new SheetCells(fileName, name, cells, maxRow);
    }

    /// <summary>
    /// The cells merges hide (all but each merge's top-left one), by row: a spreadsheet shows a merge as one cell with
    /// the top-left value, so that is how it is read, whatever values the hidden cells still hold.
    /// </summary>
    private sealed class Merges
    {
        private const int MaxRowEntries = 1_000_000;
        private readonly Dictionary<int, List<(int From, int To, int TopRow)>> _byRow = [];

        public Merges(WorksheetPart part, string sheet, string fileName)
        {
            var entries = 0L;
            foreach (var merge in part.Worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
            {
                if (merge.Reference?.Value?.Split(':') is not [var from, var to] || Parse(from) is not var (c1, r1) || Parse(to) is not var (c2, r2)) continue;
                if ((entries += r2 - r1 + 1) > MaxRowEntries)
                    throw new WorkbookFormatException(fileName, ErrorCodes.TooLarge, $"工作表“{sheet}”的合并单元格过多，不像是决算数据，请检查");
                for (var r = r1; r <= r2; r++)
                    (_byRow.TryGetValue(r, out var list) ? list : _byRow[r] = []).Add((c1, c2, r1));
            }
        }

        public bool Hides(int row, int column) =>
            _byRow.TryGetValue(row, out var list) && list.Any(m => column >= m.From && column <= m.To && (row, column) != (m.TopRow, m.From));
    }

    private static CellContent Content(Cell cell, string[] strings, NumberFormats formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return TextContent(cell.InlineString is { } inline ? ItemText(inline) : raw ?? "");
        if (raw is null) return CellContent.Blank;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? TextContent(strings[i]) : CellContent.Blank;
        if (type == CellValues.String) return TextContent(raw);
        if (type == CellValues.Boolean) return new CellContent(CellContentKind.Boolean, raw == "1" ? "TRUE" : "FALSE");
        if (type == CellValues.Error) return new CellContent(CellContentKind.Error, raw);
        var (decimals, isDate) = formats.Of(cell.StyleIndex?.Value ?? 0);
        return new CellContent(CellContentKind.Number, raw, decimals, isDate);
    }

    private static CellContent TextContent(string text) => text.Length == 0 ? CellContent.Blank : new CellContent(CellContentKind.Text, text);

    /// <summary>The text of a shared-string item or inline string: its runs joined, phonetic guides left out.</summary>
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item) =>
        string.Concat(item.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    /// <summary>"AB12" → (column 28, row 12); null when the reference is not one.</summary>
    public static (int Column, int Row)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++) column = column * 26 + (reference[i] - 'A' + 1);
        if (i == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row)) return null;
        return (column, row);
    }

    /// <summary>How many decimals each cell format shows, and whether it is a date format.</summary>
    private sealed class NumberFormats
    {
        private readonly uint[] _formatIds;
        private readonly Dictionary<uint, string> _codes = [];

        public NumberFormats(Stylesheet? styles)
        {
            _formatIds = styles?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0).ToArray() ?? [];
            foreach (var format in styles?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
                if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code) _codes[id] = code;
        }

        public (int? Decimals, bool IsDate) Of(uint styleIndex)
        {
            var id = styleIndex < _formatIds.Length ? _formatIds[styleIndex] : 0;
            return id switch
            {
                0 => (null, false),
                1 or 3 or 37 or 38 => (0, false),
                2 or 4 or 39 or 40 or 43 or 44 => (2, false),
                >= 14 and <= 22 or >= 45 and <= 47 => (null, true),
                _ when _codes.TryGetValue(id, out var code) => FromCode(code),
                _ => (null, false),
            };
        }

        /// <summary>Decimals and date-ness of a format code such as "#,##0.00_ ;[Red]-#,##0.00" or "yyyy-mm-dd".</summary>
        private static (int? Decimals, bool IsDate) FromCode(string code)
        {
            var section = new System.Text.StringBuilder();
            var quoted = false;
            var bracket = false;
            foreach (var ch in code)
            {
                if (ch == ';' && !quoted && !bracket) break;
                if (ch == '"') { quoted = !quoted; continue; }
                if (quoted) continue;
                if (ch == '[') { bracket = true; continue; }
                if (ch == ']') { bracket = false; continue; }
                if (!bracket) section.Append(ch);
            }
            var s = section.ToString();
            if (s.IndexOfAny(['0', '#']) < 0) return (null, s.IndexOfAny(['y', 'm', 'd', 'Y', 'M', 'D']) >= 0);
            var dot = s.IndexOf('.');
            if (dot < 0) return (0, false);
            var decimals = 0;
            for (var i = dot + 1; i < s.Length && s[i] is '0' or '#'; i++) decimals++;
            return (decimals, false);
        }
    }
}

/// <summary>The cells of one sheet, by (row, column), both from 1.</summary>
/// <param name="place">
/// Where a row stands in the document the cells were laid out from (a page of a PDF), for tables not read
/// from a spreadsheet: problems then name that place instead of a cell.
/// </param>
public sealed class SheetCells(string file, string name, IReadOnlyDictionary<(int Row, int Column), CellContent> cells, int lastRow,
    Func<int, ErrorLocation>? place = null)
{
    public string File { get; } = file;

    public string Name { get; } = name;

    /// <summary>The last row with a value.</summary>
    public int LastRow { get; } = lastRow;

    public CellContent this[int row, int column] => cells.GetValueOrDefault((row, column), CellContent.Blank);

    /// <summary>The columns holding a value in one row, in order.</summary>
    public IEnumerable<int> Columns(int row) => cells.Keys.Where(k => k.Row == row).Select(k => k.Column).Order();

    /// <summary>A cell ("公开05表 D12"), as problems name it.</summary>
    public ErrorLocation At(int row, int column) => place?.Invoke(row) ?? ErrorLocation.AtCell(File, Name, XlsxRenderer.Reference(column, row));

    /// <summary>A whole row ("支出 第12行").</summary>
    public ErrorLocation AtRow(int row) => place?.Invoke(row) ?? ErrorLocation.AtRow(File, Name, row);

    /// <summary>The sheet as a whole.</summary>
    public ErrorLocation Whole => place?.Invoke(1) ?? ErrorLocation.AtSheet(File, Name);
}
