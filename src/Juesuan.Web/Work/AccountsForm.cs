using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Juesuan.Accounts.Fields;
using Juesuan.Catalog;
using Microsoft.Extensions.Primitives;

namespace Juesuan.Web.Work;

/// <summary>
/// 填报表单 — moves a part of the accounts file between its JSON and an HTML form. Form fields are named
/// by their JSON path ("threePublic.vehiclesHeld", "income[3].amount", "reasons.budget.2012901"), so the
/// file reader's errors ("$.income[3].amount") and the checks' findings land on the field they concern.
/// Whatever is typed goes into the file as typed when it is not a number, so the one reader of accounts
/// files judges it and says where and what was expected.
/// </summary>
public static class AccountsForm
{
    /// <summary>How many empty rows a list offers for new lines (more are added with the button when scripts run).</summary>
    public const int BlankRows = 3;

    public const string ReasonPrefix = "reasons.";

    /// <summary>The value at a path as the form shows it; an amount stated as {"amount": …} shows its amount.</summary>
    public static string Value(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(segment, out node)) return "";
        }
        if (node is JsonObject { } withAmount && withAmount.TryGetPropertyValue("amount", out var amount)) node = amount;
        return node switch
        {
            null => "",
            JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
            JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        };
    }

    public static JsonArray Rows(JsonNode root, string listPath)
    {
        JsonNode? node = root;
        foreach (var segment in listPath.Split('.')) node = (node as JsonObject)?[segment];
        return node as JsonArray ?? [];
    }

    /// <summary>The form field of a list cell.</summary>
    public static string CellName(ListSpec list, int row, FieldSpec column) => $"{list.Path}[{row}].{column.Path}";

    /// <summary>The number of rows a list posted (its rows and the blank ones).</summary>
    public static string RowCountName(ListSpec list) => list.Path + ".rows";

    public static string DeleteName(ListSpec list, int row) => $"{list.Path}[{row}].delete";

    /// <summary>The stored file with one part replaced by what the form holds; the rest of the file is untouched.</summary>
    public static JsonObject Apply(JsonObject stored, AccountsPart part, IFormCollection form)
    {
        var root = (JsonObject)stored.DeepClone();
        foreach (var field in part.Fields) Set(root, field.Path, Read(field, form[field.Path]));
        foreach (var list in part.Lists)
        {
            var rows = new JsonArray();
            var count = int.TryParse(form[RowCountName(list)], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 10_000) : 0;
            for (var i = 0; i < count; i++)
            {
                if (form[DeleteName(list, i)] == "true") continue;
                var row = new JsonObject();
                foreach (var column in list.Columns) Set(row, column.Path, Read(column, form[CellName(list, i, column)]));
                var blank = list.Columns.All(c => c.Kind == InputKind.Boolean || c.Path == IdColumn || string.IsNullOrWhiteSpace(form[CellName(list, i, c)]));
                if (!blank) rows.Add(row);
            }
            Number(list, rows);
            Set(root, list.Path, rows);
        }
        var reasons = root["reasons"] as JsonObject ?? [];
        foreach (var (name, value) in form.Where(f => f.Key.StartsWith(ReasonPrefix, StringComparison.Ordinal)))
        {
            var key = name[ReasonPrefix.Length..];
            if (string.IsNullOrWhiteSpace(value)) reasons.Remove(key);
            else reasons[key] = value.ToString().Trim();
        }
        root.Remove("reasons");
        if (reasons.Count > 0) root["reasons"] = reasons;
        return root;
    }

    /// <summary>The column that identifies a line (a project's 项目编号), which a clerk need not invent.</summary>
    private const string IdColumn = "id";

    /// <summary>Lines of a list with an id column and none typed get the next free number ("P1", "P2" …).</summary>
    private static void Number(ListSpec list, JsonArray rows)
    {
        if (list.Columns.All(c => c.Path != IdColumn)) return;
        var taken = rows.Select(r => Value(r, IdColumn)).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        foreach (var row in rows.OfType<JsonObject>().Where(r => Value(r, IdColumn).Length == 0))
        {
            while (taken.Contains($"P{next}")) next++;
            row[IdColumn] = $"P{next}";
            taken.Add($"P{next}");
        }
    }

    /// <summary>A typed value as the file holds it: numbers as numbers, anything unreadable as the text typed.</summary>
    private static JsonNode? Read(FieldSpec field, StringValues posted)
    {
        var text = posted.ToString().Trim();
        if (field.Kind == InputKind.Boolean) return JsonValue.Create(text == "true");
        if (text.Length == 0) return null;
        switch (field.Kind)
        {
            case InputKind.Amount or InputKind.OptionalAmount or InputKind.Number:
                return decimal.TryParse(Digits(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                    ? JsonValue.Create(d) : JsonValue.Create(text);
            case InputKind.Count or InputKind.OptionalCount:
                return int.TryParse(Digits(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                    ? JsonValue.Create(i) : JsonValue.Create(text);
            case InputKind.FunctionCode or InputKind.OptionalFunctionCode or InputKind.EconomicCode:
                // A picked suggestion may carry its name after the code ("2012901 行政运行").
                return JsonValue.Create(text.Split(' ', 2)[0]);
            default:
                return JsonValue.Create(field.Kind == InputKind.LongText ? text.Replace("\r\n", "\n") : text);
        }
    }

    /// <summary>Digits as typed on a Chinese keyboard: full-width forms, thousands separators and spaces removed.</summary>
    private static string Digits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ',' or '，' or ' ' or '\u3000') continue;
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' or '。' => '.',
                '－' => '-',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>Sets (or, for null, removes) the value at a dotted path, keeping an {"amount": …} object's other members.</summary>
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        var parent = root;
        foreach (var segment in segments[..^1])
        {
            if (parent[segment] is not JsonObject child)
            {
                if (value is null) return;
                child = [];
                parent[segment] = child;
            }
            parent = child;
        }
        var last = segments[^1];
        if (value is null)
        {
            parent.Remove(last);
            Prune(root, segments[..^1]);
            return;
        }
        if (parent[last] is JsonObject withAmount && withAmount.ContainsKey("amount") && value is JsonValue) withAmount["amount"] = value;
        else parent[last] = value;
    }

    /// <summary>Removes objects a removal left empty, innermost first.</summary>
    private static void Prune(JsonObject root, string[] parents)
    {
        for (var depth = parents.Length; depth > 0; depth--)
        {
            JsonObject? node = root;
            foreach (var segment in parents[..(depth - 1)]) node = node?[segment] as JsonObject;
            if (node?[parents[depth - 1]] is JsonObject { Count: 0 }) node.Remove(parents[depth - 1]);
            else return;
        }
    }

    /// <summary>The codes a picker offers, as "code" with "name" — 项 for function codes, 款 for economic ones.</summary>
    public static IEnumerable<Choice> Codes(CodeCatalog? catalog, InputKind kind)
    {
        if (catalog is null) return [];
        return kind == InputKind.EconomicCode
            ? catalog.Codes.Where(c => c.Kind == CodeKind.Economic && c.Level == CodeLevel.Section)
                .Select(c => new Choice(c.Code, catalog.Find(CodeKind.Economic, c.ParentCode!)?.Name + " · " + c.Name))
            : catalog.Codes.Where(c => c.Kind == CodeKind.Function && c.Level == CodeLevel.Item).Select(c => new Choice(c.Code, catalog.FunctionPath(c.Code)));
    }

    /// <summary>The name of a code as a picker shows it, or null when the catalogue has no such code.</summary>
    public static string? CodeName(CodeCatalog? catalog, InputKind kind, string code)
    {
        if (catalog is null || code.Length == 0) return null;
        if (kind == InputKind.EconomicCode) return catalog.Find(CodeKind.Economic, code)?.Name;
        return catalog.Find(CodeKind.Function, code) is null ? null : catalog.FunctionPath(code);
    }
}
