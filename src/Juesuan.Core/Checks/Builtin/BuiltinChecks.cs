namespace Juesuan.Checks;

/// <summary>The registry of built-in checks a catalogue rule can name with "check".</summary>
public static class BuiltinChecks
{
    public static IReadOnlyList<IBuiltinCheck> All { get; } =
    [
        new FlowByItemCheck(),
        new EconomicMatchesBasicCheck(),
        new ProjectsMatchExpenditureCheck(),
        new EmptyTableCheck(),
        new RequiredContentCheck(),
        new ProjectsSelfEvaluatedCheck(),
        new PerformanceNotesConsistentCheck(),
        new RequiredTablesCheck(),
        new RequiredSectionsCheck(),
        new PlaceholderTextCheck(),
        new ThreePublicCountsCheck(),
        new ProcurementSmeStatedCheck(),
        new ProcurementOrderCheck(),
        new ProcurementSmeAwardsCheck(),
        new PerformanceManagementCountsCheck(),
        new AssetPartsCheck(),
        new PurchasedServicesWithinExpenditureCheck(),
        new EconomicMatchesProjectCheck(),
        .. ReasonCheck.All,
        new ItemExecutionCheck(),
        new ProjectExecutionCheck(),
        new ThreePublicOverBudgetCheck(),
        new ThreePublicCoversEconomicCheck(),
        new OperatingCostsStatedCheck(),
        new OperatingCostsMatchPublicCheck(),
        new OperatingCostsNotApplicableCheck(),
        new CodesInCatalogueCheck(),
        new EconomicSectionLevelCheck(),
        new StatedCodesCheck(),
        new StatedNamesCheck(),
        new CatalogueEditionCheck(),
        new NarrativeFunctionNamesCheck(),
        new PublicationOverdueCheck(),
        new PublicationDueSoonCheck(),
    ];

    public static IReadOnlyDictionary<string, IBuiltinCheck> ByName { get; } = All.ToDictionary(c => c.Name, StringComparer.Ordinal);
}

/// <summary>Shared helpers of the built-in checks.</summary>
internal abstract class BuiltinCheck : IBuiltinCheck
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<string> Values { get; }
    public virtual IReadOnlyList<string> Thresholds => [];

    public abstract IEnumerable<CheckResult> Run(CheckContext context, RuleDefinition rule);

    protected static Dictionary<string, string> V(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    protected static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static string Money(CheckContext c, Amounts.Amount amount) => c.Format.Money(amount);

    protected static string Money(CheckContext c, decimal yuan) => c.Format.Money(Amounts.Amount.FromYuan(yuan));

    protected static string Percent(CheckContext c, Amounts.Percentage? p) => p is { } x ? c.Format.Percent(x) : "—";

    /// <summary>|current − base| / base × 100 exceeds the threshold (any change when the base is zero).</summary>
    protected static bool Exceeds(Amounts.Amount current, Amounts.Amount @base, decimal thresholdPercent) =>
        current != @base && (@base.IsZero || Math.Abs(Amounts.Percentage.Change(current, @base)!.Value.Points) > thresholdPercent);
}
