using System.CommandLine;
using Juesuan.Data;

namespace Juesuan.Cli;

/// <summary>juesuan trail — verifies the server's audit trail: every entry's hash and its link to the one before.</summary>
internal static class TrailCommand
{
    /// <summary>Exit code when the chain is broken.</summary>
    public const int Broken = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new DatabaseOptions();
        var command = new Command("trail", "校验服务器数据库中的审计链：任何一条记录被修改、删除或插入都会被发现；链条断裂时退出码为1");
        database.AddTo(command);
        command.SetAction(parse => Run(() => database.Open(parse, stderr), stdout, stderr));
        return command;
    }

    public static int Run(Func<JuesuanDb?> open, TextWriter stdout, TextWriter stderr)
    {
        using var db = open();
        if (db is null) return ExitCodes.InvalidInput;
        var broken = AuditTrail.VerifyAsync(db).GetAwaiter().GetResult();
        var count = AuditTrail.CountAsync(db).GetAwaiter().GetResult();
        if (broken is null)
        {
            stdout.WriteLine($"审计链完整：共 {count} 条记录。");
            return ExitCodes.Success;
        }
        stderr.WriteLine($"审计链断裂（共 {count} 条记录）：{broken.Reason}");
        return Broken;
    }
}
