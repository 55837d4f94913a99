using System.Text;
using Juesuan.Errors;
using UglyToad.PdfPig;

namespace Juesuan.Documents.Pdf;

/// <summary>版面上的词 — a word of a PDF page and its box, measured in points from the page's top left.</summary>
public sealed record PageWord(int Page, string Text, double Left, double Right, double Top, double Bottom)
{
    public double Middle => (Top + Bottom) / 2;
    public double Center => (Left + Right) / 2;
    public double Width => Right - Left;
}

/// <summary>The words of each page of a PDF, or why the file could not be read.</summary>
public sealed record PdfWordsResult(IReadOnlyList<IReadOnlyList<PageWord>>? Pages, FileError? Error);

/// <summary>
/// 读取 PDF 的文字及其位置 — each page's words with their boxes, as PdfPig finds them in the text layer.
/// Tables of a published PDF are positioned text: a row is words sharing a baseline, a column words
/// under one heading, so positions are read rather than a layout guessed.
/// </summary>
public static class PdfWords
{
    /// <summary>The most pages read: a disclosure has 20 to 60.</summary>
    public const int MaxPages = 300;

    /// <summary>The most words read in all, so that a crafted file cannot exhaust memory.</summary>
    public const int MaxWords = 500_000;

    public static PdfWordsResult Read(byte[] pdf, string fileName)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            if (document.NumberOfPages > MaxPages)
                return Failed(fileName, ErrorCodes.TooLarge, $"PDF 有 {document.NumberOfPages} 页，超过 {MaxPages} 页的上限；请只提交决算公开文件");
            var pages = new List<IReadOnlyList<PageWord>>();
            var count = 0;
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords()
                    .Where(w => !string.IsNullOrWhiteSpace(w.Text))
                    .Select(w => new PageWord(page.Number, Ideographs(w.Text.Trim()), w.BoundingBox.Left, w.BoundingBox.Right,
                        page.Height - w.BoundingBox.Top, page.Height - w.BoundingBox.Bottom))
                    .ToArray();
                count += words.Length;
                if (count > MaxWords)
                    return Failed(fileName, ErrorCodes.TooLarge, $"PDF 的文字超过 {MaxWords} 个词的上限（读到第{page.Number}页）；请只提交决算公开文件");
                pages.Add(words);
            }
            return new PdfWordsResult(pages, null);
        }
        // PdfPig reports a damaged or encrypted file with exceptions of its own and of the runtime's; whichever it is, the file cannot be read.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(fileName, ErrorCodes.Syntax, "无法读取 PDF 的文字（文件已损坏、加密，或不是 PDF）");
        }
    }

    /// <summary>
    /// The text with radicals and compatibility ideographs as the ideographs they stand for: PDFs printed by
    /// Chromium map some characters to 康熙部首 (⼊ for 入, ⽀ for 支). Full-width punctuation is kept as printed.
    /// </summary>
    internal static string Ideographs(string text) =>
        text.Any(IsCompatibility) ? string.Concat(text.Select(c => SimplifiedRadicals.TryGetValue(c, out var ideograph) ? ideograph.ToString()
            : IsCompatibility(c) ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString())) : text;

    private static bool IsCompatibility(char c) => c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Simplified radicals (CJK 部首补充) that Unicode gives no decomposition, as the ideographs they are printed for.</summary>
    private static readonly Dictionary<char, char> SimplifiedRadicals = new()
    {
        ['⻅'] = '见', ['⻋'] = '车', ['⻓'] = '长', ['⻔'] = '门', ['⻚'] = '页', ['⻛'] = '风', ['⻜'] = '飞', ['⻝'] = '食',
        ['⻢'] = '马', ['⻥'] = '鱼', ['⻦'] = '鸟', ['⻨'] = '麦', ['⻩'] = '黄', ['⻬'] = '齐', ['⻮'] = '齿', ['⻰'] = '龙',
        ['⻄'] = '西', ['⻘'] = '青', ['⻙'] = '韦', ['⻉'] = '贝', ['⻆'] = '角',
    };

    private static PdfWordsResult Failed(string fileName, string code, string message) =>
        new(null, new FileError(code, ErrorLocation.Of(fileName), message));
}
