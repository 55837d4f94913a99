using System.Globalization;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Performance;

/// <summary>
/// 绩效自评表与绩效评价报告 — the self-evaluation table and the evaluation report of each scored
/// evaluation, as parts of the same document model the disclosure uses, so every renderer serves both.
/// Every score shown is the computed one.
/// </summary>
public static class EvaluationDocuments
{
    /// <summary>A document holding, for each evaluation, its table and its report.</summary>
    public static DisclosureDocument Build(
        IReadOnlyList<EvaluationScore> scores, string unitName, int fiscalYear, string templateId = DisclosureTemplate.DefaultId, AmountUnit amountUnit = AmountUnit.Yuan)
    {
        var template = DisclosureTemplate.Find(templateId, fiscalYear)
            ?? throw new InvalidOperationException($"没有适用于{fiscalYear}年度的披露模板“{templateId}”");
        var subject = template.Text["subject.unit"];
        var writer = new BlockWriter(template, new MoneyFormat(amountUnit, percentDecimals: template.Options.PercentDecimals), fiscalYear, subject, unitName);
        var parts = Parts(writer, scores, fiscalYear).ToArray();
        return new DisclosureDocument(writer.Phrase("pe.title"), unitName, "", subject, fiscalYear, amountUnit, template.Id, parts, []);
    }

    /// <summary>The table part and the report part of each evaluation, numbered from <paramref name="first"/>.</summary>
    internal static IEnumerable<DocumentPart> Parts(BlockWriter w, IReadOnlyList<EvaluationScore> scores, int fiscalYear, int first = 1)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            var n = (first + i).ToString(CultureInfo.InvariantCulture);
            yield return Table(w, scores[i], "pe" + n, fiscalYear);
            yield return Report(w, scores[i], "pr" + n);
        }
    }

    private static DocumentPart Table(BlockWriter w, EvaluationScore score, string id, int fiscalYear)
    {
        var e = score.Evaluation;
        var m = w.Format;
        w.Paragraph(w.Sentence("pe.meta", ("name", e.Name), ("department", e.CompetentDepartment), ("unit", e.ImplementingUnit)));

        var rate = score.ExecutionRate is { } r ? m.Percent(r) : "—";
        TableCell Money(Amount a) => new(CellKind.Amount, m.Number(a), a.Yuan);
        TableCell Number(decimal? d) => new(CellKind.Number, d is { } x ? Scorer.Number(x) : "—");
        TableCell Text(string t) => new(CellKind.Label, t);
        TableRow FundsRow(string label, FundsRow? row, bool total) => row is null
            ? new TableRow(label, RowRole.Item, [Text(label), Text("—"), Text("—"), Text("—"), TableCell.Blank, TableCell.Blank, TableCell.Blank])
            : new TableRow(label, total ? RowRole.Total : RowRole.Item,
            [
                Text(label), Money(row.YearStart), Money(row.FullYear), Money(row.Executed),
                total ? Number(score.Method.Execution.Weight) : TableCell.Blank,
                total ? Text(rate) : TableCell.Blank,
                total ? Number(score.ExecutionScore) : TableCell.Blank,
            ]);
        var funds = new DisclosureTable(id + "-funds", "", w.Phrase("pe.fundsTitle"), e.ImplementingUnit, fiscalYear, m.Unit.Caption(),
            ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [[new HeaderCell("项目"), new HeaderCell("年初预算数"), new HeaderCell("全年预算数（A）"), new HeaderCell("全年执行数（B）"), new HeaderCell("分值"), new HeaderCell("执行率（B/A）"), new HeaderCell("得分")]],
            [FundsRow("年度资金总额", e.Funds.Total, true), .. e.Funds.Parts.Select(p => FundsRow(w.Phrase("pe.fundsPart", ("name", p.Name)), p.Row, false))],
            null);
        w.Add(new TableBlock(funds));

        var goal = new DisclosureTable(id + "-goal", "", w.Phrase("pe.goalTitle"), "", fiscalYear, "",
            ["预期目标", "实际完成情况"], [[new HeaderCell("预期目标"), new HeaderCell("实际完成情况")]],
            [new TableRow(null, RowRole.Line, [Text(e.Goal ?? "—"), Text(e.Achieved ?? "—")])], null);
        w.Add(new TableBlock(goal));

        var rows = new List<TableRow>();
        string? lastLevel1 = null, lastLevel2 = null;
        foreach (var s in score.Indicators)
        {
            var i = s.Indicator;
            var level1 = i.Level1 == lastLevel1 ? "" : i.Level1;
            var level2 = i.Level1 == lastLevel1 && i.Level2 == lastLevel2 ? "" : i.Level2;
            (lastLevel1, lastLevel2) = (i.Level1, i.Level2);
            rows.Add(new TableRow(i.Name, RowRole.Item,
                [Text(level1), Text(level2), Text(i.Name), Text(i.Target.Text), Text(i.Actual.Text), Number(i.Weight), Number(s.Score), Text(i.DeviationReason ?? "")]));
        }
        var weights = score.Method.Execution.Weight + e.Indicators.Sum(i => i.Weight);
        rows.Add(new TableRow("总分", RowRole.Total,
            [Text(w.Phrase("pe.total")), TableCell.Blank, TableCell.Blank, TableCell.Blank, TableCell.Blank, Number(weights), Number(score.Total), Text(w.Phrase("pe.gradeCell", ("grade", score.Grade)))]));
        var indicators = new DisclosureTable(id + "-indicators", "", w.Phrase("pe.indicatorsTitle"), "", fiscalYear, "",
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            [[new HeaderCell("一级指标"), new HeaderCell("二级指标"), new HeaderCell("三级指标"), new HeaderCell("年度指标值"), new HeaderCell("实际完成值"),
              new HeaderCell("分值"), new HeaderCell("得分"), new HeaderCell("偏差原因分析及改进措施")]],
            rows, null);
        w.Add(new TableBlock(indicators));
        Summary(w, score);
        var title = e.Kind == EvaluationKind.Department ? "pe.departmentTableTitle" : "pe.tablePart";
        return new DocumentPart(id, w.Phrase(title, ("name", e.Name)), w.TakeBlocks());
    }

    /// <summary>How the total was reached, in one sentence (and the rescaling, when it applied).</summary>
    private static void Summary(BlockWriter w, EvaluationScore score)
    {
        var indicatorScore = Scorer.Number(score.Indicators.Sum(s => s.Score ?? 0m));
        var values = new (string, object?)[]
        {
            ("method", score.Method.Name), ("version", score.Method.Version), ("indicatorScore", indicatorScore),
            ("total", Scorer.Number(score.Total)), ("grade", score.Grade),
        };
        var sentence = score.ExecutionRate is { } r
            ? w.Sentence("pe.summary", [.. values, ("rate", w.Format.Percent(r)), ("executionScore", Scorer.Number(score.ExecutionScore!.Value))])
            : w.Sentence("pe.summaryNoRate", values);
        var rescaled = score.Method.Rescale && score.Possible != 100m ? w.Sentence("pe.rescaled", ("possible", Scorer.Number(score.Possible))) : [];
        w.Paragraph(sentence, rescaled);
    }

    private static DocumentPart Report(BlockWriter w, EvaluationScore score, string id)
    {
        var e = score.Evaluation;
        var t = e.Report;
        var m = w.Format;
        void Text(string? text) { if (string.IsNullOrWhiteSpace(text)) w.Paragraph(w.Sentence("pe.none")); else w.FreeText(text); }

        w.Heading(1, "pe.r1", id + "-1");
        w.Heading(2, "pe.r1.1", id + "-1-1");
        Text(t.Overview);
        w.Heading(2, "pe.r1.2", id + "-1-2");
        w.FreeText(t.FundsArrangement);
        var f = e.Funds.Total;
        var funds = new (string, object?)[] { ("yearStart", m.Money(f.YearStart)), ("fullYear", m.Money(f.FullYear)), ("executed", m.Money(f.Executed)) };
        w.Paragraph(score.ExecutionRate is { } rate ? w.Sentence("pe.r1.2.text", [.. funds, ("rate", m.Percent(rate))]) : w.Sentence("pe.r1.2.textNoRate", funds));
        w.Heading(2, "pe.r1.3", id + "-1-3");
        if (e.Goal is { } goal) w.Paragraph(w.Sentence("pe.r1.3.goal", ("goal", goal)));
        var groups = e.Indicators.GroupBy(i => i.Level1).Select(g => w.Phrase("pe.r1.3.group",
            ("level1", g.Key), ("count", g.Count().ToString(CultureInfo.InvariantCulture)), ("level2", BlockWriter.Join(g.Select(i => i.Level2).Distinct(), "、"))));
        w.Paragraph(w.Sentence("pe.r1.3.indicators", ("count", e.Indicators.Count.ToString(CultureInfo.InvariantCulture)), ("groups", BlockWriter.Join(groups))));

        w.Heading(1, "pe.r2", id + "-2");
        Text(t.Implementation);

        w.Heading(1, "pe.r3", id + "-3");
        w.Heading(2, "pe.r3.1", id + "-3-1");
        Text(t.ScopeAndPurpose);
        w.Heading(2, "pe.r3.2", id + "-3-2");
        w.FreeText(t.MethodAndProcess);
        w.Paragraph(w.Sentence("pe.r3.2.method", ("method", score.Method.Name), ("basis", score.Method.Basis)));

        w.Heading(1, "pe.r4", id + "-4");
        var met = score.Indicators.Count(s => s.Status == IndicatorStatus.Met);
        var notMet = score.Indicators.Count(s => s.Status is IndicatorStatus.PartlyMet or IndicatorStatus.NotMet);
        w.Paragraph(w.Sentence("pe.r4.score", ("total", Scorer.Number(score.Total)), ("grade", score.Grade),
            ("metCount", met.ToString(CultureInfo.InvariantCulture)), ("notMetCount", notMet.ToString(CultureInfo.InvariantCulture))));
        w.FreeText(t.Conclusion);

        w.Heading(1, "pe.r5", id + "-5");
        w.Heading(2, "pe.r5.decision", id + "-5-1");
        Text(t.DecisionAnalysis);
        w.Heading(2, "pe.r5.process", id + "-5-2");
        Text(t.ProcessAnalysis);
        var index = 2;
        foreach (var group in score.Indicators.GroupBy(s => s.Indicator.Level1))
        {
            w.Heading(2, "pe.r5.level1", $"{id}-5-{++index}", ("index", Chinese(index)), ("level1", group.Key));
            w.Paragraph(w.Sentence("pe.r5.level1.text", ("level1", group.Key), ("count", group.Count().ToString(CultureInfo.InvariantCulture)),
                ("weight", Scorer.Number(group.Sum(s => s.Indicator.Weight))), ("score", Scorer.Number(group.Sum(s => s.Score ?? 0m)))));
            foreach (var s in group.Where(s => s.Status != IndicatorStatus.Met))
                w.Add(Paragraph.Of($"{s.Indicator.Name}：{s.Explanation}。"));
        }

        w.Heading(1, "pe.r6", id + "-6");
        Text(t.Experience);
        w.Heading(1, "pe.r7", id + "-7");
        var shortfalls = score.Indicators.Where(s => s.Status is IndicatorStatus.PartlyMet or IndicatorStatus.NotMet).Select(s => s.Indicator.Name).ToArray();
        if (shortfalls.Length > 0) w.Paragraph(w.Sentence("pe.r7.notMet", ("items", BlockWriter.Join(shortfalls, "、"))));
        if (score.ExecutionRate is { } low && low.Points < 90m) w.Paragraph(w.Sentence("pe.r7.lowExecution", ("rate", m.Percent(low))));
        w.FreeText(t.Problems);
        w.Heading(1, "pe.r8", id + "-8");
        Text(t.Suggestions);
        w.Heading(1, "pe.r9", id + "-9");
        Text(t.Other);
        return new DocumentPart(id, w.Phrase("pe.reportPart", ("name", e.Name)), w.TakeBlocks());
    }

    private static string Chinese(int n) => TemplateText.ChineseNumber(n);
}
