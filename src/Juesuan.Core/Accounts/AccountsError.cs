namespace Juesuan.Accounts;

/// <summary>文件错误 — one problem in an accounts file: which file, where in it, and what was expected.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Path">A JSON path ("$.expenditure[3].code"), "第N行第M列" for a syntax error, a workbook place ("支出 E12"), or empty for the whole file.</param>
/// <param name="Message">The Chinese message: what was expected and what was found.</param>
public sealed record AccountsError(string File, string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? $"{File}：{Message}" : $"{File} {Path}：{Message}";
}

/// <summary>The outcome of reading an accounts file: the accounts, or every problem found.</summary>
public sealed record AccountsReadResult(UnitAccounts? Accounts, IReadOnlyList<AccountsError> Errors, AccountsFileSettings Settings)
{
    public bool Succeeded => Accounts is not null;
}

/// <summary>披露设置 — document settings an accounts file may carry (the command line can override them).</summary>
public sealed record AccountsFileSettings(Amounts.AmountUnit? AmountUnit, string? Template)
{
    public static readonly AccountsFileSettings None = new(null, null);
}
