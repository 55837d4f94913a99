using System.CommandLine;
using Juesuan.Data;

namespace Juesuan.Cli;

/// <summary>
/// juesuan trail — verifies the server's audit trail: every entry's hash and its link to the one before, and the
/// chain against the last anchor kept outside the database; <c>--anchor</c> writes a new anchor.
/// </summary>
internal static class TrailCommand
{
    /// <summary>Exit code when the chain is broken.</summary>
    public const int Broken = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new DatabaseOptions();
        var anchor = new Option<bool>("--anchor") { Description = "校验后把审计链的当前状态写入锚点文件（签名，只追加）" };
        var anchors = new Option<string?>("--anchors") { Description = "锚点文件（默认：--data 目录下的 trail-anchors.jsonl，与网站相同）" };
        var command = new Command("trail", "校验服务器数据库中的审计链：任何一条记录被修改、删除或插入，或最后的记录被删除、全部清空、自某条起重写（与锚点比对），都会被发现；有问题时退出码为1")
        {
            anchor, anchors,
        };
        database.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(anchors) ?? Path.Combine(parse.GetValue(database.DataFolder)!, "trail-anchors.jsonl");
            return Run(() => database.Open(parse, stderr), file, parse.GetValue(anchor), stdout, stderr);
        });
        return command;
    }

    public static int Run(Func<JuesuanDb?> open, string anchorFile, bool anchor, TextWriter stdout, TextWriter stderr)
    {
        using var db = open();
        if (db is null) return ExitCodes.InvalidInput;
        // The key ring that seals anchors is the server's, kept in the same database.
        var anchors = new TrailAnchors(anchorFile, DatabaseKeyRepository.Provider(() => open()!), TimeProvider.System);
        var broken = AuditTrail.VerifyAsync(db, anchors).GetAwaiter().GetResult();
        var count = AuditTrail.CountAsync(db).GetAwaiter().GetResult();
        if (broken is not null)
        {
            stderr.WriteLine($"审计链断裂（共 {count} 条记录）：{broken.Reason}");
            return Broken;
        }
        var last = anchors.Last().Anchor;
        stdout.WriteLine($"审计链完整：共 {count} 条记录。" + (last is null ? "（尚无锚点）" : $"与 {last.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 的锚点一致。"));
        if (anchor)
        {
            var written = anchors.WriteAsync(db).GetAwaiter().GetResult();
            stdout.WriteLine($"已写入锚点：{written.Count} 条记录，最后一条编号 {written.LastId}（{anchorFile}）。");
        }
        return ExitCodes.Success;
    }
}
