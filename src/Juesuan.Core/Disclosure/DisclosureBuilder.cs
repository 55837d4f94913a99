using System.Globalization;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.DocumentModel;
using Juesuan.Performance;

namespace Juesuan.Disclosure;

/// <summary>
/// 生成决算公开文档 — builds the whole disclosure from the accounts: 第一部分 概况, 第二部分 the nine
/// tables, 第三部分 情况说明 一 to 十, 第四部分 名词解释. Pure: the same accounts and settings give the
/// same document every time.
/// </summary>
public static class DisclosureBuilder
{
    public static DisclosureDocument Build(UnitAccounts accounts, DisclosureOptions? options = null)
    {
        options ??= DisclosureOptions.Default;
        var template = DisclosureTemplate.Find(options.Template, accounts.FiscalYear)
            ?? throw new InvalidOperationException($"没有适用于{accounts.FiscalYear}年度的披露模板“{options.Template}”");
        return Build(accounts, template, options.AmountUnitUnder(template), options.Evaluations);
    }

    /// <summary>
    /// Builds with a given template (a bureau's own, or one with changed options). With scored
    /// evaluations, the 预算绩效 section states their results and the document gains an annex holding
    /// each evaluation's table and report.
    /// </summary>
    public static DisclosureDocument Build(
        UnitAccounts accounts, DisclosureTemplate template, AmountUnit amountUnit, IReadOnlyList<EvaluationScore>? evaluations = null, CatalogEditions? editions = null)
    {
        var catalog = (editions ?? CatalogEditions.Shipped).For(accounts)
            ?? throw new InvalidOperationException($"没有{accounts.FiscalYear}年度适用的科目目录");
        var context = new DisclosureContext(accounts, catalog, template, amountUnit, evaluations ?? []);
        var w = new NarrativeWriter(context);

        var parts = new List<DocumentPart>
        {
            Overview(w),
            new("part2", w.Phrase("part2"), Tables(context).Select(t => (Block)new TableBlock(t)).ToArray()),
            Explanations(w),
            Glossary(w),
        };
        if (context.Evaluations.Count > 0)
            parts.AddRange(EvaluationDocuments.Parts(w, context.Evaluations, accounts.FiscalYear).Select((p, i) => i == 0 ? p with { Title = w.Phrase("annex") + "　" + p.Title } : p));
        return new DisclosureDocument(
            w.Phrase("title"), accounts.Unit.Name, accounts.Unit.Code, context.Subject, accounts.FiscalYear,
            amountUnit, template.Id, parts, w.Pending.ToArray());
    }

    /// <summary>How each of the nine tables is made, by its id.</summary>
    private static readonly Dictionary<string, Func<DisclosureContext, DisclosureTable>> TableMakers = new(StringComparer.Ordinal)
    {
        ["T1"] = SummaryTables.Summary,
        ["T2"] = FunctionTables.Income,
        ["T3"] = FunctionTables.Expenditure,
        ["T4"] = SummaryTables.Fiscal,
        ["T5"] = FunctionTables.GeneralBudget,
        ["T6"] = BasicExpenditureTable.Build,
        ["T7"] = ThreePublicTable.Build,
        ["T8"] = FunctionTables.GovernmentFund,
        ["T9"] = FunctionTables.StateCapital,
    };

    /// <summary>The tables in the template's order.</summary>
    internal static IEnumerable<DisclosureTable> Tables(DisclosureContext c) => c.Template.Tables.Select(t => TableMakers[t.Id](c));

    /// <summary>第一部分 概况: 主要职能, 机构设置, the units that make up the accounts, staff.</summary>
    private static DocumentPart Overview(NarrativeWriter w)
    {
        var a = w.Context.Accounts;
        w.Heading(1, "part1.functions", "p1-functions");
        ProfileText(w, a.Unit.Functions, "unit.functions", "missing.functions");
        w.Heading(1, "part1.structure", "p1-structure");
        ProfileText(w, a.Unit.Structure, "unit.structure", "missing.structure");
        w.Paragraph(a.Members.Count == 0
            ? w.Sentence("part1.compositionUnit")
            : w.Sentence("part1.compositionDepartment", ("count", MoneyFormat.Count(a.Members.Count)), ("members", NarrativeWriter.Join(a.Members.Select(m => w.Phrase("part1.member", ("name", m.Name), ("kind", m.Type.Name()))), "、"))));
        if (a.Unit.Staff is { } staff && Staff(w, staff) is { Length: > 0 } text)
            w.Paragraph(w.Sentence("part1.staff", ("staff", text)));
        return new DocumentPart("part1", w.Phrase("part1"), w.TakeBlocks());
    }

    /// <summary>A text of the profile, or (in a draft that has not filled it yet) a placeholder asking for it.</summary>
    private static void ProfileText(NarrativeWriter w, string text, string field, string missingKey)
    {
        if (string.IsNullOrWhiteSpace(text)) w.Paragraph([w.Missing(field, missingKey)]);
        else w.FreeText(text);
    }

    private static string Staff(NarrativeWriter w, StaffNumbers s) => NarrativeWriter.Join(new[]
    {
        s.Authorized is { } a ? w.Phrase("part1.staff.authorized", ("count", MoneyFormat.Count(a))) : null,
        s.Actual is { } b ? w.Phrase("part1.staff.actual", ("count", MoneyFormat.Count(b))) : null,
        s.Retired is { } r ? w.Phrase("part1.staff.retired", ("count", MoneyFormat.Count(r))) : null,
    }.OfType<string>(), w.Wording("list.clauses"));

    private static DocumentPart Explanations(NarrativeWriter w)
    {
        ExplanationSections.Write(w);
        return new DocumentPart("part3", w.Phrase("part3"), w.TakeBlocks());
    }

    /// <summary>
    /// 第四部分 名词解释, numbered as published: the template's terms, then (where the template asks for
    /// it) each function 项 in the tables that the unit or the catalogue explains; a code the unit named
    /// itself has no catalogue explanation, so a placeholder asks for one.
    /// </summary>
    private static DocumentPart Glossary(NarrativeWriter w)
    {
        var (c, a) = (w.Context, w.Context.Accounts);
        var entries = c.Template.Glossary.Select(e => (e.Term, Definition: (object)e.Definition)).ToList();
        if (c.Template.Options.GlossaryExplainsFunctionItems)
        {
            foreach (var code in a.Income.Select(l => l.Code).Concat(a.Expenditure.Select(l => l.Code)).Distinct().Order(StringComparer.Ordinal))
            {
                var entry = c.Catalog.Get(CodeKind.Function, code);
                var term = c.Catalog.FunctionPath(code);
                if ((a.CodeExplanations.GetValueOrDefault(code) is { Length: > 0 } stated ? stated : entry.Explanation) is { } explanation)
                    entries.Add((term, explanation));
                else if (entry.Source == CodeCatalog.StatedSource)
                    entries.Add((term, w.Missing("codeExplanations." + code, "missing.codeExplanation", ("term", term))));
            }
        }
        var index = 0;
        foreach (var (term, definition) in entries)
        {
            index++;
            w.Paragraph(w.Sentence("glossary.entry", ("index", index.ToString(CultureInfo.InvariantCulture)), ("ordinal", TemplateText.ChineseNumber(index)), ("term", term), ("definition", definition)));
        }
        return new DocumentPart("part4", w.Phrase("part4"), w.TakeBlocks());
    }
}

/// <summary>生成选项 — the per-document settings.</summary>
/// <param name="AmountUnit">金额单位 of every table and sentence; null for the template's (元 where it names none).</param>
/// <param name="Template">The disclosure template's id.</param>
/// <param name="Evaluations">The unit's scored performance self-evaluations, if any.</param>
public sealed record DisclosureOptions(AmountUnit? AmountUnit = null, string Template = DisclosureTemplate.DefaultId, IReadOnlyList<EvaluationScore>? Evaluations = null)
{
    public static readonly DisclosureOptions Default = new();

    /// <summary>The amount unit asked for, else the template's, else 元.</summary>
    public AmountUnit AmountUnitUnder(DisclosureTemplate template) => AmountUnit ?? template.Options.Unit ?? Amounts.AmountUnit.Yuan;

    /// <summary>The options an accounts file asks for (its amount unit, unless overridden, and template), with a self-evaluation file's evaluations scored by the method it names.</summary>
    public static DisclosureOptions For(Accounts.AccountsFileSettings settings, PerformanceFile? performance = null, ScoringMethod? method = null, AmountUnit? amountUnit = null)
    {
        var scoring = method ?? (performance is null ? null : ScoringMethod.Find(performance.Method ?? ScoringMethod.DefaultId));
        var evaluations = performance is null || scoring is null ? null : performance.Evaluations.Select(e => Scorer.Score(e, scoring)).ToArray();
        return new DisclosureOptions(amountUnit ?? settings.AmountUnit, settings.Template ?? DisclosureTemplate.DefaultId, evaluations);
    }
}
