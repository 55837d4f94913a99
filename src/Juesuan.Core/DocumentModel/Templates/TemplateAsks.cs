namespace Juesuan.DocumentModel;

/// <summary>
/// 模板要求填报的内容 — the parts of the accounts only some layouts state, each with what in a template states it: the
/// workbench offers a part to fill only when the unit's template asks for it, so a preparer sees what the layout needs.
/// Every other field is asked for by every template.
/// </summary>
public static class TemplateAsks
{
    private static readonly (string Path, Func<DisclosureTemplate, bool> Asks)[] Optional =
    [
        ("performanceManagement", t => t.Lists(SectionKinds.Performance) && t.Says("s10.4.management")),
        ("procurement.reservedForSmes", t => Procurement(t, "s10.2.smes")),
        ("procurement.reservedForSmallMicro", t => Procurement(t, "s10.2.smes")),
        ("procurement.reservedAwardedToSmes", t => Procurement(t, "s10.2.smes")),
        ("procurement.reservedAwardedToSmallMicro", t => Procurement(t, "s10.2.smes")),
        ("procurement.otherAwardedToSmes", t => Procurement(t, "s10.2.smes")),
        ("purchasedServices", t => Procurement(t, "s10.2.services")),
        ("assets.total", Values),
        ("assets.current", Values),
        ("assets.fixed", Values),
        ("assets.buildings", Values),
        ("assets.buildingArea", Values),
        ("assets.intangible", Values),
        ("projectByEconomic", t => t.Lists(SectionKinds.GeneralExpenses)),
        ("festivals", t => t.Lists(SectionKinds.GeneralExpenses)),
        ("otherNotes", t => t.Lists(SectionKinds.OtherNotes)),
        ("contact", t => t.Lists(SectionKinds.Contact)),
    ];

    private static bool Procurement(DisclosureTemplate t, string key) => t.Lists(SectionKinds.Procurement) && t.Says(key);

    private static bool Values(DisclosureTemplate t) => t.Lists(SectionKinds.Assets) && t.Says("s10.3.values");

    /// <summary>Whether a template asks for a field of the accounts ("assets.total", "procurement", "otherNotes").</summary>
    public static bool Field(DisclosureTemplate template, string path) =>
        Optional.Where(o => o.Path == path || path.StartsWith(o.Path + ".", StringComparison.Ordinal)).All(o => o.Asks(template));
}
