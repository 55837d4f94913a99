using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Catalog;
using Juesuan.DocumentModel;
using Juesuan.Performance;

namespace Juesuan.Disclosure;

/// <summary>Everything a table or narrative section needs while a disclosure is built.</summary>
internal sealed class DisclosureContext
{
    public DisclosureContext(UnitAccounts accounts, CodeCatalog catalog, DisclosureTemplate template, AmountUnit unit, IReadOnlyList<EvaluationScore> evaluations)
    {
        Evaluations = evaluations;
        Accounts = accounts;
        Figures = new AccountsFigures(accounts);
        Catalog = catalog;
        Template = template;
        Format = new MoneyFormat(unit, percentDecimals: template.Options.PercentDecimals);
        // The body the text speaks of: as the accounts state it, else a department where units are consolidated.
        var kind = accounts.Unit.Disclosure ?? (accounts.Members.Count > 0 ? DisclosureKind.Department : DisclosureKind.Unit);
        Subject = template.Text[kind == DisclosureKind.Department ? "subject.department" : "subject.unit"];
    }

    public UnitAccounts Accounts { get; }
    public AccountsFigures Figures { get; }
    public CodeCatalog Catalog { get; }
    public DisclosureTemplate Template { get; }
    public MoneyFormat Format { get; }

    /// <summary>The scored performance self-evaluations the 预算绩效 section reports; empty when none were given.</summary>
    public IReadOnlyList<EvaluationScore> Evaluations { get; }

    /// <summary>"部门" or "单位", as the text names the reporting body.</summary>
    public string Subject { get; }

    public int Year => Accounts.FiscalYear;

    /// <summary>An amount cell of a table, formatted in the document's unit.</summary>
    public TableCell AmountCell(Amount amount, string? key = null) => new(CellKind.Amount, Format.Number(amount), amount.Yuan, key);

    public static TableCell Label(string text) => new(CellKind.Label, text);

    public static TableCell Code(string code) => new(CellKind.Code, code);

    public static TableCell LineNumber(int line) => new(CellKind.LineNumber, line.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public DisclosureTable Table(string id, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<HeaderCell>> header, IReadOnlyList<TableRow> rows, bool empty = false)
    {
        var spec = Template.Table(id);
        var note = empty && spec.EmptyNote is { } n
            ? TemplateText.FillText(n, new Dictionary<string, object?> { ["subject"] = Subject, ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unit"] = Accounts.Unit.Name })
            : null;
        var title = TemplateText.FillText(spec.Title, new Dictionary<string, object?> { ["threePublicScope"] = Template.Options.ThreePublicScope.Name() });
        var table = new DisclosureTable(id, spec.Code, title, Accounts.Unit.Name, Year, Format.Unit.Caption(), columns, header, empty ? [] : rows, note);
        return spec.LineNumbers ? table : table.WithoutColumns(name => name.EndsWith("行次", StringComparison.Ordinal));
    }
}
