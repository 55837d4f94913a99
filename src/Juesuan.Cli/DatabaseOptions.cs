using System.CommandLine;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Cli;

/// <summary>
/// The server database options of the commands that work on it (import, trail): the same defaults as the
/// web application, so that run from the same folder they open the same database.
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string> Provider { get; } = new("--db") { Description = "数据库：sqlite（默认，数据目录下的文件）或 postgres", DefaultValueFactory = _ => "sqlite" };

    public Option<string?> Connection { get; } = new("--connection") { Description = "数据库连接字符串（PostgreSQL 必填；SQLite 默认使用 --data 目录下的 juesuan.db）" };

    public Option<string> DataFolder { get; } = new("--data") { Description = "SQLite 数据目录（默认 ./data，与网站相同）", DefaultValueFactory = _ => "data" };

    public DatabaseOptions() => Provider.AcceptOnlyFromAmong("sqlite", "postgres");

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
        command.Options.Add(DataFolder);
    }

    /// <summary>Opens the database the options name, migrated to the current model; null, with the reason on stderr, when it cannot be.</summary>
    public JuesuanDb? Open(ParseResult parse, TextWriter stderr)
    {
        var provider = parse.GetValue(Provider) == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connection = parse.GetValue(Connection);
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connection))
        {
            stderr.WriteLine("--db postgres 需要 --connection \"Host=…;Database=…;Username=…\"");
            return null;
        }
        var db = Databases.Open(provider, connection is { Length: > 0 } c ? c : Databases.SqliteFile(parse.GetValue(DataFolder)!));
        try
        {
            db.Database.Migrate();
            return db;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            stderr.WriteLine($"无法打开数据库：{e.Message}");
            db.Dispose();
            return null;
        }
    }

    /// <summary>The unit of a code in the server's database, or null with why on standard error.</summary>
    public static Organisation? Unit(JuesuanDb db, string code, TextWriter error, string verb)
    {
        var unit = db.Organisations.AsNoTracking().SingleOrDefault(o => o.Code == code && o.Kind == OrganisationKind.Unit);
        if (unit is null) error.WriteLine($"数据库中没有编码为“{code}”的单位：请先由系统管理员建立该单位。未{verb}任何内容。");
        return unit;
    }
}
