using Juesuan.Catalog;

namespace Juesuan.Accounts.Fields;

/// <summary>字段类型 — what one value of the accounts file holds, and so how every reader, writer and form treats it.</summary>
public enum FieldKind
{
    /// <summary>A fixed text the file must carry (the format identifier).</summary>
    Constant,

    /// <summary>决算年度: a whole number between <see cref="LeafField.Min"/> and <see cref="LeafField.Max"/>.</summary>
    Year,

    /// <summary>金额（元）: not negative, at most two decimals.</summary>
    Amount,

    /// <summary>A whole number of things (people, vehicles, batches).</summary>
    Count,

    /// <summary>A number that is no amount (得分, 面积): not negative, at most two decimals, at most <see cref="LeafField.Max"/>, in its <see cref="LeafField.Unit"/>.</summary>
    Number,

    /// <summary>A code of a classification catalogue (<see cref="LeafField.Codes"/>, <see cref="LeafField.Level"/>).</summary>
    Code,

    /// <summary>One value of a vocabulary (<see cref="LeafField.Choices"/>).</summary>
    Choice,

    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Text of several paragraphs.</summary>
    LongText,

    /// <summary>A date written 2022-07-25.</summary>
    Date,

    /// <summary>是 or 否.</summary>
    YesNo,

    /// <summary>A key of <see cref="ReasonKeys"/>: the figure a stated reason explains.</summary>
    ReasonKey,

    /// <summary>A list of other accounts files (a department's members).</summary>
    Files,

    /// <summary>A classification code of 3, 5 or 7 digits that the year's edition may lack.</summary>
    AnyCode,
}

/// <summary>选项 — one value of a vocabulary: how the file spells it and its Chinese name.</summary>
public sealed record Choice(string Value, string Name);

/// <summary>
/// 选项表 — the closed list of values a field may take, each with the file's spelling and its Chinese
/// name; the same list serves the reader, the writer, the schema, the workbook's drop-downs and the forms.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, object> _bySpelling;
    private readonly Dictionary<object, string> _byValue;

    private Vocabulary(IEnumerable<(string Spelling, object Value, string Name)> entries)
    {
        var list = entries.ToArray();
        Choices = list.Select(e => new Choice(e.Spelling, e.Name)).ToArray();
        _bySpelling = list.ToDictionary(e => e.Spelling, e => e.Value, StringComparer.Ordinal);
        _byValue = list.ToDictionary(e => e.Value, e => e.Spelling);
    }

    public IReadOnlyList<Choice> Choices { get; }

    public IEnumerable<string> Spellings => Choices.Select(c => c.Value);

    public static Vocabulary Of<T>(IReadOnlyDictionary<string, T> words, Func<T, string> name) where T : struct, Enum =>
        new(words.Select(w => (w.Key, (object)w.Value, name(w.Value))));

    /// <summary>The value a spelling stands for, or null when the vocabulary has no such spelling.</summary>
    internal object? Parse(string spelling) => _bySpelling.GetValueOrDefault(spelling);

    internal string Spell(object value) => _byValue[value];

    /// <summary>The Chinese name of a spelling.</summary>
    public string NameOf(string spelling) => Choices.First(c => c.Value == spelling).Name;
}

/// <summary>
/// 字段 — one field of the accounts file (docs/accounts-format.md): its name in the file, its Chinese
/// label as the forms name it, whether it must be given and a help text. The tree of fields
/// (<see cref="AccountsFields"/>) is the one description of the file: the JSON reader and writer, the schema,
/// the format document, the workbook and the edit forms are all derived from it.
/// </summary>
public abstract record AccountsField
{
    private protected AccountsField(string name, string label, Func<object, object?> get, Func<object, object?, object> set)
    {
        Name = name;
        Label = label;
        Get = get;
        Set = set;
    }

    /// <summary>The property's name in the JSON file.</summary>
    public string Name { get; }

    /// <summary>The Chinese label: the words the forms, the workbook and every message use for the field.</summary>
    public string Label { get; }

    /// <summary>What to enter, where the label alone does not say it.</summary>
    public string? Help { get; init; }

    /// <summary>Must be given whenever the object holding it is given.</summary>
    public bool Required { get; init; }

    /// <summary>When a field that is not always required must be given (for the format document and the forms).</summary>
    public string? RequiredWhen { get; init; }

    /// <summary>Given by units only: a department file (with members) has it as the sum of its members'.</summary>
    public bool UnitOnly { get; init; }

    /// <summary>The value in its owner (boxed), or null when not stated.</summary>
    internal Func<object, object?> Get { get; }

    /// <summary>The owner with the value set.</summary>
    internal Func<object, object?, object> Set { get; }
}

/// <summary>叶字段 — a field holding one value.</summary>
public sealed record LeafField : AccountsField
{
    internal LeafField(string name, string label, FieldKind kind, Func<object, object?> get, Func<object, object?, object> set)
        : base(name, label, get, set)
    {
        Kind = kind;
        Unit = kind == FieldKind.Amount ? "元" : null;
    }

    public FieldKind Kind { get; }

    /// <summary>A value described but not kept in a record: a map's keys and values, a note the accounts do not keep.</summary>
    public static LeafField Unbound(string name, string label, FieldKind kind) => new(name, label, kind, _ => null, (o, _) => o) { Kept = false };

    /// <summary>Whether the accounts keep the value (false for the file's format mark, its notes and a map's key).</summary>
    public bool Kept { get; init; } = true;

    /// <summary>May be left out to mean "not stated", which differs from 0 (an amount or count that is null in the accounts).</summary>
    public bool Optional { get; init; }

    /// <summary>For <see cref="FieldKind.Choice"/>: the values allowed.</summary>
    public Vocabulary? Choices { get; init; }

    /// <summary>For <see cref="FieldKind.Code"/>: which classification, and at which level.</summary>
    public CodeKind Codes { get; init; }

    public CodeLevel Level { get; init; }

    /// <summary>For <see cref="FieldKind.Year"/>.</summary>
    public int Min { get; init; }

    public int Max { get; init; } = int.MaxValue;

    /// <summary>For <see cref="FieldKind.Constant"/>: the text the file must carry.</summary>
    public string? Constant { get; init; }

    /// <summary>Written only when not zero (a top-level amount that most units do not have).</summary>
    public bool OmittedWhenZero { get; init; }

    /// <summary>The unit of the value as the forms show it: 元 for amounts, or what a count counts (人, 辆); null for text.</summary>
    public string? Unit { get; init; }

    /// <summary>Whether the value is an amount (summed in a list's total row, right-aligned).</summary>
    public bool IsAmount => Kind == FieldKind.Amount;
}

/// <summary>
/// 字段组 — a JSON object of fields. Its fields belong to the record <see cref="AccountsField.Get"/> returns
/// (or, for a group that only nests the JSON, to the same owner).
/// </summary>
public sealed record GroupField : AccountsField
{
    internal GroupField(string name, string label, IReadOnlyList<AccountsField> fields, Func<object, object?> get, Func<object, object?, object> set, object? seed)
        : base(name, label, get, set)
    {
        Fields = fields;
        Seed = seed;
    }

    public IReadOnlyList<AccountsField> Fields { get; init; }

    /// <summary>
    /// Part of the accounts without a JSON object of its own: its fields stand in the enclosing object (the
    /// accounts' own fields beside the file's <c>format</c>).
    /// </summary>
    public bool Inline { get; init; }

    /// <summary>Written whenever it is not null, even when all its values are zero.</summary>
    public bool Nullable { get; init; }

    /// <summary>The record reading starts from when the owner holds none.</summary>
    internal object? Seed { get; }
}

/// <summary>明细 — a JSON array of lines, each an object of the same columns.</summary>
public sealed record ListField : AccountsField
{
    internal ListField(
        string name, string label, IReadOnlyList<LeafField> columns, Func<object, object?> get, Func<object, object?, object> set,
        object seed, Func<IReadOnlyList<object>, object> build, Func<object, object> key, string duplicateWhat, Action<object, LineProblems>? validate)
        : base(name, label, get, set)
    {
        Columns = columns;
        Seed = seed;
        Build = build;
        Key = key;
        DuplicateWhat = duplicateWhat;
        Validate = validate;
    }

    public IReadOnlyList<LeafField> Columns { get; }

    /// <summary>What makes two lines the same line ("同一科目同一收入来源"): a file may hold it once.</summary>
    public string DuplicateWhat { get; }

    internal object Seed { get; }

    internal Func<IReadOnlyList<object>, object> Build { get; }

    internal Func<object, object> Key { get; }

    /// <summary>A rule over the whole line (a funding a kind of expenditure may not use).</summary>
    internal Action<object, LineProblems>? Validate { get; }
}

/// <summary>Reports a problem with one column of a line being read.</summary>
public delegate void LineProblems(string column, string message);

/// <summary>
/// 键值表 — a JSON object whose property names are themselves values (a vocabulary's spellings, codes or
/// reason keys) and whose values are all of one kind.
/// </summary>
public sealed record MapField : AccountsField
{
    internal MapField(
        string name, string label, LeafField key, LeafField value, Func<object, object?> get, Func<object, object?, object> set,
        Func<object, IEnumerable<(string Key, object Value)>> entries, Func<object, IReadOnlyList<(string Key, object Value)>, object> with)
        : base(name, label, get, set)
    {
        KeyField = key;
        ValueField = value;
        Entries = entries;
        With = with;
    }

    /// <summary>What the keys are: a <see cref="FieldKind.Choice"/>, a <see cref="FieldKind.Code"/> or a <see cref="FieldKind.ReasonKey"/>.</summary>
    public LeafField KeyField { get; }

    /// <summary>What each value is; its label names a value whose key is not a vocabulary's.</summary>
    public LeafField ValueField { get; }

    /// <summary>For a vocabulary's keys: the words before a key's name that label its value ("上年" + 事业收入).</summary>
    public string? EntryPrefix { get; init; }

    /// <summary>The label of the value under one key.</summary>
    public string EntryLabel(string key) =>
        KeyField.Choices is { } choices && choices.Parse(key) is not null ? EntryPrefix + choices.NameOf(key) : ValueField.Label;

    internal Func<object, IEnumerable<(string Key, object Value)>> Entries { get; }

    internal Func<object, IReadOnlyList<(string Key, object Value)>, object> With { get; }
}

/// <summary>
/// 填报项 — one value a person enters: a leaf field with its full path in the file
/// ("threePublic.budget.abroad", "priorYear.incomeBySource.other") and its label in context
/// ("“三公”经费预算数：因公出国（境）费"), as the workbook's rows and the forms' inputs show it.
/// </summary>
/// <param name="Key">For a key of a vocabulary map: the key this entry stands for.</param>
public sealed record FieldEntry(string Path, string Label, LeafField Field, string? Key = null)
{
    public bool Required => Field.Required;
}
