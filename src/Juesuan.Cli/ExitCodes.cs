namespace Juesuan.Cli;

/// <summary>The command's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An unexpected failure (a defect, or the output could not be written).</summary>
    public const int Failure = 1;

    /// <summary>The input is wrong: every problem has been listed on standard error.</summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// A defect of Juesuan's own (an exception nothing expected): never 1, which <c>audit</c> and <c>check</c>
    /// give for what they found.
    /// </summary>
    public const int InternalError = 3;
}
