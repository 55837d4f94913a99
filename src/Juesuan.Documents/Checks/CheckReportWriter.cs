using System.Globalization;
using System.Text;
using System.Text.Json;
using Juesuan.Checks;
using Juesuan.Documents.Csv;
using Juesuan.Documents.Json;

namespace Juesuan.Documents.Checks;

/// <summary>检查报告的输出 — the report as text for people (Chinese, grouped by severity and table), JSON and CSV for machines.</summary>
public static class CheckReportWriter
{
    /// <param name="names">The tables as the checked document names them (its layout's codes or titles); the central layout of 2021's by default.</param>
    public static string Text(CheckReport report, RuleCatalogue catalogue, PlaceNames? names = null)
    {
        names ??= PlaceNames.Central;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{report.UnitName} {report.FiscalYear}年度决算检查（检查日期：{report.AsOf:yyyy-MM-dd}）\n");
        var byStatus = report.Coverage.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        sb.Append(CultureInfo.InvariantCulture,
            $"阻断 {report.Count(Severity.Blocking)} 项，警告 {report.Count(Severity.Warning)} 项，提示 {report.Count(Severity.Info)} 项；" +
            $"规则 {report.Coverage.Count} 条：通过 {byStatus.GetValueOrDefault(CoverageStatus.Passed)}，未通过 {byStatus.GetValueOrDefault(CoverageStatus.Failed)}，" +
            $"不适用 {byStatus.GetValueOrDefault(CoverageStatus.NotApplicable)}，数据不足 {byStatus.GetValueOrDefault(CoverageStatus.NotEnoughData)}（网页上的“已检查的规则”为通过与未通过之和）。\n");
        if (report.Overrides.Count > 0)
        {
            sb.Append("\n本次检查采用的配置调整：\n");
            foreach (var o in report.Overrides) sb.Append("  · ").Append(o).Append('\n');
        }
        foreach (var severity in new[] { Severity.Blocking, Severity.Warning, Severity.Info })
        {
            var findings = report.Findings.Where(f => f.Severity == severity).ToArray();
            if (findings.Length == 0) continue;
            sb.Append(CultureInfo.InvariantCulture, $"\n【{RuleCatalogue.SeverityName(severity)}】{findings.Length} 项\n");
            foreach (var group in findings.GroupBy(f => f.Location.Table))
            {
                sb.Append("  ").Append(group.Key is { } t ? names.Name(new FindingLocation(t)).Describe() : "情况说明及其他").Append('\n');
                foreach (var f in group)
                {
                    var title = names.Fill(catalogue.Find(f.RuleId)?.Title ?? "");
                    sb.Append(CultureInfo.InvariantCulture, $"    [{f.RuleId} {title}] {f.Message}\n");
                    sb.Append("      位置：").Append(f.Location.Describe()).Append('\n');
                    sb.Append("      修改建议：").Append(f.Hint).Append('\n');
                }
            }
        }
        var notRun = report.Coverage.Where(c => c.Status == CoverageStatus.NotEnoughData).ToArray();
        if (notRun.Length > 0)
        {
            sb.Append("\n数据不足、未能检查的规则：\n");
            foreach (var c in notRun) sb.Append("  ").Append(c.RuleId).Append(' ').Append(names.Fill(catalogue.Find(c.RuleId)?.Title ?? "")).Append('\n');
        }
        return sb.ToString();
    }

    public static string JsonText(CheckReport report) => JsonSerializer.Serialize(report, DocumentJson.Options) + "\n";

    /// <summary>One finding a line, UTF-8 with BOM so Excel opens it in Chinese.</summary>
    public static string Csv(CheckReport report)
    {
        var sb = new StringBuilder("\uFEFF");
        CsvText.Line(sb, ["规则", "严重程度", "类别", "表", "行", "列", "情况说明", "数据项", "填报值", "复算值", "差额", "允许误差", "问题", "修改建议", "指纹"]);
        foreach (var f in report.Findings)
            CsvText.Line(sb,
            [
                f.RuleId, RuleCatalogue.SeverityName(f.Severity), RuleCatalogue.CategoryName(f.Category),
                f.Location.Table ?? "", f.Location.Row ?? "", f.Location.Column ?? "", f.Location.Section ?? "", f.Location.Field ?? "",
                Number(f.Stated), Number(f.Recomputed), Number(f.Difference), Number(f.Tolerance), f.Message, f.Hint, f.Fingerprint,
            ]);
        return sb.ToString();
    }

    private static string Number(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "";
}
