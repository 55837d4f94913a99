using System.Globalization;
using System.Text;
using System.Text.Json;
using Juesuan.Documents.Json;

namespace Juesuan.Documents.Prior;

/// <summary>上年数读取结果的输出 — what was read from last year's document, for people (text) and for programs (JSON).</summary>
public static class PriorYearReport
{
    public static string Summary(PriorYearReading r) => string.Create(CultureInfo.InvariantCulture,
        $"读取 {r.Read.Count} 个数，未能读取 {r.Unread.Count} 个；读取问题 {r.Problems.Count} 处；决算表自身不平衡 {r.FailedIdentities.Count} 处。");

    public static string Text(PriorYearReading r)
    {
        var sb = new StringBuilder();
        var year = r.FiscalYear is { } y ? string.Create(CultureInfo.InvariantCulture, $"{y}年度") : "年度不明";
        sb.Append(CultureInfo.InvariantCulture, $"{r.File}（{r.UnitName} {year}）作为上年数\n{Summary(r)}\n");
        if (r.Read.Count > 0)
        {
            sb.Append("\n【读取的数】金额为元；括号内为原文\n");
            foreach (var f in r.Read)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {f.Name}：{f.Yuan:#,##0.00}（{f.Source("").Trim()}）\n");
            }
        }
        if (r.Unread.Count > 0)
        {
            sb.Append("\n【未能读取】以下各数须在上年数中填写，或保留原有的数\n");
            foreach (var u in r.Unread) sb.Append(CultureInfo.InvariantCulture, $"  {u.Name}：{u.Why}\n");
        }
        if (r.FailedIdentities.Count > 0)
        {
            sb.Append("\n【警告：文件中的决算表自身不平衡】以下各数按原文读取，请核实\n");
            foreach (var f in r.FailedIdentities) sb.Append(CultureInfo.InvariantCulture, $"  {f.Location.Describe()}：{f.Message}\n");
        }
        if (r.Problems.Count > 0)
        {
            sb.Append("\n【读取问题】\n");
            foreach (var p in r.Problems) sb.Append(CultureInfo.InvariantCulture, $"  {p}\n");
        }
        return sb.ToString();
    }

    public static string Json(PriorYearReading r) => JsonSerializer.Serialize(new
    {
        r.File,
        r.UnitName,
        r.FiscalYear,
        figures = r.Read,
        unread = r.Unread,
        problems = r.Problems.Select(p => new { where = p.Location.Where, p.Message }),
        failedIdentities = r.FailedIdentities.Select(f => new { f.RuleId, where = f.Location.Describe(), f.Message, f.Stated, f.Recomputed, f.Difference }),
    }, DocumentJson.Options) + "\n";
}
