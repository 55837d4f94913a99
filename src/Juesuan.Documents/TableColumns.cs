namespace Juesuan.Documents;

/// <summary>What a column of the nine tables holds, read from its key, for the formats that size or label columns.</summary>
internal enum ColumnKind
{
    /// <summary>科目编码 or 行次: short and centred.</summary>
    Code,

    /// <summary>项目 or 科目名称: the widest.</summary>
    Label,

    /// <summary>Every other column: amounts.</summary>
    Amount,
}

internal static class TableColumns
{
    public static ColumnKind Kind(string key) =>
        key.EndsWith("科目编码", StringComparison.Ordinal) || key.EndsWith("行次", StringComparison.Ordinal) ? ColumnKind.Code
        : key.EndsWith("项目", StringComparison.Ordinal) || key.EndsWith("科目名称", StringComparison.Ordinal) ? ColumnKind.Label
        : ColumnKind.Amount;
}
