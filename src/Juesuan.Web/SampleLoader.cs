using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Pipeline;
using Juesuan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web;

/// <summary>
/// 示例数据 — on first start (no organisation yet), the sample's finance bureau, department and unit,
/// its accounts and self-evaluations, taken through the workflow to a published disclosure, so a new
/// installation shows what the product does. Everything is recorded in the audit trail as done by "system".
/// </summary>
public static class SampleLoader
{
    public const string Actor = "system";

    /// <summary>How histories and the audit trail name <see cref="Actor"/>.</summary>
    public const string ActorName = "系统（示例数据）";
    public const string BureauCode = "140200";
    public const string DepartmentCode = "140200-D-KX";

    public static async Task<bool> LoadIfEmptyAsync(JuesuanDb db, TimeProvider clock, WorkflowOptions workflow, PublishingSettings publishing, string sampleFolder,
        CancellationToken cancellation = default)
    {
        if (await db.Organisations.AnyAsync(cancellation)) return false;
        var accountsJson = await File.ReadAllTextAsync(Path.Combine(sampleFolder, "accounts.json"), cancellation);
        var performanceJson = await File.ReadAllTextAsync(Path.Combine(sampleFolder, "performance.json"), cancellation);
        var sample = StoredAccounts.Read(accountsJson).Accounts.Unit;

        var tree = new OrganisationTree(db, clock);
        var bureau = (await tree.AddAsync(BureauCode, "大同市财政局", OrganisationKind.Bureau, null, Actor, cancellation)).Added!;
        var department = (await tree.AddAsync(DepartmentCode, sample.Name, OrganisationKind.Department, bureau.Id, Actor, cancellation)).Added!;
        var unit = (await tree.AddAsync(sample.Code, sample.Name, OrganisationKind.Unit, department.Id, Actor, cancellation)).Added!;

        var store = new AccountsStore(db, clock, publishing);
        Expect<SaveOutcome.Saved>(await store.SaveAsync(unit.Id, accountsJson, "accounts.json", Actor, 0, "示例数据", cancellation: cancellation));
        var saved = Expect<SaveOutcome.Performance>(await store.SavePerformanceAsync(unit.Id, performanceJson, "performance.json", Actor, 1, cancellation: cancellation));
        var steps = new DisclosureWorkflow(db, clock, workflow, publishing);
        var year = saved.Version.FiscalYear;
        var revision = saved.Revision;
        revision = Expect<WorkflowOutcome.Done>(await steps.SubmitAsync(unit.Id, year, revision, Actor, cancellation)).Case.Revision;
        revision = Expect<WorkflowOutcome.Done>(await steps.ApproveAsync(unit.Id, year, revision, Actor, ReviewLevel.Department, null, "示例数据", cancellation)).Case.Revision;
        if (workflow.BureauReview)
            revision = Expect<WorkflowOutcome.Done>(await steps.ApproveAsync(unit.Id, year, revision, Actor, ReviewLevel.Bureau, null, "示例数据", cancellation)).Case.Revision;
        Expect<WorkflowOutcome.Done>(await steps.PublishAsync(unit.Id, year, revision, Actor, null, DisclosureRendering.Render, cancellation));
        return true;
    }

    private static T Expect<T>(object outcome) where T : class =>
        outcome as T ?? throw new InvalidOperationException($"Loading the sample failed: {outcome}");
}
