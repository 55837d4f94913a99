using Juesuan.Accounts;
using Juesuan.Data;
using Microsoft.EntityFrameworkCore;
using Publication = Juesuan.Data.Publication;

namespace Juesuan.Web.Publishing;

/// <summary>One published disclosure as lists show it: its latest publication.</summary>
public sealed record PublishedDisclosure(
    long PublicationId, string Code, string Name, string? Department, string? Region, DisclosureKind Scope, int FiscalYear, int Sequence, PublicationKind Kind,
    DateTimeOffset PublishedAt, DateOnly? OriginalPublishedOn, int Blocking, int Warnings)
{
    /// <summary>公开日期 as the public reads it.</summary>
    public DateOnly? PublishedOn => Publication.PublishedOn(Kind, PublishedAt, OriginalPublishedOn);

    public string PublishedOnText => Publication.PublishedOnText(Kind, PublishedAt, OriginalPublishedOn);

    /// <summary>How the portal's forms name a disclosure: "140200:2021".</summary>
    public string Key => PortalKeys.Of(Code, FiscalYear);
}

/// <summary>
/// 查找条件 — what a reader narrows published disclosures by: words matched against unit name, code and department
/// (each word must match), a year, a department, a region and a kind (部门决算 or 单位决算).
/// </summary>
public sealed record PortalFilter(string? Q = null, int? Year = null, string? Department = null, string? Region = null, DisclosureKind? Scope = null)
{
    public IReadOnlyList<string> Terms => Q?.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries) ?? [];

    public bool IsEmpty => Terms.Count == 0 && Year is null && Department is null && Region is null && Scope is null;
}

/// <summary>分面 — one value of a facet, how many disclosures have it under the other conditions, and whether it is chosen.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Chosen);

/// <summary>One page of a search: the disclosures on it, how many match, and the facets.</summary>
public sealed record PortalPage(
    IReadOnlyList<PublishedDisclosure> Rows, int Total, int Page, int PageSize,
    IReadOnlyList<FacetValue> Years, IReadOnlyList<FacetValue> Departments, IReadOnlyList<FacetValue> Regions, IReadOnlyList<FacetValue> Scopes)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>How the portal's forms and links name a disclosure: its unit code and year.</summary>
public static class PortalKeys
{
    public static string Of(string code, int year) => $"{code}:{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static (string Code, int Year)? Parse(string key) =>
        key.LastIndexOf(':') is var at and > 0 && int.TryParse(key.AsSpan(at + 1), out var year) ? (key[..at], year) : null;
}

/// <summary>
/// 已公开目录 — the latest publication of every published disclosure, read from the narrow summaries
/// (<see cref="PublishedSummary"/>) once per portal version and kept in memory, newest year first and by code; searched,
/// counted by facet and paged there, so that any search costs a pass over a list rather than queries.
/// </summary>
public static class PublishedList
{
    public const int PageSize = 50;

    /// <summary>Most rows a page of the open-data list holds.</summary>
    public const int MostPerPage = 500;

    /// <summary>Every latest publication, in the portal's order.</summary>
    public static Task<IReadOnlyList<PublishedDisclosure>> AllAsync(JuesuanDb db, PortalCache portal, CancellationToken cancellation) =>
        portal.GetAsync(db, "catalog", 16L * 1024 * 1024, () => ReadAsync(db, cancellation), cancellation);

    /// <summary>The same, at a version the caller has read already.</summary>
    public static Task<IReadOnlyList<PublishedDisclosure>> AllAsync(JuesuanDb db, PortalCache portal, string version, CancellationToken cancellation) =>
        portal.GetAsync(version, "catalog", 16L * 1024 * 1024, () => ReadAsync(db, cancellation));

    private static async Task<IReadOnlyList<PublishedDisclosure>> ReadAsync(JuesuanDb db, CancellationToken cancellation)
    {
        var rows = await db.PublishedSummaries.AsNoTracking().Where(s => s.Latest)
            .Select(s => new PublishedDisclosure(s.PublicationId, s.Code, s.Name, s.Department, s.Region, s.Scope, s.FiscalYear, s.Sequence, s.Kind, s.PublishedAt,
                s.OriginalPublishedOn, s.Blocking, s.Warnings)).ToListAsync(cancellation);
        return [.. rows.OrderByDescending(r => r.FiscalYear).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>The disclosures matching a filter, in order; <paramref name="except"/> leaves one facet's own condition out (to count its values).</summary>
    public static IEnumerable<PublishedDisclosure> Matching(IEnumerable<PublishedDisclosure> all, PortalFilter filter, string? except = null)
    {
        var terms = filter.Terms.Select(term => (Term: term, Year: YearOf(term))).ToList();
        return all.Where(d => terms.All(t => d.Name.Contains(t.Term, StringComparison.Ordinal) || d.Code.Contains(t.Term, StringComparison.OrdinalIgnoreCase)
                || (d.Department?.Contains(t.Term, StringComparison.Ordinal) ?? false) || d.FiscalYear == t.Year)
            && (except == "year" || filter.Year is null || d.FiscalYear == filter.Year)
            && (except == "department" || filter.Department is null || d.Department == filter.Department)
            && (except == "region" || filter.Region is null || d.Region == filter.Region)
            && (except == "scope" || filter.Scope is null || d.Scope == filter.Scope));
    }

    /// <summary>"2021", "2021年" or "2021年度" as a year; null for any other word.</summary>
    private static int? YearOf(string term) => int.TryParse(term.TrimEnd('度').TrimEnd('年'), out var year) && year is >= 1900 and <= 2999 ? year : null;

    /// <summary>One page of the disclosures matching a filter, with the counts of every facet under the other conditions.</summary>
    public static PortalPage Search(IReadOnlyList<PublishedDisclosure> all, PortalFilter filter, int page, int pageSize)
    {
        var matching = Matching(all, filter).ToList();
        page = Math.Clamp(page, 1, Math.Max(1, (matching.Count + pageSize - 1) / pageSize));
        IEnumerable<IGrouping<TKey, PublishedDisclosure>> By<TKey>(string facet, Func<PublishedDisclosure, TKey> key) => Matching(all, filter, facet).GroupBy(key);
        return new PortalPage([.. matching.Skip((page - 1) * pageSize).Take(pageSize)], matching.Count, page, pageSize,
            [.. By("year", d => d.FiscalYear).OrderByDescending(g => g.Key)
                .Select(g => new FacetValue(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{g.Key}年度", g.Count(), filter.Year == g.Key))],
            [.. By("department", d => d.Department ?? "").Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FacetValue(g.Key, g.Key, g.Count(), filter.Department == g.Key))],
            [.. By("region", d => d.Region ?? "").Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FacetValue(g.Key, g.Key, g.Count(), filter.Region == g.Key))],
            [.. By("scope", d => d.Scope).OrderBy(g => g.Key).Select(g => new FacetValue(ScopeValue(g.Key), ScopeName(g.Key), g.Count(), filter.Scope == g.Key))]);
    }

    /// <summary>The disclosures named by their keys (unit code and year), in the order asked.</summary>
    public static IReadOnlyList<PublishedDisclosure> Find(IReadOnlyList<PublishedDisclosure> all, IEnumerable<(string Code, int Year)> keys) =>
        [.. keys.Select(k => all.FirstOrDefault(d => d.Code == k.Code && d.FiscalYear == k.Year)).OfType<PublishedDisclosure>()];

    /// <summary>部门决算 or 单位决算.</summary>
    public static string ScopeName(DisclosureKind scope) => scope == DisclosureKind.Department ? "部门决算" : "单位决算";

    /// <summary>How a link names a kind: "department" or "unit".</summary>
    public static string ScopeValue(DisclosureKind scope) => scope == DisclosureKind.Department ? "department" : "unit";

    public static DisclosureKind? ParseScope(string? value) => value switch
    {
        "department" => DisclosureKind.Department,
        "unit" => DisclosureKind.Unit,
        _ => null,
    };
}
