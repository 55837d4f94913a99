using System.Text.RegularExpressions;

namespace Juesuan.Audit;

/// <summary>
/// 折行 — the line breaks a page's width put in the middle of a sentence (text copied from a PDF or a
/// PDF-to-web page): a line about as wide as the page's lines that ends without closing punctuation runs on
/// into the next. The page's width is the width most of the wide lines share, not the widest: a table's note
/// or a title can run wider than the body. Text whose lines are whole paragraphs (any line over 200 characters)
/// has none.
/// </summary>
public static partial class WrappedLines
{
    private const string ClosingPunctuation = "。；：！？!?:;";

    /// <summary>The positions of the line breaks that only wrap a sentence.</summary>
    public static IReadOnlyList<int> Breaks(string text)
    {
        var lines = text.Split('\n');
        // Widths without spaces (a page that spaces out its characters, "同 比 增 加", still wraps at one width), a
        // half-width digit or letter counting half a Chinese character, as printed: a line of figures is no wider for its digits.
        static double Width(string line) => line.Where(c => !char.IsWhiteSpace(c)).Sum(c => c < '\u2E80' ? 0.5 : 1.0);
        var widths = lines.Select(Width).ToArray();
        var widest = widths.Max();
        var breaks = new List<int>();
        if (lines.Length < 3 || widest > 200) return breaks;
        var page = widths.Where(w => w >= widest / 2).GroupBy(w => Math.Round(w))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var at = 0;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i].TrimEnd();
            at += lines[i].Length;
            if (line.Length > 0 && widths[i] >= page * 0.8 && !ClosingPunctuation.Contains(line[^1]) && lines[i + 1].Trim().Length > 0 && !IsHeading(line))
                breaks.Add(at);
            at++;
        }
        return breaks;
    }

    /// <summary>"（三）一般公共预算财政拨款支出决算具体情况": a numbered heading, a line of its own however wide.</summary>
    private static bool IsHeading(string line) => Heading().IsMatch(line.Trim());

    [GeneratedRegex(@"^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、.．])[^，,。；;：:]*$")]
    private static partial Regex Heading();
}
