using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.DocumentModel;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Tables;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Documents.Pdf;

/// <summary>
/// 读取 PDF 中的公开表 — finds the nine tables of a published disclosure in its words and their positions:
/// each table by its title (in the central 2021 and 2022+ orders, Shanghai's and the provinces'), its unit
/// (元/万元), its columns from the heading's lowest cells and the cells above them, and its rows from
/// what anchors them — a 科目编码 (split over 类/款/项 columns or not), 合计, or a line's label (wrapped
/// over two lines or not). Names and figures printed a little above or below their row belong to the
/// nearest row. The table is then read as a published workbook's sheet is, against the year's reference
/// table, so that each figure keeps the precision it was printed with. A figure that belongs to no row or
/// column, or a column the table does not have, is reported with its page, and that table is not checked.
/// </summary>
public static partial class PdfTableReader
{
    [GeneratedRegex(@"^\d{2,7}$")]
    private static partial Regex CodeText();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Chinese();

    /// <summary>Words on one line are within this many points of the line's first word's middle.</summary>
    private const double LineTolerance = 3;

    public static DocumentTables Read(IReadOnlyList<IReadOnlyList<PageWord>> pages, string fileName)
    {
        var problems = new List<FileError>();
        var lines = pages.Select(Lines).ToArray();
        var titles = new List<(int Number, bool Alternative, string Title, int Page, double Bottom)>();
        var stops = new List<(int Page, double Top)>();
        foreach (var line in lines.SelectMany(l => l))
        {
            var text = string.Concat(line.Select(w => w.Text));
            if (PartHeading().IsMatch(text)) stops.Add((line[0].Page, line.Min(w => w.Top)));
            if (TableHeadings.TitleOf(text) is { } title)
            {
                titles.Add((title.Number, title.Alternative, text.Trim(), line[0].Page, line.Max(w => w.Bottom)));
                stops.Add((line[0].Page, line.Min(w => w.Top)));
            }
        }

        // A table under an alternative title beside the usual one (北京's 一般公共预算财政拨款收入支出决算表) is an extra table: it
        // still ends the table before it, but is not read as one of the nine.
        titles = TableHeadings.Preferred(titles, t => new TableTitle(t.Number, t.Alternative));
        if (titles.Count == 0) return new DocumentTables(null, [], []);
        var year = TableHeadings.FiscalYearIn(lines.Take(3).SelectMany(l => l).Select(l => string.Concat(l.Select(w => w.Text))));
        if (year is null || Catalog.CodeCatalogs.ForYear(year.Value) is null)
        {
            problems.Add(new FileError(ErrorCodes.Missing, ErrorLocation.AtPage(fileName, 1),
                year is null ? "首页找不到决算年度（如“2024年度”），无法按年度的科目读取决算表" : $"没有{year}年度适用的科目目录，无法读取决算表"));
            return new DocumentTables(null, titles.Select(t => new FoundTable(PublishedTablesReader.Code(t.Number), t.Title, Pages(t.Page, t.Page), 0, false)).ToArray(), problems);
        }
        var reference = PublishedTablesReader.ReferenceTables(year.Value);
        var unitName = TableHeadings.UnitName(lines.SelectMany(l => l).Select(l => string.Concat(l.Select(w => w.Text))),
            lines.FirstOrDefault()?.Select(l => string.Concat(l.Select(w => w.Text))) ?? []);

        var found = new List<FoundTable>();
        var sheets = new List<SheetCells>();
        foreach (var title in titles)
        {
            var stop = stops.Where(s => s.Page > title.Page || (s.Page == title.Page && s.Top > title.Bottom)).OrderBy(s => s.Page).ThenBy(s => s.Top)
                .Select(s => ((int, double)?)s).FirstOrDefault() ?? (pages.Count, double.MaxValue);
            var words = Enumerable.Range(title.Page, stop.Item1 - title.Page + 1)
                .SelectMany(p => pages[p - 1].Where(w =>
                    (p > title.Page || w.Middle > title.Bottom) && (p < stop.Item1 || w.Middle < stop.Item2)))
                .ToArray();
            // A title with neither a unit nor a figure under it is a line of the contents, not a table.
            if (!words.Any(w => IsAmount(w) || IsUnit(w))) continue;
            if (sheets.Any(s => s.Name == PublishedTablesReader.Code(title.Number)))
            {
                problems.Add(new FileError(ErrorCodes.Duplicate, ErrorLocation.AtPage(fileName, title.Page), $"{PublishedTablesReader.Code(title.Number)}（{title.Title}）出现了两次，只读取第一次"));
                continue;
            }
            var layout = new TableLayout(fileName, reference[title.Number - 1], words, year.Value, unitName);
            var sheet = layout.Sheet(PublishedTablesReader.Code(title.Number));
            var lastPage = words.Length > 0 ? words.Max(w => w.Page) : title.Page;
            if (sheet is not null && PublishedTablesReader.Read(WorkbookCells.Of(fileName, [sheet])) is { Tables: null } alone)
            {
                layout.Problems.AddRange(alone.Errors);
                sheet = null;
            }
            problems.AddRange(layout.Problems);
            found.Add(new FoundTable(PublishedTablesReader.Code(title.Number), title.Title, Pages(title.Page, lastPage), layout.RowCount, sheet is not null));
            if (sheet is not null) sheets.Add(sheet);
        }
        var read = sheets.Count > 0 ? PublishedTablesReader.Read(WorkbookCells.Of(fileName, sheets)) : null;
        if (read is { Tables: null }) problems.AddRange(read.Errors);
        return new DocumentTables(read?.Tables, found, problems);
    }

    private static string Pages(int first, int last) => first == last
        ? string.Create(CultureInfo.InvariantCulture, $"第{first}页")
        : string.Create(CultureInfo.InvariantCulture, $"第{first}–{last}页");

    /// <summary>The words of a page grouped into lines, top to bottom, each line left to right.</summary>
    internal static IReadOnlyList<List<PageWord>> Lines(IEnumerable<PageWord> words)
    {
        var lines = new List<List<PageWord>>();
        foreach (var word in words.OrderBy(w => w.Page).ThenBy(w => w.Middle))
        {
            if (lines.Count > 0 && lines[^1][0].Page == word.Page && Math.Abs(lines[^1][0].Middle - word.Middle) <= LineTolerance) lines[^1].Add(word);
            else lines.Add([word]);
        }
        foreach (var line in lines) line.Sort((a, b) => a.Left.CompareTo(b.Left));
        return lines;
    }

    private static bool IsUnit(PageWord w) => w.Text.Contains("单位", StringComparison.Ordinal) && w.Text.Contains('元');

    private static bool IsAmount(PageWord w) => TableHeadings.IsAmount(w.Text);

    /// <summary>
    /// One table's words laid out as a sheet of the reference table's columns: the shape of the reference
    /// says how rows are anchored (codes, labels, or the single row of 公开07表).
    /// </summary>
    private sealed class TableLayout(string fileName, DisclosureTable reference, PageWord[] words, int year, string unitName)
    {
        public List<FileError> Problems { get; } = [];

        public int RowCount { get; private set; }

        private sealed record Leaf(PageWord Word, string Label, int Panel)
        {
            public ColumnHeading Heading => new(Label, TableHeadings.Normalize(Word.Text), Panel, Word.Center);
        }

        private sealed record Anchor(int Panel, int Page, double Middle, string Key, string Name);

        /// <summary>A row of a coded table while it is assembled: the word that anchors it, its code's parts, its name's words.</summary>
        private sealed record CodeRow(PageWord Word, List<PageWord> Parts, List<PageWord> Names);

        private readonly int[] _panels = TableHeadings.Panels(reference);

        private void Problem(int page, string message) => Problems.Add(new FileError(ErrorCodes.NotRecognised, ErrorLocation.AtPage(fileName, page), message));

        public SheetCells? Sheet(string name)
        {
            if (words.Length == 0) return null;
            var firstPage = words.Min(w => w.Page);
            var amounts = words.Where(IsAmount).ToArray();
            var unitWord = words.FirstOrDefault(IsUnit);
            if (unitWord is null)
            {
                Problem(firstPage, $"{reference.Title}：找不到“单位：万元”或“单位：元”，无法确定金额的单位");
                return null;
            }
            var coded = reference.Columns.Any(c => TableColumns.Kind(c) == ColumnKind.Code && c.EndsWith("科目编码", StringComparison.Ordinal));
            var known = TableHeadings.KnownLabels(reference);

            // Where the body starts: the first anchor of a row (a code, 合计 beside the codes, a line's label) or, in 公开07表, the first figure.
            // Without a figure, the columns of figures start right of the heading over the names.
            var amountLeft = amounts.Length > 0 ? amounts.Min(w => w.Left)
                : words.Where(w => w.Page == firstPage && TableHeadings.Normalize(w.Text) is "科目名称" or "项目").Select(w => w.Right + 1).DefaultIfEmpty(double.MaxValue).Max();
            double bodyTop;
            if (coded)
            {
                var firstAnchor = words.Where(w => w.Page == firstPage && (TableHeadings.IsWholeCode(w.Text) && w.Right < amountLeft || IsTotal(w) && w.Center < amountLeft))
                    .OrderBy(w => w.Top).FirstOrDefault();
                bodyTop = firstAnchor?.Top ?? EmptyBodyTop(firstPage);
            }
            else if (_panels.Length == 0) bodyTop = amounts.Where(w => w.Page == firstPage).Select(w => w.Top).DefaultIfEmpty(double.MaxValue).Min();
            else bodyTop = words.Where(w => w.Page == firstPage && StartsLine(w.Text, known))
                .Select(w => w.Top).DefaultIfEmpty(double.MaxValue).Min();

            // The heading is below the line of 编制单位, 年度 and 金额单位, and above the body.
            var headerTop = unitWord.Page == firstPage ? unitWord.Middle + LineTolerance : 0;
            var header = words.Where(w => w.Page == firstPage && w.Middle > headerTop && w.Middle < bodyTop && !IsAmount(w)).ToArray();
            // Figures are never headings: one printed a little above its row's anchor (the 合计 row's) is still the body's.
            var body = words.Where(w => (w.Page > firstPage || w.Middle >= bodyTop || IsAmount(w)) && (w.Page > firstPage || w.Middle > headerTop)).ToArray();
            var leaves = Leaves(header, amountLeft);

            // Two-sided tables: the left side ends just right of its one column of figures.
            var boundary = double.MaxValue;
            if (_panels.Length == 2)
            {
                var first = leaves.Where(l => !TableHeadings.IsLineNumber(l.Label)).MinBy(l => l.Word.Left);
                if (first is null)
                {
                    Problem(firstPage, $"{reference.Title}：表头中找不到金额栏目，无法读取");
                    return null;
                }
                var near = amounts.Where(a => leaves.Where(l => !TableHeadings.IsLineNumber(l.Label)).MinBy(l => Math.Abs(l.Word.Center - a.Center)) == first);
                boundary = Math.Max(first.Word.Right, near.Select(a => a.Right).DefaultIfEmpty(0).Max()) + 3;
                leaves = leaves.Select(l => l with { Panel = l.Word.Center < boundary ? 0 : 1 }).ToList();
            }
            int PanelOf(PageWord w) => w.Center < boundary ? 0 : 1;

            var columns = TableHeadings.Match(reference, leaves, l => l.Heading);

            var anchors = new List<Anchor>();
            for (var p = 0; p < Math.Max(1, _panels.Length); p++)
            {
                var panel = p;
                var inPanel = body.Where(w => _panels.Length < 2 || PanelOf(w) == panel).ToArray();
                var panelAmountLeft = inPanel.Where(IsAmount).Select(w => w.Left)
                    .Concat(leaves.Where(l => l.Panel == panel).Select(l => l.Word.Left)).DefaultIfEmpty(double.MaxValue).Min();
                if (_panels.Length == 0) anchors.Add(new Anchor(0, firstPage, 0, "", ""));
                else if (coded || TableColumns.Kind(reference.Columns[_panels[panel]]) == ColumnKind.Code) anchors.AddRange(CodeAnchors(inPanel, panel, panelAmountLeft));
                else anchors.AddRange(LabelAnchors(inPanel, panel, panelAmountLeft, known));
            }
            RowCount = anchors.Count(a => a.Key.Length > 0 && (coded || known.Contains(PublishedTablesReader.LineLabel(a.Key))));

            // Each figure to the nearest row on its page and the nearest column of its side.
            var gaps = anchors.GroupBy(a => (a.Page, a.Panel)).SelectMany(g => g.OrderBy(a => a.Middle).Select(a => a.Middle).Zip(g.OrderBy(a => a.Middle).Skip(1).Select(a => a.Middle), (x, y) => y - x)).Order().ToArray();
            var reach = _panels.Length == 0 ? double.MaxValue : Math.Max(10, 0.75 * (gaps.Length > 0 ? gaps[gaps.Length / 2] : 20));
            var figures = new Dictionary<(Anchor Row, int Column), PageWord>();
            foreach (var amount in body.Where(IsAmount))
            {
                var panel = _panels.Length < 2 ? 0 : PanelOf(amount);
                var row = anchors.Where(a => a.Panel == panel && (_panels.Length == 0 || a.Page == amount.Page)).MinBy(a => Math.Abs(a.Middle - amount.Middle));
                var leaf = leaves.Where(l => l.Panel == panel && !TableHeadings.IsLineNumber(l.Label)).MinBy(l => Math.Abs(l.Word.Center - amount.Center));
                if (row is null || leaf is null || Math.Abs(row.Middle - amount.Middle) > reach)
                {
                    Problem(amount.Page, $"{reference.Title}：数字“{amount.Text}”不在表中任何一行上，无法确定它是哪一项的金额");
                    continue;
                }
                if (!columns.TryGetValue(leaf, out var column))
                {
                    Problem(amount.Page, $"{reference.Title}：数字“{amount.Text}”所在的栏目“{leaf.Label}”不是本表的栏目");
                    continue;
                }
                if (!figures.TryAdd((row, column), amount))
                    Problem(amount.Page, $"{reference.Title}：“{row.Name}”一行的“{reference.Columns[column].Replace('.', ' ')}”有两个数字（{figures[(row, column)].Text} 和 {amount.Text}），无法确定哪个是");
            }
            // A table without a figure is empty, whatever 合计 it prints.
            if (_panels.Length == 0 || figures.Count == 0) RowCount = figures.Count > 0 ? 1 : 0;
            if (Problems.Count > 0) return null;

            var cells = new Dictionary<(int Row, int Column), CellContent>
            {
                [(1, 1)] = Text("编制单位：" + unitName),
                [(2, 1)] = Text(string.Create(CultureInfo.InvariantCulture, $"{year}年度")),
                [(3, 1)] = Text("金额" + unitWord.Text[unitWord.Text.IndexOf("单位", StringComparison.Ordinal)..]),
            };
            var pageOfRow = new Dictionary<int, int> { [1] = firstPage, [2] = firstPage, [3] = firstPage };
            var r = 4;
            foreach (var anchor in anchors.OrderBy(a => a.Page).ThenBy(a => a.Middle))
            {
                r++;
                pageOfRow[r] = anchor.Page;
                var start = _panels.Length == 0 ? -1 : _panels[anchor.Panel];
                if (start >= 0)
                {
                    cells[(r, start + 1)] = Text(anchor.Key);
                    if (TableColumns.Kind(reference.Columns[start]) == ColumnKind.Code) cells[(r, start + 2)] = Text(anchor.Name);
                }
                foreach (var ((row, column), word) in figures.Where(f => f.Key.Row == anchor)) cells[(r, column + 1)] = Text(word.Text);
            }
            if (figures.Count == 0 && body.Select(w => w.Text).FirstOrDefault(t => t.StartsWith("注", StringComparison.Ordinal)) is not null)
            {
                var note = string.Concat(Lines(body).SkipWhile(l => !l[0].Text.StartsWith("注", StringComparison.Ordinal)).SelectMany(l => l).Select(w => w.Text));
                cells[(++r, 1)] = Text(note);
                pageOfRow[r] = body.Max(w => w.Page);
            }
            return new SheetCells(fileName, name, cells, r, row => ErrorLocation.AtPage(fileName, pageOfRow.GetValueOrDefault(row, firstPage)));
        }

        /// <summary>Whether a word opens a line of a two-sided table: a label of it, or the first part of a numbered one wrapped over two lines.</summary>
        private static bool StartsLine(string text, HashSet<string> known)
        {
            var label = PublishedTablesReader.LineLabel(text);
            return known.Contains(label) || (label.Length >= 2 && label != text && known.Any(k => k.StartsWith(label, StringComparison.Ordinal)));
        }

        private static CellContent Text(string text) => new(CellContentKind.Text, text);

        private static bool IsTotal(PageWord w) => w.Text.Replace(" ", "", StringComparison.Ordinal) is var t && (t.EndsWith("合计", StringComparison.Ordinal) || t == "总计");

        /// <summary>An empty table has no codes: its body starts at its 合计 or its note.</summary>
        private double EmptyBodyTop(int firstPage) =>
            words.Where(w => w.Page == firstPage && (IsTotal(w) || w.Text.StartsWith("注", StringComparison.Ordinal))).Select(w => w.Top).DefaultIfEmpty(double.MaxValue).Min();

        /// <summary>
        /// The lowest heading cells over the figures (no heading below them), each named by the heading
        /// words above it: "本年支出合" over "计", "财政拨款“三公”经费 · 公务用车购置费 · 预算数". A word above
        /// names a cell when it stretches over the cell's middle or stands within the cell's share of the width
        /// (up to halfway to the next cell), so a heading centred over two columns names the one it stands over.
        /// </summary>
        private List<Leaf> Leaves(PageWord[] header, double amountLeft)
        {
            var lines = Lines(header);
            // A word with a heading under it (or just beside its ends: 合计 centred between its 预算数 and 决算数) is no cell of its own.
            var lowest = header.Where(w => !header.Any(o => o != w && o.Middle > w.Middle + LineTolerance && o.Left < w.Right + 2 && o.Right > w.Left - 2))
                .OrderBy(w => w.Center).ToArray();
            var leaves = new List<Leaf>();
            for (var i = 0; i < lowest.Length; i++)
            {
                var word = lowest[i];
                var from = i > 0 ? (lowest[i - 1].Center + word.Center) / 2 : double.MinValue;
                var to = i < lowest.Length - 1 ? (word.Center + lowest[i + 1].Center) / 2 : double.MaxValue;
                var label = TableHeadings.Normalize(string.Concat(lines.Where(l => l[0].Middle < word.Middle - LineTolerance)
                    .SelectMany(l => l.Where(o => (o.Left <= word.Center && word.Center <= o.Right) || (from - 1 <= o.Center && o.Center <= to + 1)))
                    .Select(o => o.Text)) + word.Text);
                // A heading of codes and names is no column of figures, whatever stands above it (人员经费 over 科目名称); 收入 alone is
                // a side's heading, but under 上级补助 the end of a column's name.
                var own = TableHeadings.Normalize(word.Text);
                if (TableHeadings.IsStructural(label, own) || (_panels.Length != 2 && word.Center < amountLeft - 30)) continue;
                leaves.Add(new Leaf(word, label, 0));
            }
            return leaves;
        }

        /// <summary>
        /// Rows anchored by codes: each whole code (类, or 款 and 项 written out) is a row, a 款 or 项 printed
        /// in its own column beside a 类 joins it, and a 合计 beside the codes is a row of its own. Names printed above,
        /// below or wrapped under their row join the nearest one.
        /// </summary>
        private IEnumerable<Anchor> CodeAnchors(PageWord[] inPanel, int panel, double amountLeft)
        {
            var classes = inPanel.Where(w => TableHeadings.IsWholeCode(w.Text) && w.Right < amountLeft).ToArray();
            var nameLeft = inPanel.Where(w => Chinese().IsMatch(w.Text) && w.Right <= amountLeft && classes.Any(c => c.Page == w.Page && Math.Abs(c.Middle - w.Middle) <= 12 && w.Left > c.Right))
                .Select(w => w.Left).DefaultIfEmpty(amountLeft).Min();
            var codes = inPanel.Where(w => CodeText().IsMatch(w.Text) && w.Right <= nameLeft + 1).ToArray();
            // A whole code (201, 20106 or 2010601, indented or not) is a row; two digits are a 款 or 项 printed in a column of its own.
            var rows = codes.Where(w => TableHeadings.IsWholeCode(w.Text)).Select(w => new CodeRow(w, [w], [])).ToList();
            var all = rows.Concat(inPanel.Where(w => IsTotal(w) && w.Center < amountLeft).Select(w => new CodeRow(w, [], [w]))).ToList();
            // Under a table without codes two digits are a page number, no part of a code.
            foreach (var part in codes.Where(w => w.Text.Length == 2 && rows.Count > 0))
            {
                var row = rows.Where(r => r.Word.Page == part.Page && r.Word.Text.Length == 3).MinBy(r => Math.Abs(r.Word.Middle - part.Middle));
                if (row is null || Math.Abs(row.Word.Middle - part.Middle) > 12)
                {
                    Problem(part.Page, $"{reference.Title}：编码“{part.Text}”不在任何一行上（没有与它同行的类级编码），无法确定它是哪个科目");
                    continue;
                }
                row.Parts.Add(part);
            }
            foreach (var name in inPanel.Where(w => Chinese().IsMatch(w.Text) && w.Left >= nameLeft - 2 && w.Right <= amountLeft && !IsTotal(w)))
            {
                var row = rows.Where(r => r.Word.Page == name.Page).MinBy(r => Math.Abs(r.Word.Middle - name.Middle));
                if (row is not null && Math.Abs(row.Word.Middle - name.Middle) <= 20) row.Names.Add(name);
            }
            foreach (var (word, parts, names) in all)
            {
                var key = parts.Count > 0 ? string.Concat(parts.OrderBy(p => p.Left).Select(p => p.Text)) : TableHeadings.Normalize(word.Text);
                if (parts.Count > 0 && !TableHeadings.IsWholeCode(key))
                {
                    Problem(word.Page, $"{reference.Title}：编码“{string.Join(" ", parts.OrderBy(p => p.Left).Select(p => p.Text))}”不是3、5或7位的科目编码");
                    continue;
                }
                var text = string.Concat(names.OrderBy(n => n.Middle).ThenBy(n => n.Left).Select(n => n.Text));
                yield return new Anchor(panel, word.Page, word.Middle, key, parts.Count > 0 ? text : "");
            }
        }

        /// <summary>
        /// Rows anchored by labels (公开01表, 公开04表): each line of a side's label column, a label wrapped
        /// onto the next line ("二、政府性基金预算财政拨" / "款") joined into one.
        /// </summary>
        private IEnumerable<Anchor> LabelAnchors(PageWord[] inPanel, int panel, double amountLeft, HashSet<string> known)
        {
            var labels = inPanel.Where(w => !IsAmount(w) && Chinese().IsMatch(w.Text) && w.Right <= amountLeft + 2).ToArray();
            var blocks = new List<(int Page, double Top, double Bottom, string Text)>();
            foreach (var line in Lines(labels))
            {
                var text = string.Concat(line.Select(w => w.Text));
                var (top, bottom) = (line.Min(w => w.Top), line.Max(w => w.Bottom));
                if (blocks.Count > 0 && blocks[^1].Page == line[0].Page && !known.Contains(PublishedTablesReader.LineLabel(text))
                    && known.Contains(PublishedTablesReader.LineLabel(blocks[^1].Text + text)) && !known.Contains(PublishedTablesReader.LineLabel(blocks[^1].Text)))
                    blocks[^1] = (line[0].Page, blocks[^1].Top, bottom, blocks[^1].Text + text);
                else blocks.Add((line[0].Page, top, bottom, text));
            }
            foreach (var (page, top, bottom, text) in blocks)
                yield return new Anchor(panel, page, (top + bottom) / 2, text, text);
        }
    }
}
