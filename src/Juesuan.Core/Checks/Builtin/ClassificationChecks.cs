using System.Text.RegularExpressions;
using Juesuan.Catalog;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>科目编码与名称符合当年目录 (C-1): every code row of T2, T3, T5, T8, T9 and T6 exists in the year's catalogue under that name.</summary>
internal sealed class CodesInCatalogueCheck : BuiltinCheck
{
    public override string Name => "codesInCatalogue";
    public override IReadOnlyList<string> Values => ["code", "stated", "expected"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        foreach (var table in c.Document.Tables)
        {
            var kind = table.Id == "T6" ? CodeKind.Economic : CodeKind.Function;
            foreach (var row in table.Rows)
            {
                for (var i = 0; i + 1 < row.Cells.Count; i++)
                {
                    if (row.Cells[i].Kind != CellKind.Code || row.Cells[i + 1].Kind != CellKind.Label) continue;
                    var code = row.Cells[i].Text;
                    var stated = row.Cells[i + 1].Text;
                    var entry = c.Catalog.Find(kind, code);
                    if (entry is not null && entry.Name == stated) { yield return CheckResult.Pass; continue; }
                    yield return CheckResult.Fail(new FindingLocation(table.Id, code, "科目名称"),
                        V(("code", code), ("stated", stated), ("expected", entry?.Name ?? $"（{c.Catalog.EditionYear}年版目录中没有此科目）")));
                }
            }
        }
    }
}

/// <summary>目录外科目按填报的名称使用 (C-3): each code the tables print is in the year's edition, or is one the unit named beside it.</summary>
internal sealed class StatedCodesCheck : BuiltinCheck
{
    public override string Name => "statedCodes";
    public override IReadOnlyList<string> Values => ["code", "name", "edition", "kind"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var edition = c.Edition;
        var codes = c.Document.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(x => x.Kind == CellKind.Code).Select(x => x.Text).Distinct();
        foreach (var code in codes)
        {
            if (edition.Find(CodeCatalog.KindOf(code), code) is not null) { yield return CheckResult.Pass; continue; }
            if (!c.Accounts.CodeNames.TryGetValue(code, out var name)) continue;
            yield return CheckResult.Fail(new FindingLocation(Field: "codeNames." + code),
                V(("code", code), ("name", name), ("edition", Number(edition.EditionYear)),
                    ("kind", ClassificationCode.KindName(CodeCatalog.KindOf(code)))));
        }
    }
}

/// <summary>填报的科目名称与目录一致 (C-4): a code the unit names that the edition has, under another name.</summary>
internal sealed class StatedNamesCheck : BuiltinCheck
{
    public override string Name => "statedNames";
    public override IReadOnlyList<string> Values => ["code", "name", "edition", "expected"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var edition = c.Edition;
        var known = c.Accounts.CodeNames.Select(kv => (kv.Key, Name: kv.Value, Entry: edition.Find(CodeCatalog.KindOf(kv.Key), kv.Key))).Where(x => x.Entry is not null).ToArray();
        if (known.Length == 0) { yield return CheckResult.NotApplicable; yield break; }
        foreach (var (code, name, entry) in known)
            yield return entry!.Name == name
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Field: "codeNames." + code),
                    V(("code", code), ("name", name), ("edition", Number(edition.EditionYear)), ("expected", entry.Name)));
    }
}

/// <summary>本年度使用的科目目录版本 (C-5): said once where the year has no edition of its own.</summary>
internal sealed class CatalogueEditionCheck : BuiltinCheck
{
    public override string Name => "catalogueEdition";
    public override IReadOnlyList<string> Values => ["year", "edition"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var year = c.Accounts.FiscalYear;
        yield return c.Catalog.EditionYear == year
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Field: "fiscalYear"),
                V(("year", Number(year)), ("edition", Number(c.Catalog.EditionYear))));
    }
}

/// <summary>公开06表按经济分类款级列示 (C-2): item rows are 5-digit 款, subtotals 3-digit 类.</summary>
internal sealed class EconomicSectionLevelCheck : BuiltinCheck
{
    public override string Name => "economicSectionLevel";
    public override IReadOnlyList<string> Values => ["code"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var t6 = c.Document.Tables.FirstOrDefault(t => t.Id == "T6");
        if (t6 is null) { yield return CheckResult.NotEnoughData; yield break; }
        foreach (var cell in t6.Rows.SelectMany(r => r.Cells).Where(x => x.Kind == CellKind.Code))
            yield return cell.Text.Length == (cell.Subtotal ? 3 : 5)
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation("T6", cell.Text, "科目编码"), V(("code", cell.Text)));
    }
}

/// <summary>情况说明中的科目名称符合当年目录 (N-4): every "XX（类）YY（款）ZZ（项）" in the narrative is a path of the catalogue.</summary>
internal sealed partial class NarrativeFunctionNamesCheck : BuiltinCheck
{
    public override string Name => "narrativeFunctionNames";
    public override IReadOnlyList<string> Values => ["name", "section"];

    [GeneratedRegex("[^，。；：、（）“”\\s\\d.]+（类）(?:[^，。；：、（）“”\\s]+（款）(?:[^，。；：、（）“”\\s]+（项）)?)?")]
    private static partial Regex FunctionName();

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var paths = c.Catalog.FunctionPaths;
        var any = false;
        foreach (var (section, _, paragraph) in c.Document.Paragraphs().Where(p => p.Part == "part3"))
        {
            foreach (Match m in FunctionName().Matches(paragraph.Text))
            {
                any = true;
                yield return paths.Contains(m.Value)
                    ? CheckResult.Pass
                    : CheckResult.Fail(new FindingLocation(Section: section), V(("name", m.Value), ("section", DisclosureSections.Name(section))));
            }
        }
        if (!any) yield return CheckResult.NotApplicable;
    }
}
