using Juesuan.Documents.Audit;
using Juesuan.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>
/// 核查公开文本 — anyone pastes or uploads a published disclosure (text, HTML, Word or PDF) and sees the
/// auditor's report: every arithmetic claim checked against the text's own numbers, contradictions
/// highlighted in place. Nothing is stored.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.AnonymousWork)]
public sealed class AuditModel : PageModel
{
    public string? Text { get; private set; }

    public string? Error { get; private set; }

    public DocumentAuditReport? Report { get; private set; }

    public string? ReportHtml { get; private set; }


    public void OnGet()
    {
    }

    public void OnPost(string? text, IFormFile? file)
    {
        string source;
        AuditSourceResult? read = null;
        if (file is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            file.CopyTo(buffer);
            source = Path.GetFileName(file.FileName);
            read = AuditSource.Read(buffer.ToArray(), source);
            if (read.Text is null)
            {
                Error = read.Error!.Hint is { } hint ? $"{read.Error}（{hint}）" : read.Error!.ToString();
                return;
            }
            text = read.Text;
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            if (text.Length > AuditSource.MaxChars)
            {
                Error = $"粘贴的文字有 {text.Length} 字，超过 {AuditSource.MaxChars} 字的上限；请只粘贴决算公开的正文，或上传文件。";
                Text = text[..AuditSource.MaxChars];
                return;
            }
            source = "粘贴的文本";
            text = AuditSource.JoinWrappedLines(text.Replace("\r\n", "\n"));
        }
        else
        {
            Error = "请粘贴公开文本，或选择文件。";
            return;
        }
        Text = text;
        Report = DocumentAuditor.Audit(read ?? new AuditSourceResult(text, null), source, DateOnly.FromDateTime(DateTime.Today), HttpContext.RequestAborted);
        ReportHtml = AuditReportWriter.Body(Report, text);
    }
}
