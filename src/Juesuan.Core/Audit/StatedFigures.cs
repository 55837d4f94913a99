using System.Text.RegularExpressions;

namespace Juesuan.Audit;

/// <summary>一个文中所写的金额 — an amount a text states for a named quantity, with where it stands and the sentence it is in.</summary>
/// <param name="Yuan">The amount in 元.</param>
/// <param name="HalfWidth">Half the width in 元 of what the figure stands for as printed (50 for 184.65万元); null for 元 to the fen.</param>
/// <param name="Year">The year the sentence states it for, or null where it names none.</param>
public sealed record StatedFigure(decimal Yuan, decimal? HalfWidth, TextSpan Span, string Sentence, int? Year);

/// <summary>文中所写的金额 — finds the amounts a text states for a quantity, as the auditor reads them.</summary>
public static partial class StatedFigures
{
    [GeneratedRegex(@"（[^（）]*）|\([^()]*\)")]
    private static partial Regex Remark();

    /// <summary>
    /// The amounts whose name ends with one of the names ("机关运行经费支出184.65万元" for 机关运行经费支出,
    /// "政府采购金额（以合同签订为准）为251.25万元" for 政府采购金额), in the order the text states them, with the year each
    /// is for. A remark in brackets between the name and the figure is passed over; a change, a share or a prior
    /// year's figure is not an amount of the quantity.
    /// </summary>
    public static IReadOnlyList<StatedFigure> Of(string text, IReadOnlyList<string> names)
    {
        var doc = new AuditDocument(text);
        var found = new List<StatedFigure>();
        foreach (var n in doc.Numbers.Where(n => n.Kind == NumberKind.Money))
        {
            var sentence = doc.SentenceOf(n);
            var clause = doc.Text[sentence.Start..n.Start];
            var cut = clause.LastIndexOfAny(['，', ',', '；', ';', '：', ':', '。']);
            var name = AuditDocument.Normalize(Remark().Replace(clause[(cut + 1)..], ""));
            if (name.Contains("上年", StringComparison.Ordinal) || name.Contains("增加", StringComparison.Ordinal) || name.Contains("减少", StringComparison.Ordinal)
                || !names.Any(x => name.EndsWith(x, StringComparison.Ordinal)))
                continue;
            found.Add(new StatedFigure(n.Value, n.Step > 0.01m ? n.Step / 2 : null, doc.Span(n), doc.Text[sentence.Start..sentence.End].Trim(), doc.YearOf(n)));
        }
        return found;
    }

    /// <summary>The year a text reports on: the year it names most often, not counting those it compares with; null when it names none.</summary>
    public static int? YearOf(string text) => new AuditDocument(text).Year;
}
