using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Performance;

/// <summary>评价对象 — a project's expenditure (项目支出) or a department's whole expenditure (部门整体支出).</summary>
public enum EvaluationKind
{
    /// <summary>项目支出绩效自评.</summary>
    Project,

    /// <summary>部门整体支出绩效自评.</summary>
    Department,
}

/// <summary>
/// 绩效自评 — one self-evaluation: what is evaluated, its funds and their execution, the annual goal
/// and what was achieved, the indicator tree with targets, actuals and weights, the scores the unit
/// stated (when imported), and the texts of the evaluation report.
/// </summary>
/// <param name="ProjectId">The project in the accounts this evaluates (<c>projects[].id</c>), when there is one.</param>
/// <param name="CompetentDepartment">主管部门.</param>
/// <param name="ImplementingUnit">实施单位.</param>
/// <param name="Goal">年度总体目标（预期目标）.</param>
/// <param name="Achieved">实际完成情况.</param>
/// <param name="StatedTotal">自评得分 as the unit stated it, if any.</param>
/// <param name="StatedExecutionScore">预算执行率得分 as stated, if any.</param>
public sealed record ProjectEvaluation(
    EvaluationKind Kind,
    string Name,
    string? ProjectId,
    string CompetentDepartment,
    string ImplementingUnit,
    FundsBlock Funds,
    string? Goal,
    string? Achieved,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyDictionary<string, decimal> GroupWeights,
    decimal? StatedTotal,
    decimal? StatedExecutionScore,
    EvaluationReportTexts Report);

/// <summary>
/// 项目资金 — the funds block: 年度资金总额 and its parts 当年财政拨款, 上年结转资金, 其他资金; each with
/// 年初预算数, 全年预算数 and 全年执行数. The parts are optional; the total is required.
/// </summary>
public sealed record FundsBlock(FundsRow Total, FundsRow? CurrentAppropriation, FundsRow? CarriedOver, FundsRow? Other)
{
    public IEnumerable<(string Name, FundsRow? Row)> Parts =>
        [("当年财政拨款", CurrentAppropriation), ("上年结转资金", CarriedOver), ("其他资金", Other)];
}

/// <summary>资金一行: 年初预算数, 全年预算数 (A), 全年执行数 (B).</summary>
public sealed record FundsRow(Amount YearStart, Amount FullYear, Amount Executed);

/// <summary>
/// 三级指标 — one indicator of the tree, under its 一级 and 二级 indicator, with the target and actual
/// as written (and as read), its weight (分值), the stated score and the deviation reason.
/// </summary>
/// <param name="Level1">一级指标: 产出指标, 效益指标, 满意度指标, 成本指标 (or a department tree's own).</param>
/// <param name="Level2">二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标 ….</param>
/// <param name="Applicable">False for an indicator that does not apply (not scored; the others are rescaled).</param>
/// <param name="ReconcileWith">The figure of the accounts a cost indicator must agree with; inferred from the name when not given.</param>
public sealed record Indicator(
    string Level1,
    string Level2,
    string Name,
    decimal Weight,
    Target Target,
    Actual Actual,
    decimal? StatedScore,
    string? DeviationReason,
    bool Applicable = true,
    Reconciliation ReconcileWith = Reconciliation.Inferred);

/// <summary>成本指标的核对口径 — the accounts figure a cost indicator's actual must agree with.</summary>
public enum Reconciliation
{
    /// <summary>Inferred from the indicator's name (三公 → 三公经费, 项目支出 → 项目执行数, 基本支出 → 基本支出).</summary>
    Inferred,

    /// <summary>Not reconciled.</summary>
    None,

    /// <summary>一般公共预算财政拨款“三公”经费决算数.</summary>
    ThreePublic,

    /// <summary>The evaluated project's 全年执行数 in the accounts.</summary>
    ProjectExecuted,

    /// <summary>基本支出.</summary>
    BasicExpenditure,
}

/// <summary>项目绩效评价报告 — the report's free texts, by the seed's section structure.</summary>
public sealed record EvaluationReportTexts(
    string? Overview,
    string? FundsArrangement,
    string? Implementation,
    string? ScopeAndPurpose,
    string? MethodAndProcess,
    string? Conclusion,
    string? DecisionAnalysis,
    string? ProcessAnalysis,
    string? Experience,
    string? Problems,
    string? Suggestions,
    string? Other)
{
    public static readonly EvaluationReportTexts None = new(null, null, null, null, null, null, null, null, null, null, null, null);
}
