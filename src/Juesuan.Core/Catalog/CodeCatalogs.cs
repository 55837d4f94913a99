using System.Collections.Concurrent;
using System.Reflection;

namespace Juesuan.Catalog;

/// <summary>
/// The catalogue editions shipped with Juesuan (Catalog/Editions/YYYY.tsv, one per edition year).
/// A fiscal year uses the latest edition not later than itself. Reading, building and checking go through
/// <see cref="CatalogEditions"/>, which lays the editions a bureau loaded over these.
/// </summary>
public static class CodeCatalogs
{
    private const string Prefix = "Juesuan.Catalog.";
    private static readonly Assembly Here = typeof(CodeCatalogs).Assembly;
    private static readonly ConcurrentDictionary<int, CodeCatalog> Loaded = new();

    /// <summary>The edition years shipped, ascending.</summary>
    public static IReadOnlyList<int> EditionYears { get; } = Here.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
        .Select(n => int.Parse(n[Prefix.Length..^4], System.Globalization.CultureInfo.InvariantCulture))
        .Order()
        .ToArray();

    /// <summary>The edition for a fiscal year, or null when the year is before every shipped edition.</summary>
    public static CodeCatalog? ForYear(int fiscalYear)
    {
        var edition = EditionYears.LastOrDefault(y => y <= fiscalYear);
        return edition == 0 ? null : Loaded.GetOrAdd(edition, Load);
    }

    private static CodeCatalog Load(int edition)
    {
        var name = $"{Prefix}{edition}.tsv";
        using var stream = Here.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var result = CatalogFile.Parse(reader.ReadToEnd(), edition, $"{edition}.tsv");
        return result.Catalog ?? throw new InvalidDataException(string.Join("\n", result.Errors));
    }
}
