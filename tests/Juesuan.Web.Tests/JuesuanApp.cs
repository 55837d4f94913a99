using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Juesuan.Data;
using Juesuan.Data.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Web.Tests;

/// <summary>
/// The real web application on a fresh database of its own (SQLite, or PostgreSQL where one is
/// configured), started in memory by WebApplicationFactory. People of every role are created directly in
/// the database, each with an API token, and can also sign in through the sign-in page.
/// </summary>
public sealed class JuesuanApp : WebApplicationFactory<Program>
{
    public const string Password = "Juesuan2021ok";

    private readonly TestDatabase database;
    private readonly bool loadSample;
    private readonly bool bureauReview;
    private readonly bool prepareFiles;

    private JuesuanApp(TestDatabase database, bool loadSample, bool bureauReview, bool prepareFiles = false)
    {
        this.database = database;
        this.loadSample = loadSample;
        this.bureauReview = bureauReview;
        this.prepareFiles = prepareFiles;
    }

    /// <param name="prepareFiles">Whether publishing makes the PDF and Word in the background (off elsewhere, so that tests do not start Chromium for nothing).</param>
    public static async Task<JuesuanApp> StartAsync(string provider = "sqlite", bool loadSample = true, bool bureauReview = true, bool prepareFiles = false)
    {
        var app = new JuesuanApp(await TestDatabases.CreateAsync(provider), loadSample, bureauReview, prepareFiles);
        // Start now, so that the database is prepared (and the sample loaded) before a test arranges anything.
        _ = app.Server;
        return app;
    }

    /// <summary>The app listening on a real 127.0.0.1 socket (for a browser), on a fresh SQLite database.</summary>
    public static async Task<JuesuanApp> ListenAsync(bool loadSample)
    {
        var app = new JuesuanApp(await TestDatabases.CreateAsync("sqlite"), loadSample, bureauReview: true);
        app.UseKestrel(0);
        app.StartServer();
        // Its clients (for arranging through the API) call the real socket.
        app.ClientOptions.BaseAddress = new Uri(app.RootUrl);
        return app;
    }

    /// <summary>Where a listening app is reached: "http://127.0.0.1:port".</summary>
    public string RootUrl =>
        Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Juesuan:Database", database.Provider.ToString());
        builder.UseSetting("Juesuan:Connection", database.ConnectionString);
        builder.UseSetting("Juesuan:LoadSample", loadSample.ToString());
        builder.UseSetting("Juesuan:BureauReview", bureauReview.ToString());
        builder.UseSetting("Juesuan:PrepareFiles", prepareFiles.ToString());
        // Each app anchors its audit chain in a file of its own.
        builder.UseSetting("Juesuan:TrailAnchorFile", AnchorFile);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>The file this app anchors its audit chain in.</summary>
    public string AnchorFile { get; } = Path.Combine(Path.GetTempPath(), $"juesuan-anchors-{Guid.NewGuid():N}.jsonl");

    /// <summary>A context on the app's database, for arranging and inspecting what the API cannot.</summary>
    public JuesuanDb Db() => database.Open();

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Adds an organisation as the administrator would.</summary>
    public async Task<Organisation> AddOrganisationAsync(string code, string name, OrganisationKind kind, string? parentCode)
    {
        await using var db = Db();
        int? parentId = parentCode is null ? null : db.Organisations.Single(o => o.Code == parentCode).Id;
        var (added, error) = await new OrganisationTree(db, TimeProvider.System).AddAsync(code, name, kind, parentId, "test");
        return added ?? throw new InvalidOperationException(error);
    }

    /// <summary>Creates a person of a role in an organisation.</summary>
    public async Task<UserAccount> AddUserAsync(string userName, UserRole role, string organisationCode)
    {
        await using var db = Db();
        var organisation = db.Organisations.Single(o => o.Code == organisationCode);
        var (user, error) = await new UserDirectory(db, TimeProvider.System).CreateAsync(userName, userName + "（测试）", Password, role, organisation.Id, "test");
        if (user is null) throw new InvalidOperationException(error);
        // A person of the tests has long since chosen their own password.
        user.MustChangePassword = false;
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A client calling the API with an API token of the given person (by default one allowed to create tokens).</summary>
    public async Task<HttpClient> TokenClientAsync(string userName, bool mayCreateTokens = true)
    {
        await using var db = Db();
        var user = db.Users.Single(u => u.UserName == userName);
        var (_, secret) = await new UserDirectory(db, TimeProvider.System).CreateTokenAsync(user, "测试", null, mayCreateTokens);
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });

    /// <summary>A browser-like client (keeps cookies) signed in through the sign-in page.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = Password)
    {
        var client = AnonymousClient();
        var response = await SignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the sign-in form the way a browser does: with the antiforgery token from the page.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var token = await FormTokenAsync(client, "/signin");
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token a page's form carries.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 0 } t
            ? t
            : throw new InvalidOperationException($"{page} has no antiforgery token");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
        File.Delete(AnchorFile);
    }
}

/// <summary>Reading API answers.</summary>
public static class Answers
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static int Revision(this HttpResponseMessage response) => int.Parse(response.Headers.ETag!.Tag.Trim('"'));

    /// <summary>The revision a successful action left the case at.</summary>
    public static async Task<int> OkRevisionAsync(this HttpResponseMessage response)
    {
        await response.OkJsonAsync();
        return response.Revision();
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string unit, int year, string action, object body) =>
        client.PostAsJsonAsync($"/api/units/{unit}/{year}/{action}", body);
}
