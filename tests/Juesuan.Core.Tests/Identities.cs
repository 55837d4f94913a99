using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Core.Tests;

/// <summary>
/// Asserts every identity of domain.md §2.10 (T1-1…T7-2, X-1…X-10) on the tables of a generated
/// disclosure, reading only the tables' cells, exactly as a reader of the published tables would.
/// </summary>
internal static class Identities
{
    private static readonly string[] Sources =
        ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];

    private static readonly string[] Budgets = ["一般公共预算", "政府性基金", "国有资本经营"];

    public static void AssertAll(DisclosureDocument document)
    {
        var t = document.Tables.ToDictionary(x => x.Id);
        Assert.Equal(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"], t.Keys);
        var (t1, t2, t3, t4, t5, t6, t7, t8, t9) = (t["T1"], t["T2"], t["T3"], t["T4"], t["T5"], t["T6"], t["T7"], t["T8"], t["T9"]);
        decimal C(DisclosureTable table, string key) => table.Cell(key) ?? 0m;
        decimal V(DisclosureTable table, string row, string column) => table.IsEmpty ? 0m : table.Value(row, column) ?? 0m;

        // T1
        Equal("T1-1", C(t1, "本年收入合计"), Sources.Sum(s => C(t1, s)));
        Equal("T1-2", C(t1, "收入总计"), C(t1, "本年收入合计") + C(t1, "使用非财政拨款结余") + C(t1, "年初结转和结余"));
        var classCells = t1.Rows.SelectMany(r => r.Cells).Where(c => c.Key is { Length: 3 } k && k.All(char.IsAsciiDigit)).ToArray();
        Equal("T1-3", C(t1, "本年支出合计"), classCells.Sum(c => c.Yuan ?? 0m));
        Equal("T1-4", C(t1, "支出总计"), C(t1, "本年支出合计") + C(t1, "结余分配") + C(t1, "年末结转和结余"));
        Equal("T1-5", C(t1, "收入总计"), C(t1, "支出总计"));

        // T2, T3, T5, T8, T9: rows and hierarchy
        RowSums("T2-1", t2, "本年收入合计", ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]);
        Hierarchy("T2-2", t2);
        RowSums("T3-1", t3, "本年支出合计", ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]);
        Hierarchy("T3-2", t3);
        RowSums("T5-1", t5, "合计", ["基本支出", "项目支出"]);
        Hierarchy("T5-2", t5);
        RowSums("T8-1", t8, "本年支出小计", ["基本支出", "项目支出"]);
        foreach (var row in t8.Rows)
            Equal($"T8-2 {row.Key}", V(t8, row.Key!, "年初结转和结余") + V(t8, row.Key!, "本年收入"), V(t8, row.Key!, "本年支出小计") + V(t8, row.Key!, "年末结转和结余"));
        Hierarchy("T8-3", t8);
        RowSums("T9-1", t9, "合计", ["基本支出", "项目支出"]);
        Hierarchy("T9-2", t9);

        // T4
        foreach (var key in t4.Rows.SelectMany(r => r.Cells).Select(c => c.Key).OfType<string>().Where(k => k.EndsWith(".合计", StringComparison.Ordinal)))
        {
            var line = key[..^3];
            Equal($"T4-1 {line}", C(t4, key), Budgets.Sum(b => C(t4, line + "." + b)));
        }
        foreach (var b in Budgets)
            Equal($"T4-2 {b}", C(t4, "本年收入." + b) + C(t4, "年初结转和结余." + b), C(t4, "本年支出合计." + b) + C(t4, "年末结转和结余." + b));
        Equal("T4-2 本年收入合计", C(t4, "本年收入合计"), Budgets.Sum(b => C(t4, "本年收入." + b)));
        Equal("T4-2 年初", C(t4, "年初结转和结余"), Budgets.Sum(b => C(t4, "年初结转和结余." + b)));
        Equal("T4-3", C(t4, "收入总计"), C(t4, "支出总计.合计"));
        Equal("T4-3 flow", C(t4, "收入总计"), C(t4, "本年收入合计") + C(t4, "年初结转和结余"));

        // T6
        var personnel = t6.Rows.Select(r => r.Cells[2]).Where(c => c.Key is { Length: 5 }).Sum(c => c.Yuan ?? 0m);
        var @public = t6.Rows.Select(r => r.Cells[5]).Where(c => c.Key is { Length: 5 }).Sum(c => c.Yuan ?? 0m);
        Equal("T6-1", C(t6, "人员经费合计"), personnel);
        Equal("T6-2", C(t6, "公用经费合计"), @public);
        foreach (var panel in new[] { 2, 5 })
        {
            var cells = t6.Rows.Select(r => r.Cells[panel]).Where(c => c.Key is not null).ToArray();
            foreach (var cls in cells.Where(c => c.Key!.Length == 3))
                Equal($"T6 {cls.Key}", cls.Yuan ?? 0m, cells.Where(c => c.Key!.Length == 5 && c.Key.StartsWith(cls.Key!, StringComparison.Ordinal)).Sum(c => c.Yuan ?? 0m));
        }

        // T7
        foreach (var block in new[] { "预算数", "决算数" })
        {
            Equal($"T7-1 {block}", C(t7, block + ".合计"), C(t7, block + ".因公出国（境）费") + C(t7, block + ".公务用车购置及运行费小计") + C(t7, block + ".公务接待费"));
            Equal($"T7-2 {block}", C(t7, block + ".公务用车购置及运行费小计"), C(t7, block + ".公务用车购置费") + C(t7, block + ".公务用车运行费"));
        }

        // Cross-table
        Equal("X-1", C(t1, "本年收入合计"), V(t2, "合计", "本年收入合计"));
        Equal("X-2 财政拨款", V(t2, "合计", "财政拨款收入"), C(t1, Sources[0]) + C(t1, Sources[1]) + C(t1, Sources[2]));
        foreach (var (column, line) in new[] { ("上级补助收入", 3), ("事业收入", 4), ("经营收入", 5), ("附属单位上缴收入", 6), ("其他收入", 7) })
            Equal($"X-2 {column}", V(t2, "合计", column), C(t1, Sources[line]));
        Equal("X-3", C(t1, "本年支出合计"), V(t3, "合计", "本年支出合计"));
        foreach (var cell in classCells)
            Equal($"X-4 {cell.Key}", cell.Yuan ?? 0m, t3.Row(cell.Key!) is null ? 0m : V(t3, cell.Key!, "本年支出合计"));
        for (var i = 0; i < 3; i++)
            Equal($"X-5 {Budgets[i]}", C(t4, "本年收入." + Budgets[i]), C(t1, Sources[i]));
        Equal("X-6", C(t4, "本年支出合计.一般公共预算"), V(t5, "合计", "合计"));
        var fundColumn = t4.Rows.SelectMany(r => r.Cells).Where(c => c.Key?.EndsWith(".政府性基金", StringComparison.Ordinal) == true).Any(c => c.Yuan is not 0m);
        var capitalColumn = t4.Rows.SelectMany(r => r.Cells).Where(c => c.Key?.EndsWith(".国有资本经营", StringComparison.Ordinal) == true).Any(c => c.Yuan is not 0m);
        Assert.True(fundColumn != t8.IsEmpty, "X-7: T8 is empty exactly when T4's 政府性基金 column is all zero");
        Assert.True(capitalColumn != t9.IsEmpty, "X-7: T9 is empty exactly when T4's 国有资本经营 column is all zero");
        if (t8.IsEmpty) Assert.NotNull(t8.EmptyNote);
        if (t9.IsEmpty) Assert.NotNull(t9.EmptyNote);
        Equal("X-8", V(t5, "合计", "基本支出"), C(t6, "人员经费合计") + C(t6, "公用经费合计"));
        Equal("X-9 本年收入", V(t8, "合计", "本年收入"), C(t4, "本年收入.政府性基金"));
        Equal("X-9 本年支出", V(t8, "合计", "本年支出小计"), C(t4, "本年支出合计.政府性基金"));
        Equal("X-9 年初", V(t8, "合计", "年初结转和结余"), C(t4, "年初结转和结余.政府性基金"));
        Equal("X-9 年末", V(t8, "合计", "年末结转和结余"), C(t4, "年末结转和结余.政府性基金"));
        Equal("X-10", V(t9, "合计", "合计"), C(t4, "本年支出合计.国有资本经营"));
    }

    private static void RowSums(string rule, DisclosureTable table, string total, string[] parts)
    {
        foreach (var row in table.Rows)
            Equal($"{rule} {row.Key}", table.Value(row.Key!, total) ?? 0m, parts.Sum(p => table.Value(row.Key!, p) ?? 0m));
    }

    private static void Hierarchy(string rule, DisclosureTable table)
    {
        if (table.IsEmpty) return;
        var amountColumns = table.Columns.Skip(2).ToArray();
        var coded = table.Rows.Where(r => r.Key != "合计").ToArray();
        foreach (var column in amountColumns)
        {
            Equal($"{rule} 合计 {column}", table.Value("合计", column) ?? 0m, coded.Where(r => r.Key!.Length == 3).Sum(r => table.Value(r.Key!, column) ?? 0m));
            foreach (var parent in coded.Where(r => r.Key!.Length < 7))
            {
                var childLength = parent.Key!.Length + 2;
                var children = coded.Where(r => r.Key!.Length == childLength && r.Key.StartsWith(parent.Key, StringComparison.Ordinal)).ToArray();
                Assert.NotEmpty(children);
                Equal($"{rule} {parent.Key} {column}", table.Value(parent.Key, column) ?? 0m, children.Sum(r => table.Value(r.Key!, column) ?? 0m));
            }
        }
    }

    private static void Equal(string rule, decimal expected, decimal actual) =>
        Assert.True(expected == actual, $"{rule}: {expected} ≠ {actual}");
}
