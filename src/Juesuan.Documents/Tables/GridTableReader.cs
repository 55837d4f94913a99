using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.DocumentModel;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Documents.Tables;

/// <summary>One cell of a <see cref="DocumentGrid"/>: its text, and which cell of the document it is (a merged cell covers several places with one id).</summary>
internal readonly record struct GridCell(string Text, int Id)
{
    public static readonly GridCell None = new("", -1);
}

/// <summary>
/// 文件中的表格 — a table of an HTML page or a Word document with its merged cells spread over the places
/// they cover, and the lines of text just before it (where a title, 编制单位 and 金额单位 stand).
/// </summary>
/// <param name="Number">Its place among the document's tables, from 1.</param>
internal sealed record DocumentGrid(int Number, IReadOnlyList<string> Before, IReadOnlyList<GridCell[]> Rows)
{
    /// <summary>Where the table's own text starts and ends in the document's text, so that the narrative can be read without it.</summary>
    public (int Start, int End) Span { get; init; }

    /// <summary>A text without the text of some of its tables (those read as tables: their figures are no claims of the narrative).</summary>
    public static string Without(string text, IEnumerable<DocumentGrid> grids)
    {
        var sb = new System.Text.StringBuilder(text);
        foreach (var (start, end) in grids.Select(g => g.Span).Where(s => s.End > s.Start && s.End <= text.Length).OrderByDescending(s => s.Start))
            sb.Remove(start, end - start).Insert(start, '\n');
        return sb.ToString();
    }

    /// <summary>The most rows and columns a table is read with: a disclosure's longest has a few hundred rows and fifteen columns.</summary>
    public const int MaxRows = 5_000;

    public const int MaxColumns = 60;

    /// <summary>A table's rows from its cells as a document states them, each cell with its column and row span.</summary>
    public static DocumentGrid Spread(int number, IReadOnlyList<string> before, IEnumerable<IEnumerable<(string Text, int ColSpan, int RowSpan)>> rows)
    {
        var grid = new List<GridCell[]>();
        var pending = new Dictionary<int, (GridCell Cell, int Left)>();
        var id = 0;
        foreach (var row in rows.Take(MaxRows))
        {
            var cells = new List<GridCell>();
            void Carry()
            {
                while (pending.TryGetValue(cells.Count, out var above))
                {
                    cells.Add(above.Cell);
                    if (above.Left <= 1) pending.Remove(cells.Count - 1);
                    else pending[cells.Count - 1] = (above.Cell, above.Left - 1);
                }
            }
            foreach (var (text, colSpan, rowSpan) in row)
            {
                Carry();
                var cell = new GridCell(text, id++);
                for (var i = 0; i < Math.Clamp(colSpan, 1, MaxColumns) && cells.Count < MaxColumns; i++)
                {
                    if (rowSpan > 1) pending[cells.Count] = (cell, Math.Min(rowSpan, MaxRows) - 1);
                    cells.Add(cell);
                }
            }
            Carry();
            while (pending.Keys.Any(k => k >= cells.Count) && cells.Count < MaxColumns)
            {
                if (!pending.ContainsKey(cells.Count)) cells.Add(GridCell.None);
                Carry();
            }
            grid.Add([.. cells]);
        }
        var width = grid.Select(r => r.Length).DefaultIfEmpty(0).Max();
        return new DocumentGrid(number, before, grid.Select(r => r.Length == width ? r : [.. r, .. Enumerable.Repeat(GridCell.None, width - r.Length)]).ToArray());
    }
}

/// <summary>
/// 读取网页和 Word 文档中的公开表 — finds the nine tables among the tables of an HTML page or a Word document:
/// each by its title (in a line above it or in its own first row), its unit (元/万元), its columns from the
/// heading cells over them (merged cells included), and its rows from what anchors them — a 科目编码 (whole,
/// or split over 类/款/项 columns, a 款 or 项 printed without its 类), 合计, or a line's label. The table is
/// then read as a published workbook's sheet is, against the year's reference table, so that each figure keeps
/// the precision it was printed with. What cannot be placed is reported with the table and row, never guessed.
/// </summary>
internal static partial class GridTableReader
{
    [GeneratedRegex(@"^\d{2,3}$")]
    private static partial Regex CodePart();

    /// <summary>A code and its name in one cell: "2010101 行政运行", "201 01 01行政运行".</summary>
    [GeneratedRegex(@"^(\d{3}(?:\s*\d{2}){0,2})\s*([^\d\s].*)$")]
    private static partial Regex CodeAndName();

    [GeneratedRegex(@"20\d\d\s*年")]
    private static partial Regex Year();

    /// <summary>What a table prints where it has no figure.</summary>
    private static readonly HashSet<string> NoFigure = new(StringComparer.Ordinal) { "-", "—", "－", "--", "——", "/", "／", "…" };

    /// <summary>The nine tables among a document's tables, and the tables they were read from.</summary>
    public static (DocumentTables Tables, IReadOnlyList<DocumentGrid> Read) Read(IReadOnlyList<DocumentGrid> grids, string fileName, string documentText)
    {
        var problems = new List<FileError>();
        var textLines = documentText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var tables = new List<(int Number, bool Alternative, string Title, DocumentGrid Grid, int Top, string? Unit)>();
        foreach (var grid in grids)
        {
            var top = TopRows(grid);
            var heads = grid.Rows.Take(top).Select(RowText).ToArray();
            var near = grid.Before.TakeLast(4).ToArray();
            var titled = heads.Concat(near.Reverse()).Select(t => (Text: t, Title: TableHeadings.TitleOf(t))).FirstOrDefault(t => t.Title is not null);
            if (titled.Title is { } title)
            {
                var unit = heads.Concat(near.Reverse()).Select(TableHeadings.UnitIn).FirstOrDefault(u => u is not null);
                tables.Add((title.Number, title.Alternative, titled.Text.Trim(), grid, top, unit));
            }
            // A table with no title of its own right after a public table, as wide as it, continues it (a page break in Word, a split in HTML).
            else if (tables.Count > 0 && tables[^1].Grid.Number == grid.Number - 1 && grid.Before.Count == 0 && grid.Rows.Count > 0
                && tables[^1].Grid.Rows.Count > 0 && grid.Rows[0].Length == tables[^1].Grid.Rows[0].Length)
            {
                var last = tables[^1];
                tables[^1] = last with { Grid = last.Grid with { Number = grid.Number, Rows = [.. last.Grid.Rows, .. grid.Rows], Span = (last.Grid.Span.Start, grid.Span.End) } };
            }
        }
        // A table under an alternative title beside the usual one (北京's 一般公共预算财政拨款收入支出决算表) is an extra table.
        tables = TableHeadings.Preferred(tables, t => new TableTitle(t.Number, t.Alternative));
        if (tables.Count == 0) return (new DocumentTables(null, [], []), []);
        var used = tables.Select(t => t.Grid).ToArray();

        var metaLines = tables.SelectMany(t => t.Grid.Before.Concat(t.Grid.Rows.Take(t.Top).Select(RowText))).Concat(textLines.Take(10)).ToArray();
        var year = TableHeadings.YearIn(metaLines);
        if (year is null || Catalog.CodeCatalogs.ForYear(year.Value) is null)
        {
            problems.Add(new FileError(ErrorCodes.Missing, ErrorLocation.Of(fileName),
                year is null ? "表格上方和正文开头都找不到决算年度（如“2024年度”），无法按年度的科目读取决算表" : $"没有{year}年度适用的科目目录，无法读取决算表"));
            return (new DocumentTables(null, tables.Select(t => new FoundTable(PublishedTablesReader.Code(t.Number), t.Title, Where(t.Grid), 0, false)).ToArray(), problems), used);
        }
        var reference = PublishedTablesReader.ReferenceTables(year.Value);
        var unitName = TableHeadings.UnitName(metaLines, textLines.Take(5));

        var found = new List<FoundTable>();
        var sheets = new List<SheetCells>();
        foreach (var (number, _, title, grid, top, unit) in tables)
        {
            var code = PublishedTablesReader.Code(number);
            if (sheets.Any(s => s.Name == code))
            {
                problems.Add(new FileError(ErrorCodes.Duplicate, At(fileName, grid, 1), $"{code}（{title}）出现了两次，只读取第一次"));
                continue;
            }
            var layout = new GridLayout(fileName, reference[number - 1], grid, top, unit, year.Value, unitName);
            var sheet = layout.Sheet(code);
            if (sheet is not null && PublishedTablesReader.Read(WorkbookCells.Of(fileName, [sheet])) is { Tables: null } alone)
            {
                layout.Problems.AddRange(alone.Errors);
                sheet = null;
            }
            problems.AddRange(layout.Problems);
            found.Add(new FoundTable(code, title, Where(grid), layout.RowCount, sheet is not null));
            if (sheet is not null) sheets.Add(sheet);
        }
        var read = sheets.Count > 0 ? PublishedTablesReader.Read(WorkbookCells.Of(fileName, sheets)) : null;
        if (read is { Tables: null }) problems.AddRange(read.Errors);
        return (new DocumentTables(read?.Tables, found, problems), used);
    }

    private static string Where(DocumentGrid grid) => string.Create(CultureInfo.InvariantCulture, $"第{grid.Number}个表格");

    private static ErrorLocation At(string fileName, DocumentGrid grid, int row) => ErrorLocation.AtRow(fileName, Where(grid), row);

    /// <summary>A row's text, each cell once, separated by spaces.</summary>
    private static string RowText(GridCell[] row) => string.Join(" ", row.DistinctBy(c => c.Id).Select(c => c.Text.Trim()).Where(t => t.Length > 0));

    /// <summary>
    /// How many rows at the top of a table are no part of its heading: a title, or a line of 编制单位, 年度 and
    /// 金额单位, printed in the table's own first rows (one cell across the table, or few cells holding them).
    /// </summary>
    private static int TopRows(DocumentGrid grid)
    {
        var top = 0;
        foreach (var row in grid.Rows)
        {
            var text = RowText(row);
            var cells = row.DistinctBy(c => c.Id).Count(c => c.Text.Trim().Length > 0);
            if (text.Length > 0 && (TableHeadings.TitleOf(text) is not null || TableHeadings.UnitIn(text) is not null
                || text.StartsWith("编制单位", StringComparison.Ordinal) || (cells == 1 && Year().IsMatch(text))))
                top++;
            else if (text.Length == 0 && top == 0) top++;
            else break;
        }
        return top;
    }

    /// <summary>A cell's text as a figure is read: without spaces, with a figure's absence (“-”) as nothing.</summary>
    private static string FigureText(string text)
    {
        var t = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        return NoFigure.Contains(t) ? "" : t;
    }

    /// <summary>One table laid out as a sheet of the reference table's columns.</summary>
    private sealed class GridLayout(string fileName, DisclosureTable reference, DocumentGrid grid, int top, string? unit, int year, string unitName)
    {
        public List<FileError> Problems { get; } = [];

        public int RowCount { get; private set; }

        private readonly int[] _panels = TableHeadings.Panels(reference);

        private void Problem(int row, string message) => Problems.Add(new FileError(ErrorCodes.NotRecognised, At(fileName, grid, row + 1), message));

        /// <summary>A grid column with its heading, and what it holds.</summary>
        private sealed record Column(int Index, ColumnHeading Heading, bool Structural);

        public SheetCells? Sheet(string name)
        {
            if (unit is null)
            {
                Problem(0, $"{reference.Title}：表格上方找不到“单位：万元”或“单位：元”，无法确定金额的单位");
                return null;
            }
            var known = TableHeadings.KnownLabels(reference);
            var coded = reference.Columns[0] == "科目编码";
            var rows = grid.Rows;
            var width = rows.Count > 0 ? rows[0].Length : 0;

            // The body starts at the first row with a figure, a code, 合计 or a line's label in its first cell.
            var bodyStart = top;
            while (bodyStart < rows.Count && !StartsBody(rows[bodyStart], known)) bodyStart++;
            var headingRows = Enumerable.Range(top, bodyStart - top).Where(r => !IsColumnNumbers(rows[r])).ToArray();
            if (bodyStart == rows.Count) headingRows = [];

            var columns = new List<Column>();
            var panel = 0;
            var figuresSeen = false;
            for (var c = 0; c < width; c++)
            {
                var cells = headingRows.Select(r => rows[r][c]).Where(cell => cell.Id >= 0).DistinctBy(cell => cell.Id).ToArray();
                var label = TableHeadings.Normalize(string.Concat(cells.Select(cell => cell.Text)));
                var own = cells.Length > 0 ? TableHeadings.Normalize(cells[^1].Text) : "";
                // A merged heading over several columns of figures names the first; the others have none of their own.
                if (cells.Length > 0 && c > 0 && rows[headingRows[^1]][c - 1].Id == cells[^1].Id && !TableHeadings.IsStructural(label, own)) own = "";
                var structural = label.Length == 0 || TableHeadings.IsStructural(label, own) || TableHeadings.IsLineNumber(label);
                if (_panels.Length == 2 && structural && figuresSeen && !TableHeadings.IsLineNumber(label)) panel = 1;
                figuresSeen |= !structural;
                columns.Add(new Column(c, new ColumnHeading(label, own, panel, c), structural));
            }
            var figureColumns = columns.Where(c => !c.Structural && c.Heading.Own.Length > 0).ToArray();
            var matched = TableHeadings.Match(reference, figureColumns, c => c.Heading);

            var cellsOut = new Dictionary<(int Row, int Column), CellContent>
            {
                [(1, 1)] = Text("编制单位：" + unitName),
                [(2, 1)] = Text(string.Create(CultureInfo.InvariantCulture, $"{year}年度")),
                [(3, 1)] = Text("金额单位：" + unit),
            };
            var gridRowOf = new Dictionary<int, int>();
            var r = 4;
            var previousCode = new string?[2];
            var figures = 0;
            string? note = null;
            for (var g = bodyStart; g < rows.Count; g++)
            {
                var row = rows[g];
                var first = RowText(row);
                if (first.StartsWith("注", StringComparison.Ordinal) || first.Contains("本表无数据", StringComparison.Ordinal) || first.Contains("空表", StringComparison.Ordinal))
                {
                    note ??= first;
                    continue;
                }
                r++;
                gridRowOf[r] = g;
                var anchored = false;
                for (var p = 0; p < Math.Max(1, _panels.Length); p++)
                {
                    if (_panels.Length == 0) { anchored = true; break; }
                    var own = columns.Where(c => c.Structural && c.Heading.Panel == p && !TableHeadings.IsLineNumber(c.Heading.Label))
                        .Select(c => row[c.Index]).Where(cell => cell.Id >= 0).DistinctBy(cell => cell.Id).Select(cell => cell.Text.Trim()).ToArray();
                    var start = _panels[p];
                    if (TableColumns.Kind(reference.Columns[start]) == ColumnKind.Code)
                    {
                        var (code, rowName, invalid) = CodeOf(own, ref previousCode[p]);
                        if (invalid is not null)
                        {
                            Problem(g, $"{reference.Title}：编码“{invalid}”不是3、5或7位的科目编码");
                            continue;
                        }
                        if (code is null && rowName.Length > 0 && rowName.Replace(" ", "", StringComparison.Ordinal) is var t && (t.EndsWith("合计", StringComparison.Ordinal) || t == "总计"))
                            code = coded ? "合计" : t;
                        if (code is null)
                        {
                            if (rowName.Length > 0 && figureColumns.Any(c => c.Heading.Panel == p && TableHeadings.IsAmount(FigureText(row[c.Index].Text))))
                                Problem(g, $"{reference.Title}：“{rowName}”一行没有科目编码（应为3、5或7位），无法确定是哪个科目");
                            continue;
                        }
                        cellsOut[(r, start + 1)] = Text(code);
                        cellsOut[(r, start + 2)] = Text(rowName);
                        anchored = true;
                        RowCount++;
                    }
                    else
                    {
                        var label = own.FirstOrDefault(t => t.Length > 0) ?? "";
                        if (label.Length == 0) continue;
                        cellsOut[(r, start + 1)] = Text(label);
                        anchored = true;
                        if (known.Contains(PublishedTablesReader.LineLabel(label))) RowCount++;
                    }
                }
                foreach (var column in columns.Where(c => !c.Structural))
                {
                    var text = FigureText(row[column.Index].Text);
                    if (text.Length == 0 || (column.Index > 0 && row[column.Index - 1].Id == row[column.Index].Id)) continue;
                    if (!matched.TryGetValue(column, out var target))
                    {
                        if (TableHeadings.IsNumber(text)) Problem(g, $"{reference.Title}：数字“{text}”所在的栏目“{column.Heading.Label}”不是本表的栏目");
                        continue;
                    }
                    if (!anchored && _panels.Length > 0)
                    {
                        Problem(g, $"{reference.Title}：数字“{text}”所在的一行没有科目编码或项目名称，无法确定它是哪一项的金额");
                        continue;
                    }
                    cellsOut[(r, target + 1)] = Text(text);
                    figures++;
                }
            }
            if (_panels.Length == 0 || figures == 0) RowCount = figures > 0 ? 1 : 0;
            if (figures == 0 && note is not null) cellsOut[(++r, 1)] = Text(note);
            if (Problems.Count > 0) return null;
            return new SheetCells(fileName, name, cellsOut, r, sheetRow => At(fileName, grid, gridRowOf.TryGetValue(sheetRow, out var g) ? g + 1 : 1));
        }

        /// <summary>Whether a row opens the body: a figure in it, or a code, 合计 or a line's label in its first cells.</summary>
        private bool StartsBody(GridCell[] row, HashSet<string> known)
        {
            if (IsColumnNumbers(row)) return false;
            var texts = row.DistinctBy(c => c.Id).Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToArray();
            if (texts.Length == 0) return false;
            if (texts.Any(t => TableHeadings.IsAmount(FigureText(t)))) return true;
            // 公开07表's one row has no anchor: its heading's first cell may read 合计.
            if (_panels.Length == 0) return false;
            var first = texts[0].Replace(" ", "", StringComparison.Ordinal);
            return TableHeadings.IsWholeCode(first) || CodeAndName().IsMatch(texts[0]) || first.EndsWith("合计", StringComparison.Ordinal) || first == "总计"
                || known.Contains(PublishedTablesReader.LineLabel(texts[0]));
        }

        /// <summary>A row of column numbers under the heading (栏次 1 2 3 …), no part of it.</summary>
        private static bool IsColumnNumbers(GridCell[] row)
        {
            var texts = row.DistinctBy(c => c.Id).Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToArray();
            return texts.Length > 0 && (TableHeadings.IsLineNumber(texts[0]) || texts.All(t => t.All(char.IsAsciiDigit) && t.Length <= 2))
                && texts.Skip(1).All(t => t.All(char.IsAsciiDigit) && t.Length <= 2);
        }

        /// <summary>
        /// A coded row's code and name from its code and name cells: a code written whole ("2010101", "201 01 01"),
        /// split over 类/款/项 cells, or a 款 or 项 printed without the parts above it, which are the previous row's.
        /// </summary>
        private static (string? Code, string Name, string? Invalid) CodeOf(string[] cells, ref string? previous)
        {
            var parts = new List<string>();
            var names = new List<string>();
            foreach (var cell in cells)
            {
                var compact = cell.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
                if (compact.Length == 0) { if (names.Count == 0) parts.Add(""); continue; }
                if (compact.All(char.IsAsciiDigit) && compact.Length <= 7 && names.Count == 0) parts.Add(compact);
                else if (CodeAndName().Match(cell) is { Success: true } m && names.Count == 0)
                {
                    parts.Add(m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal));
                    names.Add(m.Groups[2].Value.Trim());
                }
                else names.Add(cell);
            }
            var name = string.Concat(names);
            var given = parts.Where(p => p.Length > 0).ToArray();
            if (given.Length == 0) return (null, name, null);
            string code;
            if (given.Length == 1 && TableHeadings.IsWholeCode(given[0]) && given[0].Length > 3) code = given[0];
            else if (parts.Count > 1 && parts.Take(parts.FindIndex(p => p.Length > 0)).All(p => p.Length == 0) && given.All(p => CodePart().IsMatch(p)))
            {
                // Split columns: 类 3 digits, then 款 and 项 2 each; a part left blank is the previous row's.
                var firstGiven = parts.FindIndex(p => p.Length > 0);
                var inherited = firstGiven == 0 ? "" : previous is { } prev && prev.Length >= 3 + 2 * (firstGiven - 1) ? prev[..(3 + 2 * (firstGiven - 1))] : null;
                code = inherited is null ? string.Concat(given) : inherited + string.Concat(given);
            }
            else code = string.Concat(given);
            if (!TableHeadings.IsWholeCode(code)) return (null, name, string.Join(" ", given));
            previous = code;
            return (code, name, null);
        }

        private static CellContent Text(string text) => new(CellContentKind.Text, text);
    }
}
