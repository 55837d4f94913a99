using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juesuan.Web;

/// <summary>
/// 启动准备 — before the server takes requests: applies the migrations (several nodes starting at once
/// take turns through EF's migration lock), writes the portal's summaries of publications recorded before
/// they were kept, loads the sample into an empty database, and, while there is
/// no administrator, writes the first-run code to the log.
/// </summary>
internal sealed class StartupPreparation(IServiceProvider services, ILogger<StartupPreparation> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellation)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<JuesuanDb>();
        await db.Database.MigrateAsync(cancellation);
        var filled = await PublishedSummaries.FillMissingAsync(db, new CatalogStore(db, provider.GetRequiredService<TimeProvider>()).Editions(), cancellation);
        if (filled > 0) log.LogInformation("已为 {Count} 份公开版本补写公开摘要", filled);
        var options = provider.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (options.LoadSample && await SampleLoader.LoadIfEmptyAsync(db, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<WorkflowOptions>(),
                provider.GetRequiredService<PublishingSettings>(), Path.Combine(AppContext.BaseDirectory, "Sample"), cancellation))
            log.LogInformation("已载入示例单位及其已公开的决算");
        var firstRun = provider.GetRequiredService<FirstRun>();
        if (firstRun.Needed)
            log.LogWarning("尚无系统管理员。请打开 /setup 页面，输入初始化码 {Code} 创建第一个系统管理员（初始化码只在本次启动有效）", firstRun.Code);
    }

    public Task StopAsync(CancellationToken cancellation) => Task.CompletedTask;
}
