using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>The columns of a 绩效自评表's 资金情况, as its header names them.</summary>
    [GeneratedRegex(@"年初预算数|全年预算数|全年执行数|分值|执行率|得分")]
    private static partial Regex FundColumn();

    /// <summary>A cell of the form: a figure (a rate with or without its sign), or a dash for none.</summary>
    [GeneratedRegex(@"^(?<number>[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|[0-9]+(\.[0-9]+)?)(?<percent>[%％])?$|^(?<dash>[—－\-–/]+)$")]
    private static partial Regex FundCell();

    /// <summary>A cell, or a word, of the form: what stands between spaces, line breaks and |.</summary>
    [GeneratedRegex(@"[^\s|]+")]
    private static partial Regex FundToken();

    /// <summary>The words that end the 资金情况 of the form: its targets and indicators follow.</summary>
    [GeneratedRegex(@"目标|绩效指标|一级指标")]
    private static partial Regex FundRowsEnd();

    /// <summary>How far before its first row a form's header is looked for, and how far its rows run at most (characters).</summary>
    private const int FundHeaderReach = 200;

    private const int FundRowsReach = 600;

    /// <summary>
    /// 绩效自评表 — "项目资金（万元）| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分" over "年度资金总额 | 329.77 |
    /// 329.77 | 338.31 | 10 | 102.59% |", "其中：当年财政拨款 …", "上年结转资金 …", "其他资金 …", whether its cells stand on one
    /// line parted by | or spaces, or one a line: each row's 执行率 is its 全年执行数 over its 全年预算数, and the 年度资金总额 of
    /// each column is what the rows under it add up to.
    /// </summary>
    private static void PerformanceForms(AuditDocument doc, List<Claim> claims)
    {
        for (var at = doc.Text.IndexOf("年度资金总额", StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf("年度资金总额", at + 1, StringComparison.Ordinal))
        {
            var header = doc.Text[Math.Max(0, at - FundHeaderReach)..at];
            var start = header.LastIndexOf("全年预算数", StringComparison.Ordinal);
            if (start < 0 || !header.Contains("全年执行数", StringComparison.Ordinal)) continue;
            // The header from the cell that names the money ("项目资金（万元）") on.
            var named = header.LastIndexOf("资金", start, StringComparison.Ordinal) is var money and >= 0 ? money : Math.Max(0, start - 20);
            var columns = FundColumn().Matches(header[named..]).Select(m => m.Value).ToArray();
            var factor = header[named..].Contains("万元", StringComparison.Ordinal) ? 10_000m : 1m;
            var from = at;
            Guarded(doc, claims, ClaimKind.CompletionRate, at, at + 6, () => FundRows(doc, claims, from, columns, factor));
        }
    }

    private static void FundRows(AuditDocument doc, List<Claim> claims, int at, string[] columns, decimal factor)
    {
        var end = Math.Min(doc.Text.Length, at + FundRowsReach);
        var rows = new List<(string Name, List<StatedNumber?> Cells)>();
        foreach (Match token in FundToken().Matches(doc.Text[at..end]))
        {
            var cell = FundCell().Match(token.Value);
            if (!cell.Success)
            {
                if (FundRowsEnd().IsMatch(token.Value)) break;
                // "其中：当年财政拨款" names the row 当年财政拨款.
                var word = token.Value.StartsWith("其中", StringComparison.Ordinal) ? token.Value[2..] : token.Value;
                if (word.Trim(':', '：') is { Length: > 0 } name) rows.Add((name, []));
                continue;
            }
            if (rows.Count == 0) return;
            rows[^1].Cells.Add(cell.Groups["dash"].Success ? null : CellFigure(cell, at + token.Index, token.Value, factor));
        }
        if (rows.Count == 0 || rows.Any(r => r.Cells.Count > columns.Length)) return;
        var (budget, spent, rate) = (Array.IndexOf(columns, "全年预算数"), Array.IndexOf(columns, "全年执行数"), Array.IndexOf(columns, "执行率"));
        StatedNumber? Of(List<StatedNumber?> cells, int column) => column >= 0 && column < cells.Count ? cells[column] : null;
        string Shown(decimal yuan) => AuditDocument.Money(yuan, factor);

        foreach (var (name, cells) in rows)
        {
            if (Of(cells, budget) is not { Value: > 0 } a || Of(cells, spent) is not { } b || Of(cells, rate) is not { } stated) continue;
            // A rate under "执行率(%)" is written without its sign.
            if (stated.Kind == NumberKind.Money) stated = stated with { Kind = NumberKind.Percent, Value = stated.Value / factor, Step = stated.Step / factor };
            var ratio = Interval.Corners((x, y) => x * 100m / y, b.Interval, a.Interval);
            var exact = b.Value * 100m / a.Value;
            // A form may print a rate above 100% as 100%.
            var capped = ratio.Low >= 100m && stated.Value == 100m;
            claims.Add(ratio.Meets(stated.Interval) || capped
                ? new Claim(ClaimKind.CompletionRate, ClaimVerdict.Consistent, doc.Span(stated), stated.Text, exact, ratio.Low, ratio.High, null,
                    $"{name}的执行率是全年执行数 {Shown(b.Value)} ÷ 全年预算数 {Shown(a.Value)}，为 {P(exact)}{(capped ? "，表中按100%填列，" : "，")}与所写相符。")
                : new Claim(ClaimKind.CompletionRate, ClaimVerdict.Contradicted, doc.Span(stated), stated.Text, exact, ratio.Low, ratio.High, stated.Value - exact,
                    $"当前写为 {stated.Text}，{name}的执行率是全年执行数 {Shown(b.Value)} ÷ 全年预算数 {Shown(a.Value)}，应为 {P(exact)}。"));
        }

        // The total's row first, then at most the three sources of the money under it (当年财政拨款, 上年结转资金, 其他资金).
        if (rows.Count < 2 || rows.Count > 4 || rows[0].Cells.Count == 0) return;
        var mismatched = new List<string>();
        StatedNumber? first = null;
        foreach (var column in new[] { Array.IndexOf(columns, "年初预算数"), budget, spent }.Where(c => c >= 0))
        {
            if (Of(rows[0].Cells, column) is not { } total || rows.Skip(1).All(r => Of(r.Cells, column) is null)) continue;
            var parts = rows.Skip(1).Select(r => Of(r.Cells, column)).OfType<StatedNumber>().ToArray();
            var sum = parts.Aggregate(Interval.Zero, (acc, p) => acc + p.IntervalOrNone);
            if (sum.Meets(total.IntervalOrNone)) continue;
            first ??= total;
            var added = parts.Length == 1 ? Shown(parts[0].Value) : $"{string.Join(" + ", parts.Select(p => Shown(p.Value)))} = {Shown(parts.Sum(p => p.Value))}";
            mismatched.Add($"{columns[column]}写为 {Shown(total.Value)}，其下各项之和为 {added}");
        }
        if (first is null) return;
        claims.Add(new Claim(ClaimKind.SumOfParts, ClaimVerdict.Contradicted, doc.Span(first), first.Text, null, null, null, null,
            $"年度资金总额是其下各项资金之和：{string.Join("；", mismatched)}。"));
    }
}
