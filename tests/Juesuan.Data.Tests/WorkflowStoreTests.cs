using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Juesuan.Checks;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Pipeline;
using Juesuan.Testing;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data.Tests;

public class WorkflowStoreTests
{
    /// <summary>The sample with the reasons its published text leaves out supplied, so that it may be published.</summary>
    private static readonly string SampleJson = SampleVariants.Publishable();
    private static readonly TimeProvider Clock = TimeProvider.System;
    private static readonly WorkflowOptions Options = new();

    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static RenderedDisclosure Render(PreparedDisclosure prepared) =>
        new($"{{\"unit\":\"{prepared.Accounts.Unit.Name}\",\"published\":\"{prepared.Accounts.Publication.PublishedDate:yyyy-MM-dd}\"}}", "<p>公开</p>", "{}");

    /// <summary>Renders the text of the document given, with the number of things still pending.</summary>
    private static RenderedDisclosure RenderText(PreparedDisclosure prepared)
    {
        var text = string.Join("\n", prepared.Document.Paragraphs().Select(p => p.Paragraph.Text));
        return new($"{{\"pending\":{prepared.Document.Pending.Count}}}", text, "{}");
    }

    private static readonly PublishingSettings Shipped = PublishingSettings.Shipped;

    /// <summary>The sample's unit with its accounts approved by department and bureau, ready to publish; the case revision.</summary>
    private static async Task<(int Unit, int Revision)> ApprovedAsync(TestDatabase database, PublishingSettings? settings = null)
    {
        await using var db = database.Open();
        var tree = new OrganisationTree(db, Clock);
        var bureau = (await tree.AddAsync("140200", "大同市财政局", OrganisationKind.Bureau, null, "admin")).Added!;
        var department = (await tree.AddAsync("D-KX", "大同市科学技术协会", OrganisationKind.Department, bureau.Id, "admin")).Added!;
        var code = JsonNode.Parse(SampleJson)!["unit"]!["code"]!.GetValue<string>();
        var unit = (await tree.AddAsync(code, "大同市科学技术协会", OrganisationKind.Unit, department.Id, "admin")).Added!;
        // A file that names no template is published with the bureau's.
        var file = JsonNode.Parse(SampleJson)!.AsObject();
        if (settings is not null) file["disclosure"]!.AsObject().Remove("template");
        var json = file.ToJsonString();
        var saved = Assert.IsType<SaveOutcome.Saved>(await new AccountsStore(db, Clock, settings).SaveAsync(unit.Id, json, "accounts.json", "preparer", null));
        var workflow = new DisclosureWorkflow(db, Clock, Options, settings ?? Shipped);
        var submitted = Assert.IsType<WorkflowOutcome.Done>(await workflow.SubmitAsync(unit.Id, 2021, saved.Revision, "preparer"));
        var byDepartment = Assert.IsType<WorkflowOutcome.Done>(await workflow.ApproveAsync(unit.Id, 2021, submitted.Case.Revision, "department", ReviewLevel.Department, null, null));
        var byBureau = Assert.IsType<WorkflowOutcome.Done>(await workflow.ApproveAsync(unit.Id, 2021, byDepartment.Case.Revision, "bureau", ReviewLevel.Bureau,
            new DateOnly(2022, 7, 1), null));
        return (unit.Id, byBureau.Case.Revision);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_reviewers_publishing_at_once_publish_once(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (unit, revision) = await ApprovedAsync(database);
        await using var first = database.Open();
        await using var second = database.Open();
        var a = new DisclosureWorkflow(first, Clock, Options, Shipped).PublishAsync(unit, 2021, revision, "甲", "迟到原因", Render);
        var b = new DisclosureWorkflow(second, Clock, Options, Shipped).PublishAsync(unit, 2021, revision, "乙", "迟到原因", Render);
        var outcomes = await Task.WhenAll(a, b);
        Assert.Single(outcomes.OfType<WorkflowOutcome.Done>());
        Assert.Single(outcomes.OfType<WorkflowOutcome.Conflict>());
        await using var check = database.Open();
        var publication = await check.Publications.SingleAsync();
        Assert.Equal(1, publication.Sequence);
        Assert.Equal(new DateOnly(2022, 7, 1), publication.ApprovalDate);
        Assert.Contains("\"publishedDate\"", publication.AccountsJson);
        Assert.Single(check.WorkflowSteps.Where(s => s.Action == WorkflowAction.Publish));
        Assert.Null(await AuditTrail.VerifyAsync(check));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bureau_publishing_with_its_own_template_publishes_the_tables_it_checked(string provider)
    {
        // The bureau's template lists only the function classes a unit has (the shipped one lists every class), so its 公开04表
        // has fewer lines, and a rule over every line (T4-1) runs once per line of the published table.
        var shipped = DisclosureTemplate.Find(DisclosureTemplate.DefaultId, 2021)!;
        var own = shipped with { Id = "bureau-own", Name = "本局模板", Options = shipped.Options with { ListAllFunctionClasses = false } };
        var settings = new PublishingSettings(own.Id, RuleCatalogue.Builtin, [own]);
        await using var database = await TestDatabases.CreateAsync(provider);
        var (unit, revision) = await ApprovedAsync(database, settings);
        PreparedDisclosure? published = null;
        await using (var db = database.Open())
            Assert.IsType<WorkflowOutcome.Done>(await new DisclosureWorkflow(db, Clock, Options, settings)
                .PublishAsync(unit, 2021, revision, "bureau", "迟", p => Render(published = p)));

        Assert.Equal("bureau-own", published!.Document.Template);
        int Lines(DisclosureDocument d) => d.Tables.Single(t => t.Id == "T4").Rows.SelectMany(r => r.Cells).Count(c => c.Key?.EndsWith(".合计", StringComparison.Ordinal) == true);
        var publishedLines = Lines(published.Document);
        Assert.True(publishedLines < Lines(DisclosureBuilder.Build(published.Accounts)), "本局模板的公开04表应比通用模板少列示无数据的类");
        Assert.Equal(publishedLines, published.Checks.Coverage.Single(c => c.RuleId == "T4-1").Passed);
        await using var check = database.Open();
        Assert.Contains("\"template\": \"bureau-own\"", (await check.Publications.SingleAsync()).AccountsJson);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_publication_is_never_changed_or_deleted(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (unit, revision) = await ApprovedAsync(database);
        await using (var db = database.Open())
            Assert.IsType<WorkflowOutcome.Done>(await new DisclosureWorkflow(db, Clock, Options, Shipped).PublishAsync(unit, 2021, revision, "bureau", "迟", Render));
        await using var edit = database.Open();
        var publication = await edit.Publications.SingleAsync();
        publication.Html = "<p>改过</p>";
        Assert.Throws<InvalidOperationException>(() => edit.SaveChanges());
        edit.ChangeTracker.Clear();
        edit.Publications.Remove(await edit.Publications.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => edit.SaveChangesAsync());
        edit.ChangeTracker.Clear();
        var version = await edit.AccountsVersions.FirstAsync();
        version.Json = "{}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => edit.SaveChangesAsync());
        await using var check = database.Open();
        Assert.Equal("<p>公开</p>", (await check.Publications.SingleAsync()).Html);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_disclosure_published_before_the_system_is_recorded_as_it_was_labelled_and_with_its_findings(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Open();
        var tree = new OrganisationTree(db, Clock);
        var bureau = (await tree.AddAsync("140200", "大同市财政局", OrganisationKind.Bureau, null, "admin")).Added!;
        var department = (await tree.AddAsync("D-KX", "大同市科学技术协会", OrganisationKind.Department, bureau.Id, "admin")).Added!;
        var unit = (await tree.AddAsync("140200-KX", "大同市科学技术协会", OrganisationKind.Unit, department.Id, "admin")).Added!;
        var store = new AccountsStore(db, Clock);
        Assert.IsType<SaveOutcome.Saved>(await store.SaveAsync(unit.Id, File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json", "admin", null));
        var saved = Assert.IsType<SaveOutcome.Performance>(await store.SavePerformanceAsync(unit.Id,
            File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")), "performance.json", "admin", 1));
        var workflow = new DisclosureWorkflow(db, Clock, Options, Shipped);

        // Not as it was published: through the workflow, its unexplained differences and its self-evaluation's contradictions stop it.
        var original = new HistoricalPublication(new DateOnly(2022, 9, 30), null, "原文见大同市科学技术协会网站");
        var recorded = Assert.IsType<WorkflowOutcome.Done>(await workflow.RecordPublishedAsync(unit.Id, 2021, saved.Revision, "admin", original, RenderText));
        var publication = recorded.Publication!;
        Assert.Equal(PublicationKind.Historical, publication.Kind);
        Assert.Equal(DisclosureStatus.Published, recorded.Case.Status);
        Assert.Equal(WorkflowAction.RecordPublished, recorded.Step.Action);
        Assert.Equal("2022-09-30", Publication.PublishedOnText(publication.Kind, publication.PublishedAt, publication.OriginalPublishedOn));
        Assert.Equal("原文未载明", Publication.PublishedOnText(publication.Kind, publication.PublishedAt, null));
        Assert.Null(publication.ApprovalDate);
        // Its findings kept: the five of its self-evaluation among the blocking ones.
        Assert.Equal(5, publication.Blocking);
        // No instruction to a preparer reaches the public: where the original explains nothing, the text says so.
        Assert.DoesNotContain("待补充", publication.Html);
        Assert.Equal("{\"pending\":0}", publication.DisclosureJson);
        Assert.Equal(8, Regex.Matches(publication.Html, Regex.Escape(HistoricalPublication.Unstated)).Count);

        // Only a draft never published here may be recorded so.
        var again = Assert.IsType<WorkflowOutcome.Refused>(await workflow.RecordPublishedAsync(unit.Id, 2021, recorded.Case.Revision, "admin", original, RenderText));
        Assert.Contains("尚未在本系统中公开过的草稿", again.Reason);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sign_in_locks_after_repeated_failures_and_a_token_works_only_while_live(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Open();
        var bureau = (await new OrganisationTree(db, Clock).AddAsync("140200", "大同市财政局", OrganisationKind.Bureau, null, "admin")).Added!;
        var users = new UserDirectory(db, Clock, new AccountPolicy(MaxFailures: 3, LockMinutes: 10));
        Assert.Equal("密码至少10位", (await users.CreateAsync("reviewer", "审核人", "short1", UserRole.BureauReviewer, bureau.Id, "admin")).Error);
        Assert.Equal("财政局审核人应属于财政局", (await users.CreateAsync("xy", "某", "Reviewer2021ok", UserRole.BureauReviewer, 999, "admin")).Error);
        var (user, _) = await users.CreateAsync("reviewer", "审核人", "Reviewer2021ok", UserRole.BureauReviewer, bureau.Id, "admin");
        Assert.NotNull(user);
        Assert.IsType<SignInOutcome.Success>(await users.SignInAsync("reviewer", "Reviewer2021ok", "127.0.0.1"));
        Assert.IsType<SignInOutcome.Failed>(await users.SignInAsync("reviewer", "wrong", "127.0.0.1"));
        Assert.IsType<SignInOutcome.Failed>(await users.SignInAsync("reviewer", "wrong", "127.0.0.1"));
        var locked = Assert.IsType<SignInOutcome.LockedOut>(await users.SignInAsync("reviewer", "wrong", "127.0.0.1"));
        Assert.True(locked.Until > Clock.GetUtcNow().AddMinutes(9));
        Assert.IsType<SignInOutcome.LockedOut>(await users.SignInAsync("reviewer", "Reviewer2021ok", "127.0.0.1"));

        var (_, live) = await users.CreateTokenAsync(user!, "同步", null);
        var (_, expired) = await users.CreateTokenAsync(user!, "过期", Clock.GetUtcNow().AddMinutes(-1));
        Assert.Equal("reviewer", (await users.FindByTokenAsync(live))?.UserAccount?.UserName);
        Assert.Null(await users.FindByTokenAsync(expired));
        Assert.Null(await users.FindByTokenAsync("jst_unknown"));
        Assert.Null(await AuditTrail.VerifyAsync(db));
    }
}
