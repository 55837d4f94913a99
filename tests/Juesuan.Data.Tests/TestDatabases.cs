using Juesuan.Data;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data.Tests;

/// <summary>
/// The databases the repository tests run on: SQLite always, PostgreSQL where JUESUAN_TEST_POSTGRES
/// holds a connection string to a server whose role may create databases (.ci/run starts one). Each test
/// gets a fresh database, created by the migrations.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "JUESUAN_TEST_POSTGRES";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>"sqlite", and "postgres" when a server is configured.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (PostgresServer is not null) data.Add("postgres");
            return data;
        }
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var name = "juesuan_test_" + Guid.NewGuid().ToString("N")[..12];
        string connection;
        if (provider == "postgres")
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
            connection = builder.ConnectionString;
        }
        else
        {
            connection = $"Data Source={Path.Combine(Path.GetTempPath(), name + ".db")}";
        }
        var database = new TestDatabase(provider == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, connection);
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        return database;
    }
}

/// <summary>One test's database; deleted when the test ends.</summary>
public sealed class TestDatabase(DatabaseProvider provider, string connection) : IAsyncDisposable
{
    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connection;

    /// <summary>A new context on the database (each stands for one request of one web node).</summary>
    public JuesuanDb Open() => Databases.Open(Provider, ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await using var db = Open();
        await db.Database.EnsureDeletedAsync();
    }
}

/// <summary>Reported as skipped, with the reason, where no PostgreSQL server is configured.</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (TestDatabases.PostgresServer is null)
            Skip = $"未配置 PostgreSQL（环境变量 {TestDatabases.PostgresVariable}），仓储测试只在 SQLite 上运行；CI 会启动 PostgreSQL 并设置它";
    }
}
