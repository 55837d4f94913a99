using System.Text.Json;
using Juesuan.Audit;
using Juesuan.Testing;
using Xunit.Abstractions;

namespace Juesuan.Core.Tests.Audit;

/// <summary>
/// The auditor on real published passages, each with its source and every claim labelled with its arithmetic:
/// recall of the real contradictions, and false alarms on the claims that are not. Two corpora: Audit/corpus,
/// the 19 passages the auditor was built on, and Audit/field, 1128 passages from 1128 other published pages
/// collected and labelled afterwards: a part to develop on (“dev”, grown round by round with passages collected after the frozen
/// part), the third first set aside and measured blind until it was opened to develop on (“opened”), and sets
/// collected and labelled by other hands that nothing is tuned on: 58 passages (“frozen”) and 31 sealed ones, whose
/// collectors reported counts only, first measured when they were added (“frozen2”; seven more of that set, whose
/// pages collectors for the dev part described, went to “opened”), 40 more sealed ones, collected while collectors for the
/// dev part marked the pages they took (“frozen3”), and 32, 16, 32, 32, 32, 32, 12, 19, 24, 11, 20 and 20 more the same way (“frozen4” to “frozen15”). docs/benchmarks.md
/// has the history of each.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private sealed record Label(string Span, string Verdict, string Arithmetic);
    private sealed record Passage(string File, string Source, string? Part, Label[] Claims);

    private static string Folder(string corpus) => RepoPaths.File("tests", "Juesuan.Core.Tests", "Audit", corpus);

    private static Passage[] Load(string corpus) => JsonSerializer.Deserialize<Passage[]>(
        File.ReadAllText(Path.Combine(Folder(corpus), "labels.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    private static string Read(string corpus, Passage passage) => File.ReadAllText(Path.GetFullPath(Path.Combine(Folder(corpus), passage.File)));

    public static TheoryData<string> Corpora => ["corpus", "field"];

    private sealed record Measure(int Passages, int Claims, int Recognised, int Contradictions, int Found, int Others, int FalseAlarms);

    /// <summary>Each labelled claim with the auditor's verdict on the same span (in order of appearance), and contradictions nobody labelled.</summary>
    private Measure Run(string corpus, Func<Passage, bool> which)
    {
        var passages = Load(corpus).Where(which).ToArray();
        var matched = new List<(string File, Label Label, ClaimVerdict? Found)>();
        var unlabelled = new List<(string File, Claim Claim)>();
        foreach (var passage in passages)
        {
            var text = Read(corpus, passage);
            var report = Auditor.Audit(text, passage.File);
            var used = new HashSet<Claim>();
            var wrong = new List<(int Start, int End)>();
            var at = 0;
            foreach (var label in passage.Claims)
            {
                // The field corpus labels its spans in order, so a figure written twice is told apart by where it stands; a span
                // written with the words that name its figure ("支出总计,867.48万元") holds the claim on that figure.
                var position = corpus == "field" ? text.IndexOf(label.Span, at, StringComparison.Ordinal) : -1;
                if (position >= 0) at = position + 1;
                if (position >= 0 && label.Verdict == "contradicted") wrong.Add((position, position + label.Span.Length));
                var claims = report.Claims.Where(c => !used.Contains(c) && (position < 0
                    ? c.Span.Text == label.Span
                    : c.Span.Start >= position && c.Span.Start + c.Span.Length <= position + label.Span.Length)).ToArray();
                // A span that a contradiction is proven for counts as found even where another claim also reads it.
                var claim = claims.FirstOrDefault(c => c.Verdict == ClaimVerdict.Contradicted && label.Verdict == "contradicted") ?? claims.FirstOrDefault();
                if (claim is not null) used.Add(claim);
                matched.Add((passage.File, label, claim?.Verdict));
            }
            // A second reading of a figure labelled wrong (its sum of parts beside its change) is the same finding, not an alarm.
            unlabelled.AddRange(report.Contradictions.Where(c => !used.Contains(c) && !passage.Claims.Any(l => l.Span == c.Span.Text)
                && !wrong.Any(w => c.Span.Start >= w.Start && c.Span.Start + c.Span.Length <= w.End)).Select(c => (passage.File, c)));
        }
        var contradictions = matched.Where(m => m.Label.Verdict == "contradicted").ToArray();
        var found = contradictions.Count(m => m.Found == ClaimVerdict.Contradicted);
        var others = matched.Where(m => m.Label.Verdict != "contradicted").ToArray();
        var measure = new Measure(passages.Length, matched.Count, matched.Count(m => m.Found is not null), contradictions.Length, found, others.Length,
            others.Count(m => m.Found == ClaimVerdict.Contradicted) + unlabelled.Count);
        output.WriteLine($"{measure.Passages} passages, {measure.Claims} labelled claims, {measure.Recognised} recognised; " +
                         $"contradictions found {found}/{contradictions.Length} (recall {Percent(found, contradictions.Length)}); " +
                         $"false alarms {measure.FalseAlarms} on {others.Length} other claims ({Percent(measure.FalseAlarms, others.Length)}); " +
                         $"precision {Percent(found, found + measure.FalseAlarms)}");
        foreach (var m in matched.Where(m => m.Found?.ToString().ToLowerInvariant() != m.Label.Verdict))
            output.WriteLine($"  {m.File} “{m.Label.Span}”: labelled {m.Label.Verdict}, auditor {m.Found?.ToString() ?? "did not recognise it"} ({m.Label.Arithmetic})");
        foreach (var (file, claim) in unlabelled)
            output.WriteLine($"  {file} “{claim.Span.Text}”: reported contradicted but labelled nowhere: {claim.Explanation}");
        return measure;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "—" : $"{Math.Round(part * 100m / whole, 1)}%";

    [Fact]
    public void Recall_and_false_alarms_on_the_passages_the_auditor_was_built_on()
    {
        var m = Run("corpus", _ => true);
        Assert.True(m.Found == m.Contradictions, $"recall {m.Found}/{m.Contradictions}");
        Assert.True(m.FalseAlarms == 0, $"false alarms {m.FalseAlarms} on {m.Others}");
    }

    /// <summary>
    /// The field corpus, each part on its own (docs/benchmarks.md has the figures). The bounds are the figures
    /// as measured, so that a change that finds fewer contradictions or raises more false alarms fails here;
    /// they are not the aim (recall 90 %, false alarms 2 % on the frozen part). The frozen part's details are
    /// printed like the others' for whoever audits the measure; developing against them would spend it.
    /// </summary>
    [Theory]
    [InlineData("dev", 185, 265, 4, 10555)]
    [InlineData("opened", 11, 13, 0, 521)]
    [InlineData("frozen", 6, 16, 11, 651)]
    [InlineData("frozen2", 12, 15, 5, 411)]
    [InlineData("frozen3", 4, 7, 2, 415)]
    [InlineData("frozen4", 3, 10, 5, 697)]
    [InlineData("frozen5", 5, 34, 3, 269)]
    [InlineData("frozen6", 4, 8, 8, 750)]
    [InlineData("frozen7", 2, 11, 3, 537)]
    [InlineData("frozen8", 5, 10, 1, 521)]
    [InlineData("frozen9", 2, 12, 6, 541)]
    [InlineData("frozen10", 0, 1, 4, 126)]
    [InlineData("frozen11", 0, 3, 1, 314)]
    [InlineData("frozen12", 5, 10, 2, 542)]
    [InlineData("frozen13", 2, 5, 7, 229)]
    [InlineData("frozen14", 8, 13, 13, 370)]
    [InlineData("frozen15", 1, 6, 5, 488)]
    public void Recall_and_false_alarms_on_the_field_corpus(string part, int leastFound, int contradictions, int mostFalseAlarms, int others)
    {
        var m = Run("field", p => p.Part == part);
        Assert.Equal((contradictions, others), (m.Contradictions, m.Others));
        Assert.True(m.Found >= leastFound, $"recall {m.Found}/{m.Contradictions}, was {leastFound}");
        Assert.True(m.FalseAlarms <= mostFalseAlarms, $"false alarms {m.FalseAlarms} on {m.Others}, were {mostFalseAlarms}");
    }

    [Fact]
    public void The_field_corpus_has_1128_passages_from_1128_sources_in_seventeen_parts()
    {
        var passages = Load("field");
        Assert.Equal(1128, passages.Length);
        Assert.Equal(1128, passages.Select(p => p.Source).Distinct().Count());
        Assert.Equal((659, 58, 58, 31, 40, 32, 16, 32, 32, 32, 32, 12, 19, 24, 11, 20, 20), (passages.Count(p => p.Part == "dev"), passages.Count(p => p.Part == "opened"), passages.Count(p => p.Part == "frozen"),
            passages.Count(p => p.Part == "frozen2"), passages.Count(p => p.Part == "frozen3"), passages.Count(p => p.Part == "frozen4"), passages.Count(p => p.Part == "frozen5"),
            passages.Count(p => p.Part == "frozen6"), passages.Count(p => p.Part == "frozen7"), passages.Count(p => p.Part == "frozen8"),
            passages.Count(p => p.Part == "frozen9"), passages.Count(p => p.Part == "frozen10"), passages.Count(p => p.Part == "frozen11"), passages.Count(p => p.Part == "frozen12"), passages.Count(p => p.Part == "frozen13"), passages.Count(p => p.Part == "frozen14"), passages.Count(p => p.Part == "frozen15")));
        // No source of the passages the auditor was built on is in a frozen part.
        Assert.Empty(passages.Where(p => p.Part!.StartsWith("frozen", StringComparison.Ordinal)).Select(p => p.Source).Intersect(Load("corpus").Select(p => p.Source)));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_passage_names_its_source_and_every_label_its_arithmetic(string corpus)
    {
        Assert.All(Load(corpus), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Source));
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Folder(corpus), p.File))), p.File);
            Assert.All(p.Claims, c => Assert.Contains(c.Verdict, new[] { "consistent", "contradicted", "unverifiable" }));
            Assert.All(p.Claims, c => Assert.False(string.IsNullOrWhiteSpace(c.Arithmetic)));
            // Each span of the field corpus is in the passage, in the order labelled.
            var text = Read(corpus, p);
            var at = 0;
            foreach (var c in p.Claims.Where(_ => corpus == "field"))
            {
                at = text.IndexOf(c.Span, at, StringComparison.Ordinal) + 1;
                Assert.True(at > 0, $"{p.File}：找不到“{c.Span}”");
            }
        });
    }

    /// <summary>
    /// Sentences of every passage shuffled into 200 new texts (seeded, so a failure repeats): whatever order the
    /// claims come in, the auditor finishes without an error of its own, and every span it reports lies inside the
    /// text and quotes it.
    /// </summary>
    [Fact]
    public void Shuffled_passages_never_break_the_auditor()
    {
        var sentences = new[] { "corpus", "field" }.SelectMany(c => Load(c).Select(p => Read(c, p)))
            .SelectMany(t => t.Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(20211231);
        for (var round = 0; round < 200; round++)
        {
            var text = string.Join(random.Next(3) == 0 ? "\n" : "。", Enumerable.Range(0, random.Next(1, 12)).Select(_ => sentences[random.Next(sentences.Length)]));
            var report = Auditor.Audit(text, $"round-{round}.txt");
            Assert.All(report.Claims, c =>
            {
                Assert.InRange(c.Span.Start, 0, text.Length);
                Assert.Equal(text.Substring(c.Span.Start, c.Span.Text.Length), c.Span.Text);
                Assert.DoesNotContain("内部错误", c.Explanation);
            });
        }
    }
}
