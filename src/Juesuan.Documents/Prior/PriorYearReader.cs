using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Audit;
using Juesuan.Checks;
using Juesuan.DocumentModel;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Documents.Prior;

/// <summary>
/// 读取的上年数 — one figure of last year's published disclosure as this year's 上年数: what it is, where it
/// was printed (table, row, column, page or cell), as printed and in 元.
/// </summary>
/// <param name="Field">The figure's place in the accounts ("priorYear.total", "priorYear.generalBudgetByClass.201").</param>
/// <param name="Name">The figure as the forms name it (上年收入（支出）总计).</param>
/// <param name="Table">The table it was read from (公开01表), or 情况说明 for a figure of the text.</param>
/// <param name="Row">The row (收入总计, 201 一般公共服务支出), or the sentence for a figure of the text.</param>
/// <param name="Column">The column (决算数, 基本支出); empty for a figure of the text.</param>
/// <param name="Where">Where in the file: 第6页, 公开01表 D12, 第681行.</param>
/// <param name="Printed">The figure as printed, in its table's unit (9,859.38).</param>
/// <param name="Unit">The unit it was printed in (万元, 元).</param>
/// <param name="HalfWidth">Half the width in 元 of what a rounded figure stands for (50 for a 万元 figure with two decimals); null when exact.</param>
public sealed record PriorFigure(string Field, string Name, string Table, string Row, string Column, string Where, string Printed, string Unit,
    decimal Yuan, decimal? HalfWidth)
{
    /// <summary>Where it was printed, as one phrase: “上年决算.pdf 公开01表 第7页 收入总计 2,995.39万元”.</summary>
    public string Source(string file) => string.Join(" ", new[] { file, Table, Where, Table == PriorYearReader.TextPart ? "" : Row, Column, Shown }.Where(s => s.Length > 0));

    /// <summary>The figure as printed, with its unit.</summary>
    public string Shown => Printed is "空表" or "（空）" ? Printed : Printed + Unit;
}

/// <summary>未能读取的上年数 — a figure the prior year uses that the document does not give, and why.</summary>
public sealed record UnreadFigure(string Field, string Name, string Why);

/// <summary>
/// 上年决算的读取结果 — what a published disclosure gives as the next year's 上年数: the figures read with their
/// places, what could not be read (never guessed), the problems of reading, and the identities of its own
/// tables that do not hold (a warning: the figures are read as printed).
/// </summary>
public sealed record PriorYearReading(
    string File,
    string UnitName,
    int? FiscalYear,
    PriorYearFigures Figures,
    IReadOnlyList<PriorFigure> Read,
    IReadOnlyList<UnreadFigure> Unread,
    IReadOnlyList<FileError> Problems,
    IReadOnlyList<Finding> FailedIdentities)
{
    /// <summary>Whether anything was read at all.</summary>
    public bool HasFigures => Read.Count > 0;

    /// <summary>Why the document cannot give the 上年数 of <paramref name="year"/> (it is of another year than the one before), or null.</summary>
    public string? WrongYear(int year) =>
        FiscalYear is { } read && read != year - 1 ? $"“{File}”是{read}年度的决算，{year}年度的上年数应取自{year - 1}年度的决算" : null;

    /// <summary>Where each figure read was printed, by its field's path, as the workbench shows it beside the field.</summary>
    public IReadOnlyDictionary<string, string> Sources() => Read.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.First().Source(File), StringComparer.Ordinal);
}

/// <summary>
/// 从上年公开文件读取上年数 — reads last year's published disclosure (PDF, HTML, Word, or the tables' workbook) with
/// the table reader and takes each 上年数 from the cell the disclosure prints it in: 收入总计 and 本年收入 by source
/// from 公开01表, 支出 by kind from 公开03表's 合计 row, 财政拨款收入支出总计 from 公开04表, 一般公共预算财政拨款支出
/// and its classes from 公开05表, the “三公” actuals from 公开07表. 机关运行经费 and 政府采购支出, which no table
/// holds, are taken from the text where it states them for the year read.
/// </summary>
public static class PriorYearReader
{
    internal const string TextPart = "情况说明";

    public static PriorYearReading Read(AuditSourceResult source, string fileName, DateOnly asOf)
    {
        var problems = new List<FileError>();
        if (source.Error is not null) problems.Add(source.Error);
        problems.AddRange(source.Tables?.Problems ?? []);
        var tables = source.Tables?.Tables;
        var read = new List<PriorFigure>();
        var unread = new List<UnreadFigure>();
        var year = tables?.FiscalYear ?? (source.Text is { Length: > 0 } text ? StatedFigures.YearOf(text) : null);
        if (tables is null && source.Error is null)
            problems.Add(new FileError(ErrorCodes.NotRecognised, ErrorLocation.Of(fileName),
                source.Tables is { Found.Count: > 0 } ? "找到了决算表，但没有一张能读取（见上面的问题）" : "文件中找不到公开01表至公开09表中的任何一张决算表"));

        Amount? Take(string field, string name, string table, string rowKey, string column, Func<DisclosureTable, TableCell?> find)
        {
            var t = tables?.Tables.FirstOrDefault(x => x.Id == table);
            var code = PublishedTablesReader.Code(table[1] - '0');
            if (t is null)
            {
                unread.Add(new UnreadFigure(field, name, $"文件中没有可读取的{code}"));
                return null;
            }
            if (t.IsEmpty)
            {
                // An empty table states nothing but that the unit had none: 0.
                read.Add(new PriorFigure(field, name, code, rowKey, column, Pages(code), "空表", "", 0m, null));
                return Amount.Zero;
            }
            var cell = find(t);
            if (cell is null || (cell.Yuan is null && !BlankMeansZero(t)))
            {
                unread.Add(new UnreadFigure(field, name, $"{code}中找不到“{rowKey}”一行的“{column}”"));
                return null;
            }
            return Record(field, name, code, rowKey, column, t, cell);
        }

        // The pages a table was found on ("第6–7页"): where a figure it prints blank, or an empty table, stands.
        string Pages(string code) => source.Tables?.Found.FirstOrDefault(f => f.Code == code)?.Where ?? "";

        // A figure read: where it was printed (its cell, else its table's pages), as printed, in 元.
        Amount Record(string field, string name, string code, string row, string column, DisclosureTable t, TableCell cell)
        {
            var where = tables!.PlaceOf(cell)?.Where ?? Pages(code);
            read.Add(new PriorFigure(field, name, code, row, column, where, cell.Yuan is null ? "（空）" : cell.Text, UnitOf(t), cell.Yuan ?? 0m, cell.HalfWidth));
            return Amount.FromYuan(cell.Yuan ?? 0m);
        }

        TableCell? Keyed(DisclosureTable t, string key) => t.Rows.SelectMany(r => r.Cells).FirstOrDefault(c => c.Key == key);
        TableCell? Grid(DisclosureTable t, string row, string column) =>
            t.Row(row) is { } r && t.Columns.ToList().IndexOf(column) is var c and >= 0 ? r.Cells[c] : null;

        var total = Take("priorYear.total", "上年收入（支出）总计", "T1", "收入总计", "决算数", t => Keyed(t, "收入总计"));
        var income = Take("priorYear.currentYearIncome", "上年本年收入合计", "T1", "本年收入合计", "决算数", t => Keyed(t, "本年收入合计"));
        var bySource = new Dictionary<IncomeSource, Amount>();
        foreach (var incomeSource in Enum.GetValues<IncomeSource>())
            if (tables?.Tables.FirstOrDefault(x => x.Id == "T1") is { } t1 && Keyed(t1, incomeSource.Name()) is { Yuan: not 0m and not null } cell)
                bySource[incomeSource] = Record("priorYear.incomeBySource." + AccountsVocabulary.Spelling(AccountsVocabulary.Sources, incomeSource), "上年" + incomeSource.Name(),
                    "公开01表", incomeSource.Name(), "决算数", t1, cell);
        var expenditure = Take("priorYear.currentYearExpenditure", "上年本年支出合计", "T1", "本年支出合计", "决算数", t => Keyed(t, "本年支出合计"));
        var byKind = new Dictionary<ExpenditureKind, Amount>();
        foreach (var kind in Enum.GetValues<ExpenditureKind>())
        {
            var name = kind.Name();
            if (tables?.Tables.FirstOrDefault(x => x.Id == "T3") is { IsEmpty: false } t3 && Grid(t3, "合计", name) is { Yuan: not 0m and not null } cell)
                byKind[kind] = Record("priorYear.expenditureByKind." + AccountsVocabulary.Spelling(AccountsVocabulary.Kinds, kind), "上年" + name, "公开03表", "合计", name, t3, cell);
        }
        if (byKind.Count == 0 && expenditure is { IsZero: false })
            unread.Add(new UnreadFigure("priorYear.expenditureByKind", "上年各类支出", "公开03表中找不到合计行的基本支出和项目支出"));
        var fiscal = Take("priorYear.fiscalTotal", "上年财政拨款收入支出总计", "T4", "收入总计", "收入金额", t => Keyed(t, "收入总计"));
        var general = Take("priorYear.generalBudgetExpenditure", "上年一般公共预算财政拨款支出", "T5", "合计", "合计", t => Grid(t, "合计", "合计"));
        var byClass = new Dictionary<string, Amount>(StringComparer.Ordinal);
        if (tables?.Tables.FirstOrDefault(x => x.Id == "T5") is { IsEmpty: false } t5)
        {
            var column = t5.Columns.ToList().IndexOf("合计");
            foreach (var row in t5.Rows.Where(r => r.Role == RowRole.Class && r.Key is not null))
                if (row.Cells[column] is { Yuan: not null } cell)
                {
                    // A name wrapped over two lines of a PDF may be read in part: the catalogue's name is the class's name.
                    var label = row.Key + " " + (Catalog.CodeCatalogs.ForYear(tables.FiscalYear)?.Find(Catalog.CodeKind.Function, row.Key!)?.Name ?? row.Cells[1].Text);
                    byClass[row.Key!] = Record("priorYear.generalBudgetByClass." + row.Key, "上年一般公共预算财政拨款支出（" + label + "）", "公开05表", label, "合计", t5, cell);
                }
        }

        ThreePublicItems? threePublic = null;
        var items = new (string Field, string Name)[]
        {
            ("abroad", "因公出国（境）费"), ("vehiclePurchase", "公务用车购置费"), ("vehicleOperation", "公务用车运行费"), ("reception", "公务接待费"),
        };
        var actuals = items.Select(i => Take("priorYear.threePublic." + i.Field, "上年" + i.Name, "T7", "决算数", i.Name, t => Keyed(t, "决算数." + i.Name))).ToArray();
        if (actuals.All(a => a is not null)) threePublic = new ThreePublicItems(actuals[0]!.Value, actuals[1]!.Value, actuals[2]!.Value, actuals[3]!.Value);

        var operating = Stated(source, year, "priorYear.operatingCosts", "上年机关运行经费", ["机关运行经费", "机关运行经费支出"], read, unread);
        var procurement = Stated(source, year, "priorYear.procurement", "上年政府采购支出", ["政府采购支出总额", "政府采购支出", "政府采购金额", "政府采购总额"], read, unread);

        var figures = new PriorYearFigures
        {
            Total = total,
            CurrentYearIncome = income,
            IncomeBySource = bySource,
            CurrentYearExpenditure = expenditure,
            ExpenditureByKind = byKind,
            FiscalTotal = fiscal,
            GeneralBudgetExpenditure = general,
            GeneralBudgetByClass = byClass,
            ThreePublic = threePublic,
            OperatingCosts = operating,
            Procurement = procurement,
        };
        var identities = tables is null ? [] : CheckRunner.RunTables(new FactSet(tables.Tables), tables.UnitName, tables.FiscalYear, asOf, RuleCatalogue.Builtin).Findings;
        return new PriorYearReading(fileName, tables?.UnitName ?? "", year, figures, read, unread, problems, identities);
    }

    /// <summary>公开07表 prints nothing for an item the unit had none of; a blank there is 0, as the tables' checks read it.</summary>
    private static bool BlankMeansZero(DisclosureTable t) => t.Id == "T7";

    private static string UnitOf(DisclosureTable t) => t.AmountUnitCaption.Contains("万元", StringComparison.Ordinal) ? "万元" : "元";

    /// <summary>
    /// A figure no table holds, as the text states it for the year read: the first amount whose label ends with one
    /// of the names and that is neither another year's nor a change. Two different values are not chosen between.
    /// </summary>
    private static Amount? Stated(AuditSourceResult source, int? year, string field, string name, string[] labels,
        List<PriorFigure> read, List<UnreadFigure> unread)
    {
        if (source.Text is not { Length: > 0 } text)
        {
            unread.Add(new UnreadFigure(field, name, "文件中没有可读取的文字"));
            return null;
        }
        var stated = StatedFigures.Of(text, labels).Where(n => n.Year is null || n.Year == year).ToArray();
        if (stated.Length == 0)
        {
            unread.Add(new UnreadFigure(field, name, $"{TextPart}中找不到“{labels[0]}”的金额"));
            return null;
        }
        var first = stated[0];
        if (stated.Any(n => n.Yuan != first.Yuan))
        {
            unread.Add(new UnreadFigure(field, name, $"{TextPart}中写有不同的金额（{string.Join("、", stated.Select(n => n.Span.Text).Distinct())}），无法确定是哪一个"));
            return null;
        }
        var page = source.PageOf(first.Span.Text, first.Sentence);
        read.Add(new PriorFigure(field, name, TextPart, first.Sentence, "", page is { } p ? ErrorLocation.AtPage("", p).Where : "",
            first.Span.Text, "", first.Yuan, first.HalfWidth));
        return Amount.FromYuan(first.Yuan);
    }
}
