using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Data;
using Juesuan.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Juesuan.Data.Tests;

public class StorageTests
{
    private static readonly string SampleJson = File.ReadAllText(RepoPaths.SampleAccounts);
    private static readonly TimeProvider Clock = TimeProvider.System;

    public static TheoryData<string> Providers => TestDatabases.Providers;

    /// <summary>A bureau, a department and the sample's unit (its code as in the sample file).</summary>
    private static async Task<(int Bureau, int Department, int Unit)> SeedTreeAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var tree = new OrganisationTree(db, Clock);
        var bureau = (await tree.AddAsync("140200", "大同市财政局", OrganisationKind.Bureau, null, "admin")).Added!;
        var department = (await tree.AddAsync("140200-KX-D", "大同市科学技术协会（部门）", OrganisationKind.Department, bureau.Id, "admin")).Added!;
        var sampleCode = JsonNode.Parse(SampleJson)!["unit"]!["code"]!.GetValue<string>();
        var unit = (await tree.AddAsync(sampleCode, "大同市科学技术协会", OrganisationKind.Unit, department.Id, "admin")).Added!;
        return (bureau.Id, department.Id, unit.Id);
    }

    private static string SampleWith(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(SampleJson, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Saved_accounts_keep_every_cent_and_sums_and_order_stay_exact(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (_, _, unit) = await SeedTreeAsync(database);
        await using (var db = database.Open())
        {
            var saved = Assert.IsType<SaveOutcome.Saved>(await new AccountsStore(db, Clock).SaveAsync(unit, SampleJson, "accounts.json", "preparer", null));
            Assert.Equal(1, saved.Version.Number);
            Assert.Equal(1, saved.Revision);
        }
        await using (var db = database.Open())
        {
            var version = await db.AccountsVersions.SingleAsync();
            Assert.Equal(4_001_132.90m, version.TotalIncome);
            Assert.Equal(4_000_720.64m, version.CurrentYearExpenditure);
            // Sums and comparisons run in the database without losing a cent on either provider.
            Assert.Equal(8_001_853.54m, await db.AccountsVersions.SumAsync(v => v.TotalIncome + v.CurrentYearExpenditure));
            Assert.Equal(1, await db.AccountsVersions.CountAsync(v => v.TotalIncome > 4_001_132.89m && v.TotalIncome < 4_001_132.91m));
            var read = AccountsReader.Read(version.Json, "stored");
            Assert.Empty(read.Errors);
            Assert.Equal(AccountsWriter.Write(AccountsReader.Read(SampleJson, "accounts.json").Accounts!, read.Settings), version.Json);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_save_is_a_new_version_and_the_audit_trail_keeps_the_values_before_and_after(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (_, _, unit) = await SeedTreeAsync(database);
        await using var db = database.Open();
        var store = new AccountsStore(db, Clock);
        Assert.IsType<SaveOutcome.Saved>(await store.SaveAsync(unit, SampleJson, "accounts.json", "preparer", null));
        var edited = SampleWith(root => root["useOfNonFiscalSurplus"] = 1234.56m);
        var second = Assert.IsType<SaveOutcome.Saved>(await store.SaveAsync(unit, edited, "accounts.json", "preparer", expectedRevision: 1, note: "补录结余"));
        Assert.Equal(2, second.Version.Number);
        Assert.Equal(2, second.Revision);

        var versions = await store.VersionsAsync(unit, 2021);
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.DoesNotContain("useOfNonFiscalSurplus", versions[1].Json);
        var saves = await db.AuditEntries.Where(e => e.Action == "accounts.save").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, saves.Count);
        Assert.Equal(second.Version.Id, saves[1].VersionId);
        Assert.Contains("\"path\":\"$.useOfNonFiscalSurplus\",\"before\":null,\"after\":\"1234.56\"", saves[1].Detail);
        Assert.Null(await AuditTrail.VerifyAsync(db));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_save_that_started_from_an_older_revision_is_refused_not_overwritten(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (_, _, unit) = await SeedTreeAsync(database);
        await using (var db = database.Open())
            await new AccountsStore(db, Clock).SaveAsync(unit, SampleJson, "accounts.json", "preparer", null);

        // Two people open revision 1; the first saves, the second's save must not silently win.
        await using var first = database.Open();
        await using var second = database.Open();
        Assert.IsType<SaveOutcome.Saved>(await new AccountsStore(first, Clock).SaveAsync(unit, SampleWith(r => r["surplusDistribution"] = 1m), "a.json", "甲", expectedRevision: 1));
        var conflict = Assert.IsType<SaveOutcome.Conflict>(await new AccountsStore(second, Clock).SaveAsync(unit, SampleWith(r => r["surplusDistribution"] = 2m), "b.json", "乙", expectedRevision: 1));
        Assert.Equal(2, conflict.CurrentRevision);

        // The same race below the check: both load the case, one writes first; the token refuses the other.
        await using var a = database.Open();
        await using var b = database.Open();
        var caseA = await a.DisclosureCases.SingleAsync();
        var caseB = await b.DisclosureCases.SingleAsync();
        caseA.Revision++;
        await a.SaveChangesAsync();
        caseB.Revision++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());

        await using var check = database.Open();
        Assert.Equal(2, await check.AccountsVersions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bad_file_saves_nothing_and_names_every_error(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (_, _, unit) = await SeedTreeAsync(database);
        await using var db = database.Open();
        var auditBefore = await db.AuditEntries.CountAsync();
        var bad = SampleWith(root =>
        {
            root["expenditure"]![0]!["amount"] = "约三万";
            root["income"]![0]!["code"] = "2019999";
        });
        var invalid = Assert.IsType<SaveOutcome.Invalid>(await new AccountsStore(db, Clock).SaveAsync(unit, bad, "bad.json", "preparer", null));
        Assert.Contains(invalid.Errors, e => e.Where == "$.expenditure[0].amount");
        Assert.Contains(invalid.Errors, e => e.Where == "$.income[0].code");
        Assert.Equal(0, await db.AccountsVersions.CountAsync());
        Assert.Equal(0, await db.DisclosureCases.CountAsync());
        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync());

        var otherUnit = SampleWith(root => root["unit"]!["code"] = "999999");
        var mismatch = Assert.IsType<SaveOutcome.Invalid>(await new AccountsStore(db, Clock).SaveAsync(unit, otherUnit, "other.json", "preparer", null));
        Assert.Equal("$.unit.code", Assert.Single(mismatch.Errors).Where);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Submitted_accounts_are_locked(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (_, _, unit) = await SeedTreeAsync(database);
        await using var db = database.Open();
        var store = new AccountsStore(db, Clock);
        await store.SaveAsync(unit, SampleJson, "accounts.json", "preparer", null);
        (await db.DisclosureCases.SingleAsync()).Status = DisclosureStatus.Submitted;
        await db.SaveChangesAsync();
        var locked = Assert.IsType<SaveOutcome.Locked>(await store.SaveAsync(unit, SampleJson, "accounts.json", "preparer", 1));
        Assert.Contains("当前为“待部门审核”，不能修改", locked.Reason);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_edited_or_removed_audit_entry_breaks_the_chain_where_it_was(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (_, _, unit) = await SeedTreeAsync(database);
        await using (var db = database.Open())
        {
            var store = new AccountsStore(db, Clock);
            await store.SaveAsync(unit, SampleJson, "accounts.json", "preparer", null);
            await store.SaveAsync(unit, SampleWith(r => r["surplusDistribution"] = 5m), "accounts.json", "preparer", 1);
            Assert.Null(await AuditTrail.VerifyAsync(db));
        }
        long edited;
        await using (var db = database.Open())
        {
            var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(5, entries.Count); // three organisations added, two saves
            edited = entries[3].Id;
            // Tampering outside the application: the detail of the first save rewritten in place.
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Detail\" = '{{\"changes\":[]}}' WHERE \"Id\" = {edited}");
        }
        await using (var db = database.Open())
        {
            var broken = await AuditTrail.VerifyAsync(db);
            Assert.NotNull(broken);
            Assert.Equal(edited, broken.EntryId);
            Assert.Contains("内容与其哈希不符", broken.Reason);
        }
        await using (var db = database.Open())
        {
            // Restore the detail by removing the entry instead: the next one no longer links.
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {edited}");
            var broken = await AuditTrail.VerifyAsync(db);
            Assert.NotNull(broken);
            Assert.Contains("链接的前一条哈希与实际不符", broken.Reason);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Against_its_anchor_the_chain_shows_deleted_last_entries_an_emptied_table_and_a_rewrite_from_one_entry_on(string provider)
    {
        var file = Path.Combine(Path.GetTempPath(), $"juesuan-anchors-{Guid.NewGuid():N}.jsonl");
        var protection = new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider();
        try
        {
            // Six entries (three organisations, three saves), anchored after the fifth.
            async Task<(TestDatabase Database, TrailAnchors Anchors)> ArrangeAsync()
            {
                File.Delete(file);
                var database = await TestDatabases.CreateAsync(provider);
                var (_, _, unit) = await SeedTreeAsync(database);
                var anchors = new TrailAnchors(file, protection, Clock);
                await using var db = database.Open();
                var store = new AccountsStore(db, Clock);
                await store.SaveAsync(unit, SampleJson, "accounts.json", "preparer", null);
                await store.SaveAsync(unit, SampleWith(r => r["surplusDistribution"] = 5m), "accounts.json", "preparer", 1);
                Assert.Equal(5, (await anchors.WriteAsync(db)).Count);
                await store.SaveAsync(unit, SampleWith(r => r["surplusDistribution"] = 6m), "accounts.json", "preparer", 2);
                Assert.Null(await AuditTrail.VerifyAsync(db, anchors));
                return (database, anchors);
            }

            async Task<string> ReasonAfterAsync(Func<JuesuanDb, Task> tamper)
            {
                var (database, anchors) = await ArrangeAsync();
                await using (database)
                {
                    await using (var db = database.Open()) await tamper(db);
                    await using var check = database.Open();
                    // Each tamper leaves a chain whose own links hold: only the anchor shows it.
                    Assert.Null(await AuditTrail.VerifyAsync(check));
                    return (await AuditTrail.VerifyAsync(check, anchors))!.Reason;
                }
            }

            Assert.Contains("最后的记录被删除过", await ReasonAfterAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" >= 5")));
            Assert.Contains("审计记录被清空", await ReasonAfterAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\"")));
            Assert.Contains("审计链自此或更早被重写过", await ReasonAfterAsync(async db =>
            {
                // From the fourth entry on, the chain is written again under the same numbers, every hash recomputed.
                var from = await db.AuditEntries.OrderBy(e => e.Id).Skip(3).Select(e => e.Id).ToListAsync();
                await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" >= {from[0]}");
                foreach (var id in from)
                {
                    AuditTrail.Record(db, Clock.GetUtcNow(), "someone", "accounts.save", "{\"changes\":[]}").Id = id;
                    await db.SaveChangesAsync();
                }
            }));
            // An anchor changed in its file no longer unseals.
            var (kept, anchors) = await ArrangeAsync();
            await using (kept)
            {
                File.WriteAllText(file, File.ReadAllText(file).Replace("\"count\":5", "\"count\":4", StringComparison.Ordinal));
                await using var db = kept.Open();
                Assert.Contains("与其签名不符", (await AuditTrail.VerifyAsync(db, anchors))!.Reason);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_tree_takes_departments_under_the_bureau_and_units_under_departments_or_units_and_reach_goes_to_any_depth(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (bureau, department, unit) = await SeedTreeAsync(database);
        await using var db = database.Open();
        var tree = new OrganisationTree(db, Clock);
        Assert.Equal("单位的上级应为部门或单位（二级单位）", (await tree.AddAsync("U2", "某单位", OrganisationKind.Unit, bureau, "admin")).Error);
        Assert.Equal("部门的上级应为财政局", (await tree.AddAsync("D2", "某部门", OrganisationKind.Department, department, "admin")).Error);
        Assert.Equal("已有财政局：一个服务器只有一个财政局", (await tree.AddAsync("B2", "另一个财政局", OrganisationKind.Bureau, null, "admin")).Error);
        Assert.Contains("已被使用", (await tree.AddAsync("140200", "重复", OrganisationKind.Department, bureau, "admin")).Error);
        // Codes stand in addresses and file names: letters, digits and - _ . only.
        Assert.Equal("机构编码只能由字母、数字和 - _ . 组成，并以字母或数字开头，实际为“../x<y>”",
            (await tree.AddAsync("../x<y>", "某部门", OrganisationKind.Department, bureau, "admin")).Error);
        Assert.Equal("机构编码最多40个字符，实际为41个", (await tree.AddAsync(new string('A', 41), "某部门", OrganisationKind.Department, bureau, "admin")).Error);
        var second = (await tree.AddAsync("U1-1", "二级单位", OrganisationKind.Unit, unit, "admin")).Added!;
        var other = (await tree.AddAsync("D3", "另一部门", OrganisationKind.Department, bureau, "admin")).Added!;
        var otherUnit = (await tree.AddAsync("U3", "另一单位", OrganisationKind.Unit, other.Id, "admin")).Added!;
        Assert.Equal($"/{bureau}/{department}/{unit}/{second.Id}/", second.Path);

        async Task<int[]> Reached(UserRole role, int own)
        {
            var reach = Reach.Of(role, await db.Organisations.SingleAsync(o => o.Id == own));
            var queried = await db.Organisations.Where(reach.Rule).Select(o => o.Id).OrderBy(id => id).ToArrayAsync();
            Assert.Equal(queried, (await db.Organisations.ToListAsync()).Where(reach.Covers).Select(o => o.Id).Order());
            return queried;
        }
        Assert.Equal([department, unit, second.Id], await Reached(UserRole.DepartmentReviewer, department));
        Assert.Equal([unit], await Reached(UserRole.UnitPreparer, unit));
        Assert.Equal(6, (await Reached(UserRole.BureauReviewer, bureau)).Length);
        Assert.DoesNotContain(otherUnit.Id, await Reached(UserRole.DepartmentReviewer, department));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Organisations_saved_before_paths_existed_get_theirs_when_migrated(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var (bureau, department, unit) = await SeedTreeAsync(database);
        await using var db = database.Open();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_OrganisationPath", StringComparison.Ordinal)) - 1]);
        await migrator.MigrateAsync();
        db.ChangeTracker.Clear();
        Assert.Equal($"/{bureau}/{department}/{unit}/", (await db.Organisations.SingleAsync(o => o.Id == unit)).Path);
    }

    [RequiresPostgresFact]
    public async Task The_postgres_server_is_used()
    {
        await using var database = await TestDatabases.CreateAsync("postgres");
        await using var db = database.Open();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Contains("Initial", string.Concat(await db.Database.GetAppliedMigrationsAsync()));
    }
}
