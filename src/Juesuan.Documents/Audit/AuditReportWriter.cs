using System.Globalization;
using System.Text;
using System.Text.Json;
using Juesuan.Audit;
using Juesuan.Documents.Html;
using Juesuan.Documents.Json;
using Juesuan.Documents.Pdf;

namespace Juesuan.Documents.Audit;

/// <summary>核查报告的输出 — text for people, JSON for machines, and the document as HTML with each contradiction highlighted and explained in place.</summary>
public static class AuditReportWriter
{
    public static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Share => "占比",
        ClaimKind.Change => "增减变化",
        ClaimKind.CompletionRate => "预算完成率",
        ClaimKind.PairedTotals => "配对总计",
        ClaimKind.StatedTwice => "前后数据",
        ClaimKind.TableFigure => "文表核对",
        ClaimKind.SumOfParts => "部分之和",
        ClaimKind.OtherYear => "年度不符",
        ClaimKind.BudgetComparison => "比较用语",
        ClaimKind.TemplateBlank => "模板空白",
        ClaimKind.Savings => "节约额与节约率",
        _ => "占比合计",
    };

    private static string Summary(AuditReport r) =>
        $"共核查 {r.Claims.Count} 处数字论断：相符 {r.Count(ClaimVerdict.Consistent)} 处，矛盾 {r.Count(ClaimVerdict.Contradicted)} 处，无法核对 {r.Count(ClaimVerdict.Unverifiable)} 处。";

    public static string Text(AuditReport report)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{report.Source} 数字核查\n{Summary(report)}\n");
        var contradictions = report.Contradictions.ToArray();
        if (contradictions.Length > 0)
        {
            sb.Append("\n【矛盾】\n");
            foreach (var c in contradictions)
                sb.Append(CultureInfo.InvariantCulture, $"  第{c.Span.Line}行第{c.Span.Column}列（{KindName(c.Kind)}）“{c.Span.Text}”：{c.Explanation}\n");
        }
        var unverifiable = report.Claims.Where(c => c.Verdict == ClaimVerdict.Unverifiable).ToArray();
        if (unverifiable.Length > 0)
        {
            sb.Append("\n【无法核对】\n");
            foreach (var c in unverifiable)
                sb.Append(CultureInfo.InvariantCulture, $"  第{c.Span.Line}行第{c.Span.Column}列（{KindName(c.Kind)}）“{c.Span.Text}”：{c.Explanation}\n");
        }
        return sb.ToString();
    }

    /// <summary>A whole document's report: its tables (found, read, checked), then its text.</summary>
    public static string Text(DocumentAuditReport report)
    {
        var sb = new StringBuilder();
        if (report.Tables is { } tables)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{report.Text.Source} 决算表核查\n");
            sb.Append(TablesSummary(report)).Append('\n');
            foreach (var t in tables.Found)
                sb.Append(CultureInfo.InvariantCulture, $"  {t.Code} {t.Title}（{t.Where}）：{Reading(t)}\n");
            if (tables.Problems.Count > 0)
            {
                sb.Append("\n【无法识别】\n");
                foreach (var p in tables.Problems) sb.Append("  ").Append(p.Location.Where).Append(p.Location.Where.Length > 0 ? "：" : "").Append(p.Message).Append('\n');
            }
            if (report.TableChecks is { Findings.Count: > 0 } checks)
            {
                sb.Append("\n【表内和表间不符】\n");
                foreach (var f in checks.Findings) sb.Append("  ").Append(f.Location.Describe()).Append("：").Append(f.Message).Append('\n');
            }
            sb.Append('\n');
        }
        return sb.Append(Text(report.Text)).ToString();
    }

    private static string TablesSummary(DocumentAuditReport r) => r.Tables is not { } t ? "" :
        t.Found.Count == 0 ? "文件中没有找到决算表（按表名查找，如“收入支出决算总表”）。"
        : $"找到 {t.Found.Count} 张决算表，读取 {t.Found.Count(f => f.Read)} 张；表内和表间核对发现不符 {r.TableChecks?.Findings.Count ?? 0} 处。";

    public static string Json(DocumentAuditReport report) => JsonSerializer.Serialize(new
    {
        report.Text.Source,
        report.Text.Characters,
        tables = report.Tables?.Found,
        tableProblems = report.Tables?.Problems.Select(p => new { where = p.Location.Where, p.Message }),
        tableFindings = report.TableChecks?.Findings.Select(f => new { f.RuleId, where = f.Location.Describe(), f.Message, f.Stated, f.Recomputed, f.Difference }),
        checkedClaims = report.Text.Claims.Count,
        consistent = report.Text.Count(ClaimVerdict.Consistent),
        contradicted = report.Text.Count(ClaimVerdict.Contradicted),
        unverifiable = report.Text.Count(ClaimVerdict.Unverifiable),
        report.Text.Claims,
    }, DocumentJson.Options) + "\n";

    public static string Json(AuditReport report) => JsonSerializer.Serialize(new
    {
        report.Source,
        report.Characters,
        checkedClaims = report.Claims.Count,
        consistent = report.Count(ClaimVerdict.Consistent),
        contradicted = report.Count(ClaimVerdict.Contradicted),
        unverifiable = report.Count(ClaimVerdict.Unverifiable),
        report.Claims,
    }, DocumentJson.Options) + "\n";

    /// <summary>The audited text as one HTML page: contradicted spans marked and numbered, each explained beside it and listed at the top.</summary>
    public static string Html(AuditReport report, string text) => Html(new DocumentAuditReport(report, null, null), text);

    /// <summary>A whole document's report as one HTML page: its tables and what they fail, then the text marked.</summary>
    public static string Html(DocumentAuditReport document, string text)
    {
        var report = document.Text;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
          .AppendEncoded(report.Source).Append(" 数字核查</title>\n<style>\n")
          .Append("body{margin:0;font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;color:#1f2328;line-height:1.8}")
          .Append("main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem}.summary{background:#f3f4f6;padding:.75rem 1rem}")
          .Append("ol.findings li{margin:.4rem 0}pre{white-space:pre-wrap;font-family:inherit;font-size:1rem}")
          .Append("mark.contradicted{background:#ffd8d8;border-bottom:2px solid #c62828;padding:0 2px}mark.consistent{background:#e6f4ea}mark.unverifiable{background:#fff3bf}")
          .Append("span.note{display:inline-block;margin:0 .25rem;padding:0 .4rem;background:#c62828;color:#fff;font-size:.8rem;border-radius:.2rem}")
          .Append("figure.table{margin:1rem 0}figure.table table{border-collapse:collapse;font-size:.85rem}figure.table th,figure.table td{border:1px solid #c8ccd0;padding:.1rem .4rem}")
          .Append("td.amount{text-align:right}td.failing{background:#ffd8d8;outline:2px solid #c62828}.table-meta span{margin-right:1rem}")
          .Append("@media print{mark.consistent,mark.unverifiable{background:none}}\n</style>\n</head>\n<body>\n<main>\n<h1>")
          .AppendEncoded(report.Source).Append(" 数字核查</h1>\n");
        Tables(sb, document);
        Body(sb, report, text);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The report without the page around it (the tables, the summary, the numbered contradictions, the marked text), for a page of one's own.</summary>
    public static string Body(DocumentAuditReport report, string text)
    {
        var sb = new StringBuilder();
        Tables(sb, report);
        Body(sb, report.Text, text);
        return sb.ToString();
    }

    /// <summary>The tables found, each with its pages and rows, what could not be read, and where the tables disagree.</summary>
    private static void Tables(StringBuilder sb, DocumentAuditReport report)
    {
        if (report.Tables is not { } tables) return;
        sb.Append("<h2>决算表</h2>\n<p class=\"summary\">").AppendEncoded(TablesSummary(report)).Append("</p>\n");
        if (tables.Found.Count > 0)
        {
            sb.Append("<table class=\"found\">\n<thead><tr><th scope=\"col\">表</th><th scope=\"col\">表名</th><th scope=\"col\">位置</th><th scope=\"col\">读取</th></tr></thead>\n<tbody>\n");
            foreach (var t in tables.Found)
                sb.Append("<tr><td>").AppendEncoded(t.Code).Append("</td><td>").AppendEncoded(t.Title).Append("</td><td>").AppendEncoded(t.Where)
                  .Append("</td><td>").AppendEncoded(Reading(t)).Append("</td></tr>\n");
            sb.Append("</tbody>\n</table>\n");
        }
        if (tables.Problems.Count > 0)
        {
            sb.Append("<h3>无法识别</h3>\n<ul class=\"findings\">\n");
            foreach (var p in tables.Problems) sb.Append("<li>").AppendEncoded(p.Location.Where).Append(p.Location.Where.Length > 0 ? "：" : "").AppendEncoded(p.Message).Append("</li>\n");
            sb.Append("</ul>\n");
        }
        if (report.TableChecks is { Findings.Count: > 0 } checks)
        {
            sb.Append("<h3>表内和表间不符</h3>\n<ol class=\"findings\">\n");
            foreach (var f in checks.Findings) sb.Append("<li>").AppendEncoded(f.Location.Describe()).Append("：").AppendEncoded(f.Message).Append("</li>\n");
            sb.Append("</ol>\n");
        }
        // Each table as read, the cells a check failed on marked.
        var findings = report.TableChecks?.Findings ?? [];
        foreach (var table in tables.Tables?.Tables ?? [])
            sb.Append(HtmlRenderer.MarkedTable(table, (row, c) => findings.FirstOrDefault(f => f.Location.Table == table.Id
                && ((row.Key is not null && f.Location.Row == row.Key && f.Location.Column == table.Columns[c])
                    || (row.Cells[c].Key is { } key && f.Location.Row == key && f.Location.Column is null)))?.Message));
    }

    private static string Reading(FoundTable t) => !t.Read ? "未能读取" : t.Rows == 0 ? "空表" : string.Create(CultureInfo.InvariantCulture, $"识别 {t.Rows} 行");

    private static void Body(StringBuilder sb, AuditReport report, string text)
    {
        sb.Append("<p class=\"summary\">").AppendEncoded(Summary(report)).Append("</p>\n");
        var contradictions = report.Contradictions.ToArray();
        if (contradictions.Length > 0)
        {
            sb.Append("<h2>矛盾</h2>\n<ol class=\"findings\">\n");
            for (var i = 0; i < contradictions.Length; i++)
            {
                var c = contradictions[i];
                sb.Append("<li><a href=\"#c").Append(i + 1).Append("\">第").Append(c.Span.Line).Append("行“").AppendEncoded(c.Span.Text).Append("”</a>：")
                  .AppendEncoded(c.Explanation).Append("</li>\n");
            }
            sb.Append("</ol>\n");
        }
        sb.Append("<h2>全文</h2>\n<pre>");
        var marks = report.Claims.GroupBy(c => c.Span.Start).Select(g => g.OrderBy(c => c.Verdict == ClaimVerdict.Contradicted ? 0 : 1).First())
            .OrderBy(c => c.Span.Start).ToArray();
        var position = 0;
        foreach (var c in marks)
        {
            if (c.Span.Start < position) continue;
            sb.AppendEncoded(text[position..c.Span.Start]);
            var css = c.Verdict switch { ClaimVerdict.Contradicted => "contradicted", ClaimVerdict.Consistent => "consistent", _ => "unverifiable" };
            var number = Array.IndexOf(contradictions, c) + 1;
            sb.Append("<mark class=\"").Append(css).Append('"');
            if (number > 0) sb.Append(" id=\"c").Append(number).Append('"');
            sb.Append(" title=\"").AppendEncoded(c.Explanation).Append("\">").AppendEncoded(c.Span.Text).Append("</mark>");
            if (number > 0) sb.Append("<span class=\"note\">").Append(number).Append("：").AppendEncoded(c.Explanation).Append("</span>");
            position = c.Span.Start + c.Span.Length;
        }
        sb.AppendEncoded(text[position..]).Append("</pre>\n");
    }
}
