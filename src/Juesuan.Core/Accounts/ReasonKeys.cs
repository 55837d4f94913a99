using System.Collections.Frozen;

namespace Juesuan.Accounts;

/// <summary>
/// 原因的归属 — the keys that attach a stated reason to the figure it explains. The accounts file
/// uses the same keys; a key outside this list is an error.
/// </summary>
public static class ReasonKeys
{
    /// <summary>收入、支出总计的年度变化.</summary>
    public const string TotalChange = "total.change";

    /// <summary>本年收入合计的年度变化.</summary>
    public const string IncomeChange = "income.change";

    /// <summary>本年支出合计的年度变化.</summary>
    public const string ExpenditureChange = "expenditure.change";

    /// <summary>财政拨款收入支出总计的年度变化.</summary>
    public const string FiscalChange = "fiscal.change";

    /// <summary>一般公共预算财政拨款支出的年度变化.</summary>
    public const string GeneralBudgetChange = "generalBudget.change";

    /// <summary>一般公共预算财政拨款支出总额与年初预算的差异.</summary>
    public const string GeneralBudgetVsBudget = "generalBudget.budget";

    /// <summary>“三公”经费决算数与预算数的差异.</summary>
    public const string ThreePublicVsBudget = "threePublic.budget";

    /// <summary>“三公”经费的年度变化.</summary>
    public const string ThreePublicChange = "threePublic.change";

    /// <summary>机关运行经费的年度变化.</summary>
    public const string OperatingCostsChange = "operatingCosts.change";

    /// <summary>政府采购支出的年度变化.</summary>
    public const string ProcurementChange = "procurement.change";

    private const string BudgetPrefix = "budget.";
    private const string IncomeSourcePrefix = "income.";
    private const string ChangeSuffix = ".change";

    /// <summary>某一收入来源的年度变化, e.g. "income.other.change".</summary>
    public static string IncomeSourceChange(IncomeSource source) => IncomeSourcePrefix + SourceKeys[source] + ChangeSuffix;

    /// <summary>某一功能分类项决算数与年初预算数的差异, e.g. "budget.2012901".</summary>
    public static string ItemVsBudget(string functionCode) => BudgetPrefix + functionCode;

    /// <summary>The keys that name one figure each, in the order the narrative uses them.</summary>
    public static readonly IReadOnlyList<string> FixedKeys =
    [
        TotalChange, IncomeChange, ExpenditureChange, FiscalChange, GeneralBudgetChange, GeneralBudgetVsBudget,
        ThreePublicVsBudget, ThreePublicChange, OperatingCostsChange, ProcurementChange,
    ];

    private static readonly FrozenSet<string> Fixed = FixedKeys.ToFrozenSet();

    /// <summary>What figure a key's reason explains, in words ("2060702 项决算数与预算数的差异"); null for an unknown key.</summary>
    public static string? Meaning(string key)
    {
        if (!IsKnown(key, out var budgetCode)) return null;
        if (budgetCode is not null) return $"{budgetCode} 项决算数与年初（调整）预算数的差异";
        return key switch
        {
            TotalChange => "收入、支出总计与上年相比的增减",
            IncomeChange => "本年收入合计与上年相比的增减",
            ExpenditureChange => "本年支出合计与上年相比的增减",
            FiscalChange => "财政拨款收入支出总计与上年相比的增减",
            GeneralBudgetChange => "一般公共预算财政拨款支出与上年相比的增减",
            GeneralBudgetVsBudget => "一般公共预算财政拨款支出总额与年初预算的差异",
            ThreePublicVsBudget => "“三公”经费决算数与预算数的差异",
            ThreePublicChange => "“三公”经费与上年相比的增减",
            OperatingCostsChange => "机关运行经费与上年相比的增减",
            ProcurementChange => "政府采购支出与上年相比的增减",
            _ => SourceKeys.First(kv => key == IncomeSourcePrefix + kv.Value + ChangeSuffix).Key.Name() + "与上年相比的增减",
        };
    }

    /// <summary>The JSON spelling of each income source, shared with the accounts file.</summary>
    public static readonly IReadOnlyDictionary<IncomeSource, string> SourceKeys = new Dictionary<IncomeSource, string>
    {
        [IncomeSource.GeneralBudget] = "generalBudget",
        [IncomeSource.GovernmentFund] = "governmentFund",
        [IncomeSource.StateCapital] = "stateCapital",
        [IncomeSource.SuperiorSubsidy] = "superiorSubsidy",
        [IncomeSource.PublicService] = "publicService",
        [IncomeSource.Operating] = "operating",
        [IncomeSource.SubordinateRemittance] = "subordinateRemittance",
        [IncomeSource.Other] = "other",
    };

    /// <summary>
    /// Whether a key is known; for "budget.CODE" the code is returned so the caller can check it
    /// against the catalogue.
    /// </summary>
    public static bool IsKnown(string key, out string? budgetCode)
    {
        budgetCode = null;
        if (Fixed.Contains(key)) return true;
        if (key.StartsWith(BudgetPrefix, StringComparison.Ordinal))
        {
            budgetCode = key[BudgetPrefix.Length..];
            return true;
        }
        return key.StartsWith(IncomeSourcePrefix, StringComparison.Ordinal)
            && key.EndsWith(ChangeSuffix, StringComparison.Ordinal)
            && SourceKeys.Values.Contains(key[IncomeSourcePrefix.Length..^ChangeSuffix.Length]);
    }

    /// <summary>The accounts field a reason is entered in: "reasons.budget.2012901".</summary>
    public static string FieldOf(string key) => "reasons." + key;

    /// <summary>Every accepted key as a regular expression (for the JSON Schema).</summary>
    public static string Pattern =>
        "^(" + string.Join("|", FixedKeys.Select(System.Text.RegularExpressions.Regex.Escape)) +
        @"|income\.(" + string.Join("|", SourceKeys.Values) + @")\.change|budget\.[0-9]{7})$";

    /// <summary>A short description of the accepted keys, for error messages and docs.</summary>
    public const string Description =
        "total.change、income.change、income.<来源>.change、expenditure.change、fiscal.change、generalBudget.change、" +
        "generalBudget.budget、budget.<7位功能科目编码>、threePublic.budget、threePublic.change、operatingCosts.change、procurement.change";
}
