using System.Text.RegularExpressions;
using Juesuan.Amounts;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>A row of a table of names and amounts: "二、收入合计 | 21772.41 |".</summary>
    [GeneratedRegex(@"^\s*(?<name>[^|\t]*\p{IsCJKUnifiedIdeographs}[^|\t]*?)\s*[|\t]\s*(?<cell>[^|\t]+?)\s*[|\t]?\s*$")]
    private static partial Regex NameAndAmount();

    /// <summary>The number a row's name opens with, by its level: "一、" is 1, "1、" or "1." is 2, "（1）" is 3.</summary>
    [GeneratedRegex(@"^\s*(?:(?<l1>[一二三四五六七八九十]+、)|(?<l2>[0-9]{1,2}[、.．](?![0-9]))|(?<l3>[（(][0-9一二三四五六七八九十]{1,2}[)）]))")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"(合计|总计|合計|總計)$")]
    private static partial Regex RowTotal();

    [GeneratedRegex(@"^(上年|年初|期初)(滚存)?(结余|结转)")]
    private static partial Regex OpeningRow();

    [GeneratedRegex(@"^(本年|当年)?收入(合计|总计)?$")]
    private static partial Regex IncomeRow();

    [GeneratedRegex(@"^(本年|当年)?支出(合计|总计)?$")]
    private static partial Regex SpendingRow();

    [GeneratedRegex(@"^(滚存|年末|期末)(滚存)?(结余|结转)")]
    private static partial Regex ClosingRow();

    /// <summary>
    /// 收支表 — a table of names and amounts, a row a line ("一、上年结余 | 1079.96 |", "二、收入合计 | 21772.41 |", "1、基本医疗保险费收入
    /// | 13857.11 |" …, "四、滚存结余 | 996.84 |"): a 合计 row numbered at one level is the sum of the rows numbered at the next
    /// level under it, and what is left at the end (滚存结余) is what the table opened with, plus its income, less its spending.
    /// </summary>
    private static void OutlineTables(AuditDocument doc, List<Claim> claims)
    {
        var rows = new List<(string Name, int Level, StatedNumber Amount)>();
        // The unit the last "单位：万元" above states, and the one the table being read is in.
        var (factor, tableFactor) = (1m, 1m);
        foreach (var line in doc.Paragraphs)
        {
            var text = doc.Text[line.Start..line.End];
            if (TableUnit().Match(text) is { Success: true } unit) factor = UnitFactor(unit);
            var row = NameAndAmount().Match(text);
            var cell = row.Success ? NumberCell().Match(row.Groups["cell"].Value) : Match.Empty;
            if (!cell.Success || cell.Groups["percent"].Success)
            {
                Check(rows);
                rows = [];
                continue;
            }
            var number = RowNumber().Match(row.Groups["name"].Value);
            var level = !number.Success ? 0 : number.Groups["l1"].Success ? 1 : number.Groups["l2"].Success ? 2 : 3;
            var figure = cell.Value.Trim();
            if (rows.Count == 0) tableFactor = factor;
            rows.Add((AuditDocument.Normalize(row.Groups["name"].Value[number.Length..]), level,
                CellFigure(cell, line.Start + row.Groups["cell"].Index + cell.Value.IndexOf(figure, StringComparison.Ordinal), figure, factor)));
        }
        Check(rows);

        void Check(List<(string Name, int Level, StatedNumber Amount)> table)
        {
            if (table.Count < 3) return;
            Guarded(doc, claims, ClaimKind.SumOfParts, table[0].Amount.Start, table[^1].Amount.End, () => CheckOutlineTable(doc, claims, table, tableFactor));
        }
    }

    private static void CheckOutlineTable(AuditDocument doc, List<Claim> claims, List<(string Name, int Level, StatedNumber Amount)> table, decimal factor)
    {
        string Shown(decimal yuan) => AuditDocument.Money(yuan, factor);
        for (var i = 0; i < table.Count; i++)
        {
            var (name, level, amount) = table[i];
            if (level == 0 || level == 3 || !RowTotal().IsMatch(name)) continue;
            var parts = table.Skip(i + 1).TakeWhile(r => r.Level > level).Where(r => r.Level == level + 1).Select(r => r.Amount).ToArray();
            if (parts.Length < 2) continue;
            var sum = parts.Aggregate(Interval.Zero, (acc, p) => acc + p.IntervalOrNone);
            var added = parts.Sum(p => p.Value);
            var arithmetic = $"{string.Join(" + ", parts.Select(p => Shown(p.Value)))} = {Shown(added)}";
            AgainstIdentity(doc, claims, amount, amount.IntervalOrNone, sum, added, $"{name}是其下各行之和", arithmetic, Shown);
        }
        var top = table.Where(r => r.Level == 1).ToArray();
        StatedNumber? Row(Regex kind) => top.Where(r => kind.IsMatch(r.Name)).Select(r => r.Amount).ToArray() is [var one] ? one : null;
        if (Row(OpeningRow()) is not { } opening || Row(IncomeRow()) is not { } income || Row(SpendingRow()) is not { } spending || Row(ClosingRow()) is not { } closing) return;
        var value = opening.Value + income.Value - spending.Value;
        AgainstIdentity(doc, claims, closing, closing.IntervalOrNone, opening.IntervalOrNone + income.IntervalOrNone - spending.IntervalOrNone, value,
            "滚存结余是上年结余加本年收入减本年支出", $"{Shown(opening.Value)} + {Shown(income.Value)} − {Shown(spending.Value)} = {Shown(value)}", Shown);
    }
}
