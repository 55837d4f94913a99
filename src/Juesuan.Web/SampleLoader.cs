using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Pipeline;
using Juesuan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web;

/// <summary>
/// 示例数据 — on first start (no organisation yet), the sample's finance bureau, department and unit, its
/// accounts and self-evaluations, recorded as the historical publication it is (published before the system,
/// its dates unstated, its self-evaluation's contradictions among its findings), so a new installation shows
/// what the product does. Everything is recorded in the audit trail as done by "system".
/// </summary>
public static class SampleLoader
{
    public const string Actor = "system";

    /// <summary>How histories and the audit trail name <see cref="Actor"/>.</summary>
    public const string ActorName = "系统（示例数据）";
    public const string BureauCode = "140200";
    public const string DepartmentCode = "140200-D-KX";

    /// <summary>The sample as its original was published: the text states neither its publication nor its approval date.</summary>
    public static readonly HistoricalPublication Original = new(null, null,
        "据大同市科学技术协会公开的2021年度部门决算文本重建决算数据后登记；原文未载明公开日期和批复日期，未说明的差异原因如实标出");

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
        Expect<WorkflowOutcome.Done>(await steps.RecordPublishedAsync(unit.Id, saved.Version.FiscalYear, saved.Revision, Actor, Original, DisclosureRendering.Render, cancellation));
        return true;
    }

    private static T Expect<T>(object outcome) where T : class =>
        outcome as T ?? throw new InvalidOperationException($"Loading the sample failed: {outcome}");
}
