using System.Text.Json.Serialization;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Pipeline;
using Juesuan.Web.Api;
using Juesuan.Web.Publishing;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Juesuan.Web;

/// <summary>
/// 服务器 — composes the web application: storage on the configured database, sign-in and authorisation,
/// the HTTP API with its OpenAPI document, and the pages; <see cref="StartupPreparation"/> readies the
/// database before the first request.
/// </summary>
public static class JuesuanServer
{
    /// <summary>The address used when none is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The settings beside the program are the base layer wherever it is started from (dotnet run keeps the
        // caller's folder, for ./data); the content root's own settings, the environment and the command line override them.
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Optional = true,
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
        {
            ["--db"] = $"{ServerOptions.Section}:{nameof(ServerOptions.Database)}",
            ["--connection"] = $"{ServerOptions.Section}:{nameof(ServerOptions.Connection)}",
            ["--data"] = $"{ServerOptions.Section}:{nameof(ServerOptions.DataFolder)}",
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);

        var services = builder.Services;
        // Options are read when services are first resolved, not here, so tests and hosts can still change the configuration.
        services.Configure<ServerOptions>(builder.Configuration.GetSection(ServerOptions.Section));
        // First of the hosted services: the database is migrated before anything (the key ring) reads it.
        services.AddHostedService<StartupPreparation>();
        AddDatabase(services);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentSettings>();
        // A request builds and checks by the bureau's settings (its template; its check configuration applied to the shipped rules).
        services.AddScoped(sp => sp.GetRequiredService<CurrentSettings>().Publishing);
        services.AddSingleton(sp =>
        {
            var o = Options(sp);
            return new WorkflowOptions(o.BureauReview, o.PublicationDays);
        });
        services.AddSingleton(sp =>
        {
            var o = Options(sp);
            return new AccountPolicy(o.LockoutFailures, o.LockoutMinutes, o.TokenMaxDays);
        });
        services.AddSingleton(sp => new DisclosureLifecycle(sp.GetRequiredService<WorkflowOptions>()));
        services.AddScoped<DisclosureWorkflow>();
        // The stores answer every read and write of their tables; endpoints and pages ask them rather than the context.
        services.AddScoped(sp => new AccountsStore(sp.GetRequiredService<JuesuanDb>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<PublishingSettings>()));
        services.AddScoped(sp => new UserDirectory(sp.GetRequiredService<JuesuanDb>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AccountPolicy>()));
        services.AddScoped<OrganisationTree>();
        services.AddScoped<SettingsStore>();
        services.AddScoped<CatalogStore>();
        services.AddScoped<TemplateStore>();
        services.AddSingleton(sp => new TrailAnchors(Options(sp).AnchorFile(), sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<DailyAnchor>();
        services.AddScoped<Scope>();
        services.AddScoped<UnitData>();
        services.AddMemoryCache(o => o.SizeLimit = 256L * 1024 * 1024);
        services.AddSingleton<DisclosureRendering>();
        services.AddSingleton<PortalCache>();
        services.AddSingleton<PublicationFileMaker>();
        services.AddHostedService(sp => sp.GetRequiredService<PublicationFileMaker>());
        services.AddSingleton(sp => new FirstRun(NeedsAdministrator(sp)));

        services.AddJuesuanAuthentication();
        services.AddJuesuanAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "juesuan.af";
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTitles.InChinese);
        services.AddJuesuanRateLimits(sp => Options(sp).AnonymousWorkPerMinute);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Work");
            o.Conventions.AuthorizeFolder("/Review");
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
            o.Conventions.AuthorizePage("/Account");
        });
        // Chinese text is written as it is; markup characters are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "决算公开系统接口";
            document.Info.Description = "部门决算公开与绩效自评：单位、决算数据、检查、计分、公开流程与已公开的决算。错误以 Problem Details 返回。机器调用请用接口令牌（Authorization: Bearer …）。";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ServerOptions>>((o, server) =>
        {
            // Behind the reverse proxy of docs/deployment.md: loopback is trusted, other proxies by setting.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in server.Value.TrustedProxies) o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // The API answers errors as Problem Details; pages show a page saying what happened.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        // A body beyond the server's limit is answered 413, with the status page saying so, not as a server error.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = e.StatusCode;
            }
        });
        // Routing after the status code pages, so that a re-executed request is routed to the error page.
        app.UseRouting();
        app.UseRateLimiter();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")) });
        app.UseAuthentication();
        // A person whose password someone else chose chooses their own before anything else: the account page (or the
        // API's password change) and signing out are open; other pages lead there, other API calls are refused.
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (Caller.MustChangePassword(context.User)
                && path.Value is not ("/account" or "/signout" or "/api/antiforgery" or "/api/me/password") && !path.StartsWithSegments("/error"))
            {
                if (path.StartsWithSegments("/api"))
                    await Problems.Forbidden("您的密码是系统管理员设置的：请先修改密码（账户页面或 POST /api/me/password）").ExecuteAsync(context);
                else
                    context.Response.Redirect("/account?first=true");
                return;
            }
            await next();
        });
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi();
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter(Authentication.RequireAntiforgeryForCookies);
        PublicApi.Map(api);
        UnitsApi.Map(api);
        WorkflowApi.Map(api);
        PeopleApi.Map(api);
        DocumentFrame.Map(app);
        app.MapRazorPages();
        return app;
    }

    private static bool NeedsAdministrator(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return !scope.ServiceProvider.GetRequiredService<JuesuanDb>().Users.Any();
    }

    private static ServerOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ServerOptions>>().Value;

    /// <summary>Both providers are registered; the configured one is handed out as <see cref="JuesuanDb"/>.</summary>
    private static void AddDatabase(IServiceCollection services)
    {
        services.AddDbContextPool<PostgresJuesuanDb>((sp, o) => o.UseNpgsql(Options(sp).ConnectionString()));
        services.AddDbContextPool<SqliteJuesuanDb>((sp, o) => o.UseSqlite(Options(sp).ConnectionString()));
        services.AddScoped<JuesuanDb>(sp => Options(sp).Database == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresJuesuanDb>()
            : sp.GetRequiredService<SqliteJuesuanDb>());
        // Every web node reads the same keys from the database, so a cookie or antiforgery token from one node is valid on all.
        services.AddDataProtection().SetApplicationName(DatabaseKeyRepository.ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(sp)));
    }
}
