using System.Text.Json;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.Data;

namespace Juesuan.Web.Publishing;

/// <summary>A row of a chart's data table: what it is and its values, one per series.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<decimal?> Values);

/// <summary>
/// 图表 — one chart of a disclosure: its title, the Apache ECharts option that draws it (SVG, no
/// animation) and the same figures as a table, which is what readers without scripts, and screen
/// readers, get.
/// </summary>
public sealed record Chart(string Id, string Title, IReadOnlyList<string> Series, IReadOnlyList<ChartRow> Rows, string OptionJson);

/// <summary>图表数据 — the charts of a published disclosure, computed from the accounts it was built from.</summary>
public static class DisclosureCharts
{
    /// <summary>The default encoder escapes &lt; and &amp;, so an option can sit inside a script element of the page.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] Palette = ["#8b1a1a", "#d97706", "#2563eb", "#059669", "#7c3aed", "#db2777", "#0891b2", "#65a30d"];

    public static IReadOnlyList<Chart> For(UnitAccounts accounts, CatalogEditions catalogs)
    {
        var figures = new AccountsFigures(accounts);
        var catalog = catalogs.For(accounts);
        var year = accounts.FiscalYear;
        var charts = new List<Chart>
        {
            Pie("income", "本年收入构成", figures.IncomeBySource.Where(s => !s.Value.IsZero).Select(s => (s.Key.Name(), s.Value))),
            Bars("function", "本年支出按功能分类（类）", ["本年支出"],
                accounts.Expenditure.GroupBy(l => l.Code[..3]).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (catalog?.Find(CodeKind.Function, g.Key)?.Name ?? g.Key, (IReadOnlyList<Amount?>)[g.Sum(l => l.Amount)]))),
            Pie("kind", "基本支出与项目支出", figures.ExpenditureByKind.Where(k => !k.Value.IsZero).Select(k => (k.Key.Name(), k.Value))),
        };
        if (accounts.Budgets.Count > 0)
        {
            charts.Add(Bars("budget", "一般公共预算财政拨款：年初预算与决算（按项）", ["年初预算", "决算"],
                accounts.Budgets.Select(b => (ItemName(catalog, b.Code),
                    (IReadOnlyList<Amount?>)[b.YearStart, accounts.Expenditure.Where(l => l.Code == b.Code && l.Funding == Funding.GeneralBudget).Sum(l => l.Amount)]))));
        }
        var prior = accounts.PriorYear.ThreePublic;
        var current = accounts.ThreePublic.Actual;
        charts.Add(Bars("threePublic", "“三公”经费支出（按年度）", prior is null ? [$"{year}年"] : [$"{year - 1}年", $"{year}年"],
            new (string, Func<ThreePublicItems, Amount>)[]
            {
                ("因公出国（境）费", t => t.Abroad), ("公务用车购置费", t => t.VehiclePurchase), ("公务用车运行费", t => t.VehicleOperation), ("公务接待费", t => t.Reception),
            }.Select(item => (item.Item1, prior is null ? (IReadOnlyList<Amount?>)[item.Item2(current)] : [item.Item2(prior), item.Item2(current)]))));
        var p = accounts.PriorYear;
        charts.Add(Bars("change", "主要指标与上年比较", [$"{year - 1}年", $"{year}年"],
            new (string, Amount?, Amount?)[]
            {
                ("收入（支出）总计", p.Total, figures.TotalIncome),
                ("本年收入", p.CurrentYearIncome, figures.CurrentYearIncome),
                ("本年支出", p.CurrentYearExpenditure, figures.CurrentYearExpenditure),
                ("财政拨款总计", p.FiscalTotal, figures.FiscalIncomeTotal),
                ("一般公共预算财政拨款支出", p.GeneralBudgetExpenditure, figures.GeneralBudgetExpenditure),
                ("机关运行经费", p.OperatingCosts, accounts.OperatingCosts),
                ("政府采购", p.Procurement, accounts.Procurement.Total),
            }.Where(r => r.Item2 is not null || r.Item3 is { IsZero: false }).Select(r => (r.Item1, (IReadOnlyList<Amount?>)[r.Item2, r.Item3]))));
        return charts;
    }

    /// <summary>The key figures small beside a unit's totals, compared on a chart of their own so that they stay visible.</summary>
    private static readonly string[] SmallFigures = ["k:three", "k:operating", "k:procurement"];

    /// <summary>A line under this share of the largest on the page goes on the chart of smaller lines.</summary>
    private const decimal SmallShare = 0.05m;

    /// <summary>
    /// Lines of several disclosures side by side, one series each: the large lines on one chart, and on another the small ones
    /// (“三公” and its parts, 机关运行经费, 政府采购, and any line under a twentieth of the largest), so that they do not vanish beside millions.
    /// </summary>
    public static IReadOnlyList<Chart> Comparison(IReadOnlyList<string> names, IReadOnlyList<(string Key, string Label, IReadOnlyList<decimal?> Values)> lines)
    {
        var largest = lines.SelectMany(l => l.Values).Select(v => Math.Abs(v ?? 0)).DefaultIfEmpty(0).Max();
        bool Small(string key, IReadOnlyList<decimal?> values) => SmallFigures.Contains(key) || key.StartsWith("t:", StringComparison.Ordinal)
            || key.StartsWith("tb:", StringComparison.Ordinal) || values.Max(v => Math.Abs(v ?? 0)) < largest * SmallShare;
        var rows = lines.ToLookup(l => Small(l.Key, l.Values),
            l => (l.Label, (IReadOnlyList<Amount?>)[.. l.Values.Select(v => v is { } yuan ? Amount.FromYuan(yuan) : (Amount?)null)]));
        var charts = new List<Chart>();
        if (rows[false].Any()) charts.Add(Bars("compare", "比较", names, rows[false]));
        if (rows[true].Any()) charts.Add(Bars("compare-small", "较小的项目比较（“三公”经费、机关运行经费、政府采购等）", names, rows[true]));
        return charts;
    }

    /// <summary>One series of bars, the largest first as given: a total's parts (function classes, units' “三公”).</summary>
    public static Chart Parts(string id, string title, string series, IEnumerable<(string Label, decimal Yuan)> parts) =>
        Bars(id, title, [series], parts.Select(p => (p.Label, (IReadOnlyList<Amount?>)[Amount.FromYuan(p.Yuan)])));

    /// <summary>
    /// A unit's years: its scale (收入（支出）总计, 本年支出 and its basic and project parts) on one chart, and the smaller
    /// figures people follow (“三公” and its parts, 机关运行经费, 政府采购) on another, so that they are not lost beside it.
    /// </summary>
    public static IReadOnlyList<Chart> Years(IReadOnlyList<(int Year, IReadOnlyDictionary<string, PublishedLine> Lines)> years)
    {
        var labels = years.Select(y => $"{y.Year}年").ToList();
        decimal? Value(int i, string key) => years[i].Lines.TryGetValue(key, out var line) ? line.Yuan : null;
        Chart Lines(string id, string title, IReadOnlyList<(string Name, string Key)> series)
        {
            var option = new
            {
                animation = false,
                color = Palette,
                tooltip = new { trigger = "axis" },
                legend = new { bottom = 0, type = "scroll" },
                grid = new { left = 72, right = 24, top = 24, bottom = 56 },
                xAxis = new { type = "category", data = labels },
                yAxis = new { type = "value" },
                series = series.Select(s => new { name = s.Name, type = "line", data = labels.Select((_, i) => Value(i, s.Key)).ToArray() }).ToArray(),
            };
            var rows = labels.Select((label, i) => new ChartRow(label, series.Select(s => Value(i, s.Key)).ToList())).ToList();
            return new Chart(id, title, series.Select(s => s.Name).ToList(), rows, JsonSerializer.Serialize(option, Json));
        }
        return
        [
            Lines("years-scale", "历年收支", [("收入（支出）总计", "k:total"), ("本年支出合计", "k:expenditure"), ("基本支出", "k:basic"), ("项目支出", "k:project")]),
            Lines("years-costs", "历年“三公”经费、机关运行经费和政府采购", [
                ("“三公”经费", "k:three"), ("因公出国（境）费", "t:abroad"), ("公务用车购置费", "t:vehiclePurchase"), ("公务用车运行费", "t:vehicleOperation"),
                ("公务接待费", "t:reception"), ("机关运行经费", "k:operating"), ("政府采购支出", "k:procurement"),
            ]),
        ];
    }

    private static string ItemName(CodeCatalog? catalog, string code) =>
        catalog?.Find(CodeKind.Function, code) is { } item ? $"{code} {item.Name}" : code;

    private static Chart Pie(string id, string title, IEnumerable<(string Name, Amount Value)> slices)
    {
        var data = slices.ToList();
        var option = new
        {
            animation = false,
            color = Palette,
            tooltip = new { trigger = "item" },
            legend = new { bottom = 0, type = "scroll" },
            series = new[]
            {
                new
                {
                    type = "pie",
                    radius = new[] { "35%", "65%" },
                    center = new[] { "50%", "45%" },
                    label = new { formatter = "{b}\n{d}%" },
                    data = data.Select(d => new { name = d.Name, value = d.Value.Yuan }).ToArray(),
                },
            },
        };
        return new Chart(id, title, ["金额（元）"], data.Select(d => new ChartRow(d.Name, [d.Value.Yuan])).ToList(), JsonSerializer.Serialize(option, Json));
    }

    private static Chart Bars(string id, string title, IReadOnlyList<string> series, IEnumerable<(string Label, IReadOnlyList<Amount?> Values)> rows)
    {
        var data = rows.ToList();
        var categories = data.Select(r => r.Label).ToArray();
        // Bars run across, so the long Chinese names of categories stay readable on a phone.
        var categoryAxis = new { type = "category", data = categories, axisLabel = new { interval = 0, width = 130, overflow = "truncate" }, inverse = true };
        var option = new
        {
            animation = false,
            color = Palette,
            tooltip = new { trigger = "axis" },
            legend = new { bottom = 0 },
            grid = new { left = 140, right = 24, top = 24, bottom = 48 },
            xAxis = new { type = "value" },
            yAxis = categoryAxis,
            series = series.Select((name, i) => new { name, type = "bar", data = data.Select(r => r.Values[i]?.Yuan).ToArray() }).ToArray(),
        };
        return new Chart(id, title, series, data.Select(r => new ChartRow(r.Label, r.Values.Select(v => v?.Yuan).ToList())).ToList(), JsonSerializer.Serialize(option, Json));
    }
}
