using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Juesuan.Testing;
using Microsoft.Playwright;
using static Juesuan.Web.Tests.BrowserPeople;
using static Microsoft.Playwright.Assertions;

namespace Juesuan.Web.Tests;

/// <summary>
/// The whole story in a real browser against the real app on 127.0.0.1: setting up, preparing, returning,
/// approving, publication refused while placeholders and a contradicting self-evaluation remain, mending,
/// publishing, and a citizen reading and auditing the result. Each step asserts what a person
/// sees, and leaves a screenshot in artifacts/screenshots.
/// </summary>
public sealed class BrowserStoryTests : IAsyncLifetime
{
    private const string Unit = "140200-KX";
    private const string Password = JuesuanApp.Password;

    private BrowserPeople? people;

    public async Task InitializeAsync() => people = await BrowserPeople.StartAsync(loadSample: false);

    public async Task DisposeAsync()
    {
        if (people is not null) await people.DisposeAsync();
    }

    private Task<IPage> PersonAsync(string? userName = null) => people!.PersonAsync(userName);

    [RequiresBrowserFact]
    public async Task From_an_empty_server_to_a_published_disclosure_a_citizen_audits()
    {
        // 1. The administrator sets the server up with the one-time code, and creates the department, the unit and the people.
        var admin = await PersonAsync();
        await admin.GotoAsync("/setup");
        await admin.GetByLabel("初始化码").FillAsync(people!.App.Service<FirstRun>().Code);
        await admin.GetByLabel("财政局编码").FillAsync("140200");
        await admin.GetByLabel("财政局名称").FillAsync("大同市财政局");
        await admin.GetByLabel("登录名").FillAsync("admin");
        await admin.GetByLabel("姓名").FillAsync("系统管理员");
        await admin.GetByLabel("密码（至少10位，含字母和数字）").FillAsync(Password);
        await admin.GetByLabel("再次输入密码").FillAsync(Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "创建系统管理员" }).ClickAsync();
        // Created and signed in, the administrator lands where the next work is.
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("下一步：新增部门和单位");
        await AddOrganisationAsync(admin, "Department", "大同市财政局（财政局）", "140200-D-KX", "大同市科协");
        await AddOrganisationAsync(admin, "Unit", "大同市科协（部门）", Unit, "大同市科学技术协会");
        await AddUserAsync(admin, "kx-preparer", "王填报", "UnitPreparer", "大同市科学技术协会（单位）");
        await AddUserAsync(admin, "kx-reviewer", "李审核", "DepartmentReviewer", "大同市科协（部门）");
        await AddUserAsync(admin, "bureau", "赵财政", "BureauReviewer", "大同市财政局（财政局）");
        await Expect(admin.Locator("table").Last).ToContainTextAsync("王填报");
        await ShotAsync(admin, "01-admin");

        // 2. The preparer, whose password the administrator chose, first chooses their own; then imports accounts with one wrong amount and one missing reason, and sees the preview of the changes.
        var preparer = await PersonAsync("kx-preparer");
        Assert.Equal(["kx-preparer"], people!.FirstSignIns);
        await preparer.GetByRole(AriaRole.Link, new() { Name = "填报", Exact = true }).ClickAsync();
        await preparer.GetByLabel("其他年度").FillAsync("2021");
        await preparer.GetByRole(AriaRole.Button, new() { Name = "打开" }).ClickAsync();
        await preparer.GetByRole(AriaRole.Link, new() { Name = "导入决算数据文件或新建空白数据" }).ClickAsync();
        await preparer.GetByLabel("选择文件", new() { Exact = true }).SetInputFilesAsync(BrokenSample());
        await preparer.GetByRole(AriaRole.Button, new() { Name = "预览改动" }).ClickAsync();
        await Expect(preparer.Locator("[data-count=blocking]")).Not.ToHaveTextAsync("0");
        await Expect(preparer.Locator("details.changes summary")).ToContainTextAsync("处改动");
        await ShotAsync(preparer, "02-import-preview");
        await preparer.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Expect(Status(preparer)).ToHaveTextAsync("草稿");
        await Expect(preparer.Locator("[data-count=blocking]")).Not.ToHaveTextAsync("0");
        await Expect(preparer.Locator(".findings")).ToContainTextAsync("收入总计");

        // 3. Fixes the finding where it is: the expenditure line, with the total following as it is typed.
        await preparer.Locator("nav.side").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^本年支出") }).ClickAsync();
        await Expect(preparer.Locator("tr.has-blocking").First).ToBeVisibleAsync();
        var total = preparer.Locator("[data-total=amount]");
        var before = await total.TextContentAsync();
        await preparer.Locator("input[value='2462984.65']").FillAsync("2462884.65");
        await Expect(total).Not.ToHaveTextAsync(before!);
        await ShotAsync(preparer, "03-edit-expenditure");
        await preparer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(preparer.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存为第2版");
        await Expect(preparer.Locator("tr.has-blocking")).ToHaveCountAsync(0);

        // 4. Writes the reason the rules ask for, beside the three public expenses.
        await preparer.Locator("nav.side").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^“三公”经费") }).ClickAsync();
        var reason = preparer.GetByLabel("“三公”经费决算数与预算数的差异");
        await Expect(preparer.Locator(".reason").First).ToContainTextAsync("必填");
        await reason.FillAsync("严格控制公务用车使用，运行费用低于预算");
        await preparer.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(preparer.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存为第3版");
        await Expect(preparer.GetByLabel("“三公”经费决算数与预算数的差异")).ToHaveValueAsync("严格控制公务用车使用，运行费用低于预算");
        await Expect(preparer.Locator(".reason .badge")).ToHaveCountAsync(0);

        // 5. Scores the project: its self-evaluation imported, an indicator's actual value changed, the score following.
        await preparer.GetByRole(AriaRole.Link, new() { Name = "导入文件" }).First.ClickAsync();
        await preparer.GetByLabel("选择绩效自评文件（.json）").SetInputFilesAsync(RepoPaths.File("samples", "datong-cast-2021", "performance.json"));
        await preparer.GetByRole(AriaRole.Button, new() { Name = "导入绩效自评" }).ClickAsync();
        await preparer.GetByRole(AriaRole.Link, new() { Name = "绩效自评", Exact = true }).ClickAsync();
        // The live score listens once the page's script has run, at the end of the page: typing before it would go unscored.
        await preparer.WaitForLoadStateAsync(LoadState.Load);
        var score = preparer.Locator("#s-0-0");
        var totalScore = preparer.Locator("#total-0");
        await Expect(score).ToHaveTextAsync("2");
        var totalBefore = await totalScore.TextContentAsync();
        await preparer.GetByLabel("第1个指标 实际完成值").FillAsync("0次");
        await Expect(score).ToHaveTextAsync("0");
        await Expect(totalScore).Not.ToHaveTextAsync(totalBefore!);
        await ShotAsync(preparer, "04-performance");
        await preparer.GetByLabel("第1个指标 实际完成值").FillAsync("1次");
        await Expect(score).ToHaveTextAsync("2");
        await preparer.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(preparer.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");

        // 6. Previews the disclosure and submits.
        await preparer.GetByRole(AriaRole.Link, new() { Name = "预览公开文本" }).First.ClickAsync();
        await Expect(preparer.Locator(".document h1")).ToHaveTextAsync("大同市科学技术协会2021年度单位决算");
        await Expect(preparer.Locator(".document")).ToContainTextAsync("科普项目");
        await preparer.GetByRole(AriaRole.Link, new() { Name = "概览与提交" }).ClickAsync();
        await Expect(preparer.Locator("[data-count=blocking]")).ToHaveTextAsync("0");
        await ShotAsync(preparer, "05-workbench");
        await ViewShotAsync(preparer, "workbench");
        await preparer.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(Status(preparer)).ToHaveTextAsync("待部门审核");
        Assert.Contains(people!.Asked, m => m.Contains("确定提交审核吗", StringComparison.Ordinal));
        await Expect(preparer.Locator("[data-next-step]")).ToContainTextAsync("等待部门审核人审核");

        // 7. The department's reviewer returns it with a comment on a field; the preparer sees it there, and submits again.
        var reviewer = await PersonAsync("kx-reviewer");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "审核", Exact = true }).First.ClickAsync();
        await Expect(reviewer.Locator("tbody tr").First).ToContainTextAsync("待审核");
        await ShotAsync(reviewer, "06-review-desk");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "审核", Exact = true }).Last.ClickAsync();
        await Expect(reviewer.Locator("#compare-title")).ToBeVisibleAsync();
        await reviewer.GetByLabel("退回意见（必填）").FillAsync("请核对公务用车保有量");
        await reviewer.GetByLabel("第1条 填报项").SelectOptionAsync(new SelectOptionValue { Label = "公务用车保有量（辆）" });
        await reviewer.GetByLabel("第1条 意见").FillAsync("与资产表车辆数核对一致后再报");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Expect(Status(reviewer)).ToHaveTextAsync("已退回");

        await preparer.ReloadAsync();
        await Expect(preparer.Locator("#returned")).ToContainTextAsync("审核退回");
        await Expect(preparer.Locator("main")).ToContainTextAsync("请核对公务用车保有量");
        await preparer.GetByRole(AriaRole.Link, new() { Name = "“三公”经费：公务用车保有量" }).ClickAsync();
        await Expect(preparer.Locator(".field-comment")).ToContainTextAsync("与资产表车辆数核对一致后再报");
        await preparer.GetByRole(AriaRole.Link, new() { Name = "概览与提交" }).ClickAsync();
        await preparer.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(Status(preparer)).ToHaveTextAsync("待部门审核");
        // The history names people as they are called, not by their sign-in names.
        var history = preparer.Locator("section:has(#history-title)");
        await Expect(history).ToContainTextAsync("李审核 退回");
        await Expect(history).Not.ToContainTextAsync("kx-reviewer");

        // 8. The department approves; the bureau approves (recording the approval date), but may not publish what the
        // public must not read: the sample leaves eight budget differences unexplained, and its self-evaluation contradicts itself.
        await reviewer.ReloadAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(Status(reviewer)).ToHaveTextAsync("待财政局审核");
        await Expect(reviewer.Locator("[data-next-step]")).ToContainTextAsync("等待财政局审核人审核");
        var bureau = await PersonAsync("bureau");
        await bureau.GotoAsync($"/review/{Unit}/2021");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(Status(bureau)).ToHaveTextAsync("待公开");
        var obstacles = bureau.Locator("#obstacles");
        await Expect(obstacles).ToContainTextAsync("公开文本中还有 8 处【待补充】内容");
        await Expect(obstacles).ToContainTextAsync("项目“科普项目”的绩效自评有 5 项阻断问题");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "公开" }).ClickAsync();
        await Expect(bureau.Locator("#message")).ToContainTextAsync("尚不能公开");
        await Expect(Status(bureau)).ToHaveTextAsync("待公开");
        await ShotAsync(bureau, "07-publication-refused");
        await bureau.GetByLabel("退回意见（必填）").FillAsync("请补充预算差异原因，改正绩效自评的分值和成本指标");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Expect(Status(bureau)).ToHaveTextAsync("已退回");

        // 9. The preparer, led from what stops publication to each field, writes the reasons and imports the mended self-evaluation.
        await preparer.ReloadAsync();
        await preparer.Locator("#obstacles").GetByRole(AriaRole.Link, new() { Name = "去填写" }).First.ClickAsync();
        var required = preparer.Locator(".reason:has(.badge) textarea");
        await Expect(required).ToHaveCountAsync(8);
        for (var i = 0; i < 8; i++) await required.Nth(i).FillAsync("年中追加预算");
        await preparer.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(preparer.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存为第");
        await preparer.GetByRole(AriaRole.Link, new() { Name = "导入文件" }).First.ClickAsync();
        await preparer.GetByLabel("选择绩效自评文件（.json）").SetInputFilesAsync(TempFile("performance.json", SampleVariants.ResolvedPerformance()));
        await preparer.GetByRole(AriaRole.Button, new() { Name = "导入绩效自评" }).ClickAsync();
        await preparer.GetByRole(AriaRole.Link, new() { Name = "概览与提交" }).ClickAsync();
        await Expect(preparer.Locator("#obstacles")).ToHaveCountAsync(0);
        await preparer.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(Status(preparer)).ToHaveTextAsync("待部门审核");

        // 10. Approved again by both, it is published.
        await reviewer.ReloadAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(Status(reviewer)).ToHaveTextAsync("待财政局审核");
        await bureau.ReloadAsync();
        await bureau.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Expect(Status(bureau)).ToHaveTextAsync("待公开");
        await Expect(bureau.Locator("#obstacles")).ToHaveCountAsync(0);
        await bureau.GetByRole(AriaRole.Button, new() { Name = "公开" }).ClickAsync();
        await Expect(Status(bureau)).ToHaveTextAsync("已公开");
        Assert.Contains(people.Asked, m => m.Contains("确定公开吗", StringComparison.Ordinal));
        await ShotAsync(bureau, "08-published");

        // 11. A citizen finds it, sees the charts drawn, downloads the workbook, and audits the seed text.
        var citizen = await PersonAsync();
        await citizen.GotoAsync("/");
        await citizen.GetByLabel("单位、部门名称或编码").FillAsync("科学技术");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = "大同市科学技术协会" }).ClickAsync();
        await Expect(citizen.Locator("main > h1")).ToHaveTextAsync("大同市科学技术协会 2021年度决算");
        await Expect(citizen.Locator("#checks")).ToContainTextAsync("阻断 0");
        await Expect(citizen.Locator("[data-drawn=true] svg")).ToHaveCountAsync(6);
        Assert.True(await citizen.Locator("#chart-income svg path").CountAsync() > 2, "the income pie has no slices drawn");
        Assert.True(await citizen.Locator("#chart-budget svg path").CountAsync() > 8, "the budget bars are not drawn");
        await Expect(citizen.Locator("#chart-income svg")).ToContainTextAsync("一般公共预算财政拨款");
        await ShotAsync(citizen, "09-portal");
        await citizen.Locator("#charts-title").ScrollIntoViewIfNeededAsync();
        await ViewShotAsync(citizen, "portal");
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.GetByRole(AriaRole.Link, new() { Name = "Excel" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = await download.PathAsync();
        Assert.True(new FileInfo(saved).Length > 5000);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(saved)[..2]));

        await citizen.GetByRole(AriaRole.Link, new() { Name = "核查公开文本" }).ClickAsync();
        // The sample's published text, as the repository keeps it: the test needs nothing beside the repository.
        var seed = RepoPaths.File("samples", "datong-cast-2021", "published.txt");
        await citizen.GetByLabel("或上传文件（.txt、.html、.docx、.pdf，或公开表工作簿 .xlsx）").SetInputFilesAsync(seed);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "核查" }).ClickAsync();
        await Expect(citizen.Locator("#report .summary")).ToContainTextAsync("共核查");
        await Expect(citizen.Locator("#report mark").First).ToBeVisibleAsync();
        await ShotAsync(citizen, "10-audit");
        Assert.Empty(people!.External);
        // Every page and chart of the story worked under the content security policy: nothing was refused.
        Assert.Empty(people.Refused);
    }

    private static async Task AddOrganisationAsync(IPage admin, string kind, string parent, string code, string name)
    {
        await admin.GetByLabel("层级", new() { Exact = true }).SelectOptionAsync(kind);
        await admin.GetByLabel("上级", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = parent });
        await admin.GetByLabel("编码", new() { Exact = true }).FillAsync(code);
        await admin.GetByLabel("名称", new() { Exact = true }).FillAsync(name);
        await admin.GetByRole(AriaRole.Button, new() { Name = "新增机构" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{name}”");
    }

    private static async Task AddUserAsync(IPage admin, string userName, string displayName, string role, string organisation)
    {
        await admin.GetByLabel("登录名", new() { Exact = true }).FillAsync(userName);
        await admin.GetByLabel("姓名", new() { Exact = true }).FillAsync(displayName);
        await admin.GetByLabel("角色", new() { Exact = true }).SelectOptionAsync(role);
        await admin.GetByLabel("所属机构", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = organisation });
        await admin.GetByLabel("初始密码（至少10位，含字母和数字）").FillAsync(Password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "新增用户" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync(displayName);
    }

    /// <summary>A file to upload, in a folder of its own.</summary>
    private static string TempFile(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("juesuan-story-").FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The sample with 100 元 too much on one expenditure line (the totals no longer balance) and one reason left out.</summary>
    private static string BrokenSample()
    {
        var json = JsonNode.Parse(File.ReadAllText(RepoPaths.SampleAccounts))!;
        var line = json["expenditure"]!.AsArray().Single(l => (string)l!["code"]! == "2012901" && (string)l["kind"]! == "basic" && (string)l["funding"]! == "generalBudget")!;
        line["amount"] = (decimal)line["amount"]! + 100m;
        json["reasons"]!.AsObject().Remove("threePublic.budget");
        return TempFile("accounts.json", json.ToJsonString());
    }
}
