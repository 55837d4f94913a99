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
    /// <summary>The filter a request's values give, blanks as no condition and words trimmed.</summary>
    public static PortalFilter From(string? q, int? year, string? department, string? region, string? scope) =>
        new(Blank(q), year, Blank(department), Blank(region), PublishedList.ParseScope(scope));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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

    /// <summary>The disclosures matching a filter, in order.</summary>
    public static IEnumerable<PublishedDisclosure> Matching(IEnumerable<PublishedDisclosure> all, PortalFilter filter)
    {
        var terms = Terms(filter);
        return all.Where(d => Matches(d, terms) && (filter.Year is null || d.FiscalYear == filter.Year) && (filter.Department is null || d.Department == filter.Department)
            && (filter.Region is null || d.Region == filter.Region) && (filter.Scope is null || d.Scope == filter.Scope));
    }

    /// <summary>Each word of a search, and the year it names ("2021", "2021年" or "2021年度"), if it names one.</summary>
    private static IReadOnlyList<(string Word, int? Year)> Terms(PortalFilter filter) =>
        [.. filter.Terms.Select(term => (term, int.TryParse(term.TrimEnd('度').TrimEnd('年'), out var year) && year is >= 1900 and <= 2999 ? year : (int?)null))];

    /// <summary>Whether every word is in the unit's name, code or department, or is its year.</summary>
    private static bool Matches(PublishedDisclosure d, IReadOnlyList<(string Word, int? Year)> terms)
    {
        foreach (var (word, year) in terms)
            if (!(d.Name.Contains(word, StringComparison.Ordinal) || d.Code.Contains(word, StringComparison.OrdinalIgnoreCase)
                  || (d.Department?.Contains(word, StringComparison.Ordinal) ?? false) || d.FiscalYear == year))
                return false;
        return true;
    }

    /// <summary>
    /// A page of search results: the pages reached by links alone (a year, a department, a page of them: few) are kept per portal
    /// version; a search for words is a pass over the list.
    /// </summary>
    public static async Task<PortalPage> SearchAsync(JuesuanDb db, PortalCache portal, string version, PortalFilter filter, int page, int pageSize,
        CancellationToken cancellation)
    {
        var all = await AllAsync(db, portal, version, cancellation);
        return filter.Q is null
            ? await portal.GetAsync(version, ("search", filter, page, pageSize), pageSize * 512L, () => Task.FromResult(Search(all, filter, page, pageSize)))
            : Search(all, filter, page, pageSize);
    }

    /// <summary>
    /// One page of the disclosures matching a filter, with the counts of every facet under the other conditions (what choosing
    /// that value would find), in one pass over the list.
    /// </summary>
    public static PortalPage Search(IReadOnlyList<PublishedDisclosure> all, PortalFilter filter, int page, int pageSize)
    {
        var terms = Terms(filter);
        var matching = new List<PublishedDisclosure>();
        var years = new Dictionary<int, int>();
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        var scopes = new Dictionary<DisclosureKind, int>();
        static void Count<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
        foreach (var d in all)
        {
            if (!Matches(d, terms)) continue;
            bool year = filter.Year is null || d.FiscalYear == filter.Year, department = filter.Department is null || d.Department == filter.Department,
                region = filter.Region is null || d.Region == filter.Region, scope = filter.Scope is null || d.Scope == filter.Scope;
            if (department && region && scope) Count(years, d.FiscalYear);
            if (year && region && scope && d.Department is { } inDepartment) Count(departments, inDepartment);
            if (year && department && scope && d.Region is { } inRegion) Count(regions, inRegion);
            if (year && department && region) Count(scopes, d.Scope);
            if (year && department && region && scope) matching.Add(d);
        }
        page = Math.Clamp(page, 1, Math.Max(1, (matching.Count + pageSize - 1) / pageSize));
        return new PortalPage([.. matching.Skip((page - 1) * pageSize).Take(pageSize)], matching.Count, page, pageSize,
            [.. years.OrderByDescending(y => y.Key)
                .Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{y.Key}年度", y.Value, filter.Year == y.Key))],
            [.. departments.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new FacetValue(d.Key, d.Key, d.Value, filter.Department == d.Key))],
            [.. regions.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new FacetValue(r.Key, r.Key, r.Value, filter.Region == r.Key))],
            [.. scopes.OrderBy(k => k.Key).Select(k => new FacetValue(ScopeValue(k.Key), ScopeName(k.Key), k.Value, filter.Scope == k.Key))]);
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
