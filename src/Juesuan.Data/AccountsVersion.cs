namespace Juesuan.Data;

/// <summary>
/// 决算数据版本 — one saved version of a unit's accounts for a fiscal year, kept as the accounts file
/// (docs/accounts-format.md) it was saved as. Versions are never changed: every save adds one.
/// </summary>
public sealed class AccountsVersion
{
    public long Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int FiscalYear { get; set; }

    /// <summary>版本号, from 1 for each unit and year.</summary>
    public int Number { get; set; }

    /// <summary>The accounts as JSON in the accounts-file format.</summary>
    public required string Json { get; set; }

    /// <summary>收入总计 (元), kept beside the file for lists.</summary>
    public decimal TotalIncome { get; set; }

    /// <summary>本年支出合计 (元), kept beside the file for lists.</summary>
    public decimal CurrentYearExpenditure { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    /// <summary>Who saved it (user name).</summary>
    public required string SavedBy { get; set; }

    /// <summary>修改说明.</summary>
    public string? Note { get; set; }
}
