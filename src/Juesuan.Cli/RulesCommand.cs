using System.CommandLine;
using Juesuan.Checks;
using Juesuan.Documents.Checks;

namespace Juesuan.Cli;

/// <summary>juesuan rules — prints the rule catalogue as Markdown (the source of docs/rules.md).</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("rules", "输出检查规则目录（Markdown，即 docs/rules.md 的内容）");
        command.SetAction(_ =>
        {
            stdout.Write(RulesDocument.Markdown(RuleCatalogue.Builtin));
            return ExitCodes.Success;
        });
        return command;
    }
}
