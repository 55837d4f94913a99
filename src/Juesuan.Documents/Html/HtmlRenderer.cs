using System.Reflection;
using System.Text;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Documents.Html;

/// <summary>
/// disclosure.html — one self-contained file (styles inline, no external request) that reads well on a
/// screen and a phone and prints on A4 with table headers repeated on every page.
/// </summary>
public static class HtmlRenderer
{
    private static readonly Lazy<string> Css = new(() =>
    {
        var assembly = typeof(HtmlRenderer).Assembly;
        using var stream = assembly.GetManifestResourceStream("Juesuan.Documents.Html.disclosure.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The stylesheet every rendered page carries inline.</summary>
    public static string Stylesheet => Css.Value;

    /// <summary>
    /// What a rendered page shows inside its &lt;main&gt;, for a page that places the document within its own
    /// frame; the page as published is unchanged.
    /// </summary>
    public static string MainContent(string renderedHtml)
    {
        const string open = "<main>\n", close = "</main>";
        var start = renderedHtml.IndexOf(open, StringComparison.Ordinal);
        var end = renderedHtml.LastIndexOf(close, StringComparison.Ordinal);
        return start < 0 || end < start ? "" : renderedHtml[(start + open.Length)..end];
    }

    public static string Render(DisclosureDocument document)
    {
        var sb = new StringBuilder(256 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"Juesuan\">\n")
          .Append("<title>").AppendEncoded(document.Title).Append("</title>\n<style>\n").Append(Css.Value).Append("</style>\n</head>\n<body>\n<main>\n");
        sb.Append("<h1>").AppendEncoded(document.Title).Append("</h1>\n");
        sb.Append("<p class=\"subtitle\">").AppendEncoded(document.UnitName).Append(" · ").AppendEncoded(document.AmountUnitCaption).Append("</p>\n");
        Pending(sb, document);
        Contents(sb, document);
        foreach (var part in document.Parts)
        {
            sb.Append("<section class=\"part\" id=\"").AppendEncoded(part.Id).Append("\">\n<h2>").AppendEncoded(part.Title).Append("</h2>\n");
            foreach (var block in part.Blocks) Block(sb, block);
            sb.Append("</section>\n");
        }
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Pending(StringBuilder sb, DisclosureDocument document)
    {
        if (document.Pending.Count == 0) return;
        sb.Append("<aside class=\"pending\" role=\"note\">\n<p><strong>本文档尚有 ").Append(document.Pending.Count)
          .Append(" 处待补充内容</strong>（以黄色标出），请在决算数据中填写后重新生成：</p>\n<ul>\n");
        foreach (var item in document.Pending)
            sb.Append("<li><a href=\"#").AppendEncoded(item.SectionId).Append("\">").AppendEncoded(item.Description).Append("</a></li>\n");
        sb.Append("</ul>\n</aside>\n");
    }

    private static void Contents(StringBuilder sb, DisclosureDocument document)
    {
        sb.Append("<nav class=\"toc\" aria-label=\"目录\">\n<h2>目录</h2>\n<ol>\n");
        foreach (var part in document.Parts)
        {
            sb.Append("<li><a href=\"#").AppendEncoded(part.Id).Append("\">").AppendEncoded(part.Title).Append("</a>");
            var children = part.Blocks.Select(b => b switch
            {
                Heading { Level: 1 } h => (Id: h.Id, Text: h.Text),
                TableBlock t => (Id: t.Table.Id, Text: $"{t.Table.Code} {t.Table.Title}"),
                _ => default,
            }).Where(x => x.Id is not null).ToArray();
            if (children.Length > 0)
            {
                sb.Append("\n<ol>\n");
                foreach (var (id, text) in children)
                    sb.Append("<li><a href=\"#").AppendEncoded(id).Append("\">").AppendEncoded(text).Append("</a></li>\n");
                sb.Append("</ol>\n");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n</nav>\n");
    }

    private static void Block(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case Heading h:
                var tag = h.Level == 1 ? "h3" : "h4";
                sb.Append('<').Append(tag).Append(" id=\"").AppendEncoded(h.Id).Append("\">").AppendEncoded(h.Text).Append("</").Append(tag).Append(">\n");
                break;
            case Paragraph p:
                sb.Append("<p>");
                foreach (var span in p.Spans)
                {
                    if (span.Placeholder)
                        sb.Append("<mark class=\"pending\" data-key=\"").AppendEncoded(span.Key ?? "").Append("\">").AppendEncoded(span.Text).Append("</mark>");
                    else
                        sb.AppendEncoded(span.Text);
                }
                sb.Append("</p>\n");
                break;
            case TableBlock t:
                Table(sb, t.Table);
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    /// <summary>
    /// One table on its own, with the cells a check failed on marked (class “failing”, the finding as its title):
    /// how an audit report shows the tables it read.
    /// </summary>
    /// <param name="failing">The finding on a row's cell (by the cell's index), or null.</param>
    public static string MarkedTable(DisclosureTable table, Func<TableRow, int, string?> failing)
    {
        var sb = new StringBuilder();
        Table(sb, table, failing);
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, DisclosureTable table, Func<TableRow, int, string?>? failing = null)
    {
        sb.Append("<figure class=\"table\" id=\"").AppendEncoded(table.Id).Append("\">\n<figcaption>");
        if (table.Code.Length > 0) sb.Append("<span class=\"code\">").AppendEncoded(table.Code).Append("</span>");
        sb.AppendEncoded(table.Title).Append("</figcaption>\n");
        if (table.UnitName.Length > 0)
            sb.Append("<div class=\"table-meta\"><span>编制单位：").AppendEncoded(table.UnitName).Append("</span><span>")
              .Append(table.FiscalYear).Append("年度</span><span>").AppendEncoded(table.AmountUnitCaption).Append("</span></div>\n");
        sb.Append("<div class=\"scroll\">\n<table>\n<thead>\n");
        foreach (var row in table.Header)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<th scope=\"col\"");
                if (cell.ColSpan > 1) sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                sb.Append('>').AppendEncoded(cell.Text).Append("</th>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</thead>\n<tbody>\n");
        if (table.IsEmpty)
            sb.Append("<tr><td class=\"empty-note\" colspan=\"").Append(table.Columns.Count).Append("\">").AppendEncoded(table.EmptyNote!).Append("</td></tr>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr class=\"").Append(RoleClass(row.Role)).Append("\">");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var finding = failing?.Invoke(row, c);
                sb.Append("<td class=\"").Append(CellClass(cell.Kind)).Append(cell.Subtotal ? " subtotal" : "").Append(finding is null ? "" : " failing").Append('"');
                if (finding is not null) sb.Append(" title=\"").AppendEncoded(finding).Append('"');
                sb.Append('>').AppendEncoded(cell.Text).Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</div>\n");
        if (table.IsEmpty) sb.Append("<p class=\"empty-note\">注：").AppendEncoded(table.EmptyNote!).Append("</p>\n");
        sb.Append("</figure>\n");
    }

    private static string RoleClass(RowRole role) => role switch
    {
        RowRole.Total => "total",
        RowRole.Class => "class",
        RowRole.Section => "section",
        RowRole.Item => "item",
        _ => "line",
    };

    private static string CellClass(CellKind kind) => kind switch
    {
        CellKind.Amount or CellKind.Number => "amount",
        CellKind.Code => "code",
        CellKind.LineNumber => "line",
        CellKind.Blank => "blank",
        _ => "label",
    };
}
