using System.Globalization;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Text;

namespace Juesuan.Disclosure;

/// <summary>
/// Writes blocks of running text from the template's sentences. Keeps track of the section being
/// written so that a placeholder for a missing reason can tell the preparer where it stands.
/// </summary>
internal sealed class NarrativeWriter(DisclosureContext context)
{
    private readonly List<Block> _blocks = [];
    private readonly List<PendingItem> _pending = [];
    private string _section = "";

    public DisclosureContext Context => context;
    public MoneyFormat Format => context.Format;
    public IReadOnlyList<PendingItem> Pending => _pending;

    public IReadOnlyList<Block> TakeBlocks()
    {
        var blocks = _blocks.ToArray();
        _blocks.Clear();
        return blocks;
    }

    public void Heading(int level, string key, string id)
    {
        _section = id;
        _blocks.Add(new Heading(level, Sentence(key), id));
    }

    public void Add(Block block) => _blocks.Add(block);

    /// <summary>A paragraph made of one or more template sentences, each with its values.</summary>
    public void Paragraph(params IReadOnlyList<Span>[] sentences)
    {
        var spans = sentences.SelectMany(s => s).ToList();
        if (spans.Count > 0) _blocks.Add(new Paragraph(Merge(spans)));
    }

    /// <summary>Free text from the accounts (职能, 机构设置 …): one paragraph per non-empty line.</summary>
    public void FreeText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            _blocks.Add(Disclosure.Paragraph.Of(line));
    }

    /// <summary>One sentence from the template, filled. "year" and "subject" are always available.</summary>
    public IReadOnlyList<Span> S(string key, params (string Name, object Value)[] values)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["year"] = context.Year.ToString(CultureInfo.InvariantCulture),
            ["subject"] = context.Subject,
            ["unit"] = context.Accounts.Unit.Name,
        };
        foreach (var (name, value) in values) map[name] = value;
        return TemplateText.Fill(Sentence(key), map);
    }

    /// <summary>The text of a filled sentence, for a value that goes inside another sentence.</summary>
    public string T(string key, params (string Name, object Value)[] values) => string.Concat(S(key, values).Select(s => s.Text));

    public string Sentence(string key) => context.Template.Sentence(key);

    /// <summary>
    /// The stated reason for a figure; when none is stated, a visible placeholder recorded as pending.
    /// </summary>
    public Span Reason(string reasonKey, string missingKey, params (string Name, object Value)[] values)
    {
        if (context.Accounts.Reason(reasonKey) is { } text) return new Span(text.TrimEnd('。', '；', '，'));
        return Missing(ReasonKeys.FieldOf(reasonKey), missingKey, values);
    }

    /// <summary>A visible placeholder for a figure or text the accounts do not give, recorded as pending.</summary>
    public Span Missing(string field, string missingKey, params (string Name, object Value)[] values)
    {
        var what = T(missingKey, values);
        _pending.Add(new PendingItem(field, what, _section));
        return new Span(T("placeholder", ("what", what)), Placeholder: true, Key: field);
    }

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
