using Juesuan.Data;

namespace Juesuan.Web.Security;

/// <summary>每日锚定 — anchors the audit chain a minute after the server starts (once start-up has migrated and loaded) and then once a day, besides each publication.</summary>
public sealed class DailyAnchor(IServiceScopeFactory scopes, TrailAnchors anchors, ILogger<DailyAnchor> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var anchor = await anchors.WriteAsync(scope.ServiceProvider.GetRequiredService<JuesuanDb>(), stoppingToken);
                log.LogInformation("审计链已锚定：{Count} 条记录，最后一条编号 {LastId}，写入 {File}", anchor.Count, anchor.LastId, anchors.File);
            }
            // A failed anchor must not stop the server: it is logged, and the next one is tried a day later.
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "审计链锚定失败：{File}", anchors.File);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
