using Juesuan.Accounts.Fields;
using Juesuan.Errors;

namespace Juesuan.Web.Work;

/// <summary>
/// A problem in an uploaded or edited file (accounts or self-evaluation) as a clerk reads it: its place named as
/// the forms name it, not by its path; a problem of the file as a whole, or of a place with no name, by the file.
/// </summary>
public static class ErrorText
{
    public static string For(FileError error)
    {
        var label = (error.Field is { } field ? FieldLabels.Of(field) : null) ?? (error.Location as JsonLocation)?.Label;
        if (label is not null) return $"{error.File} {label}：{error.Message}";
        return error.Location is JsonLocation ? $"{error.File}：{error.Message}" : error.ToString();
    }

    /// <summary>Where in the form an error of an edited part is: the field's label, or the path of a field the form does not label.</summary>
    public static string Place(string field) => FieldLabels.Of(field) ?? field;
}
