using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

/// <summary>
/// Approved snapshots of rendered output, kept in tests/Juesuan.Documents.Tests/Golden and reviewed
/// like code. Set JUESUAN_UPDATE_GOLDEN=1 to rewrite them after an intended change.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual)
    {
        var path = RepoPaths.File("tests", "Juesuan.Documents.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("JUESUAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"缺少快照 {path}；以 JUESUAN_UPDATE_GOLDEN=1 运行测试以生成，并审阅后提交");
        var expected = File.ReadAllText(path);
        if (expected == actual) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"{name} 与快照不同（第{line + 1}行）：\n快照：{expectedLines.ElementAtOrDefault(line)}\n实际：{actualLines.ElementAtOrDefault(line)}");
    }
}
