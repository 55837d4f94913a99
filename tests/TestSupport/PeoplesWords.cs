using System.Text.RegularExpressions;

namespace Juesuan.Testing;

/// <summary>
/// What a person reads names things as the forms do: no path of a file of ours ("priorYear.total", "income[0]",
/// "$.unit"), no English field or enum name ("generalBudget"), no file name ("builtin.json", "docs/rules.md").
/// </summary>
public static partial class PeoplesWords
{
    /// <summary>An ASCII word of three or more letters, other than the names of formats a person knows.</summary>
    [GeneratedRegex(@"(?!(?:PDF|HTML|Excel|Word)\b)\b[A-Za-z][A-Za-z0-9_.\[\]]{2,}|\$\.")]
    private static partial Regex DevelopersWord();

    /// <summary>The first developer's word in the text, or null when there is none.</summary>
    public static string? DevelopersWordIn(string text) => DevelopersWord().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>A path of a file of ours: "$.unit", "reasons.budget.2012901", "income[0]", a camel-cased key ("threePublic").</summary>
    [GeneratedRegex(@"\$\.[A-Za-z]|\b[a-z]+(?:[A-Z][a-z0-9]*)+\b|\b[a-z]{2,}(?:\.[A-Za-z0-9]+)+|\b[a-z]+\[\d*\]")]
    private static partial Regex Path();

    /// <summary>The first path of a file of ours in a text meant for the public, or null when there is none.</summary>
    public static string? PathIn(string text) => Path().Match(text) is { Success: true } m ? m.Value : null;
}
