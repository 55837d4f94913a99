using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Checks;
using Juesuan.DocumentModel;

namespace Juesuan.Performance;

/// <summary>What the performance checks look at: one evaluation, its computed score and, when given, the unit's accounts.</summary>
public sealed class PerformanceContext(EvaluationScore score, UnitAccounts? accounts)
{
    public EvaluationScore Score { get; } = score;
    public ProjectEvaluation Evaluation => Score.Evaluation;
    public UnitAccounts? Accounts { get; } = accounts;
    public AccountsFigures? Figures { get; } = accounts is null ? null : new AccountsFigures(accounts);
    public MoneyFormat Format { get; } = new(AmountUnit.Yuan);

    /// <summary>The project of the accounts this evaluation names, if any.</summary>
    public Project? Project => Evaluation.ProjectId is { } id ? Accounts?.Projects.FirstOrDefault(p => p.Id == id) : null;
}

/// <summary>The performance rule catalogue and its built-in checks.</summary>
public static class PerformanceRules
{
    public static IReadOnlyList<IRuleCheck<PerformanceContext>> All { get; } =
    [
        new WeightsTotalCheck(), new GroupWeightsCheck(), new FundsPresentCheck(), new FundsPartsCheck(),
        new StatedScoreCheck(), new StatedTotalCheck(), new ScoreAboveWeightCheck(), new DeviationReasonCheck(),
        new CostIndicatorCheck(), new ReverseOperatorCheck(), new ReadableCheck(), new QualitativeBandCheck(), new ProjectMatchesAccountsCheck(),
    ];

    public static IReadOnlyDictionary<string, IRuleCheck<PerformanceContext>> ByName { get; } = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static readonly RuleCatalogue.Kind Kind = new("Juesuan.Performance.Rules.performance.json", "performance.json",
        All.ToDictionary(c => c.Name, c => (ICheckDescriptor)c, StringComparer.Ordinal), AllowsFormulas: false);

    private static readonly Lazy<RuleCatalogue> Shipped = new(() => RuleCatalogue.Shipped(Kind));

    public static RuleCatalogue Builtin => Shipped.Value;

    /// <summary>Checks one scored evaluation against a performance catalogue.</summary>
    public static CheckReport Check(PerformanceContext context, RuleCatalogue catalogue, int fiscalYear, DateOnly asOf) =>
        CheckRunner.Run(catalogue, context.Evaluation.Name, fiscalYear, asOf, rule => ByName[rule.Check!].Run(context, rule));

    /// <summary>Every scored evaluation of a file checked by the built-in rules, against the unit's accounts where given.</summary>
    public static IReadOnlyList<CheckedEvaluation> Check(IEnumerable<EvaluationScore> scores, UnitAccounts? accounts, int fiscalYear, DateOnly asOf) =>
        [.. scores.Select(s => new CheckedEvaluation(s, Check(new PerformanceContext(s, accounts), Builtin, fiscalYear, asOf)))];

    /// <summary>A self-evaluation file scored by the method given (else the one it names, else the default) and checked, against the unit's accounts where given.</summary>
    public static IReadOnlyList<CheckedEvaluation> ScoreAndCheck(PerformanceFile file, UnitAccounts? accounts, DateOnly asOf, ScoringMethod? method = null)
    {
        var scoring = method ?? ScoringMethod.Find(file.Method ?? ScoringMethod.DefaultId)!;
        return Check(file.Evaluations.Select(e => Scorer.Score(e, scoring)), accounts, file.FiscalYear, asOf);
    }
}

/// <summary>一个项目的自评结果及其检查 — an evaluation's computed score and the performance checks on it.</summary>
public sealed record CheckedEvaluation(EvaluationScore Score, CheckReport Report)
{
    public bool HasBlocking => Report.HasBlocking;
}

internal abstract class PerformanceCheck : IRuleCheck<PerformanceContext>
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<string> Values { get; }
    public virtual IReadOnlyList<string> Thresholds => [];
    public abstract IEnumerable<CheckResult> Run(PerformanceContext context, RuleDefinition rule);

    protected static Dictionary<string, string> V(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    protected static string N(decimal d) => Scorer.Number(d);

    protected static FindingLocation At(Indicator i, string field) => new(Section: i.Level1 + "/" + i.Level2, Field: $"indicators[{i.Name}].{field}");

    protected static IEnumerable<IndicatorScore> Scored(PerformanceContext c) => c.Score.Indicators;
}

/// <summary>权重合计为100 (PF-1): 预算执行率 and the indicators' weights.</summary>
internal sealed class WeightsTotalCheck : PerformanceCheck
{
    public override string Name => "weightsTotal";
    public override IReadOnlyList<string> Values => ["execution", "indicators", "total"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        var execution = c.Score.Method.Execution.Weight;
        var indicators = c.Evaluation.Indicators.Sum(i => i.Weight);
        yield return execution + indicators == 100m
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Field: "indicators[].weight"), V(("execution", N(execution)), ("indicators", N(indicators)), ("total", N(execution + indicators))),
                execution + indicators, 100m);
    }
}

/// <summary>各级指标分值等于下级之和 (PF-2): a stated 一级 (or "一级/二级") weight is the sum of the indicators under it.</summary>
internal sealed class GroupWeightsCheck : PerformanceCheck
{
    public override string Name => "groupWeights";
    public override IReadOnlyList<string> Values => ["group", "stated", "sum"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        if (c.Evaluation.GroupWeights.Count == 0) { yield return CheckResult.NotEnoughData; yield break; }
        foreach (var (group, stated) in c.Evaluation.GroupWeights)
        {
            var parts = group.Split('/');
            var sum = c.Evaluation.Indicators.Where(i => i.Level1 == parts[0] && (parts.Length == 1 || i.Level2 == parts[1])).Sum(i => i.Weight);
            yield return sum == stated
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Section: group, Field: $"groupWeights.{group}"), V(("group", group), ("stated", N(stated)), ("sum", N(sum))), stated, sum);
        }
    }
}

/// <summary>资金情况完整 (PF-3): 全年预算数 stated, so that 预算执行率 can be computed.</summary>
internal sealed class FundsPresentCheck : PerformanceCheck
{
    public override string Name => "fundsPresent";
    public override IReadOnlyList<string> Values => ["executed"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        yield return c.Score.ExecutionRate is not null
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Field: "funds.total.fullYear"), V(("executed", c.Format.Money(c.Evaluation.Funds.Total.Executed))));
    }
}

/// <summary>资金构成 (PF-4): 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, in each column, when the parts are given.</summary>
internal sealed class FundsPartsCheck : PerformanceCheck
{
    public override string Name => "fundsParts";
    public override IReadOnlyList<string> Values => ["column", "total", "sum"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        var f = c.Evaluation.Funds;
        var parts = f.Parts.Select(p => p.Row).OfType<FundsRow>().ToArray();
        if (parts.Length == 0) { yield return CheckResult.NotApplicable; yield break; }
        foreach (var (column, pick) in new (string, Func<FundsRow, Amount>)[] { ("年初预算数", r => r.YearStart), ("全年预算数", r => r.FullYear), ("全年执行数", r => r.Executed) })
        {
            var sum = parts.Sum(pick);
            yield return sum == pick(f.Total)
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Field: "funds.total"), V(("column", column), ("total", c.Format.Money(pick(f.Total))), ("sum", c.Format.Money(sum))),
                    pick(f.Total).Yuan, sum.Yuan);
        }
    }
}

/// <summary>指标得分与计算不符 (PF-5).</summary>
internal sealed class StatedScoreCheck : PerformanceCheck
{
    public override string Name => "statedScore";
    public override IReadOnlyList<string> Values => ["indicator", "stated", "computed", "how"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        foreach (var s in Scored(c))
        {
            if (s.Indicator.StatedScore is not { } stated || s.Score is not { } computed) { yield return CheckResult.NotApplicable; continue; }
            yield return stated == computed
                ? CheckResult.Pass
                : CheckResult.Fail(At(s.Indicator, "statedScore"), V(("indicator", s.Indicator.Name), ("stated", N(stated)), ("computed", N(computed)), ("how", s.Explanation)), stated, computed);
        }
    }
}

/// <summary>自评总分与计算不符 (PF-6).</summary>
internal sealed class StatedTotalCheck : PerformanceCheck
{
    public override string Name => "statedTotal";
    public override IReadOnlyList<string> Values => ["stated", "computed", "grade", "execution"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        if (c.Evaluation.StatedTotal is not { } stated) { yield return CheckResult.NotApplicable; yield break; }
        var execution = c.Score.ExecutionRate is { } r ? c.Format.Percent(r) : "无法计算";
        yield return stated == c.Score.Total
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Field: "statedTotal"), V(("stated", N(stated)), ("computed", N(c.Score.Total)), ("grade", c.Score.Grade), ("execution", execution)),
                stated, c.Score.Total);
    }
}

/// <summary>得分超过分值 (PF-7).</summary>
internal sealed class ScoreAboveWeightCheck : PerformanceCheck
{
    public override string Name => "scoreAboveWeight";
    public override IReadOnlyList<string> Values => ["indicator", "stated", "weight"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        foreach (var i in c.Evaluation.Indicators)
        {
            if (i.StatedScore is not { } stated) { yield return CheckResult.NotApplicable; continue; }
            yield return stated <= i.Weight
                ? CheckResult.Pass
                : CheckResult.Fail(At(i, "statedScore"), V(("indicator", i.Name), ("stated", N(stated)), ("weight", N(i.Weight))), stated, i.Weight);
        }
    }
}

/// <summary>未完成指标须说明偏差原因 (PF-8).</summary>
internal sealed class DeviationReasonCheck : PerformanceCheck
{
    public override string Name => "deviationReason";
    public override IReadOnlyList<string> Values => ["indicator", "target", "actual"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        foreach (var s in Scored(c))
        {
            if (s.Status is not (IndicatorStatus.PartlyMet or IndicatorStatus.NotMet)) { yield return CheckResult.NotApplicable; continue; }
            yield return s.Indicator.DeviationReason is not null
                ? CheckResult.Pass
                : CheckResult.Fail(At(s.Indicator, "deviationReason"), V(("indicator", s.Indicator.Name), ("target", s.Indicator.Target.Text), ("actual", s.Indicator.Actual.Text)));
        }
    }
}

/// <summary>
/// 成本指标与决算数据一致 (PF-9): a cost indicator's actual, read with its stated precision (rounded or
/// truncated), must contain the figure of the accounts it measures.
/// </summary>
internal sealed class CostIndicatorCheck : PerformanceCheck
{
    public override string Name => "costIndicator";
    public override IReadOnlyList<string> Values => ["indicator", "actual", "figure", "accounts"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        var any = false;
        foreach (var i in c.Evaluation.Indicators)
        {
            var reconcile = i.ReconcileWith == Reconciliation.Inferred ? Infer(i.Name) : i.ReconcileWith;
            if (reconcile == Reconciliation.None) continue;
            any = true;
            if (c.Accounts is null || c.Figures is null || i.Actual.Measure is not { Kind: MeasureKind.Money } actual) { yield return CheckResult.NotEnoughData; continue; }
            (string Figure, Amount? Value) figure = reconcile switch
            {
                Reconciliation.ThreePublic => ("一般公共预算财政拨款“三公”经费决算数", c.Accounts.ThreePublic.Actual.Total),
                Reconciliation.ProjectExecuted => ("项目全年执行数", c.Project?.Executed),
                _ => ("基本支出", c.Figures.ExpenditureByKind[ExpenditureKind.Basic]),
            };
            if (figure.Value is not { } value) { yield return CheckResult.NotEnoughData; continue; }
            var (low, high) = actual.Interval;
            yield return value.Yuan >= low && value.Yuan < high
                ? CheckResult.Pass
                : CheckResult.Fail(At(i, "actual"), V(("indicator", i.Name), ("actual", i.Actual.Text), ("figure", figure.Figure), ("accounts", c.Format.Money(value))),
                    actual.Value, value.Yuan);
        }
        if (!any) yield return CheckResult.NotApplicable;
    }

    public static Reconciliation Infer(string name) =>
        name.Contains("三公") ? Reconciliation.ThreePublic
        : name.Contains("项目支出") || name.Contains("项目成本") ? Reconciliation.ProjectExecuted
        : name.Contains("基本支出") ? Reconciliation.BasicExpenditure
        : Reconciliation.None;
}

/// <summary>反向指标的方向 (PF-10): ≤ or &lt; on an indicator whose name reads as "more is better" (参与率, 满意度, 合格率 …).</summary>
internal sealed class ReverseOperatorCheck : PerformanceCheck
{
    private static readonly string[] Positive = ["参与率", "满意度", "合格率", "覆盖率", "完成率", "达标率", "知晓率", "创新率", "到位率", "及时率", "利用率", "使用率", "受益"];

    public override string Name => "reverseOperator";
    public override IReadOnlyList<string> Values => ["indicator", "target"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        foreach (var i in c.Evaluation.Indicators)
        {
            if (i.Target.Operator is not (TargetOperator.AtMost or TargetOperator.Below)) { yield return CheckResult.NotApplicable; continue; }
            yield return Positive.Any(p => i.Name.Contains(p))
                ? CheckResult.Fail(At(i, "target"), V(("indicator", i.Name), ("target", i.Target.Text)))
                : CheckResult.Pass;
        }
    }
}

/// <summary>指标值可以识别 (PF-11): every target and actual is read, and the two can be compared.</summary>
internal sealed class ReadableCheck : PerformanceCheck
{
    public override string Name => "readable";
    public override IReadOnlyList<string> Values => ["indicator", "problem"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        foreach (var s in Scored(c))
            yield return s.Status == IndicatorStatus.Unscorable
                ? CheckResult.Fail(At(s.Indicator, s.Indicator.Target.IsReadable ? "actual" : "target"), V(("indicator", s.Indicator.Name), ("problem", s.Explanation)))
                : CheckResult.Pass;
    }
}

/// <summary>定性指标得分在档次之内 (PF-12).</summary>
internal sealed class QualitativeBandCheck : PerformanceCheck
{
    public override string Name => "qualitativeBand";
    public override IReadOnlyList<string> Values => ["indicator", "stated", "band", "low", "high"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        var bands = c.Score.Method.Qualitative;
        foreach (var i in c.Evaluation.Indicators)
        {
            if (i.Target.Operator != TargetOperator.Qualitative || i.StatedScore is not { } stated || !i.Actual.IsReadable) { yield return CheckResult.NotApplicable; continue; }
            QualitativeBand? band = i.Actual.Band ?? (i.Actual.Measure is { Kind: MeasureKind.Percent } p ? bands.BandOf(Math.Min(p.Value, 100m)) : null);
            if (band is not { } b) { yield return CheckResult.NotApplicable; continue; }
            var range = bands.Of(b);
            yield return Scorer.InBand(stated, i.Weight, range, b == QualitativeBand.Achieved)
                ? CheckResult.Pass
                : CheckResult.Fail(At(i, "statedScore"), V(("indicator", i.Name), ("stated", N(stated)), ("band", Scorer.BandName(b)),
                    ("low", N(i.Weight * range.Low / 100m)), ("high", N(i.Weight * range.High / 100m))));
        }
    }
}

/// <summary>与决算数据中的项目一致 (PF-13): the funds block agrees with the project in the accounts.</summary>
internal sealed class ProjectMatchesAccountsCheck : PerformanceCheck
{
    public override string Name => "projectMatchesAccounts";
    public override IReadOnlyList<string> Values => ["column", "evaluation", "accounts"];

    public override IEnumerable<CheckResult> Run(PerformanceContext c, RuleDefinition rule)
    {
        if (c.Accounts is null || c.Evaluation.ProjectId is null) { yield return CheckResult.NotEnoughData; yield break; }
        if (c.Project is not { } p)
        {
            yield return CheckResult.Fail(new FindingLocation(Field: "projectId"), V(("column", "项目"), ("evaluation", c.Evaluation.ProjectId), ("accounts", "（决算数据中没有此项目）")));
            yield break;
        }
        var f = c.Evaluation.Funds.Total;
        foreach (var (column, ours, theirs) in new[] { ("年初预算数", f.YearStart, p.YearStartBudget), ("全年预算数", f.FullYear, p.FullYearBudget), ("全年执行数", f.Executed, p.Executed) })
            yield return ours == theirs
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Field: "funds.total"), V(("column", column), ("evaluation", c.Format.Money(ours)), ("accounts", c.Format.Money(theirs))), ours.Yuan, theirs.Yuan);
    }
}
