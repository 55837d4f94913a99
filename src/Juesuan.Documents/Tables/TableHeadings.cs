using System.Text.RegularExpressions;
using Juesuan.DocumentModel;
using Juesuan.Documents.Xlsx;

namespace Juesuan.Documents.Tables;

/// <summary>
/// 表头栏目 — one column heading of a published table as read from a document: all its words from the top
/// down ("本年支出 · 基本支出"), its own lowest words, the side of a two-sided table it stands on, and its place
/// from left to right.
/// </summary>
internal sealed record ColumnHeading(string Label, string Own, int Panel, double Position);

/// <summary>A title recognised: which of the nine tables it is, and whether it is an alternative that gives way to the usual one.</summary>
internal readonly record struct TableTitle(int Number, bool Alternative);

/// <summary>
/// 公开表的标题与表头 — what every reader of published tables (PDF, HTML, Word) recognises the same way: a
/// table's title in every layout (公开05表, 表五, the unit's name and year before it), and its column headings
/// matched to the year's reference table.
/// </summary>
internal static partial class TableHeadings
{
    /// <summary>
    /// The titles of the nine tables in the layouts publishers print (central, Shanghai's, the provinces'), quotation marks
    /// left out. An alternative is a title some layouts print in place of the usual one (云南's 一般公共预算财政拨款收入支出决算表
    /// for 公开05表) and others beside it as an extra table (北京's): it gives way where the document has the usual one.
    /// </summary>
    private static readonly (int Number, string Title, bool Alternative)[] Titles =
    [
        (1, "收入支出决算总表", false), (1, "收入支出决算表", true),
        (2, "收入决算表", false), (2, "收入决算总表", true),
        (3, "支出决算表", false), (3, "支出决算总表", true),
        (4, "财政拨款收入支出决算总表", false), (4, "财政拨款收入支出决算表", true),
        (5, "一般公共预算财政拨款支出决算表", false), (5, "一般公共预算财政拨款收入支出决算表", true),
        (6, "一般公共预算财政拨款基本支出决算表", false), (6, "一般公共预算财政拨款基本支出决算明细表", false),
        (7, "财政拨款三公经费支出决算表", false), (7, "一般公共预算财政拨款三公经费支出决算表", false),
        (7, "财政拨款安排的三公经费支出决算表", false), (7, "一般公共预算财政拨款安排的三公经费支出决算表", false),
        (7, "一般公共预算及政府性基金财政拨款三公经费支出决算表", false), (7, "一般公共预算财政拨款三公经费情况表", true),
        (8, "政府性基金预算财政拨款收入支出决算表", false), (8, "政府性基金预算财政拨款支出决算表", false),
        (9, "国有资本经营预算财政拨款支出决算表", false), (9, "国有资本经营预算财政拨款收入支出决算表", true),
    ];

    [GeneratedRegex(@"公开0?[1-9]表|[（(]?表[一二三四五六七八九1-9][)）]?")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"^(.{0,40}?20\d\d\s*年度?)?(部门)?$")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"[（(](万?元)[）)]$")]
    private static partial Regex UnitInBrackets();

    /// <summary>Headings of the code and name columns and of a side (项目, 收入, 支出), not of figures.</summary>
    [GeneratedRegex(@"^(?=.)(项目|收入|支出|(项目)?(支出功能分类|功能分类|经济分类|人员经费|公用经费)?(科目编码|科目名称)?(类|款|项)?)$")]
    private static partial Regex StructuralText();

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})$")]
    private static partial Regex WholeCode();

    /// <summary>Whether a cell or word is a number as tables print one ("1,234", "-5.00").</summary>
    public static bool IsNumber(string text) => NumberText().IsMatch(text);

    /// <summary>Whether a cell or word is an amount: a number with decimals or thousands separators (not a 行次 or a page number).</summary>
    public static bool IsAmount(string text) => IsNumber(text) && (text.Contains('.') || text.Contains(','));

    /// <summary>Whether a text is a whole function code: a 类 (3 digits), 款 (5) or 项 (7).</summary>
    public static bool IsWholeCode(string text) => WholeCode().IsMatch(text);

    [GeneratedRegex(@"(20\d\d)\s*年度")]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"(20\d\d)\s*年(?!\d{1,2}月)")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"(?:金额)?单位[:：]?\s*(万?元)")]
    private static partial Regex UnitText();

    /// <summary>
    /// The table a line is the title of: the title alone, or after the unit's name and year, or with its number (公开05表,
    /// 表五, 一、), in 《》, with 公开表 for 表 (收入决算公开表) or a note of its rows (收入决算表（按功能分类列示）).
    /// </summary>
    public static TableTitle? TitleOf(string text)
    {
        var t = Ordinal().Replace(TableNumber().Replace(Normalize(text), ""), "").Trim('《', '》');
        t = FunctionRows().Replace(t, "");
        if (t.EndsWith("公开表", StringComparison.Ordinal)) t = t[..^3] + "表";
        if (t.Length == 0 || t.Length > 60) return null;
        foreach (var (number, title, alternative) in Titles.OrderByDescending(x => x.Title.Length))
            if (t.EndsWith(title, StringComparison.Ordinal) && TitlePrefix().IsMatch(t[..^title.Length])) return new TableTitle(number, alternative);
        return null;
    }

    /// <summary>The titles found, without an alternative title of a table the document also has under its usual one.</summary>
    public static List<T> Preferred<T>(IEnumerable<T> found, Func<T, TableTitle> title)
    {
        var all = found.ToList();
        return all.Where(f => !title(f).Alternative || !all.Any(o => title(o).Number == title(f).Number && !title(o).Alternative)).ToList();
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|\d{1,2}[、.．]|[（(][一二三四五六七八九十]+[)）])")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"[（(](按功能分类列示|按功能分类|分科目)[)）]$")]
    private static partial Regex FunctionRows();

    /// <summary>Text without spaces, quotation marks and a trailing unit in brackets: what titles and headings are compared as.</summary>
    public static string Normalize(string text) =>
        UnitInBrackets().Replace(new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '‘' or '’' or '\'')).ToArray()), "");

    /// <summary>The amount unit a line states ("金额单位：万元", "单位：元"), as printed after 单位; null when it states none.</summary>
    public static string? UnitIn(string text) => UnitText().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The fiscal year the first of some lines states: "2024年度" wherever it stands, else a year not followed by a month.</summary>
    public static int? YearIn(IReadOnlyList<string> lines) => FiscalYearIn(lines) ?? FirstYear(lines, YearOnly());

    /// <summary>The fiscal year the first of some lines states as "2024年度".</summary>
    public static int? FiscalYearIn(IEnumerable<string> lines) => FirstYear(lines, FiscalYear());

    private static int? FirstYear(IEnumerable<string> lines, Regex year) =>
        lines.Select(l => year.Match(l)).FirstOrDefault(m => m.Success) is { } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The unit whose disclosure it is: 编制单位 where a table states it, else the first line of the cover without a figure.</summary>
    public static string UnitName(IEnumerable<string> lines, IEnumerable<string> cover)
    {
        foreach (var text in lines)
        {
            var at = text.IndexOf("编制单位", StringComparison.Ordinal);
            if (at >= 0)
            {
                var name = text[(at + 4)..].TrimStart('：', ':', ' ');
                var end = name.IndexOfAny([' ', '\t', '\u3000']);
                return (end > 0 ? name[..end] : name).Trim();
            }
        }
        var first = cover.Select(t => t.Trim()).FirstOrDefault(t => t.Length > 0 && !t.Any(char.IsAsciiDigit) && t != "目录") ?? "";
        return FiscalYear().Match(first) is { Success: true } m ? first[..m.Index] : first;
    }

    /// <summary>Whether a heading names the code or name column of a table or one of its sides rather than a column of figures.</summary>
    public static bool IsStructural(string label, string own) =>
        StructuralText().IsMatch(label) || (StructuralText().IsMatch(own) && own.Length > 1 && own is not ("收入" or "支出"));

    public static bool IsLineNumber(string label) => label.Contains("行次", StringComparison.Ordinal) || label.Contains("栏次", StringComparison.Ordinal);

    /// <summary>Where each side of a table starts: the 项目 or 科目编码 column after a column of figures (two for 公开01, 04 and 06表).</summary>
    public static int[] Panels(DisclosureTable reference) => Enumerable.Range(0, reference.Columns.Count)
        .Where(c => TableColumns.Kind(reference.Columns[c]) != ColumnKind.Amount && (c == 0 || TableColumns.Kind(reference.Columns[c - 1]) == ColumnKind.Amount))
        .ToArray();

    /// <summary>The labels of each side's lines in the reference table, as <see cref="PublishedTablesReader.LineLabel"/> writes them.</summary>
    public static HashSet<string> KnownLabels(DisclosureTable reference) =>
        Panels(reference).SelectMany(p => reference.Rows.Select(r => PublishedTablesReader.LineLabel(r.Cells[p].Text))).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each heading to the reference column it names best, each column named once; a heading that names none is left out.</summary>
    public static Dictionary<T, int> Match<T>(DisclosureTable reference, IReadOnlyList<T> leaves, Func<T, ColumnHeading> heading) where T : notnull
    {
        if (reference.Columns.All(c => c.StartsWith("预算数.", StringComparison.Ordinal) || c.StartsWith("决算数.", StringComparison.Ordinal)))
            return ThreePublicColumns(reference, leaves, heading);
        var panels = Panels(reference);
        int PanelOfColumn(int column) => panels.Length < 2 ? 0 : column >= panels[1] ? 1 : 0;
        // 收入 / 支出 / 人员经费 before a two-sided table's column names, which its headings print once above the side.
        string SidePrefix(int column)
        {
            if (panels.Length < 2) return "";
            var label = reference.Columns[panels[PanelOfColumn(column)]];
            return label.EndsWith("项目", StringComparison.Ordinal) ? label[..^2] : label.EndsWith("科目编码", StringComparison.Ordinal) ? label[..^4] : "";
        }
        var columns = new Dictionary<T, int>();
        var taken = new HashSet<int>();
        var scored = leaves.Where(l => !IsLineNumber(heading(l).Label))
            .SelectMany(l => Enumerable.Range(0, reference.Columns.Count)
                .Where(c => TableColumns.Kind(reference.Columns[c]) == ColumnKind.Amount && PanelOfColumn(c) == heading(l).Panel)
                .Select(c => (Leaf: l, Column: c, Score: Score(heading(l).Label, reference.Columns[c], SidePrefix(c)))))
            .OrderByDescending(x => x.Score).ToArray();
        // A side with one column of figures under one heading: that heading names it, whatever its words (决算数, 金额).
        var single = scored.GroupBy(x => heading(x.Leaf).Panel)
            .Where(g => g.Select(x => x.Leaf).Distinct().Count() == 1 && g.Select(x => x.Column).Distinct().Count() == 1)
            .Select(g => g.First().Leaf).ToHashSet();
        foreach (var (leaf, column, score) in scored)
        {
            if (columns.ContainsKey(leaf) || taken.Contains(column) || (score < 0.3 && !single.Contains(leaf))) continue;
            columns[leaf] = column;
            taken.Add(column);
        }
        return columns;
    }

    /// <summary>
    /// The columns of the “三公” table: each heading's 预算数 or 决算数, and its item from the words above it. An
    /// item's name centred over its two columns stands over one of them: the other, printed beside it with the
    /// other of 预算数/决算数, takes the same item (Shanghai's pairs); in the central layout's two blocks of six,
    /// an unnamed column takes the item of its place in the block.
    /// </summary>
    private static Dictionary<T, int> ThreePublicColumns<T>(DisclosureTable reference, IReadOnlyList<T> leaves, Func<T, ColumnHeading> heading) where T : notnull
    {
        static string? PhaseIn(string text) => text.Contains("预算", StringComparison.Ordinal) ? "预算数" : text.Contains("决算", StringComparison.Ordinal) ? "决算数" : null;
        var items = reference.Columns.Where(c => c.StartsWith("预算数.", StringComparison.Ordinal)).Select(c => c[4..]).ToArray();
        string? Item(string label) =>
            label.Contains("小计", StringComparison.Ordinal) ? items[2]
            : label.Contains("公务用车购置费", StringComparison.Ordinal) ? items[3]
            : label.Contains("公务用车运行", StringComparison.Ordinal) ? items[4]
            : label.Contains("接待", StringComparison.Ordinal) ? items[5]
            : label.Contains("因公出国", StringComparison.Ordinal) ? items[1]
            : label.Contains("合计", StringComparison.Ordinal) ? items[0] : null;
        var ordered = leaves.OrderBy(l => heading(l).Position).ToArray();
        var own = ordered.Select(l => PhaseIn(heading(l).Own)).ToArray();
        var named = ordered.Select(l => Item(heading(l).Label)).ToArray();
        // Shanghai's pairs print 预算数 and 决算数 as the lowest cells, side by side; the central layout prints them once, over blocks of six.
        var pairs = own.Zip(own.Skip(1)).Any(p => p.First is not null && p.Second is not null && p.First != p.Second);
        var columns = new Dictionary<T, int>();
        for (var i = 0; i < ordered.Length; i++)
        {
            var (phase, item) = pairs
                ? (own[i], named[i] ?? (i % 2 == 0 ? named.ElementAtOrDefault(i + 1) : named[i - 1]))
                : (PhaseIn(heading(ordered[i]).Label) ?? (ordered.Length == 2 * items.Length ? (i < items.Length ? "预算数" : "决算数") : null),
                   named[i] ?? (ordered.Length == 2 * items.Length ? items[i % items.Length] : null));
            var column = phase is null || item is null ? -1 : reference.Columns.ToList().IndexOf(phase + "." + item);
            if (column >= 0 && !columns.ContainsValue(column)) columns[ordered[i]] = column;
        }
        return columns;
    }

    /// <summary>
    /// How well a heading names a column, 0 to 1: the mean over the parts of the column's name of 1 for a part
    /// found whole in the heading, and half the share of its characters found in order for one found only
    /// scattered (a heading wrapped around a stray character).
    /// </summary>
    private static double Score(string heading, string column, string side)
    {
        // 小计 and 合计 head the same column in different layouts (本年支出 · 小计 in the central one, 合计 in Shanghai's).
        (heading, column) = (heading.Replace("小计", "合计", StringComparison.Ordinal), column.Replace("小计", "合计", StringComparison.Ordinal));
        var parts = column.Split('.').Select(p => side.Length > 0 && p.StartsWith(side, StringComparison.Ordinal) && p.Length > side.Length ? p[side.Length..] : p).ToArray();
        return parts.Average(p => heading.Contains(p, StringComparison.Ordinal) ? 1.0 : 0.5 * CommonSubsequence(p, heading) / p.Length);
    }

    private static int CommonSubsequence(string a, string b)
    {
        var row = new int[b.Length + 1];
        foreach (var x in a)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = x == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
