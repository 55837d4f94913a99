using System.Text.RegularExpressions;
using Juesuan.Catalog;

namespace Juesuan.Audit;

/// <summary>
/// The text being audited: its numbers, sentences and paragraphs with their offsets, each number's
/// label (the words before it) and role (a level, or part of a change or share), and the vocabulary of
/// the domain's named quantities.
/// </summary>
internal sealed partial class AuditDocument
{
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<StatedNumber, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly int[] _sentenceOf;
    private readonly int[] _paragraphOf;
    private readonly int[] _starts;
    private readonly HashSet<StatedNumber> _roles = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StatedNumber, string> _labels = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<StatedNumber, string> _rawLabels = new(ReferenceEqualityComparer.Instance);

    public AuditDocument(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
        _original = text;
        (Text, _toOriginal) = Reading(JoinWrappedLines(text));
        text = Text;
        Paragraphs = Split(text, 0, text.Length, c => c == '\n').Where(r => text[r.Start..r.End].Trim().Length > 0).ToArray();
        Sentences = Paragraphs.SelectMany(p => Split(text, p.Start, p.End, IsSentenceEnd)).ToArray();
        (Statements, _statementOfSentence) = JoinedBySemicolons(text, Paragraphs, Sentences);
        Numbers = ZerosLeftOut(NumberScanner.Scan(text));
        // Each number's position in the list, its sentence and its paragraph, found once by one sweep.
        var sentence = 0;
        var paragraph = 0;
        _sentenceOf = new int[Numbers.Count];
        _paragraphOf = new int[Numbers.Count];
        for (var i = 0; i < Numbers.Count; i++)
        {
            var start = Numbers[i].Start;
            _index[Numbers[i]] = i;
            while (sentence < Sentences.Count - 1 && start >= Sentences[sentence].End) sentence++;
            while (paragraph < Paragraphs.Count - 1 && start >= Paragraphs[paragraph].End) paragraph++;
            _sentenceOf[i] = sentence;
            _paragraphOf[i] = paragraph;
        }
        _starts = Numbers.Select(n => n.Start).ToArray();
        _statedYears = StatedYears().ToArray();
        Year = _statedYears.Select(y => y.Year).GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
    }

    /// <summary>
    /// The text as it is read: a line the page width broke in mid-sentence (a long line that ends without
    /// closing punctuation, as text copied from a PDF is) runs on into the next, a mirror's inline pinyin
    /// ("預(yù)算") and a stray space inside a number ("50 .9%") are left out, and traditional characters read as
    /// their simplified forms, so that "預算數" is the same name as "预算数". Offsets into it map back to the text given (<see cref="Span(int, int)"/>).
    /// </summary>
    public string Text { get; }

    /// <summary>The text as given, which spans quote.</summary>
    private readonly string _original;

    /// <summary>For each character of <see cref="Text"/>, its offset in the text given.</summary>
    private readonly int[] _toOriginal;

    private static string JoinWrappedLines(string text)
    {
        var chars = text.ToCharArray();
        foreach (var at in WrappedLines.Breaks(text)) chars[at] = ' ';
        return new string(chars);
    }

    /// <summary>The pinyin mirror sites print after characters ("經(jīng)費", "預(yù)算數(shù)").</summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǘǚǜ]{1,6}\)")]
    private static partial Regex InlinePinyin();

    private static (string Text, int[] ToOriginal) Reading(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var pinyin = InlinePinyin().Match(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (pinyin.Success && i == pinyin.Index)
            {
                i += pinyin.Length - 1;
                pinyin = pinyin.NextMatch();
                continue;
            }
            // "下降50 .9%", "决算支出8 .69万元": a stray space before a decimal point is no gap between two numbers.
            if (text[i] == ' ' && i > 0 && char.IsAsciiDigit(text[i - 1]) && text.AsSpan(i).TrimStart(' ') is [ '.', var digit, .. ] && char.IsAsciiDigit(digit))
                continue;
            chars.Append(SimplifiedVariants.Value.GetValueOrDefault(text[i], text[i]));
            map.Add(i);
        }
        return (chars.ToString(), map.ToArray());
    }

    /// <summary>Traditional characters and their simplified forms (SimplifiedVariants.txt, OpenCC's default character conversion).</summary>
    private static readonly Lazy<Dictionary<char, char>> SimplifiedVariants = new(() =>
    {
        using var stream = typeof(AuditDocument).Assembly.GetManifestResourceStream("Juesuan.Audit.SimplifiedVariants.txt")!;
        using var reader = new StreamReader(stream);
        var pairs = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
            if (line.Length == 2 && line[0] != '#') pairs[line[0]] = line[1];
        return pairs;
    });

    public IReadOnlyList<StatedNumber> Numbers { get; }

    /// <summary>"约3万元", "3万余元", "近3万元": a whole amount the text says is rounded.</summary>
    [GeneratedRegex(@"(约|近|超过|逾|达|多于|不足)\s*$")]
    private static partial Regex RoughBefore();

    [GeneratedRegex(@"^\s*(余|多|左右|以上)")]
    private static partial Regex RoughAfter();

    /// <summary>
    /// "预算为3万元，支出决算为1.71万元": an amount in a statement (its sentences a semicolon joins, and a sentence after it that
    /// opens with 其中 and lists its parts) that writes the same unit with more decimals left its zeros out (3.00万元, 1.40亿元)
    /// rather than rounding, so it is as precise as its neighbours; said rough ("约3万元"), it is not.
    /// </summary>
    private IReadOnlyList<StatedNumber> ZerosLeftOut(IReadOnlyList<StatedNumber> numbers)
    {
        var result = numbers.ToArray();
        if (Statements.Count == 0) return result;
        // "“三公”经费支出10.5万元。其中：因公出国（境）费0万元，…": the list is read with the total it divides.
        var groups = new List<(int Start, int End)>();
        foreach (var statement in Statements)
        {
            if (groups.Count > 0 && Text.AsSpan(statement.Start, statement.End - statement.Start).TrimStart().StartsWith("其中", StringComparison.Ordinal))
                groups[^1] = (groups[^1].Start, statement.End);
            else groups.Add(statement);
        }
        var group = 0;
        var first = 0;
        for (var i = 0; i < result.Length; i = first)
        {
            // The numbers of one group, result[i..last), taken together.
            while (group < groups.Count - 1 && result[i].Start >= groups[group].End) group++;
            var (start, end) = groups[group];
            var last = i;
            while (last < result.Length && result[last].Start < end) last++;
            first = Math.Max(last, i + 1);
            if (result[i].Start < start) continue;
            var within = numbers.Skip(i).Take(last - i).ToArray();
            foreach (var (n, at) in within.Select((n, k) => (n, i + k)))
            {
                if (n.Kind != NumberKind.Money || n.UnitGuessed || n.Value == 0m || n.End > end) continue;
                if (RoughBefore().IsMatch(Text[start..n.Start]) || RoughAfter().IsMatch(Text[n.End..end])) continue;
                // "同比增收0.02亿元" beside "增收1.1亿元" is written finer only because it would show as nothing: a figure below the
                // step of the one compared says nothing of how that one was written.
                var finest = within.Where(o => o != n && o.Kind == NumberKind.Money && o.UnitFactor == n.UnitFactor && o.HasDecimals && Math.Abs(o.Value) >= n.Step / 2)
                    .Select(o => (decimal?)o.Step).Min();
                // "1.4亿元" beside "0.46亿元" is 1.40亿元 too; beside a figure to the yuan in 万元 it is not.
                if (finest is { } step && step < n.Step && (!n.HasDecimals || step >= n.UnitFactor / 100)) result[at] = n with { Step = step };
            }
        }
        return result;
    }

    /// <summary>The index of the sentence holding an offset (the last that starts at or before it), found by binary search.</summary>
    public int SentenceIndexAt(int offset)
    {
        var (low, high) = (0, Sentences.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Sentences[mid].Start <= offset) low = mid;
            else high = mid - 1;
        }
        return low;
    }

    public IReadOnlyList<(int Start, int End)> Paragraphs { get; }
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    /// <summary>
    /// The year the disclosure reports on: the year it names most often, not counting the years it compares
    /// with ("比2018年"); null when it names none (the text alone decides, never the day it is read).
    /// </summary>
    public int? Year { get; }

    /// <summary>
    /// The unit the text writes most of its amounts in (元, 万元 or 亿元; 千元 is shown in 元), for amounts the explanations
    /// state: an auditor reads "1.52万元" beside a text in 万元, not "15,200.00元".
    /// </summary>
    private (decimal Factor, string Name) DisplayUnit => _displayUnit ??= Numbers.Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed)
        .GroupBy(n => n.UnitFactor switch { 100_000_000m => 100_000_000m, 10_000m => 10_000m, _ => 1m })
        .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault() switch
        {
            100_000_000m => (100_000_000m, "亿元"),
            10_000m => (10_000m, "万元"),
            _ => (1m, "元"),
        };

    private (decimal Factor, string Name)? _displayUnit;

    /// <summary>An amount in yuan as the explanations state it: in the text's unit, to the cent at least, exactly.</summary>
    public string Money(decimal yuan) => Money(yuan, DisplayUnit);

    /// <summary>An amount in yuan in a unit of 1, 1,000, 10,000 or 100,000,000 yuan (a table's own, say).</summary>
    public static string Money(decimal yuan, decimal factor) =>
        Money(yuan, (factor, factor switch { 100_000_000m => "亿元", 10_000m => "万元", 1_000m => "千元", _ => "元" }));

    private static string Money(decimal yuan, (decimal Factor, string Name) unit)
    {
        var (factor, name) = unit;
        var value = yuan / factor;
        // As many decimals as the amount needs in that unit, two at least (a yuan figure in 万元 keeps its fen).
        var decimals = 2;
        while (decimals < 8 && Math.Round(value, decimals) != value) decimals++;
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0.00" + new string('#', decimals - 2), System.Globalization.CultureInfo.InvariantCulture) + name;
    }

    /// <summary>
    /// The years named as the year of what follows, in order: not the year compared with ("比2018年"), nor the year a
    /// balance was carried over from ("2019年结转3476.69万元" is this year's opening balance).
    /// </summary>
    private readonly (int Year, int At)[] _statedYears;

    private IEnumerable<(int Year, int At)> StatedYears() => YearPattern().Matches(Text)
        .Where(m => m.Index == 0 || !(Text[m.Index - 1] is '比' or '较' or '較' or '与' or '與'
            // "高于2018年" compares; "关于2017年度…的报告" names its year.
            || (Text[m.Index - 1] is '于' or '於' && !(m.Index >= 2 && Text[m.Index - 2] is '关' or '關'))))
        .Where(m => !CarriedOver().IsMatch(Text, m.Index + m.Length))
        .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Index));

    [GeneratedRegex(@"\G度?(结转|结余|結轉|結餘)")]
    private static partial Regex CarriedOver();

    /// <summary>
    /// The year a figure is stated for: the last year named before it in its sentence
    /// ("2021年度“三公”经费合计支出20.12万元，其中：公务接待12.39万元" — both of 2021), or null.
    /// </summary>
    public int? YearOf(StatedNumber n) => StatedYearBefore(n.Start, StatementStart(n)) is { } stated ? stated.Year : null;

    /// <summary>The last year named as the year of what follows (not one compared with) between two offsets, and where.</summary>
    public (int Year, int At)? StatedYearBefore(int offset, int from)
    {
        var (low, high) = (0, _statedYears.Length - 1);
        var found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_statedYears[mid].At < offset) (found, low) = (mid, mid + 1);
            else high = mid - 1;
        }
        return found >= 0 && _statedYears[found].At >= from ? _statedYears[found] : null;
    }

    /// <summary>
    /// 陈述 — the sentences of a paragraph that only semicolons part, read as one: "2016年度支出合计628万元，其中：
    /// 基本支出230万元…；项目支出398万元…" is one statement, of 2016, and its list runs to its end.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Statements { get; }

    /// <summary>For each sentence, the statement it belongs to.</summary>
    private readonly int[] _statementOfSentence;

    private static ((int Start, int End)[] Statements, int[] OfSentence) JoinedBySemicolons(string text,
        IReadOnlyList<(int Start, int End)> paragraphs, IReadOnlyList<(int Start, int End)> sentences)
    {
        var statements = new List<(int Start, int End)>();
        var of = new int[sentences.Count];
        var paragraph = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var previousParagraph = paragraph;
            while (paragraph < paragraphs.Count - 1 && sentences[i].Start >= paragraphs[paragraph].End) paragraph++;
            if (i > 0 && paragraph == previousParagraph && text[sentences[i - 1].End - 1] is '；' or ';')
                statements[^1] = (statements[^1].Start, sentences[i].End);
            else
                statements.Add(sentences[i]);
            of[i] = statements.Count - 1;
        }
        return (statements.ToArray(), of);
    }

    /// <summary>The statement holding an offset.</summary>
    public (int Start, int End) StatementAt(int offset) => Statements[_statementOfSentence[SentenceIndexAt(offset)]];

    private int StatementStart(StatedNumber n) => Statements[_statementOfSentence[_sentenceOf[_index[n]]]].Start;

    [GeneratedRegex(@"一般公共预算|政府性基金|国有资本经营|社会保险基金")]
    private static partial Regex BudgetKind();

    [GeneratedRegex(@"[省市县区镇乡]本级|全[国省市县区镇乡](?!本级)|本级")]
    private static partial Regex Scope();

    /// <summary>
    /// Which of a government's budgets (一般公共预算, 政府性基金 …) and which level (全区, 区本级) the paragraph holding a
    /// figure last named before it, or the heading line just above: a report states each budget's figures under the same names.
    /// </summary>
    public (string Budget, string Scope) BudgetAndScopeOf(StatedNumber n)
    {
        var paragraph = ParagraphOf(n);
        var before = Text[Paragraphs[paragraph].Start..n.Start];
        var heading = paragraph > 0 && Paragraphs[paragraph - 1].End - Paragraphs[paragraph - 1].Start <= 30 ? Text[Paragraphs[paragraph - 1].Start..Paragraphs[paragraph - 1].End] : "";
        string Last(Regex r) => r.Matches(before).LastOrDefault()?.Value ?? r.Matches(heading).LastOrDefault()?.Value ?? "";
        // A township is the lowest level of government: 全镇 is the 镇本级.
        var scope = Last(Scope()) switch { "全镇" or "镇本级" or "全乡" or "乡本级" => "乡镇", var other => other };
        // "剔除高新区后：" heading a paragraph: its figures are of a narrower scope than the same names' before it.
        if (Leaving().Match(heading) is { Success: true } leaving) scope += leaving.Value;
        return (Last(BudgetKind()), scope);
    }

    /// <summary>The outline marker opening a figure's clause: "一、", "（一）", "1." or "（1）".</summary>
    [GeneratedRegex(@"^\s*(?:(?<l1>[一二三四五六七八九十]+、)|(?<l2>[（(][一二三四五六七八九十]+[)）])|(?<l3>[0-9]{1,2}[、.．](?![0-9]))|(?<l4>[（(][0-9]{1,2}[)）]))")]
    private static partial Regex OutlineMarker();

    /// <summary>
    /// The outline level a figure's clause opens with (1 for "三、", 2 for "（五）", 3 for "1.", 4 for "（1）"), else 0: "（五）其他支出"
    /// under a section and "三、其他支出" are two items that share a name.
    /// </summary>
    public int OutlineLevelOf(StatedNumber n)
    {
        var m = OutlineMarker().Match(Text[ClauseStart(n.Start, SentenceOf(n).Start)..n.Start]);
        return !m.Success ? 0 : m.Groups["l1"].Success ? 1 : m.Groups["l2"].Success ? 2 : m.Groups["l3"].Success ? 3 : 4;
    }

    /// <summary>The words that leave a part out of an amount or a scope: "不含…", "剔除…".</summary>
    internal const string LeavingOut = "不含|不包括|剔除|扣除|除去";

    [GeneratedRegex(@"(" + LeavingOut + @")[^，。；：:]{1,20}")]
    private static partial Regex Leaving();

    /// <summary>A line that is only a unit's name ("市公安局"): what follows it, to the next such line, is that unit's.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()]{1,20}(部|局|委员会|委|厅|办公室|办|院|中心|学校|小学|中学|幼儿园|医院|政府|街道办事处|街道|镇|乡|公司|馆|所|站|队)$")]
    private static partial Regex UnitHeading();

    /// <summary>"农业农村部2020年度财政拨款收入", "以人力资源和社保部为例，2020年度…": the unit a figure's own words name.</summary>
    [GeneratedRegex(@"以(?<unit>[^，,。；]{2,20}?)为例|^(?<unit>[\p{IsCJKUnifiedIdeographs}]{1,20}(部|局|委员会|委|厅|办公室|院|中心|学校|医院|政府|街道|镇|乡|公司))(?=20\d\d年)")]
    private static partial Regex NamedUnit();

    private string[]? _unitHeadings;

    /// <summary>
    /// Whether two figures can be of one unit: under the same heading that names a unit (or both under none), and not
    /// named with two different units.
    /// </summary>
    public bool SameUnit(StatedNumber a, StatedNumber b)
    {
        if (_unitHeadings is null)
        {
            _unitHeadings = new string[Paragraphs.Count];
            var current = "";
            for (var i = 0; i < Paragraphs.Count; i++)
            {
                var line = Text[Paragraphs[i].Start..Paragraphs[i].End].Trim();
                if (UnitHeading().IsMatch(line)) current = line;
                _unitHeadings[i] = current;
            }
        }
        if (_unitHeadings[ParagraphOf(a)] != _unitHeadings[ParagraphOf(b)]) return false;
        var (x, y) = (UnitNamedWith(a), UnitNamedWith(b));
        return x.Length == 0 || y.Length == 0 || x == y;
    }

    private readonly Dictionary<StatedNumber, string> _unitsNamed = new(ReferenceEqualityComparer.Instance);

    /// <summary>The unit a figure's sentence names before it, or its own words do; found once a figure.</summary>
    private string UnitNamedWith(StatedNumber n)
    {
        if (_unitsNamed.TryGetValue(n, out var found)) return found;
        var sentence = SentenceOf(n);
        var before = Text[sentence.Start..n.Start];
        return _unitsNamed[n] = NamedUnit().Matches(before).LastOrDefault() is { } m ? m.Groups["unit"].Value.Trim()
            : NamedUnit().Match(RawLabel(n)) is { Success: true } own ? own.Groups["unit"].Value.Trim() : "";
    }

    /// <summary>The amount a part listed after 其中 belongs to: the last amount before that 其中 in its statement, or null.</summary>
    public StatedNumber? WholeOf(StatedNumber part)
    {
        var start = StatementStart(part);
        var at = Text.LastIndexOf("其中", part.Start, part.Start - start, StringComparison.Ordinal);
        return at < 0 ? null : NumbersIn((start, at)).LastOrDefault(n => n.Kind == NumberKind.Money);
    }

    private Dictionary<(int, string), List<StatedNumber>>? _byYearAndLabel;

    /// <summary>A figure of a named quantity stated for an earlier year ("2021年度…公务接待12.39万元"), the latest one before a position.</summary>
    public StatedNumber? PriorLevel(string label, int year, int before)
    {
        _byYearAndLabel ??= Numbers.Where(n => n.Kind == NumberKind.Money).Select(n => (Number: n, Year: YearOf(n))).Where(x => x.Year is not null)
            .GroupBy(x => (x.Year!.Value, Label(x.Number)), x => x.Number).ToDictionary(g => g.Key, g => g.ToList());
        return _byYearAndLabel.GetValueOrDefault((year, label))?.LastOrDefault(n => n.Start < before && !HasRole(n));
    }

    [GeneratedRegex(@"(20\d\d)年")]
    private static partial Regex YearPattern();

    private static IEnumerable<(int Start, int End)> Split(string text, int start, int end, Func<char, bool> isEnd)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (!isEnd(text[i])) continue;
            if (text[i] == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1])) continue;
            if (text[i] == '.' && IsOutlineNumber(text, i)) continue;
            yield return (from, i + 1);
            from = i + 1;
        }
        if (from < end) yield return (from, end);
    }

    /// <summary>"其中：1.财政拨款收入…；2.事业收入…": the point after an item's number opening a clause ends no sentence.</summary>
    private static bool IsOutlineNumber(string text, int point)
    {
        var digits = point;
        while (digits > 0 && point - digits < 2 && char.IsAsciiDigit(text[digits - 1])) digits--;
        return digits < point && (digits == 0 || text[digits - 1] is '：' or ':' or '；' or ';' or '，' or ',' or '。' or '\n' or ' ' or '\t')
            && point + 1 < text.Length && text[point + 1] >= '\u4e00' && text[point + 1] <= '\u9fff';
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '；' or ';' or '！' or '？' or '.';

    public TextSpan Span(StatedNumber n) => Span(n.Start, n.End);

    /// <summary>Where an offset of the text given (a span's start) falls in <see cref="Text"/>.</summary>
    public int ReadingOffset(int original)
    {
        var at = Array.BinarySearch(_toOriginal, original);
        return at >= 0 ? at : ~at;
    }

    /// <summary>A stretch of <see cref="Text"/>, as the text given has it: where it starts there, and what it quotes.</summary>
    public TextSpan Span(int start, int end)
    {
        var last = _toOriginal.Length;
        (start, end) = (start < last ? _toOriginal[start] : _original.Length, end > start && end - 1 < last ? _toOriginal[end - 1] + 1 : start < last ? _toOriginal[start] : _original.Length);
        var line = _lineStarts.BinarySearch(start);
        if (line < 0) line = ~line - 1;
        return new TextSpan(start, end - start, line + 1, start - _lineStarts[line] + 1, _original[start..end]);
    }

    public (int Start, int End) SentenceOf(StatedNumber n) => Sentences[_sentenceOf[_index[n]]];

    public int ParagraphOf(StatedNumber n) => _paragraphOf[_index[n]];

    public int ParagraphStart(StatedNumber n) => Paragraphs[ParagraphOf(n)].Start;

    /// <summary>The paragraph holding an offset.</summary>
    public (int Start, int End) ParagraphAt(int offset)
    {
        var (low, high) = (0, Paragraphs.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Paragraphs[mid].Start <= offset) low = mid;
            else high = mid - 1;
        }
        return Paragraphs[low];
    }

    /// <summary>The numbers that start within a range, found by binary search.</summary>
    public IEnumerable<StatedNumber> NumbersIn((int Start, int End) range)
    {
        var i = Array.BinarySearch(_starts, range.Start);
        if (i < 0) i = ~i;
        for (; i < Numbers.Count && Numbers[i].Start < range.End; i++) yield return Numbers[i];
    }

    /// <summary>Where the clause holding an offset starts: after the last comma or colon before it, within the sentence.</summary>
    public int ClauseStart(int at, int sentenceStart)
    {
        for (var i = at - 1; i >= sentenceStart; i--)
            if (Text[i] is '，' or ',' or '：' or ':') return i + 1;
        return sentenceStart;
    }

    private readonly HashSet<StatedNumber> _changes = new(ReferenceEqualityComparer.Instance);

    public void SetRole(StatedNumber n)
    {
        // A number given a role is no longer a level: it leaves its label's list (not the whole index rebuilt, which made the audit quadratic).
        if (_roles.Add(n) && n.Kind == NumberKind.Money && _levelsByLabel is not null && _levelsByLabel.TryGetValue(Label(n), out var list)) list.Remove(n);
    }

    /// <summary>Marks a number as part of a change against last year (its difference, prior figure or percentage).</summary>
    public void SetChangeRole(StatedNumber n)
    {
        SetRole(n);
        _changes.Add(n);
    }

    public bool IsChange(StatedNumber n) => _changes.Contains(n);

    /// <summary>Whether a number is already part of a change or a share (a difference, a prior figure, a percentage).</summary>
    public bool HasRole(StatedNumber n) => _roles.Contains(n);

    /// <summary>The words before a number, back to the previous punctuation or number.</summary>
    public string RawLabel(StatedNumber n)
    {
        if (_rawLabels.TryGetValue(n, out var cached)) return cached;
        var start = n.Start;
        var index = _index[n];
        var previous = index > 0 ? Numbers[index - 1] : null;
        var floor = previous is not null && ParagraphOf(previous) == ParagraphOf(n) ? previous.End : Paragraphs[ParagraphOf(n)].Start;
        // "收、支总计": a 、 between two single characters joins them into one name.
        // "收入总计：100万元", "支出总计,867.48万元": a colon or comma straight before the figure ends no name.
        if (start > floor && Text[start - 1] is '：' or ':' or '，' or ',') start--;
        // "一般公共服务支出（类）2106.66万元": the level of the classification in brackets is no part of the name.
        if (ClassLevel().Match(Text, floor, start - floor) is { Success: true } level && level.Index + level.Length == start) start = level.Index;
        var end = start;
        while (start > floor && (!IsLabelBoundary(Text[start - 1]) || (Text[start - 1] == '、' && start - 2 >= floor && Text[start - 2] == '收' && Text[start] == '支'))) start--;
        return _rawLabels[n] = Text[start..end];
    }

    [GeneratedRegex(@"[（(](类|款|项)[）)]\s*$")]
    private static partial Regex ClassLevel();

    private static bool IsLabelBoundary(char c) => c is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '、' or '\n' or '（' or '(' or '）' or ')' or '.';

    /// <summary>The normalised label of a number: the name of the quantity it states.</summary>
    public string Label(StatedNumber n) => _labels.TryGetValue(n, out var label) ? label : _labels[n] = Normalize(RawLabel(n));

    [GeneratedRegex(@"^[^，。；、]{1,40}?(?=20\d\d年度)")]
    private static partial Regex UnitAndYear();

    /// <summary>Words before a quantity's name that are not of it: its year, its unit, the list it opens, an item's number ("1、", "（2）").</summary>
    [GeneratedRegex(@"^(20\d\d(?=年末)|20\d\d年度?|本年度|年度|全年|本单位|本部门|我单位|其中|主要包括|包括|共计|合计为|决算|以及|和(?!平)|及(?!时)|[0-9]{1,2}[、．](?![0-9])|[（(][0-9一二三四五六七八九十]{1,2}[)）])+")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"(为|為|是|达到|達到|达|達|共计|共計|约|約|的|数为|數為|总额为|總額為|均为|均|各)+$")]
    private static partial Regex TrailingWords();

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["总收入"] = "收入总计",
        ["总支出"] = "支出总计",
        ["总支出数"] = "支出总计",
        ["支出总数"] = "支出总计",
        ["本年收入"] = "本年收入合计",
        ["本年支出"] = "本年支出合计",
        ["收、支总计"] = "收入支出总计",
        ["收总计"] = "收入总计",
        ["支总计"] = "支出总计",
        ["收支总计"] = "收入支出总计",
        ["财政拨款收入合计"] = "财政拨款收入总计",
        ["财政拨款支出合计"] = "财政拨款支出总计",
        ["三公经费"] = "“三公”经费",
        ["三公经费支出"] = "“三公”经费",
    };

    public static string Normalize(string raw)
    {
        var s = raw.Trim().TrimEnd('：', ':', '，', ',').Replace(" ", "").Replace("“", "").Replace("”", "").Replace("\"", "");
        // 公共财政预算 is what 一般公共预算 was called before 2014.
        s = s.Replace("一般公共财政预算", "一般公共预算").Replace("公共财政预算", "一般公共预算");
        // "财政拨款收入、支出总计", "财政拨款收入支出决算总计": both totals at once, which are one figure.
        s = s.Replace("收入、支出", "收入支出").Replace("收入支出决算总计", "收入支出总计");
        // "上海市普陀区财政局2024年度收入支出总计": the unit and the year before the quantity's name are not part of it.
        s = UnitAndYear().Replace(s, "");
        for (var previous = ""; previous != s;)
        {
            previous = s;
            s = LeadingWords().Replace(s, "");
            s = TrailingWords().Replace(s, "");
        }
        if (s.EndsWith('元')) s = s[..^1];
        return Synonyms.GetValueOrDefault(s, s.Replace("三公经费", "“三公”经费"));
    }

    /// <summary>The totals a share without a stated base is tried against, those nearest the part first.</summary>
    private static readonly HashSet<string> TotalLabels =
    [
        "收入总计", "支出总计", "本年收入合计", "本年支出合计", "财政拨款收入总计", "财政拨款支出总计", "财政拨款收入", "财政拨款支出",
        "一般公共预算财政拨款收入", "一般公共预算财政拨款支出", "决算支出总计",
    ];

    /// <summary>Whether an amount is stated as a total: named as one of the accounts' totals, written 总计 or 合计, or named 总额.</summary>
    public bool IsTotal(StatedNumber n) => TotalLabels.Contains(Label(n)) || RawLabel(n).Contains("总计") || RawLabel(n).Contains("合计") || Label(n).EndsWith("总额", StringComparison.Ordinal);

    public IReadOnlyList<StatedNumber> Totals((int Start, int End) sentence, StatedNumber part)
    {
        bool IsTotal(StatedNumber n) => n != part && this.IsTotal(n);
        var inSentence = NumbersIn((sentence.Start, part.Start)).Where(n => n.Kind == NumberKind.Money && IsLevel(n) && IsTotal(n)).Reverse();
        var documentTotals = NearestTotals(part);
        var paragraph = Paragraphs[ParagraphOf(part)];
        var inParagraph = NumbersIn((paragraph.Start, part.Start)).Where(n => n.Kind == NumberKind.Money && IsLevel(n) && IsTotal(n));
        // "…决算为22.62万元。其中公务接待费为20.10万元，占88.86%": the amount that 其中 divides.
        var whole = Text.LastIndexOf("其中", part.Start, part.Start - paragraph.Start, StringComparison.Ordinal) is var at and >= 0
            ? NumbersIn((paragraph.Start, at)).LastOrDefault(n => n.Kind == NumberKind.Money && IsLevel(n))
            : null;
        return (whole is null ? inSentence : inSentence.Prepend(whole)).Concat(inParagraph).Concat(documentTotals).Distinct().ToArray();
    }

    /// <summary>How many of the document's totals before a share (and after it) it is tried against: the nearest, so that a long text is audited in linear time.</summary>
    private const int TotalsBefore = 32, TotalsAfter = 8;

    private StatedNumber[]? _totals;
    private int[]? _totalStarts;

    /// <summary>The document's totals nearest a share's part, in document order: those just before it, then a few after.</summary>
    private IEnumerable<StatedNumber> NearestTotals(StatedNumber part)
    {
        if (_totals is null || _totalStarts is null)
        {
            _totals = LevelsByLabel().Where(g => TotalLabels.Contains(g.Key)).SelectMany(g => g.Value).OrderBy(n => n.Start).ToArray();
            _totalStarts = _totals.Select(n => n.Start).ToArray();
        }
        var at = Array.BinarySearch(_totalStarts, part.Start);
        if (at < 0) at = ~at;
        return _totals[Math.Max(0, at - TotalsBefore)..Math.Min(_totals.Length, at + TotalsAfter)].Where(n => n != part && !HasRole(n));
    }

    public IEnumerable<StatedNumber> LevelsLabelled(string label) => LevelsByLabel().GetValueOrDefault(label) ?? [];

    /// <summary>Level amounts whose label ends with a name ("财政部2019年度政府采购支出总额" for "政府采购支出总额").</summary>
    public IEnumerable<StatedNumber> LevelsEndingWith(string label) =>
        label.Length < 4 ? [] : LevelsByLabel().Where(g => g.Key.EndsWith(label, StringComparison.Ordinal)).SelectMany(g => g.Value).OrderBy(n => n.Start);

    /// <summary>The words a named base may end with that name no other quantity ("采购总量", "财政支出总额").</summary>
    [GeneratedRegex(@"(总量|总额|总计|合计|总数|总规模|规模|总金额|金额|总和)$")]
    private static partial Regex MeasureWords();

    [GeneratedRegex(@"^(全国|全省|全市|全县|全区|省级|市级|县级|区级|本级|本单位|本部门)")]
    private static partial Regex AreaPrefix();

    /// <summary>
    /// Level amounts for a base a share names as no figure is labelled: "支出总预算" is the "收支总预算" (收入 and 支出
    /// of a budget are one total), and "采购总量" or "全市财政支出总量" is what the text states before the share as
    /// "实际完成采购金额" or "全市财政支出完成" — the name without its measure word, ending the label or followed by one.
    /// </summary>
    public IEnumerable<StatedNumber> LevelsNamedLike(string label, int before)
    {
        // Found once per name: a long text's shares name few bases, and each search goes through every label.
        if (!_namedLike.TryGetValue(label, out var found)) _namedLike[label] = found = NamedLike(label);
        return found.Combined.Length > 0 ? found.Combined.Where(n => !HasRole(n)) : found.Core.Where(n => n.Start < before && !HasRole(n));
    }

    /// <summary>Whether a share's base is named by its area alone ("占全市53.8%"), not by a quantity.</summary>
    public static bool IsAreaOnly(string label) => AreaPrefix().Match(label) is { Success: true } m && m.Length == label.Length;

    /// <summary>
    /// "全市行政单位资产总额2,134亿元，占全市53.8%": the same quantity over the area — level amounts whose label ends the part's
    /// ("资产总额"), the part left out.
    /// </summary>
    public IEnumerable<StatedNumber> LevelsMeasuredLike(StatedNumber part)
    {
        var label = Label(part);
        return LevelsByLabel().Where(g => g.Key.Length >= 2 && g.Key.Length < label.Length && label.EndsWith(g.Key, StringComparison.Ordinal) && !IsVocabulary(g.Key))
            .SelectMany(g => g.Value).Where(n => n != part && !HasRole(n)).OrderBy(n => n.Start);
    }

    private readonly Dictionary<string, (StatedNumber[] Combined, StatedNumber[] Core)> _namedLike = new(StringComparer.Ordinal);

    private (StatedNumber[] Combined, StatedNumber[] Core) NamedLike(string label)
    {
        foreach (var combined in new[] { label.Replace("支出总", "收支总"), label.Replace("收入总", "收支总") }.Where(l => l != label))
            if (LevelsEndingWith(combined).ToArray() is { Length: > 0 } found) return (found, []);
        var core = AreaPrefix().Replace(MeasureWords().Replace(label, ""), "");
        // "占全国教育经费总投入的9.07%" is not of "全省地方教育经费总投入": a figure named for another area is another total.
        var area = AreaPrefix().Match(label).Value;
        bool OtherArea(string key) => area.Length > 0 && AreaPrefix().Match(key) is { Success: true } m && m.Value != area;
        Func<string, bool>? named =
            // "占地方财政收入66.19%" of "地方财政收入完成100223万元": the figure of the year, written as what was completed.
            // So is "全县一般公共预算收入完成8.5亿元" for "一般公共预算收入".
            core == label && label.Length >= 4 ? key => AreaPrefix().Replace(key, "") is var bare && (bare == label + "完成" || bare == label + "累计完成")
            : core.Length < 2 || core == label || core is "支出" or "收入" or "经费" or "资金" ? null
            // A named quantity of the accounts (基本支出, 项目支出 …) is a part of some total, never the total a share names otherwise.
            : key => !IsVocabulary(key) && !OtherArea(key) && (key.EndsWith(core, StringComparison.Ordinal)
                || (key.LastIndexOf(core, StringComparison.Ordinal) is var at and >= 0 && MeasureWords().IsMatch(key[(at + core.Length)..]) || key.EndsWith(core + "完成", StringComparison.Ordinal)));
        return named is null ? ([], []) : ([], LevelsByLabel().Where(g => named(g.Key)).SelectMany(g => g.Value).OrderBy(n => n.Start).ToArray());
    }

    private Dictionary<string, List<StatedNumber>>? _levelsByLabel;

    /// <summary>The level amounts by label, rebuilt after a number is given a role.</summary>
    private Dictionary<string, List<StatedNumber>> LevelsByLabel() =>
        _levelsByLabel ??= Levels().GroupBy(Label).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>The level amount of a quantity nearest before an offset (else the first after it).</summary>
    public StatedNumber? LevelValue(string label, int before)
    {
        var all = LevelsLabelled(label).ToArray();
        return all.LastOrDefault(n => n.Start < before) ?? all.FirstOrDefault();
    }

    /// <summary>Amounts that state a quantity of the year: not a difference, a prior-year figure or a share.</summary>
    public IEnumerable<StatedNumber> Levels() => Numbers.Where(n => n.Kind == NumberKind.Money && IsLevel(n));

    public bool IsLevelAmount(StatedNumber n) => IsLevel(n);

    private bool IsLevel(StatedNumber n) => IsFigureOfTheYear(n) && Label(n).Length >= 2;

    /// <summary>An amount of the year, named or not ("各是4125.49,4143.91万元"): not a difference, a prior-year figure or a share.</summary>
    public bool IsFigureOfTheYear(StatedNumber n) => !HasRole(n) && !IsOfAnEarlierYear(n) && !ChangeAmount().IsMatch(RawLabel(n));

    /// <summary>"…增加136.12万元": an amount its words call a change is no level, whatever comparison it belongs to.</summary>
    [GeneratedRegex(@"(增加|减少|增长|下降|降低|提高|上升|增收|减收|增支|减支)了?\s*$")]
    private static partial Regex ChangeAmount();

    /// <summary>A figure its words or its sentence's year put in an earlier year than the text's (上年, 去年, "2014年度…").</summary>
    public bool IsOfAnEarlierYear(StatedNumber n)
    {
        var raw = RawLabel(n);
        // "上年结转和结余" is this year's opening balance, not a figure of the year before.
        if ((raw.Contains("上年") && !raw.Contains("上年结转") && !raw.Contains("上年结余")) || raw.Contains("去年") || raw.Contains("上一年")) return true;
        var years = YearPattern().Matches(raw).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return years.Any(y => y < Year) || YearOf(n) < Year;
    }

    private static readonly Lazy<HashSet<string>> Vocabulary = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal)
        {
            "收入总计", "支出总计", "本年收入合计", "本年支出合计", "财政拨款收入", "财政拨款支出", "财政拨款收入总计", "财政拨款支出总计",
            "一般公共预算财政拨款收入", "一般公共预算财政拨款支出", "基本支出", "项目支出", "人员经费", "公用经费", "“三公”经费", "机关运行经费",
            "政府采购支出", "年初结转和结余", "年末结转和结余", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入",
            "使用非财政拨款结余", "结余分配", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费",
        };
        foreach (var year in CodeCatalogs.EditionYears)
            foreach (var code in CodeCatalogs.ForYear(year)!.Codes)
                words.Add(code.Name);
        return words;
    });

    /// <summary>Whether a label names a quantity of the domain (a figure of the tables, or a classification name).</summary>
    public bool IsVocabulary(string label) =>
        // "人员经费支出", "公务接待费支出": a quantity of the domain named with the word 支出 after it; "社会保障与就业支出" with 与
        // for 和.
        Vocabulary.Value.Contains(label) || (label.EndsWith("费支出", StringComparison.Ordinal) && Vocabulary.Value.Contains(label[..^2]))
        || (label.Contains('与') && Vocabulary.Value.Contains(label.Replace('与', '和')));
}
