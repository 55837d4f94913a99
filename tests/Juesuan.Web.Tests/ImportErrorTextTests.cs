using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Juesuan.Accounts;
using Juesuan.Errors;
using Juesuan.Performance;
using Juesuan.Testing;
using Juesuan.Web.Work;

namespace Juesuan.Web.Tests;

/// <summary>
/// Every kind of mistake a file can hold — a field left out, a field of the wrong type, a value not allowed,
/// a field the format does not have — made at every field of the sample's accounts and self-evaluation files,
/// and each error as the import page shows it: named as the forms name things, never by a path of the file,
/// an English name of ours or a file of ours. What the file itself says is quoted as it is.
/// </summary>
public sealed partial class ImportErrorTextTests
{
    /// <summary>What the person's own file says, quoted back: its text is theirs, whatever language it is in.</summary>
    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    public static TheoryData<string> Files => new() { "accounts", "performance" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_error_of_a_broken_file_names_its_place_and_its_problem_in_peoples_words(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(file == "accounts" ? RepoPaths.SampleAccounts : RepoPaths.File("samples", "datong-cast-2021", "performance.json")))!;
        var fileName = file + ".json";
        IReadOnlyList<FileError> Read(JsonNode json) => file == "accounts"
            ? AccountsReader.Read(json.ToJsonString(), fileName).Errors
            : PerformanceReader.Read(json.ToJsonString(), fileName).Errors;
        Assert.Empty(Read(original));

        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var broken in Mutations(original))
            foreach (var error in Read(broken))
            {
                var text = ErrorText.For(error);
                Assert.StartsWith(fileName, text, StringComparison.Ordinal);
                shown.Add(text);
            }
        Assert.True(shown.Count > 100, $"only {shown.Count} different errors were made");
        var leaks = shown.Select(text => (text, word: PeoplesWords.DevelopersWordIn(Quoted().Replace(text[fileName.Length..], ""))))
            .Where(x => x.word is not null).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(40).Select(x => $"{x.word} ← {x.text}")));
    }

    /// <summary>The file with one mistake made at one place, for every place of every kind.</summary>
    private static IEnumerable<JsonNode> Mutations(JsonNode root)
    {
        foreach (var (parent, key, index) in Places(root))
        {
            foreach (var replacement in new JsonNode?[] { null, JsonValue.Create("约三万"), new JsonObject(), JsonValue.Create(-1) })
            {
                var copy = root.DeepClone();
                var at = Find(copy, parent);
                if (key is not null)
                {
                    var obj = at.AsObject();
                    if (replacement is null) obj.Remove(key);
                    else obj[key] = replacement.DeepClone();
                }
                else
                {
                    var array = at.AsArray();
                    if (replacement is null) array.RemoveAt(index);
                    else array[index] = replacement.DeepClone();
                }
                yield return copy;
            }
        }
        foreach (var (path, node) in Objects(root, ""))
        {
            var copy = root.DeepClone();
            Find(copy, path).AsObject()["extraField"] = 1;
            yield return copy;
        }
    }

    private static IEnumerable<(string Parent, string? Key, int Index)> Places(JsonNode node, string path = "")
    {
        if (node is JsonObject o)
            foreach (var (key, value) in o.ToList())
            {
                yield return (path, key, -1);
                if (value is not null) foreach (var place in Places(value, path + "/" + key)) yield return place;
            }
        else if (node is JsonArray a)
            for (var i = 0; i < Math.Min(a.Count, 2); i++)
            {
                yield return (path, null, i);
                if (a[i] is { } item) foreach (var place in Places(item, path + "/" + i)) yield return place;
            }
    }

    private static IEnumerable<(string Path, JsonNode Node)> Objects(JsonNode node, string path)
    {
        if (node is JsonObject o)
        {
            yield return (path, o);
            foreach (var (key, value) in o.ToList()) if (value is not null) foreach (var x in Objects(value, path + "/" + key)) yield return x;
        }
        else if (node is JsonArray a && a.Count > 0 && a[0] is { } first)
            foreach (var x in Objects(first, path + "/0")) yield return x;
    }

    private static JsonNode Find(JsonNode root, string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(root, (node, step) => node is JsonArray a ? a[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!);
}
