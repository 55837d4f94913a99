using System.Text.Json;

namespace Juesuan.Data;

/// <summary>
/// 沿用上年的内容 — the values of a draft started from last year's publication that still hold what was carried
/// over and have not been checked, each with where it came from (by the field's path, "unit.functions"). A value
/// leaves the list when the preparer confirms it or changes it.
/// </summary>
public static class CarriedOver
{
    /// <summary>The parts a start from last year carries over: the unit's profile, code names and explanations, the texts on performance, and the 上年数.</summary>
    private static readonly string[] Parts = ["$.unit.", "$.codeNames.", "$.codeExplanations.", "$.performance.", "$.priorYear."];

    /// <summary>What is the unit's own whatever the year: its code and name come from the organisation, not from last year.</summary>
    private static readonly string[] Own = ["$.unit.code", "$.unit.name"];

    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>The marks of a new draft: every value it holds in the parts carried over, from <paramref name="source"/>.</summary>
    public static IReadOnlyDictionary<string, string> Of(string draftJson, string source) =>
        JsonChanges.Between(null, draftJson)
            .Where(c => Parts.Any(p => c.Path.StartsWith(p, StringComparison.Ordinal)) && !Own.Contains(c.Path))
            .ToDictionary(c => c.Path[2..], _ => source, StringComparer.Ordinal);

    /// <summary>The marks a case keeps; none when it keeps none.</summary>
    public static IReadOnlyDictionary<string, string> Read(string? json) =>
        json is null ? None : JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonChanges.Options) ?? None;

    /// <summary>The marks as a case keeps them; null when there are none left.</summary>
    public static string? Write(IReadOnlyDictionary<string, string> marks) =>
        marks.Count == 0 ? null : JsonSerializer.Serialize(marks, JsonChanges.Options);

    /// <summary>The marks left once these values changed or were confirmed: a changed value is no longer last year's.</summary>
    public static IReadOnlyDictionary<string, string> Without(IReadOnlyDictionary<string, string> marks, IEnumerable<string> paths)
    {
        var gone = paths.ToHashSet(StringComparer.Ordinal);
        return marks.Where(m => !gone.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
    }
}
