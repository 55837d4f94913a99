using Juesuan.Catalog;
using Juesuan.Testing;
using Xunit.Abstractions;

namespace Juesuan.Core.Tests.Catalog;

/// <summary>
/// How many (year, code, name) triples printed in real documents the shipped editions know under the same name.
/// The documents are held out: nothing in the editions was taken from them (fund-allocation notices from many
/// provinces, 2018–2025; four 2026 budgets of 上海市普陀区). The figures are recorded in docs/benchmarks.md;
/// the floors below keep them from falling.
/// </summary>
public class CatalogueCoverageTests(ITestOutputHelper output)
{
    private sealed record Triple(int Year, string Code, string Name);

    private static IEnumerable<Triple> Read(string file, string year, string code, string name)
    {
        var lines = File.ReadAllLines(RepoPaths.File("tests", "Juesuan.Core.Tests", "Catalog", file)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split('\t').ToList();
        var (y, c, n) = (header.IndexOf(year), header.IndexOf(code), header.IndexOf(name));
        return lines.Skip(1).Select(l => l.Split('\t')).Select(f => new Triple(int.Parse(f[y], System.Globalization.CultureInfo.InvariantCulture), f[c], f[n]));
    }

    private static readonly Triple[] HeldOut =
    [
        .. Read("heldout-notices.tsv", "year", "code", "name_zh").Concat(Read("heldout-budgets-2026.tsv", "year", "code", "name_zh")).Distinct(),
    ];

    [Fact]
    public void Real_codes_held_out_are_known_under_their_printed_names()
    {
        // 政府预算支出经济分类 (5xx) is not carried: the tables name 部门预算 economic codes only.
        var triples = HeldOut.Where(t => t.Code[0] is '2' or '3').ToArray();
        var rows = triples.Select(t =>
        {
            var edition = CodeCatalogs.ForYear(t.Year);
            var found = edition?.Find(CodeCatalog.KindOf(t.Code), t.Code);
            return (t, Level: ClassificationCode.LevelOfLength(t.Code.Length)!.Value, Known: found is not null, SameName: found?.Name == t.Name);
        }).ToArray();
        foreach (var g in rows.GroupBy(r => (Kind: CodeCatalog.KindOf(r.t.Code), r.Level)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Level))
            output.WriteLine($"{g.Key.Kind} {g.Key.Level}: {g.Count()} 条，编码已知 {g.Count(r => r.Known)}，名称相同 {g.Count(r => r.SameName)}");
        output.WriteLine($"合计 {rows.Length} 条，名称相同 {rows.Count(r => r.SameName)}");

        Assert.True(triples.Length >= 150, $"留出的真实科目只有 {triples.Length} 条");
        Assert.True(rows.Count(r => r.SameName) >= 163, $"名称相同的只有 {rows.Count(r => r.SameName)} 条");
        Assert.All(rows.Where(r => r.Level != CodeLevel.Item), r => Assert.True(r.Known, $"{r.t.Year}年的{r.t.Code} {r.t.Name}不在目录中"));
    }
}
