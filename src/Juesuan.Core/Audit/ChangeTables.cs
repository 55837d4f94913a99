using System.Globalization;
using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>A cell of a table written into the text: a signed number, its percent sign, nothing else.</summary>
    [GeneratedRegex(@"^\s*(?<sign>[-−－])?\s*(?<number>[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?|[0-9]+(\.[0-9]+)?)\s*(?<percent>[%％])?\s*$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"单位[:：]\s*(?<unit>亿元|万元|千元|元)")]
    private static partial Regex TableUnit();

    /// <summary>What one of the unit a table's "单位：万元" states is in 元; 1 where it states none.</summary>
    private static decimal UnitFactor(Match? unit) =>
        unit is { Success: true } ? unit.Groups["unit"].Value switch { "亿元" => 100_000_000m, "万元" => 10_000m, "千元" => 1_000m, _ => 1m } : 1m;

    [GeneratedRegex(@"(?<year>20\d\d)\s*年")]
    private static partial Regex HeaderYear();

    /// <summary>How far above a table its title and unit are looked for.</summary>
    private const int HeaderLines = 6;

    /// <summary>
    /// 变动表 — a table written into the text, its cells parted by | or tabs, whose header compares two years
    /// ("项目 | 2014年决算数 | 2015年决算数 | 增、减额 | 增、减幅度"): in each row of two figures, their change and its rate,
    /// the change is the later figure less the earlier and the rate the change over the earlier, signs included.
    /// </summary>
    private static void ChangeTables(AuditDocument doc, List<Claim> claims)
    {
        var lines = doc.Paragraphs;
        var first = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var row = lines[i];
            if (!IsTableLine(doc, row))
            {
                first = -1;
                continue;
            }
            if (first < 0) first = i;
            var (index, table) = (i, first);
            Guarded(doc, claims, ClaimKind.Change, row.Start, row.End, () => ChangeRow(doc, claims, index, table));
        }
    }

    /// <param name="first">The table's first line.</param>
    private static void ChangeRow(AuditDocument doc, List<Claim> claims, int index, int first)
    {
        var row = doc.Paragraphs[index];
        var cells = Cells(doc, row).Select(c => (c.Start, c.End, Match: NumberCell().Match(doc.Text[c.Start..c.End]))).Where(c => c.Match.Success).ToArray();
        if (cells.Length != 4 || cells.Take(3).Any(c => c.Match.Groups["percent"].Success) || !cells[3].Match.Groups["percent"].Success) return;
        // The table's title and unit above it, and its header: its first lines, up to the row.
        var top = Math.Max(0, first - HeaderLines);
        var headerLines = Enumerable.Range(top, Math.Min(index, first + HeaderLines) - top)
            .Select(i => doc.Text[doc.Paragraphs[i].Start..doc.Paragraphs[i].End]).ToArray();
        var above = string.Join("\n", headerLines);
        // The header names the change, and two years on one line, the earlier first (else the row is not read).
        if (!(above.Contains('增') && above.Contains('减'))) return;
        var years = headerLines.Select(l => HeaderYear().Matches(l).Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).ToArray())
            .LastOrDefault(y => y.Length >= 2);
        if (years is null || years[0] >= years[1]) return;
        var factor = UnitFactor(TableUnit().Matches(above).LastOrDefault());
        var (earlier, later, change, rate) = (Cell(cells[0], factor), Cell(cells[1], factor), Cell(cells[2], factor), Cell(cells[3], 1m));
        var expected = later.Interval - earlier.Interval;
        var exact = later.Value - earlier.Value;
        var wrongChange = !change.Interval.Meets(expected);
        if (wrongChange)
            claims.Add(new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(change), change.Text, exact, expected.Low, expected.High, change.Value - exact,
                $"当前写为 {change.Text.Trim()}，按 {Shown(later.Value)} − {Shown(earlier.Value)} 应为 {Signed(Shown(Math.Abs(exact)), exact)}。"));
        if (earlier.Interval.Low <= 0m) return;
        var ratio = Interval.Corners((x, y) => (x - y) * 100m / y, later.Interval, earlier.Interval);
        var exactRate = exact * 100m / earlier.Value;
        claims.Add(ratio.Meets(rate.Interval)
            ? new Claim(ClaimKind.Change, ClaimVerdict.Consistent, doc.Span(rate), rate.Text, exactRate, ratio.Low, ratio.High, null,
                $"（{Shown(later.Value)} − {Shown(earlier.Value)}）÷ {Shown(earlier.Value)} 为 {Signed(P(Math.Abs(exactRate)), exactRate)}，与所写相符。")
            : new Claim(ClaimKind.Change, ClaimVerdict.Contradicted, doc.Span(rate), rate.Text, exactRate, ratio.Low, ratio.High, rate.Value - exactRate,
                $"当前写为 {rate.Text.Trim()}，按（{Shown(later.Value)} − {Shown(earlier.Value)}）÷ {Shown(earlier.Value)} 应为 {Signed(P(Math.Abs(exactRate)), exactRate)}。"));

        static string Signed(string magnitude, decimal value) => value < 0 ? "-" + magnitude : magnitude;
        // In the table's own unit.
        string Shown(decimal yuan) => AuditDocument.Money(yuan, factor);
    }

    private static bool IsTableLine(AuditDocument doc, (int Start, int End) line) => doc.Text.AsSpan(line.Start, line.End - line.Start).IndexOfAny('|', '\t') >= 0;

    /// <summary>The cells of a row: the stretches between its | or tab separators.</summary>
    private static IEnumerable<(int Start, int End)> Cells(AuditDocument doc, (int Start, int End) row)
    {
        var from = row.Start;
        for (var i = row.Start; i <= row.End; i++)
        {
            if (i < row.End && doc.Text[i] is not ('|' or '\t')) continue;
            if (i > from) yield return (from, i);
            from = i + 1;
        }
    }

    /// <summary>A cell's figure in 元 (or in per cent), to the precision it is printed with.</summary>
    private static StatedNumber Cell((int Start, int End, Match Match) cell, decimal factor)
    {
        var text = cell.Match.Value.Trim();
        var start = cell.Start + cell.Match.Value.IndexOf(text, StringComparison.Ordinal);
        return CellFigure(cell.Match, start, text, factor);
    }

    /// <summary>A figure a table prints, from its "number", "sign" and "percent" groups: a rate as written, an amount in 元.</summary>
    private static StatedNumber CellFigure(Match cell, int start, string text, decimal factor)
    {
        var percent = cell.Groups["percent"].Success;
        if (percent) factor = 1m;
        var number = cell.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
        var value = decimal.Parse(number, CultureInfo.InvariantCulture) * factor * (cell.Groups["sign"].Success ? -1m : 1m);
        var decimals = number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;
        var step = factor;
        for (var i = 0; i < decimals; i++) step /= 10m;
        return new StatedNumber(percent ? NumberKind.Percent : NumberKind.Money, value, step, start, text.Length, text);
    }
}
