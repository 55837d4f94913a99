using System.Text.RegularExpressions;
using Juesuan.Testing;

namespace Juesuan.Core.Tests;

/// <summary>The folders of Core depend on one another in one direction only.</summary>
public partial class ArchitectureTests
{
    [GeneratedRegex(@"\bJuesuan\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();

    [Fact]
    public void Core_folders_form_no_cycle()
    {
        var root = RepoPaths.File("src", "Juesuan.Core");
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToHashSet()!;
        var uses = folders.ToDictionary(f => f!, f => Directory.EnumerateFiles(Path.Combine(root, f!), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Reference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Where(u => u != f && folders.Contains(u)).ToHashSet());
        foreach (var start in uses.Keys)
        {
            // Every folder reachable from this one must not lead back to it.
            var seen = new HashSet<string>();
            var stack = new Stack<string>(uses[start]);
            while (stack.TryPop(out var next))
            {
                Assert.True(next != start, $"Core/{start} 经由其他文件夹又依赖回自己");
                if (seen.Add(next)) foreach (var u in uses[next]) stack.Push(u);
            }
        }
        Assert.Contains("Accounts", uses["Checks"]);
        Assert.DoesNotContain("Disclosure", uses["Checks"]);
    }
}
