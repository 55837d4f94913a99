using System.Text.Json.Serialization;
using Juesuan.Amounts;

namespace Juesuan.DocumentModel;

/// <summary>
/// 决算公开文档 — the whole disclosure as a document model: parts, headings, paragraphs and tables,
/// every figure already computed and formatted. Every output format is rendered from this one model.
/// </summary>
/// <param name="Title">e.g. "大同市科学技术协会2021年度单位决算".</param>
/// <param name="Subject">"部门" for a consolidated department, "单位" for a single unit.</param>
/// <param name="Pending">Every placeholder the preparer still has to fill, in document order.</param>
public sealed record DisclosureDocument(
    string Title,
    string UnitName,
    string UnitCode,
    string Subject,
    int FiscalYear,
    AmountUnit AmountUnit,
    string Template,
    IReadOnlyList<DocumentPart> Parts,
    IReadOnlyList<PendingItem> Pending)
{
    /// <summary>"金额单位：元" or "金额单位：万元".</summary>
    public string AmountUnitCaption => AmountUnit.Caption();

    public IEnumerable<DisclosureTable> Tables => Parts.SelectMany(p => p.Blocks).OfType<TableBlock>().Select(b => b.Table);

    /// <summary>
    /// The document as a historical publication shows it: each placeholder replaced by <paramref name="text"/>
    /// (where the original said nothing) and nothing pending, so no instruction to a preparer reaches the public.
    /// </summary>
    public DisclosureDocument WithPlaceholdersAs(string text) => this with
    {
        Parts = [.. Parts.Select(part => part with
        {
            Blocks = [.. part.Blocks.Select(b => b is Paragraph p && p.Spans.Any(s => s.Placeholder)
                ? new Paragraph([.. p.Spans.Select(s => s.Placeholder ? new Span(text) : s)])
                : b)],
        })],
        Pending = [],
    };

    /// <summary>Every paragraph with the id of the part or section it stands in (the nearest heading before it).</summary>
    public IEnumerable<(string Section, string Part, Paragraph Paragraph)> Paragraphs()
    {
        foreach (var part in Parts)
        {
            var section = part.Id;
            foreach (var block in part.Blocks)
            {
                if (block is Heading h) section = h.Id;
                else if (block is Paragraph p) yield return (section, part.Id, p);
            }
        }
    }
}

/// <summary>部分 — one of the four parts (概况, 决算表, 情况说明, 名词解释).</summary>
public sealed record DocumentPart(string Id, string Title, IReadOnlyList<Block> Blocks);

/// <summary>A block of a part: a heading, a paragraph or a table.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Heading), "heading")]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(TableBlock), "table")]
public abstract record Block;

/// <summary>标题 — level 1 is a section (一、…), level 2 a subsection (（一）…).</summary>
public sealed record Heading(int Level, string Text, string Id) : Block;

/// <summary>段落 — running text made of spans; a span may be a placeholder for the preparer.</summary>
public sealed record Paragraph(IReadOnlyList<Span> Spans) : Block
{
    public static Paragraph Of(string text) => new([new Span(text)]);

    [JsonIgnore]
    public string Text => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>A run of text. A placeholder marks something the preparer must still supply (a missing reason or figure).</summary>
/// <param name="Key">For a placeholder: the accounts field to fill ("reasons.budget.2012901").</param>
public sealed record Span(
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Placeholder = false,
    string? Key = null);

/// <summary>A table placed in the document.</summary>
public sealed record TableBlock(DisclosureTable Table) : Block;

/// <summary>待补充事项 — something the preparer must supply before the disclosure is complete.</summary>
/// <param name="Key">The accounts field to fill ("reasons.budget.2012901", "procurement.awardedToSmes").</param>
/// <param name="Description">What is missing, in Chinese.</param>
/// <param name="SectionId">The id of the heading of the section it stands in.</param>
public sealed record PendingItem(string Key, string Description, string SectionId);
