using System.Globalization;
using System.Text.Json.Nodes;
using Juesuan.Amounts;
using Juesuan.Performance;

namespace Juesuan.Web.Work;

/// <summary>
/// 绩效自评表单 — moves the editable parts of a self-evaluation file (each evaluation's fund total and
/// its indicators: name, weight, target, actual, whether it applies, deviation reason) between the JSON
/// and a form. Field names are JSON paths, as in <see cref="AccountsForm"/>.
/// </summary>
public static class PerformanceForm
{
    public static readonly IReadOnlyList<(string Path, string Label)> FundColumns =
        [("yearStart", "年初预算数"), ("fullYear", "全年预算数"), ("executed", "全年执行数")];

    public static readonly IReadOnlyList<(string Path, string Label)> TextColumns =
        [("name", "三级指标"), ("target", "年度指标值"), ("actual", "实际完成值"), ("deviationReason", "偏差原因分析及改进措施")];

    public static string Fund(int evaluation, string column) => $"evaluations[{evaluation}].funds.total.{column}";

    public static string Cell(int evaluation, int indicator, string column) => $"evaluations[{evaluation}].indicators[{indicator}].{column}";

    /// <summary>The stored file with what the form holds written over the editable parts.</summary>
    public static JsonObject Apply(JsonObject stored, IFormCollection form)
    {
        var root = (JsonObject)stored.DeepClone();
        var evaluations = root["evaluations"] as JsonArray ?? [];
        for (var i = 0; i < evaluations.Count; i++)
        {
            if (evaluations[i] is not JsonObject evaluation) continue;
            if (evaluation["funds"]?["total"] is JsonObject total)
            {
                foreach (var (column, _) in FundColumns)
                    if (form.ContainsKey(Fund(i, column))) total[column] = Number(form[Fund(i, column)].ToString());
            }
            var indicators = evaluation["indicators"] as JsonArray ?? [];
            for (var j = 0; j < indicators.Count; j++)
            {
                if (indicators[j] is not JsonObject indicator || !form.ContainsKey(Cell(i, j, "weight"))) continue;
                indicator["weight"] = Number(form[Cell(i, j, "weight")].ToString());
                foreach (var (column, _) in TextColumns)
                {
                    var text = form[Cell(i, j, column)].ToString().Trim();
                    if (text.Length == 0 && column == "deviationReason") indicator.Remove(column);
                    else indicator[column] = text;
                }
                if (form[Cell(i, j, "applicable")] == "true") indicator.Remove("applicable");
                else indicator["applicable"] = false;
            }
        }
        return root;
    }

    private static JsonNode? Number(string text)
    {
        var trimmed = text.Trim().Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? JsonValue.Create(d) : JsonValue.Create(text.Trim());
    }

    /// <summary>The score cells of a page by element id, as the page and the live update both show them.</summary>
    public static Dictionary<string, string> Cells(IReadOnlyList<EvaluationScore> scores)
    {
        var cells = new Dictionary<string, string>();
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            cells[$"rate-{i}"] = score.ExecutionRate is { } rate ? MoneyFormat.Percent(rate.Points) : "—";
            cells[$"exec-{i}"] = Points(score.ExecutionScore) + " / " + Points(score.Method.Execution.Weight);
            cells[$"total-{i}"] = Points(score.Total);
            cells[$"grade-{i}"] = score.Grade;
            for (var j = 0; j < score.Indicators.Count; j++)
            {
                cells[$"s-{i}-{j}"] = Points(score.Indicators[j].Score);
                cells[$"x-{i}-{j}"] = score.Indicators[j].Explanation;
            }
        }
        return cells;
    }

    private static string Points(decimal? points) => points is { } p ? Scorer.Number(p) : "—";
}
