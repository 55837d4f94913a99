namespace Juesuan.DocumentModel;

/// <summary>
/// Fills a template such as "{year}年度收入总计{total}" with named values. A value is text or a
/// ready-made run of spans (so a placeholder for a missing reason keeps its identity inside a
/// sentence). A fragment in square brackets is optional: "支出决算为{amount}[，完成{base}的{rate}]。" keeps
/// "，完成年初预算的91.74%" when every value it names is given and drops it when one is null, so one sentence
/// serves where variants would multiply. A name used outside a fragment but not given is a defect and throws.
/// </summary>
public static class TemplateText
{
    public static IReadOnlyList<Span> Fill(string template, IReadOnlyDictionary<string, object?> values)
    {
        var spans = new List<Span>();
        var text = new System.Text.StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOfAny(['{', '['], i);
            if (open < 0) { text.Append(template, i, template.Length - i); break; }
            text.Append(template, i, open - i);
            if (template[open] == '[')
            {
                var end = template.IndexOf(']', open + 1);
                if (end < 0) throw new FormatException($"模板文本缺少“]”：{template}");
                var fragment = template[(open + 1)..end];
                if (Names(fragment).All(n => values.TryGetValue(n, out var v) && v is not null))
                    foreach (var span in Fill(fragment, values)) Append(span);
                i = end + 1;
                continue;
            }
            var close = template.IndexOf('}', open + 1);
            if (close < 0) throw new FormatException($"模板文本缺少“}}”：{template}");
            var name = template[(open + 1)..close];
            if (!values.TryGetValue(name, out var value) || value is null)
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

    /// <summary>The names a template text uses, in its optional fragments too.</summary>
    public static IEnumerable<string> Names(string template)
    {
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0) yield break;
            yield return template[(open + 1)..close];
        }
    }

    /// <summary>Fills a template whose values are all text.</summary>
    public static string FillText(string template, IReadOnlyDictionary<string, object?> values) =>
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
