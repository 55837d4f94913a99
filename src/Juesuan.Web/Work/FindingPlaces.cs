using System.Text.RegularExpressions;
using Juesuan.Checks;

namespace Juesuan.Web.Work;

/// <summary>
/// Where a finding is shown to the preparer: the part of the accounts it concerns and, when it can be
/// told, the field (a form field name) or the row (by code, or by a project's id).
/// </summary>
public sealed record FindingPlace(AccountsPart Part, string? Field, string? RowCode, string? RowId);

/// <summary>问题定位 — places each check finding on the editor pages, from its field or from the table and row it names.</summary>
public static partial class FindingPlaces
{
    [GeneratedRegex(@"^(?<list>[A-Za-z.]+)\[(?<id>[^\]]+)\]$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\d{3,7}$")]
    private static partial Regex Code();

    public static IReadOnlyList<FindingPlace> Of(Finding finding)
    {
        var places = new List<FindingPlace>();
        var location = finding.Location;
        var row = location.Row is { } r && Code().IsMatch(r) ? r : null;
        if (location.Field is { } field)
        {
            if (ListItem().Match(field) is { Success: true } item)
            {
                if (AccountsParts.OfField(item.Groups["list"].Value) is { } part) places.Add(new(part, null, null, item.Groups["id"].Value));
            }
            else if (AccountsParts.OfField(field) is { } part)
            {
                // A finding on a whole list ("expenditure") with a table row names the line by its code.
                var isList = part.Lists.Any(l => l.Path == field);
                places.Add(new(part, isList ? null : field, isList ? row : null, null));
            }
        }
        if (location.Table is { } table)
        {
            places.AddRange(AccountsParts.All.Where(p => p.Tables.Contains(table) && places.All(x => x.Part != p)).Select(p => new FindingPlace(p, null, row, null)));
        }
        return places;
    }

    /// <summary>The page and anchor a finding's link goes to; null when no part holds it.</summary>
    public static string? Link(string unitBase, Finding finding) =>
        Of(finding).FirstOrDefault() is { } place ? $"{unitBase}/edit/{place.Part.Id}#{Anchor(place)}" : null;

    /// <summary>The page and anchor of a field of the accounts ("reasons.budget.2012901"); null when no part holds it.</summary>
    public static string? FieldLink(string unitBase, string field) =>
        AccountsParts.OfField(field) is { } part ? $"{unitBase}/edit/{part.Id}#{Anchor(new FindingPlace(part, field, null, null))}" : null;

    public static string Anchor(FindingPlace place) => place.Field is { } f ? "f-" + f : "findings";

    /// <summary>The findings shown in a part, with their places there.</summary>
    public static IEnumerable<(Finding Finding, FindingPlace Place)> In(CheckReport? report, AccountsPart part) =>
        (report?.Findings ?? []).SelectMany(f => Of(f).Where(p => p.Part == part).Select(p => (f, p)));

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Blocking => "阻断",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
