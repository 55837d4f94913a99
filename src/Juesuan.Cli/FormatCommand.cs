using System.CommandLine;
using Juesuan.Accounts.Fields;
using Juesuan.Documents.Formats;

namespace Juesuan.Cli;

/// <summary>juesuan format — prints the accounts file's format as Markdown, or its JSON Schema (the sources of docs/accounts-format.md and docs/accounts.schema.json).</summary>
internal static class FormatCommand
{
    public static Command Create(TextWriter stdout)
    {
        var schema = new Option<bool>("--schema") { Description = "输出 JSON Schema（即 docs/accounts.schema.json 的内容）" };
        var command = new Command("format", "输出决算数据文件的格式说明（Markdown，即 docs/accounts-format.md 的内容）") { schema };
        command.SetAction(parse =>
        {
            stdout.Write(parse.GetValue(schema) ? AccountsSchema.Json(AccountsFields.All) : AccountsFormatDocument.Markdown(AccountsFields.All));
            return ExitCodes.Success;
        });
        return command;
    }
}
