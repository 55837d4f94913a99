using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Errors;

namespace Juesuan.Documents.Xlsx;

/// <summary>
/// 已公开的公开表 — the nine tables as read back from a published workbook: whose they are, which year,
/// and each table with every figure in yuan and, where the figure was published rounded, the width of
/// the interval it stands for (<see cref="TableCell.HalfWidth"/>), so that checks compare what was stated.
/// </summary>
/// <param name="Missing">The codes of tables the workbook does not have (公开08表 …).</param>
/// <param name="Places">Where each amount cell was read: a page of a document, a cell of a workbook.</param>
public sealed record PublishedTables(string UnitName, int FiscalYear, IReadOnlyList<DisclosureTable> Tables, IReadOnlyList<string> Missing,
    IReadOnlyDictionary<TableCell, ErrorLocation> Places)
{
    /// <summary>Where a figure of these tables was printed; null for a cell not read from the file.</summary>
    public ErrorLocation? PlaceOf(TableCell cell) => Places.GetValueOrDefault(cell);
}

/// <summary>The outcome of reading a published workbook: the tables, or every problem found.</summary>
public sealed record PublishedTablesResult(PublishedTables? Tables, IReadOnlyList<FileError> Errors);

/// <summary>
/// 公开表工作簿导入 — reads the nine tables from a workbook laid out as the official 公开表 (one sheet per
/// table, as <see cref="XlsxRenderer"/> writes them and bureaus publish them): the title and 编制单位 / 年度 /
/// 金额单位 rows, the header, and body rows recognised by what they hold — a 科目编码 or 合计 for the tables
/// by function code, a line's label for the two-sided statements (公开01表, 公开04表). Each figure keeps the
/// precision it was stated with: a 万元 figure shown with two decimals stands for ±50 元.
/// </summary>
public static partial class PublishedTablesReader
{
    [GeneratedRegex(@"公开0([1-9])表")]
    private static partial Regex TableCode();

    [GeneratedRegex(@"(\d{4})\s*年度?")]
    private static partial Regex Year();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"(?<=.)（[^（）]*）$")]
    private static partial Regex Remark();

    /// <summary>Whether a workbook holds published tables: a sheet named (or titled) 公开01表 … 公开09表.</summary>
    public static bool Recognises(WorkbookCells workbook) => workbook.SheetNames.Any(n => Locate(workbook, n) is not null);

    public static PublishedTablesResult Read(WorkbookCells workbook)
    {
        var errors = new List<FileError>();
        void Error(ErrorLocation where, string code, string message) => errors.Add(new FileError(code, where, message));

        var sheets = new SortedDictionary<int, SheetCells>();
        foreach (var name in workbook.SheetNames)
            if (Locate(workbook, name) is { } number && workbook.Sheet(name) is { } sheet) sheets.TryAdd(number, sheet);
        if (sheets.Count == 0)
        {
            Error(ErrorLocation.Of(workbook.FileName), ErrorCodes.NotRecognised, "工作簿中没有公开表（工作表名或标题应含“公开01表”至“公开09表”）");
            return new PublishedTablesResult(null, errors);
        }

        var metas = sheets.ToDictionary(s => s.Key, s => Meta(s.Value));
        var year = metas.Values.Select(m => m.Year).OfType<int>().FirstOrDefault();
        if (year == 0)
        {
            Error(sheets.First().Value.Whole, ErrorCodes.Missing, "找不到决算年度（表头应有“2021年度”之类的文字）");
            return new PublishedTablesResult(null, errors);
        }
        foreach (var (number, meta) in metas)
            if (meta.Year is { } y && y != year) Error(meta.YearWhere!, ErrorCodes.Inconsistent, $"年度为{y}年，与其他表的{year}年不一致");
        if (Catalog.CodeCatalogs.ForYear(year) is null)
        {
            Error(metas.Values.First(m => m.Year is not null).YearWhere!, ErrorCodes.Code, $"没有{year}年度适用的科目目录");
            return new PublishedTablesResult(null, errors);
        }
        var reference = ReferenceTables(year);
        var unitName = metas.Values.Select(m => m.UnitName).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? "";

        var tables = new List<DisclosureTable>();
        var places = new Dictionary<TableCell, ErrorLocation>(ReferenceEqualityComparer.Instance);
        foreach (var (number, sheet) in sheets)
        {
            var meta = metas[number];
            if (meta.Unit is null)
            {
                Error(sheet.Whole, ErrorCodes.Missing, "找不到“金额单位：元”或“金额单位：万元”，无法确定金额的单位");
                continue;
            }
            if (new SheetReading(sheet, reference[number - 1], meta.Unit.Value, unitName, year, errors, places).Read() is { } table)
                tables.Add(table);
        }
        var missing = reference.Where(t => !sheets.ContainsKey(int.Parse(t.Id[1..], CultureInfo.InvariantCulture))).Select(t => t.Code).ToArray();
        return errors.Count > 0
            ? new PublishedTablesResult(null, errors)
            : new PublishedTablesResult(new PublishedTables(unitName, year, tables, missing, places), errors);
    }

    /// <summary>The table number (1–9) a sheet holds, from its name or, failing that, its title.</summary>
    internal static int? Locate(WorkbookCells workbook, string name)
    {
        var match = TableCode().Match(name);
        if (!match.Success && workbook.Sheet(name) is { } sheet)
            match = TableCode().Match(string.Concat(Enumerable.Range(1, 3).SelectMany(r => sheet.Columns(r).Select(c => sheet[r, c].Text))));
        return match.Success ? match.Groups[1].Value[0] - '0' : null;
    }

    private sealed record SheetMeta(string? UnitName, int? Year, ErrorLocation? YearWhere, AmountUnit? Unit);

    /// <summary>编制单位, 年度 and 金额单位 from the rows above the header.</summary>
    private static SheetMeta Meta(SheetCells sheet)
    {
        string? unitName = null;
        ErrorLocation? yearWhere = null;
        int? year = null;
        AmountUnit? unit = null;
        for (var r = 1; r <= Math.Min(6, sheet.LastRow); r++)
        {
            foreach (var c in sheet.Columns(r))
            {
                var text = sheet[r, c].Text.Trim();
                if (text.StartsWith("编制单位", StringComparison.Ordinal)) unitName = text[4..].TrimStart('：', ':', ' ').Trim();
                if (text.Contains("金额单位", StringComparison.Ordinal))
                    unit = text.Contains("万元", StringComparison.Ordinal) ? AmountUnit.TenThousandYuan : text.Contains('元') ? AmountUnit.Yuan : null;
                if (year is null && !text.Contains("公开0", StringComparison.Ordinal) && Year().Match(text) is { Success: true } m)
                    (year, yearWhere) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), sheet.At(r, c));
            }
        }
        return new SheetMeta(unitName, year, yearWhere, unit);
    }

    /// <summary>
    /// A line's label as it identifies the line: without spaces, without its ordinal (一、… 二十九、, which
    /// differ between layouts as lines are added) and without a closing remark in brackets (使用非财政拨款结余（含专用结余）).
    /// </summary>
    internal static string LineLabel(string label) =>
        Remark().Replace(Ordinal().Replace(label.Trim().Trim('\u3000').Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal), ""), "");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyList<DisclosureTable>> References = new();

    /// <summary>
    /// The nine tables of a year with every row and keyed cell a published table can have: what published tables are
    /// read against (built once a year; a PDF's tables are each read on their own, then together).
    /// </summary>
    internal static IReadOnlyList<DisclosureTable> ReferenceTables(int year) =>
        References.GetOrAdd(year, y => DisclosureBuilder.Build(ReferenceAccounts(y)).Tables.ToArray());

    /// <summary>A table's number as published: 公开05表.</summary>
    internal static string Code(int number) => string.Create(CultureInfo.InvariantCulture, $"公开0{number}表");

    /// <summary>Accounts with a little of everything, so that the reference tables have every row and keyed cell a published table can have.</summary>
    private static UnitAccounts ReferenceAccounts(int year) => new()
    {
        FiscalYear = year,
        Unit = new UnitProfile("", "", null, UnitType.Administrative, "", ""),
        ThreePublic = ThreePublicExpenses.None with { Actual = ThreePublicItems.Zero with { Abroad = Amount.FromYuan(1m) } },
    };

    private sealed class SheetReading(SheetCells sheet, DisclosureTable reference, AmountUnit unit, string unitName, int year, List<FileError> errors,
        Dictionary<TableCell, ErrorLocation> places)
    {
        private readonly decimal _factor = unit == AmountUnit.TenThousandYuan ? 10_000m : 1m;

        /// <summary>Where each panel of a two-sided table starts (the 项目 or 科目编码 column after an amount column).</summary>
        private readonly int[] _panels = Enumerable.Range(0, reference.Columns.Count)
            .Where(c => TableColumns.Kind(reference.Columns[c]) != ColumnKind.Amount && (c == 0 || TableColumns.Kind(reference.Columns[c - 1]) == ColumnKind.Amount))
            .ToArray();

        private bool Coded => reference.Columns[0] == "科目编码";

        /// <summary>
        /// Columns a coded table's code is split over (类, 款, 项 in three columns, as budget software exports it) beyond
        /// the one column of the official layout: 2 when the header has 类 · 款 · 项 in its first three columns, else 0.
        /// </summary>
        private readonly int _split = reference.Columns[0] == "科目编码" && Enumerable.Range(1, Math.Min(10, sheet.LastRow))
            .Any(r => Enumerable.Range(1, 3).Select(c => sheet[r, c].Text.Replace(" ", "", StringComparison.Ordinal).Trim()).SequenceEqual(["类", "款", "项"])) ? 2 : 0;

        /// <summary>The class and section a split code's row continues, when it leaves them blank.</summary>
        private (string Class, string Section) _codeAbove = ("", "");

        /// <summary>
        /// A row's code from its 类, 款 and 项 columns: the parts as printed ("201", "06", "01"), a blank part taken from the
        /// rows above ("" · "06" · "01" under 201 is 2010601), a part printed whole ("2010601" in the 项 column) as it is;
        /// 合计 where the row is the total; anything else as printed, which is no code.
        /// </summary>
        private string SplitCode(int r)
        {
            static string Squeezed(string s) => s.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal).Trim();
            var parts = Enumerable.Range(1, 3).Select(c => Squeezed(sheet[r, c].Text)).ToArray();
            if (parts.Append(Squeezed(sheet[r, 4].Text)).Any(p => p is "合计" or "总计")) return "合计";
            if (parts.All(p => p.Length == 0) || !parts.All(p => p.All(char.IsAsciiDigit))) return parts[0];
            var last = parts.Last(p => p.Length > 0);
            if (last.Length is 5 or 7)
            {
                _codeAbove = (last[..3], last[3..5]);
                return last;
            }
            if (parts[0].Length == 3) _codeAbove = (parts[0], "");
            if (parts[1].Length == 2) _codeAbove = (_codeAbove.Class, parts[1]);
            var (cls, section) = _codeAbove;
            if (parts[2].Length > 0) return cls.Length == 3 && section.Length == 2 && parts[2].Length == 2 ? cls + section + parts[2] : string.Concat(parts);
            if (parts[1].Length > 0) return cls.Length == 3 && parts[1].Length == 2 ? cls + parts[1] : string.Concat(parts);
            return parts[0];
        }

        private void Error(int row, int column, string code, string message) => errors.Add(new FileError(code, sheet.At(row, column), message));

        public DisclosureTable? Read()
        {
            var keys = KeyedCells();
            var seen = new Dictionary<(int Panel, string Anchor), int>();
            var rows = new List<TableRow>();
            string? emptyNote = null;
            var before = errors.Count;
            for (var r = 1; r <= sheet.LastRow; r++)
            {
                var first = sheet[r, 1].Text.Trim();
                if (first.Contains("空表", StringComparison.Ordinal) || first.Contains("本表无数据", StringComparison.Ordinal)) { emptyNote = first; continue; }
                if (Coded)
                {
                    var code = _split > 0 ? SplitCode(r) : sheet[r, 1].Kind == CellContentKind.Number ? first : first.Replace(" ", "", StringComparison.Ordinal);
                    if (code != "合计" && !Juesuan.Documents.Tables.TableHeadings.IsWholeCode(code)) continue;
                    if (rows.Any(row => row.Key == code))
                    {
                        Error(r, 1, ErrorCodes.Duplicate, $"科目编码“{code}”在本表中出现了两次");
                        continue;
                    }
                    rows.Add(CodedRow(r, code));
                }
                else if (_panels.Length == 0)
                {
                    // 公开07表: one row of figures under the header.
                    if (!Enumerable.Range(1, reference.Columns.Count).Any(c => sheet[r, c].Number() is not null)) continue;
                    rows.Add(new TableRow(reference.Rows[0].Key, RowRole.Line,
                        reference.Columns.Select((column, c) => Figure(r, c + 1, column)).ToArray()));
                }
                else if (LineRow(r, keys, seen) is { } line) rows.Add(line);
            }
            if (errors.Count > before) return null;
            // A table whose every cell is blank (a 合计 row printed over nothing) is an empty table.
            if (rows.All(row => row.Cells.All(c => c.Yuan is null))) rows.Clear();
            return reference with
            {
                UnitName = unitName,
                FiscalYear = year,
                AmountUnitCaption = "金额单位：" + unit.Caption(),
                Rows = rows,
                EmptyNote = rows.Count == 0 ? emptyNote ?? reference.EmptyNote ?? "本表为空表。" : null,
            };
        }

        private TableRow CodedRow(int r, string code)
        {
            var cells = new List<TableCell>
            {
                code == "合计" ? new TableCell(CellKind.Label, "合计") : new TableCell(CellKind.Code, code),
                new(CellKind.Label, sheet[r, 2 + _split].Text.Trim()),
            };
            for (var c = 2; c < reference.Columns.Count; c++) cells.Add(Figure(r, c + 1 + _split, null));
            var role = code == "合计" ? RowRole.Total : code.Length switch { 3 => RowRole.Class, 5 => RowRole.Section, _ => RowRole.Item };
            return new TableRow(code, role, cells);
        }

        /// <summary>
        /// A line of a two-sided table: each figure keyed by its panel's label (or, in 公开06表, code). A label
        /// printed twice in a panel (公开04表's 一般公共预算财政拨款 under 本年收入 and under 年初结转和结余) is
        /// its first line the first time and its second the next.
        /// </summary>
        private TableRow? LineRow(int r, Dictionary<(int Panel, string Anchor, int Column), List<string>> keys, Dictionary<(int Panel, string Anchor), int> seen)
        {
            var occurrence = _panels.ToDictionary(p => p, p =>
            {
                var anchor = LineLabel(sheet[r, p + 1].Text);
                var n = seen.GetValueOrDefault((p, anchor));
                seen[(p, anchor)] = n + 1;
                return n;
            });
            var cells = new List<TableCell>();
            var any = false;
            var total = false;
            for (var c = 0; c < reference.Columns.Count; c++)
            {
                var content = sheet[r, c + 1];
                var kind = TableColumns.Kind(reference.Columns[c]);
                if (kind != ColumnKind.Amount)
                {
                    var text = content.Text.Trim();
                    total |= text.EndsWith("合计", StringComparison.Ordinal) || text == "总计";
                    cells.Add(content.IsBlank ? TableCell.Blank : new TableCell(kind == ColumnKind.Code ? CellKind.Code : CellKind.Label, content.Text));
                    continue;
                }
                if (content.IsBlank) { cells.Add(TableCell.Blank); continue; }
                var panel = _panels.Last(p => p < c);
                var anchor = LineLabel(sheet[r, panel + 1].Text);
                if (anchor.Length == 0) { cells.Add(TableCell.Blank); continue; }
                var key = (keys.GetValueOrDefault((panel, anchor, c)) is { } listed ? listed[Math.Min(occurrence[panel], listed.Count - 1)] : null)
                    ?? (Juesuan.Documents.Tables.TableHeadings.IsWholeCode(anchor) ? anchor : null);
                if (key is null)
                {
                    if (content.Number() is not null)
                        Error(r, panel + 1, ErrorCodes.Unknown, $"不认识的项目“{sheet[r, panel + 1].Text.Trim()}”：{reference.Code}中没有这一行，无法核对它的金额");
                    cells.Add(TableCell.Blank);
                    continue;
                }
                any = true;
                cells.Add(Figure(r, c + 1, key));
            }
            return any ? new TableRow(null, total ? RowRole.Total : RowRole.Line, cells) : null;
        }

        /// <summary>Each keyed figure of the reference table, by its panel, its line's label and its column.</summary>
        private Dictionary<(int Panel, string Anchor, int Column), List<string>> KeyedCells()
        {
            var keys = new Dictionary<(int, string, int), List<string>>();
            foreach (var row in reference.Rows)
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c].Key is not { } key || _panels.Length == 0) continue;
                var panel = _panels.Last(p => p < c);
                var anchor = (panel, LineLabel(row.Cells[panel].Text), c);
                if (keys.TryGetValue(anchor, out var listed)) listed.Add(key);
                else keys[anchor] = [key];
            }
            return keys;
        }


        /// <summary>A figure as stated: its value in yuan and, when stated coarser than the cent, its interval's half width.</summary>
        private TableCell Figure(int r, int column, string? key)
        {
            var content = sheet[r, column];
            if (content.IsBlank) return new TableCell(CellKind.Amount, "", null, key);
            if (content.Number() is not { } value)
            {
                Error(r, column, ErrorCodes.WrongType, $"应为金额，实际为{content.Describe()}");
                return new TableCell(CellKind.Amount, "", null, key);
            }
            // The precision stated is what the cell shows: its number format's decimals, or else the digits of the number.
            var decimals = content.Kind == CellContentKind.Number && content.Decimals is { } shown ? shown : Math.Min((int)value.Scale, 4);
            var stated = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
            var yuan = stated * _factor;
            decimal? halfWidth = _factor == 1m && decimals >= 2 ? null : _factor * 0.5m / Pow10(decimals);
            var cell = new TableCell(CellKind.Amount, stated.ToString("#,##0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.'), yuan, key, HalfWidth: halfWidth);
            places[cell] = sheet.At(r, column);
            return cell;
        }

        private static decimal Pow10(int n)
        {
            var p = 1m;
            for (var i = 0; i < n; i++) p *= 10m;
            return p;
        }
    }
}
