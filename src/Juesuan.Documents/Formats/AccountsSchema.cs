using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
using Juesuan.Catalog;

namespace Juesuan.Documents.Formats;

/// <summary>
/// docs/accounts.schema.json — the JSON Schema (draft 2020-12) of the accounts file, derived from
/// <see cref="AccountsFields"/>, so an editor can check a file as it is typed. The reader checks more
/// (codes against the year's catalogue, duplicate lines); the schema refuses nothing the reader accepts.
/// </summary>
public static class AccountsSchema
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(IReadOnlyList<AccountsField> fields)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:juesuan:schema:accounts:1",
            ["title"] = $"Juesuan 决算数据文件（{AccountsFields.FormatId}）",
            ["description"] = "一个单位（或由若干单位汇总的部门）一个年度的决算数据。金额一律以元为单位，最多两位小数。说明见 docs/accounts-format.md。本文件由 juesuan format --schema 生成。",
        };
        Object(schema, fields);
        ((JsonObject)schema["properties"]!).Insert(0, "$schema", new JsonObject { ["type"] = "string" });
        schema["$defs"] = new JsonObject
        {
            ["basis"] = new JsonObject { ["type"] = "string", ["description"] = "数据来源说明，如 seed、derived: …、assumed: …" },
            ["amount"] = new JsonObject
            {
                ["description"] = "金额（元），非负，最多两位小数；或带来源说明的对象",
                ["oneOf"] = new JsonArray(
                    Number(),
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["additionalProperties"] = false,
                        ["required"] = new JsonArray("amount"),
                        ["properties"] = new JsonObject { ["amount"] = Number(), ["basis"] = Basis() },
                    }),
            },
        };
        return schema.ToJsonString(Options) + "\n";
    }

    private static JsonObject Number() => new() { ["type"] = "number", ["minimum"] = 0, ["multipleOf"] = 0.01 };

    private static JsonObject Basis() => new() { ["$ref"] = "#/$defs/basis" };

    /// <summary>Fills <paramref name="target"/> as an object schema of the fields (inline parts merged in).</summary>
    private static void Object(JsonObject target, IReadOnlyList<AccountsField> fields)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        void Add(IEnumerable<AccountsField> list)
        {
            foreach (var field in list)
            {
                if (field is GroupField { Inline: true } part) { Add(part.Fields); continue; }
                properties[field.Name] = Field(field);
                if (field.Required) required.Add(field.Name);
            }
        }
        Add(fields);
        properties["basis"] = Basis();
        target["type"] = "object";
        target["additionalProperties"] = false;
        if (required.Count > 0) target["required"] = required;
        target["properties"] = properties;
    }

    private static JsonObject Field(AccountsField field)
    {
        var node = field switch
        {
            GroupField group => Group(group),
            ListField list => new JsonObject { ["type"] = "array", ["items"] = Group(list.Columns) },
            MapField map => Map(map),
            LeafField leaf => Leaf(leaf),
            _ => throw new InvalidOperationException(field.GetType().Name),
        };
        node["description"] = field.Help is null ? field.Label : $"{field.Label}：{field.Help}";
        return node;
    }

    private static JsonObject Group(GroupField group) => Group(group.Fields);

    private static JsonObject Group(IReadOnlyList<AccountsField> fields)
    {
        var node = new JsonObject();
        Object(node, fields);
        return node;
    }

    private static JsonObject Map(MapField map)
    {
        var value = Leaf(map.ValueField);
        var key = map.KeyField;
        if (key.Choices is { } choices)
        {
            var properties = new JsonObject();
            foreach (var spelling in choices.Spellings) properties[spelling] = value.DeepClone();
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
        }
        var pattern = key.Kind switch
        {
            FieldKind.ReasonKey => ReasonKeys.Pattern,
            FieldKind.AnyCode => "^[0-9]{3}([0-9]{2}){0,2}$",
            _ => CodePattern(key.Level),
        };
        return new JsonObject { ["type"] = "object", ["propertyNames"] = new JsonObject { ["pattern"] = pattern }, ["additionalProperties"] = value };
    }

    private static string CodePattern(CodeLevel level) => $"^[0-9]{{{ClassificationCode.Digits(level)}}}$";

    private static JsonObject Leaf(LeafField leaf) => leaf.Kind switch
    {
        FieldKind.Constant => new JsonObject { ["const"] = leaf.Constant },
        FieldKind.Year => new JsonObject { ["type"] = "integer", ["minimum"] = leaf.Min, ["maximum"] = leaf.Max },
        FieldKind.Amount => new JsonObject { ["$ref"] = "#/$defs/amount" },
        FieldKind.Count => new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
        FieldKind.Number => leaf.Max == int.MaxValue
            ? new JsonObject { ["type"] = "number", ["minimum"] = 0, ["multipleOf"] = 0.01 }
            : new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = leaf.Max, ["multipleOf"] = 0.01 },
        FieldKind.Code => new JsonObject { ["type"] = "string", ["pattern"] = CodePattern(leaf.Level) },
        FieldKind.Choice => new JsonObject { ["enum"] = new JsonArray([.. leaf.Choices!.Spellings.Select(s => JsonValue.Create(s))]) },
        FieldKind.Date => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        FieldKind.YesNo => new JsonObject { ["type"] = "boolean" },
        FieldKind.Files => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        _ when leaf.Required => new JsonObject { ["type"] = "string", ["pattern"] = "\\S" },
        _ => new JsonObject { ["type"] = "string" },
    };
}
