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
                    : CheckResult.Fail(new FindingLocation(Section: section), V(("name", m.Value), ("section", section)));
            }
        }
        if (!any) yield return CheckResult.NotApplicable;
    }
}
