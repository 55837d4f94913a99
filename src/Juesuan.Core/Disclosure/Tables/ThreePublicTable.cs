using Juesuan.Accounts;
using Juesuan.DocumentModel;

namespace Juesuan.Disclosure;

/// <summary>
/// 公开07表 一般公共预算财政拨款“三公”经费支出决算表 — one row, 预算数 and 决算数 blocks, each 合计,
/// 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费, 运行费) and 公务接待费.
/// </summary>
internal static class ThreePublicTable
{
    private static readonly string[] Items = ["合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"];

    public static DisclosureTable Build(DisclosureContext c)
    {
        var t = c.Accounts.ThreePublic;
        TableCell[] Block(string prefix, ThreePublicItems x) =>
        [
            c.AmountCell(x.Total, prefix + ".合计"), c.AmountCell(x.Abroad, prefix + ".因公出国（境）费"),
            c.AmountCell(x.Vehicles, prefix + ".公务用车购置及运行费小计"), c.AmountCell(x.VehiclePurchase, prefix + ".公务用车购置费"),
            c.AmountCell(x.VehicleOperation, prefix + ".公务用车运行费"), c.AmountCell(x.Reception, prefix + ".公务接待费"),
        ];
        HeaderCell[] Top() =>
        [
            new("合计", RowSpan: 2), new("因公出国（境）费", RowSpan: 2), new("公务用车购置及运行费", ColSpan: 3), new("公务接待费", RowSpan: 2),
        ];
        HeaderCell[] Sub() => [new("小计"), new("公务用车购置费"), new("公务用车运行费")];
        IReadOnlyList<IReadOnlyList<HeaderCell>> header =
        [
            [new HeaderCell("预算数", ColSpan: 6), new HeaderCell("决算数", ColSpan: 6)],
            [.. Top(), .. Top()],
            [.. Sub(), .. Sub()],
        ];
        var row = new TableRow("决算", RowRole.Line, [.. Block("预算数", t.Budget), .. Block("决算数", t.Actual)]);
        return c.Table("T7", [.. Items.Select(i => "预算数." + i), .. Items.Select(i => "决算数." + i)], header, [row]);
    }
}
