using System.Text.Json;
using Juesuan.Catalog;
using Juesuan.Errors;

namespace Juesuan.Accounts.Fields;

/// <summary>
/// Reads the fields of <see cref="AccountsFields"/> from a JSON object into their records, reporting every
/// problem with its JSON path. A line with a problem is left out (the file as a whole is refused anyway, so
/// nothing half-read is used); the rest is still read so that every problem is found at once.
/// </summary>
/// <param name="catalogs">The editions codes are checked against; null: codes are not checked (a file written after it was checked).</param>
internal sealed class FieldReader(List<FileError> errors, bool department, CatalogEditions? catalogs)
{
    /// <summary>The edition codes are checked against, known once the fiscal year is read.</summary>
    public CodeCatalog? Catalog { get; private set; }

    /// <summary>The codes the file names beside the edition (目录外科目名称), read before the lines that use them.</summary>
    public Dictionary<string, string> StatedNames { get; } = new(StringComparer.Ordinal);

    /// <summary>A department's member files as written, with their paths.</summary>
    public List<(string Name, string Path)> Members { get; } = [];

    public object ReadFields(IReadOnlyList<AccountsField> fields, JsonWalker w, object owner)
    {
        foreach (var field in fields) owner = Read(field, w, owner);
        return owner;
    }

    private object Read(AccountsField field, JsonWalker w, object owner)
    {
        if (field.UnitOnly && department)
        {
            if (w.Has(field.Name))
                w.Error(ErrorCodes.Unknown, $"{w.Path}.{field.Name}", $"部门汇总文件（列有各单位文件）不能直接填写“{field.Label}”：部门数据由各单位文件汇总而来");
            w.Skip(field.Name);
            return owner;
        }
        switch (field)
        {
            case GroupField { Inline: true } part:
                return part.Set(owner, ReadFields(part.Fields, w, part.Get(owner)!));
            case GroupField group:
                if (w.Object(group.Name, group.Label, group.Required) is not { } child) return owner;
                var value = ReadFields(group.Fields, child, group.Get(owner) ?? group.Seed!);
                child.Done();
                return group.Set(owner, value);
            case ListField list:
                return list.Set(owner, ReadLines(list, w));
            case MapField map:
                return ReadMap(map, w, owner);
            case LeafField leaf:
                // An optional value not given is "not stated", whatever the record's empty value holds.
                return ReadLeaf(leaf, w) is { } read ? leaf.Set(owner, read) : leaf.Optional ? leaf.Set(owner, null) : owner;
            default:
                throw new InvalidOperationException(field.GetType().Name);
        }
    }

    private object ReadLines(ListField list, JsonWalker w)
    {
        var lines = new List<object>();
        var seen = new Dictionary<object, string>();
        foreach (var lw in w.Objects(list.Name, list.Label, list.Required))
        {
            var before = errors.Count;
            var line = ReadFields(list.Columns, lw, list.Seed);
            lw.Done();
            if (errors.Count > before) continue;
            list.Validate?.Invoke(line, (column, message) => lw.Error(ErrorCodes.Inconsistent, $"{lw.Path}.{column}", message));
            if (errors.Count > before) continue;
            var key = list.Key(line);
            if (seen.TryGetValue(key, out var first))
            {
                lw.Error(ErrorCodes.Duplicate, lw.Path, $"与 {first} 重复（{list.DuplicateWhat}只能填写一行，请合并金额）");
                continue;
            }
            seen[key] = lw.Path;
            lines.Add(line);
        }
        return list.Build(lines);
    }

    private object ReadMap(MapField map, JsonWalker w, object owner)
    {
        var entries = new List<(string Key, object Value)>();
        foreach (var (key, value, path) in w.Entries(map.Name, map.Label))
        {
            if (!KeyAccepted(map.KeyField, key, path, w)) continue;
            var label = map.EntryLabel(key);
            object? read = map.ValueField.Kind switch
            {
                FieldKind.Amount => w.ReadAmount(value, path, label, w.Here(label)),
                _ when value.ValueKind == JsonValueKind.String => value.GetString(),
                _ => Refuse(w, path, $"{label}应为文本，实际为{JsonWalker.Describe(value)}"),
            };
            if (read is not null) entries.Add((key, read));
        }
        if (map.KeyField.Kind == FieldKind.AnyCode)
            foreach (var (key, name) in entries) StatedNames[key] = (string)name;
        return map.With(owner, entries);
    }

    private static object? Refuse(JsonWalker w, string path, string message)
    {
        w.Error(ErrorCodes.WrongType, path, message);
        return null;
    }

    private bool KeyAccepted(LeafField key, string text, string path, JsonWalker w)
    {
        switch (key.Kind)
        {
            case FieldKind.Choice when key.Choices!.Parse(text) is null:
                w.Error(ErrorCodes.NotAllowed, path, $"{key.Label}应为{string.Join("、", key.Choices.Choices.Select(c => $"“{c.Name}”"))}之一，实际为“{text}”",
                    $"文件中依次写作：{string.Join("、", key.Choices.Spellings)}");
                return false;
            case FieldKind.Code when Catalog is not null && Catalog.Find(key.Codes, text)?.Level != key.Level && !Stated(text, key.Level):
                w.Error(ErrorCodes.Code, path, $"应为{ClassificationCode.Digits(key.Level)}位的功能分类{ClassificationCode.LevelName(key.Level)}级科目编码，实际为“{text}”");
                return false;
            case FieldKind.AnyCode when ClassificationCode.LevelOfLength(text.Length) is null || !text.All(char.IsAsciiDigit):
                w.Error(ErrorCodes.Code, path, $"{key.Label}应为3、5或7位数字，实际为“{text}”");
                return false;
            case FieldKind.ReasonKey:
                if (!ReasonKeys.IsKnown(text, out var budgetCode))
                {
                    w.Error(ErrorCodes.NotAllowed, path, $"没有这一项原因说明：“{text}”", $"可用的键为：{ReasonKeys.Description}");
                    return false;
                }
                if (budgetCode is not null && Catalog is not null && Catalog.Find(CodeKind.Function, budgetCode)?.Level != CodeLevel.Item && !Stated(budgetCode, CodeLevel.Item))
                {
                    w.Error(ErrorCodes.Code, path, $"预算差异原因说明的科目应为{Catalog.EditionYear}年版的7位功能分类项级科目编码，实际为“{budgetCode}”", "键写作“budget.科目编码”");
                    return false;
                }
                return true;
            default:
                return true;
        }
    }

    private object? ReadLeaf(LeafField leaf, JsonWalker w)
    {
        switch (leaf.Kind)
        {
            case FieldKind.Constant:
                var constant = w.String(leaf.Name, leaf.Label, leaf.Required);
                if (constant is not null && constant != leaf.Constant)
                    w.Error(ErrorCodes.NotAllowed, $"{w.Path}.{leaf.Name}", $"{leaf.Label}应为“{leaf.Constant}”，实际为“{constant}”");
                return constant;
            case FieldKind.Year:
                var year = w.Int(leaf.Name, leaf.Label, leaf.Required, leaf.Min, leaf.Max);
                if (year is { } y && catalogs is not null)
                {
                    Catalog = catalogs.ForYear(y);
                    if (Catalog is null)
                        w.Error(ErrorCodes.Code, $"{w.Path}.{leaf.Name}", catalogs.NoEdition(y));
                }
                return year;
            case FieldKind.Amount:
                return w.Amount(leaf.Name, leaf.Label, leaf.Required);
            case FieldKind.Count:
                return w.Int(leaf.Name, leaf.Label, leaf.Required);
            case FieldKind.Number:
                return w.Number(leaf.Name, leaf.Label, leaf.Required, leaf.Max);
            case FieldKind.Code:
                return ReadCode(leaf, w);
            case FieldKind.Choice:
                return w.Choice(leaf.Name, leaf.Label, [.. leaf.Choices!.Choices.Select(c => (c.Value, c.Name))], leaf.Required) is { } spelling ? leaf.Choices.Parse(spelling) : null;
            case FieldKind.Date:
                return w.Date(leaf.Name, leaf.Label, leaf.Required);
            case FieldKind.YesNo:
                return w.Bool(leaf.Name, leaf.Label, leaf.Required);
            case FieldKind.Files:
                Members.AddRange(w.Strings(leaf.Name, leaf.Label));
                return null;
            default:
                return w.String(leaf.Name, leaf.Label, leaf.Required);
        }
    }

    /// <summary>A code that must be in this year's catalogue at the field's level.</summary>
    private string? ReadCode(LeafField leaf, JsonWalker w)
    {
        var code = w.String(leaf.Name, leaf.Label, leaf.Required);
        if (code is null || Catalog is null) return code;
        var path = $"{w.Path}.{leaf.Name}";
        var found = Catalog.Find(leaf.Codes, code);
        if (found is null && Stated(code, leaf.Level) && CodeCatalog.KindOf(code) == leaf.Codes)
            return ParentsKnown(leaf, w, path, code) ? code : null;
        if (found is null)
        {
            w.Error(ErrorCodes.Code, path, $"{Catalog.EditionYear}年版{ClassificationCode.KindName(leaf.Codes)}中没有“{code}”", CodeHint(leaf));
            return null;
        }
        if (found.Level != leaf.Level)
        {
            var what = leaf.Codes == CodeKind.Economic ? "经济分类科目" : "科目";
            w.Error(ErrorCodes.Code, path, $"应填写{ClassificationCode.Digits(leaf.Level)}位的{ClassificationCode.LevelName(leaf.Level)}级{what}，“{code} {found.Name}”是{ClassificationCode.LevelName(found.Level)}级科目");
            return null;
        }
        return code;
    }

    /// <summary>Whether the file names this code, of this level, beside the edition.</summary>
    private bool Stated(string code, CodeLevel level) => StatedNames.ContainsKey(code) && code.Length == ClassificationCode.Digits(level);

    /// <summary>A stated code's 款 and 类 must be in the edition or stated too: the tables print every level above it.</summary>
    private bool ParentsKnown(LeafField leaf, JsonWalker w, string path, string code)
    {
        for (var length = code.Length - 2; length >= 3; length -= 2)
        {
            var parent = code[..length];
            if (Catalog!.Find(leaf.Codes, parent) is not null || StatedNames.ContainsKey(parent)) continue;
            w.Error(ErrorCodes.Code, path, $"“{code}”的上级科目“{parent}”不在{Catalog.EditionYear}年版目录中，也未在目录外科目名称中写明",
                $"请在 codeNames（目录外科目名称）中写明“{parent}”的名称");
            return false;
        }
        return true;
    }

    private static string CodeHint(LeafField leaf) =>
        $"请核对编码是否抄错；应填{ClassificationCode.Digits(leaf.Level)}位的{ClassificationCode.LevelName(leaf.Level)}级编码。本年度目录中确实没有的科目，请在 codeNames（目录外科目名称）中写明其名称";
}
