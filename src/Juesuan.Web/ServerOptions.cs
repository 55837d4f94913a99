using Juesuan.Data;

namespace Juesuan.Web;

/// <summary>
/// 服务器设置 — the "Juesuan" configuration section (appsettings.json, environment variables
/// Juesuan__Database, or the command line: --db, --connection, --data).
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "Juesuan";

    /// <summary>sqlite (the embedded default) or postgres.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string; for SQLite, empty means a file under <see cref="DataFolder"/>.</summary>
    public string? Connection { get; set; }

    /// <summary>Where the SQLite database lives, relative to the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Whether the sample unit and its published disclosure are loaded when the database has no organisation.</summary>
    public bool LoadSample { get; set; } = true;

    /// <summary>Whether the finance bureau reviews after the department (财政局审核).</summary>
    public bool BureauReview { get; set; } = true;

    /// <summary>Days after approval within which a disclosure must be published.</summary>
    public int PublicationDays { get; set; } = 20;

    /// <summary>Failed sign-ins before an account is locked, and for how many minutes.</summary>
    public int LockoutFailures { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The append-only file the audit chain's anchors are written to; by default trail-anchors.jsonl in the data folder.</summary>
    public string? TrailAnchorFile { get; set; }

    /// <summary>Audits posted and documents downloaded a minute from one address, without signing in.</summary>
    public int AnonymousWorkPerMinute { get; set; } = 30;

    /// <summary>The longest an API token lives, in days.</summary>
    public int TokenMaxDays { get; set; } = 365;

    /// <summary>How long public clients and proxies may cache the latest publication of a disclosure, in seconds.</summary>
    public int PublicCacheSeconds { get; set; } = 60;

    /// <summary>Whether the PDF and Word document of a publication are made in the background as soon as it is published.</summary>
    public bool PrepareFiles { get; set; } = true;

    /// <summary>Addresses of reverse proxies (besides loopback) whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public string[] TrustedProxies { get; set; } = [];

    public string AnchorFile() => TrailAnchorFile is { Length: > 0 } f ? f : Path.Combine(DataFolder, "trail-anchors.jsonl");

    public string ConnectionString() => Connection is { Length: > 0 } c ? c : Databases.SqliteFile(DataFolder);
}
