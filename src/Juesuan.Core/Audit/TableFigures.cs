using System.Globalization;
using Juesuan.Amounts;
using Juesuan.Checks;

namespace Juesuan.Audit;

public static partial class Auditor
{
    /// <summary>A cell of the published tables a figure of the text may state: by key, or by row and column.</summary>
    private sealed record TableCell(string Table, string? Key, string? Row, string? Column, string Name)
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
        var label = doc.Label(n);
        // "财政拨款收入总计…，支出总计…": a name the sentence has qualified before (财政拨款, 一般公共预算财政拨款) can carry it unsaid.
        var cells = (TableNames.GetValueOrDefault(label) ?? [])
            .Concat(QualifiersBefore(doc, n).Where(q => !label.StartsWith(q, StringComparison.Ordinal))
                .SelectMany(q => TableNames.GetValueOrDefault(q + label) ?? []))
            .Distinct().ToArray();
        if (cells.Length == 0 || !TableNames.ContainsKey(label)) return;
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
        var others = read.Length > 1 ? "，" + string.Join("，", read.Skip(1).Select(r => $"{r.Cell.Name}为{Shown(r.Value!.Value, n)}")) : "";
        claims.Add(new Claim(ClaimKind.TableFigure, ClaimVerdict.Contradicted, span, n.Text, value!.Value.Value, value.Value.Low, value.Value.High, n.Value - value.Value.Value,
            $"文中写为{n.Text}，{cell.Name}为{Shown(value.Value, n)}{others}。"));
    }

    /// <summary>A table figure in the unit the text used for it (万元 or 元), to the cent.</summary>
    private static string Shown(Interval value, StatedNumber stated)
    {
        var wan = stated.Text.Contains("万", StringComparison.Ordinal);
        var shown = wan ? value.Value / 10_000m : value.Value;
        return shown.ToString("#,##0.00", CultureInfo.InvariantCulture) + (wan ? "万元" : "元");
    }
}
