using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Juesuan.Accounts.Fields;

/// <summary>
/// 填报项名称 — a field of the accounts named as the forms name it, for everything a person reads:
/// "上年决算数：上年收入（支出）总计", "原因说明：“三公”经费决算数与预算数的差异", "本年收入明细第1行 功能分类科目编码",
/// "项目“P1”", and a value as the form shows it ("事业单位", not its spelling in the file). A path of the accounts
/// file ("priorYear.total", "$.income[0].code") is never shown.
/// </summary>
public static partial class FieldLabels
{
    private static readonly FrozenDictionary<string, FieldEntry> Entered =
        AccountsFields.Entries(AccountsFields.All).ToFrozenDictionary(e => e.Path, StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<list>[A-Za-z.]+)\[(?<item>[^\]]+)\](?:\.(?<column>[A-Za-z]+))?$")]
    private static partial Regex ListItem();

    private const string ReasonPrefix = "reasons.";

    /// <summary>
    /// The label of a field, a reason, a list, a line of a list or an entry of a map; an amount's stated basis
    /// ("…amount", "…basis" of an amount written with its source) as the amount. Null for a path the accounts do not have.
    /// </summary>
    public static string? Of(string path)
    {
        path = Bare(path);
        if (path.StartsWith(ReasonPrefix, StringComparison.Ordinal))
            return ReasonKeys.Meaning(path[ReasonPrefix.Length..]) is { } meaning ? "原因说明：" + meaning : "原因说明";
        if (ListItem().Match(path) is { Success: true } m && AccountsFields.Find(AccountsFields.All, m.Groups["list"].Value) is ListField list)
        {
            var item = m.Groups["item"].Value;
            var line = int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? $"{list.Label}第{index + 1}行"
                : $"{list.Label}“{item}”";
            return m.Groups["column"].Success && list.Columns.FirstOrDefault(c => c.Name == m.Groups["column"].Value) is { } column
                ? $"{line} {column.Label}"
                : line;
        }
        if (Entered.TryGetValue(path, out var entry)) return entry.Label;
        if (AccountsFields.Find(AccountsFields.All, path) is { } field) return field.Label;
        var dot = path.LastIndexOf('.');
        if (dot <= 0) return null;
        var (owner, last) = (path[..dot], path[(dot + 1)..]);
        return last switch
        {
            "amount" => Of(owner),
            "basis" => Of(owner) is { } label ? label + "的依据" : null,
            _ => AccountsFields.Find(AccountsFields.All, owner) is MapField map ? $"{map.Label}“{last}”" : null,
        };
    }

    /// <summary>A value of the file (as JSON) as the form shows it: a choice by its name, yes or no, text without quotes.</summary>
    public static string Value(string path, string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            JsonValueKind.String when Leaf(path)?.Choices is { } choices && choices.Choices.FirstOrDefault(c => c.Value == value.GetString()) is { } choice => choice.Name,
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "是",
            JsonValueKind.False => "否",
            _ => json,
        };
    }

    /// <summary>A path of the file as the fields name it: a JSON path's "$." left off.</summary>
    private static string Bare(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static LeafField? Leaf(string path)
    {
        path = Bare(path);
        if (Entered.TryGetValue(path, out var entry)) return entry.Field;
        if (ListItem().Match(path) is { Success: true } m && m.Groups["column"].Success
            && AccountsFields.Find(AccountsFields.All, m.Groups["list"].Value) is ListField list)
            return list.Columns.FirstOrDefault(c => c.Name == m.Groups["column"].Value);
        return AccountsFields.Find(AccountsFields.All, path) as LeafField;
    }
}
