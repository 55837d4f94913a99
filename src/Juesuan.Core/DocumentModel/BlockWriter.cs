using System.Globalization;
using Juesuan.Amounts;

namespace Juesuan.DocumentModel;

/// <summary>
/// Writes document blocks from a template's sentences: headings, paragraphs of filled sentences, and
/// free text given by the user. "year", "priorYear", "subject", "unit" and "threePublicScope" are available to every sentence.
/// </summary>
internal class BlockWriter(DisclosureTemplate template, MoneyFormat format, int year, string subject, string unit)
{
    private readonly List<Block> _blocks = [];

    public DisclosureTemplate Template => template;
    public MoneyFormat Format => format;

    /// <summary>The id of the heading last written, so later blocks know where they stand.</summary>
    protected string Section { get; private set; } = "";

    public IReadOnlyList<Block> TakeBlocks()
    {
        var blocks = _blocks.ToArray();
        _blocks.Clear();
        return blocks;
    }

    public void Heading(int level, string key, string id, params (string Name, object? Value)[] values)
    {
        Section = id;
        _blocks.Add(new Heading(level, Phrase(key, values), id));
    }

    public void Add(Block block) => _blocks.Add(block);

    /// <summary>A paragraph made of one or more template sentences, each with its values.</summary>
    public void Paragraph(params IReadOnlyList<Span>[] sentences)
    {
        var spans = sentences.SelectMany(s => s).ToList();
        if (spans.Count > 0) _blocks.Add(new Paragraph(Merge(spans)));
    }

    /// <summary>Free text from the user: one paragraph per non-empty line.</summary>
    public void FreeText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            _blocks.Add(DocumentModel.Paragraph.Of(line));
    }

    /// <summary>One sentence of the template, filled with the values, as spans (a placeholder keeps its identity).</summary>
    public IReadOnlyList<Span> Sentence(string key, params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["year"] = year.ToString(CultureInfo.InvariantCulture),
            ["priorYear"] = (year - 1).ToString(CultureInfo.InvariantCulture),
            ["threePublicScope"] = template.Options.ThreePublicScope.Name(),
            ["threePublicBudget"] = template.Options.ThreePublicBudget.Name(),
            ["subject"] = subject,
            ["unit"] = unit,
        };
        foreach (var (name, value) in values) map[name] = value;
        return TemplateText.Fill(Wording(key), map);
    }

    /// <summary>A filled sentence of the template as plain text: a heading, a title, or a value that goes inside another sentence.</summary>
    public string Phrase(string key, params (string Name, object? Value)[] values) => string.Concat(Sentence(key, values).Select(s => s.Text));

    /// <summary>The template's wording of a key, unfilled.</summary>
    public string Wording(string key) => template.Sentence(key);

    /// <summary>
    /// A year-on-year change in the template's words: "增加84,024.05元，增长32.90%", "减少487.20元，下降7.32%",
    /// "持平"; without a rate when the prior amount is zero.
    /// </summary>
    public string Change(Amount current, Amount prior) => template.Change(format, current, prior);

    /// <summary>Joins list items with a Chinese separator ("；" between clauses, "、" between names).</summary>
    public static string Join(IEnumerable<string> items, string separator = "；") => string.Join(separator, items);

    private static List<Span> Merge(List<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && !s.Placeholder && !merged[^1].Placeholder)
                merged[^1] = new Span(merged[^1].Text + s.Text);
            else
                merged.Add(s);
        }
        return merged;
    }
}
