using System.Text.Json;
using Juesuan.Accounts;
using Juesuan.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Data;

/// <summary>
/// 公开摘要 — one publication as the portal's lists, search, unit pages, aggregates and comparisons read it: which unit
/// published which year, when, in which department and region, with its check counts. A narrow row apart from the frozen
/// texts (hundreds of kilobytes a publication), so that a list of thousands reads only what it shows. Written with the
/// publication; <see cref="Latest"/> moves to an amendment when one is published.
/// </summary>
public sealed class PublishedSummary
{
    public long PublicationId { get; set; }

    public Publication? Publication { get; set; }

    public int OrganisationId { get; set; }

    public int FiscalYear { get; set; }

    public int Sequence { get; set; }

    /// <summary>Whether this is the unit's latest publication of the year (the one lists show).</summary>
    public bool Latest { get; set; }

    public PublicationKind Kind { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateOnly? OriginalPublishedOn { get; set; }

    /// <summary>更正原因, for an amendment.</summary>
    public string? AmendmentReason { get; set; }

    /// <summary>单位编码 as published.</summary>
    public required string Code { get; set; }

    /// <summary>单位名称 as published.</summary>
    public required string Name { get; set; }

    /// <summary>The 部门 the unit belongs to (itself, for a department's own disclosure); null for the bureau's own.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>部门名称.</summary>
    public string? Department { get; set; }

    /// <summary>区划 — the region whose finance bureau the unit reports to (the bureau's name).</summary>
    public string? Region { get; set; }

    /// <summary>部门决算 or 单位决算.</summary>
    public DisclosureKind Scope { get; set; }

    public int Blocking { get; set; }

    public int Warnings { get; set; }

    /// <summary>The publication's content hash: the validator of everything rendered from it.</summary>
    public required string ContentHash { get; set; }
}

/// <summary>公开数据行 — the figures of a publication the portal totals and compares, as JSON (<see cref="PublishedFigures"/>), kept apart from its summary.</summary>
public sealed class PublishedLines
{
    public long PublicationId { get; set; }

    public Publication? Publication { get; set; }

    public required string Json { get; set; }
}

/// <summary>
/// 比较项 — one figure of a publication: a key figure ("k:total"), a “三公” part, actual or budget ("t:reception",
/// "tb:reception"), expenditure by function class, 款 and 项 ("f:201", "f:20101", "f:2010101") or basic expenditure by
/// economic class and 款 ("e:301", "e:30101"), with its name as the catalogues of the year give it.
/// </summary>
public sealed record PublishedLine(string Key, string Name, decimal Yuan);

/// <summary>比较项 of a publication: computed from its accounts, written as JSON and read back by key.</summary>
public static class PublishedFigures
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The “三公” parts: key, name, amount.</summary>
    public static readonly IReadOnlyList<(string Key, string Name, Func<ThreePublicItems, Juesuan.Amounts.Amount> Of)> ThreePublicParts =
    [
        ("abroad", "因公出国（境）费", t => t.Abroad),
        ("vehiclePurchase", "公务用车购置费", t => t.VehiclePurchase),
        ("vehicleOperation", "公务用车运行费", t => t.VehicleOperation),
        ("reception", "公务接待费", t => t.Reception),
    ];

    /// <summary>Prefixes of the keys, and what each kind of line is called.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Name)> Kinds =
    [
        ("k:", "主要指标"), ("t:", "“三公”经费支出"), ("tb:", "“三公”经费预算"), ("f:", "支出功能分类"), ("e:", "基本支出经济分类"),
    ];

    public static IReadOnlyList<PublishedLine> Of(UnitAccounts accounts, CodeCatalog? catalog)
    {
        var figures = new AccountsFigures(accounts);
        var lines = new List<PublishedLine>();
        foreach (var (key, name, of) in KeyFigures.All)
            if (of(figures) is { } amount) lines.Add(new("k:" + key, name, amount.Yuan));
        foreach (var (key, name, of) in ThreePublicParts)
        {
            lines.Add(new("t:" + key, name, of(accounts.ThreePublic.Actual).Yuan));
            lines.Add(new("tb:" + key, name + "（预算）", of(accounts.ThreePublic.Budget).Yuan));
        }
        lines.Add(new("tb:total", "“三公”经费预算", accounts.ThreePublic.Budget.Total.Yuan));
        foreach (var length in new[] { 3, 5, 7 })
            foreach (var group in accounts.Expenditure.Where(l => l.Code.Length >= length).GroupBy(l => l.Code[..length]).OrderBy(g => g.Key, StringComparer.Ordinal))
                lines.Add(new("f:" + group.Key, catalog?.Find(CodeKind.Function, group.Key)?.Name ?? group.Key, group.Sum(l => l.Amount.Yuan)));
        foreach (var length in new[] { 3, 5 })
            foreach (var group in accounts.BasicByEconomic.Where(l => l.Code.Length >= length).GroupBy(l => l.Code[..length]).OrderBy(g => g.Key, StringComparer.Ordinal))
                lines.Add(new("e:" + group.Key, catalog?.Find(CodeKind.Economic, group.Key)?.Name ?? group.Key, group.Sum(l => l.Amount.Yuan)));
        return lines;
    }

    public static string Write(IReadOnlyList<PublishedLine> lines) => JsonSerializer.Serialize(lines, Options);

    public static IReadOnlyDictionary<string, PublishedLine> Read(string json) =>
        (JsonSerializer.Deserialize<List<PublishedLine>>(json, Options) ?? []).ToDictionary(l => l.Key, StringComparer.Ordinal);

    /// <summary>The figures of several publications, by publication id.</summary>
    public static async Task<IReadOnlyDictionary<long, IReadOnlyDictionary<string, PublishedLine>>> ReadAsync(JuesuanDb db, IReadOnlyCollection<long> publicationIds,
        CancellationToken cancellation)
    {
        var rows = await db.PublishedLines.AsNoTracking().Where(l => publicationIds.Contains(l.PublicationId)).Select(l => new { l.PublicationId, l.Json })
            .ToListAsync(cancellation);
        return rows.ToDictionary(r => r.PublicationId, r => Read(r.Json));
    }

    /// <summary>What a key's line is called in the portal: "支出功能分类 201 一般公共服务支出", "主要指标 本年支出合计".</summary>
    public static string Label(PublishedLine line)
    {
        var kind = Kinds.First(k => line.Key.StartsWith(k.Prefix, StringComparison.Ordinal));
        var code = line.Key[kind.Prefix.Length..];
        return kind.Prefix is "f:" or "e:" ? $"{code} {line.Name}" : line.Name;
    }
}

/// <summary>
/// 公开文件 — a publication's file made once (its PDF, its Word document), kept so that no download waits for it to be made again,
/// on this node or another. Made in the background when the publication is published, or at its first download.
/// </summary>
public sealed class PublicationFile
{
    public long PublicationId { get; set; }

    public Publication? Publication { get; set; }

    /// <summary>The format's id ("pdf", "docx").</summary>
    public required string Format { get; set; }

    /// <summary>The file's name as downloaded.</summary>
    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset MadeAt { get; set; }
}
