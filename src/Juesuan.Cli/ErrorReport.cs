using Juesuan.Data;
using Juesuan.Errors;

namespace Juesuan.Cli;

/// <summary>Problems in a file, printed the one way every command prints them: a count, then each problem where it is, and what to do.</summary>
internal static class ErrorReport
{
    /// <summary>"决算数据文件有 2 处错误，未生成任何文件：" and the problems, one a line, each hint beneath it.</summary>
    public static void Write(TextWriter error, string what, string? outcome, IReadOnlyList<FileError> errors)
    {
        error.WriteLine($"{what}有 {errors.Count} 处错误{(outcome is null ? "" : "，" + outcome)}：");
        foreach (var e in errors) Write(error, e, "  ");
    }

    /// <summary>Why a save saved nothing (<paramref name="what"/>'s problems, a lock, a concurrent change), ending “未…任何内容”; the exit code it means.</summary>
    public static int NotSaved(TextWriter error, SaveOutcome outcome, string what, string verb)
    {
        switch (outcome)
        {
            case SaveOutcome.Invalid invalid:
                Write(error, what, $"未{verb}任何内容", invalid.Errors);
                return ExitCodes.InvalidInput;
            case SaveOutcome.Locked locked:
                error.WriteLine($"{locked.Reason}。未{verb}任何内容。");
                return ExitCodes.Failure;
            default:
                error.WriteLine($"他人同时修改了该单位的决算数据，未{verb}任何内容；请重试。");
                return ExitCodes.Failure;
        }
    }

    /// <summary>One problem, and its hint beneath it.</summary>
    public static void Write(TextWriter error, FileError e, string indent = "")
    {
        error.WriteLine(indent + e);
        if (e.Hint is { } hint) error.WriteLine($"{indent}  提示：{hint}");
    }
}
