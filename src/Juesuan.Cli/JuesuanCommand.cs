using System.CommandLine;
using System.CommandLine.Help;

namespace Juesuan.Cli;

/// <summary>
/// The juesuan command line: its commands, Chinese help, and usage errors reported as input errors
/// (exit code 2) with a pointer to the help.
/// </summary>
internal static class JuesuanCommand
{
    public static RootCommand Create(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("决算（Juesuan）：部门决算公开与绩效自评的编制、检查与发布工具。")
        {
            BuildCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            ScoreCommand.Create(stdout, stderr),
            ExportCommand.Create(stdout, stderr),
            TemplateCommand.Create(stdout, stderr),
            TemplatePackCommand.Create(stdout, stderr),
            AuditCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout),
            FormatCommand.Create(stdout),
            CatalogCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            ImportPriorCommand.Create(stdout, stderr),
            TrailCommand.Create(stdout, stderr),
        };
        foreach (var help in root.Options.OfType<HelpOption>()) help.Description = "显示帮助和用法信息";
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parse = Create(stdout, stderr).Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parse.Errors) stderr.WriteLine(Sentence(error.Message));
            stderr.WriteLine("用 juesuan --help 查看用法。");
            return ExitCodes.InvalidInput;
        }
        // The library's Chinese resources leave two help strings in English; the help goes through this writer to be completed.
        var output = new StringWriter();
        int code;
        try
        {
            code = parse.Invoke(new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stdout.Write(output.ToString());
            stderr.WriteLine("内部错误：Juesuan 自身出了错，不是输入的问题；请连同所用的文件报告。");
            stderr.WriteLine($"（技术信息：{e.GetType().Name}：{e.Message}）");
            return ExitCodes.InternalError;
        }
        stdout.Write(output.ToString().Replace("Description:", "说明:"));
        return code;
    }

    /// <summary>A library message as a Chinese sentence: its English full stop dropped, one 。 at the end of a one-line message.</summary>
    private static string Sentence(string message)
    {
        var text = message.TrimEnd().TrimEnd('.');
        return text.Contains('\n') || text.EndsWith('。') ? text : text + "。";
    }
}
