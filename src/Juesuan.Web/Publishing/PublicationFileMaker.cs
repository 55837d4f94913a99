using Juesuan.Data;
using Juesuan.Documents.Pdf;
using Juesuan.Web.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juesuan.Web.Publishing;

/// <summary>
/// 公开文件预先生成 — makes the PDF and Word document of each new publication in the background as soon as it is published,
/// so that nobody's first download waits for Chromium. Publishing wakes it; it also looks every few seconds, so that
/// publications made on another node or by the command line are made too. Publications older than the server's start are
/// made at their first download instead (<see cref="DisclosureRendering.FileAsync"/>).
/// </summary>
public sealed class PublicationFileMaker(IServiceScopeFactory scopes, DisclosureRendering rendering, IOptions<ServerOptions> options,
    ILogger<PublicationFileMaker> log) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>How often it looks for publications made elsewhere.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Says a publication was just made here.</summary>
    public void Wake() => wake.Release();

    /// <summary>What follows a publication made on this node: the portal reads afresh at once, and its files are made now.</summary>
    public static void Published(IServiceProvider services)
    {
        services.GetRequiredService<PortalCache>().Forget();
        services.GetRequiredService<PublicationFileMaker>().Wake();
    }

    /// <summary>The publications whose files have all been made (or could not be), up to which new ones are looked for.</summary>
    private long handled;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (!options.Value.PrepareFiles) return;
        await using (var scope = scopes.CreateAsyncScope())
            handled = await scope.ServiceProvider.GetRequiredService<JuesuanDb>().Publications.MaxAsync(p => (long?)p.Id, stopping) ?? 0;
        var printerMissing = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await wake.WaitAsync(Interval, stopping);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<JuesuanDb>();
                var catalogs = scope.ServiceProvider.GetRequiredService<CurrentSettings>().Catalogs;
                foreach (var id in await db.Publications.Where(p => p.Id > handled).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(stopping))
                {
                    foreach (var format in DisclosureRendering.Kept)
                    {
                        try
                        {
                            await rendering.FileAsync(id, format, catalogs, stopping);
                        }
                        catch (PdfPrinterUnavailableException e)
                        {
                            if (!printerMissing) log.LogWarning("公开后不能预先生成 PDF：{Reason}", e.Message);
                            printerMissing = true;
                        }
                    }
                    handled = id;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever went wrong (the database busy, a document that will not print), the server keeps serving; the
                // publication's files are made at their first download instead.
                log.LogError(e, "预先生成公开文件失败，将在下次检查时重试");
            }
        }
    }
}
