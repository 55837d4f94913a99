using Juesuan.Audit;
using Juesuan.Checks;
using Juesuan.Documents.Pdf;

namespace Juesuan.Documents.Audit;

/// <summary>
/// 已公开文件的核查报告 — a published document audited whole: its tables as found and read, the check
/// engine's findings on them (within and across tables, at the precision each figure is printed with),
/// and its text checked against itself and against the tables.
/// </summary>
/// <param name="Tables">The tables found, for a document that has them read (a PDF); null otherwise.</param>
/// <param name="TableChecks">The findings on the tables that could be read; null when none could.</param>
public sealed record DocumentAuditReport(AuditReport Text, DocumentTables? Tables, CheckReport? TableChecks)
{
    /// <summary>What was proven wrong: the text's contradicted claims and the tables' failed identities, together.</summary>
    public int Contradictions => Text.Count(ClaimVerdict.Contradicted) + (TableChecks?.Findings.Count ?? 0);

    public bool HasContradictions => Contradictions > 0;
}

/// <summary>文件核查 — audits a published document: its tables with the formula rules, its text with the <see cref="Auditor"/>.</summary>
public static class DocumentAuditor
{
    public static DocumentAuditReport Audit(AuditSourceResult source, string name, DateOnly asOf, CancellationToken cancellation = default)
    {
        var tables = source.Tables?.Tables;
        var facts = tables is null ? null : new FactSet(tables.Tables);
        var text = Auditor.Audit(source.Text ?? "", name, facts, cancellation);
        var checks = tables is null ? null : CheckRunner.RunTables(facts!, tables.UnitName, tables.FiscalYear, asOf, RuleCatalogue.Builtin);
        return new DocumentAuditReport(text, source.Tables, checks);
    }
}
