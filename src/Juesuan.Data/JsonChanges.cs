using System.Text.Json;
using System.Text.Json.Nodes;

namespace Juesuan.Data;

/// <summary>One changed value between two versions of an accounts file: its JSON path, before and after (null where absent).</summary>
public sealed record JsonChange(string Path, string? Before, string? After);

/// <summary>修改前后 — the values that differ between two JSON documents, leaf by leaf, for the audit trail and the amendment diff.</summary>
public static class JsonChanges
{
    public static IReadOnlyList<JsonChange> Between(string? before, string after)
    {
        var left = Leaves(before is null ? null : JsonNode.Parse(before));
        var right = Leaves(JsonNode.Parse(after));
        var changes = new List<JsonChange>();
        foreach (var (path, value) in right)
            if (!left.TryGetValue(path, out var old) || old != value) changes.Add(new JsonChange(path, left.GetValueOrDefault(path), value));
        foreach (var (path, value) in left)
            if (!right.ContainsKey(path)) changes.Add(new JsonChange(path, value, null));
        return changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The changes as the audit trail keeps them: {"changes":[{"path","before","after"}…]}.</summary>
    public static string AsDetail(IReadOnlyList<JsonChange> changes) => JsonSerializer.Serialize(new { changes }, Options);

    /// <summary>How the audit trail and workflow steps write JSON: camel case, Chinese kept readable.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Dictionary<string, string> Leaves(JsonNode? node)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, value) in o) Walk(value, $"{path}.{key}");
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]");
                    break;
                case null:
                    break;
                default:
                    leaves[path] = n.ToJsonString(Options);
                    break;
            }
        }
        Walk(node, "$");
        return leaves;
    }
}
