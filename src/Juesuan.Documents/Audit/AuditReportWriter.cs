using System.Globalization;
using System.Text;
using System.Text.Json;
using Juesuan.Audit;
using Juesuan.Documents.Html;
using Juesuan.Documents.Json;

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
    public static string Html(AuditReport report, string text)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
          .AppendEncoded(report.Source).Append(" 数字核查</title>\n<style>\n")
          .Append("body{margin:0;font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;color:#1f2328;line-height:1.8}")
          .Append("main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem}.summary{background:#f3f4f6;padding:.75rem 1rem}")
          .Append("ol.findings li{margin:.4rem 0}pre{white-space:pre-wrap;font-family:inherit;font-size:1rem}")
          .Append("mark.contradicted{background:#ffd8d8;border-bottom:2px solid #c62828;padding:0 2px}mark.consistent{background:#e6f4ea}mark.unverifiable{background:#fff3bf}")
          .Append("span.note{display:inline-block;margin:0 .25rem;padding:0 .4rem;background:#c62828;color:#fff;font-size:.8rem;border-radius:.2rem}")
          .Append("@media print{mark.consistent,mark.unverifiable{background:none}}\n</style>\n</head>\n<body>\n<main>\n<h1>")
          .AppendEncoded(report.Source).Append(" 数字核查</h1>\n");
        Body(sb, report, text);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The report without the page around it (summary, the numbered contradictions, the marked text), for a page of one's own.</summary>
    public static string Body(AuditReport report, string text)
    {
        var sb = new StringBuilder();
        Body(sb, report, text);
        return sb.ToString();
    }

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
