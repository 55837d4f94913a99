using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Accounts.Fields;
using Juesuan.Amounts;

namespace Juesuan.Accounts;

/// <summary>
/// 决算数据文件写出 — writes <see cref="UnitAccounts"/> in the accounts JSON format that
/// <see cref="AccountsReader"/> reads, field by field as <see cref="AccountsFields"/> declares them, so that
/// reading what was written gives the same accounts. Empty parts are left out, as a person writing the file
/// would leave them out. A department is written as its consolidated lines (a unit file without members).
/// </summary>
public static class AccountsWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(UnitAccounts accounts, AccountsFileSettings? settings = null) =>
        Write(new AccountsFile(accounts, settings ?? AccountsFileSettings.None), AccountsFields.All);

    /// <summary>Writes a file of the given fields (the accounts' own, or a list that extends them).</summary>
    public static string Write(AccountsFile file, IReadOnlyList<AccountsField> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteFields(json, fields, file);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteFields(Utf8JsonWriter json, IReadOnlyList<AccountsField> fields, object owner)
    {
        foreach (var field in fields) WriteField(json, field, owner);
    }

    private static void WriteField(Utf8JsonWriter json, AccountsField field, object owner)
    {
        var value = field.Get(owner);
        switch (field)
        {
            case GroupField { Inline: true } part:
                WriteFields(json, part.Fields, value!);
                break;
            // A required group is written even when all zero: its parent, written for its other values, must still read back.
            case GroupField group when value is not null && (group.Nullable || group.Required || !IsEmpty(group, value)):
                json.WriteStartObject(group.Name);
                WriteFields(json, group.Fields, value);
                json.WriteEndObject();
                break;
            case ListField list when value is System.Collections.IEnumerable lines && lines.Cast<object>().Any():
                json.WriteStartArray(list.Name);
                foreach (var line in lines)
                {
                    json.WriteStartObject();
                    WriteFields(json, list.Columns, line);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                break;
            case MapField map when map.Entries(owner).ToArray() is { Length: > 0 } entries:
                json.WriteStartObject(map.Name);
                foreach (var (key, entry) in entries) WriteValue(json, key, map.ValueField, entry);
                json.WriteEndObject();
                break;
            case LeafField leaf when value is not null && !(leaf.OmittedWhenZero && IsZero(value)):
                WriteValue(json, leaf.Name, leaf, value);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string name, LeafField leaf, object value)
    {
        switch (value)
        {
            case Amount a: json.WriteNumber(name, a.Yuan); break;
            case int i: json.WriteNumber(name, i); break;
            case decimal d: json.WriteNumber(name, d); break;
            case bool b: json.WriteBoolean(name, b); break;
            case DateOnly d: json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case string s: json.WriteString(name, s); break;
            default: json.WriteString(name, leaf.Choices!.Spell(value)); break;
        }
    }

    private static bool IsZero(object value) => value is Amount { IsZero: true } or 0 or false;

    /// <summary>Whether a group holds nothing a person would write: every value absent or zero, every list empty.</summary>
    private static bool IsEmpty(GroupField group, object value) => group.Fields.All(field => field switch
    {
        GroupField { Inline: true } part => IsEmpty(part, part.Get(value)!),
        GroupField child => child.Get(value) is not { } v || (!child.Nullable && IsEmpty(child, v)),
        ListField or MapField when field.Get(value) is System.Collections.IEnumerable items => !items.Cast<object>().Any(),
        _ => field.Get(value) is not { } v || IsZero(v),
    });
}
