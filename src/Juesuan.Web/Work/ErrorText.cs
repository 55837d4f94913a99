using Juesuan.Accounts.Fields;
using Juesuan.Errors;

namespace Juesuan.Web.Work;

/// <summary>A problem in an uploaded or edited accounts file as a clerk reads it: its place named as the forms name it, not by its path.</summary>
public static class ErrorText
{
    public static string For(FileError error) =>
        error.Field is { } field && FieldLabels.Of(field) is { } label ? $"{error.File} {label}：{error.Message}" : error.ToString();

    /// <summary>Where in the form an error of an edited part is: the field's label, or the path of a field the form does not label.</summary>
    public static string Place(string field) => FieldLabels.Of(field) ?? field;
}
