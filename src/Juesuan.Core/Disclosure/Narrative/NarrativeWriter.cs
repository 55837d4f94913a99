using Juesuan.Accounts;
using Juesuan.DocumentModel;

namespace Juesuan.Disclosure;

/// <summary>
/// Writes the disclosure's narrative: a <see cref="BlockWriter"/> over the accounts, which also turns a
/// missing reason or figure into a visible placeholder and records it as pending, with the section it
/// stands in.
/// </summary>
internal sealed class NarrativeWriter(DisclosureContext context)
    : BlockWriter(context.Template, context.Format, context.Year, context.Subject, context.Accounts.Unit.Name)
{
    private readonly List<PendingItem> _pending = [];

    public DisclosureContext Context => context;
    public IReadOnlyList<PendingItem> Pending => _pending;

    /// <summary>
    /// The stated reason for a figure; when none is stated, a visible placeholder recorded as pending.
    /// </summary>
    public Span Reason(string reasonKey, string missingKey, params (string Name, object? Value)[] values)
    {
        if (context.Accounts.Reason(reasonKey) is { } text) return new Span(text.TrimEnd('。', '；', '，'));
        return Missing(ReasonKeys.FieldOf(reasonKey), missingKey, values);
    }

    /// <summary>A visible placeholder for a figure or text the accounts do not give, recorded as pending.</summary>
    public Span Missing(string field, string missingKey, params (string Name, object? Value)[] values)
    {
        var what = Phrase(missingKey, values);
        _pending.Add(new PendingItem(field, what, Section));
        return new Span(Phrase("placeholder", ("what", what)), Placeholder: true, Key: field);
    }
}
