using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;
using Juesuan.Checks;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>A cell of the published tables a figure of the text may state: by key, or by row and column.</summary>
    /// <param name="OtherBasis">
    /// A budget the text calls 年初 or 全年 read against the table's 预算数, which may hold the other of the two: a figure
    /// that differs from it is unverifiable, not a contradiction.
    /// </param>
    private sealed record TableCell(string Table, string? Key, string? Row, string? Column, string Name, bool OtherBasis = false)
    {
        public Interval? Value(FactSet facts) => facts.Table(Table) is { } t ? Key is not null ? t.Cell(Key) : t.Cell(Row!, Column!) : null;
    }

    private static TableCell Keyed(string table, string key, string name) => new(table, key, null, null, name);

    private static TableCell Total(string table, string column, string name) => new(table, null, "合计", column, name);

    /// <summary>
    /// What the narrative's figures name, and the cells they can mean. A name that two tables print (基本支出
    /// of all funds in 支出决算表, of the general budget in 一般公共预算财政拨款支出决算表) is consistent
    /// with either: a figure is contradicted only when it matches none.
    /// </summary>
    private static readonly Dictionary<string, TableCell[]> TableNames = new(StringComparer.Ordinal)
    {
        ["收入支出总计"] = [Keyed("T1", "收入总计", "收入支出决算总表的收入总计")],
        ["收入总计"] = [Keyed("T1", "收入总计", "收入支出决算总表的收入总计")],
        ["支出总计"] = [Keyed("T1", "支出总计", "收入支出决算总表的支出总计")],
        ["本年收入合计"] = [Keyed("T1", "本年收入合计", "收入支出决算总表的本年收入合计")],
        ["本年支出合计"] = [Keyed("T1", "本年支出合计", "收入支出决算总表的本年支出合计")],
        ["财政拨款收入支出总计"] = [Keyed("T4", "收入总计", "财政拨款收入支出决算总表的总计")],
        ["财政拨款收入总计"] = [Keyed("T4", "收入总计", "财政拨款收入支出决算总表的收入总计")],
        ["财政拨款支出总计"] = [Keyed("T4", "支出总计.合计", "财政拨款收入支出决算总表的支出总计")],
        ["本年财政拨款收入"] = [Keyed("T4", "本年收入合计", "财政拨款收入支出决算总表的本年收入合计")],
        ["财政拨款本年收入合计"] = [Keyed("T4", "本年收入合计", "财政拨款收入支出决算总表的本年收入合计")],
        ["本年财政拨款支出"] = [Keyed("T4", "本年支出合计.合计", "财政拨款收入支出决算总表的本年支出合计")],
        ["财政拨款本年支出合计"] = [Keyed("T4", "本年支出合计.合计", "财政拨款收入支出决算总表的本年支出合计")],
        ["年初财政拨款结转和结余"] = [Keyed("T4", "年初结转和结余", "财政拨款收入支出决算总表的年初财政拨款结转和结余")],
        ["财政拨款年初结转和结余"] = [Keyed("T4", "年初结转和结余", "财政拨款收入支出决算总表的年初财政拨款结转和结余")],
        ["年末财政拨款结转和结余"] = [Keyed("T4", "年末结转和结余.合计", "财政拨款收入支出决算总表的年末财政拨款结转和结余")],
        ["财政拨款年末结转和结余"] = [Keyed("T4", "年末结转和结余.合计", "财政拨款收入支出决算总表的年末财政拨款结转和结余")],
        ["财政拨款收入"] = [Total("T2", "财政拨款收入", "收入决算表合计行的财政拨款收入"), Keyed("T4", "本年收入合计", "财政拨款收入支出决算总表的本年收入合计")],
        ["财政拨款支出"] = [Keyed("T4", "本年支出合计.合计", "财政拨款收入支出决算总表的本年支出合计")],
        ["一般公共预算财政拨款支出"] = [Total("T5", "合计", "一般公共预算财政拨款支出决算表的合计")],
        ["一般公共预算财政拨款基本支出"] = [Total("T5", "基本支出", "一般公共预算财政拨款支出决算表合计行的基本支出")],
        ["一般公共预算财政拨款项目支出"] = [Total("T5", "项目支出", "一般公共预算财政拨款支出决算表合计行的项目支出")],
        ["基本支出"] = [Total("T3", "基本支出", "支出决算表合计行的基本支出"), Total("T5", "基本支出", "一般公共预算财政拨款支出决算表合计行的基本支出")],
        ["项目支出"] = [Total("T3", "项目支出", "支出决算表合计行的项目支出"), Total("T5", "项目支出", "一般公共预算财政拨款支出决算表合计行的项目支出")],
        ["人员经费"] = [Keyed("T6", "人员经费合计", "一般公共预算财政拨款基本支出决算表的人员经费合计")],
        ["公用经费"] = [Keyed("T6", "公用经费合计", "一般公共预算财政拨款基本支出决算表的公用经费合计")],
        ["年初结转和结余"] = [Keyed("T1", "年初结转和结余", "收入支出决算总表的年初结转和结余"), Keyed("T4", "年初结转和结余", "财政拨款收入支出决算总表的年初财政拨款结转和结余")],
        ["年末结转和结余"] = [Keyed("T1", "年末结转和结余", "收入支出决算总表的年末结转和结余"), Keyed("T4", "年末结转和结余.合计", "财政拨款收入支出决算总表的年末财政拨款结转和结余")],
    };

    /// <summary>The “三公” items as the text names them, and the column of 公开07表 each is.</summary>
    private static readonly Dictionary<string, string> ThreePublicItems = new(StringComparer.Ordinal)
    {
        ["“三公”经费"] = "合计",
        ["因公出国（境）费"] = "因公出国（境）费",
        ["因公出国(境)费"] = "因公出国（境）费",
        ["公务用车购置及运行费"] = "公务用车购置及运行费小计",
        ["公务用车购置及运行维护费"] = "公务用车购置及运行费小计",
        ["公务用车购置费"] = "公务用车购置费",
        ["公务用车运行费"] = "公务用车运行费",
        ["公务用车运行维护费"] = "公务用车运行费",
        ["公务接待费"] = "公务接待费",
    };

    /// <summary>What may follow an item's name when the figure is its 决算 (actual) amount.</summary>
    private static readonly string[] ActualSuffixes = ["", "支出", "决算", "决算数", "支出决算", "支出决算数"];

    /// <summary>What may follow an item's name when the figure is its budget, as 公开07表 prints it in its 预算数 block.</summary>
    [GeneratedRegex(@"^(支出)?(?<basis>年初|全年)?预算数?$")]
    private static partial Regex BudgetSuffix();

    /// <summary>A bare clause stating a budget ("预算为", "支出年初预算为") of the item its sentence names before.</summary>
    private static bool IsBareBudget(string clause) => BudgetSuffix().IsMatch(clause);

    /// <summary>The fund a “三公” figure may be qualified by, before its name or after it ("一般公共预算财政拨款“三公”经费", "“三公”经费财政拨款支出").</summary>
    [GeneratedRegex(@"(一般公共预算财政拨款|政府性基金预算财政拨款|财政拨款)(安排的)?")]
    private static partial Regex FundQualifier();

    [GeneratedRegex(@"上年|去年|上一年|同期|(20\d\d)\s*年")]
    private static partial Regex YearWords();

    /// <summary>Whether the clause before a figure speaks of another year than the tables' (上年, 2023年): then it names no cell of them.</summary>
    private static bool OfAnotherYear(AuditDocument doc, FactSet tables, StatedNumber n)
    {
        var sentence = doc.SentenceOf(n);
        var before = doc.Text[sentence.Start..n.Start];
        var clause = before[(before.LastIndexOfAny(['，', '；', ',']) + 1)..];
        var year = tables.Table("T1")?.Table.FiscalYear ?? tables.Table("T5")?.Table.FiscalYear;
        return YearWords().Matches(clause).Any(m => !m.Groups[1].Success || (year is { } y && m.Groups[1].Value != y.ToString(CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"[（(](类|款|项)[)）]")]
    private static partial Regex LevelMark();

    /// <summary>
    /// A “三公” item's 决算 ("公务接待费支出", "“三公”经费支出决算数") or its budget ("“三公”经费支出预算"): its cell of
    /// 公开07表, in the 决算数 or the 预算数 block.
    /// </summary>
    private static IEnumerable<TableCell> ThreePublicCells(string label)
    {
        label = FundQualifier().Replace(label, "");
        foreach (var (name, column) in ThreePublicItems)
        {
            if (!label.StartsWith(name, StringComparison.Ordinal)) continue;
            if (ActualSuffixes.Contains(label[name.Length..])) return [ThreePublicCell("决算数", column)];
            if (BudgetSuffix().Match(label[name.Length..]) is { Success: true } budget) return [ThreePublicBudget(column, budget)];
        }
        return [];
    }

    private static TableCell ThreePublicCell(string block, string column) =>
        new("T7", null, "决算", block + "." + column, $"“三公”经费支出决算表的{block}（{column}）");

    /// <summary>The 预算数 cell of a “三公” item, for a budget the text calls 年初 or 全年 only one of two readings.</summary>
    private static TableCell ThreePublicBudget(string column, Match suffix) =>
        ThreePublicCell("预算数", column) with { OtherBasis = suffix.Groups["basis"].Success };

    /// <summary>
    /// The name before a figure back to the clause's start or the figure before it, brackets included (a label stops at
    /// them) and across a line the page broke ("卫生健" / "康支出（类）"): "一般公共服务支出（类）".
    /// </summary>
    private static string ClauseLabel(AuditDocument doc, StatedNumber n) => NameBefore(doc, n.Start);

    /// <summary>The name that ends at a position, back to a clause's punctuation, a figure or a table's cell border (| or a tab), across line breaks.</summary>
    private static string NameBefore(AuditDocument doc, int end)
    {
        var start = end;
        while (start > 0 && end - start < 120 && doc.Text[start - 1] is not ('，' or ',' or '；' or ';' or '：' or ':' or '、' or '。' or '%' or '|' or '\t') && !char.IsAsciiDigit(doc.Text[start - 1]))
            start--;
        return AuditDocument.Normalize(doc.Text[start..end].Replace("\n", "", StringComparison.Ordinal));
    }

    /// <summary>Whether a clause states an actual amount and nothing else ("支出决算为", "决算数为"): the 决算 of what the text is about.</summary>
    private static bool IsBareActual(string clause) => clause is "支出决算" or "决算" or "决算数" or "支出决算数";

    private static bool InBasicExpenditure(AuditDocument doc, StatedNumber n)
    {
        var before = doc.Text.AsSpan(doc.SentenceOf(n).Start, n.Start - doc.SentenceOf(n).Start);
        return before.Contains("人员经费", StringComparison.Ordinal) || before.Contains("公用经费", StringComparison.Ordinal);
    }

    /// <summary>An economic item of the basic expenditure by its name ("基本工资", "维修（护）费"): its row of 一般公共预算财政拨款基本支出决算表.</summary>
    private static IEnumerable<TableCell> EconomicCells(FactSet tables, string label)
    {
        if (tables.Table("T6") is not { } t6) yield break;
        foreach (var row in t6.Table.Rows)
            for (var name = 1; name + 1 < row.Cells.Count; name += 3)
                if (row.Cells[name + 1].Key is { } key && row.Cells[name].Text.Replace(" ", "", StringComparison.Ordinal) == label)
                    yield return new TableCell("T6", key, null, null, $"一般公共预算财政拨款基本支出决算表“{row.Cells[name].Text.Trim()}”一行的决算数");
    }

    /// <summary>
    /// The item a "支出决算为Y万元" speaks of: the heading it follows, ending in its level ("1、一般公共服务支出（类）财政事务（款）
    /// 行政运行（项）。主要用于：…。年初预算为X万元，支出决算为Y万元"), within a few lines and with no other figure of 决算 between.
    /// </summary>
    private static string? ItemHeading(AuditDocument doc, StatedNumber n)
    {
        var from = Math.Max(0, n.Start - 300);
        var end = Math.Max(doc.Text.LastIndexOf("（项）", n.Start, n.Start - from, StringComparison.Ordinal), doc.Text.LastIndexOf("(项)", n.Start, n.Start - from, StringComparison.Ordinal));
        if (end < 0 || doc.NumbersIn((end, n.Start)).Any(o => o.Kind == NumberKind.Money && IsBareActual(ClauseLabel(doc, o)))) return null;
        // "8. 城乡社区支出（类）…": the heading's number is no part of its name.
        return NameBefore(doc, end + 3).TrimStart('.', '．', '、', ')', '）');
    }

    /// <summary>
    /// The cells of a function class, section or item a clause names with its level ("一般公共服务支出（类）",
    /// "…（款）行政运行（项）支出"): that row of 一般公共预算财政拨款支出决算表, 支出决算表 or 收入决算表.
    /// </summary>
    private static IEnumerable<TableCell> FunctionCells(FactSet tables, string label)
    {
        var marks = LevelMark().Matches(label);
        if (marks.Count == 0 || !ActualSuffixes.Contains(label[(marks[^1].Index + marks[^1].Length)..])) return [];
        // Each level's name as written: 类, 款 and 项 in "城乡社区支出（类）城乡社区管理事务（款）行政运行（项）".
        var names = marks.Select((m, i) => (Length: m.Groups[1].Value switch { "类" => 3, "款" => 5, _ => 7 },
            Name: label[(i > 0 ? marks[i - 1].Index + marks[i - 1].Length : 0)..m.Index])).ToArray();
        static bool Same(string a, string b) => a == b || a + "支出" == b || a == b + "支出";
        static string Name(Juesuan.DocumentModel.TableRow r) => r.Cells[1].Text.Replace(" ", "", StringComparison.Ordinal);
        return new[] { ("T5", "合计", "一般公共预算财政拨款支出决算表"), ("T3", "本年支出合计", "支出决算表"), ("T2", "本年收入合计", "收入决算表") }
            .SelectMany(t =>
            {
                if (tables.Table(t.Item1)?.Table is not { } table) return [];
                var byCode = table.Rows.Where(r => r.Key is not null && r.Cells.Count > 1).ToDictionary(r => r.Key!, StringComparer.Ordinal);
                // A row whose name and whose parents' names are those written (a 行政运行 of the 款 named, not of another).
                return byCode.Values.Where(r => r.Key!.Length == names[^1].Length
                        && names.All(n => n.Length <= r.Key.Length && byCode.TryGetValue(r.Key[..n.Length], out var level) && Same(Name(level), n.Name)))
                    .Select(r => new TableCell(t.Item1, null, r.Key, t.Item2, $"{t.Item3}“{r.Cells[1].Text.Trim()}”一行（{r.Key}）的{t.Item2}"));
            })
            .ToArray();
    }

    private static readonly string[] Qualifiers = ["一般公共预算财政拨款", "财政拨款"];

    /// <summary>The qualifiers its sentence names before a figure, the longest first.</summary>
    private static IEnumerable<string> QualifiersBefore(AuditDocument doc, StatedNumber n)
    {
        var said = doc.Text[doc.SentenceOf(n).Start..n.Start];
        return Qualifiers.Where(q => said.Contains(q, StringComparison.Ordinal));
    }

    /// <summary>
    /// A figure's label with the qualifier its sentence gave before and left unsaid ("财政拨款收入总计…，支出总计…"
    /// speaks of 财政拨款支出总计): two figures of one label in differently qualified sentences are different quantities.
    /// </summary>
    private static string Qualified(AuditDocument doc, StatedNumber n)
    {
        var label = doc.Label(n);
        if (Qualifiers.Any(q => label.Contains(q, StringComparison.Ordinal))) return label;
        return QualifiersBefore(doc, n).FirstOrDefault() is { } qualifier ? qualifier + label : label;
    }

    /// <summary>
    /// 文表核对 — each amount of the narrative that names a table's cell (收入支出总计, 本年收入合计, 基本支出,
    /// 人员经费 …), compared with that cell at the precision both were printed with. The name is the figure's
    /// label, without the unit and year that open the sentence ("上海市普陀区财政局2024年度收入支出总计").
    /// </summary>
    private static void TableFigureClaims(AuditDocument doc, FactSet tables, List<Claim> claims)
    {
        foreach (var n in doc.Numbers.Where(n => n.Kind == NumberKind.Money && !doc.IsChange(n) && !n.UnitGuessed))
            Guarded(doc, claims, ClaimKind.TableFigure, n, () => TableFigure(doc, tables, claims, n));
    }

    private static void TableFigure(AuditDocument doc, FactSet tables, List<Claim> claims, StatedNumber n)
    {
        var clause = ClauseLabel(doc, n);
        // A name the text layer broke over two lines ("其中：人员" / "经费 4896.98万元") is the clause's.
        var label = !TableNames.ContainsKey(doc.Label(n)) && TableNames.ContainsKey(clause) ? clause : doc.Label(n);
        // "财政拨款收入总计…，支出总计…": a name the sentence has qualified before (财政拨款, 一般公共预算财政拨款) can carry it unsaid.
        var cells = TableNames.ContainsKey(label)
            ? TableNames[label].Concat(QualifiersBefore(doc, n).Where(q => !label.StartsWith(q, StringComparison.Ordinal))
                .SelectMany(q => TableNames.GetValueOrDefault(q + label) ?? [])).Distinct().ToArray()
            : OfAnotherYear(doc, tables, n) ? []
            // 人员经费…主要包括：基本工资…、公务接待费…: economic items of the basic expenditure, not the “三公” item of that name.
            : InBasicExpenditure(doc, n) ? EconomicCells(tables, clause).ToArray()
            : ThreePublicCells(label).Concat(FunctionCells(tables, clause))
                .Concat(IsBareActual(clause) && ItemHeading(doc, n) is { } heading ? FunctionCells(tables, heading) : [])
                // "“三公”经费支出预算为22.00万元，支出决算为8.77万元": a bare budget or actual of the item the sentence named.
                .Concat((IsBareActual(clause) || IsBareBudget(clause)) && ThreePublicItemBefore(doc, n) is { } item
                    ? [IsBareBudget(clause) ? ThreePublicBudget(item, BudgetSuffix().Match(clause)) : ThreePublicCell("决算数", item)] : []).ToArray();
        if (cells.Length == 0) return;
        var read = cells.Select(c => (Cell: c, Value: c.Value(tables))).Where(c => c.Value is not null).ToArray();
        if (read.Length == 0) return;
        var span = doc.Span(n);
        var match = read.FirstOrDefault(c => c.Value!.Value.Meets(n.Interval));
        if (match.Cell is not null)
        {
            claims.Add(new Claim(ClaimKind.TableFigure, ClaimVerdict.Consistent, span, n.Text, match.Value!.Value.Value, match.Value.Value.Low, match.Value.Value.High, null,
                $"与{match.Cell.Name}（{Shown(match.Value.Value, n)}）相符。"));
            return;
        }
        var (cell, value) = read[0];
        if (read.All(r => r.Cell.OtherBasis))
        {
            claims.Add(new Claim(ClaimKind.TableFigure, ClaimVerdict.Unverifiable, span, n.Text, value!.Value.Value, value.Value.Low, value.Value.High, null,
                $"文中写为{n.Text}，{cell.Name}为{Shown(value.Value, n)}；表中的预算数可能是年初预算，也可能是全年预算，无法核对。"));
            return;
        }
        var others = read.Length > 1 ? "，" + string.Join("，", read.Skip(1).Select(r => $"{r.Cell.Name}为{Shown(r.Value!.Value, n)}")) : "";
        claims.Add(new Claim(ClaimKind.TableFigure, ClaimVerdict.Contradicted, span, n.Text, value!.Value.Value, value.Value.Low, value.Value.High, n.Value - value.Value.Value,
            $"文中写为{n.Text}，{cell.Name}为{Shown(value.Value, n)}{others}。"));
    }

    /// <summary>
    /// 预算完成率 from 公开07表: a “三公” item's completion rate whose budget the text does not state ("公务接待费支出决算为
    /// 0.39万元，完成预算的13.68%"), recomputed from the table's 决算数 and 预算数 of the item the sentence last named.
    /// </summary>
    private static void ThreePublicRates(AuditDocument doc, FactSet tables, List<Claim> claims)
    {
        if (tables.Table("T7") is not { } t7) return;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Kind != ClaimKind.CompletionRate || claim.Verdict != ClaimVerdict.Unverifiable) continue;
            var at = doc.ReadingOffset(claim.Span.Start);
            var rate = doc.NumbersIn((at, at + claim.Span.Length)).FirstOrDefault(n => n.Kind == NumberKind.Percent);
            if (rate is null || ThreePublicItemBefore(doc, rate) is not { } item) continue;
            var (budget, actual) = (t7.Cell("决算", "预算数." + item), t7.Cell("决算", "决算数." + item));
            if (budget.Low <= 0) continue;
            var ratio = Interval.Corners((x, y) => x * 100m / y, actual, budget);
            var fits = ratio.Meets(rate.Interval);
            var shown = item == "合计" ? "“三公”经费" : item.Replace("小计", "", StringComparison.Ordinal);
            claims[i] = new Claim(ClaimKind.CompletionRate, fits ? ClaimVerdict.Consistent : ClaimVerdict.Contradicted, claim.Span, claim.Stated, ratio.Value, ratio.Low, ratio.High,
                fits ? null : rate.Value - ratio.Value,
                fits ? $"按“三公”经费支出决算表中{shown}的决算数 {doc.Money(actual.Value)} ÷ 预算数 {doc.Money(budget.Value)} 为 {P(Ratio(actual.Value, budget.Value, ratio))}，与所写相符。"
                     : $"当前写为 {rate.Text}，按“三公”经费支出决算表中{shown}的决算数 {doc.Money(actual.Value)} ÷ 预算数 {doc.Money(budget.Value)} 应为 {P(Ratio(actual.Value, budget.Value, ratio))}。");
        }
    }

    /// <summary>
    /// The column of 公开07表 for the “三公” item a sentence last names before a figure (合计 for the “三公” total); the
    /// sentence read back across lines a page broke, to its 。 or ；.
    /// </summary>
    private static string? ThreePublicItemBefore(AuditDocument doc, StatedNumber n)
    {
        var from = Math.Max(0, n.Start - 200);
        var end = doc.Text.LastIndexOfAny(['。', '；', ';'], n.Start - 1, n.Start - from);
        var before = doc.Text[(end >= 0 ? end + 1 : from)..n.Start].Replace("\n", "", StringComparison.Ordinal);
        string? item = null;
        var at = -1;
        void Last(string word, string column, Func<string, bool>? also = null)
        {
            var i = before.LastIndexOf(word, StringComparison.Ordinal);
            if (i > at && (also is null || also(before[Math.Max(0, i - 4)..Math.Min(before.Length, i + word.Length + 6)]))) (at, item) = (i, column);
        }
        Last("三公", "合计");
        Last("因公出国", "因公出国（境）费");
        Last("公务接待", "公务接待费");
        Last("购置及运行", "公务用车购置及运行费小计");
        Last("购置费", "公务用车购置费", c => !c.Contains("运行", StringComparison.Ordinal));
        Last("运行维护费", "公务用车运行费", c => !c.Contains("购置", StringComparison.Ordinal));
        Last("运行费", "公务用车运行费", c => !c.Contains("购置", StringComparison.Ordinal));
        return item;
    }

    /// <summary>A table figure in the unit the text used for it (万元 or 元), to the cent.</summary>
    private static string Shown(Interval value, StatedNumber stated)
    {
        var wan = stated.Text.Contains("万", StringComparison.Ordinal);
        var shown = wan ? value.Value / 10_000m : value.Value;
        return shown.ToString("#,##0.00", CultureInfo.InvariantCulture) + (wan ? "万元" : "元");
    }
}
