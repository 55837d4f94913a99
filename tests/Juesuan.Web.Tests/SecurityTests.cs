using System.Net;
using System.Net.Http.Json;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Tests;

public class SecurityTests
{
    [Fact]
    public async Task Form_posts_without_the_antiforgery_token_are_refused()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        var client = app.AnonymousClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "bureau", ["password"] = JuesuanApp.Password });
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/signin", form)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "x" }))).StatusCode);
        // With the page's token the same form signs in, and a reviewer lands on the review desk.
        var signedIn = await JuesuanApp.SignInAsync(client, "bureau", JuesuanApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/review", signedIn.Headers.Location!.OriginalString);
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, "140200-KX");
        await app.AddUserAsync("admin", UserRole.Administrator, SampleLoader.BureauCode);
        foreach (var (person, landing) in new[] { ("preparer", "/work"), ("admin", "/admin") })
            Assert.Equal(landing, (await JuesuanApp.SignInAsync(app.AnonymousClient(), person, JuesuanApp.Password)).Headers.Location!.OriginalString);
        var signOut = new FormUrlEncodedContent(new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/signout", signOut)).StatusCode);
    }

    [Fact]
    public async Task Api_calls_that_change_data_with_the_sign_in_cookie_need_the_antiforgery_header()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        var browser = await app.SignedInClientAsync("bureau");
        // Reading needs no token.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/units")).StatusCode);
        var refused = await browser.PostAsJsonAsync("/api/tokens", new { name = "同步" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("防伪令牌无效", (await refused.JsonAsync()).GetProperty("title").GetString());
        var token = (await (await browser.GetAsync("/api/antiforgery")).OkJsonAsync()).GetProperty("token").GetString()!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens") { Content = JsonContent.Create(new { name = "同步" }) };
        request.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_and_every_attempt_is_audited()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, "140200-KX");
        var client = app.AnonymousClient();
        for (var i = 0; i < 4; i++)
            Assert.Contains("登录名或密码不正确", await (await JuesuanApp.SignInAsync(client, "preparer", "wrong-password-1")).Content.ReadAsStringAsync());
        Assert.Contains("账户已锁定", await (await JuesuanApp.SignInAsync(client, "preparer", "wrong-password-1")).Content.ReadAsStringAsync());
        // Locked: even the right password is refused now.
        var right = await JuesuanApp.SignInAsync(client, "preparer", JuesuanApp.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账户已锁定", await right.Content.ReadAsStringAsync());
        await using var db = app.Db();
        var actions = await db.AuditEntries.Where(e => e.Actor == "preparer" && e.Action.StartsWith("user.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["user.signin-failed", "user.signin-failed", "user.signin-failed", "user.signin-failed", "user.lockout", "user.lockout"],
            actions);
        var user = await db.Users.SingleAsync(u => u.UserName == "preparer");
        Assert.DoesNotContain(JuesuanApp.Password, user.PasswordHash);
    }

    [Fact]
    public async Task The_first_administrator_is_created_with_the_one_time_code_and_there_is_no_default_account()
    {
        await using var app = await JuesuanApp.StartAsync();
        await using (var db = app.Db()) Assert.Empty(db.Users);
        var client = app.AnonymousClient();
        var firstRun = app.Service<FirstRun>();
        Assert.True(firstRun.Needed);

        async Task<HttpResponseMessage> PostSetup(string code, string password) =>
            await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["code"] = code,
                ["userName"] = "admin",
                ["displayName"] = "系统管理员",
                ["password"] = password,
                ["confirm"] = password,
                // Any form's token will do: tokens belong to the browser, not to a page.
                ["__RequestVerificationToken"] = await JuesuanApp.FormTokenAsync(client, "/signin"),
            }));

        Assert.Contains("初始化码不正确", await (await PostSetup("WRONG", "Admin12345678")).Content.ReadAsStringAsync());
        var weak = await (await PostSetup(firstRun.Code, "onlyletterslong")).Content.ReadAsStringAsync();
        Assert.Contains("密码须同时包含字母和数字", weak);
        // What was typed stays in the form, the code included.
        Assert.Contains($"value=\"{firstRun.Code}\"", weak);
        var created = await PostSetup(firstRun.Code, "Admin12345678");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        // The new administrator is signed in and sent to administration.
        Assert.StartsWith("/admin?done=", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(created.Headers.GetValues("Set-Cookie"), c => c.StartsWith("juesuan.auth=", StringComparison.Ordinal));
        Assert.False(firstRun.Needed);
        // The page is closed now, even with the code.
        Assert.Contains("系统管理员已经创建", await (await PostSetup(firstRun.Code, "Other12345678")).Content.ReadAsStringAsync());
        var admin = await app.SignedInClientAsync("admin", "Admin12345678");
        var me = await (await admin.GetAsync("/api/me")).OkJsonAsync();
        Assert.Equal("Administrator", me.GetProperty("role").GetString());
        Assert.Equal(SampleLoader.BureauCode, me.GetProperty("organisation").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_person_whose_password_an_administrator_chose_chooses_their_own_before_anything_else()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("administrator", UserRole.Administrator, SampleLoader.BureauCode);
        var admin = await app.SignedInClientAsync("administrator");
        int unitId;
        await using (var db = app.Db()) unitId = (await db.Organisations.SingleAsync(o => o.Code == "140200-KX")).Id;
        async Task AdminPostAsync(string handler, Dictionary<string, string> form)
        {
            form["__RequestVerificationToken"] = await JuesuanApp.FormTokenAsync(admin, "/admin");
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin?handler={handler}", new FormUrlEncodedContent(form))).StatusCode);
        }
        await AdminPostAsync("User", new()
        {
            ["userName"] = "newcomer", ["displayName"] = "新同事", ["password"] = "Initial12345", ["role"] = "UnitPreparer",
            ["organisationId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var client = app.AnonymousClient();
        var signIn = await JuesuanApp.SignInAsync(client, "newcomer", "Initial12345");
        Assert.Equal("/account?first=true", signIn.Headers.Location!.OriginalString);
        // Every other page waits until the password is the person's own.
        Assert.Equal("/account?first=true", (await client.GetAsync("/work")).Headers.Location!.OriginalString);
        Assert.Contains("请先设置您自己的密码", await client.GetStringAsync("/account"));

        async Task<HttpResponseMessage> ChangeAsync(string current, string password) => await client.PostAsync("/account", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["current"] = current, ["password"] = password, ["confirm"] = password,
            ["__RequestVerificationToken"] = await JuesuanApp.FormTokenAsync(client, "/account"),
        }));
        Assert.Contains("新密码不能与当前密码相同", await (await ChangeAsync("Initial12345", "Initial12345")).Content.ReadAsStringAsync());
        var changed = await ChangeAsync("Initial12345", "MyOwn2026pass");
        Assert.Equal("/work", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/work")).StatusCode);

        // A reset by the administrator asks again.
        await AdminPostAsync("Password", new() { ["userName"] = "newcomer", ["password"] = "Reset2026pass" });
        Assert.Equal("/account?first=true", (await JuesuanApp.SignInAsync(app.AnonymousClient(), "newcomer", "Reset2026pass")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_setup_code_stops_working_after_five_wrong_tries()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var firstRun = app.Service<FirstRun>();
        async Task<string> PostSetup(string code) => await (await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code, ["userName"] = "admin", ["displayName"] = "系统管理员", ["password"] = "Admin12345678", ["confirm"] = "Admin12345678",
            ["__RequestVerificationToken"] = await JuesuanApp.FormTokenAsync(client, "/signin"),
        }))).Content.ReadAsStringAsync();

        for (var i = 1; i < FirstRun.MaxWrongCodes; i++) Assert.Contains("初始化码不正确", await PostSetup("WRONG" + i));
        Assert.Contains("初始化码已输错5次，已停用", await PostSetup("WRONG"));
        // Now even the right code is refused, and nobody was created.
        Assert.Contains("已停用", await PostSetup(firstRun.Code));
        await using var db = app.Db();
        Assert.Empty(db.Users);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        foreach (var path in new[] { "/", "/signin", "/audit", "/api/public/disclosures", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(Security.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", Security.SecurityHeaders.ContentSecurityPolicy);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Fact]
    public async Task An_upload_beyond_the_servers_body_limit_gets_413_with_a_message_not_a_server_error()
    {
        // The body limit is Kestrel's: the app is listening for real, not in the test host.
        await using var app = await JuesuanApp.ListenAsync(loadSample: true);
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, "140200-KX");
        string secret;
        await using (var db = app.Db())
            (_, secret) = await new UserDirectory(db, TimeProvider.System).CreateTokenAsync(db.Users.Single(u => u.UserName == "preparer"), "测试", null);
        // The client waits for the server's go-ahead (however busy the machine), so the refusal arrives before 50 MB are sent.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.RootUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/units/140200-KX/2021/import")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(new byte[50 * 1024 * 1024]), "file", "accounts.json" } },
        };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("内容过大"), body);
    }

    [Fact]
    public async Task Anonymous_audits_and_downloads_are_limited_per_client_and_answered_429_beyond()
    {
        await using var app = await JuesuanApp.StartAsync();
        var client = app.AnonymousClient();
        var token = await JuesuanApp.FormTokenAsync(client, "/audit");
        Task<HttpResponseMessage> Audit() => client.PostAsync("/audit", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("2021年度收入总计100.00万元。"), "text" },
        });
        var limit = new ServerOptions().AnonymousWorkPerMinute;
        for (var i = 0; i < limit; i++) Assert.Equal(HttpStatusCode.OK, (await Audit()).StatusCode);
        var refused = await Audit();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("请求过于频繁", await refused.Content.ReadAsStringAsync());
        // Reading the page is not limited; downloading is, from the same address.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/audit")).StatusCode);
        var download = await client.GetAsync("/api/public/disclosures/140200-KX/2021/documents/json");
        Assert.Equal(HttpStatusCode.TooManyRequests, download.StatusCode);
        Assert.Contains("请求过于频繁", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_disabled_account_loses_its_cookie_and_its_tokens()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        var browser = await app.SignedInClientAsync("bureau");
        var machine = await app.TokenClientAsync("bureau");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);
        await using (var db = app.Db())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "bureau");
            user.Disabled = true;
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Tokens_end_with_a_password_change_a_reset_disabling_and_re_enabling_and_cannot_breed()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("admin", UserRole.Administrator, SampleLoader.BureauCode);
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, "140200-KX");
        var admin = await app.TokenClientAsync("admin");
        async Task<HttpStatusCode> Me(HttpClient client) => (await client.GetAsync("/api/me")).StatusCode;

        // A token cannot create tokens unless it was made allowing it; a new token ends within the server's longest lifetime.
        var machine = await app.TokenClientAsync("preparer", mayCreateTokens: false);
        var bred = await machine.PostAsJsonAsync("/api/tokens", new { name = "派生" });
        Assert.Equal(HttpStatusCode.Forbidden, bred.StatusCode);
        Assert.Contains("此接口令牌不能新建令牌", (await bred.JsonAsync()).GetProperty("detail").GetString());
        Assert.Contains("有效天数应为1至365天", (await (await admin.PostAsJsonAsync("/api/tokens", new { name = "长期", days = 3000 })).JsonAsync()).GetProperty("detail").GetString());
        var parent = await (await admin.PostAsJsonAsync("/api/tokens", new { name = "可派生", mayCreateTokens = true })).OkJsonAsync();
        Assert.True(parent.GetProperty("expiresAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow.AddDays(365));
        using var parentClient = app.CreateClient();
        parentClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", parent.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Created, (await parentClient.PostAsJsonAsync("/api/tokens", new { name = "派生" })).StatusCode);

        // Each of these ends every token the person held before.
        foreach (var (what, act) in new (string, Func<Task>)[]
        {
            ("reset", async () => (await admin.PostAsJsonAsync("/api/users/preparer/password", new { password = "Reset12345678" })).EnsureSuccessStatusCode()),
            ("disable", async () => (await admin.PostAsync("/api/users/preparer/disable", null)).EnsureSuccessStatusCode()),
            ("enable", async () => (await admin.PostAsync("/api/users/preparer/enable", null)).EnsureSuccessStatusCode()),
        })
        {
            var token = await app.TokenClientAsync("preparer");
            Assert.Equal(HttpStatusCode.OK, await Me(token));
            await act();
            if (what == "disable") (await admin.PostAsync("/api/users/preparer/enable", null)).EnsureSuccessStatusCode();
            Assert.True(await Me(token) == HttpStatusCode.Unauthorized, $"a token outlived {what}");
        }
        // A person's own change of password, made with a token, ends that token too.
        var own = await app.TokenClientAsync("preparer");
        var change = await own.PostAsJsonAsync("/api/me/password", new { current = "Reset12345678", password = "Changed12345678" });
        Assert.True(change.IsSuccessStatusCode, await change.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, await Me(own));
        await using var db = app.Db();
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Action == "token.revoke-all"));
    }

    [Fact]
    public async Task An_administrator_disables_and_resets_people_and_a_person_changes_their_own_password()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("admin", UserRole.Administrator, SampleLoader.BureauCode);
        await app.AddUserAsync("preparer", UserRole.UnitPreparer, "140200-KX");
        var admin = await app.TokenClientAsync("admin");
        var preparer = await app.SignedInClientAsync("preparer");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/users/preparer/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await preparer.GetAsync("/api/me")).StatusCode);
        Assert.Contains("登录名或密码不正确", await (await JuesuanApp.SignInAsync(app.AnonymousClient(), "preparer", JuesuanApp.Password)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/users/preparer/enable", null)).StatusCode);
        var weak = await admin.PostAsJsonAsync("/api/users/preparer/password", new { password = "short" });
        Assert.Equal("密码至少10位", (await weak.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/users/preparer/password", new { password = "Reset2021abc" })).StatusCode);

        var browser = await app.SignedInClientAsync("preparer", "Reset2021abc");
        var token = (await (await browser.GetAsync("/api/antiforgery")).OkJsonAsync()).GetProperty("token").GetString()!;
        var change = new HttpRequestMessage(HttpMethod.Post, "/api/me/password") { Content = JsonContent.Create(new { current = "Reset2021abc", password = "Mine2021abcd" }) };
        change.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(change)).StatusCode);
        // This sign-in goes on; the new password signs in elsewhere.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);
        await app.SignedInClientAsync("preparer", "Mine2021abcd");
        await using var db = app.Db();
        Assert.Equal(["user.disable", "user.enable", "user.password", "user.password"],
            await db.AuditEntries.Where(e => e.Action == "user.disable" || e.Action == "user.enable" || e.Action == "user.password").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task A_revoked_token_stops_working()
    {
        await using var app = await JuesuanApp.StartAsync();
        await app.AddUserAsync("bureau", UserRole.BureauReviewer, SampleLoader.BureauCode);
        var machine = await app.TokenClientAsync("bureau");
        var created = await (await machine.PostAsJsonAsync("/api/tokens", new { name = "临时", days = 1 })).OkJsonAsync();
        var second = app.AnonymousClient();
        second.DefaultRequestHeaders.Authorization = new("Bearer", created.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await machine.DeleteAsync($"/api/tokens/{created.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
        // Only the hash is stored.
        await using var db = app.Db();
        Assert.DoesNotContain(db.ApiTokens, t => t.Hash.Contains(created.GetProperty("token").GetString()!));
    }
}
