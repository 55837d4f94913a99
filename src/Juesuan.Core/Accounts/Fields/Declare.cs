using Juesuan.Amounts;
using Juesuan.Catalog;

namespace Juesuan.Accounts.Fields;

/// <summary>
/// Declares the fields of a record <typeparamref name="T"/> of the accounts: each with its name, label and
/// kind, how to get the value from the record and how to make the record with it (a <c>with</c> expression).
/// </summary>
public static class Declare<T> where T : class
{
    private static Func<object, object?> Getter<TValue>(Func<T, TValue> get) => o => get((T)o);

    private static Func<object, object?, object> Setter<TValue>(Func<T, TValue, T> set) => (o, v) => set((T)o, (TValue)v!);

    private static LeafField Leaf<TValue>(string name, string label, FieldKind kind, Func<T, TValue> get, Func<T, TValue, T> set) =>
        new(name, label, kind, Getter(get), Setter(set));

    /// <summary>An amount that is 0 when not given.</summary>
    public static LeafField Amount(string name, string label, Func<T, Amount> get, Func<T, Amount, T> set) =>
        Leaf(name, label, FieldKind.Amount, get, set);

    /// <summary>An amount that may be "not stated" (null), which the narrative treats differently from 0.</summary>
    public static LeafField OptionalAmount(string name, string label, Func<T, Amount?> get, Func<T, Amount?, T> set) =>
        new(name, label, FieldKind.Amount, Getter(get), Setter(set)) { Optional = true };

    public static LeafField Count(string name, string label, Func<T, int> get, Func<T, int, T> set) =>
        Leaf(name, label, FieldKind.Count, get, set);

    /// <summary>A number that is no amount, in its unit ("分", "平方米"), at most <paramref name="max"/>; null when not stated.</summary>
    public static LeafField OptionalNumber(string name, string label, string unit, Func<T, decimal?> get, Func<T, decimal?, T> set, int max = int.MaxValue) =>
        new(name, label, FieldKind.Number, Getter(get), Setter(set)) { Optional = true, Unit = unit, Max = max };

    public static LeafField OptionalCount(string name, string label, Func<T, int?> get, Func<T, int?, T> set) =>
        new(name, label, FieldKind.Count, Getter(get), Setter(set)) { Optional = true };

    public static LeafField Year(string name, string label, int min, int max, Func<T, int> get, Func<T, int, T> set) =>
        new(name, label, FieldKind.Year, Getter(get), Setter(set)) { Min = min, Max = max, Required = true };

    public static LeafField Text(string name, string label, Func<T, string?> get, Func<T, string?, T> set, bool longText = false) =>
        Leaf(name, label, longText ? FieldKind.LongText : FieldKind.Text, get, set);

    public static LeafField Date(string name, string label, Func<T, DateOnly?> get, Func<T, DateOnly?, T> set) =>
        Leaf(name, label, FieldKind.Date, get, set);

    public static LeafField YesNo(string name, string label, Func<T, bool> get, Func<T, bool, T> set) =>
        Leaf(name, label, FieldKind.YesNo, get, set);

    public static LeafField Code(string name, string label, CodeKind codes, CodeLevel level, Func<T, string?> get, Func<T, string?, T> set) =>
        new(name, label, FieldKind.Code, Getter(get), Setter(set)) { Codes = codes, Level = level };

    public static LeafField Choice<TValue>(string name, string label, Vocabulary choices, Func<T, TValue> get, Func<T, TValue, T> set) =>
        new(name, label, FieldKind.Choice, Getter(get), Setter(set)) { Choices = choices };

    /// <summary>A nested record, read from its own JSON object starting at <paramref name="empty"/>.</summary>
    public static GroupField Group<TChild>(string name, string label, Func<T, TChild> get, Func<T, TChild, T> set, TChild empty, params AccountsField[] fields)
        where TChild : class =>
        new(name, label, fields, Getter(get), Setter(set), empty);

    /// <summary>A JSON object whose fields belong to the same record.</summary>
    public static GroupField Nested(string name, string label, params AccountsField[] fields) =>
        new(name, label, fields, o => o, (_, v) => v!, null);

    /// <summary>A record whose fields stand in the enclosing JSON object.</summary>
    public static GroupField Inline<TChild>(Func<T, TChild> get, Func<T, TChild, T> set, params AccountsField[] fields) where TChild : class =>
        new("", "", fields, Getter(get), Setter(set), null) { Inline = true };

    /// <summary>
    /// A list of lines. Each line is read starting at <paramref name="seed"/>; two lines with the same
    /// <paramref name="key"/> are refused with <paramref name="duplicateWhat"/> in the message.
    /// </summary>
    public static ListField List<TLine, TKey>(
        string name, string label, Func<T, IReadOnlyList<TLine>> get, Func<T, IReadOnlyList<TLine>, T> set, TLine seed,
        Func<TLine, TKey> key, string duplicateWhat, IReadOnlyList<LeafField> columns, Action<TLine, LineProblems>? validate = null)
        where TLine : class
        where TKey : notnull =>
        new(name, label, columns, Getter(get), Setter(set), seed,
            lines => lines.Cast<TLine>().ToArray(), line => key((TLine)line), duplicateWhat,
            validate is null ? null : (line, report) => validate((TLine)line, report));

    /// <summary>An object whose keys are values of <paramref name="key"/> and whose values are all <paramref name="value"/>.</summary>
    public static MapField Map<TKey, TValue>(
        string name, string label, Func<T, IReadOnlyDictionary<TKey, TValue>> get, Func<T, IReadOnlyDictionary<TKey, TValue>, T> set,
        LeafField key, LeafField value, Func<TKey, string> spell, Func<string, TKey> parse)
        where TKey : notnull
        where TValue : notnull =>
        new(name, label, key, value, Getter(get), Setter(set),
            o => get((T)o).Select(kv => (spell(kv.Key), (object)kv.Value)),
            (o, entries) => set((T)o, entries.ToDictionary(e => parse(e.Key), e => (TValue)e.Value)));
}
