using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.Checks;

namespace Juesuan.Audit;

/// <summary>
/// 文本核查 — reads a published disclosure's text and checks every arithmetic claim it can recognise
/// against the text's own numbers, with interval arithmetic from each number's stated precision
/// (rounding and truncation of the last digit both accepted). A claim is reported as contradicted only
/// when the document's own numbers prove it; a claim it cannot pin down is reported as unverifiable.
/// </summary>
public static partial class Auditor
{

    /// <param name="cancellation">Stops the audit between its passes: a request whose client left does no more work.</param>
    public static AuditReport Audit(string text, string source, CancellationToken cancellation = default) => Audit(text, source, null, cancellation);

    /// <param name="tables">The document's own tables, when they were read: the narrative's figures that name a cell are compared with it.</param>
    /// <param name="cancellation">Stops the audit between its passes: a request whose client left does no more work.</param>
    public static AuditReport Audit(string text, string source, FactSet? tables, CancellationToken cancellation = default)
    {
        var doc = new AuditDocument(text);
        var claims = new List<Claim>();
        cancellation.ThrowIfCancellationRequested();
        var threePublic = ThreePublicTotals(doc);
        var changes = Changes(doc, claims, threePublic);
        cancellation.ThrowIfCancellationRequested();
        var shares = Shares(doc, claims, threePublic);
        cancellation.ThrowIfCancellationRequested();
        RatiosToLastYear(doc, claims, threePublic);
        Rates(doc, claims);
        Savings(doc, claims);
        AnnualGrowth(doc, claims);
        ChangesBetweenStatedYears(doc, claims);
        PercentagePointGaps(doc, claims);
        SharesOverHundred(doc, shares, claims);
        cancellation.ThrowIfCancellationRequested();
        // A government's fiscal report carries a balance over (滚存结余), a hospital's accounts a surplus: their totals differ.
        var unitAccounts = !NotUnitAccounts().IsMatch(doc.Text);
        if (unitAccounts) PairedChanges(doc, changes, claims);
        ChangesStatedTwice(doc, changes, claims);
        ThreePublicChanges(doc, changes, claims);
        ChangesOfListedParts(doc, changes, claims);
        Levels(doc, claims, unitAccounts);
        DecimalSlips(doc, claims);
        SumsOfParts(doc, claims, threePublic);
        ThreeIndustries(doc, claims);
        YearsBalances(doc, claims);
        NaturalGrowth(doc, claims);
        BalanceSheets(doc, claims);
        CountChanges(doc, claims);
        CountShares(doc, claims);
        OtherYears(doc, claims);
        BudgetComparisons(doc, claims);
        WithinLimits(doc, claims);
        LevelsWithLastYear(doc, claims, threePublic);
        ChangeTables(doc, claims);
        OutlineTables(doc, claims);
        PerformanceForms(doc, claims);
        TemplateBlanks(doc, claims);
        MultiplesReadLoosely(claims);
        if (tables is not null)
        {
            TableFigureClaims(doc, tables, claims);
            ThreePublicRates(doc, tables, claims);
        }
        // A number a contradiction is proven for is not also reported as unverifiable.
        var proven = claims.Where(c => c.Verdict == ClaimVerdict.Contradicted).Select(c => c.Span.Start).ToHashSet();
        claims.RemoveAll(c => c.Verdict == ClaimVerdict.Unverifiable && proven.Contains(c.Span.Start));
        return new AuditReport(source, text.Length, claims.OrderBy(c => c.Span.Start).ThenBy(c => c.Kind).ToArray());
    }

    /// <summary>
    /// A change recognised in the text: the quantity, and its stated difference and percentage; against the budget or
    /// against last year; where it starts in the text read (<see cref="At"/>) and in the text given (<see cref="Span"/>).
    /// </summary>
    private sealed record ChangeClaim(string Label, StatedNumber? Current, bool Decrease, StatedNumber? Difference, StatedNumber? Percent, int At, TextSpan Span, bool AgainstBudget)
    {
        /// <summary>The earlier figure, where the text states it with the comparison.</summary>
        public StatedNumber? Prior { get; init; }
    }

    /// <summary>What a change is measured from, and what the figure it changes to is called, as the explanations say them.</summary>
    private sealed record ChangeBasis(string From, string To)
    {
        public static readonly ChangeBasis PriorYear = new("上年数", "本年数");
        public static readonly ChangeBasis Budget = new("预算数", "决算数");

        /// <summary>A balance against the year's start: "资产总额…较年初增加…".</summary>
        public static readonly ChangeBasis YearStart = new("年初数", "年末数");
    }

    /// <summary>
    /// A share found consistent, with the base it fits, for the 100 % test of its structure: the shares of
    /// one base in a paragraph, except that a listed sentence ("分别为…，占…的p、q和r") is a structure of its own.
    /// </summary>
    private sealed record ShareFit(StatedNumber Percent, StatedNumber Part, StatedNumber Base, string Named, int Paragraph, int List);

    // ── changes against last year or the budget ──────────────────────────────────────────────

    /// <summary>
    /// A comparison with last year ("较上年", "比2020年决算数", "同比"), with the budget ("较年初预算数",
    /// "与2021年度预算相比") or, for a balance, with the year's start ("较年初", "比上年末"), or last year's figure stated as such
    /// ("上年同期为48000万元，增长…", "上年支出总计为…", "而2022年为…"): the same arithmetic, from another base.
    /// </summary>
    [GeneratedRegex(@"(?<budget>(比|较|与)(20\d\d\s?年度?)?(年初|全年|调整后的?)?预算(调整数|数)?)|(比|较|与|相较于|相比于|同比)(上年度|上一年度|上年|上一年|去年度|去年|同期|(?<year>20\d\d)\s?年度?)(决算数?|(实际)?(完成|执行)数|同期|同月|上半年|下半年|前三季度|第?[一二三四]季度)?|同比(?=增|减|下降|上升|提高|降低)|同口径(?=增|减|下降|上升|提高|降低)|(比|较|与)(?<start>上年末|上年年末|年初)(?!预算|计划)数?|(?<![比较与])(上年同期|去年同期|上年|去年)(?!结转|结余)[^，,。；;0-9]{0,12}?(为|是)(?=\s*[0-9])|(?<![比较与0-9])(?<year>20\d\d)\s?年度?(为|是)(?=\s*[0-9])")]
    private static partial Regex ChangeKeyword();

    /// <summary>What a comparison may name between its keyword and its direction without naming a quantity ("较上年支出数减少", "同口径相比增").</summary>
    [GeneratedRegex(@"^(同口径)?(支出|收入|决算|预算|执行|实际|实际支出|实际执行)?数?$")]
    private static partial Regex OnlyTheMeasure();

    /// <summary>The words of a change's direction every reading shares; 增收/减收 and 增支/减支 are how budget reports write them.</summary>
    private const string Directions = "增加|减少|減少|负增长|负增長|增长|增長|下降|降低|提高|上升|增收|减收|減收|增支|减支|減支";

    /// <summary>The direction of a change, with 少支, 多收 …, a lone 增 or 减 before a figure, 增幅 or 降幅 before one, and 节约.</summary>
    [GeneratedRegex("(" + Directions + @"|少支|少收|多支|多收|少|多|增(?=\s*[-−]?[0-9])|减(?=\s*[0-9])|(增幅|降幅|减幅)(?=(为|是|达到?)?\s*[-−]?[0-9])|节约|节省)")]
    private static partial Regex Direction();

    /// <summary>Whether a direction starts within a stretch of the text, read with what follows it ("增" is one only before a figure).</summary>
    private static bool DirectionIn(AuditDocument doc, int from, int to) =>
        // Read up to the figure after the stretch too (a one-character direction is one only before a figure).
        Direction().Match(doc.Text, from, Math.Min(doc.Text.Length, to + 8) - from) is { Success: true } m && m.Index < to;

    /// <summary>
    /// "与2015年决算数相比，收入增加950.05万元…。支出增加841.13万元，增长13.36%": a sentence that opens with a quantity
    /// and its change, in a paragraph whose comparison was made before, continues that comparison.
    /// </summary>
    [GeneratedRegex(@"^\s*(?=[\p{IsCJKUnifiedIdeographs}“”]{2,12}?(增加|减少|增长|下降|提高|降低|增收|减收|增支|减支)\s*[0-9])")]
    private static partial Regex ContinuedChange();

    /// <summary>
    /// "同比下降7.3%，加上…调出资金增加10,239万元": a clause whose direction follows a name of its own is another quantity's
    /// change, not more of the one before it.
    /// </summary>
    private static bool NamesAnother(AuditDocument doc, int clause, int figure)
    {
        var direction = Direction().Match(doc.Text, clause, figure - clause);
        if (!direction.Success) return false;
        var words = Words(ChangeKeyword().Replace(doc.Text[clause..direction.Index], ""));
        return words.Length >= 2 && !OnlyTheMeasure().IsMatch(words);
    }

    private static List<ChangeClaim> Changes(AuditDocument doc, List<Claim> claims, StatedNumber[] threePublic)
    {
        var found = new List<ChangeClaim>();
        foreach (var sentence in doc.Sentences)
        {
            var s = doc.Text[sentence.Start..sentence.End];
            var comparisons = ChangeKeyword().Matches(s);
            foreach (Match k in comparisons)
                Guarded(doc, claims, ClaimKind.Change, sentence.Start, sentence.End, () => Change(doc, claims, found, sentence, s, k, k.Groups["budget"].Success, threePublic));
            if (comparisons.Count == 0 && found.LastOrDefault() is { } previous && doc.ParagraphAt(previous.At) == doc.ParagraphAt(sentence.Start)
                && ContinuedChange().Match(s) is { Success: true } continued)
                Guarded(doc, claims, ClaimKind.Change, sentence.Start, sentence.End, () => Change(doc, claims, found, sentence, s, continued, previous.AgainstBudget, threePublic));
            Guarded(doc, claims, ClaimKind.Change, sentence.Start, sentence.End, () => UnnamedChanges(doc, claims, found, sentence));
            if (found.LastOrDefault() is { } last && doc.ParagraphAt(last.At) == doc.ParagraphAt(sentence.Start))
                Guarded(doc, claims, ClaimKind.Change, sentence.Start, sentence.End, () => PartChanges(doc, claims, found, sentence, last.AgainstBudget, threePublic));
        }
        return found;
    }

    /// <summary>What may open a clause before the name it states: 其中, a list's number ("2、", "（三）").</summary>
    [GeneratedRegex(@"^\s*(其中)?\s*([0-9一二三四五六七八九十]+[、.．]|[（(][0-9一二三四五六七八九十]+[）)])?\s*$")]
    private static partial Regex ClauseOpening();

    /// <summary>A quantity named straight before its direction and amount: "公务用车购置及运行费支出决算减少1.52万元".</summary>
    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}“”（）()]{2,30}?)(?<direction>增加/减少|增长/下降|" + Directions + @")了?\s*(?=[0-9])")]
    private static partial Regex NamedDirection();

    /// <summary>
    /// "比2017年减少2.01万元，下降9.77%。其中：因公出国（境）费…；公务用车购置及运行费支出决算减少1.52万元，下降14.31%":
    /// after a comparison in its paragraph, a quantity named straight before its change continues that comparison, each
    /// clause on its own; its figure of the year is the one stated under its name.
    /// </summary>
    private static void PartChanges(AuditDocument doc, List<Claim> claims, List<ChangeClaim> found, (int Start, int End) sentence, bool againstBudget, StatedNumber[] threePublic)
    {
        var numbers = doc.NumbersIn(sentence).ToArray();
        foreach (Match m in NamedDirection().Matches(doc.Text[sentence.Start..sentence.End]))
        {
            var nameStart = sentence.Start + m.Groups["name"].Index;
            // The name opens its clause, after a list's number at most.
            if (!ClauseOpening().IsMatch(doc.Text[doc.ClauseStart(nameStart, sentence.Start)..nameStart])) continue;
            var at = sentence.Start + m.Index + m.Length;
            var index = Array.FindIndex(numbers, n => n.Start >= at);
            if (index < 0 || numbers[index] is not { Kind: NumberKind.Money } difference || difference.Start != at || doc.HasRole(difference)) continue;
            // "增加/减少0万元": a template's two directions, left as they were, say nothing of a change that is none.
            var undecided = m.Groups["direction"].Value.Contains('/');
            if (undecided && difference.Value != 0) continue;
            var decrease = IsDecrease(m.Groups["direction"].Value);
            var percent = index + 1 < numbers.Length && numbers[index + 1] is { Kind: NumberKind.Percent } p && !doc.HasRole(p)
                && ChangeStep().Match(doc.Text[difference.End..p.Start]) is { Success: true } step && IsDecrease(step.Groups[1].Value) == decrease ? p : null;
            var name = AuditDocument.Normalize(m.Groups["name"].Value);
            var current = Named(doc, name, nameStart, threePublic);
            if (current is null || current.Start > nameStart) continue;
            foreach (var n in new[] { difference, percent }.OfType<StatedNumber>()) doc.SetChangeRole(n);
            found.Add(new ChangeClaim(name, current, decrease, difference, percent, nameStart, doc.Span(nameStart, (percent ?? difference).End), againstBudget));
            if (percent is not null)
                VerifyChange(doc, claims, againstBudget ? ChangeBasis.Budget : ChangeBasis.PriorYear, name, decrease, current, null, difference, percent, []);
        }
    }

    /// <summary>"分别下降", "各减少", "分别较上年增加": a comparison whose amounts and rates are listed, one for each quantity.</summary>
    [GeneratedRegex(@"(分别|各)(是|为)?(比|较|与|同比)?")]
    private static partial Regex Distributive();

    /// <summary>What may join the figures of one list: separators, and the direction its first figure was given.</summary>
    [GeneratedRegex(@"^\s*([、，,和及与]|分别|各)+\s*$")]
    private static partial Regex ListJoin();

    /// <summary>
    /// "与2019年相比，收入减少84.55、支出总计减少99.6万元，分别下降18%、21.6%", "收、支总计各减少1267.86,2570.97万元，
    /// 各下降23.51%、38.28%": a comparison that lists its amounts and rates, one for each quantity, in order. The quantities are
    /// named before each amount, or listed before 分别/各; their figures are the named ones, else the figures the sentence before
    /// lists, as many as there are changes. A list that cannot be paired is unverifiable, never read as one change (true when read).
    /// </summary>
    private static bool ListedChanges(AuditDocument doc, List<Claim> claims, List<ChangeClaim> found, (int Start, int End) sentence, StatedNumber[] numbers,
        int keywordStart, int at, int next, bool againstBudget)
    {
        var clause = doc.ClauseStart(keywordStart, sentence.Start);
        // 分别 or 各 with a direction within a few characters after it ("各下降", "分别较上年增加").
        var marker = Distributive().Matches(doc.Text[clause..next]).FirstOrDefault(m => DirectionIn(doc, clause + m.Index + m.Length, clause + m.Index + m.Length + 9));
        if (marker is null) return false;
        // Each figure of the comparison with the direction it follows, where only a list's separators stand between them.
        var listed = new List<(StatedNumber Number, Match Direction)>();
        foreach (var n in numbers.Where(n => n.Start >= at && n.Start < next && n.Kind is NumberKind.Money or NumberKind.Percent && !doc.HasRole(n)))
        {
            var direction = Direction().Matches(doc.Text[at..n.Start]).LastOrDefault();
            if (direction is null) continue;
            var from = at + direction.Index + direction.Length;
            var between = doc.Text[from..n.Start];
            var previous = listed.Count > 0 ? listed[^1] : default;
            if (between.Trim().Length == 0 || (previous.Number is not null && previous.Direction.Index == direction.Index && ListJoin().IsMatch(doc.Text[previous.Number.End..n.Start])))
                listed.Add((n, direction));
        }
        var amounts = listed.Where(x => x.Number.Kind == NumberKind.Money).ToArray();
        var rates = listed.Where(x => x.Number.Kind == NumberKind.Percent).ToArray();
        var count = Math.Max(amounts.Length, rates.Length);
        if (count < 2) return false;
        foreach (var x in listed) doc.SetChangeRole(x.Number);
        var names = NamesOfListedChanges(doc, amounts, clause, keywordStart, at, count, clause + marker.Index);
        var currents = names?.Select(n => doc.LevelValue(n, keywordStart) ?? Total(doc, n, keywordStart)).ToArray();
        if (currents is null || currents.Any(c => c is null)) currents = ListedBefore(doc, sentence, count, clause);
        var basis = againstBudget ? ChangeBasis.Budget : ChangeBasis.PriorYear;
        if ((amounts.Length != 0 && amounts.Length != count) || (rates.Length != 0 && rates.Length != count) || currents is null)
        {
            foreach (var x in listed)
                claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Unverifiable, doc.Span(x.Number), x.Number.Text, null, null, null, null,
                    $"这句按顺序列出几项的增减，文中未写明与之一一对应的{basis.To}，无法核对。"));
            return true;
        }
        for (var i = 0; i < count; i++)
        {
            var amount = amounts.Length == 0 ? null : amounts[i].Number;
            var rate = rates.Length == 0 ? null : rates[i].Number;
            var decrease = IsDecrease((amounts.Length == 0 ? rates[i] : amounts[i]).Direction.Value);
            if (amount is not null && rate is not null && IsDecrease(rates[i].Direction.Value) != decrease) continue;
            var label = names?[i] ?? doc.Label(currents[i]!);
            found.Add(new ChangeClaim(label, currents[i], decrease, amount, rate, (amount ?? rate)!.Start, doc.Span((amount ?? rate)!), againstBudget));
            VerifyChange(doc, claims, basis, label, decrease, currents[i], null, amount, rate, []);
        }
        return true;
    }

    /// <summary>
    /// The quantities of a listed comparison: each named just before its own direction ("收入减少84.55、支出总计减少99.6万元"),
    /// or listed before 分别/各 ("收入、支出分别较上年…", "收、支总计各减少…"); null when they cannot be told.
    /// </summary>
    private static string[]? NamesOfListedChanges(AuditDocument doc, (StatedNumber Number, Match Direction)[] amounts, int clause, int keywordStart, int at, int count, int marker)
    {
        if (amounts.Length == count && amounts.Select(a => a.Direction.Index).Distinct().Count() == count)
        {
            var own = amounts.Select((a, i) => AuditDocument.Normalize(Words(doc.Text[(i == 0 ? at : amounts[i - 1].Number.End)..(at + a.Direction.Index)]).TrimStart('、'))).ToArray();
            if (own.All(n => n.Length >= 2)) return own;
        }
        var listText = marker < keywordStart ? doc.Text[clause..marker] : doc.Text[at..marker];
        var parts = listText.Split(['、', '和', '及'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Words).ToArray();
        if (parts.Length != count) return null;
        // "收、支总计": the last name's 总计 (合计) is each one's, and 收 and 支 are 收入 and 支出.
        var suffix = parts[^1].EndsWith("总计", StringComparison.Ordinal) ? "总计" : parts[^1].EndsWith("合计", StringComparison.Ordinal) ? "合计" : "";
        return parts.Select(p =>
        {
            var name = p.Replace("支总计", "支出总计").Replace("收总计", "收入总计");
            name = name is "收" ? "收入" : name is "支" ? "支出" : name;
            return AuditDocument.Normalize(name.EndsWith(suffix, StringComparison.Ordinal) ? name : name + suffix);
        }).ToArray();
    }

    /// <summary>
    /// The figures of the year the sentence states before the comparison, or else those the sentence before states, when they
    /// are just as many as a listed comparison has changes.
    /// </summary>
    private static StatedNumber?[]? ListedBefore(AuditDocument doc, (int Start, int End) sentence, int count, int clause)
    {
        // "收入总计350.00万元，支出总计350.00万元，分别比上年增加…": the figures its own sentence states before the comparison.
        var own = doc.NumbersIn((sentence.Start, clause)).Where(n => n.Kind == NumberKind.Money && doc.IsFigureOfTheYear(n)).ToArray();
        if (own.Length == count) return own;
        var index = doc.SentenceIndexAt(sentence.Start);
        if (index == 0 || doc.ParagraphAt(doc.Sentences[index - 1].Start) != doc.ParagraphAt(sentence.Start)) return null;
        var figures = doc.NumbersIn(doc.Sentences[index - 1]).Where(n => n.Kind == NumberKind.Money && doc.IsFigureOfTheYear(n)).ToArray();
        return figures.Length == count ? figures : null;
    }

    /// <summary>What stands between a figure and its change's amount or rate, or between the two: a comma and the direction.</summary>
    [GeneratedRegex(@"^\s*[，,]\s*(增长/下降|" + Directions + @"|增|减)了?\s*$")]
    private static partial Regex ChangeStep();

    /// <summary>
    /// "其中，税收收入完成1036.5亿元，增长55.4%，增收369.4亿元": a figure followed straight away by its change's amount and
    /// rate names no comparison, and needs none: whatever the change is from, its rate is its amount over the figure less
    /// the amount. Only the figures no named comparison took are read so.
    /// </summary>
    private static void UnnamedChanges(AuditDocument doc, List<Claim> claims, List<ChangeClaim> found, (int Start, int End) sentence)
    {
        var numbers = doc.NumbersIn(sentence).ToArray();
        for (var i = 0; i + 2 < numbers.Length; i++)
        {
            // "完成129748万元，为调整预算数的100.66%，增收…": a completion rate may stand between the figure and its change.
            var skip = i + 3 < numbers.Length && numbers[i + 1].Kind == NumberKind.Percent && CompletionBetween().IsMatch(doc.Text[numbers[i].End..numbers[i + 1].Start]) ? 1 : 0;
            var (current, first, second) = (numbers[i], numbers[i + 1 + skip], numbers[i + 2 + skip]);
            if (current.Kind != NumberKind.Money || current.UnitGuessed || doc.HasRole(current) || doc.HasRole(first) || doc.HasRole(second)) continue;
            // "2024年支出决算90万元，2023年支出决算100万元，减少10万元": a figure named under an earlier year is what the change is from.
            if (StatedYear().IsMatch(doc.RawLabel(current)) && doc.IsOfAnEarlierYear(current)) continue;
            var (to, on) = (ChangeStep().Match(doc.Text[(skip == 0 ? current : numbers[i + 1]).End..first.Start]), ChangeStep().Match(doc.Text[first.End..second.Start]));
            if (!to.Success || !on.Success) continue;
            var (difference, percent) = first.Kind == NumberKind.Money && second.Kind == NumberKind.Percent ? (first, second)
                : first.Kind == NumberKind.Percent && second.Kind == NumberKind.Money ? (second, first) : (null, null);
            var decrease = IsDecrease(to.Groups[1].Value);
            if (difference is null || percent is null || decrease != IsDecrease(on.Groups[1].Value)) continue;
            foreach (var n in new[] { difference, percent }) doc.SetChangeRole(n);
            var label = doc.Label(current);
            found.Add(new ChangeClaim(label, current, decrease, difference, percent, current.Start, doc.Span(current.Start, second.End), AgainstBudget: false));
            VerifyChange(doc, claims, ChangeBasis.PriorYear, label, decrease, current, null, difference, percent, []);
            i += 2 + skip;
        }
    }

    /// <summary>"(1)", "（二）", "2、", "一是": the number of an item of a list.</summary>
    [GeneratedRegex(@"[(（][0-9一二三四五六七八九十]{1,2}[)）]|(?<![0-9.])[0-9]{1,2}[、．](?![0-9])|[一二三四五六七八九十]{1,2}是")]
    private static partial Regex NumberedItem();

    /// <summary>What leads from a figure to its completion rate: "，为调整预算数的", "，完成年初预算的".</summary>
    [GeneratedRegex(@"^\s*[，,]\s*(为|是|占|完成)[^，,。；]{0,12}预算[^，,。；]{0,4}$")]
    private static partial Regex CompletionBetween();

    /// <summary>"节约", "节省": what is saved against a budget.</summary>
    [GeneratedRegex(@"节约|节省")]
    private static partial Regex Saving();

    private static bool IsDecrease(string direction) =>
        direction is "减少" or "減少" or "下降" or "降低" or "回落" or "减收" or "減收" or "减支" or "減支" or "少" or "减" or "少支" or "少收" or "降幅" or "减幅" or "负增长" or "负增長" or "节约" or "节省";

    /// <summary>One comparison with last year or the budget in a sentence: its quantity, direction, amount and rate, checked.</summary>
    private static void Change(AuditDocument doc, List<Claim> claims, List<ChangeClaim> found, (int Start, int End) sentence, string s, Match k, bool againstBudget,
        StatedNumber[] threePublic)
    {
        var keywordStart = sentence.Start + k.Index;
        // "2012年…公务接待费预算44.58万元，较2011年决算增长1%": the year compared with is earlier than the statement's own, or,
        // where the statement names none, than the later of the paragraph's and the document's ("2017年“三公”经费预算…。其中：
        // 因公出国(境)费用5万元，比2016年增加5万元", though 2016 is named more often).
        var ownYear = doc.StatedYearBefore(keywordStart, doc.StatementAt(keywordStart).Start)?.Year
            ?? Later(doc.StatedYearBefore(keywordStart, doc.ParagraphAt(keywordStart).Start)?.Year, doc.Year);
        if (!againstBudget && k.Groups["year"].Success && int.Parse(k.Groups["year"].Value, CultureInfo.InvariantCulture) >= ownYear) return;
        var at = keywordStart + k.Length;
        var numbers = doc.NumbersIn(sentence).ToArray();
        // "比2020年决算数的6652元": the prior year's figure, written straight after the comparison.
        var explicitPrior = numbers.FirstOrDefault(n => n.Kind == NumberKind.Money && n.Start >= at && n.Start - at <= 20
            && !DirectionIn(doc, at, n.Start) && !doc.Text[at..n.Start].Any(c => char.IsPunctuation(c) && c is not ('“' or '”')));
        var writtenPrior = explicitPrior;
        var from = explicitPrior?.End ?? at;
        var direction = Direction().Match(doc.Text, from, sentence.End - from);
        if (!direction.Success) return;
        var decrease = IsDecrease(direction.Value);
        var next = ChangeKeyword().Match(s, k.Index + k.Length) is { Success: true } n2 ? sentence.Start + n2.Index : sentence.End;
        if (explicitPrior is null && ListedChanges(doc, claims, found, sentence, numbers, keywordStart, at, next, againstBudget)) return;
        // "下降1.2%，增加2万元" but not "下降1.2%，其中：购置费414万元": a figure past a comma is the
        // change's only where its own clause names a direction too.
        // Nor is a figure another quantity's inside brackets opened after it ("同比增长29.3%（税收收入完成131,589万元…"),
        // though a rate bracketed alone, or with its direction, is the change's ("减少1.5万元（42.86%）", "增加100万元（增长20%）").
        // Nor is a saving after an increase ("比2011年增長38.61%，節約資金18.50億元"): it is against a budget.
        // Nor, in a sentence run on without its stop, a figure a name of its own leads after one of the change
        // ("比上年增长9.45%国家财政性教育经费为34207.75亿元").
        var after = numbers.Where(n => n.Start >= direction.Index && n.Start < next
            && !(numbers.LastOrDefault(m => m.End <= n.Start && m.Start >= direction.Index) is { } previous
                && Words(doc.Text[previous.End..n.Start]).Length >= 4 && !DirectionIn(doc, previous.End, n.Start))
            && (doc.ClauseStart(n.Start, direction.Index) is var clause && (clause <= direction.Index || (DirectionIn(doc, clause, n.Start) && !NamesAnother(doc, clause, n.Start)
                && (againstBudget || decrease || !Saving().IsMatch(doc.Text[clause..n.Start])))))
            && (doc.Text.LastIndexOfAny(['(', '（'], n.Start - 1, n.Start - direction.Index) is var open
                && (open < 0 || doc.Text[(open + 1)..n.Start].Trim().Length == 0 || BracketedDirection().IsMatch(doc.Text[(open + 1)..n.Start])))).ToArray();
        var difference = after.FirstOrDefault(n => n.Kind == NumberKind.Money);
        var percent = after.FirstOrDefault(n => n.Kind == NumberKind.Percent);
        if (difference is null && percent is null) return;
        // "较上年减0.04万元，增0.01%": an amount and a rate of one change that go opposite ways contradict each other, whatever the base.
        if (difference is not null && percent is not null && difference.Value != 0 && percent.Value > 0 && percent.Start > difference.End
            && Direction().Matches(doc.Text[difference.End..percent.End]).LastOrDefault(m => m.Index < percent.Start - difference.End) is { } rateDirection && !rateDirection.Value.Contains('/')
            && IsDecrease(rateDirection.Value) != decrease && !doc.Text[direction.Index..difference.Start].Contains('/'))
        {
            foreach (var n in new[] { difference, percent }) doc.SetChangeRole(n);
            // "增支2054万元，下降100%": a fall of all of it is no slip of a rate, so the amount's direction is the one wrong.
            var wrong = !decrease && percent.Value == 100m ? difference : percent;
            claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(wrong), wrong.Text, null, null, null, null,
                $"增减额写为{(decrease ? "减少" : "增加")} {difference.Text.Trim()}，增减率却写为{(decrease ? "增长" : "下降")} {percent.Text.Trim()}，两者方向相反。"));
            return;
        }

        // "比上年财政总收入238960.28万元减少…": the quantity is named with last year's figure.
        var (current, label) = explicitPrior is not null && AuditDocument.Normalize(Words(doc.Text[at..explicitPrior.Start])) is { Length: >= 2 } withPrior
            && Words(doc.Text[explicitPrior.End..direction.Index]).Length == 0
            // "2019年年初预算收入7031.72万元，比2018年年初预算收入2724.44万元增加…": the figure before the comparison under the same name.
            && (numbers.LastOrDefault(n => n.Kind == NumberKind.Money && n.End <= keywordStart && !doc.HasRole(n) && doc.Label(n).EndsWith(withPrior, StringComparison.Ordinal))
                ?? doc.LevelValue(withPrior, keywordStart) ?? Total(doc, withPrior, keywordStart) ?? doc.LevelsEndingWith(withPrior).LastOrDefault(n => n.Start < keywordStart)) is { } named
            ? (named, withPrior)
            : Current(doc, sentence, numbers, keywordStart, at, explicitPrior?.End ?? at, direction.Index, threePublic, againstBudget);
        // "同比增加8.25万元，同比增长2.8%": the rate's comparison repeats the one before it in the sentence, whose amount it shares.
        if (difference is null && percent is not null
            && found.LastOrDefault(f => f.At >= sentence.Start && f.Percent is null && f.Decrease == decrease && f.Difference is not null) is { } repeated
            && repeated.Difference!.End <= keywordStart)
            difference = repeated.Difference;
        // "普通初中上年14383.56元，本年11662.98元，同口径增加3.72%": last year's figure, stated before the comparison.
        explicitPrior ??= againstBudget || current is null ? null
            : numbers.LastOrDefault(n => n.Kind == NumberKind.Money && n.End <= keywordStart && n != current && !doc.HasRole(n) && doc.IsOfAnEarlierYear(n)
                && PriorYearWord().IsMatch(doc.RawLabel(n)));
        // "本年收入合计110万元，上年收入合计100万元，同比增长15%", "…90万元，上年为100万元，同比下降15%": last year's figure
        // stated between this year's and the comparison, under this year's name or under none.
        explicitPrior ??= againstBudget || current is null ? null
            : numbers.LastOrDefault(n => n.Kind == NumberKind.Money && n.Start >= current.End && n.End <= keywordStart && !doc.HasRole(n) && doc.IsOfAnEarlierYear(n)
                && YearOfAName().Replace(doc.Label(n), "") is var name && (name.Length == 0 || name == YearOfAName().Replace(label, "")));
        // "较上年增加10万元，增长11.11%，上年收入合计为90万元": last year's figure, stated after the comparison in its sentence.
        if (explicitPrior is null && !againstBudget && current is not null && (percent ?? difference) is { } last
            && numbers.FirstOrDefault(n => n.Kind == NumberKind.Money && n.Start > last.End && !doc.HasRole(n) && doc.IsOfAnEarlierYear(n)
                && YearOfAName().Replace(doc.Label(n), "") is var name && (name.Length == 0 || name == YearOfAName().Replace(label, ""))) is { } statedAfter)
        {
            // An amount and a rate that agree with each other are the change; a last year's figure that neither gives is the slip.
            Interval? fromChange = difference is null ? null : decrease ? current.Interval + difference.Interval : current.Interval - difference.Interval;
            if (fromChange is { } implied && difference is not null && percent is not null
                && Interval.Corners((d, p) => d * 100m / p, difference.Interval, implied).Meets(percent.Interval) && !implied.Meets(statedAfter.Interval))
            {
                doc.SetRole(statedAfter);
                claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(statedAfter), statedAfter.Text, implied.Value, implied.Low, implied.High,
                    statedAfter.Value - implied.Value, $"当前写为 {statedAfter.Text}，按本年数 {doc.Money(current.Value)} {(decrease ? "+" : "−")} {(decrease ? "减少" : "增加")}额 {doc.Money(difference.Value)} 应为 {doc.Money(implied.Value)}（增减额与增减率 {percent.Text.Trim()} 相符）。"));
            }
            else explicitPrior = statedAfter;
        }
        // "年初结转和结余15万元，年末结转和结余20万元，比年初增加5万元": the year-start figure of a year-end balance.
        explicitPrior ??= k.Groups["start"].Success && current is not null && label.StartsWith("年末", StringComparison.Ordinal)
            ? doc.LevelValue(string.Concat("年初", label.AsSpan(2)), keywordStart)
            : null;
        // "2021年度…公务接待12.39万元" earlier, "公务接待较上年同期减少0.58万元" now: the prior year's figure, stated elsewhere.
        var priorYear = k.Groups["year"].Success ? int.Parse(k.Groups["year"].Value, CultureInfo.InvariantCulture) : doc.Year - 1;
        explicitPrior ??= !againstBudget && label.Length >= 2 && current is not null && priorYear is { } year
            ? doc.PriorLevel(label, year, keywordStart) ?? ActualOfABudget(doc, k.Value, label, year, keywordStart)
            : null;
        if (explicitPrior == current) explicitPrior = null;
        foreach (var n in new[] { explicitPrior, difference, percent }.OfType<StatedNumber>()) doc.SetChangeRole(n);
        var start = current is not null && current.Start < keywordStart && current.Start >= sentence.Start ? current.Start : keywordStart;
        found.Add(new ChangeClaim(label, current, decrease, difference, percent, start, doc.Span(start, (percent ?? difference)!.End), againstBudget) { Prior = explicitPrior });

        // Other amounts the sentence states before the comparison are readings of "this year's figure" too
        // ("收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收…").
        var readings = numbers.Where(n => n.Kind == NumberKind.Money && n.End <= keywordStart && n != current && !doc.HasRole(n)).Reverse().ToArray();
        var basis = againstBudget ? ChangeBasis.Budget : k.Groups["start"].Success ? ChangeBasis.YearStart : ChangeBasis.PriorYear;
        if (writtenPrior is not null && difference is null && percent is not null)
        {
            // "与2016年相比21.79万元，增加14.01%": the amount straight after the comparison is the earlier figure, or the
            // change with its verb left out. Each is a reading; the claim is contradicted only when both readings contradict it.
            var asPrior = new List<Claim>();
            var asChange = new List<Claim>();
            VerifyChange(doc, asPrior, basis, label, decrease, current, writtenPrior, null, percent, readings);
            VerifyChange(doc, asChange, basis, label, decrease, current, null, writtenPrior, percent, readings);
            var readAsChange = asPrior.Any(c => c.Verdict == ClaimVerdict.Contradicted) && asChange.All(c => c.Verdict == ClaimVerdict.Consistent);
            claims.AddRange(readAsChange ? asChange : asPrior);
            if (readAsChange) found[^1] = found[^1] with { Difference = writtenPrior };
            return;
        }
        VerifyChange(doc, claims, basis, label, decrease, current, explicitPrior, difference, percent, readings);
    }

    /// <summary>
    /// The quantity a change speaks of and its amount this year: named after the comparison ("与上年相比
    /// 财政拨款收入总计减少…") or just before it ("决算支出比去年…"), or else the amount that precedes
    /// it in the sentence ("…3,670,195.92元相较于去年…"), or, for a sentence that opens with the
    /// comparison, the last amount of the sentence before.
    /// </summary>
    private static (StatedNumber? Current, string Label) Current(AuditDocument doc, (int Start, int End) sentence, StatedNumber[] numbers,
        int keywordStart, int keywordEnd, int afterPrior, int directionStart, StatedNumber[] threePublic, bool againstBudget)
    {
        var named = Words(doc.Text[afterPrior..directionStart].Replace("相比", "").Replace("相较", "").Replace("对比", ""));
        // "与2019年决算数相比，收入增加…": 收入 or 支出 alone after a comparison that opens its sentence names its total.
        if (named is "收入" or "支出" && !numbers.Any(n => n.Kind == NumberKind.Money && n.End <= keywordStart) && Total(doc, named, keywordStart) is { } total)
            return (total, named);
        if (OnlyTheMeasure().IsMatch(named)) named = "";
        if (named.Length >= 2) return (Named(doc, AuditDocument.Normalize(named), keywordStart, threePublic), AuditDocument.Normalize(named));
        // "主要原因是(1)本年度财政拨款收支较上年决算数减少112.6万元": an item a list numbers names its own quantity, whatever
        // figure the sentence stated before it.
        var own = doc.Text[doc.ClauseStart(keywordStart, sentence.Start)..keywordStart];
        if (NumberedItem().Match(own) is { Success: true } item && own[(item.Index + item.Length)..] is var itemName && !itemName.Any(char.IsAsciiDigit)
            && Words(StatedYear().Replace(itemName, "")) is { Length: >= 2 } itemWords && !OnlyTheMeasure().IsMatch(itemWords))
            return (Named(doc, AuditDocument.Normalize(itemWords), keywordStart, threePublic), AuditDocument.Normalize(itemWords));
        // "税收收入112446万元，完成年初预算207380万元的54.22%，比上年同期…": the change is of the actual, not of the budget between.
        // Nor of an amount in brackets that explain it ("公务用车购置及运行维护费2712万元（其中：…运行维护费2712万元），比预算数减少…").
        // Nor of last year's figure stated before this year's budget ("2016年…执行数是356.60亿元，2017年的预算数是466.29亿元，比上一年度增加…").
        var preceding = numbers.LastOrDefault(n => n.Kind == NumberKind.Money && n.End <= keywordStart && !doc.HasRole(n) && !IsBudget(doc, n) && !ClosedBefore(doc.Text[n.End..keywordStart])
                && !doc.IsOfAnEarlierYear(n))
            // "调整预算安排共计335000万元（其中：…政府性基金收入45000万元），比2021年实际完成数减少…": a budget before brackets
            // rather than a part inside them.
            ?? numbers.LastOrDefault(n => n.Kind == NumberKind.Money && n.End <= keywordStart && !doc.HasRole(n) && !ClosedBefore(doc.Text[n.End..keywordStart]) && !doc.IsOfAnEarlierYear(n))
            ?? numbers.LastOrDefault(n => n.Kind == NumberKind.Money && n.End <= keywordStart && !doc.HasRole(n) && !doc.IsOfAnEarlierYear(n))
            ?? numbers.LastOrDefault(n => n.Kind == NumberKind.Money && n.End <= keywordStart && !doc.HasRole(n));
        // "2022年公务接待较上年…": the year that opens the clause is not part of the name; nor are brackets that explain the
        // figure before them ("585.53万元(包括基本支出和项目支出安排的经费),同比减少…").
        var betweenText = Explanation().Replace(StatedYear().Replace(doc.Text[(preceding?.End ?? doc.ClauseStart(keywordStart, sentence.Start))..keywordStart], ""), "");
        var between = Words(betweenText);
        if (OnlyTheMeasure().IsMatch(between)) between = "";
        if (between.Length >= 2 && !betweenText.Any(char.IsAsciiDigit) && !betweenText.Contains('占'))
            return (Named(doc, AuditDocument.Normalize(between), keywordStart, threePublic), AuditDocument.Normalize(between));
        if (preceding is not null) return (preceding, doc.Label(preceding));
        // "公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元": a comparison that opens its clause shares the
        // quantity an earlier comparison of the sentence named.
        if (ChangeKeyword().Matches(doc.Text[sentence.Start..keywordStart]).LastOrDefault() is { } earlier)
        {
            var earlierStart = sentence.Start + earlier.Index;
            var shared = StatedYear().Replace(doc.Text[doc.ClauseStart(earlierStart, sentence.Start)..earlierStart], "");
            if (Words(shared) is { Length: >= 2 } name && !shared.Any(char.IsAsciiDigit))
                return (doc.LevelValue(AuditDocument.Normalize(name), keywordStart), AuditDocument.Normalize(name));
        }
        var paragraphStart = doc.ParagraphAt(sentence.Start).Start;
        // Not of a part inside brackets that explain an earlier figure.
        var stated = doc.NumbersIn((paragraphStart, sentence.Start)).Where(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n) && !ClosedBefore(doc.Text[n.End..sentence.Start])).ToArray();
        // "…预算总数为63.16亿元，比2014年预算数减少8.35亿元；比2014年执行数减少2.5亿元": with no actual before it, a budget is
        // compared with last year.
        var before = stated.LastOrDefault(n => !IsBudget(doc, n)) ?? (againstBudget ? null : stated.LastOrDefault());
        // "…预算为3328万元。其中，…2800万元。同口径比2018年减少830万元", "总收入为3836.27万元，其中：省院本级3442.13万元，西宁
        // 铁路检察院394.14万元。比上年3476.98万元，增加…": after a list of parts, the comparison is of their whole.
        if (before is not null && doc.Sentences[doc.SentenceIndexAt(before.Start)] is var listing
            && doc.Text.LastIndexOf("其中", before.Start, before.Start - listing.Start + 1, StringComparison.Ordinal) is var list and >= 0
            && doc.NumbersIn((list, sentence.Start)).Count(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n) && !IsBudget(doc, n)) >= 2)
            before = doc.NumbersIn((paragraphStart, list)).LastOrDefault(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n) && !IsBudget(doc, n));
        return (before, before is null ? "" : doc.Label(before));
    }

    [GeneratedRegex(@"20\d\d年度?")]
    private static partial Regex StatedYear();

    /// <summary>The words of a name that say only which year it is of ("上年", "本年度", "2023年").</summary>
    [GeneratedRegex(@"^(上一?年度?|去年|本年度?|今年|当年|20\d\d年度?)")]
    private static partial Regex YearOfAName();

    /// <summary>"比上年增加100万元（增长20%）": brackets that hold only the change's direction and its rate.</summary>
    [GeneratedRegex(@"^\s*(增长|下降|降低|增加|减少|上升|提高)了?\s*$")]
    private static partial Regex BracketedDirection();

    private static int? Later(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    /// <summary>"公务接待费预算44.58万元，较2011年决算增长1%": a budget compared with last year's actual, stated under the item's name.</summary>
    private static StatedNumber? ActualOfABudget(AuditDocument doc, string keyword, string label, int year, int before) =>
        (keyword.EndsWith("决算", StringComparison.Ordinal) || keyword.EndsWith("决算数", StringComparison.Ordinal))
        && BudgetWords().Replace(label, "") is { Length: >= 2 } bare && bare != label ? doc.PriorLevel(bare, year, before) : null;

    /// <summary>The words that end a budget's name: "公务接待费预算", "支出预算数".</summary>
    [GeneratedRegex(@"(支出)?预算(数|安排)?$")]
    private static partial Regex BudgetWords();

    /// <summary>Words in brackets, which explain what stands before them.</summary>
    [GeneratedRegex(@"[（(][^（()）]*[)）]")]
    private static partial Regex Explanation();

    /// <summary>The words that end a figure's name when it is last year's ("上年", "上年度", "去年同期"), not 上年结转.</summary>
    [GeneratedRegex(@"(上年|上年度|上一年|去年|上年同期|去年同期)的?$")]
    private static partial Regex PriorYearWord();

    /// <summary>
    /// The figure of the year a change names, by its name: as labelled; 收入, 支出 or 收支 as their totals; without the
    /// words that say it is the actual ("公务用车购置及运行费支出决算"); a “三公” total named at length
    /// ("一般公共预算财政拨款“三公”经费支出决算数") as the one stated before.
    /// </summary>
    private static StatedNumber? Named(AuditDocument doc, string name, int before, StatedNumber[] threePublic) =>
        doc.LevelValue(name, before) ?? Total(doc, name, before)
        ?? (ActualSuffix().Replace(name, "") is { Length: >= 2 } bare && bare != name ? doc.LevelValue(bare, before) : null)
        ?? (name.Contains("三公", StringComparison.Ordinal) && !IsThreePublicItem(name) ? threePublic.LastOrDefault(t => t.Start < before) : null)
        ?? ThreePublicItemBefore(doc, name, before);

    /// <summary>
    /// "因公出国(境)费支出决算为0万元" before "因公出国(境)费支出决算增加0万元": a “三公” item's actual of the year, the
    /// last stated under the item's whole name (brackets and all) within the reach of an item's statement.
    /// </summary>
    private static StatedNumber? ThreePublicItemBefore(AuditDocument doc, string name, int before)
    {
        Func<string, bool>? item = IsAbroad(name) ? IsAbroad : IsReception(name) ? IsReception : IsVehicles(name) ? IsVehicles
            : IsPurchase(name) ? IsPurchase : IsOperation(name) ? IsOperation : null;
        if (item is null) return null;
        return doc.NumbersIn((Math.Max(0, before - 2 * DecompositionReach), before)).LastOrDefault(n => n.Kind == NumberKind.Money && doc.IsFigureOfTheYear(n)
            && ClauseLabel(doc, n) is var clause && item(clause) && IsActualOfTheYear(clause) && !clause.Contains("三公", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(支出)?(决算|決算)(数|數)?$|支出$")]
    private static partial Regex ActualSuffix();

    /// <summary>
    /// "收入增加…", "收支较上年…减少": a change of 收入 or 支出 alone is of its total, as the text states it (总计, else
    /// 本年…合计); of 收支 (or 收、支总计), of the 收入支出总计, which is both; of 财政拨款收入、支出总计, of theirs.
    /// </summary>
    private static StatedNumber? Total(AuditDocument doc, string name, int before) => name switch
    {
        "收入" or "支出" => doc.LevelValue(name + "总计", before) ?? doc.LevelValue("本年" + name + "合计", before),
        "收支" or "收入支出总计" => doc.LevelValue("收入支出总计", before) ?? doc.LevelValue("收入总计", before) ?? doc.LevelValue("支出总计", before),
        "财政拨款收入支出总计" => doc.LevelValue(name, before) ?? doc.LevelValue("财政拨款收入总计", before) ?? doc.LevelValue("财政拨款支出总计", before),
        _ => null,
    };

    /// <summary>The words of a stretch of text, without punctuation, spaces or a leading 元.</summary>
    private static string Words(string text) => LeadingUnit().Replace(new(text.Where(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsAsciiDigit(c)).ToArray()), "");

    /// <summary>The unit a figure before a stretch of text ends with ("元，同口径比上年" after "10359.52").</summary>
    [GeneratedRegex(@"^(亿元|万元|千元|元|萬元|億元)")]
    private static partial Regex LeadingUnit();

    /// <summary>How many times smaller than stated a share may come out before its reading is taken for another figure's.</summary>
    private const int ImplausibleShare = 100;

    /// <summary>A change rate beyond this (per cent) comes from a reading of which amount is this year's and which last year's that no report intends.</summary>
    private const int ImplausibleRate = 1000;

    private static void VerifyChange(AuditDocument doc, List<Claim> claims, ChangeBasis basis, string label, bool decrease, StatedNumber? current,
        StatedNumber? prior, StatedNumber? difference, StatedNumber? percent, StatedNumber[] readings)
    {
        var verb = decrease ? "减少" : "增加";
        var (from, to) = (basis.From, basis.To);
        if (current is not null && prior is not null)
        {
            var (c, p) = (current.Interval, prior.Interval);
            var diff = decrease ? Interval.Between(p.Low - c.High, p.High - c.Low) : Interval.Between(c.Low - p.High, c.High - p.Low);
            var exact = Math.Abs(current.Value - prior.Value);
            // "与上年的73991万元同口径相比增12.05%" of 64469万元: the figures fell, whatever the rate. "增长-9.41%" is a fall.
            var statedFall = decrease ^ ((percent ?? difference)?.Value < 0);
            if ((c.High < p.Low || c.Low > p.High) && c.High < p.Low != statedFall && p.Low > 0m)
            {
                var (fell, said) = (c.High < p.Low, statedFall ? "减少" : "增加");
                var rate = exact * 100m / prior.Value;
                foreach (var n in new[] { difference, percent }.OfType<StatedNumber>())
                    claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(n), n.Text, n.Kind == NumberKind.Percent ? -rate : -exact, null, null, null,
                        $"当前写为{said} {n.Text}，按{to} {doc.Money(current.Value)}、{from} {doc.Money(prior.Value)}，实际{(fell ? "减少" : "增加")} {doc.Money(exact)}、{(fell ? "下降" : "增长")} {P(rate)}，方向相反。"));
                return;
            }
            if (difference is not null)
                claims.Add(Compare(doc, ClaimKind.Change, difference, diff,
                    decrease ? $"按{from} {doc.Money(prior.Value)} − {to} {doc.Money(current.Value)} 应为减少 {doc.Money(exact)}" : $"按{to} {doc.Money(current.Value)} − {from} {doc.Money(prior.Value)} 应为增加 {doc.Money(exact)}",
                    $"{from} {doc.Money(prior.Value)} 与{to} {doc.Money(current.Value)} 相差 {doc.Money(exact)}"));
            if (percent is not null && p.Low <= 0m)
                claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Unverifiable, doc.Span(percent), percent.Text, null, null, null, null,
                    $"{from}为 {doc.Money(prior.Value)}，增减率无从计算，无法核对。"));
            else if (percent is not null && Interval.Corners((x, y) => Math.Abs(x - y) * 100m / y, c, p).Low > ImplausibleRate)
                claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Unverifiable, doc.Span(percent), percent.Text, null, null, null, null,
                    $"按{to} {doc.Money(current.Value)} 和{from} {doc.Money(prior.Value)} 推算的增减率超过{ImplausibleRate}%，这两个数多半不是同一数据的{to}和{from}，无法核对。"));
            else if (percent is not null)
            {
                var rate = Interval.Corners((x, y) => Math.Abs(x - y) * 100m / y, c, p);
                claims.Add(Compare(doc, ClaimKind.Change, percent, rate,
                    $"按{verb}额 {doc.Money(exact)} ÷ {from} {doc.Money(prior.Value)} 应为 {P(exact * 100m / prior.Value)}", $"与{to}和{from}相符"));
            }
            return;
        }
        if (current is not null && difference is not null && percent is not null)
        {
            // "因公出国（境）费0万元，较上年减少0.5万元，下降100%": a figure of 0 is none at all.
            Interval? RateWith(StatedNumber reading, Interval d) =>
                (decrease ? reading.IntervalOrNone + d : reading.IntervalOrNone - d).Low <= 0m ? null
                : decrease ? Interval.Corners((x, y) => y * 100m / (x + y), reading.IntervalOrNone, d) : Interval.Corners((x, y) => y * 100m / (x - y), reading.IntervalOrNone, d);
            Interval? RateOn(StatedNumber reading) => RateWith(reading, difference.Interval);
            // "因公出国（境）费支出3.3万元，…减少2.7元，下降45%": a change written in 元 beside a figure in 万元 that fits
            // only when read in 万元 is a slip of the unit, not a wrong rate.
            if (UnitSlip(current, difference) is { } slipped && RateOn(current) is { } asWritten && !asWritten.Meets(percent.Interval)
                && RateWith(current, slipped) is { } asMeant && asMeant.Meets(percent.Interval))
            {
                claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Unverifiable, doc.Span(percent), percent.Text, null, null, null, null,
                    $"{verb}额写作“{difference.Text.Trim()}”，与{to} {doc.Money(current.Value)} 的单位不同；按与{to}相同的单位读，增减率相符，单位可能写错，无法核对。"));
                return;
            }
            // The year before is this year's amount less the increase (plus the decrease): at zero or below there is no rate to check.
            // "收入总计1262.71万元，其中年初结转和结余134.56万元，较2019年增加149.44万元": an amount with no year before it is not
            // the figure that changed; another amount of the sentence is.
            if (RateOn(current) is null && readings.Where(r => RateOn(r) is not null).ToArray() is { Length: > 0 } plausible)
                current = plausible.FirstOrDefault(r => RateOn(r)!.Value.Meets(percent.Interval)) ?? plausible[0];
            if (RateOn(current) is null)
            {
                claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Unverifiable, doc.Span(percent), percent.Text, null, null, null, null,
                    $"按{to} {doc.Money(current.Value)} 和{verb}额 {doc.Money(difference.Value)}，{from}为零或更少，增减率无从计算，无法核对。"));
                return;
            }
            // A rate that another amount of the sentence, read as this year's figure, gives is consistent with that reading.
            if (!RateOn(current)!.Value.Meets(percent.Interval) && readings.FirstOrDefault(r => RateOn(r) is { } other && other.Meets(percent.Interval)) is { } reading)
                current = reading;
            var rate = RateOn(current)!.Value;
            var priorValue = decrease ? current.Value + difference.Value : current.Value - difference.Value;
            claims.Add(Compare(doc, ClaimKind.Change, percent, rate,
                $"按{verb}额 {doc.Money(difference.Value)} ÷ {from} {doc.Money(priorValue)}（{to} {doc.Money(current.Value)} {(decrease ? "+" : "−")} {verb}额）应为 {P(difference.Value * 100m / priorValue)}",
                $"与增减额和{to}相符"));
            return;
        }
        var what = doc.IsVocabulary(label) ? $"“{label}”的" : "";
        foreach (var n in new[] { difference, percent }.OfType<StatedNumber>())
            claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Unverifiable, doc.Span(n), n.Text, null, null, null, null,
                $"文中未写明{what}{from}{(current is null ? $"和{to}" : "")}，无法核对这一增减。"));
    }

    /// <summary>
    /// A change written in 元 beside a figure written in 万元 or 亿元: the change as it would be in the figure's unit,
    /// else null.
    /// </summary>
    private static Interval? UnitSlip(StatedNumber figure, StatedNumber change)
    {
        var (f, c) = (figure.UnitFactor, change.UnitFactor);
        return f > c && !change.UnitGuessed ? change.Interval.Scale(f / c) : null;
    }

    // ── shares ────────────────────────────────────────────────────────────────────────────────

    [GeneratedRegex(@"(占比(?=分别)|占(到|据)?(?<base>[^，,。；%]*?)的?(?:比重|比例)?|(?<=^|[，,；;]\s*)(所占)?(比重|比例))(?:分别)?(?:为|是|达到|达)?\s*$")]
    private static partial Regex ShareBase();

    /// <summary>A base that names no quantity, only the whole of one: 总支出, 支出总额, 全部收入, 全年支出, 支出, 总额.</summary>
    [GeneratedRegex(@"^(全部|全年|总)?(?<measure>支出|收入)?(总额|总计|合计|总数|总量|总和)?$")]
    private static partial Regex GenericWhole();

    [GeneratedRegex(@"(决算|实际)数?$")]
    private static partial Regex ActualWord();

    [GeneratedRegex(@"^(年初|全年|调整后的?)?预算数?$")]
    private static partial Regex BudgetBase();

    private static List<ShareFit> Shares(AuditDocument doc, List<Claim> claims, StatedNumber[] threePublic)
    {
        var fits = new List<ShareFit>();
        var unbased = new List<(StatedNumber Percent, StatedNumber Part, int Claim)>();
        var ofTheWhole = new List<ShareOfTheWhole>();
        foreach (var p in doc.Numbers.Where(n => n.Kind == NumberKind.Percent && !doc.HasRole(n)))
            Guarded(doc, claims, ClaimKind.Share, p, () => Share(doc, claims, fits, p, threePublic, unbased, ofTheWhole));
        foreach (var list in unbased.GroupBy(u => doc.StatementAt(u.Percent.Start)).Where(g => g.Count() >= 2))
        {
            Guarded(doc, claims, ClaimKind.Share, list.First().Percent.Start, list.Last().Percent.End, () => SharesOfTheirSum(doc, claims, list.ToArray()));
            Guarded(doc, claims, ClaimKind.Share, list.First().Percent.Start, list.Last().Percent.End, () => SharesOfOneBase(doc, claims, list.ToArray()));
        }
        // The lists: shares of the same whole, each within a list's gap of the one before.
        for (var first = 0; first < ofTheWhole.Count;)
        {
            var last = first;
            while (last + 1 < ofTheWhole.Count && ofTheWhole[last + 1].Named == ofTheWhole[first].Named
                   && ofTheWhole[last + 1].Percent.Start - ofTheWhole[last].Percent.Start <= ListGap) last++;
            var list = ofTheWhole[first..(last + 1)];
            var parts = list.Select(s => s.Part).Distinct().ToArray();
            foreach (var share in list)
                Guarded(doc, claims, ClaimKind.Share, share.Percent, () => ShareOfAWhole(doc, claims, share, parts));
            first = last + 1;
        }
        return fits;
    }

    /// <summary>
    /// The share a part is of a sum it is in, over what the figures' precision allows: x ÷ (x + the others) grows with x and
    /// falls with the others. Null when the sum may be nothing.
    /// </summary>
    private static Interval? ShareOfASum(StatedNumber part, IEnumerable<StatedNumber> others)
    {
        var (x, rest) = (part.IntervalOrNone, others.Aggregate(Interval.Zero, (acc, o) => acc + o.IntervalOrNone));
        return x.Low + rest.Low <= 0m ? null : Interval.Between(x.Low * 100m / (x.Low + rest.High), x.High * 100m / (x.High + rest.Low));
    }

    /// <summary>A share of the whole ("占总支出的9.76%") whose whole no total names: the amounts before it that may be it.</summary>
    private sealed record ShareOfTheWhole(StatedNumber Percent, StatedNumber Part, string Named, StatedNumber[] Amounts, int Claim);

    /// <summary>How far apart two shares of one list stand at most (characters).</summary>
    private const int ListGap = 400;

    /// <summary>
    /// "1、一般公共服务支出534.06万元，占总支出的9.76%。2、…": a share of the whole is consistent when one of the larger amounts
    /// stated before it, or the sum of the parts its list names the same whole of, gives it; contradicted when none does.
    /// </summary>
    private static void ShareOfAWhole(AuditDocument doc, List<Claim> claims, ShareOfTheWhole share, StatedNumber[] parts)
    {
        var part = share.Part.IntervalOrNone;
        var readings = share.Amounts.Select(a => (Name: doc.Money(a.Value), Value: a.Value, Ratio: Interval.Corners((x, y) => x * 100m / y, part, a.Interval))).ToList();
        if (parts.Length >= 2 && ShareOfASum(share.Part, parts.Where(n => n != share.Part)) is { } ofTheSum)
            readings.Add(($"所列各项之和 {doc.Money(parts.Sum(n => n.Value))}", parts.Sum(n => n.Value), ofTheSum));
        if (readings.Count == 0) return;
        var span = doc.Span(share.Percent);
        var p = share.Percent;
        if (readings.FirstOrDefault(r => r.Ratio.Meets(p.Interval)) is { Name: not null } fit)
        {
            claims[share.Claim] = new Claim(ClaimKind.Share, ClaimVerdict.Consistent, span, p.Text, share.Part.Value * 100m / fit.Value, fit.Ratio.Low, fit.Ratio.High, null,
                $"按 {doc.Money(share.Part.Value)} ÷ {fit.Name} 为 {P(share.Part.Value * 100m / fit.Value)}{Agrees(p, share.Part.Value * 100m / fit.Value, fit.Ratio)}");
            return;
        }
        var closest = readings.OrderBy(r => Math.Abs(share.Part.Value * 100m / r.Value - p.Value)).First();
        var computed = share.Part.Value * 100m / closest.Value;
        claims[share.Claim] = new Claim(ClaimKind.Share, ClaimVerdict.Contradicted, span, p.Text, computed, closest.Ratio.Low, closest.Ratio.High, p.Value - computed,
            $"当前写为 {p.Text}，按 {doc.Money(share.Part.Value)} ÷ {closest.Name} 应为 {P(computed)}" + (readings.Count > 1 ? "（前文其他可作“" + share.Named + "”的数额作基数也都不相符）。" : "。"));
    }

    /// <summary>
    /// "用于养老等服务类4.25亿元，占比为75%…；用于社区公益类1.26亿元，占比为23%…；用于其他社会福利类0.14亿元，占比为2%": shares
    /// of a statement that name no base and add up to 100% are shares of their parts' sum, whatever the text calls it.
    /// </summary>
    private static void SharesOfTheirSum(AuditDocument doc, List<Claim> claims, (StatedNumber Percent, StatedNumber Part, int Claim)[] list)
    {
        if (list.Select(x => x.Part).Distinct().Count() != list.Length) return;
        var percents = list.Aggregate(Interval.Zero, (acc, x) => acc + x.Percent.Interval);
        if (!percents.Meets(Interval.Exact(100m))) return;
        var sum = list.Sum(x => x.Part.Value);
        if (sum <= 0) return;
        foreach (var (percent, part, at) in list)
        {
            if (ShareOfASum(part, list.Where(o => o.Part != part).Select(o => o.Part)) is not { } ratio) continue;
            claims[at] = ratio.Meets(percent.Interval)
                ? new Claim(ClaimKind.Share, ClaimVerdict.Consistent, doc.Span(percent), percent.Text, ratio.Value, ratio.Low, ratio.High, null,
                    $"各项占比之和为100%，基数是各项之和 {doc.Money(sum)}：{doc.Money(part.Value)} ÷ {doc.Money(sum)} 为 {P(part.Value * 100m / sum)}，与所写相符。")
                : new Claim(ClaimKind.Share, ClaimVerdict.Contradicted, doc.Span(percent), percent.Text, ratio.Value, ratio.Low, ratio.High, percent.Value - ratio.Value,
                    $"当前写为 {percent.Text}，各项占比之和为100%，基数是各项之和 {doc.Money(sum)}：按 {doc.Money(part.Value)} ÷ {doc.Money(sum)} 应为 {P(part.Value * 100m / sum)}。");
        }
    }

    /// <summary>
    /// "教育支出60.00万元，占比60%；社会保障和就业支出30.00万元，占比30%；卫生健康支出10.00万元，占比15%": shares of one
    /// statement that name no base are of one base, whatever it is. Each share implies it (part ÷ share); one share whose
    /// base none of the others' allows, where all of those agree, is contradicted.
    /// </summary>
    private static void SharesOfOneBase(AuditDocument doc, List<Claim> claims, (StatedNumber Percent, StatedNumber Part, int Claim)[] list)
    {
        if (list.Length < 3 || list.Select(x => x.Part).Distinct().Count() != list.Length || list.Any(x => claims[x.Claim].Verdict != ClaimVerdict.Unverifiable)) return;
        var implied = list.Where(x => x.Percent.Value > 0 && x.Part.Value > 0)
            .Select(x => (x.Percent, x.Part, x.Claim, Base: Interval.Between(x.Part.Interval.Low * 100m / x.Percent.Interval.High, x.Part.Interval.High * 100m / x.Percent.Interval.Low)))
            .ToArray();
        if (implied.Length < 3) return;
        var odd = implied.Where(x => Common(implied.Where(o => o.Claim != x.Claim)) is { } others && !others.Meets(x.Base)).ToArray();
        if (odd.Length != 1 || Common(implied.Where(o => o.Claim != odd[0].Claim)) is not { } common) return;
        var (percent, part, at, _) = odd[0];
        var ratio = Interval.Corners((x, y) => x * 100m / y, part.Interval, common);
        // The base shown as precisely as the amounts are stated.
        var step = implied.Min(x => x.Part.Step);
        var shown = step > 0 ? Math.Round(common.Value / step) * step : common.Value;
        var computed = part.Value * 100m / shown;
        claims[at] = new Claim(ClaimKind.Share, ClaimVerdict.Contradicted, doc.Span(percent), percent.Text, computed, ratio.Low, ratio.High, percent.Value - computed,
            $"当前写为 {percent.Text}。同一句中各项的占比未写基数，应是同一基数：其余各项的数额与占比都指向约 {doc.Money(shown)}，按 {doc.Money(part.Value)} ÷ {doc.Money(shown)} 应为 {P(computed)}。");

        // The base all of them allow, if any.
        static Interval? Common(IEnumerable<(StatedNumber Percent, StatedNumber Part, int Claim, Interval Base)> shares)
        {
            var (low, high) = (decimal.MinValue, decimal.MaxValue);
            foreach (var s in shares) (low, high) = (Math.Max(low, s.Base.Low), Math.Min(high, s.Base.High));
            return low <= high ? Interval.Between(low, high) : null;
        }
    }

    /// <summary>A share: its part and the totals it can be of; consistent when one base fits.</summary>
    private static void Share(AuditDocument doc, List<Claim> claims, List<ShareFit> fits, StatedNumber p, StatedNumber[] threePublic,
        List<(StatedNumber Percent, StatedNumber Part, int Claim)> unbased, List<ShareOfTheWhole> ofTheWhole)
    {
        var sentence = doc.SentenceOf(p);
        var clauseStart = doc.ClauseStart(p.Start, sentence.Start);
        var before = doc.Text[clauseStart..p.Start];
        var m = ShareBase().Match(before);
        // "占年初预算月进度的37.2%，短月进度3533万元": a completion rate whose budget is stated as the gap to it.
        if (RateLead().IsMatch(before) && GapToBudget(doc, p) is not null) return;
        // "决算数占预算数的95.3%": a completion rate written as a share, which the rates check.
        if (m.Success && BudgetBase().IsMatch(m.Groups["base"].Value.Trim())) return;
        // "占年初预算24650万元的90.2%": a completion rate, its budget stated.
        if (!RateLead().IsMatch(before) && RateLeadBefore(doc, p)) return;
        if (!m.Success)
        {
            // "占…的8.1%和91.9%": a later share of a list takes the "占" of the first.
            var listed = ListedShare(doc, p, sentence);
            if (listed is null) return;
            (m, clauseStart) = listed.Value;
        }
        // "民生支出231.94亿元，增长11.6%，占总支出的86.7%": a rate of change between the part and its share, even one no
        // comparison introduced, does not end the part's clause.
        var previousPercent = doc.NumbersIn(sentence).LastOrDefault(n => n.Kind == NumberKind.Percent && n.End <= p.Start && !doc.IsChange(n)
            && !DirectionIn(doc, Math.Max(sentence.Start, n.Start - 2), n.Start));
        var respectively = Respectively(doc, sentence, p, m.Index + clauseStart);
        var listedPart = respectively?.Part;
        var listedParts = respectively?.Listed ?? [];
        // "占一般公共预算收入5.2亿元的71.5%": the base stated inside the share's own words.
        var statedBase = doc.NumbersIn((clauseStart + m.Index, p.Start)).LastOrDefault(n => n.Kind == NumberKind.Money);
        var candidates = doc.NumbersIn(sentence).Where(n => n.Kind == NumberKind.Money && n.End <= (statedBase is null ? p.Start : clauseStart + m.Index) && !doc.IsChange(n)
            && (previousPercent is null || n.Start > previousPercent.End)).ToArray();
        // "税收收入完成31283万元、非税收入完成18225万元，税收收入占本级收入的比重为63.2%": a share that names its part.
        var partName = AuditDocument.Normalize(Words(doc.Text[clauseStart..(clauseStart + m.Index)]));
        var named = partName.Length >= 2 && listedPart is null
            ? doc.NumbersIn((doc.ParagraphStart(p), p.Start)).LastOrDefault(n => n.Kind == NumberKind.Money && !doc.IsChange(n) && doc.Label(n) is var l
                && (l == partName || l == partName + "完成" || l == partName + "收入" || l == partName + "支出"))
            : null;
        // "财政拨款收入1,077.36万元（其中，…国有资本经营预算0万元），占收入合计93.57%": the part is the amount the
        // brackets explain, not the last one inside them.
        var part = listedPart ?? named
            ?? candidates.LastOrDefault(n => !ClosedBefore(doc.Text[n.End..p.Start]))
            ?? candidates.LastOrDefault();
        if (part is null) return;
        doc.SetRole(p);
        // "公共基础设施1,933亿元，占全市资产总额48.8%…；流动资产750亿元，占18.9%": a share that names no base shares the
        // base an earlier share of its sentence named.
        var baseText = m.Groups["base"].Value.Trim() is { Length: > 0 } own ? own : NamedBaseBefore(doc, p);
        var span = doc.Span(p);
        var explained = ExplainedBy(doc, part);
        IReadOnlyList<StatedNumber> bases;
        if (statedBase is not null) bases = [statedBase];
        else if (baseText.Length == 0 || baseText == "比")
        {
            bases = doc.Totals(sentence, part);
            // "公务接待费16.3万元，占63.42%": a “三公” item's share is of the year's “三公” total stated before it.
            if (IsThreePublicItem(ClauseLabel(doc, part)) && (ThreePublicTotalBefore(threePublic, part) ?? ThreeItems(doc, part)) is { } whole) bases = [whole, .. bases];
            // "收入105596万元（税收收入89425万元，非税收入16171万元），税收占比84.7%": a part in brackets is a share of what they explain.
            if (explained is not null) bases = [explained, .. bases];
            if (bases.Count == 0 && BothHalves(doc, part) is { } halves) bases = [halves];
            if (bases.Count == 0)
            {
                claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Unverifiable, span, p.Text, null, null, null, null, "未写明占比的基数，文中也没有可作基数的总计数，无法核对。"));
                unbased.Add((p, part, claims.Count - 1));
                return;
            }
        }
        else
        {
            var label = AuditDocument.Normalize(baseText);
            // "占一般公共预算收入比重为57.1%" of "全市一般公共预算收入284.1亿元": the name with its area before it is the same name.
            var ending = doc.LevelsEndingWith(label).Where(b => b != part).ToArray();
            bases = doc.LevelsLabelled(label).Where(b => b != part).Concat(ending.Where(b => AuditDocument.IsAreaOnly(doc.Label(b)[..^label.Length]))).Distinct().ToArray();
            // "…采购规模为12950.27万元，占采购总规模的60.73%；…采购规模5671.54万元，占采购规模的26.59%": an amount stated as a share
            // of a whole is a part, not the whole a later share names.
            if (bases.Count == 0)
            {
                // The fits of this paragraph are the last ones found: looked for back only so far.
                var paragraph = doc.ParagraphOf(p);
                var shared = new HashSet<StatedNumber>();
                for (var i = fits.Count - 1; i >= 0 && fits[i].Paragraph == paragraph; i--) shared.Add(fits[i].Part);
                bases = ending.Where(b => !shared.Contains(b)).ToArray();
            }
            if (bases.Count == 0) bases = doc.LevelsNamedLike(label, p.Start).Where(b => b != part).ToArray();
            // "占全市53.8%，其中：城管部门583亿元，占4.7%": a base named by its area alone is the part's own quantity over the
            // area, and a later share of the statement naming the same base takes what the earlier one was found to be of.
            if (bases.Count == 0)
                bases = fits.Where(f => f.Named == baseText && f.Part != part && doc.StatementAt(f.Percent.Start) == doc.StatementAt(p.Start)).Select(f => f.Base).Distinct().ToArray();
            if (bases.Count == 0 && AuditDocument.IsAreaOnly(label)) bases = doc.LevelsMeasuredLike(part).ToArray();
            // "占一般公共预算财政拨款支出决算的71.73%": the base named as the actual is the figure stated without the word.
            if (bases.Count == 0 && ActualWord().Replace(label, "") is { Length: >= 2 } bare && bare != label)
                bases = doc.LevelsLabelled(bare).Where(b => b != part).ToArray();
            // "一般公共预算财政拨款支出2940.05万元，一般公共服务支出2106.66万元，占总支出的71.73%": a base named only as the whole
            // (总支出, 支出总额, 全部支出) is a total stated before the part, of the same measure.
            if (GenericWhole().Match(label) is { Success: true } generic)
            {
                var measure = generic.Groups["measure"].Value;
                bool OfTheMeasure(StatedNumber b) => b != part && (measure.Length == 0 || doc.Label(b).Contains(measure, StringComparison.Ordinal));
                // Any total of the measure stated within a list's reach before is a reading too ("收入、支总计521.99万元" a section before, "本年收入合计
                // 521.49万元，占总收入99.90%…财政拨款收入494.34万元，占94.70%").
                var totals = doc.NumbersIn((Math.Max(0, part.Start - ListReach), part.Start)).Where(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n) && doc.IsTotal(n) && OfTheMeasure(n));
                if (bases.Count > 0) bases = bases.Concat(totals).Distinct().ToArray();
                else
                {
                    // "2016年度支出合计628万元，其中：基本支出230万元，占总支出的37%": the amount 其中 divides, whatever its year.
                    var divided = doc.Text.LastIndexOf("其中", part.Start, part.Start - sentence.Start, StringComparison.Ordinal) is var dividing and >= 0
                        ? doc.NumbersIn((sentence.Start, dividing)).LastOrDefault(n => n.Kind == NumberKind.Money)
                        : null;
                    bases = divided is not null ? [divided] : doc.Totals(sentence, part).Concat(doc.NumbersIn((sentence.Start, part.Start)).Where(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n)))
                        .Where(OfTheMeasure).Concat(totals).Distinct().ToArray();
                }
                // "用于群众体育支出135.6678万元，占总数的100.0%": a part that is all of its whole has it in no earlier amount.
                if (bases.Count == 0 && p.Value != 100m)
                {
                    claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Unverifiable, span, p.Text, null, null, null, null, $"文中未找到“{baseText}”的数额，无法核对这一占比。"));
                    ofTheWhole.Add(new ShareOfTheWhole(p, part, baseText, AmountsBefore(doc, part), claims.Count - 1));
                    return;
                }
            }
            // "税收收入70亿元，非税收入30亿元，税收收入占一般公共预算收入的70%": a revenue not stated is its two halves.
            if (bases.Count == 0 && label.EndsWith("收入", StringComparison.Ordinal) && BothHalves(doc, part) is { } halves) bases = [halves];
            if (bases.Count == 0)
            {
                claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Unverifiable, span, p.Text, null, null, null, null, $"文中未找到“{baseText}”的数额，无法核对这一占比。"));
                return;
            }
        }
        // "乐透数字型、竞猜型…彩票销售量分别占彩票销售总量的63.46%、16.81%…": shares of a list that add up to 100% are of the
        // list's sum, first of what the name of their base may find.
        if (respectively is { Listed: var all, Shares: var listShares } && listShares.Length == all.Length
            && listShares.Aggregate(Interval.Zero, (acc, s) => acc + s.Interval).Meets(Interval.Exact(100m)))
        {
            bases = [SumAsOne(doc, all, "所列各项之和"), .. bases];
        }
        // A base no greater than its part (or nothing at all) is not what the share is of, nor is another part of the
        // same list after 其中 ("其中：财政拨款收入2326.34万元，占96.2%；事业收入90.79万元，占3.8%"): such readings are left out.
        var list = doc.Text.LastIndexOf("其中", part.Start, part.Start - doc.ParagraphStart(part), StringComparison.Ordinal);
        // Nor is another of the amounts a list of shares gives ("乐透数字型、竞猜型彩票销售量分别占彩票销售总量的…").
        bases = bases.Where(b => b.Value > 0m && b.Interval.High >= part.Interval.Low && (b == explained || !(list >= 0 && b.Start > list && b.Start < part.Start))
            && !listedParts.Contains(b)).ToArray();
        if (bases.Count == 0)
        {
            claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Unverifiable, span, p.Text, null, null, null, null, "文中可作基数的数额都不大于这一部分，无法核对这一占比。"));
            return;
        }
        var stated = p.Interval;
        // "0万元" is none at all: its share is 0, not anything below half a 万元 over the base.
        var partRange = part.IntervalOrNone;
        var fit = bases.FirstOrDefault(b => Interval.Corners((x, y) => x * 100m / y, partRange, b.Interval).Meets(stated));
        if (fit is not null)
        {
            var ratio = Interval.Corners((x, y) => x * 100m / y, partRange, fit.Interval);
            // The share the figures as written give, the range their precision allows around it.
            var computed = part.Value * 100m / fit.Value;
            claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Consistent, span, p.Text, computed, ratio.Low, ratio.High, null,
                $"按 {doc.Money(part.Value)} ÷ {doc.Money(fit.Value)} 为 {P(computed)}{Agrees(p, computed, ratio)}"));
            fits.Add(new ShareFit(p, part, fit, baseText, doc.ParagraphOf(p), listedPart is null ? -1 : sentence.Start));
            return;
        }
        var closest = bases.OrderBy(b => Math.Abs(part.Value * 100m / b.Value - p.Value)).First();
        var expected = Interval.Corners((x, y) => x * 100m / y, partRange, closest.Interval);
        var share = part.Value * 100m / closest.Value;
        // "出院者平均醫藥費用5,392.67元…藥品收入占醫療收入比重為36.91%": a share a hundred times what the amounts give is of
        // other amounts than these.
        if (expected.High * ImplausibleShare < p.Interval.Low)
        {
            claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Unverifiable, span, p.Text, null, null, null, null,
                $"按 {doc.Money(part.Value)} ÷ {doc.Money(closest.Value)} 只有 {P(share)}，与所写相差百倍以上，这两个数多半不是这一占比的部分和整体，无法核对。"));
            return;
        }
        claims.Add(new Claim(ClaimKind.Share, ClaimVerdict.Contradicted, doc.Span(p), p.Text, share, expected.Low, expected.High, p.Value - share,
            $"当前写为 {p.Text}，按 {doc.Money(part.Value)} ÷ {doc.Money(closest.Value)} 应为 {P(share)}" +
            (bases.Count > 1 ? $"（文中其他总计数作基数也都不相符）。" : "。")));
    }

    /// <summary>
    /// "税收收入70亿元，非税收入30亿元": a revenue whose two halves its paragraph states near each other, as their sum, for the
    /// share of one of them; null when the part is no half or the other half is not stated.
    /// </summary>
    private static StatedNumber? BothHalves(AuditDocument doc, StatedNumber part)
    {
        if (Half(doc.Label(part)) is not { } half) return null;
        var paragraph = doc.ParagraphAt(part.Start);
        var near = (Math.Max(paragraph.Start, part.Start - DecompositionReach), Math.Min(paragraph.End, part.End + DecompositionReach));
        var other = doc.NumbersIn(near).FirstOrDefault(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsLevelAmount(n) && n != part
            && Half(doc.Label(n)) is { } h && h.Pair == half.Pair && h.Side != half.Side);
        if (other is null) return null;
        var (first, second) = part.Start < other.Start ? (part, other) : (other, part);
        return SumAsOne(doc, [first, second], $"{doc.Label(first)}与{doc.Label(second)}之和");
    }

    /// <summary>
    /// "因公出国（境）费支出决算为0万元，占0%；公务用车购置及运行维护费…1.20万元，占33.52%；公务接待费…2.38万元，占66.48%": with
    /// no “三公” total stated, the three items its statement states, one of each, are it.
    /// </summary>
    private static StatedNumber? ThreeItems(AuditDocument doc, StatedNumber part)
    {
        var amounts = doc.NumbersIn(doc.StatementAt(part.Start)).Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsLevelAmount(n) && !doc.IsChange(n))
            .Select(n => (Number: n, Label: ClauseLabel(doc, n))).ToArray();
        var items = new[] { amounts.Where(a => IsAbroad(a.Label)), amounts.Where(a => IsReception(a.Label)), amounts.Where(a => IsVehicles(a.Label) || IsPurchase(a.Label) || IsOperation(a.Label)) }
            .Select(found => found.Select(a => a.Number).ToArray()).ToArray();
        return items.Any(found => found.Length != 1) || !items.Any(found => found[0] == part) ? null : SumAsOne(doc, items.Select(found => found[0]).ToArray(), "三项“三公”经费之和");
    }

    /// <summary>Amounts stated apart, as the one amount they add up to, over the stretch of text they stand in.</summary>
    private static StatedNumber SumAsOne(AuditDocument doc, IReadOnlyCollection<StatedNumber> parts, string what)
    {
        var (first, last) = (parts.Min(n => n.Start), parts.Max(n => n.End));
        var sum = parts.Sum(n => n.Value);
        // "0万元" is none at all, not anything below half a 万元.
        return new StatedNumber(NumberKind.Money, sum, parts.Sum(n => n.Value == 0 ? 0 : n.Step), first, last - first, $"{doc.Money(sum)}（{what}）");
    }

    /// <summary>How far before a share of the whole the amounts it may be of are looked for (characters).</summary>
    private const int ListReach = 3000;

    /// <summary>
    /// "全镇公共财政预算支出完成5472.90万元，主要预算项目执行情况如下：1、一般公共服务支出534.06万元，占总支出的9.76%。…": a
    /// share of the whole, with no whole in its sentence or among the totals, may be of any larger amount of the year stated
    /// before it within its list's reach, nearest first; it is contradicted only when none of them gives it.
    /// </summary>
    private static StatedNumber[] AmountsBefore(AuditDocument doc, StatedNumber part) =>
        doc.NumbersIn((Math.Max(0, part.Start - ListReach), part.Start)).Reverse()
            .Where(n => n.Kind == NumberKind.Money && !n.UnitGuessed && doc.IsLevelAmount(n) && !doc.HasRole(n) && n.Value > part.Value).ToArray();

    /// <summary>The base the last share before a percentage in its statement named (sentences a semicolon joins), else "".</summary>
    private static string NamedBaseBefore(AuditDocument doc, StatedNumber percent)
    {
        var statement = doc.StatementAt(percent.Start);
        foreach (var earlier in doc.NumbersIn((statement.Start, percent.Start)).Where(n => n.Kind == NumberKind.Percent && !doc.IsChange(n)).Reverse())
        {
            var m = ShareBase().Match(doc.Text[doc.ClauseStart(earlier.Start, statement.Start)..earlier.Start]);
            if (m.Success && m.Groups["base"].Value.Trim() is { Length: > 0 } named && named != "比") return named;
        }
        return "";
    }

    /// <summary>The amount written straight before the brackets a figure stands in ("105596万元（税收收入89425万元…）"), if any.</summary>
    private static StatedNumber? ExplainedBy(AuditDocument doc, StatedNumber part)
    {
        // Brackets that explain a figure are short: a long paragraph is not searched back to its start.
        var from = Math.Max(doc.ParagraphStart(part), part.Start - 200);
        var open = doc.Text.LastIndexOfAny(['（', '('], part.Start, part.Start - from + 1);
        if (open <= from || !OpenedBefore(doc.Text[open..part.Start])) return null;
        return doc.NumbersIn((from, open)).LastOrDefault() is { Kind: NumberKind.Money } whole && whole.End == open ? whole : null;
    }

    /// <summary>Whether a stretch of text closes a bracket it did not open: what comes before it stands inside the brackets.</summary>
    private static bool ClosedBefore(string between) =>
        between.Count(c => c is ')' or '）') > between.Count(c => c is '(' or '（');

    /// <summary>Whether a stretch of text opens a bracket it does not close: what comes after it stands inside the brackets.</summary>
    private static bool OpenedBefore(string before) =>
        before.Count(c => c is '(' or '（') > before.Count(c => c is ')' or '）');

    /// <summary>
    /// "A、B分别为X和Y，占…的p和q": the part of the i-th share is the i-th amount after 分别 — not the
    /// nearest amount — with the amounts and the shares the list gives. Null when the sentence is not such a list.
    /// </summary>
    private static (StatedNumber Part, StatedNumber[] Listed, StatedNumber[] Shares)? Respectively(AuditDocument doc, (int Start, int End) sentence, StatedNumber percent, int shareWord)
    {
        var text = doc.Text[sentence.Start..shareWord];
        // "…金额分别为121.22亿元、119.40亿元和85.52亿元，分别占采购规模的37.17%…": the 分别 the amounts follow, not the share's own.
        var parts = Array.Empty<StatedNumber>();
        for (var respectively = text.LastIndexOf("分别", StringComparison.Ordinal); respectively >= 0 && parts.Length < 2;
             respectively = respectively == 0 ? -1 : text.LastIndexOf("分别", respectively - 1, StringComparison.Ordinal))
            parts = doc.NumbersIn((sentence.Start + respectively, shareWord)).Where(n => n.Kind == NumberKind.Money).ToArray();
        var shares = doc.NumbersIn((shareWord, sentence.End)).Where(n => n.Kind == NumberKind.Percent).ToArray();
        // "基本支出80.00万元、项目支出20.00万元，分别占本年支出合计的80.00%和20.00%": the amounts listed before 分别, as many as
        // the shares after it.
        // "基本支出70万元，项目支出30万元，占比分别为70%、30%": the same, with 分别 after the share's word.
        var after = doc.Text[shareWord..percent.Start].Contains("分别", StringComparison.Ordinal);
        if (parts.Length < 2 && (after || text.TrimEnd().EndsWith("分别", StringComparison.Ordinal)))
        {
            // The shares of the list: those joined by 和, 、 or 及.
            var listedShares = shares.Length == 0 ? 0 : 1 + shares.Zip(shares.Skip(1)).TakeWhile(pair => doc.Text[pair.First.End..pair.Second.Start].Trim() is "和" or "、" or "及").Count();
            var listed = doc.NumbersIn((sentence.Start, after ? shareWord : sentence.Start + text.TrimEnd().Length - 2)).Where(n => n.Kind == NumberKind.Money).ToArray();
            if (listedShares >= 2 && listed.Length >= listedShares) parts = listed[^listedShares..];
            // "乐透数字型、竞猜型、即开型彩票销售量分别占彩票销售总量的63.46%、16.81%、8.07%": names listed before 分别, each the
            // name of an amount its paragraph stated before.
            else if (listedShares >= 2 && !after && NamedBefore(text.TrimEnd()[..^2]) is { } named && named.Length == listedShares) parts = named;
        }
        var index = Array.IndexOf(shares, percent);
        return parts.Length >= 2 && index >= 0 && index < parts.Length ? (parts[index], parts, shares[..Math.Min(shares.Length, parts.Length)]) : null;

        // The amounts of the names a list gives ("1-5月乐透数字型、竞猜型…彩票销售量"), by the first two characters of each.
        StatedNumber[]? NamedBefore(string list)
        {
            var names = list[(list.LastIndexOfAny(['，', ',', '：', ':', '月', '年']) + 1)..].Split('、').Select(name => AuditDocument.Normalize(name.Trim())).ToArray();
            if (names.Any(name => name.Length < 2)) return null;
            var stated = doc.NumbersIn((doc.ParagraphAt(sentence.Start).Start, sentence.Start)).Where(n => n.Kind == NumberKind.Money && doc.IsLevelAmount(n) && !doc.HasRole(n)).ToArray();
            var found = names.Select(name => stated.LastOrDefault(n => doc.Label(n).StartsWith(name[..2], StringComparison.Ordinal))).OfType<StatedNumber>().Distinct().ToArray();
            return found.Length == names.Length ? found : null;
        }
    }

    /// <summary>The "占" clause of the share list a percentage closes ("占…的8.1%和91.9%"), if it is one.</summary>
    private static (Match, int)? ListedShare(AuditDocument doc, StatedNumber percent, (int Start, int End) sentence)
    {
        var previous = doc.NumbersIn(sentence).LastOrDefault(n => n.Kind == NumberKind.Percent && n.End <= percent.Start);
        if (previous is null || doc.Text[previous.End..percent.Start].Trim() is not ("和" or "、" or "及")) return null;
        var clauseStart = doc.ClauseStart(previous.Start, sentence.Start);
        var m = ShareBase().Match(doc.Text[clauseStart..previous.Start]);
        return m.Success ? (m, clauseStart) : ListedShare(doc, previous, sentence);
    }

    private static void SharesOverHundred(AuditDocument doc, List<ShareFit> fits, List<Claim> claims)
    {
        // "授予中小企业…占100%，其中：授予小微企业…占73.17%": a share after 其中 is part of the one before, not beside it.
        var within = fits.Where((f, i) => i > 0 && fits[i - 1].Paragraph == f.Paragraph
            && doc.Text[fits[i - 1].Percent.End..f.Percent.Start].Contains("其中", StringComparison.Ordinal)).ToHashSet();
        // Bases named apart are two, though their figures are one ("基本收入…占总收入的100%；…基本支出…占总支出的100%").
        foreach (var group in fits.Where(f => !within.Contains(f)).GroupBy(f => (f.Paragraph, Math.Round(f.Base.Value, 0), f.List, f.Named)).Where(g => g.Count() > 1))
        {
            // "按支出经济分类：…占76.59%；…占23.41%。按支出功能分类：…占61.54%…": shares that have made up 100% close one
            // division of the base; those after them divide it again.
            var run = new List<ShareFit>();
            var total = Interval.Zero;
            // "公务用车购置及运行维护费3545万元，占78.6%…公务用车运行维护费2835万元，占62.9%": a smaller part named as a larger one
            // begins is a part of it, not beside it.
            bool PartOfAnother(ShareFit fit) => doc.Label(fit.Part) is { Length: >= 4 } name
                && group.Any(o => o.Part.Value > fit.Part.Value && doc.Label(o.Part).StartsWith(name[..4], StringComparison.Ordinal));
            foreach (var fit in group.Where(f => !PartOfAnother(f)))
            {
                run.Add(fit);
                total += fit.Percent.Interval;
                if (run.Count > 1 && total.Meets(Interval.Exact(100m))) (run, total) = ([], Interval.Zero);
            }
            if (total.Low <= 100m) continue;
            claims.Add(new Claim(ClaimKind.SharesOverHundred, ClaimVerdict.Contradicted, doc.Span(run[^1].Percent),
                string.Join("、", run.Select(f => f.Percent.Text)), 100m, null, 100m, total.Value - 100m,
                $"以 {doc.Money(run[0].Base.Value)} 为基数的各部分占比 {string.Join(" + ", run.Select(f => f.Percent.Text))} 合计 {P(run.Sum(f => f.Percent.Value))}，超过100%。"));
        }
        PartsOfACompletedBase(doc, fits.Where(f => !within.Contains(f)).ToArray(), claims);
    }

    /// <summary>
    /// "工程类采购金额10141.11亿元，占采购总规模的58.6%……货物类5230.04亿元，占30.2%……服务类1934.25亿元，占11.2%": shares of one
    /// stated base that add up to 100%, wherever the text states them, divide it; their amounts cannot add up to more than it.
    /// </summary>
    private static void PartsOfACompletedBase(AuditDocument doc, ShareFit[] fits, List<Claim> claims)
    {
        foreach (var group in fits.GroupBy(f => f.Base).Where(g => g.Count() > 1))
        {
            var parts = group.DistinctBy(f => f.Part).ToArray();
            if (parts.Length != group.Count() || parts.Any(f => f.Part == f.Base)) continue;
            var percents = parts.Aggregate(Interval.Zero, (acc, f) => acc + f.Percent.Interval);
            if (!percents.Meets(Interval.Exact(100m))) continue;
            // Each amount as its own digits allow: the shares may be a statistical bulletin's, whose figures are rounded one by one.
            var sum = parts.Aggregate(Interval.Zero, (acc, f) => acc + f.Part.AsPrinted);
            var whole = group.Key;
            if (sum.Low <= whole.AsPrinted.High) continue;
            var added = parts.Sum(f => f.Part.Value);
            claims.Add(new Claim(ClaimKind.SumOfParts, ClaimVerdict.Contradicted, doc.Span(whole), whole.Text, added, sum.Low, sum.High, whole.Value - added,
                $"文中各部分占 {doc.Money(whole.Value)} 的比重 {string.Join(" + ", parts.Select(f => f.Percent.Text))} 合计100%，" +
                $"其数额 {string.Join(" + ", parts.Select(f => doc.Money(f.Part.Value)))} = {doc.Money(added)}，已超过所写的 {doc.Money(whole.Value)}，部分不能大于整体。"));
        }
    }

    // ── completion and execution rates ─────────────────────────────────────────────────────────

    [GeneratedRegex(@"(完成了?(年初|全年|年度|调整后的?|调整)?(预算|預算)(计划|數|数)?的?|(为|占)(年初|全年|年度|调整后的?|调整|变动)?预算数?(月进度|进度)?的|完成预算执行率|(预算)?执行率(为|达|是|达到)?|完成率(为|达)?|执行进度(为)?)\s*$")]
    private static partial Regex RateLead();

    /// <summary>
    /// Whether a percentage is a completion rate by the words before it: "完成预算的93.3%", and with the budget stated
    /// between, "完成年初预算计划1528万元的48%", "占年初预算24650万元的90.2%".
    /// </summary>
    private static bool RateLeadBefore(AuditDocument doc, StatedNumber p)
    {
        var budget = BudgetWithRate(doc, p);
        var end = budget?.Start ?? p.Start;
        return RateLead().IsMatch(doc.Text[Math.Max(doc.ParagraphStart(p), end - 14)..end] + (budget is null ? "" : "的"));
    }

    /// <summary>The budget figure written between a completion rate and the words that lead it ("完成预算40023万元的107.7%").</summary>
    private static StatedNumber? BudgetWithRate(AuditDocument doc, StatedNumber p) =>
        doc.NumbersIn((doc.ParagraphStart(p), p.Start)).LastOrDefault() is { Kind: NumberKind.Money } budget && doc.Text[budget.End..p.Start].Trim() == "的" && IsBudget(doc, budget)
            ? budget : null;

    /// <summary>The budget a fund belongs to ("一般公共预算财政拨款支出", "财政公共预算收入"), which does not make an amount a budget figure.</summary>
    [GeneratedRegex(@"(公共(财政)?|政府性基金|国有资本经营|社会保险基金)预算")]
    private static partial Regex FundType();

    /// <summary>
    /// "完成年初预算100%，决算数大于预算数55.93万元", "完成年初预算71.21%，比年初预算减少3887.49万元", "占年初预算月进度的37.2%，
    /// 短月进度3533万元": the budget, stated as its gap to the actual.
    /// </summary>
    [GeneratedRegex(@"^[，,；;]?\s*((决算数?|決算數?)(?<over>大于|大於|超过|超過|超出)?(?<under>小于|小於|低于|低於)?(预算数?|預算數?)|(比|较|較)(年初)?(预算数?|預算數?)((?<over>增加|多|超支|超出)|(?<under>减少|減少|少|节约|节省))了?|(?<derived>(?<under>短收|短支|短月进度|短进度)|(?<over>超收|超支|超月进度|超进度)))\s*$")]
    private static partial Regex BudgetGap();

    private static void Rates(AuditDocument doc, List<Claim> claims)
    {
        foreach (var p in doc.Numbers.Where(n => n.Kind == NumberKind.Percent && !doc.HasRole(n)))
            Guarded(doc, claims, ClaimKind.CompletionRate, p, () => Rate(doc, claims, p));
    }

    /// <summary>"预算为", "年初预算数为", "调整预算": a budget named by the word alone.</summary>
    [GeneratedRegex(@"^[，,\s]*(年初|全年|年度|调整后?的?)?预算(数)?(为|是)?$")]
    private static partial Regex BareBudget();

    /// <summary>A completion or execution rate: the actual over the budget the paragraph states before it.</summary>
    private static void Rate(AuditDocument doc, List<Claim> claims, StatedNumber p)
    {
        if (!RateLeadBefore(doc, p)) return;
        doc.SetRole(p);
        var candidates = doc.NumbersIn((doc.ParagraphStart(p), p.Start)).Where(n => n.Kind == NumberKind.Money && n.End <= p.Start && !doc.HasRole(n)).Reverse().ToArray();
        // "完成年初预算150万元的146.67%，完成调整预算的100%": a rate of the adjusted budget is not of the initial one, nor the other way.
        var lead = doc.Text[Math.Max(doc.ParagraphStart(p), p.Start - 14)..p.Start];
        var other = lead.Contains("调整", StringComparison.Ordinal) ? "年初" : lead.Contains("年初", StringComparison.Ordinal) ? "调整" : null;
        // Not a gap to the budget ("超收10亿元"), which says how far the actual is from it.
        var budget = candidates.FirstOrDefault(n => IsBudget(doc, n) && !GapToBudget().IsMatch(FundType().Replace(doc.RawLabel(n), ""))
            && (other is null || !doc.RawLabel(n).Contains(other, StringComparison.Ordinal)));
        // "公共财政预算收入43101万元，完成预算40023万元的107.7%": with the budget written beside the rate, the actual is the
        // figure its sentence states before them.
        var actual = BudgetWithRate(doc, p) is { } written
            ? doc.NumbersIn((doc.SentenceOf(p).Start, written.Start)).LastOrDefault(n => n.Kind == NumberKind.Money && !n.UnitGuessed && !doc.HasRole(n) && !doc.IsChange(n) && !IsBudget(doc, n))
            : candidates.FirstOrDefault(n => n != budget && Regex.IsMatch(doc.RawLabel(n), "决算|执行|实际|支出|完成|收入") && !doc.RawLabel(n).EndsWith("预算", StringComparison.Ordinal) && !IsBudget(doc, n));
        // "…收入10.00亿元，为预算的95%，预算为10.00亿元": the budget, unnamed but for the word, stated after the rate in its sentence,
        // rather than one of sentences before.
        if (actual is not null && (budget is null || doc.SentenceOf(budget) != doc.SentenceOf(p))
            && doc.NumbersIn((p.End, doc.SentenceOf(p).End)).FirstOrDefault(n => n.Kind == NumberKind.Money && !n.UnitGuessed
                && !doc.HasRole(n) && BareBudget().IsMatch(doc.RawLabel(n)) && (other is null || !doc.RawLabel(n).Contains(other, StringComparison.Ordinal))) is { } after)
            budget = after;
        if (budget is null && actual is not null && GapToBudget(doc, p) is var (gap, over, derived))
        {
            doc.SetRole(gap);
            if (derived)
            {
                // "完成2104万元，占年初预算月进度的37.2%，短月进度3533万元": the gap a budget report works out from the rate's
                // budget (actual ÷ rate) is the figure checked against them.
                var budgetOfRate = Interval.Corners((x, r) => x * 100m / r, actual.Interval, p.Interval);
                var expected = over ? Interval.Corners((x, b) => x - b, actual.Interval, budgetOfRate) : Interval.Corners((x, b) => b - x, actual.Interval, budgetOfRate);
                var word = doc.Text[p.End..gap.Start].Trim('，', ',', '；', ';', ' ');
                var implied = Math.Round(actual.Value * 100m / p.Value / gap.UnitFactor, 2) * gap.UnitFactor;
                var shown = $"按 {doc.Money(actual.Value)} ÷ {p.Text.Trim()} 推得预算数约 {doc.Money(implied)}，{word}";
                var difference = doc.Money(Math.Abs(implied - actual.Value));
                claims.Add(Compare(doc, ClaimKind.CompletionRate, gap, expected, $"{shown}应约为 {difference}", $"{shown}约为 {difference}"));
                return;
            }
            // actual ÷ (actual ∓ gap): falls as the actual grows past the budget, rises with the gap.
            var gapRate = over ? Interval.Corners((x, y) => x * 100m / (x - y), actual.Interval, gap.Interval) : Interval.Corners((x, y) => x * 100m / (x + y), actual.Interval, gap.Interval);
            var budgetValue = over ? actual.Value - gap.Value : actual.Value + gap.Value;
            claims.Add(Compare(doc, ClaimKind.CompletionRate, p, gapRate,
                $"按决算数 {doc.Money(actual.Value)} ÷ 预算数 {doc.Money(budgetValue)}（决算数{(over ? "大于" : "小于")}预算数 {doc.Money(gap.Value)}）应为 {P(Ratio(actual.Value, budgetValue, gapRate))}",
                $"按决算数 {doc.Money(actual.Value)} ÷ 预算数 {doc.Money(budgetValue)} 为 {P(Ratio(actual.Value, budgetValue, gapRate))}"));
            return;
        }
        if (budget is null || actual is null)
        {
            claims.Add(new Claim(ClaimKind.CompletionRate, ClaimVerdict.Unverifiable, doc.Span(p), p.Text, null, null, null, null, "同一段中未找到预算数和执行（决算）数，无法核对这一执行率。"));
            return;
        }
        // "公务接待费支出决算为0.30万元，完成预算的3.75%" after "“三公”经费…年初预算为22.00万元": a budget of another
        // item, sentences before, is no reading of this rate.
        if (doc.SentenceOf(budget) != doc.SentenceOf(actual) && Item(doc.Label(budget)) is { Length: > 0 } budgetItem && Item(doc.Label(actual)) is { Length: > 0 } actualItem
            && !budgetItem.Contains(actualItem, StringComparison.Ordinal) && !actualItem.Contains(budgetItem, StringComparison.Ordinal))
        {
            claims.Add(new Claim(ClaimKind.CompletionRate, ClaimVerdict.Unverifiable, doc.Span(p), p.Text, null, null, null, null,
                $"同一段中的预算数是“{budgetItem}”的，文中未写明“{actualItem}”的预算数，无法核对这一执行率。"));
            return;
        }
        var rate = Interval.Corners((x, y) => x * 100m / y, actual.Interval, budget.Interval);
        claims.Add(Compare(doc, ClaimKind.CompletionRate, p, rate,
            $"按 {doc.Money(actual.Value)} ÷ {doc.Money(budget.Value)} 应为 {P(Ratio(actual.Value, budget.Value, rate))}", $"按 {doc.Money(actual.Value)} ÷ {doc.Money(budget.Value)} 为 {P(Ratio(actual.Value, budget.Value, rate))}"));
    }

    [GeneratedRegex(@"(年初|全年|调整后?的?)?(预算|决算|執行|执行)数?|支出|财政拨款|累计|完成|实际|为|的|数")]
    private static partial Regex NotItem();

    /// <summary>A budget figure by its label ("年初预算为…"), not an actual of a fund type's budget ("一般公共预算财政拨款支出").</summary>
    private static bool IsBudget(AuditDocument doc, StatedNumber n) =>
        FundType().Replace(doc.RawLabel(n), "") is var l && (l.Contains("预算", StringComparison.Ordinal) && !l.Contains("决算", StringComparison.Ordinal) && !l.Contains("执行", StringComparison.Ordinal)
            || GapToBudget().IsMatch(l));

    /// <summary>What the year's figure falls short of or exceeds its budget by: "短收23181万元", "短月进度3533万元", "超收…".</summary>
    [GeneratedRegex(@"(短收|短支|超收|超支|短月进度|短进度|缺口)$")]
    private static partial Regex GapToBudget();

    /// <summary>The item a budget or an actual figure is of, from its label: 公务接待费 of "公务接待费支出决算"; empty when the label names none.</summary>
    private static string Item(string label) => NotItem().Replace(FundType().Replace(label, ""), "");

    /// <summary>The gap written right after a rate ("，决算数大于预算数55.93万元"), and whether the actual is over the budget.</summary>
    private static (StatedNumber Gap, bool Over, bool Derived)? GapToBudget(AuditDocument doc, StatedNumber rate)
    {
        var sentence = doc.SentenceOf(rate);
        var gap = doc.NumbersIn((rate.End, sentence.End)).FirstOrDefault();
        var m = gap is { Kind: NumberKind.Money } ? BudgetGap().Match(doc.Text[rate.End..gap.Start]) : Match.Empty;
        // "支出决算5万元，比预算数少5万元，完成预算的80%": the gap stated before the rate, in the clause before it.
        if (!m.Success && doc.NumbersIn((sentence.Start, rate.Start)).LastOrDefault() is { Kind: NumberKind.Money } before
            && doc.Text[before.End..rate.Start].Count(c => c is '，' or ',') == 1)
            (gap, m) = (before, BudgetGap().Match(doc.Text[doc.ClauseStart(before.Start, sentence.Start)..before.Start]));
        // A gap stated before the rate is what the rate is worked out from, not from it.
        return !m.Success || m.Groups["over"].Success == m.Groups["under"].Success ? null : (gap!, m.Groups["over"].Success, m.Groups["derived"].Success && gap!.Start > rate.End);
    }

    // ── totals that are always equal, and quantities stated twice ──────────────────────────────

    /// <summary>Words of accounts whose 收入总计 and 支出总计 need not be equal: a government's budget report, a hospital's income statement.</summary>
    [GeneratedRegex(@"滚存结余|净结余|结转下年支出|医疗收入|医疗业务成本|本期结余|年终结余|收支相抵|当年收支结余")]
    private static partial Regex NotUnitAccounts();

    private static readonly (string A, string B)[] Pairs = [("收入总计", "支出总计"), ("财政拨款收入总计", "财政拨款支出总计")];

    /// <summary>A quantity's name without the words that only say it is the year's total or actual ("财政拨款收入决算总计").</summary>
    private static string Root(string label) => label.Replace("决算", "", StringComparison.Ordinal).Replace("总计", "", StringComparison.Ordinal).Replace("合计", "", StringComparison.Ordinal);

    /// <summary>
    /// "财政拨款收入177.28万元，与2016年相比增加21.79万元…。财政拨款收入决算总计177.28万元，与2016年相比增加22.13万元":
    /// one quantity, the same figure this year, compared with last year twice, must change by the same amount.
    /// </summary>
    private static void ChangesStatedTwice(AuditDocument doc, List<ChangeClaim> changes, List<Claim> claims)
    {
        var stated = changes.Where(c => !c.AgainstBudget && c.Current is not null && c.Difference is not null && Root(c.Label).Length >= 2).ToArray();
        for (var i = 1; i < stated.Length; i++)
        {
            var y = stated[i];
            // Two earlier figures stated apart are two quantities that share a name ("1幼儿园为3,364.22元，比上年的2,961.34元…"
            // under one heading, "…比上年的2,975.80元…" under another).
            var x = stated.Take(i).FirstOrDefault(e => e.Current != y.Current && e.Current!.Interval.Meets(y.Current!.Interval)
                && (Root(e.Label).StartsWith(Root(y.Label), StringComparison.Ordinal) || Root(y.Label).StartsWith(Root(e.Label), StringComparison.Ordinal))
                && !(e.Prior is { } before && y.Prior is { } after && !before.Interval.Meets(after.Interval)));
            if (x is null) continue;
            var (a, b) = (x.Decrease ? -x.Difference!.Interval : x.Difference!.Interval, y.Decrease ? -y.Difference!.Interval : y.Difference!.Interval);
            if (a.Meets(b)) continue;
            claims.Add(new Claim(ClaimKind.StatedTwice, ClaimVerdict.Contradicted, doc.Span(y.Difference), y.Difference.Text, x.Difference.Value,
                x.Difference.Interval.Low, x.Difference.Interval.High, y.Difference.Value - x.Difference.Value,
                $"{x.Label}本年同为 {doc.Money(y.Current!.Value)}，前文与上年相比{(x.Decrease ? "减少" : "增加")} {doc.Money(x.Difference.Value)}，此处{(y.Decrease ? "减少" : "增加")} {doc.Money(y.Difference.Value)}，同一增减前后不一致。"));
        }
    }

    /// <summary>
    /// "全国政府采购规模为349931亿元" in a title, "全国政府采购规模为34,993.1亿元" in the body: one quantity written with the same
    /// digits and its decimal point lost. The figure without it is reported, whatever its name (any quantity's, not only
    /// the accounts' own), since the same digits at another scale are no coincidence.
    /// </summary>
    private static void DecimalSlips(AuditDocument doc, List<Claim> claims)
    {
        foreach (var group in doc.Levels().Where(n => doc.Label(n).Length >= 4).GroupBy(doc.Label))
        {
            // Figures with decimals by their digits, so that each one without is matched at once.
            var withDecimals = group.Where(n => n.HasDecimals).ToLookup(Digits);
            foreach (var slipped in group.Where(n => !n.HasDecimals))
            {
                var digits = Digits(slipped);
                var written = withDecimals[digits].FirstOrDefault(n => !n.Interval.Meets(slipped.Interval) && doc.SameUnit(n, slipped));
                if (written is null || digits.TrimStart('0').Length < 3) continue;
                claims.Add(new Claim(ClaimKind.StatedTwice, ClaimVerdict.Contradicted, doc.Span(slipped), slipped.Text, written.Value, written.Interval.Low, written.Interval.High,
                    slipped.Value - written.Value,
                    $"“{group.Key}”在第{doc.Span(written).Line}行写为 {written.Text.Trim()}，此处写为 {slipped.Text.Trim()}：数字相同，小数点不见了，同一数据前后不一致。"));
            }
        }

        static string Digits(StatedNumber n) => new(n.Text.Where(char.IsAsciiDigit).ToArray());
    }

    private static void PairedChanges(AuditDocument doc, List<ChangeClaim> changes, List<Claim> claims)
    {
        foreach (var (a, b) in Pairs)
        {
            var first = changes.FirstOrDefault(c => c.Label == a && c.Difference is not null && !c.AgainstBudget);
            var second = changes.FirstOrDefault(c => c.Label == b && c.Difference is not null && !c.AgainstBudget);
            if (first is null || second is null || first.Decrease != second.Decrease) continue;
            var (x, y) = first.Span.Start < second.Span.Start ? (first, second) : (second, first);
            if (x.Difference!.Interval.Meets(y.Difference!.Interval)) continue;
            claims.Add(new Claim(ClaimKind.PairedTotals, ClaimVerdict.Contradicted, doc.Span(y.Difference), y.Difference.Text, x.Difference.Value,
                x.Difference.Interval.Low, x.Difference.Interval.High, y.Difference.Value - x.Difference.Value,
                $"{a}与{b}每年相等，两者的增减额必然相同：此处{y.Label}写为{(y.Decrease ? "减少" : "增加")} {doc.Money(y.Difference.Value)}，前文{x.Label}为 {doc.Money(x.Difference.Value)}。"));
        }
    }

    /// <summary>The totals of a unit's accounts, whose parts are the unit's quantities themselves.</summary>
    private static readonly HashSet<string> UnitTotals = ["本年收入合计", "本年支出合计", "收入总计", "支出总计"];

    /// <param name="unitAccounts">Whether the text is a unit's final accounts, whose 收入总计 and 支出总计 are one figure.</param>
    private static void Levels(AuditDocument doc, List<Claim> claims, bool unitAccounts)
    {
        var levels = doc.Levels().Where(n => doc.IsVocabulary(doc.Label(n))).ToArray();
        // "机构运行1100910.5元，其中：基本支出1100910.5元": a part after 其中 is of the amount before it, the same
        // quantity as another only where that amount is too.
        // A part of the unit's own totals ("本年收入合计…，其中财政拨款收入80万元") is the unit's quantity itself.
        // So is a “三公” item of the “三公” total.
        foreach (var group in levels.GroupBy(n => (Qualified(doc, n), doc.WholeOf(n) is { } whole && !UnitTotals.Contains(doc.Label(whole)) && !IsThreePublicTotal(doc, whole) ? doc.Label(whole) : "")))
        {
            var list = group.ToArray();
            var contexts = list.Select(doc.BudgetAndScopeOf).ToArray();
            var outlines = list.Select(doc.OutlineLevelOf).ToArray();
            // A figure stated before as it is here, in the same context, agrees with that one: no need to look again.
            var seen = new HashSet<(decimal, decimal, decimal, (string, string), int)>();
            for (var i = 1; i < list.Length; i++)
            {
                seen.Add((list[i - 1].Value, list[i - 1].Step, list[i - 1].UnitFactor, contexts[i - 1], outlines[i - 1]));
                if (seen.Contains((list[i].Value, list[i].Step, list[i].UnitFactor, contexts[i], outlines[i]))) continue;
                // A report's 上级补助收入 of the 政府性基金 is not that of the 一般公共预算, nor a 区本级 figure the 全区 one, nor an item
                // numbered at one level of the outline one numbered at another.
                var same = Enumerable.Range(0, i).Where(j => Compatible(contexts[j], contexts[i]) && doc.SameUnit(list[j], list[i])
                    && (outlines[j] == 0 || outlines[i] == 0 || outlines[j] == outlines[i])).Select(j => list[j]).ToArray();
                var earlier = same.FirstOrDefault(e => !e.Interval.Meets(list[i].Interval));
                if (earlier is null || same.Any(e => e.Interval.Meets(list[i].Interval))) continue;
                // "支出1402.08万元，其中：一般公共服务支出1402.08万元，一般公共服务支出760.16万元，…": the one that repeats its whole
                // is the slip.
                if (doc.WholeOf(earlier) is { } whole && whole.Interval.Meets(earlier.Interval) && !whole.Interval.Meets(list[i].Interval))
                    claims.Add(new Claim(ClaimKind.StatedTwice, ClaimVerdict.Contradicted, doc.Span(earlier), earlier.Text, list[i].Value, list[i].Interval.Low, list[i].Interval.High,
                        earlier.Value - list[i].Value,
                        $"“{group.Key.Item1}”此处写为 {doc.Money(earlier.Value)}，与其所属的合计相同，第{doc.Span(list[i]).Line}行又写为 {doc.Money(list[i].Value)}，同一数据前后不一致。"));
                else
                    claims.Add(new Claim(ClaimKind.StatedTwice, ClaimVerdict.Contradicted, doc.Span(list[i]), list[i].Text, earlier.Value, earlier.Interval.Low, earlier.Interval.High,
                        list[i].Value - earlier.Value,
                        $"“{group.Key.Item1}”在第{doc.Span(earlier).Line}行写为 {doc.Money(earlier.Value)}，此处写为 {doc.Money(list[i].Value)}，同一数据前后不一致。"));
                break;
            }
        }

        // Two figures' budgets and levels agree where each names one, or one names none.
        static bool Compatible((string Budget, string Scope) a, (string Budget, string Scope) b) =>
            (a.Budget.Length == 0 || b.Budget.Length == 0 || a.Budget == b.Budget) && (a.Scope.Length == 0 || b.Scope.Length == 0 || a.Scope == b.Scope);
        if (!unitAccounts) return;
        foreach (var (a, b) in Pairs)
        {
            var xs = levels.Where(n => doc.Label(n) == a).ToArray();
            var ys = levels.Where(n => doc.Label(n) == b).ToArray();
            if (xs.Length == 0 || ys.Length == 0 || xs.Any(x => ys.Any(y => x.Interval.Meets(y.Interval)))) continue;
            // Only figures written as totals: a hospital's "总收入" and "总支出" are its income and spending of the year, which differ.
            xs = xs.Where(n => doc.RawLabel(n).Contains("总计", StringComparison.Ordinal)).ToArray();
            ys = ys.Where(n => doc.RawLabel(n).Contains("总计", StringComparison.Ordinal)).ToArray();
            if (xs.Length == 0 || ys.Length == 0) continue;
            var (first, second) = xs[0].Start < ys[0].Start ? (xs[0], ys[0]) : (ys[0], xs[0]);
            claims.Add(new Claim(ClaimKind.PairedTotals, ClaimVerdict.Contradicted, doc.Span(second), second.Text, first.Value, first.Interval.Low, first.Interval.High,
                second.Value - first.Value, $"{a}与{b}必然相等，文中{doc.Label(first)}为 {doc.Money(first.Value)}，{doc.Label(second)}为 {doc.Money(second.Value)}。"));
        }
    }

    private static Claim Compare(AuditDocument doc, ClaimKind kind, StatedNumber stated, Interval expected, string contradiction, string consistent)
    {
        var value = stated.Kind == NumberKind.Money ? Math.Abs(stated.Value) : stated.Value;
        // Read as printed too: "728万元" beside figures to the cent may be a rounded figure, not 728.00.
        var statedRange = stated.Value >= 0 ? stated.AsPrinted : -stated.AsPrinted;
        if (statedRange.Meets(expected))
            return new Claim(kind, ClaimVerdict.Consistent, doc.Span(stated), stated.Text, expected.Value, expected.Low, expected.High, null, consistent + "，与所写相符。");
        return new Claim(kind, ClaimVerdict.Contradicted, doc.Span(stated), stated.Text, expected.Value, expected.Low, expected.High, value - expected.Value,
            $"当前写为 {stated.Text}，{contradiction}。");
    }


    private static string P(decimal percent) => MoneyFormat.Percent(percent);

    /// <summary>
    /// "，与所写相符。" — and, when a stated percentage agrees only within the precision its amounts are printed to ("4万元 ÷ 10万元"
    /// for "占50%"), the range that precision allows, so that the reader sees why.
    /// </summary>
    private static string Agrees(StatedNumber stated, decimal computed, Interval range) =>
        stated.Interval.Meets(Interval.Exact(computed)) ? "，与所写相符。" : $"；所用数额只写到其末位，可在 {P(range.Low)} 至 {P(range.High)} 之间，与所写相符。";

    /// <summary>The percentage the figures as written give; with a whole written as 0, the middle of the range their precision allows.</summary>
    private static decimal Ratio(decimal part, decimal whole, Interval range) => whole == 0m ? range.Value : part * 100m / whole;



    /// <summary>
    /// One claim's checking, kept apart from the others: an error of the auditor's own on it (a base of zero
    /// no reading excluded, say) is reported for that claim as 无法核对（内部错误）, never as a contradiction,
    /// and whatever it had recorded is taken back.
    /// </summary>
    private static void Guarded(AuditDocument doc, List<Claim> claims, ClaimKind kind, StatedNumber at, Action check) =>
        Guarded(doc, claims, kind, at.Start, at.End, check);

    internal static void Guarded(AuditDocument doc, List<Claim> claims, ClaimKind kind, int start, int end, Action check)
    {
        var count = claims.Count;
        try
        {
            check();
        }
        catch (Exception e) when (e is ArithmeticException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            claims.RemoveRange(count, claims.Count - count);
            var span = doc.Span(start, end);
            claims.Add(new Claim(kind, ClaimVerdict.Unverifiable, span, span.Text, null, null, null, null, "无法核对（内部错误）：核查这一处时程序出错，已跳过，其他论断不受影响。"));
        }
    }
}
