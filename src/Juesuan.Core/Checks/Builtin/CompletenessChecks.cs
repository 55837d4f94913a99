using System.Text.RegularExpressions;
using Juesuan.Accounts;
using Juesuan.Accounts.Fields;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Checks;

/// <summary>空表须附说明: T8 (T9) is empty exactly when T4's 政府性基金 (国有资本经营) column is all zero, and then carries its note.</summary>
internal sealed class EmptyTableCheck : BuiltinCheck
{
    public override string Name => "emptyTableNote";
    public override IReadOnlyList<string> Values => ["table", "title", "budget", "state"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var t4 = c.Facts.Table("T4");
        if (t4 is null) { yield return CheckResult.NotEnoughData; yield break; }
        foreach (var (id, budget) in new[] { ("T8", "政府性基金"), ("T9", "国有资本经营") })
        {
            var table = c.Facts.Table(id);
            if (table is null) { yield return CheckResult.NotEnoughData; continue; }
            var columnIsZero = t4.CellKeys.Where(k => k.EndsWith("." + budget, StringComparison.Ordinal)).All(k => t4.Cell(k).Value == 0m);
            var empty = table.Table.IsEmpty;
            string? state = (columnIsZero, empty) switch
            {
                (true, false) => $"{{T4}}{budget}预算财政拨款各栏均为0，本表却有数据",
                (false, true) => $"{{T4}}有{budget}预算财政拨款，本表却为空表",
                (true, true) when string.IsNullOrWhiteSpace(table.Table.EmptyNote) => "本表为空表，但未附空表说明",
                _ => null,
            };
            yield return state is null
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(id), V(("table", table.Table.Code), ("title", table.Table.Title), ("budget", budget), ("state", state)),
                    related: [new FindingLocation("T4", "本年支出合计." + budget)]);
        }
    }
}

/// <summary>
/// 填报内容齐全 (E-7): what a draft may leave empty but a submission may not — 主要职能, 机构设置, the year's
/// income and expenditure, the budgets behind 一般公共预算财政拨款 spending, and last year's total that every
/// comparison starts from. The fields are those the field list marks <see cref="AccountsFields.OnSubmission"/>.
/// </summary>
internal sealed class RequiredContentCheck : BuiltinCheck
{
    public override string Name => "requiredContent";
    public override IReadOnlyList<string> Values => ["field", "need"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var a = c.Accounts;
        var cases = new (string Path, bool Applies, bool Given, string Need)[]
        {
            ("unit.functions", true, !string.IsNullOrWhiteSpace(a.Unit.Functions), "第一部分“概况”须写明单位的主要职能"),
            ("unit.structure", true, !string.IsNullOrWhiteSpace(a.Unit.Structure), "第一部分“概况”须写明机构设置"),
            ("income", true, a.Income.Count > 0, "{T1}、{T2}按本年收入填列"),
            ("expenditure", true, a.Expenditure.Count > 0, "{T1}、{T3}、{T5}按本年支出填列"),
            ("budgets", !c.Figures.GeneralBudgetExpenditure.IsZero, a.Budgets.Count > 0, "有一般公共预算财政拨款支出，{T5}和支出决算具体情况须列出各项的年初预算数"),
            ("priorYear.total", true, a.PriorYear.Total is not null, "情况说明须与上年比较收入、支出总计；本年新设的单位填 0"),
        };
        foreach (var (path, applies, given, need) in cases)
        {
            if (!applies) { yield return CheckResult.NotApplicable; continue; }
            yield return given
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Field: path), V(("field", AccountsFields.Find(AccountsFields.All, path)!.Label), ("need", need)));
        }
    }
}

/// <summary>
/// 项目开展绩效自评 (P-2): a project that spent at least the rule's threshold is self-evaluated (the central
/// notice asks for every project), and a project marked as self-evaluated has its evaluation among the unit's
/// self-evaluations, where those are known.
/// </summary>
internal sealed class ProjectsSelfEvaluatedCheck : BuiltinCheck
{
    public override string Name => "projectsSelfEvaluated";
    public override IReadOnlyList<string> Values => ["project", "executed", "state"];
    public override IReadOnlyList<string> Thresholds => ["minExecuted"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        if (c.Accounts.Projects.Count == 0) { yield return CheckResult.NotApplicable; yield break; }
        foreach (var project in c.Accounts.Projects)
        {
            string? state;
            if (!project.SelfEvaluated)
            {
                if (project.Executed.IsZero || project.Executed.Yuan < rule.Threshold("minExecuted")) { yield return CheckResult.NotApplicable; continue; }
                state = "未开展绩效自评";
            }
            else if (c.EvaluatedProjects is not { } evaluated) { yield return CheckResult.NotEnoughData; continue; }
            else
                state = evaluated.Contains(project.Id) || evaluated.Contains(project.Name) ? null : "标为已开展绩效自评，但没有它的绩效自评表";
            yield return state is null
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Section: "s10-4", Field: $"projects[{project.Id}]"),
                    V(("project", project.Name), ("executed", Money(c, project.Executed)), ("state", state)));
        }
    }
}

/// <summary>
/// 绩效管理说明与自评情况一致 (P-3): what the unit writes of its performance management (绩效管理工作开展情况,
/// 发现的主要问题, 改进措施) does not say self-evaluations were made where none is (no project marked as
/// self-evaluated, no self-evaluation file), nor that none were made where some are. A sentence speaks of
/// self-evaluation when it names 自评 or 绩效评价; it says none were made when a negation stands before that word.
/// </summary>
internal sealed partial class PerformanceNotesConsistentCheck : BuiltinCheck
{
    public override string Name => "performanceNotesConsistent";
    public override IReadOnlyList<string> Values => ["sentence", "state"];

    [GeneratedRegex("[^。；;！!？?\n]*(?:自评|绩效评价)[^。；;！!？?\n]*")]
    private static partial Regex Sentence();

    [GeneratedRegex("(?:未(?!来)|没有|尚未|暂未)(?:[^，,、]{0,8})(?:开展|进行|组织|实施)?[^，,、]{0,12}(?:自评|绩效评价)")]
    private static partial Regex NoneMade();

    [GeneratedRegex("(?:开展|进行|组织|完成|实施)(?:了)?[^，,]{0,30}(?:自评|绩效评价)|(?:自评|绩效评价)[^，,]{0,12}(?:得分|结果|等级|覆盖|全覆盖)")]
    private static partial Regex SomeMade();

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var notes = c.Accounts.Performance;
        var text = string.Join("\n", new[] { notes.Summary, notes.Problems, notes.Improvements }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var evaluated = c.Accounts.Projects.Any(p => p.SelfEvaluated) || c.EvaluatedProjects is { Count: > 0 };
        var claims = Sentence().Matches(text).Select(m => m.Value.Trim())
            .Select(sentence => (Sentence: sentence, Made: NoneMade().IsMatch(sentence) ? false : SomeMade().IsMatch(sentence) ? true : (bool?)null))
            .Where(x => x.Made is not null).ToList();
        if (claims.Count == 0) { yield return CheckResult.NotApplicable; yield break; }
        var contradicting = claims.FirstOrDefault(x => x.Made != evaluated);
        yield return contradicting.Sentence is null
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Section: "s10-4", Field: "performance.summary"),
                V(("sentence", contradicting.Sentence),
                  ("state", evaluated ? "但本单位有项目开展了绩效自评" : "但本单位没有项目标为已开展绩效自评，也没有绩效自评表")));
    }
}

/// <summary>九张公开表齐全.</summary>
internal sealed class RequiredTablesCheck : BuiltinCheck
{
    public override string Name => "requiredTables";
    public override IReadOnlyList<string> Values => ["table"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        for (var i = 1; i <= 9; i++)
            yield return c.Facts.Table("T" + i) is not null
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation("T" + i), V(("table", $"公开0{i}表")));
    }
}

/// <summary>情况说明各部分齐全: the four parts and sections 一 to 十 with their subsections.</summary>
internal sealed class RequiredSectionsCheck : BuiltinCheck
{
    public override string Name => "requiredSections";
    public override IReadOnlyList<string> Values => ["section"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var present = c.Document.Parts.Select(p => p.Id)
            .Concat(c.Document.Parts.SelectMany(p => p.Blocks).OfType<Heading>().Select(h => h.Id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (id, title) in DisclosureSections.Titles)
            yield return present.Contains(id)
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Section: id), V(("section", title)));
    }
}

/// <summary>不得留有占位文字 (E-2): XX, ××, 待填写 … left in text the preparer entered.</summary>
internal sealed partial class PlaceholderTextCheck : BuiltinCheck
{
    public override string Name => "noPlaceholderText";
    public override IReadOnlyList<string> Values => ["text", "section"];

    [GeneratedRegex("[Xx]{2,}|[×＊*]{2,}|待填写|待补充|此处填写|（略）")]
    private static partial Regex Placeholder();

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var found = false;
        foreach (var (section, _, paragraph) in c.Document.Paragraphs())
        {
            foreach (var span in paragraph.Spans.Where(s => !s.Placeholder))
            {
                var m = Placeholder().Match(span.Text);
                if (!m.Success) continue;
                found = true;
                yield return CheckResult.Fail(new FindingLocation(Section: section), V(("text", m.Value), ("section", DisclosureSections.Name(section))));
            }
        }
        if (!found) yield return CheckResult.Pass;
    }
}

/// <summary>“三公”经费的数量信息齐全 (E-4): delegations and persons, vehicles bought and held, receptions.</summary>
internal sealed class ThreePublicCountsCheck : BuiltinCheck
{
    public override string Name => "threePublicCounts";
    public override IReadOnlyList<string> Values => ["item", "amount", "count"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var t = c.Accounts.ThreePublic;
        var cases = new (string Item, Amount Amount, bool CountsStated, string Count, string Field)[]
        {
            ("因公出国（境）费", t.Actual.Abroad, t.AbroadDelegations > 0 && t.AbroadPersons > 0, "团组数和人次", "threePublic.abroadDelegations"),
            ("公务用车购置费", t.Actual.VehiclePurchase, t.VehiclesPurchased > 0, "购置车辆数", "threePublic.vehiclesPurchased"),
            ("公务用车运行费", t.Actual.VehicleOperation, t.VehiclesHeld > 0, "公务用车保有量", "threePublic.vehiclesHeld"),
            ("公务接待费", t.Actual.Reception, t.ReceptionBatches + t.ForeignReceptionBatches > 0 && t.ReceptionPersons + t.ForeignReceptionPersons > 0, "接待批次和人次", "threePublic.receptionBatches"),
        };
        foreach (var (item, amount, stated, count, field) in cases)
        {
            if (amount.IsZero) { yield return CheckResult.NotApplicable; continue; }
            yield return stated
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation("T7", "决算数." + item, Field: field),
                    V(("item", item), ("amount", Money(c, amount)), ("count", count)));
        }
    }
}

/// <summary>政府采购中小企业金额已填报 (E-5).</summary>
internal sealed class ProcurementSmeStatedCheck : BuiltinCheck
{
    public override string Name => "procurementSmeStated";
    public override IReadOnlyList<string> Values => ["total", "missing"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var p = c.Accounts.Procurement;
        if (p.Total.IsZero) { yield return CheckResult.NotApplicable; yield break; }
        var missing = new[] { p.AwardedToSmes is null ? "授予中小企业合同金额" : null, p.AwardedToSmallMicro is null ? "授予小微企业合同金额" : null }.OfType<string>().ToArray();
        yield return missing.Length == 0
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Section: "s10-2", Field: p.AwardedToSmes is null ? "procurement.awardedToSmes" : "procurement.awardedToSmallMicro"),
                V(("total", Money(c, p.Total)), ("missing", string.Join("、", missing))));
    }
}

/// <summary>
/// 小微企业 ≤ 中小企业 ≤ 政府采购总额 (domain §3.4), and the same containment among the reserved amounts: the
/// reservation for small and micro enterprises within that for SMEs, and what SMEs (small and micro enterprises)
/// won in reserved projects within what they were awarded in all.
/// </summary>
internal sealed class ProcurementOrderCheck : BuiltinCheck
{
    public override string Name => "procurementOrder";
    public override IReadOnlyList<string> Values => ["part", "partAmount", "whole", "wholeAmount"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var p = c.Accounts.Procurement;
        var pairs = new (string Part, Amount? PartAmount, string Whole, Amount? WholeAmount, string Field)[]
        {
            ("授予中小企业合同金额", p.AwardedToSmes, "政府采购支出总额", p.Total, "procurement.awardedToSmes"),
            ("授予小微企业合同金额", p.AwardedToSmallMicro, "授予中小企业合同金额", p.AwardedToSmes, "procurement.awardedToSmallMicro"),
            ("面向小微企业预留政府采购项目预算金额", p.ReservedForSmallMicro, "面向中小企业预留政府采购项目预算金额", p.ReservedForSmes, "procurement.reservedForSmallMicro"),
            ("预留项目中由小微企业中标或成交的采购金额", p.ReservedAwardedToSmallMicro, "授予小微企业合同金额", p.AwardedToSmallMicro, "procurement.reservedAwardedToSmallMicro"),
        };
        foreach (var (part, partAmount, whole, wholeAmount, field) in pairs)
        {
            if (partAmount is not { } x || wholeAmount is not { } y) { yield return CheckResult.NotEnoughData; continue; }
            yield return x <= y
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Section: "s10-2", Field: field),
                    V(("part", part), ("partAmount", Money(c, x)), ("whole", whole), ("wholeAmount", Money(c, y))), x.Yuan, y.Yuan);
        }
    }
}

/// <summary>
/// 授予中小企业合同金额 = 预留项目中由中小企业中标或成交 + 其他项目中由中小企业中标或成交: what SMEs were awarded is
/// what they won in reserved projects and in the others.
/// </summary>
internal sealed class ProcurementSmeAwardsCheck : BuiltinCheck
{
    public override string Name => "procurementSmeAwards";
    public override IReadOnlyList<string> Values => ["awarded", "reserved", "other", "sum"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var p = c.Accounts.Procurement;
        if (p.ReservedAwardedToSmes is null && p.OtherAwardedToSmes is null) { yield return CheckResult.NotApplicable; yield break; }
        if (p.AwardedToSmes is not { } awarded || p.ReservedAwardedToSmes is not { } reserved || p.OtherAwardedToSmes is not { } other)
        {
            yield return CheckResult.NotEnoughData;
            yield break;
        }
        var sum = reserved + other;
        yield return sum == awarded
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Section: "s10-2", Field: "procurement.otherAwardedToSmes"),
                V(("awarded", Money(c, awarded)), ("reserved", Money(c, reserved)), ("other", Money(c, other)), ("sum", Money(c, sum))), sum.Yuan, awarded.Yuan);
    }
}

/// <summary>
/// 预算绩效管理情况的项目数、问题数相符 (P-4): the projects graded 优/良/合格/不合格 are the projects self-evaluated, and
/// the problems rectified and being rectified are no more than those found.
/// </summary>
internal sealed class PerformanceManagementCountsCheck : BuiltinCheck
{
    public override string Name => "performanceManagementCounts";
    public override IReadOnlyList<string> Values => ["parts", "sum", "whole", "wholeCount"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var p = c.Accounts.PerformanceManagement;
        if (!p.IsStated) { yield return CheckResult.NotApplicable; yield break; }
        int[]? grades = p is { Excellent: { } e, Good: { } g, Pass: { } s, Fail: { } f } ? [e, g, s, f] : null;
        yield return Compare("绩效评级为“优”“良”“合格”“不合格”的项目数", grades?.Sum(), "绩效自评的项目数", p.EvaluatedProjects, "performanceManagement.excellent", equal: true);
        int[]? handled = p is { ProblemsRectified: { } r, ProblemsRectifying: { } i } ? [r, i] : null;
        yield return Compare("已经完成整改和正在整改的问题数", handled?.Sum(), "发现的问题数", p.ProblemsFound, "performanceManagement.problemsRectified", equal: false);

        static CheckResult Compare(string parts, int? sum, string whole, int? wholeCount, string field, bool equal)
        {
            if (sum is not { } x || wholeCount is not { } y) return CheckResult.NotEnoughData;
            return (equal ? x == y : x <= y)
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Section: "s10-4", Field: field),
                    V(("parts", parts), ("sum", MoneyFormat.Count(x)), ("whole", whole), ("wholeCount", MoneyFormat.Count(y))), x, y);
        }
    }
}

/// <summary>
/// 资产价值的包含关系 (G-3): 流动资产, 固定资产 and 无形资产 together no more than 资产总额, 房屋 no more than 固定资产 — where stated.
/// </summary>
internal sealed class AssetPartsCheck : BuiltinCheck
{
    public override string Name => "assetParts";
    public override IReadOnlyList<string> Values => ["part", "partAmount", "whole", "wholeAmount"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var a = c.Accounts.Assets;
        if (a.Total is null && a.Current is null && a.Fixed is null && a.Buildings is null && a.Intangible is null) { yield return CheckResult.NotApplicable; yield break; }
        Amount? parts = a.Current is { } current && a.Fixed is { } @fixed ? current + @fixed + (a.Intangible ?? Amount.Zero) : null;
        var pairs = new (string Part, Amount? PartAmount, string Whole, Amount? WholeAmount, string Field)[]
        {
            ("流动资产、固定资产和无形资产合计", parts, "资产总额", a.Total, "assets.total"),
            ("房屋价值", a.Buildings, "固定资产", a.Fixed, "assets.buildings"),
        };
        foreach (var (part, partAmount, whole, wholeAmount, field) in pairs)
        {
            if (partAmount is not { } x || wholeAmount is not { } y) { yield return CheckResult.NotEnoughData; continue; }
            yield return x <= y
                ? CheckResult.Pass
                : CheckResult.Fail(new FindingLocation(Section: "s10-3", Field: field),
                    V(("part", part), ("partAmount", Money(c, x)), ("whole", whole), ("wholeAmount", Money(c, y))), x.Yuan, y.Yuan);
        }
    }
}

/// <summary>政府购买服务支出不超过本年支出合计 (G-4).</summary>
internal sealed class PurchasedServicesWithinExpenditureCheck : BuiltinCheck
{
    public override string Name => "purchasedServicesWithinExpenditure";
    public override IReadOnlyList<string> Values => ["services", "expenditure"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        if (c.Accounts.PurchasedServices is not { } services) { yield return CheckResult.NotApplicable; yield break; }
        var expenditure = c.Figures.CurrentYearExpenditure;
        yield return services <= expenditure
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Section: "s10-2", Field: "purchasedServices"),
                V(("services", Money(c, services)), ("expenditure", Money(c, expenditure))), services.Yuan, expenditure.Yuan);
    }
}

/// <summary>行政、参公单位须填报机关运行经费.</summary>
internal sealed class OperatingCostsStatedCheck : BuiltinCheck
{
    public override string Name => "operatingCostsStated";
    public override IReadOnlyList<string> Values => ["unitType"];

    public override IEnumerable<CheckResult> Run(CheckContext c, RuleDefinition rule)
    {
        var a = c.Accounts;
        if (!a.Unit.Type.HasOperatingCosts() || a.Members.Count > 0) { yield return CheckResult.NotApplicable; yield break; }
        yield return a.OperatingCosts is not null
            ? CheckResult.Pass
            : CheckResult.Fail(new FindingLocation(Section: "s10-1", Field: "operatingCosts"), V(("unitType", a.Unit.Type.Name())));
    }
}
