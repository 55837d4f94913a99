using System.Globalization;

namespace Juesuan.Errors;

/// <summary>
/// 出错位置 — where in a file a problem stands: a JSON path, a line (and column) of a text, a sheet (and
/// cell or row) of a workbook, a page of a document, or the file as a whole.
/// </summary>
public abstract record ErrorLocation(string File)
{
    /// <summary>The place within the file as a person reads it ("$.income[0].amount", "第3行第5列", "支出 E12", "第2页"); empty for the whole file.</summary>
    public abstract string Where { get; }

    /// <summary>The file as a whole.</summary>
    public static ErrorLocation Of(string file) => new WholeFile(file);

    /// <param name="label">The place as people name it ("绩效自评第1项 项目资金"); null where only the path says it.</param>
    public static ErrorLocation AtPath(string file, string jsonPath, string? label = null) => new JsonLocation(file, jsonPath, label);

    public static ErrorLocation AtLine(string file, int line, int? column = null) => new TextLocation(file, line, column);

    public static ErrorLocation AtCell(string file, string sheet, string cell) => new CellLocation(file, sheet, cell, null);

    public static ErrorLocation AtRow(string file, string sheet, int row) => new CellLocation(file, sheet, null, row);

    public static ErrorLocation AtSheet(string file, string sheet) => new CellLocation(file, sheet, null, null);

    public static ErrorLocation AtPage(string file, int page) => new PageLocation(file, page);
}

/// <summary>The whole file: it could not be read at all, or the problem has no narrower place.</summary>
public sealed record WholeFile(string File) : ErrorLocation(File)
{
    public override string Where => "";
}

/// <summary>A JSON path: "$.expenditure[3].code".</summary>
/// <param name="Label">The place as people name it, for screens that do not show paths; null where only the path says it.</param>
public sealed record JsonLocation(string File, string Path, string? Label = null) : ErrorLocation(File)
{
    public override string Where => Path;
}

/// <summary>A line of a text file (from 1), and the column where known (from 1).</summary>
public sealed record TextLocation(string File, int Line, int? Column) : ErrorLocation(File)
{
    public override string Where => Column is { } c
        ? string.Create(CultureInfo.InvariantCulture, $"第{Line}行第{c}列")
        : string.Create(CultureInfo.InvariantCulture, $"第{Line}行");
}

/// <summary>A sheet of a workbook, and the cell ("E12") or the row where known.</summary>
public sealed record CellLocation(string File, string Sheet, string? Cell, int? Row) : ErrorLocation(File)
{
    public override string Where => Cell is not null ? $"{Sheet} {Cell}" : Row is { } r ? string.Create(CultureInfo.InvariantCulture, $"{Sheet} 第{r}行") : Sheet;
}

/// <summary>A page of a document (from 1).</summary>
public sealed record PageLocation(string File, int Page) : ErrorLocation(File)
{
    public override string Where => string.Create(CultureInfo.InvariantCulture, $"第{Page}页");
}

/// <summary>
/// 文件错误 — one problem in a file a person gave Juesuan (accounts, workbooks, published tables,
/// self-evaluations, rule and configuration files, catalogues, documents to audit): a stable code for
/// programs, where it is, what was expected and found (in Chinese), and what to do about it.
/// </summary>
/// <param name="Code">A stable identifier of the kind of problem (<see cref="ErrorCodes"/>), for programs and tests.</param>
/// <param name="Hint">What to change, where the message alone does not say it.</param>
public sealed record FileError(string Code, ErrorLocation Location, string Message, string? Hint = null)
{
    public string File => Location.File;

    /// <summary>The place within the file as a person reads it.</summary>
    public string Where => Location.Where;

    /// <summary>The field of a JSON file the problem is at, as forms name their inputs ("income[0].amount"); null elsewhere.</summary>
    public string? Field => Location is JsonLocation { Path: var path } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    /// <summary>"file place：message" — the one way every command and page shows a problem.</summary>
    public override string ToString() => Where.Length == 0 ? $"{File}：{Message}" : $"{File} {Where}：{Message}";
}

/// <summary>Hints more than one reader gives.</summary>
public static class Hints
{
    /// <summary>What to write for an amount.</summary>
    public const string Amount = "金额以元为单位，写成数字，如 3915995.04；不要写“万元”或文字";
}

/// <summary>The kinds of <see cref="FileError"/>, as stable codes.</summary>
public static class ErrorCodes
{
    /// <summary>Not readable as its format at all: JSON syntax, a broken workbook, a document without text.</summary>
    public const string Syntax = "file.syntax";

    /// <summary>The file, a sheet or a table is not what this reader reads.</summary>
    public const string NotRecognised = "file.notRecognised";

    /// <summary>Larger than Juesuan reads.</summary>
    public const string TooLarge = "file.tooLarge";

    /// <summary>A required field, row, column or sheet is missing or empty.</summary>
    public const string Missing = "field.missing";

    /// <summary>A field, row or column nobody asked for (a typo is never silently ignored).</summary>
    public const string Unknown = "field.unknown";

    /// <summary>A value of the wrong type: text for a number, a number for a date.</summary>
    public const string WrongType = "value.type";

    /// <summary>A number out of its range, negative, or more precise than a cent.</summary>
    public const string OutOfRange = "value.range";

    /// <summary>A value not among those allowed (a choice, a key, a format identifier).</summary>
    public const string NotAllowed = "value.notAllowed";

    /// <summary>A classification code the edition lacks, or one at the wrong level.</summary>
    public const string Code = "value.code";

    /// <summary>The same line, key or row stated twice.</summary>
    public const string Duplicate = "line.duplicate";

    /// <summary>Values that cannot stand together (a funding a kind of expenditure may not use; a member of another year).</summary>
    public const string Inconsistent = "line.inconsistent";

    /// <summary>A formula that cannot be parsed or refers to what does not exist.</summary>
    public const string Formula = "rule.formula";

    /// <summary>Something a file refers to that cannot be found (a member file, a unit, a scoring method).</summary>
    public const string NotFound = "reference.notFound";
}
