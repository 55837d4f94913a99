namespace Juesuan.Catalog;

/// <summary>科目类型 — which classification a code belongs to.</summary>
public enum CodeKind
{
    /// <summary>支出功能分类.</summary>
    Function,

    /// <summary>部门预算支出经济分类.</summary>
    Economic,
}

/// <summary>科目级次 — 类 (3 digits), 款 (5 digits), 项 (7 digits; function classification only).</summary>
public enum CodeLevel
{
    /// <summary>类.</summary>
    Class,

    /// <summary>款.</summary>
    Section,

    /// <summary>项.</summary>
    Item,
}

/// <summary>政府收支分类科目 — one code of one edition of the classification.</summary>
/// <param name="Code">The code digits: 3 for 类, 5 for 款, 7 for 项.</param>
/// <param name="Name">The official Chinese name, used verbatim in tables and narrative.</param>
/// <param name="NameEn">A working English translation, not official.</param>
/// <param name="Source">Where the row was confirmed; "U:" or "INFERRED:" rows are still to be verified.</param>
/// <param name="Explanation">科目说明 ("反映…的支出。"), where the edition file gives it; used in 名词解释.</param>
public sealed record ClassificationCode(string Code, CodeLevel Level, CodeKind Kind, string Name, string NameEn, string Source, string? Explanation = null)
{
    /// <summary>The code one level up (款 → 类, 项 → 款); null for a 类.</summary>
    public string? ParentCode => Level switch
    {
        CodeLevel.Class => null,
        CodeLevel.Section => Code[..3],
        _ => Code[..5],
    };

    /// <summary>The level a code of this many digits has, or null when the length fits no level.</summary>
    public static CodeLevel? LevelOfLength(int digits) => digits switch
    {
        3 => CodeLevel.Class,
        5 => CodeLevel.Section,
        7 => CodeLevel.Item,
        _ => null,
    };

    /// <summary>How many digits a code of the level has.</summary>
    public static int Digits(CodeLevel level) => level switch
    {
        CodeLevel.Class => 3,
        CodeLevel.Section => 5,
        _ => 7,
    };

    /// <summary>How files and commands name a classification: function or economic.</summary>
    public static string KindKey(CodeKind kind) => kind == CodeKind.Economic ? "economic" : "function";

    /// <summary>The classification a key names: economic, else function.</summary>
    public static CodeKind KindOfKey(string key) => key == "economic" ? CodeKind.Economic : CodeKind.Function;

    /// <summary>The classification's Chinese name.</summary>
    public static string KindName(CodeKind kind) => kind == CodeKind.Economic ? "部门预算支出经济分类科目" : "支出功能分类科目";

    /// <summary>The level's Chinese name: 类, 款 or 项.</summary>
    public static string LevelName(CodeLevel level) => level switch
    {
        CodeLevel.Class => "类",
        CodeLevel.Section => "款",
        _ => "项",
    };
}
