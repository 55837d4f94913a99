using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.DocumentModel;
using Juesuan.Performance;

namespace Juesuan.Disclosure;

/// <summary>
/// 第三部分 决算情况说明, its sections in the template's order under the template's headings: every amount,
/// share, change and completion rate computed from the accounts, with the stated reasons (or a placeholder
/// where a required one is missing).
/// </summary>
internal static class ExplanationSections
{
    /// <summary>What each kind of section writes after its heading.</summary>
    private static readonly Dictionary<string, Action<NarrativeWriter, SectionSpec>> Writers = new(StringComparer.Ordinal)
    {
        [SectionKinds.Totals] = (w, _) => Totals(w),
        [SectionKinds.Income] = (w, _) => Income(w),
        [SectionKinds.Expenditure] = (w, _) => Expenditure(w),
        [SectionKinds.Fiscal] = (w, _) => Fiscal(w),
        [SectionKinds.GeneralBudget] = (w, _) => GeneralBudget(w),
        [SectionKinds.Basic] = (w, _) => Basic(w),
        [SectionKinds.ThreePublic] = (w, _) => ThreePublic(w),
        [SectionKinds.GovernmentFund] = (w, _) => GovernmentFund(w),
        [SectionKinds.StateCapital] = (w, _) => StateCapital(w),
        [SectionKinds.OtherMatters] = (w, s) => { foreach (var part in s.Parts ?? []) Section(w, part, 2); },
        [SectionKinds.OperatingCosts] = (w, _) => OperatingCosts(w),
        [SectionKinds.Procurement] = (w, _) => Procurement(w),
        [SectionKinds.Assets] = (w, _) => Assets(w),
        [SectionKinds.Performance] = (w, _) => Performance(w),
        [SectionKinds.GeneralExpenses] = (w, _) => GeneralExpenses(w),
        [SectionKinds.OtherNotes] = (w, _) => OtherNotes(w),
        [SectionKinds.Contact] = (w, _) => Contact(w),
    };

    public static void Write(NarrativeWriter w)
    {
        foreach (var section in w.Context.Template.Sections) Section(w, section, 1);
    }

    /// <summary>A section under its heading, which carries its kind's one id whatever its number.</summary>
    private static void Section(NarrativeWriter w, SectionSpec s, int level)
    {
        w.Heading(level, s.Heading, SectionKinds.All[s.Kind].Anchor);
        Writers[s.Kind](w, s);
    }

    /// <summary>一、收入支出决算总体情况说明.</summary>
    private static void Totals(NarrativeWriter w)
    {
        var (f, m, a) = (w.Context.Figures, w.Format, w.Context.Accounts);
        var change = RequiredChange(w, "s1.change", f.TotalIncome, a.PriorYear.Total, ReasonKeys.TotalChange, "missing.total.change");
        w.Paragraph(w.Sentence("s1.totals", ("totalIncome", m.Money(f.TotalIncome)), ("totalExpenditure", m.Money(f.TotalExpenditure))), change,
            Restated(w, PriorYearItem.Total, a.PriorYear.Total));
        w.Paragraph(w.Sentence("s1.breakdown",
            ("income", m.Money(f.CurrentYearIncome)), ("useOfSurplus", m.Money(a.UseOfNonFiscalSurplus)), ("opening", m.Money(f.OpeningBalance)),
            ("expenditure", m.Money(f.CurrentYearExpenditure)), ("distribution", m.Money(a.SurplusDistribution)), ("closing", m.Money(f.ClosingBalance))));
    }

    /// <summary>二、收入决算情况说明.</summary>
    private static void Income(NarrativeWriter w)
    {
        var (f, m, a) = (w.Context.Figures, w.Format, w.Context.Accounts);
        if (f.CurrentYearIncome.IsZero)
        {
            w.Paragraph(w.Sentence("s2.none"));
            return;
        }
        var total = ChangeSentence(w, "s2.total", "s2.totalChange", ReasonKeys.IncomeChange,
            f.CurrentYearIncome, a.PriorYear.CurrentYearIncome, ("income", m.Money(f.CurrentYearIncome)));
        var sources = f.IncomeBySource.Where(kv => !kv.Value.IsZero).Select(kv =>
        {
            var values = new (string, object?)[] { ("name", kv.Key.Name()), ("amount", m.Money(kv.Value)), ("share", m.Share(kv.Value, f.CurrentYearIncome)) };
            if (!a.PriorYear.IncomeBySource.TryGetValue(kv.Key, out var prior)) return w.Phrase("s2.source", values);
            return w.Phrase("s2.sourceChange", [.. values, ("change", w.Change(kv.Value, prior)), ("reason", a.Reason(ReasonKeys.IncomeSourceChange(kv.Key))?.TrimEnd('。'))]);
        });
        w.Paragraph(total, Restated(w, PriorYearItem.CurrentYearIncome, a.PriorYear.CurrentYearIncome), w.Sentence("s2.sources", ("sources", NarrativeWriter.Join(sources))));
    }

    /// <summary>三、支出决算情况说明.</summary>
    private static void Expenditure(NarrativeWriter w)
    {
        var (f, m, a) = (w.Context.Figures, w.Format, w.Context.Accounts);
        var total = ChangeSentence(w, "s3.total", "s3.totalChange", ReasonKeys.ExpenditureChange,
            f.CurrentYearExpenditure, a.PriorYear.CurrentYearExpenditure, ("expenditure", m.Money(f.CurrentYearExpenditure)));
        var kinds = f.ExpenditureByKind
            .Where(kv => kv.Key is ExpenditureKind.Basic or ExpenditureKind.Project || !kv.Value.IsZero)
            .Select(kv =>
            {
                var values = new (string, object?)[] { ("name", kv.Key.Name()), ("amount", m.Money(kv.Value)), ("share", m.Share(kv.Value, f.CurrentYearExpenditure)) };
                return a.PriorYear.ExpenditureByKind.TryGetValue(kv.Key, out var prior)
                    ? w.Phrase("s3.kindChange", [.. values, ("change", w.Change(kv.Value, prior))])
                    : w.Phrase("s3.kind", values);
            });
        w.Paragraph(total, Restated(w, PriorYearItem.CurrentYearExpenditure, a.PriorYear.CurrentYearExpenditure),
            f.CurrentYearExpenditure.IsZero ? [] : w.Sentence("s3.kinds", ("kinds", NarrativeWriter.Join(kinds))));
    }

    /// <summary>四、财政拨款收入支出决算总体情况说明.</summary>
    private static void Fiscal(NarrativeWriter w)
    {
        var (f, m, a) = (w.Context.Figures, w.Format, w.Context.Accounts);
        var change = RequiredChange(w, "s4.change", f.FiscalIncomeTotal, a.PriorYear.FiscalTotal, ReasonKeys.FiscalChange, "missing.fiscal.change");
        w.Paragraph(w.Sentence("s4.totals", ("incomeTotal", m.Money(f.FiscalIncomeTotal)), ("expenditureTotal", m.Money(f.FiscalExpenditureTotal))), change,
            Restated(w, PriorYearItem.FiscalTotal, a.PriorYear.FiscalTotal));
        var byBudget = ClassifierNames.FiscalFundings
            .Where(fu => !(f.FiscalIncomeOf(fu) + f.ExpenditureOf(fu)).IsZero)
            .Select(fu => w.Phrase("s4.budgetPart", ("name", fu.Name()), ("income", m.Money(f.FiscalIncomeOf(fu))), ("expenditure", m.Money(f.ExpenditureOf(fu)))))
            .ToArray();
        w.Paragraph(
            w.Sentence("s4.breakdown", ("income", m.Money(f.FiscalIncome)), ("opening", m.Money(f.FiscalOpening)), ("expenditure", m.Money(f.FiscalExpenditure)), ("closing", m.Money(f.FiscalClosing))),
            byBudget.Length > 0 ? w.Sentence("s4.byBudget", ("parts", NarrativeWriter.Join(byBudget))) : []);
    }

    /// <summary>五、一般公共预算财政拨款支出决算情况说明: (一) 总体, (二) 结构, (三) 具体 per 项 against the budget.</summary>
    private static void GeneralBudget(NarrativeWriter w)
    {
        var (c, f, m, a) = (w.Context, w.Context.Figures, w.Format, w.Context.Accounts);
        var total = f.GeneralBudgetExpenditure;

        w.Heading(2, "s5.1", "s5-1");
        var change = RequiredChange(w, "s5.1.change", total, a.PriorYear.GeneralBudgetExpenditure, ReasonKeys.GeneralBudgetChange, "missing.generalBudget.change");
        w.Paragraph(w.Sentence("s5.1.total", ("amount", m.Money(total)), ("share", m.Share(total, f.CurrentYearExpenditure))), change,
            Restated(w, PriorYearItem.GeneralBudgetExpenditure, a.PriorYear.GeneralBudgetExpenditure));

        w.Heading(2, "s5.2", "s5-2");
        var classes = a.Expenditure.Where(l => l.Funding == Funding.GeneralBudget && !l.Amount.IsZero)
            .Select(l => l.Code[..3]).Distinct().Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var amount = f.GeneralBudgetUnder(code);
                var values = new (string, object?)[] { ("name", c.Catalog.Get(CodeKind.Function, code).Name), ("amount", m.Money(amount)), ("share", m.Share(amount, total)) };
                return a.PriorYear.GeneralBudgetByClass.TryGetValue(code, out var p)
                    ? w.Phrase("s5.2.classChange", [.. values, ("change", w.Change(amount, p))])
                    : w.Phrase("s5.2.class", values);
            })
            .ToArray();
        w.Paragraph(classes.Length > 0 ? w.Sentence("s5.2.classes", ("amount", m.Money(total)), ("classes", NarrativeWriter.Join(classes))) : w.Sentence("s5.3.none"));

        w.Heading(2, "s5.3", "s5-3");
        var adjusted = c.Template.Options.CompletionBase == CompletionBase.Adjusted;
        var baseName = w.Wording(adjusted ? "budget.adjusted" : "budget.yearStart");
        var budgetTotal = adjusted ? f.AdjustedBudget : f.YearStartBudget;
        if (a.Budgets.Count == 0 && total.IsZero)
        {
            w.Paragraph(w.Sentence("s5.3.none"));
            return;
        }
        // Budgets not entered are asked for, never printed as 0.
        var overall = a.Budgets.Count == 0
            ? w.Sentence("s5.3.total", ("base", baseName), ("budget", w.Missing("budgets", "missing.budgets", ("base", baseName))), ("amount", m.Money(total)), ("rate", null))
            : w.Sentence("s5.3.total", ("base", baseName), ("budget", m.Money(budgetTotal)), ("amount", m.Money(total)), ("rate", Rate(m, total, budgetTotal)));
        var comparison = Math.Sign(m.DisplayValue(total) - m.DisplayValue(budgetTotal)) switch { > 0 => "大于", < 0 => "小于", _ => "等于" };
        var overallReason = a.Reason(ReasonKeys.GeneralBudgetVsBudget) is { } why
            ? w.Sentence("s5.3.totalReason", ("base", baseName), ("comparison", comparison), ("reason", why.TrimEnd('。')))
            : [];
        w.Paragraph(overall, overallReason);

        var budgets = a.Budgets.ToDictionary(b => b.Code, b => adjusted ? b.Adjusted ?? b.YearStart : b.YearStart);
        var items = a.Expenditure.Where(l => l.Funding == Funding.GeneralBudget && !l.Amount.IsZero).Select(l => l.Code)
            .Concat(budgets.Where(b => !b.Value.IsZero).Select(b => b.Key))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        if (items.Length == 0) return;
        w.Paragraph(w.Sentence("s5.3.intro"));
        var index = 0;
        foreach (var code in items)
        {
            var amount = f.GeneralBudgetUnder(code);
            Amount? budget = budgets.TryGetValue(code, out var b) ? b : null;
            var path = c.Catalog.FunctionPath(code);
            var values = new (string, object?)[]
            {
                ("index", (++index).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("path", path), ("base", baseName),
                ("budget", budget is { } stated ? m.Money(stated) : null), ("amount", m.Money(amount)),
            };
            var sentence = w.Sentence("s5.3.item", [.. values, ("rate", budget is { } whole ? Rate(m, amount, whole) : null)]);
            var difference = budget is { } entered ? m.DisplayValue(amount) - m.DisplayValue(entered) : 0m;
            var reason = difference == 0m
                ? budget is null ? [] : w.Sentence("s5.3.equal")
                : w.Sentence(difference > 0 ? "s5.3.above" : "s5.3.below", ("base", baseName),
                    ("reason", w.Reason(ReasonKeys.ItemVsBudget(code), "missing.budget", ("path", path), ("base", baseName))));
            w.Paragraph(sentence, reason);
        }
    }

    /// <summary>六、一般公共预算财政拨款基本支出决算情况说明 (人员经费 and 公用经费 with their items).</summary>
    private static void Basic(NarrativeWriter w)
    {
        var (c, m) = (w.Context, w.Format);
        var (personnel, @public) = BasicExpenditureTable.Panels(c);
        var total = personnel.Sum(x => x.Amount) + @public.Sum(x => x.Amount);
        if (total.IsZero)
        {
            w.Paragraph(w.Sentence("s6.none"));
            return;
        }
        string Items((string Code, Amount Amount)[] lines) => NarrativeWriter.Join(
            lines.Select(x => w.Phrase("s6.item", ("name", c.Catalog.Get(CodeKind.Economic, x.Code).Name), ("amount", m.Money(x.Amount)))), "、");
        w.Paragraph(
            w.Sentence("s6.total", ("amount", m.Money(total))),
            w.Sentence("s6.personnel", ("amount", m.Money(personnel.Sum(x => x.Amount))), ("items", personnel.Length > 0 ? Items(personnel) : w.Wording("none"))),
            w.Sentence("s6.public", ("amount", m.Money(@public.Sum(x => x.Amount))), ("items", @public.Length > 0 ? Items(@public) : w.Wording("none"))));
    }

    /// <summary>七、一般公共预算财政拨款“三公”经费支出决算情况说明.</summary>
    private static void ThreePublic(NarrativeWriter w)
    {
        var (m, a) = (w.Format, w.Context.Accounts);
        var t = a.ThreePublic;
        var (budget, actual) = (t.Budget.Total, t.Actual.Total);
        w.Paragraph(w.Sentence("s7.overall"));
        if (budget.IsZero && actual.IsZero && a.PriorYear.ThreePublic is null)
        {
            w.Paragraph(w.Sentence("s7.nothing"));
        }
        else
        {
            var head = budget.IsZero
                ? w.Sentence("s7.totalNoBudget", ("actual", m.Money(actual)))
                : w.Sentence("s7.total", ("budget", m.Money(budget)), ("actual", m.Money(actual)), ("rate", m.Percent(Percentage.Of(actual, budget)!.Value)),
                    ("items", ThreePublicItems(w)));
            var difference = m.DisplayValue(actual) - m.DisplayValue(budget);
            var vsBudget = budget.IsZero || difference == 0m
                ? []
                : w.Sentence(difference > 0 ? "s7.above" : "s7.below", ("reason", w.Reason(ReasonKeys.ThreePublicVsBudget, "missing.threePublic.budget")));
            var change = RequiredChange(w, "s7.change", actual, a.PriorYear.ThreePublic?.Total, ReasonKeys.ThreePublicChange, "missing.threePublic.change");
            w.Paragraph(head, vsBudget, change, Restated(w, PriorYearItem.ThreePublic, a.PriorYear.ThreePublic?.Total));
        }

        string Rate(Amount actualItem, Amount budgetItem) =>
            Percentage.Of(actualItem, budgetItem) is { } r ? w.Phrase("s7.rate", ("rate", m.Percent(r))) : "";
        w.Paragraph(w.Sentence("s7.detail"));
        if (actual.IsZero && w.Template.Says("s7.noneDetail"))
        {
            w.Paragraph(w.Sentence("s7.noneDetail"));
            return;
        }
        w.Paragraph(t.Actual.Abroad.IsZero && t.AbroadDelegations == 0
            ? w.Sentence("s7.abroadNone", ("actual", m.Money(t.Actual.Abroad)))
            : w.Sentence("s7.abroad", ("actual", m.Money(t.Actual.Abroad)), ("rate", Rate(t.Actual.Abroad, t.Budget.Abroad)),
                ("delegations", MoneyFormat.Count(t.AbroadDelegations)), ("persons", MoneyFormat.Count(t.AbroadPersons))));
        w.Paragraph(w.Sentence("s7.vehicles", ("actual", m.Money(t.Actual.Vehicles)), ("rate", Rate(t.Actual.Vehicles, t.Budget.Vehicles)),
            ("purchase", m.Money(t.Actual.VehiclePurchase)), ("bought", MoneyFormat.Count(t.VehiclesPurchased)),
            ("operation", m.Money(t.Actual.VehicleOperation)), ("held", MoneyFormat.Count(t.VehiclesHeld))));
        var foreign = t.ForeignReceptionBatches > 0
            ? w.Phrase("s7.foreign", ("batches", MoneyFormat.Count(t.ForeignReceptionBatches)), ("persons", MoneyFormat.Count(t.ForeignReceptionPersons)))
            : "";
        w.Paragraph(t.Actual.Reception.IsZero && t.ReceptionBatches == 0 && t.ForeignReceptionBatches == 0
            ? w.Sentence("s7.receptionNone", ("actual", m.Money(t.Actual.Reception)))
            : w.Sentence("s7.reception", ("actual", m.Money(t.Actual.Reception)), ("rate", Rate(t.Actual.Reception, t.Budget.Reception)),
                ("batches", MoneyFormat.Count(t.ReceptionBatches)), ("persons", MoneyFormat.Count(t.ReceptionPersons)), ("foreign", foreign)));
    }

    /// <summary>
    /// Each “三公” item's actual and, where it had a budget, its completion rate, for a template whose total states
    /// them after 其中; null (the fragment left out) where the template has no wording for an item.
    /// </summary>
    private static string? ThreePublicItems(NarrativeWriter w)
    {
        if (!w.Template.Says("s7.totalItem")) return null;
        var (m, t) = (w.Format, w.Context.Accounts.ThreePublic);
        var items = new (string Name, Amount Actual, Amount Budget)[]
        {
            ("因公出国（境）费", t.Actual.Abroad, t.Budget.Abroad),
            ("公务用车购置及运行维护费", t.Actual.Vehicles, t.Budget.Vehicles),
            ("公务接待费", t.Actual.Reception, t.Budget.Reception),
        };
        return NarrativeWriter.Join(items.Select(i => w.Phrase("s7.totalItem", ("name", i.Name), ("actual", m.Money(i.Actual)), ("rate", Rate(m, i.Actual, i.Budget)))));
    }

    /// <summary>八、政府性基金预算财政拨款收入支出决算情况说明.</summary>
    private static void GovernmentFund(NarrativeWriter w)
    {
        var (f, m) = (w.Context.Figures, w.Format);
        const Funding fund = Funding.GovernmentFund;
        if ((f.OpeningOf(fund) + f.FiscalIncomeOf(fund) + f.ExpenditureOf(fund) + f.ClosingOf(fund)).IsZero)
        {
            w.Paragraph(w.Sentence("s8.none"));
            return;
        }
        w.Paragraph(w.Sentence("s8.some", ("opening", m.Money(f.OpeningOf(fund))), ("income", m.Money(f.FiscalIncomeOf(fund))),
            ("expenditure", m.Money(f.ExpenditureOf(fund))), ("closing", m.Money(f.ClosingOf(fund))), ("items", ItemsOf(w, fund))));
    }

    /// <summary>九、国有资本经营预算财政拨款支出决算情况说明.</summary>
    private static void StateCapital(NarrativeWriter w)
    {
        var (f, m) = (w.Context.Figures, w.Format);
        w.Paragraph(f.ExpenditureOf(Funding.StateCapital).IsZero
            ? w.Sentence("s9.none")
            : w.Sentence("s9.some", ("expenditure", m.Money(f.ExpenditureOf(Funding.StateCapital))), ("items", ItemsOf(w, Funding.StateCapital))));
    }

    private static string ItemsOf(NarrativeWriter w, Funding funding)
    {
        var items = w.Context.Accounts.Expenditure.Where(l => l.Funding == funding && !l.Amount.IsZero)
            .GroupBy(l => l.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => w.Phrase("functionItem", ("path", w.Context.Catalog.FunctionPath(g.Key)), ("amount", w.Format.Money(g.Sum(l => l.Amount)))));
        return NarrativeWriter.Join(items);
    }

    /// <summary>机关运行经费支出情况.</summary>
    private static void OperatingCosts(NarrativeWriter w)
    {
        var (m, a) = (w.Format, w.Context.Accounts);
        if (a.OperatingCosts is { } costs)
        {
            var amount = ("amount", (object)m.Money(costs));
            var change = RequiredChange(w, "s10.1.change", costs, a.PriorYear.OperatingCosts, ReasonKeys.OperatingCostsChange, "missing.operatingCosts.change", amount);
            w.Paragraph(change.Count > 0 ? change : w.Sentence("s10.1.amount", amount), Restated(w, PriorYearItem.OperatingCosts, a.PriorYear.OperatingCosts));
        }
        else
        {
            w.Paragraph(w.Sentence("s10.1.notApplicable", ("unitType", a.Unit.Type.Name())));
        }
    }

    /// <summary>政府采购支出情况.</summary>
    private static void Procurement(NarrativeWriter w)
    {
        var (m, a) = (w.Format, w.Context.Accounts);
        var p = a.Procurement;
        // An amount the template's sentence does not state is not asked for.
        object? Said(string key, string name, Amount? amount, string field) =>
            TemplateText.Names(w.Wording(key)).Contains(name) ? Stated(w, amount, "procurement." + field, "missing.procurement." + field) : null;
        var procurement = p.Total.IsZero
            ? w.Sentence("s10.2.none")
            : w.Sentence("s10.2.amount", ("total", m.Money(p.Total)), ("goods", m.Money(p.Goods)), ("works", m.Money(p.Works)), ("services", m.Money(p.Services)),
                ("smes", Said("s10.2.amount", "smes", p.AwardedToSmes, "awardedToSmes")),
                ("smeShare", p.AwardedToSmes is { } smes ? m.Share(smes, p.Total) : "—"),
                ("smallMicro", Said("s10.2.amount", "smallMicro", p.AwardedToSmallMicro, "awardedToSmallMicro")),
                ("smallMicroShare", p.AwardedToSmallMicro is { } small ? m.Share(small, p.Total) : "—"));
        var reserved = p.Total.IsZero || !w.Template.Says("s10.2.smes")
            ? []
            : w.Sentence("s10.2.smes",
                ("reservedForSmes", Said("s10.2.smes", "reservedForSmes", p.ReservedForSmes, "reservedForSmes")),
                ("reservedForSmallMicro", Said("s10.2.smes", "reservedForSmallMicro", p.ReservedForSmallMicro, "reservedForSmallMicro")),
                ("reservedAwardedToSmes", Said("s10.2.smes", "reservedAwardedToSmes", p.ReservedAwardedToSmes, "reservedAwardedToSmes")),
                ("reservedAwardedToSmallMicro", Said("s10.2.smes", "reservedAwardedToSmallMicro", p.ReservedAwardedToSmallMicro, "reservedAwardedToSmallMicro")),
                ("otherAwardedToSmes", Said("s10.2.smes", "otherAwardedToSmes", p.OtherAwardedToSmes, "otherAwardedToSmes")));
        var procurementChange = a.PriorYear.Procurement is { } priorProcurement && !m.IsUnchanged(p.Total, priorProcurement)
            ? w.Sentence("s10.2.change", ("change", w.Change(p.Total, priorProcurement)), ("reason", a.Reason(ReasonKeys.ProcurementChange)?.TrimEnd('。')))
            : [];
        w.Paragraph(procurement, procurementChange, Restated(w, PriorYearItem.Procurement, a.PriorYear.Procurement));
        w.Paragraph(reserved);
        if (w.Template.Says("s10.2.services"))
            w.Paragraph(w.Sentence("s10.2.services", ("purchasedServices", a.PurchasedServices is { } services ? m.Money(services) : w.Missing("purchasedServices", "missing.purchasedServices"))));
    }

    /// <summary>国有资产占用情况: vehicles by category, equipment above the template's thresholds.</summary>
    private static void Assets(NarrativeWriter w)
    {
        var c = w.Context;
        var assets = c.Accounts.Assets;
        // A template that names the categories lists each of them, none held too, as its layout names them; otherwise the categories held.
        var named = c.Template.Options.VehicleCategories;
        var listed = named is null
            ? assets.Vehicles.Where(v => v.Count > 0).Select(v => (Name: v.Category.Name(), v.Count))
            : named.Select(n => (n.Name, Count: assets.Vehicles.Where(v => v.Category == n.Of).Sum(v => v.Count)))
                .Concat(assets.Vehicles.Where(v => v.Count > 0 && named.All(n => n.Of != v.Category)).Select(v => (Name: v.Category.Name(), v.Count)));
        var vehicles = assets.VehicleCount == 0 && named is null
            ? w.Sentence("s10.3.noVehicles")
            : w.Sentence("s10.3.vehicles", ("count", MoneyFormat.Count(assets.VehicleCount)), ("categories", NarrativeWriter.Join(
                listed.Select(v => w.Phrase("s10.3.category", ("name", v.Name), ("count", MoneyFormat.Count(v.Count)))), w.Wording("s10.3.separator"))));
        if (w.Template.Says("s10.3.values"))
        {
            object Asked(string field, Amount? value) => Labelled(w, "assets." + field, "missing.assets", value is { } v ? w.Format.Money(v) : null);
            w.Paragraph(w.Sentence("s10.3.values", ("total", Asked("total", assets.Total)), ("current", Asked("current", assets.Current)), ("fixed", Asked("fixed", assets.Fixed)),
                ("buildings", Asked("buildings", assets.Buildings)), ("buildingArea", assets.BuildingArea is { } area ? Scorer.Number(area) : null),
                ("intangible", Asked("intangible", assets.Intangible))));
        }
        w.Paragraph(vehicles, w.Sentence("s10.3.equipment",
            ("generalThreshold", c.Template.Options.GeneralEquipmentThreshold), ("general", MoneyFormat.Count(assets.GeneralEquipment)),
            ("specialThreshold", c.Template.Options.SpecialEquipmentThreshold), ("special", MoneyFormat.Count(assets.SpecialEquipment))));
        w.FreeText(assets.Note);
    }

    /// <summary>
    /// （四）预算绩效情况说明: with scored evaluations, how many projects were self-evaluated, the funds
    /// they cover, the grades and each project's score; otherwise the projects flagged as self-evaluated in
    /// the accounts with their execution. Then the unit's own account.
    /// </summary>
    private static void Performance(NarrativeWriter w)
    {
        Management(w);
        var (m, a) = (w.Format, w.Context.Accounts);
        var allBudget = a.Projects.Sum(p => p.FullYearBudget);
        var scored = w.Context.Evaluations;
        var projects = scored.Where(s => s.Evaluation.Kind == EvaluationKind.Project).ToArray();
        if (scored.Count > 0)
        {
            var budget = projects.Sum(s => s.Evaluation.Funds.Total.FullYear);
            var grades = projects.GroupBy(s => s.Grade).OrderBy(g => GradeOrder(g.Key, projects[0].Method))
                .Select(g => w.Phrase("s10.4.grade", ("grade", g.Key), ("count", MoneyFormat.Count(g.Count()))));
            if (projects.Length > 0)
                w.Paragraph(w.Sentence("s10.4.evaluatedScores", ("count", MoneyFormat.Count(projects.Length)), ("budget", m.Money(budget)),
                    ("share", m.Share(budget, allBudget.IsZero ? budget : allBudget)), ("grades", NarrativeWriter.Join(grades, "、"))));
            foreach (var s in projects)
            {
                var f = s.Evaluation.Funds.Total;
                var values = new (string, object?)[] { ("name", s.Evaluation.Name), ("budget", m.Money(f.FullYear)), ("executed", m.Money(f.Executed)),
                    ("score", Scorer.Number(s.Total)), ("grade", s.Grade) };
                w.Paragraph(w.Sentence("s10.4.evaluation", [.. values, ("rate", s.ExecutionRate is { } rate ? m.Percent(rate) : null)]));
            }
            foreach (var s in scored.Where(s => s.Evaluation.Kind == EvaluationKind.Department))
                w.Paragraph(w.Sentence("s10.4.department", ("score", Scorer.Number(s.Total)), ("grade", s.Grade)));
            w.Paragraph(w.Sentence("s10.4.annex"));
        }
        else
        {
            var evaluated = a.Projects.Where(p => p.SelfEvaluated).ToArray();
            var evaluatedBudget = evaluated.Sum(p => p.FullYearBudget);
            w.Paragraph(evaluated.Length == 0
                ? w.Sentence("s10.4.notEvaluated")
                : w.Sentence("s10.4.evaluated", ("count", MoneyFormat.Count(evaluated.Length)), ("budget", m.Money(evaluatedBudget)), ("share", m.Share(evaluatedBudget, allBudget))));
        }
        var evaluatedIds = scored.Select(s => s.Evaluation.ProjectId).OfType<string>().ToHashSet();
        foreach (var p in a.Projects.Where(p => !evaluatedIds.Contains(p.Id)))
        {
            var values = new (string, object?)[] { ("name", p.Name), ("budget", m.Money(p.FullYearBudget)), ("executed", m.Money(p.Executed)) };
            w.Paragraph(w.Sentence("s10.4.project", [.. values, ("rate", Rate(m, p.Executed, p.FullYearBudget))]));
            w.FreeText(p.Description);
        }
        var index = 0;
        foreach (var (key, text) in new[] { ("s10.4.summary", a.Performance.Summary), ("s10.4.problems", a.Performance.Problems), ("s10.4.improvements", a.Performance.Improvements) })
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            w.Paragraph(w.Sentence("s10.4.subheading", ("index", (++index).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("title", w.Wording(key))));
            w.FreeText(text);
        }
    }

    /// <summary>
    /// 预算绩效管理情况 in figures, where the template states them (Shanghai's “十、预算绩效管理情况”): each figure the accounts
    /// lack asked for; the rules and working arrangements left out where not stated.
    /// </summary>
    private static void Management(NarrativeWriter w)
    {
        if (!w.Template.Says("s10.4.management")) return;
        var (m, p) = (w.Format, w.Context.Accounts.PerformanceManagement);
        object Asked(string field, string? stated) => Labelled(w, "performanceManagement." + field, "missing.performanceManagement", stated);
        object Count(string field, int? count) => Asked(field, count is { } c ? MoneyFormat.Count(c) : null);
        object Money(string field, Amount? amount) => Asked(field, amount is { } a ? m.Money(a) : null);
        w.Paragraph(w.Sentence("s10.4.management",
            ("rules", p.Rules), ("mechanism", p.Mechanism?.Trim().TrimEnd('。', '；')),
            ("targetProjects", Count("targetProjects", p.TargetProjects)), ("targetBudget", Money("targetBudget", p.TargetBudget)),
            ("monitoredProjects", Count("monitoredProjects", p.MonitoredProjects)), ("monitoredBudget", Money("monitoredBudget", p.MonitoredBudget)),
            ("evaluatedProjects", Count("evaluatedProjects", p.EvaluatedProjects)), ("evaluatedBudget", Money("evaluatedBudget", p.EvaluatedBudget)),
            ("averageScore", Asked("averageScore", p.AverageScore is { } score ? Scorer.Number(score) : null)),
            ("excellent", Count("excellent", p.Excellent)), ("good", Count("good", p.Good)), ("pass", Count("pass", p.Pass)), ("fail", Count("fail", p.Fail)),
            ("problemsFound", Count("problemsFound", p.ProblemsFound)), ("problemsRectified", Count("problemsRectified", p.ProblemsRectified)),
            ("problemsRectifying", Count("problemsRectifying", p.ProblemsRectifying))));
    }

    /// <summary>一般性支出情况: 会议费 and 培训费 from the economic lines (basic and project), 节庆、晚会、论坛、展会 as stated.</summary>
    private static void GeneralExpenses(NarrativeWriter w)
    {
        var (f, m, a) = (w.Context.Figures, w.Format, w.Context.Accounts);
        var (meetings, training) = (f.Economic("30215"), f.Economic("30216"));
        w.Paragraph(w.Sentence("generalExpenses.total", ("total", m.Money(meetings + training + (a.Festivals ?? Amount.Zero))),
            ("meetings", m.Money(meetings)), ("training", m.Money(training)), ("festivals", a.Festivals is { } festivals ? m.Money(festivals) : null)));
    }

    /// <summary>其他需说明的事项, in the unit's words, or that there are none.</summary>
    private static void OtherNotes(NarrativeWriter w)
    {
        if (string.IsNullOrWhiteSpace(w.Context.Accounts.OtherNotes)) w.Paragraph(w.Sentence("otherNotes.none"));
        else w.FreeText(w.Context.Accounts.OtherNotes);
    }

    /// <summary>联系方式, or a placeholder asking for it.</summary>
    private static void Contact(NarrativeWriter w) =>
        w.Paragraph(w.Sentence("contact.text", ("contact", w.Context.Accounts.Contact is { Length: > 0 } contact ? contact.Trim() : w.Missing("contact", "missing.contact"))));

    /// <summary>Grades in the method's order, best first.</summary>
    private static int GradeOrder(string grade, ScoringMethod method) =>
        method.Grades.OrderByDescending(g => g.Min).Select((g, i) => (g.Name, i)).FirstOrDefault(x => x.Name == grade).i;

    /// <summary>
    /// The sentence stating a change against last year whose reason is required: nothing when the prior
    /// figure is unknown or equal; the stated reason, or a placeholder for it, otherwise.
    /// </summary>
    private static IReadOnlyList<Span> RequiredChange(NarrativeWriter w, string sentence, Amount current, Amount? prior, string reasonKey, string missingKey,
        params (string, object?)[] values)
    {
        if (prior is not { } p || w.Format.IsUnchanged(current, p)) return [];
        return w.Sentence(sentence, [.. values, ("change", w.Change(current, p)), ("reason", w.Reason(reasonKey, missingKey))]);
    }

    /// <summary>That the prior-year figure compared with was restated, and why; nothing where it was not, or is not known.</summary>
    private static IReadOnlyList<Span> Restated(NarrativeWriter w, PriorYearItem item, Amount? prior) =>
        prior is { } p && w.Context.Accounts.PriorYear.Restated.TryGetValue(item, out var reason)
            ? w.Sentence("prior.restated", ("name", item.Name()), ("amount", w.Format.Money(p)), ("reason", reason.Trim().TrimEnd('。')))
            : [];

    /// <summary>A figure as the sentence states it, or a placeholder asking for its field by the field's label.</summary>
    private static object Labelled(NarrativeWriter w, string field, string missingKey, string? stated) =>
        stated is not null ? stated : w.Missing(field, missingKey, ("what", Accounts.Fields.FieldLabels.Of(field) ?? field));

    /// <summary>A stated amount, or a placeholder asking for it.</summary>
    private static object Stated(NarrativeWriter w, Amount? amount, string field, string missingKey) =>
        amount is { } a ? w.Format.Money(a) : w.Missing(field, missingKey);

    /// <summary>A total with, where the prior year is known, its change and, where stated, the reason (the sentence's optional fragment).</summary>
    private static IReadOnlyList<Span> ChangeSentence(NarrativeWriter w, string plain, string withChange, string reasonKey,
        Amount current, Amount? prior, (string, object?) value) =>
        prior is { } p
            ? w.Sentence(withChange, value, ("change", w.Change(current, p)), ("reason", w.Context.Accounts.Reason(reasonKey)?.TrimEnd('。')))
            : w.Sentence(plain, value);

    /// <summary>part ÷ whole as a percentage, or null (the sentence's optional rate is left out) when the whole is zero.</summary>
    private static string? Rate(MoneyFormat m, Amount part, Amount whole) => Percentage.Of(part, whole) is { } rate ? m.Percent(rate) : null;
}
