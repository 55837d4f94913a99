using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>How far after a 基本支出 its 人员经费 and 公用经费 are looked for: the rest of its section.</summary>
    private const int DecompositionReach = 800;

    /// <summary>
    /// 部分之和 — a total against the parts it consists of by definition: a 基本支出 is its 人员经费 and its
    /// 公用经费, whatever the wording between them, so the two stated after it must add to it; a “三公” total is its
    /// three items; a 收入总计 or 支出合计 is the sum of the kinds of income or expenditure the tables define it by.
    /// Any other list after 其中 may leave items out: its parts can prove only that they exceed their whole.
    /// </summary>
    private static void SumsOfParts(AuditDocument doc, List<Claim> claims, StatedNumber[] totals)
    {
        foreach (var total in doc.Levels().Where(n => Components.ContainsKey(doc.Label(n))).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, total, () => TotalOfComponents(doc, claims, total));
        foreach (var total in doc.Levels().Where(n => doc.Label(n).EndsWith("基本支出", StringComparison.Ordinal)).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, total, () => PersonnelAndPublic(doc, claims, total));
        for (var i = 0; i < totals.Length; i++)
        {
            var total = totals[i];
            var end = Math.Min(i + 1 < totals.Length ? totals[i + 1].Start : doc.Text.Length, total.End + DecompositionReach);
            Guarded(doc, claims, ClaimKind.SumOfParts, total, () => ThreePublicSum(doc, claims, total, end));
        }
        foreach (var total in doc.Levels().Where(n => ClosingSum().IsMatch(doc.RawLabel(n))).ToArray())
            Guarded(doc, claims, ClaimKind.SumOfParts, total, () => EnumeratedTotal(doc, claims, total));
        foreach (Match m in CountedDivision().Matches(doc.Text))
            Guarded(doc, claims, ClaimKind.SumOfParts, m.Index, m.Index + m.Length, () => CountedParts(doc, claims, m));
        var summed = claims.Where(c => c.Kind == ClaimKind.SumOfParts).Select(c => c.Span.Start).ToHashSet();
        foreach (Match m in ListOpening().Matches(doc.Text))
        {
            Guarded(doc, claims, ClaimKind.SumOfParts, m.Index, m.Index + m.Length, () => ListedParts(doc, claims, m.Index, m.Length, summed));
            Guarded(doc, claims, ClaimKind.SumOfParts, m.Index, m.Index + m.Length, () => UnitSlipInList(doc, claims, m.Index, m.Index + m.Length));
        }
        BracketedParts(doc, claims, claims.Where(c => c.Kind == ClaimKind.SumOfParts).Select(c => c.Span.Start).ToHashSet());
    }

    /// <summary>
    /// "民生支出累计完成131385万元。其中：教育支出29104元；文化旅游体育与传媒支出2267万元；…": one part written in 元 among
    /// parts and a whole in 万元, which add up to the whole exactly when it is read in 万元 too, is a slip of its unit.
    /// </summary>
    private static void UnitSlipInList(AuditDocument doc, List<Claim> claims, int at, int listStart)
    {
        var before = doc.NumbersIn((doc.ParagraphAt(at).Start, at)).LastOrDefault(n => n.Kind == NumberKind.Money && !n.UnitGuessed && !doc.IsChange(n));
        var end = doc.StatementAt(at).End;
        if (before is null || end <= listStart) return;
        // The first amount of each clause after 其中.
        var parts = new List<StatedNumber>();
        var clauseStart = listStart;
        for (var i = listStart; i <= end; i++)
        {
            if (i < end && doc.Text[i] is not ('，' or ',' or '；' or ';' or '、' or '。')) continue;
            if (doc.NumbersIn((clauseStart, i)).FirstOrDefault(n => n.Kind == NumberKind.Money && !n.UnitGuessed && !doc.IsChange(n)) is { } part) parts.Add(part);
            clauseStart = i + 1;
        }
        var slipped = parts.Where(p => p.UnitFactor < before.UnitFactor).ToArray();
        if (parts.Count < 3 || slipped.Length != 1 || parts.Count(p => p.UnitFactor == before.UnitFactor) != parts.Count - 1) return;
        var slip = slipped[0];
        var meant = slip.Interval.Scale(before.UnitFactor / slip.UnitFactor);
        var others = parts.Where(p => p != slip).Aggregate(Interval.Zero, (acc, p) => acc + p.Interval);
        if (!(others + meant).Meets(before.Interval) || (others + slip.Interval).Meets(before.Interval)) return;
        var unit = before.UnitFactor == 100_000_000m ? "亿元" : "万元";
        claims.Add(new Claim(ClaimKind.SumOfParts, ClaimVerdict.Contradicted, doc.Span(slip), slip.Text, slip.Value * before.UnitFactor / slip.UnitFactor, meant.Low, meant.High, null,
            $"其中所列各项与 {before.Text.Trim()} 同以{unit}计，唯此项写作“{slip.Text.Trim()}”；按{unit}读，各项之和正好等于 {before.Text.Trim()}，单位多半写错。"));
    }

    [GeneratedRegex(@"(其中|主要用于|用于(?=[：:])|包括)[：:，,]?")]
    private static partial Regex ListOpening();

    /// <summary>"收入总计", "支出总量为", "合计": the words that close an enumeration with its sum.</summary>
    [GeneratedRegex(@"^\s*(收入|支出)?(总计|总量|合计|共计|總計|總量|合計|共計)(为|為|是|达到|達到)?\s*$")]
    private static partial Regex ClosingSum();

    /// <summary>What a clause of an enumeration may not say: a part of a part, a change, a share.</summary>
    [GeneratedRegex(@"其中|比|较|較|同比|增|减|減|下降|占|佔|%|％")]
    private static partial Regex NotAnItem();

    /// <summary>"加上", "加", "再加": an amount added to those before it ("加上年结余" adds 上年结余, "加上级补助收入" 上级补助收入;
    /// 附加 and 追加 are words of their own).</summary>
    [GeneratedRegex(@"(再)?(?<![附追增])加(上(?![年级級]))?[：:]?")]
    private static partial Regex Added();

    /// <summary>"合计", "共计": the sum of what a list names, even of a list after 其中.</summary>
    [GeneratedRegex(@"^\s*(合计|共计|合計|共計)")]
    private static partial Regex Summed();

    /// <summary>A list that names only some of its whole's parts.</summary>
    [GeneratedRegex(@"(其中|主要|包括|包含)[^，。；]*$")]
    private static partial Regex PartialList();

    /// <summary>
    /// 收支平衡 — "一般公共预算支出完成70.16亿元。加上上解支出1.13亿元、…以及结转下年4.3亿元后，支出总计84.65亿元" and
    /// "平衡情况是：地方一般公共预算收入完成107,150万元、返还性收入18,345万元、…，收入总量为610,013万元": a sum stated right
    /// after the amounts it is of, in a sentence that lists them and nothing else, is their sum, neither more nor less. The
    /// amount the list is added to is named before 加上, or stated in the clause before it, or first in the sentence, or
    /// first in the paragraph.
    /// </summary>
    private static void EnumeratedTotal(AuditDocument doc, List<Claim> claims, StatedNumber total)
    {
        var statement = doc.StatementAt(total.Start);
        var labelStart = total.Start - doc.RawLabel(total).Length;
        if (labelStart <= statement.Start || doc.Text[labelStart - 1] is not ('，' or ',')) return;
        var listEnd = statement.Start + doc.Text[statement.Start..(labelStart - 1)].TrimEnd().TrimEnd('后', '後').Length;
        var clauses = Clauses(doc, statement.Start, listEnd);
        var parts = new List<StatedNumber>();
        StatedNumber? @base = null;
        var addedAt = -1;
        var k = clauses.Count - 1;
        for (; k >= 0 && @base is null; k--)
        {
            var (start, end, text) = clauses[k];
            // "其中国税1986万元，非税收入16万元，上级拨款2085万元，合计3988万元": 合计 sums what the list names.
            if (Summed().IsMatch(doc.RawLabel(total)) && text.StartsWith("其中", StringComparison.Ordinal)) text = text[2..];
            var added = Added().Match(text);
            // What brackets hold ("年终结余4558万元（其中：本级791万元）") explains the item before it.
            var numbers = doc.NumbersIn((start, end)).Where(n => !OpenedBefore(doc.Text[start..n.Start])).ToArray();
            if (numbers.Length != 1 || numbers[0].Kind != NumberKind.Money || numbers[0].UnitGuessed || doc.IsChange(numbers[0])
                || NotAnItem().IsMatch(added.Success ? text[(added.Index + added.Length)..] : text) || (added.Success && numbers[0].Start < start + added.Index)) break;
            if (addedAt >= 0 && !added.Success) @base = numbers[0];
            else parts.Add(numbers[0]);
            if (!added.Success) continue;
            addedAt = start + added.Index;
            // "县级一般公共预算收入加上…": the amount added to is named, its figure stated before.
            var named = AuditDocument.Normalize(text[..added.Index].TrimStart('以', '及'));
            if (named.Length < 2) continue;
            @base = doc.NumbersIn((doc.ParagraphAt(addedAt).Start, addedAt)).LastOrDefault(n => Amount(n) && doc.Label(n) == named);
            if (@base is null) return;
        }
        if (parts.Count == 0) return;
        var bases = new List<StatedNumber>();
        var before = addedAt >= 0 ? doc.NumbersIn((statement.Start, addedAt)).Where(Amount).ToArray() : [];
        if (addedAt >= 0)
        {
            // Unnamed, the amount added to is the first of the sentence, the last before 加上, or the first of the paragraph.
            var kind = doc.Label(total).Contains("收入", StringComparison.Ordinal) ? "收入" : doc.Label(total).Contains("支出", StringComparison.Ordinal) ? "支出" : null;
            bases.AddRange(@base is not null ? [@base] : before.Length > 0 ? [before[0], before[^1]]
                : doc.NumbersIn((doc.ParagraphAt(addedAt).Start, addedAt)).Where(Amount).Take(1));
            bases = bases.Where(b => kind is not null && doc.Label(b).Contains(kind, StringComparison.Ordinal)).Distinct().ToList();
            if (bases.Count == 0) return;
        }
        // With nothing added, the list is the whole sentence, or all of it after a colon that opens no partial list.
        else if (k >= 0 && !(clauses[k + 1].Start > statement.Start && doc.Text[clauses[k + 1].Start - 1] is '：' or ':'
                     && (!PartialList().IsMatch(doc.Text[statement.Start..clauses[k + 1].Start])
                         || (Summed().IsMatch(doc.RawLabel(total)) && doc.Text[statement.Start..clauses[k + 1].Start].TrimEnd('：', ':').EndsWith("其中", StringComparison.Ordinal)))))
            return;
        // Two amounts make a list only with the amount added to them stated in their sentence.
        if (parts.Count + Math.Min(1, bases.Count) < (addedAt < 0 || before.Length > 0 ? 2 : 3)) return;
        parts.Reverse();
        var whole = doc.Label(total);
        // Every reading of the amount added to is tried: the total is wrong only when none of them gives it.
        var readings = bases.Count == 0 ? [parts] : bases.Select(b => parts.Prepend(b).ToList()).ToList();
        var fitting = readings.FirstOrDefault(r => SumOfStated(r).Meets(total.Interval)) ?? readings[0];
        PartsAgainstWhole(doc, claims, total, fitting.Select(p => (Item(p), p)).ToArray(), complete: true, whole,
            (addition, sum) => $"{whole}是前面所列各项之和：{addition} = {doc.Money(sum)}，不是 {doc.Money(total.Value)}。");

        // "加上上级补助收入", "以及调入资金": the item without the words that add it.
        string Item(StatedNumber n)
        {
            var label = doc.Label(n).TrimStart('—', '-', ' ');
            return Added().Match(label) is { Success: true, Index: 0 } m ? label[m.Length..] : label.StartsWith("以及", StringComparison.Ordinal) ? label[2..] : label;
        }
        bool Amount(StatedNumber n) => n.Kind == NumberKind.Money && !n.UnitGuessed && !doc.IsChange(n) && !doc.IsOfAnEarlierYear(n);
    }

    /// <summary>
    /// The clauses of a stretch, with their words outside brackets: split at commas, 、 and semicolons, and at a colon
    /// unless it follows 加上; a comma inside a figure ("107,150万元") or inside brackets splits nothing.
    /// </summary>
    private static List<(int Start, int End, string Text)> Clauses(AuditDocument doc, int from, int to)
    {
        var inFigures = doc.NumbersIn((from, to)).SelectMany(n => Enumerable.Range(n.Start, n.Length)).ToHashSet();
        var clauses = new List<(int, int, string)>();
        var words = new System.Text.StringBuilder();
        var (start, depth) = (from, 0);
        for (var i = from; i <= to; i++)
        {
            var c = i < to ? doc.Text[i] : '，';
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            var splits = i == to || (depth == 0 && !inFigures.Contains(i) && (c is '，' or ',' or '、' or '；' or ';'
                || (c is '：' or ':' && !words.ToString().EndsWith('加') && !words.ToString().EndsWith("加上", StringComparison.Ordinal))));
            if (splits)
            {
                clauses.Add((start, i, words.ToString().Trim()));
                (start, words) = (i + 1, words.Clear());
            }
            else if (depth == 0 && c is not ('）' or ')')) words.Append(c);
        }
        return clauses;
    }

    /// <summary>
    /// The sum of stated figures: "0万元" is none at all, not anything below half a 万元; a count is exact; an amount stands
    /// for what its stated precision allows.
    /// </summary>
    private static Interval SumOfStated(IEnumerable<StatedNumber> numbers) =>
        numbers.Aggregate(Interval.Zero, (acc, n) => acc + (n.Kind == NumberKind.Count ? Interval.Exact(n.Value) : n.IntervalOrNone));

    /// <summary>A count stated as a whole ("共完成交易项目114项", "合计…个", "综合得分95分").</summary>
    [GeneratedRegex(@"共|合计|总计|累计|总数|得分|总分|评分")]
    private static partial Regex CountedWhole();

    /// <summary>
    /// 其中 — "一般公共预算财政拨款支出629.31万元…。其中：基本支出768.93万元": the whole is the last amount before 其中 in
    /// its paragraph (or the last count, for a list of counts), the list runs to the end of the statement. A list with a
    /// list of its own inside (a second 其中) is not read.
    /// </summary>
    private static void ListedParts(AuditDocument doc, List<Claim> claims, int at, int length, HashSet<int> summed)
    {
        var paragraph = doc.ParagraphAt(at);
        if (doc.Sentences.Count == 0) return;
        var end = doc.StatementAt(at).End;
        // "其中：⏎1、一般公共财政预算拨款507.37万元…⏎2、…": a list opened at the end of its line runs over the numbered lines after it,
        // where a list of a part's own ("2、上年结余收入8.3万元…；其中：其他结转5.39万元") ends it.
        var numbered = string.IsNullOrWhiteSpace(doc.Text[(at + length)..end]);
        if (numbered) end = NumberedLinesEnd(doc.Text, end);
        if (end <= at + length) return;
        // So does a list a part opens of its own ("1、基本支出173.89万元，包括：人员经费支出…；2、项目支出…").
        if (ListOpening().Match(doc.Text, at + length, end - at - length) is { Success: true } nested)
        {
            if (!numbered) return;
            end = nested.Index;
        }
        // "基本支出…，主要用于保障在职人员工资福利…；项目支出263928.15万元": what a sum is used for, or includes, ends at its semicolon.
        if (doc.Text[at] is '主' or '包' && doc.Text.IndexOfAny(['；', ';'], at, end - at) is var semicolon and >= 0) end = semicolon;
        // The last figure before 其中 other than a change stated with it ("…629.31万元，比2024年减少88.85万元。其中：").
        // Nor one inside brackets closed before the list ("…（…调整至转移支付收入9.86亿元…），同比下降14.6%。其中，税收收入…").
        var before = doc.NumbersIn((paragraph.Start, at)).Where(n => n.Kind is NumberKind.Money or NumberKind.Count && !n.UnitGuessed && !doc.IsChange(n)
            && !(OpenedBefore(doc.Text[paragraph.Start..n.Start]) && ClosedBefore(doc.Text[n.End..at]))).ToArray();
        if (before.Length == 0) return;
        var whole = before[^1];
        // The whole is stated in the sentence of the list or the one just before it, as a figure of this year.
        var sentence = doc.SentenceIndexAt(at);
        if (whole.Start < doc.Sentences[Math.Max(0, sentence - 1)].Start || summed.Contains(doc.Span(whole).Start)) return;
        PartsListed(doc, claims, whole, at + length, end);
    }

    /// <summary>
    /// The end of the run of numbered lines ("1、…", "（1）…") that starts after <paramref name="from"/>, or <paramref name="from"/>:
    /// lines numbered as the first is; a line numbered otherwise ("（二）…" after "1.…") heads what follows them.
    /// </summary>
    private static int NumberedLinesEnd(string text, int from)
    {
        var end = from;
        var style = "";
        for (var lines = 0; lines < 30; lines++)
        {
            var start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            if (start >= text.Length || NumberedLine().Match(text, start, Math.Min(8, text.Length - start)) is not { Success: true } m) break;
            var own = Numeral().Replace(m.Value, "n");
            if (style.Length > 0 && own != style) break;
            style = own;
            end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
        }
        return end;
    }

    [GeneratedRegex(@"^([0-9]{1,2}[、.．]|[（(][0-9一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)")]
    private static partial Regex NumberedLine();

    /// <summary>A digit or a Chinese numeral of a line's number: what lines numbered alike differ in.</summary>
    [GeneratedRegex(@"[0-9一二三四五六七八九十]")]
    private static partial Regex Numeral();

    /// <summary>
    /// "一般公共预算收入76138万元（税收收入47008万元、非税收入29130万元）", "一般公共预算教育经费64469万元（教育事业费61554万元，
    /// 基本建设经费2569万元，教育费附加346万元）": the parts brackets list straight after a figure, read as a list after 其中.
    /// </summary>
    private static void BracketedParts(AuditDocument doc, List<Claim> claims, HashSet<int> summed)
    {
        foreach (var whole in doc.Numbers.Where(n => n.Kind == NumberKind.Money && n.End < doc.Text.Length && doc.Text[n.End] is '（' or '(').ToArray())
        {
            var close = doc.Text.IndexOfAny(['）', ')', '。', '\n'], whole.End + 1);
            if (close < 0 || doc.Text[close] is not ('）' or ')') || summed.Contains(doc.Span(whole).Start)) continue;
            if (Excluded().IsMatch(doc.Text[whole.End..close])) continue;
            Guarded(doc, claims, ClaimKind.SumOfParts, whole, () => PartsListed(doc, claims, whole, whole.End + 1, close));
        }
    }

    /// <summary>
    /// "财政总收入为6028万元，由三部分构成：一是…", "支出5428万元由14个部分构成": a whole that says how many parts it has; "公益金共计
    /// 123.22万元，其组成情况如下：一是…": one that says its parts follow, as many as its paragraph counts.
    /// </summary>
    [GeneratedRegex(@"[，,]?\s*((由|包括|分为|共)(?<count>[两二三四五六七八九十]|十[一二三四五六七八九]|[2-9]|1[0-9])个?(部分|方面|类|项)(构成|组成)?|其?(组成|构成)(情况)?(如下)?)\s*[：:，,](?=\s*一是)")]
    private static partial Regex CountedDivision();

    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九"];

    /// <summary>
    /// "2019年财政总收入为6028万元，由三部分构成：一是本年本镇财政收入2454万元…；二是上级财政补助收入3292万元…；三是上年结余结转收入
    /// 4万元": the parts a whole counts, each the first amount after its "一是", "二是" …, are all of it.
    /// </summary>
    private static void CountedParts(AuditDocument doc, List<Claim> claims, Match division)
    {
        var count = !division.Groups["count"].Success ? OrdinalsIn(doc, division.Index + division.Length) : division.Groups["count"].Value switch
        {
            "两" or "二" => 2, "三" => 3, "四" => 4, "五" => 5, "六" => 6, "七" => 7, "八" => 8, "九" => 9, "十" => 10,
            var c when c.StartsWith('十') => 10 + Array.IndexOf(Ordinals, c[1..]) + 1,
            var c => int.Parse(c, CultureInfo.InvariantCulture),
        };
        if (count < 2 || count > Ordinals.Length) return;
        // The whole is the amount the count follows.
        var whole = doc.NumbersIn((Math.Max(0, division.Index - 40), division.Index + 1)).LastOrDefault(n => n.Kind == NumberKind.Money && n.End == division.Index);
        if (whole is null) return;
        var parts = new List<(string Name, StatedNumber Number)>();
        var at = division.Index + division.Length;
        var limit = Math.Min(doc.Text.Length, at + 2 * DecompositionReach);
        for (var i = 0; i < count; i++)
        {
            var marker = doc.Text.IndexOf(Ordinals[i] + "是", at, limit - at, StringComparison.Ordinal);
            if (marker < 0) return;
            var end = i + 1 < count ? doc.Text.IndexOf(Ordinals[i + 1] + "是", marker, limit - marker, StringComparison.Ordinal) : limit;
            if (end < 0) return;
            var part = doc.NumbersIn((marker, end)).FirstOrDefault(n => n.Kind == NumberKind.Money);
            if (part is null || doc.Text[marker..part.Start].Contains('。')) return;
            parts.Add((doc.Text[(marker + Ordinals[i].Length + 1)..part.Start].Trim('，', ',', ' '), part));
            at = end;
        }
        PartsAgainstWhole(doc, claims, whole, parts, complete: true, doc.Label(whole),
            (addition, added) => $"{doc.Label(whole)}由文中所列{count}部分组成：{addition} = {doc.Money(added)}，不是 {doc.Money(whole.Value)}。");
    }

    /// <summary>How many of "一是", "二是" … follow one another in the paragraph from an offset.</summary>
    private static int OrdinalsIn(AuditDocument doc, int from)
    {
        var end = doc.ParagraphAt(from).End;
        var count = 0;
        for (var at = from; count < Ordinals.Length; count++)
        {
            var next = doc.Text.IndexOf(Ordinals[count] + "是", at, end - at, StringComparison.Ordinal);
            if (next < 0) break;
            at = next + 1;
        }
        return count;
    }

    [GeneratedRegex(@"(支出|收入)?(总额|总计|合计)$")]
    private static partial Regex TotalWords();

    /// <summary>What brackets after an amount say is not in it ("不含…", "剔除…").</summary>
    [GeneratedRegex(AuditDocument.LeavingOut)]
    private static partial Regex Excluded();

    /// <summary>
    /// The parts a list states of a whole, from where the list starts to where its statement (or its brackets) end: the first
    /// figure of the same kind and unit in each clause. The list may leave parts out, so only parts exceeding the whole are a
    /// contradiction, unless they are its two halves; parts adding to it are consistent.
    /// </summary>
    private static void PartsListed(AuditDocument doc, List<Claim> claims, StatedNumber whole, int listStart, int end)
    {
        var revenue = whole.Kind == NumberKind.Money && doc.IsLevelAmount(whole) && doc.Label(whole).Contains("收入", StringComparison.Ordinal);
        if (whole.Kind == NumberKind.Money ? !doc.IsLevelAmount(whole) : doc.HasRole(whole)) return;
        // "年末在职人员30人，其中：行政人员20人…": a count not said to be a total may still be exceeded by its parts.
        var counted = whole.Kind == NumberKind.Count && CountedWhole().IsMatch(doc.RawLabel(whole));
        // "机关运行经费20万元，主要用于办公费5万元…", "一般公共预算支出100亿元，其中：教育支出30亿元…": of another amount of
        // spending, its kinds of spending can still prove that they exceed it.
        var spending = whole.Kind == NumberKind.Money && doc.IsLevelAmount(whole) && !revenue && SpendingName().IsMatch(doc.Label(whole));
        // "下达上级资金转移支付755.19万元。其中：中央级资金…，省级资金…，市级资金…": a fund's shares by the government that
        // gives them are parts of it.
        var funded = whole.Kind == NumberKind.Money && doc.IsLevelAmount(whole) && FundName().IsMatch(doc.Label(whole));
        // "彩票公益金支出100万元，用于：群众体育60万元…": whatever a sum is used for is an item of it.
        var usedFor = doc.Text[Math.Max(0, listStart - 8)..listStart].TrimEnd('：', ':', '，', ',').EndsWith("用于", StringComparison.Ordinal);
        // "农林牧渔业总产值55.2亿元。其中，农业总产值30.6亿元…": a gross output value is the sum of its sectors' output values.
        var output = whole.Kind == NumberKind.Money && doc.Label(whole).EndsWith("总产值", StringComparison.Ordinal);
        // Any list of a total or a revenue is read; of another amount, only its two halves ("其中，中央…本级支出3896亿元；地方…支出34331亿元").
        var readable = counted || doc.IsTotal(whole) || revenue || output;
        var unit = Unit(whole);
        // "政府采购支出总额100万元，其中：政府采购货物支出60万元…": parts named as kinds of their whole.
        var stem = TotalWords().Replace(doc.Label(whole), "");
        // "国有资产总额…其中：流动资产…": a qualified noun's parts are kinds of the noun.
        bool NamedAfter(string part) => stem.Length >= 2 && part.Length > stem.Length && (part.StartsWith(stem, StringComparison.Ordinal) || ProcurementKind(stem, part) >= 0)
            || ((stem.Length >= 4 || stem is "资产" or "负债") && part.Length >= 4 && part.EndsWith(stem[^2..], StringComparison.Ordinal));
        var parts = new List<StatedNumber>();
        var clauseStart = listStart;
        // Whether a clause with a figure of the kind gave no part: then the list is not known to be whole.
        var skipped = false;
        // A comma inside a figure ("4,001,132.90元") separates no clauses, nor one inside brackets ("…39708.61万元，（中央资金
        // 18889万元，省级资金14684万元…），其他各类资金13335万元"): what brackets hold is a part of a part.
        var inFigures = doc.NumbersIn((clauseStart, end)).SelectMany(n => Enumerable.Range(n.Start, n.Length)).ToHashSet();
        var depth = 0;
        for (var i = clauseStart; i <= end; i++)
        {
            if (i < end && doc.Text[i] is '（' or '(') depth++;
            else if (i < end && doc.Text[i] is '）' or ')') depth = Math.Max(0, depth - 1);
            if (i < end && (doc.Text[i] is not ('，' or ',' or '；' or ';' or '、' or '。') || inFigures.Contains(i) || depth > 0)) continue;
            // "…其中在职在编人员77人，…，另外退休教师81人", "在财政一般预算收入中，税收收入…": beside the list, or a list of one of its parts.
            if (BesideTheList().IsMatch(doc.Text[clauseStart..i])) break;
            var part = doc.NumbersIn((clauseStart, i)).FirstOrDefault(n => n.End <= i && n.Kind == whole.Kind && !n.UnitGuessed && Unit(n) == unit
                && (n.Kind == NumberKind.Count ? !doc.HasRole(n) : doc.IsLevelAmount(n)) && !ClosedBefore(doc.Text[n.End..i]) && !OpenedBefore(doc.Text[clauseStart..n.Start]));
            // The parts of an amount are quantities of the accounts (基本支出, 财政拨款收入, 教育支出 …); a clause with another
            // quantity, or with two figures of the kind, is a list this check does not read.
            if (part is not null && whole.Kind == NumberKind.Money && !(doc.IsTotal(whole) && (doc.IsVocabulary(doc.Label(part)) || NamedAfter(doc.Label(part))))
                && !(revenue && RevenueName().IsMatch(doc.Label(part)))
                && !(spending && (usedFor || SpendingItem().IsMatch(doc.Label(part)) || EconomicClass().IsMatch(doc.Label(part)) || doc.IsVocabulary(doc.Label(part))))
                && !(output && doc.Label(part).EndsWith("产值", StringComparison.Ordinal)) && !(funded && FundSource().IsMatch(doc.Label(part)))
                && !TypeOf().IsMatch(ClauseLabel(doc, part)) && Half(doc.Label(part)) is null
                && !(FiscalTotals.TryGetValue(doc.Label(whole), out var fiscal) && fiscal.Contains(doc.Label(part))))
            {
                // A part of nothing ("3、纳入财政专户管理的收入安排的资金0万元") adds nothing, whatever it is.
                if (part.Value != 0) return;
                part = null;
            }
            if (doc.NumbersIn((clauseStart, i)).Count(n => n.Kind == whole.Kind && !n.UnitGuessed && Unit(n) == unit && !doc.IsChange(n)) > 1) return;
            if (part is not null) parts.Add(part);
            else skipped |= doc.NumbersIn((clauseStart, i)).Any(n => n.Kind == whole.Kind && !n.UnitGuessed && Unit(n) == unit && !doc.IsChange(n));
            clauseStart = i + 1;
            // "总数37人，其中行政人员19人，机关工勤1人，事业人员17人；退休人员18人": parts that already make up the whole end the
            // list at a semicolon; what follows is beside it.
            if (i < end && doc.Text[i] is '；' or ';' && parts.Count >= 2 && SumOfStated(parts).Meets(Exactly(whole))) break;
            // "一级企业9户，其中…3户企业为平台企业…；二级企业19户": of a count not said to be a total, the list is its clause.
            if (i < end && doc.Text[i] is '；' or ';' && whole.Kind == NumberKind.Count && !counted) break;
        }
        if (parts.Count == 0) return;
        var sum = SumOfStated(parts);
        var total = Exactly(whole);
        // 税收收入 and 非税收入, 中央 and 地方 …: two halves are the whole, and short of it they are wrong too.
        var complete = Halves(parts)
            // "收入总计…，其中财政补助收入…，医疗收入…，其他收入…": a list closed by what is left over names the whole of it.
            // A 收入总计 holds the year's opening balances beside the year's revenues, and a figure the list skipped is still a part.
            || (parts.Count >= 2 && !skipped && !doc.Label(whole).Contains("总计", StringComparison.Ordinal) && doc.Label(parts[^1]) is var rest
                && (rest.StartsWith("其他", StringComparison.Ordinal) || rest.StartsWith("其它", StringComparison.Ordinal) || rest.StartsWith("其余", StringComparison.Ordinal)))
            // "综合得分95分，其中：产出指标得分45分，效益指标得分30分…": a score is the sum of its indicators' scores.
            || (whole.Kind == NumberKind.Count && unit == "分" && parts.Any(p => doc.RawLabel(p).Contains("产出", StringComparison.Ordinal))
                && parts.Any(p => doc.RawLabel(p).Contains("效益", StringComparison.Ordinal)))
            || (parts.Count == 3 && parts.Select(p => ProcurementKind(stem, doc.Label(p))).Order().SequenceEqual([0, 1, 2]))
            // "其中电脑型彩票销售…，视频型彩票销售…，即开型彩票销售…": a whole divided by its types; "财政系统完成收入…，国税系统…，
            // 地税系统…": a revenue by the three offices that collect it.
            || (parts.Count >= 3 && parts.Select(p => TypeOf().Match(ClauseLabel(doc, p))).ToArray() is var types && types.All(m => m.Success)
                && types.Select(m => m.Value).Distinct().Count() == parts.Count)
            || (parts.Count == 3 && parts.Select(p => Collector().Match(doc.Label(p)).Value).Where(v => v.Length > 0).Distinct().Count() == 3)
            // "财政拨款收入总计…，其中：年初财政拨款结转和结余…，本年财政拨款收入…": the two lines of the 财政拨款 table's total.
            || (FiscalTotals.TryGetValue(doc.Label(whole), out var lines) && parts.Count == 2 && parts.Select(p => doc.Label(p)).Order().SequenceEqual(lines.Order()));
        // Halves of an actual are not halves of the budget stated between ("完成年初预算数60999万元的40.4%。其中：税收收入…").
        // "补助471.23元，其中中央补助189.63万元，地方财政补助281.6万元": a whole whose digits are its parts' sum in their unit
        // is written in the wrong unit.
        if (parts.Count >= 2 && parts.All(p => p.UnitFactor == parts[0].UnitFactor) && parts[0].UnitFactor != whole.UnitFactor
            && sum.Scale(1m / parts[0].UnitFactor).Meets(whole.Interval.Scale(1m / whole.UnitFactor)))
        {
            var partsSum = parts.Sum(p => p.Value);
            claims.Add(new Claim(ClaimKind.SumOfParts, ClaimVerdict.Contradicted, doc.Span(whole), whole.Text, partsSum, sum.Low, sum.High, whole.Value - partsSum,
                $"其中所列各项 {string.Join(" + ", parts.Select(p => p.Text.Trim()))} = {doc.Money(partsSum)}，数字与所写的“{whole.Text.Trim()}”相同而单位不同，单位多半写错。"));
            return;
        }
        if (!readable && !(complete && !IsBudget(doc, whole)) && !(sum.Low > total.High && (spending || funded || whole.Kind == NumberKind.Count))) return;
        // "公务接待费282元…其中公共财政拨款支出266万元": parts a hundred times their whole are not its parts as printed, but a slip of a unit.
        if (whole.Value > 0 && sum.Low > total.High * 100) return;
        var verdict = sum.Low > total.High ? ClaimVerdict.Contradicted : parts.Count >= 2 && sum.Meets(total) ? ClaimVerdict.Consistent
            : complete ? ClaimVerdict.Contradicted : (ClaimVerdict?)null;
        if (verdict is null) return;
        var added = parts.Sum(p => p.Value);
        var addition = string.Join(" + ", parts.Select(p => Shown(p)));
        if (parts.Count == 1)
        {
            // One part larger than its whole: the part is what the reader stops at.
            claims.Add(new Claim(ClaimKind.SumOfParts, ClaimVerdict.Contradicted, doc.Span(parts[0]), parts[0].Text, whole.Value, total.Low, total.High, added - whole.Value,
                $"其中所列的 {Shown(parts[0])} 大于其所属的 {Shown(whole)}，部分不能大于整体。"));
            return;
        }
        // "其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元": parts over the whole where the others
        // make it exactly, but for one: that one is no part of it.
        if (sum.Low > total.High && parts.Count >= 3
            && parts.Where(p => p.Value != 0 && parts.Count(o => o != p && o.Value != 0) >= 2 && SumOfStated(parts.Where(o => o != p)).Meets(total)).ToArray() is [_, ..] beyond
            // "财政拨款收入557.09万元…上级补助收入557.09万元…": of one figure written twice, the later is the one too many.
            && beyond.All(p => p.Value == beyond[0].Value) && beyond[^1] is var extra)
        {
            claims.Add(new Claim(ClaimKind.SumOfParts, ClaimVerdict.Contradicted, doc.Span(extra), extra.Text, whole.Value - (added - extra.Value), null, null, null,
                $"其余各项 {string.Join(" + ", parts.Where(p => p != extra).Select(p => Shown(p)))} = {Sum(added - extra.Value, whole)}，已正好等于 {Shown(whole)}；" +
                $"此项 {Shown(extra)} 再列入其中，部分之和就超过整体，不应是其中的一项。"));
            return;
        }
        claims.Add(new Claim(ClaimKind.SumOfParts, verdict.Value, doc.Span(whole), whole.Text, added, sum.Low, sum.High, verdict == ClaimVerdict.Contradicted ? whole.Value - added : null,
            verdict == ClaimVerdict.Consistent
                ? $"其中所列各项 {addition} = {Sum(added, whole)}，与所写的合计相符。"
                : complete ? $"{doc.Label(whole)}由{string.Join("、", parts.SkipLast(1).Select(p => doc.Label(p)))}和{doc.Label(parts[^1])}{(parts.Count == 2 ? "两" : Ordinals[parts.Count - 1])}部分组成：{addition} = {Sum(added, whole)}，不是 {Shown(whole)}。"
                : $"其中所列各项 {addition} = {Sum(added, whole)}，已超过所写的 {Shown(whole)}，部分不能大于整体。"));

        bool Halves(List<StatedNumber> listed) => listed.Count == 2 && Half(doc.Label(listed[0])) is { } first && Half(doc.Label(listed[1])) is { } second
            && first.Pair == second.Pair && first.Side != second.Side;
        // A count is exact; an amount stands for what its stated precision allows.
        static Interval Exactly(StatedNumber n) => n.Kind == NumberKind.Count ? Interval.Exact(n.Value) : n.Interval;
        static string Unit(StatedNumber n) => n.Kind == NumberKind.Count ? CountUnit(n) : "";
        string Shown(StatedNumber n) => n.Kind == NumberKind.Count ? n.Text.Trim() : doc.Money(n.Value);
        string Sum(decimal value, StatedNumber like) => like.Kind == NumberKind.Count ? value.ToString("0.##", CultureInfo.InvariantCulture) + Unit(like) : doc.Money(value);
    }

    /// <summary>
    /// 政府采购 — which of the three kinds a procurement total is made of a part names (货物 0, 工程 1, 服务 2), or −1:
    /// "政府采购货物支出" of "政府采购支出总额", "授予中小企业的工程合同金额" of "授予中小企业合同金额".
    /// </summary>
    private static int ProcurementKind(string whole, string part)
    {
        if (!whole.Contains("采购", StringComparison.Ordinal) && !whole.Contains("合同", StringComparison.Ordinal)) return -1;
        var named = ProcurementKinds.Where(kind => part.Contains(kind, StringComparison.Ordinal)).ToArray();
        return named.Length == 1 ? Array.IndexOf(ProcurementKinds, named[0]) : -1;
    }

    private static readonly string[] ProcurementKinds = ["货物", "工程", "服务"];

    /// <summary>The 财政拨款收入支出决算总表's totals and the two lines each is the sum of.</summary>
    private static readonly Dictionary<string, string[]> FiscalTotals = new(StringComparer.Ordinal)
    {
        ["财政拨款收入总计"] = ["年初财政拨款结转和结余", "本年财政拨款收入"],
        ["财政拨款支出总计"] = ["本年财政拨款支出", "年末财政拨款结转和结余"],
    };

    /// <summary>
    /// The two halves a whole is by definition, and which of them a part's name says it is: 税收收入 and 非税收入 of a revenue,
    /// 中央 and 地方 of a national figure, what 税务部门 and 财政部门 collect, 一般债务 and 专项债务 of a government's debt.
    /// </summary>
    private static (int Pair, int Side)? Half(string label) =>
        RevenueKind(label) is { } kind ? (0, kind.StartsWith('非') ? 1 : 0)
        : label.StartsWith("中央", StringComparison.Ordinal) && !label.Contains("地方", StringComparison.Ordinal) ? (1, 0)
        : label.StartsWith("地方", StringComparison.Ordinal) && !label.Contains("中央", StringComparison.Ordinal) ? (1, 1)
        : label.StartsWith("税务部门", StringComparison.Ordinal) ? (2, 0)
        : label.StartsWith("财政部门", StringComparison.Ordinal) ? (2, 1)
        : label.StartsWith("一般债务", StringComparison.Ordinal) ? (3, 0)
        : label.StartsWith("专项债务", StringComparison.Ordinal) ? (3, 1)
        : null;

    /// <summary>"税收收入完成", "其中地方税收收入", "非税收入累计完成": the kind of revenue a part names, else null.</summary>
    private static string? RevenueKind(string label) => RevenueKindName().Match(label) is { Success: true } m ? m.Groups["kind"].Value : null;

    [GeneratedRegex(@"^(地方)?(?<kind>非?税收?收入)(累计)?(完成|实现|收入)?(数|额)?$")]
    private static partial Regex RevenueKindName();

    /// <summary>"国税", "个人所得税", "财政系统完成收入": a revenue, or a tax, by its name.</summary>
    [GeneratedRegex(@"(税|收入|拨款|撥款)(累计)?(完成|实现|收入)?(数|额)?$")]
    private static partial Regex RevenueName();

    /// <summary>"一般公共预算支出", "机关运行经费", "群众体育支出": an amount spent, by its name.</summary>
    [GeneratedRegex(@"(支出|经费|經費|费|費|资金|資金|公益金)(决算|預算|预算)?(数|额)?$")]
    private static partial Regex SpendingName();

    /// <summary>"电脑型", "即开型": a part named by its type.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,4}型")]
    private static partial Regex TypeOf();

    /// <summary>"财政系统", "国税", "地税": the offices that collected a county's revenue before 2018.</summary>
    [GeneratedRegex(@"^(财政|国税|地税)")]
    private static partial Regex Collector();

    /// <summary>"工资福利支出", "对个人和家庭补助支出": a class of spending by what it buys, however the text words it.</summary>
    [GeneratedRegex(@"^(工资福利|商品和服务|对个人和家庭的?补助|资本性|债务利息及费用|对企业补助)(支出)?$")]
    private static partial Regex EconomicClass();

    /// <summary>"上级资金转移支付", "基本药物制度补助", "全年预算数": money given to be spent, by its name.</summary>
    [GeneratedRegex(@"(资金|資金|转移支付|轉移支付|补助|補助|补贴|補貼|预算数|預算數|投资|投資)[^，。；]{0,4}$")]
    private static partial Regex FundName();

    /// <summary>"中央级资金转移支付", "省级配套资金", "地方财政补助": a share of a fund by the government or body that gives it.</summary>
    [GeneratedRegex(@"^(中央|省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|地方|上级|上級|本级|本級|自治区|自治區|自筹|自籌|社会|社會|单位|單位)")]
    private static partial Regex FundSource();

    /// <summary>"办公费", "公务用车运行维护费", "用于资助群众体育组织": an item of spending, by its name. Groups that cut across
    /// the kinds of spending ("八项支出", "民生类支出") are not items of it.</summary>
    [GeneratedRegex(@"^用于|[^经經](费|費)(支出)?$")]
    private static partial Regex SpendingItem();

    /// <summary>"另外…", "此外…", "在财政一般预算收入中": a clause that starts what is beside a list, or a list of one of its parts.</summary>
    [GeneratedRegex(@"^\s*(另外|另有|此外|在[^，。；]{2,12}中)")]
    private static partial Regex BesideTheList();

    // The “三公” items as texts name them, simplified or traditional: 因公出國(境)經費, 公务用车及运行维护费, 公务车购置及运行维护费 …

    private static bool IsAbroad(string clause) => clause.Contains("因公出国", StringComparison.Ordinal) || clause.Contains("因公出國", StringComparison.Ordinal);

    private static bool IsReception(string clause) => clause.Contains("公务接待", StringComparison.Ordinal) || clause.Contains("公務接待", StringComparison.Ordinal);

    private static bool IsVehicle(string clause) => clause.Contains("车", StringComparison.Ordinal) || clause.Contains("車", StringComparison.Ordinal);

    private static bool Mentions(string clause, string simplified, string traditional) =>
        clause.Contains(simplified, StringComparison.Ordinal) || clause.Contains(traditional, StringComparison.Ordinal);

    // "购置及运维费" is 购置及运行维护费 shortened.
    private static bool IsVehicles(string clause) => IsVehicle(clause) && (Mentions(clause, "及运行", "及運行") || Mentions(clause, "及运维", "及運維"));

    private static bool IsPurchase(string clause) => IsVehicle(clause) && Mentions(clause, "购置", "購置") && !Mentions(clause, "运行", "運行");

    private static bool IsOperation(string clause) => IsVehicle(clause) && (Mentions(clause, "运行", "運行") || Mentions(clause, "运维", "運維")) && !Mentions(clause, "购置", "購置");

    private static bool IsThreePublicItem(string clause) => IsAbroad(clause) || IsReception(clause) || IsVehicles(clause) || IsPurchase(clause) || IsOperation(clause);

    /// <summary>The figures of the year's actual “三公” total, in document order.</summary>
    private static StatedNumber[] ThreePublicTotals(AuditDocument doc) =>
        doc.Numbers.Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && IsThreePublicTotal(doc, n)).ToArray();

    /// <summary>The “三公” total an item stated after it belongs to: the last before it, within the reach of its items.</summary>
    private static StatedNumber? ThreePublicTotalBefore(StatedNumber[] totals, StatedNumber item) =>
        totals.LastOrDefault(t => t.End <= item.Start && item.Start - t.End <= DecompositionReach);

    /// <summary>A figure of the actual “三公” total of the year: its clause names 三公, and neither a budget alone, a change nor another year.</summary>
    private static bool IsThreePublicTotal(AuditDocument doc, StatedNumber n)
    {
        var clause = ClauseLabel(doc, n);
        // "“三公”经费决算总额2771万元", or "“三公”经费财政拨款支出年初预算为22.00万元，支出决算为8.77万元".
        // Not "在已公布“三公经费”的各部门中，去年接待费最高的是…，达9995.5万元": an item named after the 三公 of its sentence is the figure's.
        var sentence = doc.Text[doc.SentenceOf(n).Start..n.Start];
        var named = clause.Contains("三公", StringComparison.Ordinal)
            || (ActualWords.Contains(clause) && sentence.LastIndexOf("三公", StringComparison.Ordinal) is var mention and >= 0 && !ItemWords().IsMatch(sentence[mention..]));
        // "…公车运行费（“三公”经费）决算总额": items named before 三公 are what it consists of; one named after it is the figure's.
        var afterName = clause.LastIndexOf("三公", StringComparison.Ordinal) is var at and >= 0 ? clause[(at + 2)..] : clause;
        return named && IsActualOfTheYear(clause) && !IsThreePublicItem(afterName) && !doc.IsOfAnEarlierYear(n);
    }

    /// <summary>The words of a “三公” item, however short its name ("接待费最高的是…").</summary>
    [GeneratedRegex(@"接待|出国|出國|用车|用車|车辆|車輛")]
    private static partial Regex ItemWords();

    /// <summary>What a clause stating an actual amount reads when it names no quantity (决算为 … reads as nothing once normalised).</summary>
    private static readonly HashSet<string> ActualWords = new(StringComparer.Ordinal)
    {
        "", "支出", "决算", "决算数", "支出决算", "支出决算数", "决算总额", "支出总额", "实际支出", "決算", "決算數", "支出決算", "支出決算數", "決算總額",
    };

    /// <summary>
    /// An amount of this year's actual, by the words of its clause: not a budget, not a change (增加, 下降 …) and not of
    /// another year (上年, 同期 …). A figure that is the current side of a change ("支出431万元，比上年…减少2万元") stays one.
    /// </summary>
    private static bool IsActualOfTheYear(string clause) =>
        !((clause.Contains("预算", StringComparison.Ordinal) || clause.Contains("預算", StringComparison.Ordinal))
            && !clause.Contains("决算", StringComparison.Ordinal) && !clause.Contains("決算", StringComparison.Ordinal))
        && !ChangeWords.Any(w => clause.Contains(w, StringComparison.Ordinal));

    private static readonly string[] ChangeWords =
        ["上年", "去年", "上一年", "同期", "同比", "增加", "减少", "下降", "增长", "上升", "降低", "节约", "节省", "超支", "增支", "减支", "減少", "增長", "節約"];

    /// <summary>
    /// The “三公” total against its items stated after it (因公出国（境）费, 公务用车购置及运行费 — or its 购置费 and 运行费 —
    /// and 公务接待费), the first figure of each. Items the text leaves unstated may be nil: then parts adding to the total are
    /// consistent, parts exceeding it a contradiction, and parts short of it say nothing.
    /// </summary>
    private static void ThreePublicSum(AuditDocument doc, List<Claim> claims, StatedNumber total, int end)
    {
        var after = doc.NumbersIn((total.End, end)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed)
            .Select(n => (Number: n, Clause: ClauseLabel(doc, n))).Where(x => IsActualOfTheYear(x.Clause)).ToArray();
        StatedNumber? First(Func<string, bool> names) => after.FirstOrDefault(x => names(x.Clause)).Number;
        var (abroad, vehicles, reception) = (First(IsAbroad), First(IsVehicles), First(IsReception));
        var (purchase, operation) = (First(IsPurchase), First(IsOperation));
        (string Item, StatedNumber? Number)[] items = vehicles is null
            ? [("因公出国（境）费", abroad), ("公务用车购置费", purchase), ("公务用车运行费", operation), ("公务接待费", reception)]
            : [("因公出国（境）费", abroad), ("公务用车购置及运行费", vehicles), ("公务接待费", reception)];
        var stated = items.Where(p => p.Number is not null).Select(p => (p.Item, p.Number!)).ToArray();
        if (stated.Length < 2) return;
        // "公务接待费1.58万元，车辆运行费28.91万元，因公出国(境)费0万元" with no word of a purchase: the running costs are all the vehicles cost.
        var noPurchase = purchase is null && !Mentions(doc.Text[total.End..end], "购置", "購置");
        var complete = abroad is not null && reception is not null && (vehicles is not null || (operation is not null && (purchase is not null || noPurchase)));
        // Items that prove nothing of the total are not read as the vehicles' parts either.
        if (!PartsAgainstWhole(doc, claims, total, stated, complete, "“三公”经费",
            (addition, added) => $"“三公”经费由其各项组成：{addition} = {doc.Money(added)}，不是 {doc.Money(total.Value)}。")) return;
        // The vehicles' figure against its 购置费 and 运行费, where all three are stated with no other figure of the vehicles
        // between ("公务用车购置及运行维护费1701.3万元，包括公务用车购置费260万元…" is a budget's, stated after the actual).
        if (vehicles is not null && purchase is not null && operation is not null && purchase.Start > vehicles.Start
            && !after.Any(x => x.Number.Start > vehicles.Start && x.Number.Start < purchase.Start && IsVehicles(x.Clause) && x.Number.Value != vehicles.Value))
        {
            var both = purchase.Interval + operation.Interval;
            var fits = both.Meets(vehicles.Interval);
            claims.Add(new Claim(ClaimKind.SumOfParts, fits ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted, doc.Span(vehicles), vehicles.Text, purchase.Value + operation.Value, both.Low, both.High,
                fits ? null : vehicles.Value - purchase.Value - operation.Value,
                fits ? $"公务用车购置费 {doc.Money(purchase.Value)} + 公务用车运行费 {doc.Money(operation.Value)} = {doc.Money(purchase.Value + operation.Value)}，与所写相符。"
                     : $"公务用车购置及运行费由购置费和运行费组成：{doc.Money(purchase.Value)} + {doc.Money(operation.Value)} = {doc.Money(purchase.Value + operation.Value)}，不是 {doc.Money(vehicles.Value)}。"));
        }
    }

    /// <summary>
    /// "“三公”经费…比上年减少支出613.80万元…因公出国（境）经费支出减少28.23万元…公务用车购置费减少79.4万元…运行费减少
    /// 596.98万元…公务接待费支出增加1.36万元": a “三公” total's change against last year (or against its budget) is the
    /// sum of its items' changes, signed. Checked only where every item's change is stated after it.
    /// </summary>
    private static void ThreePublicChanges(AuditDocument doc, List<ChangeClaim> changes, List<Claim> claims)
    {
        // What each change is of, by the whole name its figure is written with ("因公出国(境)费", brackets and all), named once.
        var names = changes.Select(c => c.Current is { } n ? ClauseLabel(doc, n) + "|" + c.Label : c.Label).ToArray();
        bool IsTotal(int i) => names[i].Contains("三公", StringComparison.Ordinal) && !IsThreePublicItem(names[i]);
        for (var t = 0; t < changes.Count; t++)
        {
            var whole = changes[t];
            var (isTotal, isVehicles) = (IsTotal(t), !IsTotal(t) && IsVehicles(names[t]));
            if (whole.Difference is null || !(isTotal || isVehicles)) continue;
            // The items' changes stated after the whole's, up to the next whole of the kind.
            var after = Enumerable.Range(t + 1, changes.Count - t - 1)
                .TakeWhile(i => changes[i].At - whole.At <= DecompositionReach && !IsTotal(i) && !(isVehicles && IsVehicles(names[i])))
                .Where(i => changes[i].AgainstBudget == whole.AgainstBudget && changes[i].Difference is not null).ToArray();
            ChangeClaim? First(Func<string, bool> named) => after.Where(i => named(names[i])).Select(i => changes[i]).FirstOrDefault();
            var (abroad, vehicles, reception, purchase, operation) = (First(IsAbroad), First(IsVehicles), First(IsReception), First(IsPurchase), First(IsOperation));
            // "公务用车购置及运行费…同比减少144.92万元（公务用车购置费0万元，同比减少0万元；公务用车运行维护费…同比减少0万元）".
            // With no word of a purchase after the whole, the running costs are all the vehicles cost, as in the sum of the items.
            var noPurchase = purchase is null && after.Length > 0 && !Mentions(doc.Text[whole.At..changes[after[^1]].Difference!.End], "购置", "購置");
            (string Item, ChangeClaim? Change)[] items = isVehicles ? [("公务用车购置费", purchase), ("公务用车运行费", operation)]
                : vehicles is not null ? [("因公出国（境）费", abroad), ("公务用车购置及运行费", vehicles), ("公务接待费", reception)]
                : noPurchase ? [("因公出国（境）费", abroad), ("公务用车运行费", operation), ("公务接待费", reception)]
                : [("因公出国（境）费", abroad), ("公务用车购置费", purchase), ("公务用车运行费", operation), ("公务接待费", reception)];
            if (items.Any(i => i.Change is null) || ChangesOfAnEarlierWhole(changes, t, items.Select(i => i.Change!))) continue;
            ChangeOfItsItems(doc, claims, whole, items!, isVehicles ? "公务用车购置及运行费" : "“三公”经费");
        }
    }

    /// <summary>
    /// "本月完成财政支出3021万元，较上年同月少支5255万元。其中：一般公共预算支出完成2021万元，较上年同月少支1962万元…。
    /// 政府性基金支出完成1000万元，较上年同月少支3329万元": parts listed after 其中 whose figures of the year add up to their
    /// whole's are all of it, so their changes add up to the whole's change too.
    /// </summary>
    private static void ChangesOfListedParts(AuditDocument doc, List<ChangeClaim> changes, List<Claim> claims)
    {
        var checkedAt = claims.Where(c => c.Kind == ClaimKind.SumOfParts).Select(c => c.Span.Start).ToHashSet();
        for (var w = 0; w < changes.Count; w++)
        {
            var whole = changes[w];
            if (whole.Current is not { } current || whole.Difference is null || checkedAt.Contains(doc.Span(whole.Difference).Start)) continue;
            var position = w;
            Guarded(doc, claims, ClaimKind.SumOfParts, whole.Difference, () =>
            {
                var paragraph = doc.ParagraphAt(whole.At);
                var after = Math.Max(whole.Difference.End, whole.Percent?.End ?? 0);
                // The list follows its whole closely: a long paragraph is not searched to its end for each change.
                paragraph = (paragraph.Start, Math.Min(paragraph.End, after + DecompositionReach));
                var list = after < paragraph.End ? doc.Text.IndexOf("其中", after, paragraph.End - after, StringComparison.Ordinal) : -1;
                // "…比去年上半年增收681万元。\n其中，…": the list may open the next paragraph.
                if (list < 0 && paragraph.End < doc.Text.Length && doc.ParagraphAt(paragraph.End + 1) is var following
                    && doc.Text[following.Start..following.End].TrimStart().StartsWith("其中", StringComparison.Ordinal))
                    (list, paragraph) = (doc.Text.IndexOf("其中", following.Start, StringComparison.Ordinal), (following.Start, Math.Min(following.End, following.Start + DecompositionReach)));
                if (list < 0) return;
                // The parts: each change after 其中 in the paragraph, of a figure of the year, before the next 其中.
                var next = doc.Text.IndexOf("其中", list + 2, paragraph.End - list - 2, StringComparison.Ordinal) is var n and >= 0 ? n : paragraph.End;
                var parts = changes.Skip(position + 1).TakeWhile(c => c.At < next).Where(c => c.At > list).ToArray();
                if (parts.Length < 2 || parts.Any(p => p.Current is null || p.Difference is null || p.AgainstBudget != whole.AgainstBudget || p.Current == current)) return;
                var currents = SumOfStated(parts.Select(p => p.Current!));
                if (currents.Meets(current.Interval) && !ChangesOfAnEarlierWhole(changes, position, parts))
                    ChangeOfItsItems(doc, claims, whole, parts.Select(p => (Quantity(p.Label), p)).ToArray(), Quantity(whole.Label));
            });
        }
    }

    /// <summary>"本月完成财政支出", "一般公共预算支出完成": the quantity without the words of its period and its completion.</summary>
    private static string Quantity(string label) => PeriodAndCompletion().Replace(label, "") is { Length: >= 2 } quantity ? quantity : label;

    [GeneratedRegex(@"^(本月|本年|全年|当月)?(累计)?(完成)?|(累计)?完成$")]
    private static partial Regex PeriodAndCompletion();

    /// <summary>
    /// "…预算数为7933.94万元，比2013年预算数减少414.1万元。\n…执行数为7330.86万元，比2013年预算数减少1017.18万元。其中，…减少
    /// 206万元…": items whose changes add up to a change stated just before the whole's, on the same basis, are that one's.
    /// </summary>
    private static bool ChangesOfAnEarlierWhole(List<ChangeClaim> changes, int whole, IEnumerable<ChangeClaim> items)
    {
        var listed = items.ToArray();
        var sum = SignedSum(listed);
        // Items that did not change at all fit any change of nothing: that says nothing of whose they are.
        if (listed.All(c => c.Difference!.Value == 0)) return false;
        // The changes come in the text's order: those before the whole's, back as far as the reach of its items.
        for (var i = whole - 1; i >= 0 && changes[whole].At - changes[i].At <= DecompositionReach; i--)
            if (changes[i].Difference is not null && changes[i].AgainstBudget == changes[whole].AgainstBudget && sum.Meets(Signed(changes[i]))) return true;
        return false;
    }

    /// <summary>A change's amount with its sign; "减少0万元" is no change at all, not anything below half a 万元.</summary>
    private static Interval Signed(ChangeClaim c) => c.Difference!.Value == 0 ? Interval.Zero : c.Decrease ? -c.Difference.Interval : c.Difference.Interval;

    private static Interval SignedSum(IEnumerable<ChangeClaim> changes) => changes.Aggregate(Interval.Zero, (acc, c) => acc + Signed(c));

    /// <summary>A whole's change against the signed sum of its items' changes, where every item's is stated.</summary>
    private static void ChangeOfItsItems(AuditDocument doc, List<Claim> claims, ChangeClaim whole, (string Item, ChangeClaim Change)[] items, string wholeName)
    {
        var sum = SignedSum(items.Select(i => i.Change));
        var added = items.Sum(i => i.Change.Decrease ? -i.Change.Difference!.Value : i.Change.Difference!.Value);
        var addition = string.Join("，", items.Select(i => $"{i.Item}{(i.Change.Decrease ? "减少" : "增加")} {doc.Money(i.Change.Difference!.Value)}"));
        var basis = whole.AgainstBudget ? "与预算数相比" : "与上年相比";
        var fits = sum.Meets(Signed(whole));
        claims.Add(new Claim(ClaimKind.SumOfParts, fits ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted, doc.Span(whole.Difference!), whole.Difference!.Text,
            Math.Abs(added), sum.Low, sum.High, fits ? null : whole.Difference.Value - Math.Abs(added),
            fits ? $"{basis}，{addition}，合计{Net(added)}，与所写相符。"
                 : $"{basis}，{wholeName}的增减是各项增减之和：{addition}，合计{Net(added)}，不是{(whole.Decrease ? "减少" : "增加")} {doc.Money(whole.Difference.Value)}。"));

        string Net(decimal value) => value == 0 ? "无增减" : $"{(value < 0 ? "减少" : "增加")} {doc.Money(Math.Abs(value))}";
    }

    /// <summary>
    /// The kinds each income and expenditure total of the 收入支出决算总表 adds up (the names texts use for them; the
    /// year's opening balance is also written 上年结转和结余).
    /// </summary>
    private static readonly Dictionary<string, string[]> Components = new(StringComparer.Ordinal)
    {
        ["本年收入合计"] = ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
        ["收入总计"] = ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入", "用事业基金弥补收支差额", "使用非财政拨款结余", "年初结转和结余", "上年结转和结余"],
        ["本年支出合计"] = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
        ["支出总计"] = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出", "结余分配", "年末结转和结余"],
    };

    /// <summary>
    /// "收入总计为10070.54万元，其中：1.财政拨款收入…6.上年结转和结余27.93万元": the kinds stated after a total, the first
    /// figure of each, up to the next figure of the same total. Kinds left unstated may be nil, so kinds adding to more
    /// than the total contradict it, and kinds short of it say nothing.
    /// </summary>
    private static void TotalOfComponents(AuditDocument doc, List<Claim> claims, StatedNumber total)
    {
        var label = doc.Label(total);
        var end = Math.Min(doc.Text.Length, total.End + DecompositionReach);
        var after = doc.NumbersIn((total.End, end)).Where(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n)).ToArray();
        var next = Array.FindIndex(after, n => doc.Label(n) == label);
        if (next >= 0) after = after[..next];
        var parts = Components[label].Select(kind => (Kind: kind, Number: after.FirstOrDefault(n => doc.Label(n) == kind)))
            .Where(p => p.Number is not null).Select(p => (p.Kind, p.Number!)).ToArray();
        if (parts.Length < 2) return;
        PartsAgainstWhole(doc, claims, total, parts, complete: false, label,
            (addition, added) => $"{label}不小于文中列出的各项之和：{addition} = {doc.Money(added)}，大于所写的 {doc.Money(total.Value)}。");
    }

    /// <summary>
    /// Named parts against their whole: consistent when they add to it; contradicted when they exceed it, or, being all its
    /// parts, fall short of it; else nothing is said (false). "0万元" is none at all, not anything below half a 万元.
    /// </summary>
    private static bool PartsAgainstWhole(AuditDocument doc, List<Claim> claims, StatedNumber total, IReadOnlyList<(string Name, StatedNumber Number)> parts,
        bool complete, string whole, Func<string, decimal, string> contradiction)
    {
        var sum = SumOfStated(parts.Select(p => p.Number));
        var verdict = sum.Meets(total.Interval) ? ClaimVerdict.Consistent
            : complete || sum.Low > total.Interval.High ? ClaimVerdict.Contradicted : (ClaimVerdict?)null;
        if (verdict is null) return false;
        var addition = string.Join(" + ", parts.Select(p => $"{p.Name} {doc.Money(p.Number.Value)}"));
        var added = parts.Sum(p => p.Number.Value);
        claims.Add(new Claim(ClaimKind.SumOfParts, verdict.Value, doc.Span(total), total.Text, added, sum.Low, sum.High, verdict == ClaimVerdict.Contradicted ? total.Value - added : null,
            verdict == ClaimVerdict.Consistent ? $"{addition} = {doc.Money(added)}，与所写的{whole}相符。" : contradiction(addition, added)));
        return true;
    }

    private static void PersonnelAndPublic(AuditDocument doc, List<Claim> claims, StatedNumber total)
    {
        var end = Math.Min(doc.Text.Length, total.End + DecompositionReach);
        var after = doc.NumbersIn((total.End, end)).Where(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n)).ToArray();
        // Up to the next 基本支出: the figures after it are another's.
        var next = Array.FindIndex(after, n => doc.Label(n).EndsWith("基本支出", StringComparison.Ordinal));
        if (next >= 0) after = after[..next];
        var personnel = after.FirstOrDefault(n => doc.Label(n) is "人员经费" or "人员经费支出");
        var common = after.FirstOrDefault(n => doc.Label(n) is "公用经费" or "公用经费支出" or "日常公用经费" or "日常公用经费支出");
        if (personnel is null || common is null) return;
        var sum = personnel.Interval + common.Interval;
        var verdict = sum.Meets(total.Interval) ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted;
        claims.Add(new Claim(ClaimKind.SumOfParts, verdict, doc.Span(total), total.Text, sum.Value, sum.Low, sum.High, verdict == ClaimVerdict.Contradicted ? total.Value - sum.Value : null,
            verdict == ClaimVerdict.Consistent
                ? $"人员经费 {doc.Money(personnel.Value)} + 公用经费 {doc.Money(common.Value)} = {doc.Money(personnel.Value + common.Value)}，与所写相符。"
                : $"基本支出由人员经费和公用经费组成：{doc.Money(personnel.Value)} + {doc.Money(common.Value)} = {doc.Money(personnel.Value + common.Value)}，不是 {doc.Money(total.Value)}。"));
    }
}
