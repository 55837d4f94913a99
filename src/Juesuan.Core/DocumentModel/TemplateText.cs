namespace Juesuan.DocumentModel;

/// <summary>
/// Fills a template such as "{year}年度收入总计{total}" with named values. A value is text or a
/// ready-made run of spans (so a placeholder for a missing reason keeps its identity inside a
/// sentence). A name the template uses but the caller did not give is a defect and throws.
/// </summary>
public static class TemplateText
{
    public static IReadOnlyList<Span> Fill(string template, IReadOnlyDictionary<string, object> values)
    {
        var spans = new List<Span>();
        var text = new System.Text.StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { text.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf('}', open + 1);
            if (close < 0) throw new FormatException($"模板文本缺少“}}”：{template}");
            text.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (!values.TryGetValue(name, out var value))
                throw new KeyNotFoundException($"模板文本使用了未提供的值“{name}”：{template}");
            switch (value)
            {
                case string s:
                    text.Append(s);
                    break;
                case IEnumerable<Span> run:
                    foreach (var span in run) Append(span);
                    break;
                case Span span:
                    Append(span);
                    break;
                default:
                    throw new ArgumentException($"值“{name}”应为文本或文本片段，实际为 {value.GetType().Name}");
            }
            i = close + 1;
        }
        Flush();
        return spans;

        void Append(Span span)
        {
            if (!span.Placeholder) { text.Append(span.Text); return; }
            Flush();
            spans.Add(span);
        }

        void Flush()
        {
            if (text.Length == 0) return;
            spans.Add(new Span(text.ToString()));
            text.Clear();
        }
    }

    /// <summary>Fills a template whose values are all text.</summary>
    public static string FillText(string template, IReadOnlyDictionary<string, object> values) =>
        string.Concat(Fill(template, values).Select(s => s.Text));

    /// <summary>Chinese numerals for section and line labels: 1 → 一, 12 → 十二, 29 → 二十九.</summary>
    public static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 1 or > 99 => throw new ArgumentOutOfRangeException(nameof(n)),
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n - 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
