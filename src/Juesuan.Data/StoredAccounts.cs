using Juesuan.Accounts;

namespace Juesuan.Data;

/// <summary>
/// 已存决算数据 — reads back an accounts file the store wrote. It was valid when written (the store saves
/// nothing the reader refuses), so a problem now is a defect, not bad input, and throws.
/// </summary>
public static class StoredAccounts
{
    public static (UnitAccounts Accounts, AccountsFileSettings Settings) Read(string json)
    {
        var read = AccountsReader.ReadWritten(json, "stored");
        return read.Accounts is { } accounts
            ? (accounts, read.Settings)
            : throw new InvalidOperationException("A stored accounts file no longer reads: " + string.Join("; ", read.Errors));
    }
}
