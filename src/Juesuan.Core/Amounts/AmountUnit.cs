namespace Juesuan.Amounts;

/// <summary>金额单位 — the unit a document displays its amounts in; a per-document setting.</summary>
public enum AmountUnit
{
    /// <summary>元.</summary>
    Yuan,

    /// <summary>万元 (10,000 yuan).</summary>
    TenThousandYuan,
}

public static class AmountUnits
{
    /// <summary>The unit's Chinese name, as written after a figure ("元", "万元").</summary>
    public static string Name(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.TenThousandYuan => "万元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>How many yuan one display unit holds.</summary>
    public static decimal Factor(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 1m,
        AmountUnit.TenThousandYuan => 10_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>The table-header caption, e.g. "金额单位：万元".</summary>
    public static string Caption(this AmountUnit unit) => "金额单位：" + unit.Name();

    /// <summary>Parses the command-line and file spelling: "yuan" / "元" or "wan" / "万元".</summary>
    public static bool TryParse(string text, out AmountUnit unit)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "yuan" or "元":
                unit = AmountUnit.Yuan;
                return true;
            case "wan" or "万元":
                unit = AmountUnit.TenThousandYuan;
                return true;
            default:
                unit = default;
                return false;
        }
    }
}
