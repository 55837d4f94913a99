using System.Collections.Frozen;

namespace Juesuan.Catalog;

/// <summary>
/// 科目目录 — one edition of the government revenue and expenditure classification, used for the
/// fiscal years from <see cref="EditionYear"/> until a later edition.
/// </summary>
public sealed class CodeCatalog
{
    private readonly FrozenDictionary<(CodeKind, string), ClassificationCode> _byCode;

    public CodeCatalog(int editionYear, IEnumerable<ClassificationCode> codes)
    {
        EditionYear = editionYear;
        var ordered = codes.OrderBy(c => c.Kind).ThenBy(c => c.Code, StringComparer.Ordinal).ToArray();
        Codes = ordered;
        _byCode = ordered.ToFrozenDictionary(c => (c.Kind, c.Code));
    }

    /// <summary>
    /// This edition with the codes a unit states beside it (目录外科目): each code the edition lacks is added
    /// under the name given, its kind told by its first digit (2 function, 3 and 5 economic). Codes the
    /// edition has keep the edition's name.
    /// </summary>
    public CodeCatalog With(IReadOnlyDictionary<string, string> stated)
    {
        if (stated.Count == 0) return this;
        var added = stated
            .Where(kv => ClassificationCode.LevelOfLength(kv.Key.Length) is not null && Find(KindOf(kv.Key), kv.Key) is null)
            .Select(kv => new ClassificationCode(kv.Key, ClassificationCode.LevelOfLength(kv.Key.Length)!.Value, KindOf(kv.Key), kv.Value, "", StatedSource));
        return new CodeCatalog(EditionYear, Codes.Concat(added));
    }

    /// <summary>The source of a code a unit stated itself.</summary>
    public const string StatedSource = "填报";

    /// <summary>The classification a code belongs to by its first digit: 2 支出功能分类, otherwise 经济分类.</summary>
    public static CodeKind KindOf(string code) => code.StartsWith('2') ? CodeKind.Function : CodeKind.Economic;

    /// <summary>The first fiscal year this edition applies to.</summary>
    public int EditionYear { get; }

    /// <summary>Every code, functional first, each kind in code order.</summary>
    public IReadOnlyList<ClassificationCode> Codes { get; }

    public ClassificationCode? Find(CodeKind kind, string code) => _byCode.GetValueOrDefault((kind, code));

    public ClassificationCode Get(CodeKind kind, string code) =>
        Find(kind, code) ?? throw new KeyNotFoundException($"{EditionYear}年科目目录中没有科目 {code}");

    /// <summary>Every 类 of a kind, in code order (T1 and T4 print the full class list).</summary>
    public IEnumerable<ClassificationCode> Classes(CodeKind kind) =>
        Codes.Where(c => c.Kind == kind && c.Level == CodeLevel.Class);

    /// <summary>Every function code's full name (<see cref="FunctionPath"/>), for recognising names in text.</summary>
    public IReadOnlySet<string> FunctionPaths => _functionPaths ??=
        Codes.Where(c => c.Kind == CodeKind.Function).Select(c => FunctionPath(c.Code)).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _functionPaths;

    /// <summary>
    /// The full name of a function code as disclosures write it:
    /// "一般公共服务支出（类）群众团体事务（款）行政运行（项）".
    /// </summary>
    public string FunctionPath(string code)
    {
        var parts = new List<string>(3);
        for (var c = Find(CodeKind.Function, code); c is not null; c = c.ParentCode is { } p ? Find(CodeKind.Function, p) : null)
            parts.Add(c.Name + "（" + ClassificationCode.LevelName(c.Level) + "）");
        if (parts.Count == 0) throw new KeyNotFoundException($"{EditionYear}年科目目录中没有功能分类科目 {code}");
        parts.Reverse();
        return string.Concat(parts);
    }
}
