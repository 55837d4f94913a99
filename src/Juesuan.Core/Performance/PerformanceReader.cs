using System.Text.Json;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.DocumentModel;
using Juesuan.Errors;

namespace Juesuan.Performance;

/// <summary>绩效自评文件 — a unit's self-evaluations for one year, and the scoring method they name.</summary>
public sealed record PerformanceFile(int FiscalYear, string? Method, IReadOnlyList<ProjectEvaluation> Evaluations);

/// <summary>The outcome of reading a performance file: the file, or every problem found.</summary>
public sealed record PerformanceReadResult(PerformanceFile? File, IReadOnlyList<FileError> Errors);

/// <summary>
/// 绩效自评文件读取 — reads the performance JSON format (docs/performance-format.md). Structural problems
/// are collected with their JSON path and their place as the self-evaluation table names it, in Chinese; targets and actuals that cannot be read are kept as
/// written and reported by the checks, because imported tables contain such forms.
/// </summary>
public static class PerformanceReader
{
    public const string FormatId = "juesuan.performance/1";

    private static readonly Dictionary<string, EvaluationKind> Kinds = new()
    {
        ["project"] = EvaluationKind.Project,
        ["department"] = EvaluationKind.Department,
    };

    private static readonly Dictionary<string, Reconciliation> Reconciliations = new()
    {
        ["none"] = Reconciliation.None,
        ["threePublic"] = Reconciliation.ThreePublic,
        ["projectExecuted"] = Reconciliation.ProjectExecuted,
        ["basicExpenditure"] = Reconciliation.BasicExpenditure,
    };

    private static string KindName(EvaluationKind kind) => kind == EvaluationKind.Department ? "部门整体支出" : "项目支出";

    private static string ReconciliationName(Reconciliation reconciliation) => reconciliation switch
    {
        Reconciliation.None => "不与决算数据核对",
        Reconciliation.ThreePublic => "一般公共预算财政拨款“三公”经费决算数",
        Reconciliation.ProjectExecuted => "项目全年执行数",
        Reconciliation.BasicExpenditure => "基本支出",
        _ => "按指标名称判断",
    };

    public static PerformanceReadResult Read(string json, string fileName)
    {
        var errors = new List<FileError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return new PerformanceReadResult(null, [JsonWalker.SyntaxError(fileName, e, json, maxDepth: 64)]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new PerformanceReadResult(null, [new FileError(ErrorCodes.WrongType, ErrorLocation.AtPath(fileName, "$"), "文件内容应为一个 JSON 对象")]);
            errors.AddRange(JsonWalker.DuplicateKeys(document.RootElement, fileName));
            var root = new JsonWalker(document.RootElement, "$", fileName, errors);
            var format = root.String("format", "文件格式标识", required: true);
            if (format is not null && format != FormatId) root.Error(ErrorCodes.NotAllowed, "$.format", $"文件格式标识应为“{FormatId}”，实际为“{format}”");
            var year = root.Int("fiscalYear", "年度", required: true, min: 2000, max: 2100);
            var method = root.String("method", "计分方法");
            root.String("notes", "文件说明");
            var evaluations = root.Objects("evaluations", "绩效自评", required: true).Select(ReadEvaluation).ToArray();
            root.Done();
            var ok = errors.Count == 0 && year is not null && evaluations.All(e => e is not null);
            return new PerformanceReadResult(ok ? new PerformanceFile(year!.Value, method, evaluations!) : null, errors);
        }
    }

    private static ProjectEvaluation? ReadEvaluation(JsonWalker w)
    {
        var kind = w.Enum("kind", "评价对象", Kinds, KindName) ?? EvaluationKind.Project;
        var name = w.String("name", "项目名称", required: true);
        var projectId = w.String("projectId", "决算数据中的项目编号");
        var department = w.String("competentDepartment", "主管部门", required: true);
        var unit = w.String("implementingUnit", "实施单位", required: true);
        var funds = ReadFunds(w.Object("funds", "项目资金", required: true));
        var goal = w.String("goal", "年度总体目标");
        var achieved = w.String("achieved", "实际完成情况");
        var groupWeights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, value, path) in w.Entries("groupWeights", "各级指标分值"))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d >= 0) groupWeights[key] = d;
            else w.Error(ErrorCodes.WrongType, path, $"分值应为不小于0的数字，实际为{JsonWalker.Describe(value)}", label: w.Here($"各级指标分值“{key}”"));
        }
        var statedTotal = Score(w, "statedTotal", "自评得分");
        var statedExecution = Score(w, "statedExecutionScore", "预算执行率得分");
        var indicators = new List<Indicator>();
        foreach (var i in w.Objects("indicators", "绩效指标", required: true))
        {
            var indicator = ReadIndicator(i);
            i.Done();
            if (indicator is not null) indicators.Add(indicator);
        }
        var report = ReadReport(w.Object("report", "评价报告"));
        w.Done();
        return name is null || department is null || unit is null || funds is null
            ? null
            : new ProjectEvaluation(kind, name, projectId, department, unit, funds, goal, achieved, indicators, groupWeights, statedTotal, statedExecution, report);
    }

    private static decimal? Score(JsonWalker w, string name, string label)
    {
        if (w.Field(name, label, required: false) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) && d >= 0) return d;
        w.Error(ErrorCodes.WrongType, w.Path + "." + name, $"{label}应为不小于0的数字，实际为{JsonWalker.Describe(v)}", label: w.Here(label));
        return null;
    }

    private static FundsBlock? ReadFunds(JsonWalker? w)
    {
        if (w is null) return null;
        FundsRow? Row(string name, string label, bool required)
        {
            if (w.Object(name, label, required) is not { } r) return null;
            var row = new FundsRow(
                r.Amount("yearStart", label + "年初预算数") ?? Amount.Zero,
                r.Amount("fullYear", label + "全年预算数", required: true) ?? Amount.Zero,
                r.Amount("executed", label + "全年执行数", required: true) ?? Amount.Zero);
            r.Done();
            return row;
        }
        var total = Row("total", "年度资金总额", required: true);
        var block = new FundsBlock(total ?? new FundsRow(Amount.Zero, Amount.Zero, Amount.Zero),
            Row("currentAppropriation", "当年财政拨款", false), Row("carriedOver", "上年结转资金", false), Row("other", "其他资金", false));
        w.Done();
        return total is null ? null : block;
    }

    private static Indicator? ReadIndicator(JsonWalker w)
    {
        var level1 = w.String("level1", "一级指标", required: true);
        var level2 = w.String("level2", "二级指标", required: true);
        var name = w.String("name", "三级指标", required: true);
        var weight = Score(w, "weight", "分值");
        if (!w.Has("weight")) w.Error(ErrorCodes.Missing, w.Path + ".weight", "缺少必填项“分值”", "文件中的字段名为“weight”", w.Here("分值"));
        var target = w.String("target", "年度指标值", required: true);
        var actual = w.String("actual", "实际完成值", required: true);
        var stated = Score(w, "statedScore", "得分");
        var reason = w.String("deviationReason", "偏差原因分析及改进措施");
        var applicable = w.Bool("applicable", "是否适用") ?? true;
        var reconcile = w.Enum("reconcileWith", "核对口径", Reconciliations, ReconciliationName) ?? Reconciliation.Inferred;
        if (level1 is null || level2 is null || name is null || weight is null || target is null || actual is null) return null;
        return new Indicator(level1, level2, name, weight.Value, TargetReader.ReadTarget(target), TargetReader.ReadActual(actual), stated,
            string.IsNullOrWhiteSpace(reason) ? null : reason, applicable, reconcile);
    }

    private static EvaluationReportTexts ReadReport(JsonWalker? w)
    {
        if (w is null) return EvaluationReportTexts.None;
        var report = new EvaluationReportTexts(
            w.String("overview", "项目概况"), w.String("fundsArrangement", "资金安排及使用情况"), w.String("implementation", "项目实施情况"),
            w.String("scopeAndPurpose", "评价范围及目的"), w.String("methodAndProcess", "评价体系、方法及实施"), w.String("conclusion", "评价结论"),
            w.String("decisionAnalysis", "决策指标分析"), w.String("processAnalysis", "过程指标分析"), w.String("experience", "主要经验及做法"),
            w.String("problems", "存在的问题"), w.String("suggestions", "相关建议"), w.String("other", "其他需要说明的事项"));
        w.Done();
        return report;
    }
}
