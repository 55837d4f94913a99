using Juesuan.Errors;

namespace Juesuan.Accounts;

/// <summary>The outcome of reading an accounts file: the accounts, or every problem found.</summary>
public sealed record AccountsReadResult(UnitAccounts? Accounts, IReadOnlyList<FileError> Errors, AccountsFileSettings Settings)
{
    public bool Succeeded => Accounts is not null;

    /// <summary>A file that could not be read at all, for this one reason.</summary>
    public static AccountsReadResult Failed(FileError error) => new(null, [error], AccountsFileSettings.None);

    public static AccountsReadResult Failed(string file, string code, string message) => Failed(new FileError(code, ErrorLocation.Of(file), message));
}

/// <summary>披露设置 — document settings an accounts file may carry (the command line can override them).</summary>
public sealed record AccountsFileSettings(Amounts.AmountUnit? AmountUnit, string? Template)
{
    public static readonly AccountsFileSettings None = new(null, null);
}
