using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Errors;

namespace Juesuan.Web.Api;

/// <summary>
/// 错误响应 — every API error is Problem Details (RFC 9457) with a Chinese title and detail; invalid
/// files add "errors" (each with file, JSON path or cell, and message), refused submissions the blocking
/// findings, conflicts the current revision.
/// </summary>
public static class Problems
{
    public static IResult NotFound(string what) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "找不到", detail: what);

    public static IResult Forbidden(string why) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作", detail: why);

    public static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求有误", detail: detail);

    public static IResult Invalid(IReadOnlyList<FileError> errors) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "文件有错误，未保存任何内容",
            detail: $"共 {errors.Count} 处错误：{string.Join("；", errors.Take(3))}{(errors.Count > 3 ? "……" : "")}",
            extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(Member).ToArray() });

    /// <summary>A file error as a Problem Details member: its code, its location as a value, its message and hint.</summary>
    public static object Member(FileError e) => new
    {
        code = e.Code,
        location = Location(e.Location),
        where = e.Where,
        message = e.Message,
        hint = e.Hint,
        text = e.ToString(),
    };

    private static Dictionary<string, object?> Location(ErrorLocation location)
    {
        var member = new Dictionary<string, object?> { ["file"] = location.File };
        switch (location)
        {
            case JsonLocation json: member["jsonPath"] = json.Path; break;
            case TextLocation text: (member["line"], member["column"]) = (text.Line, text.Column); break;
            case CellLocation cell: (member["sheet"], member["cell"], member["row"]) = (cell.Sheet, cell.Cell, cell.Row); break;
            case PageLocation page: member["page"] = page.Page; break;
        }
        return member;
    }

    public static IResult Conflict(int currentRevision) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "数据已被他人修改",
            detail: $"您依据的版本已过时：当前修订号为 {currentRevision}。请重新读取最新数据，核对后再保存。",
            extensions: new Dictionary<string, object?> { ["currentRevision"] = currentRevision });

    public static IResult Refused(string reason, IReadOnlyList<Finding>? blocking = null) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "当前状态不允许此操作", detail: reason,
            extensions: blocking is { Count: > 0 }
                ? new Dictionary<string, object?> { ["blocking"] = blocking.Select(f => new { rule = f.RuleId, message = f.Message, location = f.Location.Describe(), hint = f.Hint }).ToArray() }
                : null);

    public static IResult PreconditionRequired() =>
        Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "缺少修订号",
            detail: "修改数据时须在请求头 If-Match 中给出所依据的修订号（读取时响应头 ETag 给出），以免覆盖他人的修改");

    /// <summary>The answer to a save.</summary>
    public static IResult From(SaveOutcome outcome, Func<SaveOutcome, IResult> saved) => outcome switch
    {
        SaveOutcome.Invalid invalid => Invalid(invalid.Errors),
        SaveOutcome.Conflict conflict => Conflict(conflict.CurrentRevision),
        SaveOutcome.Locked locked => Refused(locked.Reason),
        _ => saved(outcome),
    };
}
