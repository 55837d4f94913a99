using System.CommandLine;
using Juesuan.Audit;
using Juesuan.Documents.Audit;

namespace Juesuan.Cli;

/// <summary>juesuan audit — checks the arithmetic claims of any published disclosure against its own numbers.</summary>
internal static class AuditCommand
{
    /// <summary>Exit code when at least one claim is contradicted or the tables disagree, and for nothing else.</summary>
    public const int ContradictionFound = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "已公开的决算（.txt、.html、.docx、.pdf，或公开表工作簿 .xlsx）" };
        var format = new Option<string>("--format") { Description = "输出格式：text（中文报告）、json 或 html（标出矛盾之处的全文）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "写入文件（默认输出到屏幕）" };
        var command = new Command("audit", "核查已公开决算中的数字论断（占比、增减、完成率、前后数据）和决算表（PDF、工作簿）的表内表间平衡及文表一致，列出其自身数字证明有误之处；有矛盾时退出码为1")
        {
            file, format, output,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(output), stdout, stderr));
        return command;
    }

    public static int Run(string path, string format, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        var source = AuditSource.Read(path);
        if (source.Text is not { } text)
        {
            ErrorReport.Write(stderr, source.Error!);
            return ExitCodes.InvalidInput;
        }
        var document = DocumentAuditor.Audit(source, Path.GetFileName(path), DateOnly.FromDateTime(DateTime.Today));
        var report = document.Text;
        var rendered = format switch
        {
            "json" => AuditReportWriter.Json(document),
            "html" => AuditReportWriter.Html(document, text),
            _ => AuditReportWriter.Text(document),
        };
        if (outputPath is null) stdout.Write(rendered);
        else
        {
            try
            {
                File.WriteAllText(outputPath, rendered);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{outputPath}：无法写出报告（{e.Message}）");
                return ExitCodes.InvalidInput;
            }
            stdout.WriteLine($"已写出 {outputPath}：共核查 {report.Claims.Count} 处，矛盾 {report.Count(ClaimVerdict.Contradicted)} 处。");
        }
        return document.HasContradictions ? ContradictionFound : ExitCodes.Success;
    }
}
