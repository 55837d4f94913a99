using Juesuan.Checks.Formula;

namespace Juesuan.Checks;

/// <summary>
/// 检查规则 — one rule of the catalogue: its stable id, category, severity, basis, what it touches,
/// and either a formula over the tables or the name of a built-in check, with a Chinese message
/// template (named values in braces) and a fix hint.
/// </summary>
/// <param name="Basis">依据: the regulation or practice it rests on, with its confidence marker.</param>
/// <param name="Tables">The tables it touches ("T1" …).</param>
/// <param name="Fields">The fields it touches, in the tables' or the accounts' words.</param>
/// <param name="Formula">For a formula rule: the parsed formula.</param>
/// <param name="Check">For a built-in rule: the check's name.</param>
/// <param name="Thresholds">Named numbers the check uses (percentages, days), overridable per bureau.</param>
public sealed record RuleDefinition(
    string Id,
    string Title,
    RuleCategory Category,
    Severity Severity,
    string Basis,
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> Fields,
    FormulaRule? Formula,
    string? Check,
    string Message,
    string Hint,
    IReadOnlyDictionary<string, decimal> Thresholds,
    bool Enabled = true)
{
    public decimal Threshold(string name) =>
        Thresholds.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"规则 {Id} 没有阈值“{name}”");
}
