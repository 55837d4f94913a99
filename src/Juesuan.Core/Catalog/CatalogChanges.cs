namespace Juesuan.Catalog;

/// <summary>
/// 目录变动 — how a classification a bureau is about to load differs from the one the year uses now: codes
/// added, codes dropped, codes renamed, and how many 科目说明 change. Shown before the bureau applies it.
/// </summary>
public sealed record CatalogChanges(
    IReadOnlyList<ClassificationCode> Added,
    IReadOnlyList<ClassificationCode> Removed,
    IReadOnlyList<(ClassificationCode Before, ClassificationCode After)> Renamed,
    int ExplanationsChanged)
{
    public bool None => Added.Count == 0 && Removed.Count == 0 && Renamed.Count == 0 && ExplanationsChanged == 0;

    /// <summary>The changes from the year's list of the loaded kind (none when the year has no edition yet) to the loaded one.</summary>
    public static CatalogChanges Between(CodeCatalog? inUse, BureauCatalog loaded)
    {
        var before = (inUse?.Codes ?? []).Where(c => c.Kind == loaded.Kind).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var after = loaded.Codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        return new CatalogChanges(
            loaded.Codes.Where(c => !before.ContainsKey(c.Code)).ToArray(),
            before.Values.Where(c => !after.ContainsKey(c.Code)).OrderBy(c => c.Code, StringComparer.Ordinal).ToArray(),
            loaded.Codes.Where(c => before.TryGetValue(c.Code, out var b) && b.Name != c.Name).Select(c => (before[c.Code], c)).ToArray(),
            loaded.Codes.Count(c => before.TryGetValue(c.Code, out var b) && c.Explanation is not null && b.Explanation != c.Explanation));
    }

    /// <summary>One line for the trail and the command line: 新增3个、删除1个、更名2个、科目说明变动4处.</summary>
    public string Summary => None ? "与现用目录相同" : $"新增{Added.Count}个、删除{Removed.Count}个、更名{Renamed.Count}个科目，科目说明变动{ExplanationsChanged}处";
}
