using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 数据库 — the server's storage: the organisation tree, every saved version of each unit's accounts, the
/// disclosure cases with their workflow and publications, people and their API tokens, the audit trail,
/// and the web nodes' shared data-protection keys. One model; <see cref="SqliteJuesuanDb"/> and
/// <see cref="PostgresJuesuanDb"/> give it a provider and a migrations folder each.
/// </summary>
public abstract class JuesuanDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AccountsVersion> AccountsVersions => Set<AccountsVersion>();
    public DbSet<PerformanceVersion> PerformanceVersions => Set<PerformanceVersion>();
    public DbSet<DisclosureCase> DisclosureCases => Set<DisclosureCase>();
    public DbSet<WorkflowStep> WorkflowSteps => Set<WorkflowStep>();
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<PublishedSummary> PublishedSummaries => Set<PublishedSummary>();
    public DbSet<PublishedLines> PublishedLines => Set<PublishedLines>();
    public DbSet<PublicationFile> PublicationFiles => Set<PublicationFile>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<BureauSettings> BureauSettings => Set<BureauSettings>();
    public DbSet<LoadedCatalog> LoadedCatalogs => Set<LoadedCatalog>();
    public DbSet<OwnTemplate> OwnTemplates => Set<OwnTemplate>();
    public DbSet<TemplateChoice> TemplateChoices => Set<TemplateChoice>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Versions, publications, workflow steps and audit entries are written once: no code path may change or delete one.</summary>
    private void RefuseRewrites()
    {
        foreach (var entry in ChangeTracker.Entries())
            if (entry.State is EntityState.Modified or EntityState.Deleted
                && entry.Entity is AccountsVersion or PerformanceVersion or Publication or WorkflowStep or AuditEntry)
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} is append-only and cannot be {entry.State.ToString().ToLowerInvariant()}.");
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Organisation>(o =>
        {
            o.HasIndex(x => x.Code).IsUnique();
            o.Property(x => x.Code).HasMaxLength(64);
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            o.Property(x => x.CreditCode).HasMaxLength(18);
            o.Property(x => x.BudgetLevel).HasConversion<string>().HasMaxLength(16);
            o.Property(x => x.UnitType).HasConversion<string>().HasMaxLength(24);
            o.Property(x => x.Path).HasMaxLength(400);
            o.HasIndex(x => x.Path);
            o.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<AccountsVersion>(v =>
        {
            v.HasIndex(x => new { x.OrganisationId, x.FiscalYear, x.Number }).IsUnique();
            v.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            // Precision only: a column type name would make SQLite keep floats and lose cents (docs/architecture.md).
            v.Property(x => x.TotalIncome).HasPrecision(18, 2);
            v.Property(x => x.CurrentYearExpenditure).HasPrecision(18, 2);
            v.Property(x => x.SavedBy).HasMaxLength(128);
        });
        model.Entity<DisclosureCase>(c =>
        {
            c.HasIndex(x => new { x.OrganisationId, x.FiscalYear }).IsUnique();
            c.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            c.Property(x => x.Revision).IsConcurrencyToken();
        });
        model.Entity<PerformanceVersion>(v =>
        {
            v.HasIndex(x => new { x.OrganisationId, x.FiscalYear, x.Number }).IsUnique();
            v.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            v.Property(x => x.SavedBy).HasMaxLength(128);
        });
        model.Entity<WorkflowStep>(w =>
        {
            w.HasIndex(x => x.DisclosureCaseId);
            w.HasOne<DisclosureCase>().WithMany().HasForeignKey(x => x.DisclosureCaseId).OnDelete(DeleteBehavior.Restrict);
            w.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
            w.Property(x => x.From).HasConversion<string>().HasMaxLength(24);
            w.Property(x => x.To).HasConversion<string>().HasMaxLength(24);
            w.Property(x => x.Actor).HasMaxLength(128);
        });
        model.Entity<Publication>(p =>
        {
            // One publication per sequence number: two nodes publishing at once cannot both win.
            p.HasIndex(x => new { x.OrganisationId, x.FiscalYear, x.Sequence }).IsUnique();
            p.HasIndex(x => new { x.FiscalYear, x.PublishedAt });
            p.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            p.HasOne<DisclosureCase>().WithMany().HasForeignKey(x => x.DisclosureCaseId).OnDelete(DeleteBehavior.Restrict);
            p.Property(x => x.PublishedBy).HasMaxLength(128);
            p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            p.Property(x => x.Source).HasMaxLength(500);
            p.Property(x => x.ContentHash).HasMaxLength(64);
            p.Property(x => x.TemplateId).HasMaxLength(64);
            p.Property(x => x.TemplateHash).HasMaxLength(64);
        });
        model.Entity<PublishedSummary>(s =>
        {
            s.HasKey(x => x.PublicationId);
            s.HasOne(x => x.Publication).WithOne().HasForeignKey<PublishedSummary>(x => x.PublicationId).OnDelete(DeleteBehavior.Restrict);
            s.HasIndex(x => new { x.OrganisationId, x.FiscalYear });
            // The portal's list, search and facets: the latest publications by year, department or scope.
            s.HasIndex(x => new { x.Latest, x.FiscalYear, x.Code });
            s.HasIndex(x => new { x.Latest, x.Department, x.FiscalYear });
            s.HasIndex(x => x.Code);
            s.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Scope).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Code).HasMaxLength(64);
            s.Property(x => x.Name).HasMaxLength(200);
            s.Property(x => x.Department).HasMaxLength(200);
            s.Property(x => x.Region).HasMaxLength(200);
            s.Property(x => x.ContentHash).HasMaxLength(64);
        });
        model.Entity<PublishedLines>(l =>
        {
            l.HasKey(x => x.PublicationId);
            l.HasOne(x => x.Publication).WithOne().HasForeignKey<PublishedLines>(x => x.PublicationId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<PublicationFile>(f =>
        {
            f.HasKey(x => new { x.PublicationId, x.Format });
            f.HasOne(x => x.Publication).WithMany().HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Restrict);
            f.Property(x => x.Format).HasMaxLength(16);
            f.Property(x => x.FileName).HasMaxLength(300);
        });
        model.Entity<UserAccount>(u =>
        {
            u.HasIndex(x => x.UserName).IsUnique();
            u.Property(x => x.UserName).HasMaxLength(64);
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.Property(x => x.Role).HasConversion<string>().HasMaxLength(24);
            u.Property(x => x.SecurityStamp).HasMaxLength(64);
            u.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<ApiToken>(t =>
        {
            t.HasIndex(x => x.Hash).IsUnique();
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Hash).HasMaxLength(64);
            t.Property(x => x.Prefix).HasMaxLength(16);
            t.HasOne(x => x.UserAccount).WithMany().HasForeignKey(x => x.UserAccountId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<BureauSettings>(b =>
        {
            b.HasKey(x => x.OrganisationId);
            b.HasOne<Organisation>().WithOne().HasForeignKey<BureauSettings>(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            b.Property(x => x.Template).HasMaxLength(64);
            b.Property(x => x.UpdatedBy).HasMaxLength(128);
        });
        model.Entity<LoadedCatalog>(c =>
        {
            c.HasKey(x => new { x.OrganisationId, x.Year, x.Kind });
            c.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            c.Property(x => x.Kind).HasMaxLength(16);
            c.Property(x => x.FileName).HasMaxLength(260);
            c.Property(x => x.LoadedBy).HasMaxLength(128);
            c.Ignore(x => x.CodeKind);
        });
        model.Entity<OwnTemplate>(t =>
        {
            t.HasIndex(x => new { x.OrganisationId, x.Hash }).IsUnique();
            t.HasIndex(x => x.Hash);
            t.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            t.Property(x => x.TemplateId).HasMaxLength(64);
            t.Property(x => x.Name).HasMaxLength(200);
            t.Property(x => x.Hash).HasMaxLength(64);
            t.Property(x => x.FileName).HasMaxLength(260);
            t.Property(x => x.LoadedBy).HasMaxLength(128);
        });
        model.Entity<TemplateChoice>(c =>
        {
            c.HasKey(x => new { x.OrganisationId, x.FiscalYear });
            c.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            c.Property(x => x.TemplateId).HasMaxLength(64);
            c.Property(x => x.ChosenBy).HasMaxLength(128);
        });
        model.Entity<AuditEntry>(a =>
        {
            // One successor per entry: two writers that read the same last entry cannot both append.
            a.HasIndex(x => x.PreviousHash).IsUnique();
            a.Property(x => x.Actor).HasMaxLength(128);
            a.Property(x => x.Action).HasMaxLength(64);
            a.Property(x => x.PreviousHash).HasMaxLength(64);
            a.Property(x => x.Hash).HasMaxLength(64);
        });
    }
}

/// <summary>The database on SQLite: a file under the data folder, the embedded default.</summary>
public sealed class SqliteJuesuanDb(DbContextOptions<SqliteJuesuanDb> options) : JuesuanDb(options)
{
    public static DbContextOptions<SqliteJuesuanDb> Options(string connectionString) =>
        new DbContextOptionsBuilder<SqliteJuesuanDb>().UseSqlite(connectionString).Options;
}

/// <summary>The database on PostgreSQL, for a bureau's server with several web nodes.</summary>
public sealed class PostgresJuesuanDb(DbContextOptions<PostgresJuesuanDb> options) : JuesuanDb(options)
{
    public static DbContextOptions<PostgresJuesuanDb> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresJuesuanDb>().UseNpgsql(connectionString).Options;
}

/// <summary>Which database a server uses.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Opens the database a configuration names.</summary>
public static class Databases
{
    /// <summary>The SQLite connection string for the database file in a data folder (created if missing).</summary>
    public static string SqliteFile(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        return $"Data Source={Path.Combine(dataFolder, "juesuan.db")}";
    }

    public static JuesuanDb Open(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresJuesuanDb(PostgresJuesuanDb.Options(connectionString)),
        _ => new SqliteJuesuanDb(SqliteJuesuanDb.Options(connectionString)),
    };
}

/// <summary>For <c>dotnet ef</c>: the SQLite context at design time.</summary>
public sealed class SqliteDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<SqliteJuesuanDb>
{
    public SqliteJuesuanDb CreateDbContext(string[] args) => new(SqliteJuesuanDb.Options("Data Source=design.db"));
}

/// <summary>For <c>dotnet ef</c>: the PostgreSQL context at design time (no connection is opened to add a migration).</summary>
public sealed class PostgresDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<PostgresJuesuanDb>
{
    public PostgresJuesuanDb CreateDbContext(string[] args) => new(PostgresJuesuanDb.Options("Host=localhost;Database=juesuan_design"));
}
