namespace Juesuan.Cli;

/// <summary>The command's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An unexpected failure (a defect, or the output could not be written).</summary>
    public const int Failure = 1;

    /// <summary>The input is wrong: every problem has been listed on standard error.</summary>
    public const int InvalidInput = 2;
}
