using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>The pages as a browser without scripts sees them: who reaches what, forms that save or say where they are wrong, the portal.</summary>
public class PagesTests
{
    private const string Unit = "140200-KX";
    private const string Base = "/work/140200-KX/2021";

    /// <summary>The sample unit reopened as a draft (an amendment), with its preparer signed in.</summary>
    private static async Task<(JuesuanApp App, HttpClient Preparer)> DraftAsync()
    {
        var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        var api = await app.TokenClientAsync("preparer");
        var revision = (await api.GetAsync($"/api/units/{Unit}/2021")).Revision();
        await (await api.ActAsync(Unit, 2021, "amend", new { revision, reason = "更正测试" })).OkJsonAsync();
        return (app, await app.SignedInClientAsync("preparer"));
    }

    private static async Task<(string Token, string Revision)> FormAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return (Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
            Regex.Match(html, "name=\"revision\" value=\"(\\d+)\"").Groups[1].Value);
    }

    private static async Task<int> VersionsAsync(JuesuanApp app)
    {
        await using var db = app.Db();
        return await db.AccountsVersions.CountAsync(v => v.Organisation!.Code == Unit);
    }

    [Fact]
    public async Task Pages_answer_by_reach_and_role()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddOrganisationAsync("140200-X", "另一单位", OrganisationKind.Unit, SampleLoader.DepartmentCode);
        await app.AddUserAsync("other", UserRole.UnitPreparer, "140200-X");
        await app.AddUserAsync("department", UserRole.DepartmentReviewer, SampleLoader.DepartmentCode);

        var anonymous = await app.AnonymousClient().GetAsync(Base);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/signin?ReturnUrl=", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var other = await app.SignedInClientAsync("other");
        var outside = await other.GetAsync(Base);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("不在您的权限范围内", await outside.Content.ReadAsStringAsync());
        Assert.DoesNotContain("大同市科学技术协会", await (await other.GetAsync("/work")).Content.ReadAsStringAsync());
        var admin = await other.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/error/403", admin.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var department = await app.SignedInClientAsync("department");
        var desk = await department.GetStringAsync("/review?year=2021");
        Assert.Contains("大同市科学技术协会", desk);
        Assert.Contains("另一单位", desk);
        // A reviewer reads the unit's data but is given no form to change it.
        var editor = await department.GetStringAsync($"{Base}/edit/threePublic");
        Assert.Contains("只能查看", editor);
        Assert.DoesNotContain(">保存</button>", editor);
    }

    [Fact]
    public async Task An_edit_the_reader_refuses_is_shown_again_at_its_field_and_nothing_is_saved()
    {
        var (app, preparer) = await DraftAsync();
        await using var _ = app;
        var versions = await VersionsAsync(app);
        var (token, revision) = await FormAsync(preparer, $"{Base}/edit/threePublic");
        var response = await preparer.PostAsync($"{Base}/edit/threePublic", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["revision"] = revision,
            ["threePublic.vehiclesHeld"] = "两辆",
            ["threePublic.actual.vehicleOperation"] = "6164.80",
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未保存", html);
        Assert.Matches("id=\"f-threePublic.vehiclesHeld\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"f-threePublic.vehiclesHeld\"", html);
        Assert.Contains("href=\"#f-threePublic.vehiclesHeld\"", html);
        Assert.Contains("value=\"两辆\"", html);
        Assert.Equal(versions, await VersionsAsync(app));
    }

    [Fact]
    public async Task An_edit_saves_a_new_version_with_amounts_as_typed_on_a_Chinese_keyboard_and_the_rest_untouched()
    {
        var (app, preparer) = await DraftAsync();
        await using var _ = app;
        var before = JsonNode.Parse(await (await app.TokenClientAsync("preparer")).GetStringAsync($"/api/units/{Unit}/2021/accounts"))!;
        var (token, revision) = await FormAsync(preparer, $"{Base}/edit/operating");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["revision"] = revision,
            ["operatingCosts"] = "３３９，４１７．４０",
            ["procurement.goods"] = "50,000.5",
            ["procurement.works"] = "0",
            ["procurement.services"] = "3554",
            ["procurement.awardedToSmes"] = "",
            ["procurement.awardedToSmallMicro"] = "",
            ["reasons.procurement.change"] = "  按网上集中采购要求采购  ",
        };
        var response = await preparer.PostAsync($"{Base}/edit/operating", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("saved=", response.Headers.Location!.OriginalString);

        var after = JsonNode.Parse(await (await app.TokenClientAsync("preparer")).GetStringAsync($"/api/units/{Unit}/2021/accounts"))!;
        Assert.Equal(339417.40m, (decimal)(after["operatingCosts"] is JsonObject o ? o["amount"]! : after["operatingCosts"]!));
        Assert.Equal(50000.5m, (decimal)after["procurement"]!["goods"]!);
        Assert.Null(after["procurement"]!["awardedToSmes"]);
        Assert.Equal("按网上集中采购要求采购", (string)after["reasons"]!["procurement.change"]!);
        Assert.Equal(before["expenditure"]!.ToJsonString(), after["expenditure"]!.ToJsonString());
        Assert.Equal(before["reasons"]!["threePublic.budget"]!.ToJsonString(), after["reasons"]!["threePublic.budget"]!.ToJsonString());

        // The same form again with the revision it was opened at: someone saved in between.
        var stale = await preparer.PostAsync($"{Base}/edit/operating", new FormUrlEncodedContent(form));
        Assert.Contains("在您打开本页之后，数据已被修改", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_list_saves_its_rows_skipping_blank_ones_and_dropping_those_marked_for_deletion()
    {
        var (app, preparer) = await DraftAsync();
        await using var _ = app;
        var (token, revision) = await FormAsync(preparer, $"{Base}/edit/assets");
        var response = await preparer.PostAsync($"{Base}/edit/assets", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["revision"] = revision,
            ["assets.generalEquipment"] = "0",
            ["assets.specialEquipment"] = "1",
            ["assets.note"] = "说明",
            ["assets.vehicles.rows"] = "4",
            ["assets.vehicles[0].category"] = "specialTechnical",
            ["assets.vehicles[0].count"] = "1",
            ["assets.vehicles[1].category"] = "emergency",
            ["assets.vehicles[1].count"] = "2",
            ["assets.vehicles[1].delete"] = "true",
            ["assets.vehicles[2].category"] = "",
            ["assets.vehicles[2].count"] = "",
            ["assets.vehicles[3].category"] = "other",
            ["assets.vehicles[3].count"] = "3",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var accounts = JsonNode.Parse(await (await app.TokenClientAsync("preparer")).GetStringAsync($"/api/units/{Unit}/2021/accounts"))!;
        var vehicles = accounts["assets"]!["vehicles"]!.AsArray();
        Assert.Equal(["specialTechnical", "other"], vehicles.Select(v => (string)v!["category"]!));
        Assert.Equal([1, 3], vehicles.Select(v => (int)v!["count"]!));
    }

    [Fact]
    public async Task Live_scoring_answers_the_score_cells_of_what_is_typed_without_saving()
    {
        var (app, preparer) = await DraftAsync();
        await using var _ = app;
        var (token, _) = await FormAsync(preparer, $"{Base}/performance");
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/performance?handler=Score")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["evaluations[0].indicators[0].weight"] = "2",
                ["evaluations[0].indicators[0].name"] = "开展流动科技馆展览次数",
                ["evaluations[0].indicators[0].target"] = ">=1次",
                ["evaluations[0].indicators[0].actual"] = "0次",
                ["evaluations[0].indicators[0].applicable"] = "true",
            }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var cells = await (await preparer.SendAsync(request)).OkJsonAsync();
        Assert.Equal("0", cells.GetProperty("s-0-0").GetString());
        Assert.Equal("2", cells.GetProperty("s-0-1").GetString());
        await using var db = app.Db();
        Assert.Equal(1, await db.PerformanceVersions.CountAsync());
    }

    /// <summary>The visible text of a page: its markup and scripts left out, entities decoded.</summary>
    internal static string VisibleText(string html) =>
        System.Net.WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<(script|style|head)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline), "<[^>]+>", " "));

    [Fact]
    public async Task An_import_previews_its_changes_and_reports_its_errors_as_the_forms_name_the_fields()
    {
        var (app, preparer) = await DraftAsync();
        await using var _ = app;
        var accounts = JsonNode.Parse(File.ReadAllText(Juesuan.Testing.RepoPaths.SampleAccounts))!;
        accounts["unit"]!["type"] = "publicInstitution";
        accounts["unit"]!["functions"] = "负责全市科普工作。";
        async Task<string> PreviewAsync(JsonNode json)
        {
            var (token, _) = await FormAsync(preparer, $"{Base}/import");
            var response = await preparer.PostAsync($"{Base}/import?handler=Preview", new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())), "file", "accounts.json" },
            });
            return VisibleText(await response.Content.ReadAsStringAsync());
        }

        var preview = await PreviewAsync(accounts);
        Assert.Contains("单位基本情况：单位类型", preview);
        Assert.Contains("事业单位", preview);
        Assert.Contains("单位基本情况：主要职能", preview);
        Assert.Null(Juesuan.Testing.PeoplesWords.DevelopersWordIn(preview[preview.IndexOf("将带来的改动", StringComparison.Ordinal)..]));

        accounts["income"]![0]!["code"] = "2019999";
        accounts["expenditure"]![0]!["funding"] = "generalBudget";
        accounts["expenditure"]![0]!["kind"] = "operating";
        var errors = await PreviewAsync(accounts);
        var list = errors[errors.IndexOf("未导入任何内容", StringComparison.Ordinal)..errors.IndexOf("导入决算数据文件", StringComparison.Ordinal)];
        Assert.Contains("本年收入明细第1行 功能分类科目编码", list);
        Assert.Contains("经营支出只能使用非财政拨款资金，实际为一般公共预算财政拨款", list);
        Assert.Null(Juesuan.Testing.PeoplesWords.DevelopersWordIn(list.Replace("accounts.json", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_administrator_reads_the_audit_trail_by_person_organisation_action_and_date()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("administrator", UserRole.Administrator, SampleLoader.BureauCode);
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        var admin = await app.SignedInClientAsync("administrator");
        int Rows(string html) => Regex.Matches(html, "<tr><td class=\"num\">").Count;

        var all = await admin.GetStringAsync("/admin/trail");
        Assert.Contains("审计链完整", all);
        Assert.Contains("<td>系统（示例数据）</td><td>登记历史公开</td><td>大同市科学技术协会</td><td>2021</td>", all);
        // Actions by their names, never as recorded ("workflow.publish"); people by their names.
        var table = VisibleText(all[all.IndexOf("<table id=\"trail\"", StringComparison.Ordinal)..]);
        Assert.All(AuditTrail.Actions, a => Assert.DoesNotContain(a.Action, table, StringComparison.Ordinal));
        Assert.DoesNotContain(" system ", table, StringComparison.Ordinal);

        Assert.Equal(1, Rows(await admin.GetStringAsync("/admin/trail?action=workflow.recordpublished")));
        var signIns = await admin.GetStringAsync("/admin/trail?actor=administrator");
        Assert.True(Rows(signIns) >= 1);
        Assert.DoesNotContain("<td>登记历史公开</td>", signIns);
        var tomorrow = DateTime.Now.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("没有符合条件的记录", await admin.GetStringAsync($"/admin/trail?from={tomorrow}"));
        Assert.True(Rows(await admin.GetStringAsync($"/admin/trail?to={tomorrow}")) > 1);

        // Newest first, a page at a time, each page going on before the last entry of the one before.
        await using (var db = app.Db())
        {
            var first = await AuditTrail.PageAsync(db, new AuditQuery(), 2);
            var second = await AuditTrail.PageAsync(db, new AuditQuery(Before: first[^1].Id), 2);
            Assert.True(first[0].Id > first[1].Id && first[1].Id > second[0].Id && second[0].Id > second[1].Id);
        }

        var preparer = await app.SignedInClientAsync("preparer");
        var refused = await preparer.GetAsync("/admin/trail");
        Assert.Contains("/error/403", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Posts a form of the administration page, as the page does (with its antiforgery token).</summary>
    private static async Task<HttpResponseMessage> AdminPostAsync(HttpClient admin, string handler, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await JuesuanApp.FormTokenAsync(admin, "/admin");
        return await admin.PostAsync($"/admin?handler={handler}", new FormUrlEncodedContent(form));
    }

    private static string IdText(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_administrator_renames_and_moves_organisations_and_changes_a_persons_role_and_reach_follows()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("administrator", UserRole.Administrator, SampleLoader.BureauCode);
        var other = await app.AddOrganisationAsync("140200-D-WL", "大同市文化和旅游局", OrganisationKind.Department, SampleLoader.BureauCode);
        await app.AddUserAsync("kx-reviewer", UserRole.DepartmentReviewer, SampleLoader.DepartmentCode);
        await app.AddUserAsync("wl-reviewer", UserRole.DepartmentReviewer, "140200-D-WL");
        var admin = await app.SignedInClientAsync("administrator");
        var kx = await app.SignedInClientAsync("kx-reviewer");
        var wl = await app.SignedInClientAsync("wl-reviewer");
        Assert.Equal(HttpStatusCode.OK, (await kx.GetAsync($"/review/{Unit}/2021")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await wl.GetAsync($"/review/{Unit}/2021")).StatusCode);
        int unitId;
        await using (var db = app.Db()) unitId = (await db.Organisations.SingleAsync(o => o.Code == Unit)).Id;

        Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> form) => AdminPostAsync(admin, handler, form);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("Rename", new() { ["id"] = IdText(unitId), ["name"] = "大同市科协" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("Move", new() { ["id"] = IdText(unitId), ["parentId"] = IdText(other.Id) })).StatusCode);
        // A unit cannot stand under the bureau.
        await using (var db = app.Db())
        {
            var bureau = await db.Organisations.SingleAsync(o => o.Code == SampleLoader.BureauCode);
            var refused = await PostAsync("Move", new() { ["id"] = IdText(unitId), ["parentId"] = IdText(bureau.Id) });
            Assert.Contains("单位的上级应为部门或单位", await refused.Content.ReadAsStringAsync());
            var unit = await db.Organisations.SingleAsync(o => o.Code == Unit);
            Assert.Equal(("大同市科协", other.Id), (unit.Name, unit.ParentId));
            Assert.Equal($"{other.Path}{unit.Id}/", unit.Path);
        }
        // The reviewers' reach follows the tree at once.
        Assert.Equal(HttpStatusCode.NotFound, (await kx.GetAsync($"/review/{Unit}/2021")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await wl.GetAsync($"/review/{Unit}/2021")).StatusCode);

        // A new role ends the person's sign-ins; signed in again, they act in the new role.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("Role", new() { ["userName"] = "kx-reviewer", ["role"] = "UnitPreparer", ["organisationId"] = IdText(unitId) })).StatusCode);
        var ended = await kx.GetAsync("/review");
        Assert.Contains("/signin", ended.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        var again = await app.SignedInClientAsync("kx-reviewer");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync($"/work/{Unit}/2021")).StatusCode);
        var trail = await admin.GetStringAsync("/admin/trail");
        foreach (var action in new[] { "机构更名", "调整机构上级", "调整角色或所属机构" }) Assert.Contains($"<td>{action}</td>", trail);
    }

    [Fact]
    public async Task The_administrator_disables_a_department_with_its_units_and_records_a_units_attributes()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("administrator", UserRole.Administrator, SampleLoader.BureauCode);
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        var admin = await app.SignedInClientAsync("administrator");
        var preparer = await app.SignedInClientAsync("preparer");
        var token = await app.TokenClientAsync("preparer");
        int unitId, departmentId;
        await using (var db = app.Db())
        {
            unitId = (await db.Organisations.SingleAsync(o => o.Code == Unit)).Id;
            departmentId = (await db.Organisations.SingleAsync(o => o.Code == SampleLoader.DepartmentCode)).Id;
        }
        Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> form) => AdminPostAsync(admin, handler, form);

        // Attributes: a 统一社会信用代码 is checked by its check character.
        var wrong = await PostAsync("Describe", new() { ["id"] = IdText(unitId), ["creditCode"] = "91350100M000100Y44", ["level"] = "basic", ["type"] = "other" });
        Assert.Contains("校验位应为“3”，实际为“4”", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("Describe", new() { ["id"] = IdText(unitId), ["creditCode"] = "91350100m000100y43", ["level"] = "basic", ["type"] = "other" })).StatusCode);
        var tree = VisibleText(await admin.GetStringAsync("/admin"));
        Assert.Contains("91350100M000100Y43，基层预算单位，其他单位", tree);

        // Disabling the department disables its unit: its people are signed out and refused, its data only read, its publication still public.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("State", new() { ["id"] = IdText(departmentId), ["disabled"] = "true" })).StatusCode);
        await using (var db = app.Db())
            Assert.NotNull((await db.Organisations.SingleAsync(o => o.Id == unitId)).DisabledAt);
        Assert.Contains("/signin", (await preparer.GetAsync($"/work/{Unit}/2021")).Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync($"/api/units/{Unit}/2021")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await JuesuanApp.SignInAsync(app.AnonymousClient(), "preparer", JuesuanApp.Password)).StatusCode);
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        var bureau = await app.SignedInClientAsync("bureau");
        var review = await bureau.GetStringAsync($"/review/{Unit}/2021");
        Assert.Contains("停用：只能查看，不能填报、提交、审核或公开", review);
        Assert.DoesNotContain("发起更正</button>", review);
        var amend = await (await app.TokenClientAsync("bureau")).ActAsync(Unit, 2021, "amend",
            new { revision = (await (await app.TokenClientAsync("bureau")).GetAsync($"/api/units/{Unit}/2021")).Revision(), reason = "更正" });
        Assert.Equal(HttpStatusCode.Conflict, amend.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.AnonymousClient().GetAsync($"/disclosures/{Unit}/2021")).StatusCode);
        // No new unit under it; the bureau itself cannot be disabled; enabling brings the unit back.
        var under = await PostAsync("Organisation", new() { ["kind"] = "Unit", ["parentId"] = IdText(departmentId), ["code"] = "140200-NEW", ["name"] = "新单位" });
        Assert.Contains("已停用，不能在其下新增机构", await under.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("State", new() { ["id"] = IdText(departmentId), ["disabled"] = "false" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInClientAsync("preparer")).GetAsync($"/work/{Unit}/2021")).StatusCode);
        var trail = await admin.GetStringAsync("/admin/trail");
        foreach (var action in new[] { "停用机构", "启用机构", "修改机构信息" }) Assert.Contains($"<td>{action}</td>", trail);
    }

    [Fact]
    public async Task A_new_year_starts_from_last_years_publication_with_its_profile_and_its_figures_as_the_prior_year()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        var preparer = await app.SignedInClientAsync("preparer");
        const string next = "/work/140200-KX/2022";

        // The 2021 disclosure is published (recorded as the historical publication it is): 2022 may start from it.
        var import = VisibleText(await preparer.GetStringAsync($"{next}/import"));
        Assert.Contains("以2021年度第1次公开的决算（原文未载明）为起点", import);
        var (token, _) = await FormAsync(preparer, $"{next}/import");
        var started = await preparer.PostAsync($"{next}/import?handler=FromLastYear",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Juesuan.Accounts.UnitAccounts draft, sample;
        await using (var db = app.Db())
        {
            var version = await db.AccountsVersions.SingleAsync(v => v.Organisation!.Code == Unit && v.FiscalYear == 2022);
            Assert.Equal("从2021年度第1次公开的决算开始：沿用单位概况，上年数取自其决算数", version.Note);
            draft = StoredAccounts.Read(version.Json).Accounts;
            sample = StoredAccounts.Read(await File.ReadAllTextAsync(Juesuan.Testing.RepoPaths.SampleAccounts)).Accounts;
        }
        Assert.Equal(sample.Unit.Functions, draft.Unit.Functions);
        Assert.Equal(4_001_132.90m, draft.PriorYear.Total!.Value.Yuan);
        Assert.Equal(6_164.80m, draft.PriorYear.ThreePublic!.Total.Yuan);
        Assert.Empty(draft.Income);
        // Nothing of last year's own figures is taken as this year's.
        var checklist = VisibleText(await preparer.GetStringAsync(next));
        Assert.Contains("尚未填报本年收入明细", checklist);
        Assert.DoesNotContain("尚未填报上年收入（支出）总计", checklist);

        // What was carried over is marked until checked: on the unit's page, and on each part, where it is confirmed or changed.
        await using (var db = app.Db())
        {
            var marks = CarriedOver.Read((await db.DisclosureCases.SingleAsync(c => c.Organisation!.Code == Unit && c.FiscalYear == 2022)).CarriedOver);
            Assert.Equal("2021年度第1次公开的决算", marks["unit.functions"]);
            Assert.Contains("unit.structure", marks.Keys);
            Assert.Contains("priorYear.total", marks.Keys);
            Assert.DoesNotContain("unit.code", marks.Keys);
        }
        Assert.Contains("沿用上年、待核对的内容", checklist);
        var profile = await preparer.GetStringAsync($"{next}/edit/profile");
        Assert.Contains("主要职能 核对无误", VisibleText(profile));
        var form = FormFields(profile, "part-form");
        form["unit.structure"] = "机构设置包括7部1室。";
        form["confirm"] = "unit.functions";
        Assert.Equal(HttpStatusCode.Redirect, (await preparer.PostAsync($"{next}/edit/profile", new FormUrlEncodedContent(form))).StatusCode);
        await using (var db = app.Db())
        {
            var marks = CarriedOver.Read((await db.DisclosureCases.SingleAsync(c => c.Organisation!.Code == Unit && c.FiscalYear == 2022)).CarriedOver);
            Assert.DoesNotContain("unit.functions", marks.Keys);
            Assert.DoesNotContain("unit.structure", marks.Keys);
            Assert.Contains("priorYear.total", marks.Keys);
        }

        // Last year's reasons are offered beside this year's, by the figure they explain, and not copied into them.
        var reasons = await preparer.GetStringAsync($"{next}/edit/reasons");
        var offered = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(reasons);
        var total = offered.GetElementById("f-reasons.total.change")!;
        Assert.Equal("", total.TextContent.Trim());
        var earlier = total.ParentElement!.QuerySelector("details.earlier-reasons")!;
        Assert.Contains("2021年度：财政缩减预算", earlier.QuerySelector("li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("财政缩减预算", earlier.QuerySelector("button[data-use-reason='f-reasons.total.change']")!.GetAttribute("data-text"));

        // On the 上年数 page the figures can be taken again from last year's publication, as a version that says so.
        var (again, revision) = await FormAsync(preparer, $"{next}/edit/priorYear");
        Assert.Contains("取自上年公开的决算", VisibleText(await preparer.GetStringAsync($"{next}/edit/priorYear")));
        var taken = await preparer.PostAsync($"{next}/edit/priorYear?handler=PriorFromLastYear",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = again, ["revision"] = revision }));
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        await using (var db = app.Db())
            Assert.Equal("上年数取自2021年度第1次公开的决算", (await db.AccountsVersions.Where(v => v.Organisation!.Code == Unit && v.FiscalYear == 2022)
                .OrderBy(v => v.Number).LastAsync()).Note);
        // The 2021 year, which has nothing before it, offers no such start.
        Assert.DoesNotContain("取自上年公开的决算", VisibleText(await preparer.GetStringAsync($"{Base}/edit/priorYear")));

        // The rest confirmed at once, in the trail.
        var (confirmToken, _) = await FormAsync(preparer, next);
        await preparer.PostAsync($"{next}?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = confirmToken }));
        Assert.DoesNotContain("沿用上年、待核对的内容", VisibleText(await preparer.GetStringAsync(next)));
        await using (var db = app.Db())
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "accounts.confirm"));
    }

    /// <summary>
    /// 上年数 read from last year's published document uploaded on the 上年数 page: each figure shown with its table, row,
    /// column and page before anything is saved; a document of another year refused; a confirmation sealed to what was
    /// shown, for this unit and year only; once taken, each figure marked with where it was printed.
    /// </summary>
    [Fact]
    public async Task Last_years_published_document_uploaded_is_shown_as_read_then_taken_as_the_prior_year_once_confirmed()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        var preparer = await app.SignedInClientAsync("preparer");
        const string next = "/work/140200-KX/2022";
        var (token, _) = await FormAsync(preparer, $"{next}/import");
        await preparer.PostAsync($"{next}/import?handler=FromLastYear",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        async Task<string> UploadAsync(byte[] content, string name)
        {
            var (t, _) = await FormAsync(preparer, $"{next}/edit/priorYear");
            var response = await preparer.PostAsync($"{next}/edit/priorYear?handler=ReadPrior", new MultipartFormDataContent
            {
                { new StringContent(t), "__RequestVerificationToken" },
                { new ByteArrayContent(content), "document", name },
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        // Last year's disclosure as published (here: as Juesuan publishes it, in 万元).
        var sample = Juesuan.Accounts.AccountsReader.Read(await File.ReadAllTextAsync(Juesuan.Testing.RepoPaths.SampleAccounts), "accounts.json").Accounts!;
        var published = Juesuan.Documents.Html.HtmlRenderer.Render(Juesuan.Disclosure.DisclosureBuilder.Build(sample,
            new Juesuan.Disclosure.DisclosureOptions(Juesuan.Amounts.AmountUnit.TenThousandYuan)));
        var versions = await VersionsAsync(app);
        var shown = await UploadAsync(System.Text.Encoding.UTF8.GetBytes(published), "2021年度部门决算.html");
        var reading = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(shown).GetElementById("prior-reading")!;
        var text = VisibleText(reading.OuterHtml);
        Assert.Contains("从“2021年度部门决算.html”读出的上年数", text);
        var totalRow = reading.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "上年收入（支出）总计");
        Assert.Equal(["400.11万元", "公开01表", "收入总计", "决算数"], totalRow.QuerySelectorAll("td").Skip(1).Take(4).Select(c => c.TextContent.Trim()));
        Assert.Equal("4,001,100.00", totalRow.QuerySelector("td")!.TextContent);
        Assert.Equal(versions, await VersionsAsync(app));

        // A document of another year is refused, saying which year it should be.
        var other = await UploadAsync(await File.ReadAllBytesAsync(Juesuan.Testing.RepoPaths.File("tests", "real", "putuo-finance-bureau-2024.pdf")), "2024.pdf");
        if (Juesuan.Documents.Tests.Installed.OnPath("pdftotext"))
            Assert.Contains("是2024年度的决算，2022年度的上年数应取自2021年度的决算", VisibleText(other));

        // The confirmation is sealed: altered, or replayed on another year, it saves nothing.
        var taking = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(shown).QuerySelector("#prior-reading input[name=taking]")!.GetAttribute("value")!;
        async Task<HttpResponseMessage> TakeAsync(string page, string sealedReading)
        {
            var (t, _) = await FormAsync(preparer, page);
            return await preparer.PostAsync($"{page}?handler=TakePrior",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = t, ["taking"] = sealedReading }));
        }
        var replayed = await TakeAsync($"{Base}/edit/priorYear", taking);
        Assert.Contains("读取结果已过期或不属于本单位本年度", VisibleText(await replayed.Content.ReadAsStringAsync()));
        var altered = await TakeAsync($"{next}/edit/priorYear", taking[..^4] + "AAAA");
        Assert.Contains("读取结果已过期或不属于本单位本年度", VisibleText(await altered.Content.ReadAsStringAsync()));
        Assert.Equal(versions, await VersionsAsync(app));

        var taken = await TakeAsync($"{next}/edit/priorYear", taking);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        await using (var db = app.Db())
        {
            var version = await db.AccountsVersions.Where(v => v.Organisation!.Code == Unit && v.FiscalYear == 2022).OrderBy(v => v.Number).LastAsync();
            Assert.StartsWith("上年数取自 2021年度部门决算.html", version.Note);
            Assert.Equal(4_001_100m, StoredAccounts.Read(version.Json).Accounts.PriorYear.Total!.Value.Yuan);
            var marks = CarriedOver.Read((await db.DisclosureCases.SingleAsync(c => c.Organisation!.Code == Unit && c.FiscalYear == 2022)).CarriedOver);
            Assert.Equal("2021年度部门决算.html 公开01表 第1个表格 第35行 收入总计 决算数 400.11万元", marks["priorYear.total"]);
        }
        // The page shows each figure with where it was printed, to be checked one by one.
        var page = VisibleText(await preparer.GetStringAsync($"{next}/edit/priorYear"));
        Assert.Contains("以下各项取自上年，每项后注明出处", page);
        Assert.Contains("（2021年度部门决算.html 公开01表 第1个表格 第35行 收入总计 决算数 400.11万元）", page);
        // Taken twice, the second is refused: the draft changed since it was read.
        var again = await TakeAsync($"{next}/edit/priorYear", taking);
        Assert.Contains("读取之后本单位的数据已被修改", VisibleText(await again.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// The nine 公开表 as budget software exports them, one file per table, imported on the workbench: previewed with what the
    /// tables do not hold, then saved as this year's figures over a blank start of the unit's.
    /// </summary>
    [Fact]
    public async Task The_nine_tables_exported_one_per_file_are_previewed_then_imported_as_this_years_figures()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, Unit);
        var preparer = await app.SignedInClientAsync("preparer");
        const string next = "/work/140200-KX/2022";
        var sample = Juesuan.Accounts.AccountsReader.Read(await File.ReadAllTextAsync(Juesuan.Testing.RepoPaths.SampleAccounts), "accounts.json").Accounts! with { FiscalYear = 2022 };
        var files = Juesuan.Documents.Tests.ExportedTables.Files(Juesuan.Disclosure.DisclosureBuilder.Build(sample));

        var (token, _) = await FormAsync(preparer, $"{next}/import");
        var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files) upload.Add(new ByteArrayContent(content), "file", name);
        var preview = await (await preparer.PostAsync($"{next}/import?handler=Preview", upload)).Content.ReadAsStringAsync();
        var shown = VisibleText(preview);
        Assert.Contains("将带来的改动", shown);
        Assert.Contains("公开表中没有的内容（保留原有数据，请在工作台填报或核对）", shown);
        Assert.DoesNotContain("公开表自身不平衡", shown);
        Assert.Equal(1, await VersionsAsync(app)); // 2021's only: nothing is saved before it is confirmed

        var form = FormFields(preview, "confirm-form");
        Assert.Equal(9, Regex.Matches(preview, "name=\"fileName\"").Count);
        var content9 = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form["__RequestVerificationToken"]) };
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(preview);
        foreach (var input in document.QuerySelectorAll("#confirm-form input[type=hidden]"))
            if (input.GetAttribute("name") is "content" or "fileName" or "revision") content9.Add(new(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""));
        var saved = await preparer.PostAsync($"{next}/import?handler=Confirm", new FormUrlEncodedContent(content9));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = app.Db();
        var version = await db.AccountsVersions.SingleAsync(v => v.Organisation!.Code == Unit && v.FiscalYear == 2022);
        Assert.StartsWith("由公开表导入 收入支出决算总表.xlsx、", version.Note);
        var imported = StoredAccounts.Read(version.Json).Accounts;
        Assert.Equal(sample.Expenditure.Sum(l => l.Amount.Yuan), imported.Expenditure.Sum(l => l.Amount.Yuan));
        Assert.Equal(sample.Expenditure.Count, imported.Expenditure.Count);
        Assert.Equal("大同市科学技术协会", imported.Unit.Name);
    }

    /// <summary>
    /// A publication's checks as a citizen reads them: linked from its page, in Chinese — what was checked by kind, what
    /// each severity means, each finding with its rule's title (never its id), the unit's explanation where it gave one.
    /// </summary>
    [Fact]
    public async Task The_check_summary_of_a_publication_reads_in_plain_chinese_without_rule_ids_or_json()
    {
        await using var app = await JuesuanApp.StartAsync();
        var citizen = app.AnonymousClient();
        var page = await citizen.GetStringAsync("/disclosures/140200-KX/2021");
        Assert.Contains("/disclosures/140200-KX/2021/checks?sequence=1", page);
        var html = await citizen.GetStringAsync("/disclosures/140200-KX/2021/checks?sequence=1");
        var text = VisibleText(html);
        Assert.Contains("大同市科学技术协会 2021年度决算的检查情况", text);
        Assert.Contains("检查结果", text);
        Assert.Contains("表内平衡", text);
        Assert.Contains("公开前必须改正", text);
        Assert.Contains("预算执行率", text);
        // A project is named by its name, not by the id the unit's file gives it.
        Assert.Contains("填报项“项目“", text);
        Assert.DoesNotContain("zhucun", text);
        Assert.DoesNotMatch(@"\b[A-Z]{1,2}-\d+\b", text);
        foreach (var word in new[] { "ruleId", "fingerprint", "{", "}", "null", "warning", "blocking" }) Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        Assert.Null(Juesuan.Testing.PeoplesWords.PathIn(text));
        Assert.Null(Juesuan.Testing.PeoplesWords.DevelopersWordIn(text));
        // Machines still have the report as JSON.
        Assert.Contains("/api/public/disclosures/140200-KX/2021/checks?sequence=1", html);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/disclosures/140200-KX/2021/checks?sequence=9")).StatusCode);

        // A unit that explained its execution against the budget: each such warning shows what it wrote.
        await PublishCopyAsync(app, "140200-KX2", "大同市科技馆", 1m);
        var explained = VisibleText(await citizen.GetStringAsync("/disclosures/140200-KX2/2021/checks"));
        Assert.Contains("执行率117.80%，超出90%～110%的合理区间。 位置：公开05表 2012901行", System.Text.RegularExpressions.Regex.Replace(explained, @"\s+", " "));
        Assert.Contains("单位的说明：年中追加预算", explained);
    }

    /// <summary>
    /// The API for people: every endpoint the server maps, by group, with what it does in Chinese and who may call it,
    /// linked from every page's footer; the OpenAPI document for programs linked from it.
    /// </summary>
    [Fact]
    public async Task The_api_page_lists_every_endpoint_in_chinese_and_links_the_openapi_document()
    {
        await using var app = await JuesuanApp.StartAsync();
        var citizen = app.AnonymousClient();
        Assert.Contains("href=\"/api-docs\"", await citizen.GetStringAsync("/"));
        var html = await citizen.GetStringAsync("/api-docs");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var rows = document.QuerySelectorAll("table.api tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToArray();
        var openApi = await (await citizen.GetAsync("/openapi/v1.json")).OkJsonAsync();
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        // Every path of the OpenAPI document is on the page, and nothing else.
        Assert.Equal(paths.Order(), rows.Select(r => r[1]).Distinct().Order());
        var list = Assert.Single(rows, r => r[1] == "/api/public/disclosures");
        Assert.Equal(["GET", "/api/public/disclosures"], list[..2]);
        Assert.StartsWith("已公开的决算，分页：q 单位、部门名称或编码，year 年度", list[2]);
        Assert.Equal("公开，无需登录", list[3]);
        Assert.Contains(rows, r => r[1] == "/api/units/{code}/{year}/import" && r[3] == "须登录或令牌");
        Assert.All(rows, r => Assert.NotEqual("", r[2]));
        Assert.Contains("href=\"/openapi/v1.json\"", html);
    }

    /// <summary>
    /// A unit followed over the years: two more years of the sample unit recorded as published (the later one's 三公
    /// halved), its page lists each year's key figures with the change from the year before, draws them, and links every
    /// publication; each disclosure's page leads to it.
    /// </summary>
    [Fact]
    public async Task A_units_page_follows_it_over_the_years_with_each_years_change_and_every_publication()
    {
        await using var app = await JuesuanApp.StartAsync();
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(Juesuan.Testing.RepoPaths.SampleAccounts))!;
        foreach (var (year, scale) in new[] { (2022, 1m), (2023, 0.5m) })
        {
            var json = sample.DeepClone();
            json["fiscalYear"] = year;
            var actual = json["threePublic"]!["actual"]!;
            foreach (var item in new[] { "abroad", "vehiclePurchase", "vehicleOperation", "reception" })
                if (actual[item] is { } value) actual[item] = (decimal)value * scale;
            using var scope = app.Services.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<AccountsStore>();
            var unit = await scope.ServiceProvider.GetRequiredService<JuesuanDb>().Organisations.SingleAsync(o => o.Code == Unit);
            var saved = Assert.IsType<SaveOutcome.Saved>(await store.SaveAsync(unit.Id, json.ToJsonString(), "accounts.json", "test", null, fiscalYear: year));
            Assert.IsType<WorkflowOutcome.Done>(await scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>().RecordPublishedAsync(
                unit.Id, year, saved.Revision, "test", new HistoricalPublication(new DateOnly(year + 1, 8, 20), null, "测试"), Juesuan.Web.Publishing.DisclosureRendering.Render));
        }

        var citizen = app.AnonymousClient();
        Assert.Contains("href=\"/disclosures/140200-KX\"", await citizen.GetStringAsync("/disclosures/140200-KX/2022"));
        var html = await citizen.GetStringAsync("/disclosures/140200-KX");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(["项目", "2021年", "2022年", "2023年"], document.QuerySelectorAll("#years-table thead th").Select(th => th.TextContent.Trim()));
        string[] Row(string name) => document.QuerySelectorAll("#years-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == name)
            .QuerySelectorAll("td").Select(td => Regex.Replace(td.TextContent, @"\s+", " ").Trim()).ToArray();
        // The sample's “三公” of 6,164.80 元, the same in 2022, half in 2023.
        Assert.Equal(["6,164.80", "6,164.80持平", "3,082.40减少3,082.40元（下降50.00%）"], Row("“三公”经费支出"));
        Assert.Equal("4,001,132.90", Row("收入（支出）总计")[0]);
        Assert.Equal(2, document.QuerySelectorAll("figure.chart").Length);
        Assert.Equal(["2023年度 第1次公开", "2022年度 第1次公开", "2021年度 第1次公开"],
            document.QuerySelectorAll("#timeline li a").Select(a => a.TextContent.Trim()));
        Assert.Null(Juesuan.Testing.PeoplesWords.PathIn(VisibleText(html)));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/disclosures/NO-SUCH-UNIT")).StatusCode);
    }

    /// <summary>The fields a form posts as the page fills them: inputs (checked boxes only), selects and text areas, by name.</summary>
    private static Dictionary<string, string> FormFields(string html, string formId)
    {
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).GetElementById(formId)!;
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) fields[name] = box.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
            }
        }
        return fields;
    }

    [Fact]
    public async Task Submitting_with_a_blocking_finding_is_refused_with_the_findings_listed()
    {
        var (app, preparer) = await DraftAsync();
        await using var _ = app;
        // 100 元 more at the year's end than the flows leave: the totals no longer balance.
        var (token, revision) = await FormAsync(preparer, $"{Base}/edit/balances");
        var saved = await preparer.PostAsync($"{Base}/edit/balances", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["revision"] = revision,
            ["openingBalances.rows"] = "2",
            ["openingBalances[0].funding"] = "generalBudget",
            ["openingBalances[0].code"] = "2012901",
            ["openingBalances[0].amount"] = "84676.10",
            ["openingBalances[1].funding"] = "nonFiscal",
            ["openingBalances[1].code"] = "2012901",
            ["openingBalances[1].amount"] = "191.93",
            ["closingBalances.rows"] = "1",
            ["closingBalances[0].funding"] = "nonFiscal",
            ["closingBalances[0].code"] = "2012901",
            ["closingBalances[0].amount"] = "512.26",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("T1-5", await preparer.GetStringAsync($"{Base}/edit/balances"));
        (token, revision) = await FormAsync(preparer, Base);
        var response = await preparer.PostAsync($"{Base}?handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["revision"] = revision,
        }));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.Fail("submitted despite the finding: " + response.Headers.Location);
        Assert.Contains("阻断问题，修改后才能提交", html);
        Assert.Contains("去修改", html);
    }

    [Fact]
    public async Task The_sample_is_shown_as_the_historical_publication_it_is_with_its_own_dates_and_its_findings()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var page = VisibleText(await client.GetStringAsync($"/disclosures/{Unit}/2021"));
        Assert.Contains("历史公开（导入）：本件在使用本系统之前公开，未经本系统审核", page);
        Assert.Contains(SampleLoader.Original.Source, page);
        // Its dates are its own: the original states neither, so neither is the day the server started.
        Assert.Matches(@"公开日期\s+原文未载明", page);
        Assert.Matches(@"批复日期\s+原文未载明", page);
        Assert.DoesNotContain(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " ", page[..page.IndexOf("本系统于", StringComparison.Ordinal)]);
        // Its findings are kept: its self-evaluation's five blocking contradictions, counted and listed.
        Assert.Matches(@"登记时检查\s+阻断 5", page);
        Assert.Contains("项目“科普项目”：阻断 5 项", page);
        Assert.Contains("合计为110分，不是100分", page);
        // Where the original explains nothing, the text says so, and asks nothing of anyone.
        Assert.Contains(HistoricalPublication.Unstated, page);
        Assert.DoesNotContain("待补充", page);
        var list = VisibleText(await client.GetStringAsync("/"));
        Assert.Contains("原文未载明", list);
        Assert.Contains("历史公开（导入）", list);
        var api = await (await client.GetAsync($"/api/public/disclosures/{Unit}/2021")).OkJsonAsync();
        var publication = api.GetProperty("publications")[0];
        Assert.Equal("historical", publication.GetProperty("kind").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, publication.GetProperty("publishedOn").ValueKind);
    }

    [Fact]
    public async Task The_public_disclosure_page_reads_without_scripts()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var html = await client.GetStringAsync($"/disclosures/{Unit}/2021");
        Assert.Contains("大同市科学技术协会2021年度单位决算", html);
        Assert.Contains("公开01表", html);
        // Each chart's figures are also a table, and its option sits beside it for the script.
        Assert.Equal(6, Regex.Matches(html, "<figure class=\"chart\"").Count);
        Assert.Contains("<summary>数据（元）</summary>", html);
        Assert.Contains("265,675.22", html);
        Assert.Contains("/lib/echarts/echarts.min.js", html);
        // The tab shows the site's icon rather than a missing file.
        var icon = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await icon.Content.ReadAsByteArrayAsync())[..4]);
        foreach (var format in new[] { "pdf", "docx", "xlsx", "html", "csv", "fdp", "json", "accounts" })
            Assert.Contains($"/api/public/disclosures/{Unit}/2021/documents/{format}?sequence=1", html);
        Assert.DoesNotMatch("(src|href)=\"https?://", html);

        var css = await client.GetStringAsync("/disclosure.css");
        Assert.StartsWith(".document {", css, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/disclosures/NOPE/2021")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/echarts/echarts.min.js")).StatusCode);
    }

    [Fact]
    public async Task The_portal_searches_and_compares()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        Assert.Contains($"/disclosures/{Unit}/2021", await client.GetStringAsync("/?q=科学技术"));
        Assert.Contains("没有找到已公开的决算", await client.GetStringAsync("/?q=不存在的单位"));
        Assert.Contains("没有找到已公开的决算", await client.GetStringAsync("/?year=1999"));
        Assert.Contains("请选择两份以上", await client.GetStringAsync($"/compare?d={Unit}:2021&d={Unit}:2021&d=NOPE:2021"));

        await PublishCopyAsync(app, "140200-KX2", "大同市科技馆", 1.5m);
        var compared = await client.GetStringAsync($"/compare?d={Unit}:2021&d=140200-KX2:2021");
        Assert.Contains("大同市科技馆 2021", compared);
        Assert.Contains("6,164.80", compared);
        Assert.Contains("9,247.20", compared);
        Assert.Contains("id=\"chart-compare\"", compared);
        // The small figures on a chart of their own, so that they are not lost beside millions.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(compared);
        string[] Rows(string chart) => [.. page.GetElementById(chart)!.QuerySelectorAll("tbody th").Select(th => th.TextContent)];
        Assert.Superset(new HashSet<string> { "“三公”经费支出", "机关运行经费", "政府采购支出", "因公出国（境）费", "公务接待费" }, Rows("chart-compare-small").ToHashSet());
        Assert.Equal(["收入（支出）总计", "本年收入合计", "本年支出合计"], Rows("chart-compare")[..3]);
        Assert.DoesNotContain("“三公”经费支出", Rows("chart-compare"));

        // The picker narrows by name, code, department or year; what is picked stays listed first whatever is searched.
        string[] Choices(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("fieldset.choices input")
            .Select(i => i.GetAttribute("value")!).ToArray();
        Assert.Equal(["140200-KX2:2021"], Choices(await client.GetStringAsync("/compare?q=科技馆")));
        Assert.Equal([$"{Unit}:2021", "140200-KX2:2021"], Choices(await client.GetStringAsync($"/compare?q=科技馆&d={Unit}:2021")));
        Assert.Equal(2, Choices(await client.GetStringAsync("/compare?q=2021年度")).Length);
        Assert.Empty(Choices(await client.GetStringAsync("/compare?q=2020")));
        Assert.Contains("符合条件的共 1 份", VisibleText(await client.GetStringAsync("/compare?q=140200-KX2")));
    }

    /// <summary>
    /// A year's publications downloaded at once from the list: one archive of each publication's nine tables as CSV, a
    /// 目录.csv whose figures are the portal's, and a 数据说明.txt in Chinese.
    /// </summary>
    [Fact]
    public async Task A_years_publications_download_as_one_archive_of_tables_with_an_index_and_a_guide()
    {
        await using var app = await JuesuanApp.StartAsync();
        await PublishCopyAsync(app, "140200-KX2", "大同市科技馆", 1.5m);
        var client = app.AnonymousClient();
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/?year=2021"));
        var href = home.GetElementById("archive")!.GetAttribute("href")!;
        Assert.Equal("/api/public/disclosures/archive?year=2021", href);
        var response = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2021年度已公开的决算（公开表）.zip", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("数据说明.txt", names[0]);
        Assert.Equal("目录.csv", names[1]);
        // The nine tables of each, and the tables of the self-evaluations published with them.
        foreach (var folder in new[] { "大同市科技馆2021年度单位决算/", "大同市科学技术协会2021年度单位决算/" })
        {
            Assert.Contains(folder + "01-收入支出决算总表.csv", names);
            Assert.Contains(folder + "09-国有资本经营预算财政拨款支出决算表.csv", names);
            Assert.All(names.Where(n => n.StartsWith(folder, StringComparison.Ordinal) && !n.StartsWith(folder + "财政数据包/", StringComparison.Ordinal)), n => Assert.EndsWith(".csv", n));
            // Each one's Fiscal Data Package beside its tables.
            Assert.Contains(folder + "财政数据包/datapackage.json", names);
            Assert.Contains(folder + "财政数据包/expenditure.csv", names);
        }
        string Text(string name) { using var reader = new StreamReader(zip.GetEntry(name)!.Open()); return reader.ReadToEnd(); }
        Assert.Contains("金额单位均为元", Text("数据说明.txt"));
        var index = Text("目录.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var column = Array.IndexOf(index[0], "“三公”经费支出（元）");
        // The figures are the portal's: the sample's “三公” of 6,164.80 元, and its copy's half as much again.
        Assert.Equal(["6164.80", "9247.20"], index.Skip(1).Select(r => r[column]));
        Assert.Contains("6,164.80", await client.GetStringAsync("/disclosures/140200-KX/2021"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/public/disclosures/archive?year=1999")).StatusCode);
    }

    /// <summary>The sample published again as another unit of the department, with the three public expenses scaled.</summary>
    /// <summary>
    /// Publishes a copy of the sample as another unit (under the sample's department unless one is named; the unit added unless it
    /// exists), its vehicle running costs scaled, for 2021 or another year; with <paramref name="bureausTemplate"/>, naming no template
    /// of its own, so that the bureau's choice applies.
    /// </summary>
    internal static async Task PublishCopyAsync(JuesuanApp app, string code, string name, decimal scale, string department = SampleLoader.DepartmentCode, int year = 2021,
        bool bureausTemplate = false)
    {
        await using (var db = app.Db())
        {
            if (!db.Organisations.Any(o => o.Code == code)) await app.AddOrganisationAsync(code, name, OrganisationKind.Unit, department);
            if (!db.Users.Any(u => u.UserName == code + "-preparer")) await app.AddUserAsync(code + "-preparer", UserRole.UnitPreparer, code);
        }
        var reviewer = department == SampleLoader.DepartmentCode ? "department" : department + "-reviewer";
        await using (var db = app.Db())
        {
            if (!db.Users.Any(u => u.UserName == reviewer)) await app.AddUserAsync(reviewer, UserRole.DepartmentReviewer, department);
            if (!db.Users.Any(u => u.UserName == "bureau")) await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        }
        var json = JsonNode.Parse(Juesuan.Testing.SampleVariants.Publishable())!;
        json["unit"]!["code"] = code;
        json["unit"]!["name"] = name;
        json["fiscalYear"] = year;
        if (bureausTemplate) json["disclosure"]!.AsObject().Remove("template");
        var actual = json["threePublic"]!["actual"]!;
        actual["vehicleOperation"] = (decimal)actual["vehicleOperation"]! * scale;
        var preparer = await app.TokenClientAsync(code + "-preparer");
        var import = await preparer.PostAsync($"/api/units/{code}/{year}/import", new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())), "file", "accounts.json" },
        });
        var revision = await import.OkRevisionAsync();
        revision = await (await preparer.ActAsync(code, year, "submit", new { revision })).OkRevisionAsync();
        revision = await (await (await app.TokenClientAsync(reviewer)).ActAsync(code, year, "approve", new { revision })).OkRevisionAsync();
        var bureau = await app.TokenClientAsync("bureau");
        revision = await (await bureau.ActAsync(code, year, "approve", new { revision })).OkRevisionAsync();
        await (await bureau.ActAsync(code, year, "publish", new { revision })).OkJsonAsync();
    }

    [Fact]
    public async Task The_audit_page_reports_on_pasted_text_and_says_what_is_missing()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var token = await JuesuanApp.FormTokenAsync(client, "/audit");
        var text = "2021年度收入总计100.00万元，其中：财政拨款收入80.00万元，占收入总计的90%；其他收入20.00万元，占20%。";
        var report = await client.PostAsync("/audit", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text), "text" },
        });
        var html = await report.Content.ReadAsStringAsync();
        Assert.Contains("共核查", html);
        Assert.Contains("<mark class=\"contradicted\"", html);

        var empty = await client.PostAsync("/audit", new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });
        Assert.Contains("请粘贴公开文本，或选择文件", await empty.Content.ReadAsStringAsync());
    }

    [Juesuan.Documents.Tests.RequiresPdftotextFact]
    public async Task A_published_pdf_uploaded_to_the_audit_page_is_read_tables_and_text()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var token = await JuesuanApp.FormTokenAsync(client, "/audit");
        var pdf = new ByteArrayContent(File.ReadAllBytes(Juesuan.Testing.RepoPaths.File("tests", "real", "putuo-finance-bureau-2024.pdf")));
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var report = await client.PostAsync("/audit", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { pdf, "file", "普陀区财政局2024年度部门决算.pdf" },
        });
        var html = await report.Content.ReadAsStringAsync();
        Assert.Contains("找到 9 张决算表，读取 9 张；表内和表间核对发现不符 0 处。", html);
        Assert.Contains("<td>公开04表</td><td>财政拨款收入支出决算总表</td><td>第12–13页</td><td>识别 38 行</td>", html);
        Assert.Contains("财政拨款收入支出决算总表的总计为2,961.68万元", html);
        Assert.Contains("data-contradictions=\"2\"", html);
    }

    [Fact]
    public async Task A_word_document_uploaded_to_the_audit_page_is_read_tables_and_text()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var token = await JuesuanApp.FormTokenAsync(client, "/audit");
        var read = Juesuan.Testing.SampleFiles.Read("putuo-planning-2024");
        var document = Juesuan.Pipeline.DisclosurePipeline.Prepare(read.Accounts!, read.Settings, Juesuan.Pipeline.PublishingSettings.Shipped, new DateOnly(2025, 9, 30)).Document;
        var docx = new ByteArrayContent(Juesuan.Documents.Docx.DocxRenderer.Render(document));
        docx.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var report = await client.PostAsync("/audit", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { docx, "file", "普陀区规划资源局2024年度部门决算.docx" },
        });
        var html = await report.Content.ReadAsStringAsync();
        Assert.Contains("找到 9 张决算表，读取 9 张；表内和表间核对发现不符 0 处。", html);
        // The Shanghai layout prints titles without codes: the table is recognised as 公开05表 by its title.
        Assert.Contains("<td>公开05表</td><td>一般公共预算财政拨款支出决算表</td><td>第5个表格</td><td>识别 25 行</td>", html);
        Assert.Contains("与一般公共预算财政拨款支出决算表“城乡社区支出”一行（212）的合计（3,832.36万元）相符", html);
        Assert.Contains("data-contradictions=\"0\"", html);
    }

    [Fact]
    public async Task Page_forms_without_the_antiforgery_token_are_refused()
    {
        var (app, preparer) = await DraftAsync();
        await using var _ = app;
        var versions = await VersionsAsync(app);
        var (_, revision) = await FormAsync(preparer, $"{Base}/edit/operating");
        var response = await preparer.PostAsync($"{Base}/edit/operating", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["revision"] = revision,
            ["operatingCosts"] = "1",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(versions, await VersionsAsync(app));
    }

    [Fact]
    public async Task The_bureau_settings_change_the_rules_every_check_runs_and_are_audited()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        await app.AddUserAsync("department", UserRole.DepartmentReviewer, SampleLoader.DepartmentCode);
        var bureau = await app.SignedInClientAsync("bureau");
        var api = await app.TokenClientAsync("bureau");
        var shipped = await api.GetStringAsync($"/api/units/{Unit}/2021/checks");
        Assert.Contains("\"Q-2\"", shipped);

        Dictionary<string, string> Form(string token, string q1Low)
        {
            var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["fiscalYear"] = "2021", ["template"] = "default" };
            foreach (var rule in Juesuan.Checks.RuleCatalogue.Builtin.Rules)
            {
                if (rule.Id != "Q-2") form[$"rule.{rule.Id}.enabled"] = "true";
                form[$"rule.{rule.Id}.severity"] = rule.Id == "Q-1" ? "blocking" : Juesuan.Checks.RuleCatalogue.SeveritySpellings.First(s => s.Value == rule.Severity).Key;
                foreach (var (name, value) in rule.Thresholds)
                    form[$"rule.{rule.Id}.threshold.{name}"] = rule.Id == "Q-1" && name == "low" ? q1Low : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return form;
        }

        var token = await JuesuanApp.FormTokenAsync(bureau, "/review/settings");
        var refused = await bureau.PostAsync("/review/settings", new FormUrlEncodedContent(Form(token, "九十")));
        Assert.Contains("阈值“low”应为数字，实际为“九十”", await refused.Content.ReadAsStringAsync());
        Assert.Equal(shipped, await api.GetStringAsync($"/api/units/{Unit}/2021/checks"));

        var saved = await bureau.PostAsync("/review/settings", new FormUrlEncodedContent(Form(token, "85")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var configured = JsonNode.Parse(await api.GetStringAsync($"/api/units/{Unit}/2021/checks"))!;
        var findings = configured["findings"]!.AsArray();
        Assert.DoesNotContain(findings, f => (string)f!["ruleId"]! == "Q-2");
        Assert.All(findings.Where(f => (string)f!["ruleId"]! == "Q-1"), f => Assert.Equal("blocking", ((string)f!["severity"]!).ToLowerInvariant()));
        Assert.Contains("value=\"85\"", await bureau.GetStringAsync("/review/settings"));
        Assert.Contains("<option value=\"2021\" selected=\"selected\">", await bureau.GetStringAsync("/review"));

        await using (var db = app.Db())
            Assert.Contains("Q-1", (await db.AuditEntries.SingleAsync(e => e.Action == "settings.save")).Detail);
        var department = await app.SignedInClientAsync("department");
        Assert.Equal(HttpStatusCode.Forbidden, (await department.GetAsync("/review/settings")).StatusCode);
    }

    [Fact]
    public async Task The_bureau_loads_its_catalogue_from_a_workbook_after_a_preview_and_units_then_use_its_codes_without_a_warning()
    {
        var (app, _) = await DraftAsync();
        await using var _ = app;
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        await app.AddUserAsync("department", UserRole.DepartmentReviewer, SampleLoader.DepartmentCode);
        var preparer = await app.TokenClientAsync("preparer");
        var school = System.Text.Encoding.UTF8.GetBytes(Juesuan.Testing.SampleVariants.WithVocationalSchool(named: false));
        Task<HttpResponseMessage> ImportSchool() => preparer.PostAsync($"/api/units/{Unit}/2021/import",
            new MultipartFormDataContent { { new ByteArrayContent(school), "file", "school.json" } });
        var refused = await ImportSchool();
        Assert.False(refused.IsSuccessStatusCode);
        Assert.Contains("2021年版支出功能分类科目中没有“2050302”", await refused.Content.ReadAsStringAsync());

        var bureau = await app.SignedInClientAsync("bureau");
        var token = await JuesuanApp.FormTokenAsync(bureau, "/review/catalogs");
        Task<HttpResponseMessage> Upload(byte[] content, string fileName) => bureau.PostAsync("/review/catalogs?handler=Preview", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
            { new StringContent("2021"), "year" },
            { new StringContent("function"), "kind" },
        });
        async Task<int> Loaded() { await using var db = app.Db(); return await db.LoadedCatalogs.CountAsync(); }

        // The year's list as a workbook, read back unchanged: what a bureau edits to make its own.
        var shippedBook = await bureau.GetByteArrayAsync("/review/catalogs?handler=Workbook&year=2021&kind=function");
        var same = await (await Upload(shippedBook, "2021.xlsx")).Content.ReadAsStringAsync();
        Assert.Contains("与现用目录相比与现用目录相同", same);

        var broken = await (await Upload(System.Text.Encoding.UTF8.GetBytes("科目编码,科目名称\n205,教育支出\n30201,办公费\n"), "目录.csv")).Content.ReadAsStringAsync();
        Assert.Contains("目录文件有 1 处问题，未导入任何内容", broken);
        Assert.Contains("目录.csv 第3行第1列：支出功能分类科目的编码以2开头，“30201”不是支出功能分类科目", broken);
        Assert.Equal(0, await Loaded());

        var shipped = Juesuan.Catalog.CodeCatalogs.ForYear(2021)!;
        var edition = new Juesuan.Catalog.CodeCatalog(2021, shipped.Codes.Concat(Juesuan.Testing.SampleVariants.VocationalCodes
            .Where(kv => shipped.Find(Juesuan.Catalog.CodeKind.Function, kv.Key) is null)
            .Select(kv => new Juesuan.Catalog.ClassificationCode(kv.Key, Juesuan.Catalog.ClassificationCode.LevelOfLength(kv.Key.Length)!.Value,
                Juesuan.Catalog.CodeKind.Function, kv.Value, "", "", "反映各级各类中等职业学校的支出。"))));
        var preview = await (await Upload(Juesuan.Documents.Classification.CatalogWorkbook.Write(edition, Juesuan.Catalog.CodeKind.Function), "功能分类科目.xlsx"))
            .Content.ReadAsStringAsync();
        Assert.Contains("新增1个、删除0个、更名0个科目", preview);
        Assert.Contains("<td>新增</td><td>2050302</td><td></td><td>中等职业教育</td>", preview);
        Assert.Equal(0, await Loaded());

        var confirmed = await bureau.PostAsync("/review/catalogs?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["content"] = WebUtility.HtmlDecode(Regex.Match(preview, "name=\"content\" value=\"([^\"]+)\"").Groups[1].Value),
            ["fileName"] = "功能分类科目.xlsx",
            ["year"] = "2021",
            ["kind"] = "function",
        }));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, await Loaded());
        Assert.Contains("导入（2021年起）", await bureau.GetStringAsync("/review/catalogs"));

        await (await ImportSchool()).OkRevisionAsync();
        var checks = await preparer.GetStringAsync($"/api/units/{Unit}/2021/checks");
        Assert.DoesNotContain(JsonNode.Parse(checks)!["findings"]!.AsArray(), f => ((string)f!["ruleId"]!).StartsWith("C-", StringComparison.Ordinal));
        Assert.Contains("中等职业教育", await preparer.GetStringAsync($"/api/units/{Unit}/2021/preview"));

        var department = await app.SignedInClientAsync("department");
        Assert.Equal(HttpStatusCode.Forbidden, (await department.GetAsync("/review/catalogs")).StatusCode);
        Task<HttpResponseMessage> Withdraw() => bureau.PostAsync("/review/catalogs?handler=Withdraw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["year"] = "2021", ["kind"] = "function",
        }));

        // Withdrawn, the edition would leave the unit's saved accounts with a code nothing names: refused until the unit names it.
        var refusedWithdrawal = await Withdraw();
        Assert.Equal(HttpStatusCode.OK, refusedWithdrawal.StatusCode);
        Assert.Contains("大同市科学技术协会 2021年度：2050302", await refusedWithdrawal.Content.ReadAsStringAsync());
        Assert.Equal(1, await Loaded());
        await (await preparer.PostAsync($"/api/units/{Unit}/2021/import", new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Juesuan.Testing.SampleVariants.WithVocationalSchool(named: true))), "file", "named.json" },
        })).OkRevisionAsync();
        var withdrawn = await Withdraw();
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(0, await Loaded());
        await using var db = app.Db();
        Assert.Equal(["catalog.load", "catalog.withdraw"], await db.AuditEntries.Where(e => e.Action.StartsWith("catalog.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }
}
