using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Juesuan.Amounts;

namespace Juesuan.Accounts;

/// <summary>
/// 决算数据文件写出 — writes <see cref="UnitAccounts"/> in the accounts JSON format that
/// <see cref="AccountsReader"/> reads, so that reading what was written gives the same accounts. Empty
/// parts are left out, as a person writing the file would leave them out. A department is written as
/// its consolidated lines (a unit file without members).
/// </summary>
public static class AccountsWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(UnitAccounts accounts, AccountsFileSettings? settings = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("format", AccountsReader.FormatId);
            json.WriteNumber("fiscalYear", accounts.FiscalYear);
            WriteProfile(json, accounts.Unit);
            WriteDisclosure(json, settings ?? AccountsFileSettings.None, accounts.Publication);
            Lines(json, "income", accounts.Income, (j, l) =>
            {
                j.WriteString("code", l.Code);
                j.WriteString("source", ReasonKeys.SourceKeys[l.Source]);
                Money(j, "amount", l.Amount);
            });
            Lines(json, "expenditure", accounts.Expenditure, (j, l) =>
            {
                j.WriteString("code", l.Code);
                j.WriteString("kind", AccountsVocabulary.Spelling(AccountsVocabulary.Kinds, l.Kind));
                j.WriteString("funding", AccountsVocabulary.Spelling(AccountsVocabulary.Fundings, l.Funding));
                Money(j, "amount", l.Amount);
            });
            Lines(json, "basicByEconomic", accounts.BasicByEconomic, (j, l) =>
            {
                j.WriteString("code", l.Code);
                j.WriteString("funding", AccountsVocabulary.Spelling(AccountsVocabulary.Fundings, l.Funding));
                Money(j, "amount", l.Amount);
            });
            Lines(json, "openingBalances", accounts.OpeningBalances, WriteBalance);
            Lines(json, "closingBalances", accounts.ClosingBalances, WriteBalance);
            if (!accounts.UseOfNonFiscalSurplus.IsZero) Money(json, "useOfNonFiscalSurplus", accounts.UseOfNonFiscalSurplus);
            if (!accounts.SurplusDistribution.IsZero) Money(json, "surplusDistribution", accounts.SurplusDistribution);
            Lines(json, "budgets", accounts.Budgets, (j, l) =>
            {
                j.WriteString("code", l.Code);
                Money(j, "yearStart", l.YearStart);
                if (l.Adjusted is { } adjusted) Money(j, "adjusted", adjusted);
            });
            WriteThreePublic(json, accounts.ThreePublic);
            if (accounts.OperatingCosts is { } operating) Money(json, "operatingCosts", operating);
            WriteProcurement(json, accounts.Procurement);
            WriteAssets(json, accounts.Assets);
            Lines(json, "projects", accounts.Projects, (j, p) =>
            {
                j.WriteString("id", p.Id);
                j.WriteString("name", p.Name);
                j.WriteString("code", p.Code);
                j.WriteString("funding", AccountsVocabulary.Spelling(AccountsVocabulary.Fundings, p.Funding));
                Money(j, "yearStartBudget", p.YearStartBudget);
                Money(j, "fullYearBudget", p.FullYearBudget);
                Money(j, "executed", p.Executed);
                j.WriteBoolean("selfEvaluated", p.SelfEvaluated);
                Text(j, "description", p.Description);
            });
            WritePerformance(json, accounts.Performance);
            WritePriorYear(json, accounts.PriorYear);
            if (accounts.Reasons.Count > 0)
            {
                json.WriteStartObject("reasons");
                foreach (var (key, text) in accounts.Reasons) json.WriteString(key, text);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteProfile(Utf8JsonWriter json, UnitProfile unit)
    {
        json.WriteStartObject("unit");
        json.WriteString("code", unit.Code);
        json.WriteString("name", unit.Name);
        Text(json, "shortName", unit.ShortName);
        json.WriteString("type", AccountsVocabulary.Spelling(AccountsVocabulary.UnitTypes, unit.Type));
        json.WriteString("functions", unit.Functions);
        json.WriteString("structure", unit.Structure);
        if (unit.Staff is { } staff)
        {
            json.WriteStartObject("staff");
            Count(json, "authorized", staff.Authorized);
            Count(json, "actual", staff.Actual);
            Count(json, "retired", staff.Retired);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteDisclosure(Utf8JsonWriter json, AccountsFileSettings settings, Publication publication)
    {
        if (settings == AccountsFileSettings.None && publication == Publication.None) return;
        json.WriteStartObject("disclosure");
        if (settings.AmountUnit is { } unit) json.WriteString("amountUnit", AccountsVocabulary.Spelling(AccountsVocabulary.AmountUnits, unit));
        Text(json, "template", settings.Template);
        Date(json, "approvalDate", publication.ApprovalDate);
        Date(json, "publishedDate", publication.PublishedDate);
        Text(json, "lateReason", publication.LateReason);
        json.WriteEndObject();
    }

    private static void WriteBalance(Utf8JsonWriter json, BalanceLine line)
    {
        json.WriteString("funding", AccountsVocabulary.Spelling(AccountsVocabulary.Fundings, line.Funding));
        Text(json, "code", line.Code);
        Money(json, "amount", line.Amount);
    }

    private static void WriteItems(Utf8JsonWriter json, string name, ThreePublicItems items)
    {
        json.WriteStartObject(name);
        Money(json, "abroad", items.Abroad);
        Money(json, "vehiclePurchase", items.VehiclePurchase);
        Money(json, "vehicleOperation", items.VehicleOperation);
        Money(json, "reception", items.Reception);
        json.WriteEndObject();
    }

    private static void WriteThreePublic(Utf8JsonWriter json, ThreePublicExpenses t)
    {
        if (t == ThreePublicExpenses.None) return;
        json.WriteStartObject("threePublic");
        WriteItems(json, "budget", t.Budget);
        WriteItems(json, "actual", t.Actual);
        json.WriteNumber("abroadDelegations", t.AbroadDelegations);
        json.WriteNumber("abroadPersons", t.AbroadPersons);
        json.WriteNumber("vehiclesPurchased", t.VehiclesPurchased);
        json.WriteNumber("vehiclesHeld", t.VehiclesHeld);
        json.WriteNumber("receptionBatches", t.ReceptionBatches);
        json.WriteNumber("receptionPersons", t.ReceptionPersons);
        json.WriteNumber("foreignReceptionBatches", t.ForeignReceptionBatches);
        json.WriteNumber("foreignReceptionPersons", t.ForeignReceptionPersons);
        json.WriteEndObject();
    }

    private static void WriteProcurement(Utf8JsonWriter json, Procurement p)
    {
        if (p == Procurement.None) return;
        json.WriteStartObject("procurement");
        Money(json, "goods", p.Goods);
        Money(json, "works", p.Works);
        Money(json, "services", p.Services);
        if (p.AwardedToSmes is { } smes) Money(json, "awardedToSmes", smes);
        if (p.AwardedToSmallMicro is { } small) Money(json, "awardedToSmallMicro", small);
        json.WriteEndObject();
    }

    private static void WriteAssets(Utf8JsonWriter json, AssetHoldings a)
    {
        if (a.Vehicles.Count == 0 && a.GeneralEquipment == 0 && a.SpecialEquipment == 0 && a.Note is null) return;
        json.WriteStartObject("assets");
        Lines(json, "vehicles", a.Vehicles, (j, v) =>
        {
            j.WriteString("category", AccountsVocabulary.Spelling(AccountsVocabulary.VehicleCategories, v.Category));
            j.WriteNumber("count", v.Count);
        });
        json.WriteNumber("generalEquipment", a.GeneralEquipment);
        json.WriteNumber("specialEquipment", a.SpecialEquipment);
        Text(json, "note", a.Note);
        json.WriteEndObject();
    }

    private static void WritePerformance(Utf8JsonWriter json, PerformanceNotes p)
    {
        if (p == PerformanceNotes.None) return;
        json.WriteStartObject("performance");
        Text(json, "summary", p.Summary);
        Text(json, "problems", p.Problems);
        Text(json, "improvements", p.Improvements);
        json.WriteEndObject();
    }

    private static void WritePriorYear(Utf8JsonWriter json, PriorYearFigures p)
    {
        if (p.Total is null && p.CurrentYearIncome is null && p.IncomeBySource.Count == 0 && p.CurrentYearExpenditure is null
            && p.ExpenditureByKind.Count == 0 && p.FiscalTotal is null && p.GeneralBudgetExpenditure is null
            && p.GeneralBudgetByClass.Count == 0 && p.ThreePublic is null && p.OperatingCosts is null && p.Procurement is null)
            return;
        json.WriteStartObject("priorYear");
        Money(json, "total", p.Total);
        Money(json, "currentYearIncome", p.CurrentYearIncome);
        Map(json, "incomeBySource", p.IncomeBySource, s => ReasonKeys.SourceKeys[s]);
        Money(json, "currentYearExpenditure", p.CurrentYearExpenditure);
        Map(json, "expenditureByKind", p.ExpenditureByKind, k => AccountsVocabulary.Spelling(AccountsVocabulary.Kinds, k));
        Money(json, "fiscalTotal", p.FiscalTotal);
        Money(json, "generalBudgetExpenditure", p.GeneralBudgetExpenditure);
        Map(json, "generalBudgetByClass", p.GeneralBudgetByClass, code => code);
        if (p.ThreePublic is { } three) WriteItems(json, "threePublic", three);
        Money(json, "operatingCosts", p.OperatingCosts);
        Money(json, "procurement", p.Procurement);
        json.WriteEndObject();
    }

    private static void Lines<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> lines, Action<Utf8JsonWriter, T> write)
    {
        if (lines.Count == 0) return;
        json.WriteStartArray(name);
        foreach (var line in lines)
        {
            json.WriteStartObject();
            write(json, line);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Map<TKey>(Utf8JsonWriter json, string name, IReadOnlyDictionary<TKey, Amount> values, Func<TKey, string> spell)
    {
        if (values.Count == 0) return;
        json.WriteStartObject(name);
        foreach (var (key, amount) in values) Money(json, spell(key), amount);
        json.WriteEndObject();
    }

    private static void Money(Utf8JsonWriter json, string name, Amount? amount)
    {
        if (amount is { } a) json.WriteNumber(name, a.Yuan);
    }

    private static void Count(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? value)
    {
        if (value is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
