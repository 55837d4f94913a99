using System.Globalization;
using System.Text;
using Juesuan.Accounts;
using Juesuan.Amounts;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;
using Juesuan.Documents.Csv;
using Juesuan.Testing;

namespace Juesuan.Documents.Tests;

public class TableCsvTests
{
    private static readonly UnitAccounts Sample = AccountsReader.Read(File.ReadAllText(RepoPaths.SampleAccounts), "accounts.json").Accounts!;

    [Fact]
    public void A_disclosure_with_self_evaluations_names_every_table_file_apart()
    {
        var performance = Juesuan.Performance.PerformanceReader.Read(File.ReadAllText(RepoPaths.File("samples", "datong-cast-2021", "performance.json")), "performance.json").File!;
        var document = DisclosureBuilder.Build(Sample, DisclosureOptions.For(AccountsFileSettings.None, performance));
        var names = document.Tables.Select(TableCsv.FileName).ToArray();
        Assert.True(names.Length > 9);
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.Equal("01-收入支出决算总表.csv", names[0]);
        // The self-evaluation tables, which have no 公开表 code, are named by their id.
        Assert.All(names[9..], n => Assert.DoesNotMatch("^[0-9]{2}-", n));
    }

    /// <summary>RFC 4180 records of a CSV file, after checking and dropping its UTF-8 byte-order mark.</summary>
    private static List<List<string>> Read(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var records = new List<List<string>>();
        var (record, field, quoted) = (new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') (field, i) = (field.Append('"'), i + 1);
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') (record, field) = (Add(record, field), new StringBuilder());
            else if (c == '\r' && text[i + 1] == '\n')
            {
                records.Add(Add(record, field));
                (record, field, i) = (new List<string>(), new StringBuilder(), i + 1);
            }
            else field.Append(c);
        }
        Assert.Empty(record);
        return records;

        static List<string> Add(List<string> r, StringBuilder f)
        {
            r.Add(f.ToString());
            return r;
        }
    }

    [Theory]
    [InlineData(AmountUnit.Yuan)]
    [InlineData(AmountUnit.TenThousandYuan)]
    public void Every_cell_reads_back_as_the_document_model_has_it_amounts_exact_in_yuan(AmountUnit unit)
    {
        var document = DisclosureBuilder.Build(Sample, new DisclosureOptions(unit));
        Assert.Equal(9, document.Tables.Count());
        foreach (var table in document.Tables)
        {
            var records = Read(TableCsv.Write(table));
            Assert.Equal(table.Columns.Count, records[0].Count);
            Assert.Equal(table.Rows.Count, records.Count - 1);
            for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = table.Rows[r].Cells[c];
                var field = records[r + 1][c];
                if (cell.Kind == CellKind.Amount)
                {
                    Assert.EndsWith("（元）", records[0][c]);
                    Assert.Equal(cell.Yuan, decimal.Parse(field, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                }
                else Assert.Equal(cell.Kind == CellKind.Blank ? "" : cell.Text, field);
            }
        }
    }

    [Fact]
    public void The_income_table_names_its_columns_and_states_its_totals()
    {
        var t2 = DisclosureBuilder.Build(Sample).Tables.Single(t => t.Id == "T2");
        var records = Read(TableCsv.Write(t2));
        Assert.Equal("科目编码,科目名称,本年收入合计（元）,财政拨款收入（元）", string.Join(',', records[0].Take(4)));
        Assert.Equal(["合计", "", "3916264.87", "3915995.04"], records[1].Take(4));
        Assert.Equal("02-收入决算表.csv", TableCsv.FileName(t2));
    }

    [Fact]
    public void An_empty_table_keeps_its_header_and_has_no_rows()
    {
        var t8 = DisclosureBuilder.Build(Sample).Tables.Single(t => t.Id == "T8");
        var records = Read(TableCsv.Write(t8));
        Assert.Equal("科目编码,科目名称,年初结转和结余（元）,本年收入（元）,本年支出小计（元）,基本支出（元）,项目支出（元）,年末结转和结余（元）", string.Join(',', Assert.Single(records)));
    }

    [Fact]
    public void Text_is_quoted_and_never_runs_as_a_spreadsheet_formula()
    {
        var labels = new[] { "=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-2+3", "甲,乙", "称“丙”\"丁\"", "第一行\n第二行" };
        var table = new DisclosureTable("T2", "公开02表", "收入决算表", "单位", 2021, "金额单位：元", ["科目名称", "本年收入合计"], [],
            labels.Select(l => new TableRow(null, RowRole.Item, [new TableCell(CellKind.Label, l), new TableCell(CellKind.Amount, "-1.00", -1m)])).ToArray(), null);
        var records = Read(TableCsv.Write(table));
        Assert.Equal(["'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-2+3", "甲,乙", "称“丙”\"丁\"", "第一行\n第二行"], records.Skip(1).Select(r => r[0]));
        Assert.All(records.Skip(1), r => Assert.Equal("-1.00", r[1]));
    }
}
