using Juesuan.Checks;
using Juesuan.DocumentModel;
using Juesuan.Performance;

namespace Juesuan.Pipeline;

/// <summary>
/// 公开前须解决的问题 — what keeps a disclosure from the public: a 【待补充】 placeholder left in its text (the
/// public must never read an instruction to the preparer), a blocking finding in the accounts or the
/// disclosure, and a blocking finding in any self-evaluation it annexes. Submission asks only for the
/// accounts to have no blocking finding; publication asks for all of this.
/// </summary>
/// <param name="Pending">待补充 items still shown as placeholders in the text.</param>
/// <param name="Blocking">Blocking findings of the accounts and the disclosure.</param>
/// <param name="Evaluations">Self-evaluations with blocking findings, each with them.</param>
public sealed record PublicationObstacles(
    IReadOnlyList<PendingItem> Pending,
    IReadOnlyList<Finding> Blocking,
    IReadOnlyList<(string Project, IReadOnlyList<Finding> Blocking)> Evaluations)
{
    public bool Any => Pending.Count > 0 || Blocking.Count > 0 || Evaluations.Count > 0;

    /// <summary>Every blocking finding, of the accounts and of the self-evaluations.</summary>
    public IReadOnlyList<Finding> AllBlocking => [.. Blocking, .. Evaluations.SelectMany(e => e.Blocking)];

    public static PublicationObstacles Of(PreparedDisclosure prepared) => new(
        prepared.Document.Pending,
        [.. prepared.Checks.Findings.Where(f => f.Severity == Severity.Blocking)],
        [.. prepared.Evaluations.Where(e => e.HasBlocking)
            .Select(e => (e.Score.Evaluation.Name, (IReadOnlyList<Finding>)[.. e.Report.Findings.Where(f => f.Severity == Severity.Blocking)]))]);

    /// <summary>The placeholders in a short Chinese phrase; null when there are none.</summary>
    public string? PendingHead => Pending.Count > 0 ? $"公开文本中还有 {Pending.Count} 处【待补充】内容" : null;

    /// <summary>The accounts' blocking findings in a short Chinese phrase; null when there are none.</summary>
    public string? BlockingHead => Blocking.Count > 0 ? $"决算数据和公开文本有 {Blocking.Count} 项阻断问题" : null;

    /// <summary>One self-evaluation's blocking findings in a short Chinese phrase.</summary>
    public static string EvaluationHead(string project, int blocking) => $"项目“{project}”的绩效自评有 {blocking} 项阻断问题";

    /// <summary>Each obstacle in a short Chinese phrase: the placeholders, the accounts' blocking findings, each self-evaluation's.</summary>
    public IReadOnlyList<string> Heads() =>
        [.. new[] { PendingHead, BlockingHead }.OfType<string>(), .. Evaluations.Select(e => EvaluationHead(e.Project, e.Blocking.Count))];

    /// <summary>Why publication is refused, in one sentence; empty when nothing stops it.</summary>
    public string Reason => Any ? "尚不能公开：" + string.Join("；", Heads()) + "。须退回单位修改后重新提交" : "";
}
