using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.DocumentModel;

namespace Juesuan.Disclosure;

/// <summary>The function-coded tables: 公开02表 收入决算表, 03 支出决算表, 05 一般公共预算财政拨款支出, 08 政府性基金, 09 国有资本经营.</summary>
internal static class FunctionTables
{
    private static readonly string[] T2Columns = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
    private static readonly string[] T3Columns = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
    private static readonly string[] T5Columns = ["合计", "基本支出", "项目支出"];
    private static readonly string[] T8Columns = ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"];

    private static IReadOnlyList<string> Keys(string[] amountColumns) => ["科目编码", "科目名称", .. amountColumns];

    /// <summary>公开02表 — income by function 项 and source; 财政拨款收入 is the three fiscal sources together.</summary>
    public static DisclosureTable Income(DisclosureContext c)
    {
        static int ColumnOf(IncomeSource s) => s switch
        {
            IncomeSource.GeneralBudget or IncomeSource.GovernmentFund or IncomeSource.StateCapital => 1,
            IncomeSource.SuperiorSubsidy => 2,
            IncomeSource.PublicService => 3,
            IncomeSource.Operating => 4,
            IncomeSource.SubordinateRemittance => 5,
            _ => 6,
        };
        var items = FunctionHierarchy.Collect(T2Columns.Length, c.Accounts.Income.SelectMany(l => new[] { (l.Code, 0, l.Amount), (l.Code, ColumnOf(l.Source), l.Amount) }));
        return c.Table("T2", Keys(T2Columns), FunctionHierarchy.Header(T2Columns), FunctionHierarchy.Rows(c, items, T2Columns.Length));
    }

    /// <summary>公开03表 — expenditure by function 项 and kind, all funding together.</summary>
    public static DisclosureTable Expenditure(DisclosureContext c)
    {
        var items = FunctionHierarchy.Collect(T3Columns.Length, c.Accounts.Expenditure.SelectMany(l => new[] { (l.Code, 0, l.Amount), (l.Code, 1 + (int)l.Kind, l.Amount) }));
        return c.Table("T3", Keys(T3Columns), FunctionHierarchy.Header(T3Columns), FunctionHierarchy.Rows(c, items, T3Columns.Length));
    }

    /// <summary>公开05表 — 一般公共预算财政拨款 expenditure by function 项, basic and project.</summary>
    public static DisclosureTable GeneralBudget(DisclosureContext c) =>
        BasicAndProject(c, "T5", Funding.GeneralBudget, empty: false);

    /// <summary>公开09表 — 国有资本经营预算财政拨款 expenditure; empty with its note when there is none.</summary>
    public static DisclosureTable StateCapital(DisclosureContext c) =>
        BasicAndProject(c, "T9", Funding.StateCapital, empty: !c.Accounts.Expenditure.Any(l => l.Funding == Funding.StateCapital && !l.Amount.IsZero));

    private static DisclosureTable BasicAndProject(DisclosureContext c, string id, Funding funding, bool empty)
    {
        var lines = c.Accounts.Expenditure.Where(l => l.Funding == funding);
        var items = FunctionHierarchy.Collect(T5Columns.Length, lines.SelectMany(l => new[] { (l.Code, 0, l.Amount), (l.Code, l.Kind == ExpenditureKind.Basic ? 1 : 2, l.Amount) }));
        IReadOnlyList<IReadOnlyList<HeaderCell>> header =
        [
            [new HeaderCell("项目", ColSpan: 2), new HeaderCell("本年支出", ColSpan: 3)],
            [new HeaderCell("科目编码"), new HeaderCell("科目名称"), .. T5Columns.Select(t => new HeaderCell(t))],
        ];
        return c.Table(id, Keys(T5Columns), header, FunctionHierarchy.Rows(c, items, T5Columns.Length), empty);
    }

    /// <summary>公开08表 — 政府性基金预算财政拨款: carry-over, income, expenditure (basic/project), closing, by 项.</summary>
    public static DisclosureTable GovernmentFund(DisclosureContext c)
    {
        var a = c.Accounts;
        var contributions =
            a.OpeningBalances.Where(b => b.Funding == Funding.GovernmentFund && b.Code is not null).Select(b => (b.Code!, 0, b.Amount))
            .Concat(a.Income.Where(l => l.Source == IncomeSource.GovernmentFund).Select(l => (l.Code, 1, l.Amount)))
            .Concat(a.Expenditure.Where(l => l.Funding == Funding.GovernmentFund).SelectMany(l => new[] { (l.Code, 2, l.Amount), (l.Code, l.Kind == ExpenditureKind.Basic ? 3 : 4, l.Amount) }))
            .Concat(a.ClosingBalances.Where(b => b.Funding == Funding.GovernmentFund && b.Code is not null).Select(b => (b.Code!, 5, b.Amount)))
            .ToArray();
        var empty = contributions.All(x => x.Item3.IsZero);
        var items = FunctionHierarchy.Collect(T8Columns.Length, contributions);
        IReadOnlyList<IReadOnlyList<HeaderCell>> header =
        [
            [new HeaderCell("项目", ColSpan: 2), new HeaderCell("年初结转和结余", RowSpan: 2), new HeaderCell("本年收入", RowSpan: 2), new HeaderCell("本年支出", ColSpan: 3), new HeaderCell("年末结转和结余", RowSpan: 2)],
            [new HeaderCell("科目编码"), new HeaderCell("科目名称"), new HeaderCell("小计"), new HeaderCell("基本支出"), new HeaderCell("项目支出")],
        ];
        return c.Table("T8", Keys(T8Columns), header, FunctionHierarchy.Rows(c, items, T8Columns.Length), empty);
    }
}
