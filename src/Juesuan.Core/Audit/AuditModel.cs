namespace Juesuan.Audit;

/// <summary>论断的类型 — the forms of arithmetic claim the auditor recognises.</summary>
public enum ClaimKind
{
    /// <summary>占比：X 占 Y 的 p%.</summary>
    Share,

    /// <summary>与上年相比的增减：金额和/或百分比.</summary>
    Change,

    /// <summary>预算完成率、执行率.</summary>
    CompletionRate,

    /// <summary>总计与其配对总计（收入总计与支出总计等）必然相等.</summary>
    PairedTotals,

    /// <summary>同一数据前后两处数值不同.</summary>
    StatedTwice,

    /// <summary>同一结构的各部分占比之和超过100%.</summary>
    SharesOverHundred,

    /// <summary>文中数字与决算表中的同一数字（收入支出总计、基本支出、人员经费…）.</summary>
    TableFigure,

    /// <summary>总数与其组成部分之和（基本支出 = 人员经费 + 公用经费；“三公”经费 = 各项之和）.</summary>
    SumOfParts,

    /// <summary>年度不符：年末日期或标题写的是另一年（照抄上年的文字）.</summary>
    OtherYear,

    /// <summary>比较用语：“决算数大于/小于/同预算数持平”与同一项目前文所写的预算数和决算数不符.</summary>
    BudgetComparison,

    /// <summary>模板空白：公开的文本中留着模板待填写的内容（XX万元、占 %、【待补充】、年 月 日）.</summary>
    TemplateBlank,

    /// <summary>节约额与节约率：预算（送审）数减实际（审定）数为节约（审减）额，节约额除以预算数为节约率.</summary>
    Savings,
}

/// <summary>核查结果.</summary>
public enum ClaimVerdict
{
    /// <summary>与文中数字相符.</summary>
    Consistent,

    /// <summary>与文中数字矛盾.</summary>
    Contradicted,

    /// <summary>文中数字不足以核对.</summary>
    Unverifiable,
}

/// <summary>文本位置 — a span of the audited text: offset and length, and the line and column it starts at (1-based).</summary>
public sealed record TextSpan(int Start, int Length, int Line, int Column, string Text);

/// <summary>
/// 论断 — one arithmetic claim of the text and what its own numbers say of it: the span, the stated
/// value, the recomputed value or interval, the difference, and a one-sentence Chinese explanation.
/// </summary>
/// <param name="Recomputed">The value the text's own numbers give (the interval's midpoint when they are rounded).</param>
/// <param name="RecomputedLow">Low end of the recomputed interval.</param>
/// <param name="RecomputedHigh">High end of the recomputed interval.</param>
/// <param name="Difference">Stated − recomputed, for a contradiction.</param>
public sealed record Claim(
    ClaimKind Kind,
    ClaimVerdict Verdict,
    TextSpan Span,
    string Stated,
    decimal? Recomputed,
    decimal? RecomputedLow,
    decimal? RecomputedHigh,
    decimal? Difference,
    string Explanation);

/// <summary>核查报告 — every claim found in a text, and how many were consistent, contradicted or unverifiable.</summary>
public sealed record AuditReport(string Source, int Characters, IReadOnlyList<Claim> Claims)
{
    public IEnumerable<Claim> Contradictions => Claims.Where(c => c.Verdict == ClaimVerdict.Contradicted);
    public int Count(ClaimVerdict verdict) => Claims.Count(c => c.Verdict == verdict);
}
