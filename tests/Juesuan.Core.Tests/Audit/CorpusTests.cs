using System.Text.Json;
using Juesuan.Audit;
using Juesuan.Testing;
using Xunit.Abstractions;

namespace Juesuan.Core.Tests.Audit;

/// <summary>
/// The auditor on real published passages (Audit/corpus, each with its source and every claim labelled
/// with its arithmetic): recall of the real contradictions, and false alarms on the claims that are not.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private sealed record Label(string Span, string Verdict, string Arithmetic);
    private sealed record Passage(string File, string Source, Label[] Claims);

    private static readonly string Directory = RepoPaths.File("tests", "Juesuan.Core.Tests", "Audit", "corpus");

    private static readonly Passage[] Passages = JsonSerializer.Deserialize<Passage[]>(
        File.ReadAllText(Path.Combine(Directory, "labels.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    /// <summary>Each labelled claim with the auditor's verdict on the same span (in order of appearance), and contradictions nobody labelled.</summary>
    private static (List<(string File, Label Label, ClaimVerdict? Found)> Matched, List<(string File, Claim Claim)> Unlabelled) Run()
    {
        var matched = new List<(string, Label, ClaimVerdict?)>();
        var unlabelled = new List<(string, Claim)>();
        foreach (var passage in Passages)
        {
            var report = Auditor.Audit(File.ReadAllText(Path.GetFullPath(Path.Combine(Directory, passage.File))), passage.File);
            var used = new HashSet<Claim>();
            foreach (var label in passage.Claims)
            {
                var claims = report.Claims.Where(c => c.Span.Text == label.Span && !used.Contains(c)).ToArray();
                // A span that a contradiction is proven for counts as found even where another claim also reads it.
                var claim = claims.FirstOrDefault(c => c.Verdict == ClaimVerdict.Contradicted && label.Verdict == "contradicted") ?? claims.FirstOrDefault();
                if (claim is not null) used.Add(claim);
                matched.Add((passage.File, label, claim?.Verdict));
            }
            unlabelled.AddRange(report.Contradictions.Where(c => !used.Contains(c) && !passage.Claims.Any(l => l.Span == c.Span.Text)).Select(c => (passage.File, c)));
        }
        return (matched, unlabelled);
    }

    [Fact]
    public void Recall_and_false_alarms_on_real_passages()
    {
        var (matched, unlabelled) = Run();
        var contradictions = matched.Where(m => m.Label.Verdict == "contradicted").ToArray();
        var found = contradictions.Count(m => m.Found == ClaimVerdict.Contradicted);
        var others = matched.Where(m => m.Label.Verdict != "contradicted").ToArray();
        var falseAlarms = others.Count(m => m.Found == ClaimVerdict.Contradicted) + unlabelled.Count;
        var recognised = matched.Count(m => m.Found is not null);
        output.WriteLine($"{Passages.Length} passages, {matched.Count} labelled claims, {recognised} recognised; " +
                         $"contradictions found {found}/{contradictions.Length} (recall {Percent(found, contradictions.Length)}); " +
                         $"false alarms {falseAlarms} on {others.Length} other claims; precision {Percent(found, found + falseAlarms)}");
        foreach (var m in matched.Where(m => m.Found?.ToString().ToLowerInvariant() != m.Label.Verdict))
            output.WriteLine($"  {m.File} “{m.Label.Span}”: labelled {m.Label.Verdict}, auditor {m.Found?.ToString() ?? "did not recognise it"} ({m.Label.Arithmetic})");
        foreach (var (file, claim) in unlabelled)
            output.WriteLine($"  {file} “{claim.Span.Text}”: reported contradicted but labelled nowhere: {claim.Explanation}");

        Assert.True(found >= contradictions.Length * 0.9, $"recall {found}/{contradictions.Length}");
        Assert.True(falseAlarms <= others.Length * 0.02, $"false alarms {falseAlarms} on {others.Length}");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "—" : $"{Math.Round(part * 100m / whole, 1)}%";

    [Fact]
    public void Every_passage_names_its_source_and_every_label_its_arithmetic()
    {
        Assert.All(Passages, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Source));
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Directory, p.File))), p.File);
            Assert.All(p.Claims, c => Assert.Contains(c.Verdict, new[] { "consistent", "contradicted", "unverifiable" }));
            Assert.All(p.Claims, c => Assert.False(string.IsNullOrWhiteSpace(c.Arithmetic)));
        });
    }

    /// <summary>
    /// Sentences of every passage shuffled into new texts (seeded, so a failure repeats): whatever order the
    /// claims come in, the auditor finishes, and every span it reports lies inside the text and quotes it.
    /// </summary>
    [Fact]
    public void Shuffled_passages_never_break_the_auditor()
    {
        var sentences = Passages.SelectMany(p => File.ReadAllText(Path.GetFullPath(Path.Combine(Directory, p.File)))
            .Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(20211231);
        for (var round = 0; round < 200; round++)
        {
            var text = string.Join(random.Next(3) == 0 ? "\n" : "。", Enumerable.Range(0, random.Next(1, 12)).Select(_ => sentences[random.Next(sentences.Length)]));
            var report = Auditor.Audit(text, $"round-{round}.txt");
            Assert.All(report.Claims, c =>
            {
                Assert.InRange(c.Span.Start, 0, text.Length);
                Assert.Equal(text.Substring(c.Span.Start, c.Span.Text.Length), c.Span.Text);
            });
        }
    }
}
