using System.Globalization;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Documents.Xlsx;

namespace Juesuan.Documents.Workbooks;

/// <summary>
/// 决算填报模板 — the accounts workbook a preparer fills in Excel or WPS: one sheet per part of the accounts
/// file as <see cref="AccountsWorkbookLayout"/> lays it out, with drop-down lists for every choice, amount
/// and count validation, code names looked up from the year's catalogue, and — when accounts are given —
/// their figures already entered, so that reading the workbook back gives the same accounts.
/// </summary>
public static class AccountsWorkbookWriter
{
    /// <summary>Empty rows made ready (styles, drop-downs, name look-ups) below a line sheet's lines.</summary>
    public const int BlankRows = 200;

    // Cell formats, in the order Styles() writes them.
    private const uint Title = 1, Header = 2, Label = 3, TextInput = 4, LongInput = 5, AmountInput = 6, CountInput = 7, DateInput = 8, Shown = 9, Note = 10;

    /// <summary>An empty template for a fiscal year (of the standard layout, or of one over an extended field list).</summary>
    /// <remarks>Code names are looked up in <paramref name="catalogs"/>: the bureau's editions, or the shipped ones when null.</remarks>
    public static byte[] Template(int fiscalYear, AccountsWorkbookLayout? layout = null, CatalogEditions? catalogs = null) =>
        Write(fiscalYear, null, layout ?? AccountsWorkbookLayout.Standard, catalogs ?? CatalogEditions.Shipped);

    /// <summary>A workbook holding these accounts.</summary>
    public static byte[] Write(UnitAccounts accounts, AccountsFileSettings? settings = null, AccountsWorkbookLayout? layout = null, CatalogEditions? catalogs = null) =>
        Write(accounts.FiscalYear, JsonNode.Parse(AccountsWriter.Write(accounts, settings))!.AsObject(), layout ?? AccountsWorkbookLayout.Standard,
            catalogs ?? CatalogEditions.Shipped);

    private static byte[] Write(int fiscalYear, JsonObject? file, AccountsWorkbookLayout workbook, CatalogEditions catalogs)
    {
        var catalog = catalogs.ForYear(fiscalYear) ?? throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, catalogs.NoEdition(fiscalYear));
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = $"{fiscalYear}年度决算填报";
            package.PackageProperties.Creator = "Juesuan";
            var workbookPart = package.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = new Sheets();
            uint id = 1;
            void Add(string name, Worksheet worksheet, bool hidden = false)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = worksheet;
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name, State = hidden ? SheetStateValues.Hidden : null });
            }

            Add(AccountsWorkbookLayout.InstructionsSheet, Instructions(fiscalYear));
            foreach (var layout in workbook.Sheets)
            {
                Add(layout.Name, layout switch
                {
                    FieldSheet fields => Fields(fields, file, fiscalYear),
                    LineSheet lines => Lines(lines, file, catalog),
                    _ => throw new InvalidOperationException(layout.GetType().Name),
                });
            }
            Add(AccountsWorkbookLayout.CatalogueSheet, Catalogue(catalog), hidden: true);
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 1U }),
                sheets,
                new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
        }
        return stream.ToArray();
    }

    private static Worksheet Instructions(int fiscalYear)
    {
        string[] lines =
        [
            $"{fiscalYear}年度部门决算填报工作簿",
            "",
            "1. 每个工作表对应决算数据的一部分：基本情况、收入、支出、基本支出经济分类、结转和结余、预算、三公经费、政府采购、国有资产、车辆、项目、绩效管理、上年决算数、原因说明。",
            "2. 只填明细，不填合计：各表合计、九张公开表和情况说明中的数字都由明细计算。",
            "3. 金额一律以元为单位，最多两位小数，不要写“万元”或文字；计数填整数。",
            "4. 科目编码按文本填写：功能分类填7位项级编码，经济分类填5位款级编码；“科目名称”一列自动显示，不必填写。",
            "5. 带 * 的项目或列必须填写；有下拉列表的单元格请从列表中选择。",
            "6. 明细表可以增删行，但不要改动第1、2行和列标题；空行会被忽略。",
            "7. 导入时会检查每一个单元格，并逐条列出问题所在的工作表和单元格；有任何问题时不会导入任何数据。",
        ];
        var data = new SheetData();
        for (var i = 0; i < lines.Length; i++)
        {
            var row = new Row { RowIndex = (uint)(i + 1) };
            row.Append(XlsxRenderer.TextCell(1, i + 1, lines[i], i == 0 ? Title : 0));
            data.Append(row);
        }
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new Columns(new Column { Min = 1, Max = 1, Width = 120, CustomWidth = true }),
            data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
    }

    private static Worksheet Fields(FieldSheet layout, JsonObject? file, int fiscalYear)
    {
        var data = new SheetData();
        var validations = new List<DataValidation>();
        data.Append(TitleRow(layout.Title));
        data.Append(HeaderRow(["项目", "内容", "说明"]));
        var rowIndex = AccountsWorkbookLayout.HeaderRow;
        foreach (var input in layout.Inputs)
        {
            rowIndex++;
            var value = input.Field == "fiscalYear" && file is null ? JsonValue.Create(fiscalYear) : Find(file, input.Field);
            var row = new Row { RowIndex = (uint)rowIndex };
            row.Append(
                XlsxRenderer.TextCell(1, rowIndex, input.Label + (input.Required ? " *" : ""), Label),
                InputCell(input, 2, rowIndex, value),
                XlsxRenderer.TextCell(3, rowIndex, input.Note ?? "", Note));
            if (input.Type == InputType.LongText) (row.Height, row.CustomHeight) = (TextHeight(value?.GetValue<string>()), true);
            data.Append(row);
            if (Validation(input, XlsxRenderer.Reference(2, rowIndex)) is { } validation) validations.Add(validation);
        }
        return Sheet(data, [34, 60, 44], 3, validations);
    }

    private static Worksheet Lines(LineSheet layout, JsonObject? file, CodeCatalog catalog)
    {
        var data = new SheetData();
        var validations = new List<DataValidation>();
        var columns = layout.Columns;
        data.Append(TitleRow(layout.Title));
        data.Append(HeaderRow(columns.Select(c => c.Label + (c.Required ? " *" : "")).ToArray()));
        var lines = LinesOf(layout, file, catalog);
        // Each name column shows the name of the code in the read column with the same field.
        var codeColumns = columns.Select(c => c.Type == InputType.CodeName ? columns.ToList().FindIndex(k => k.Field == c.Field && k.IsRead) + 1 : 0).ToArray();
        var first = AccountsWorkbookLayout.HeaderRow + 1;
        var last = first + lines.Count + BlankRows - 1;
        for (var r = first; r <= last; r++)
        {
            var line = r - first < lines.Count ? lines[r - first] : null;
            var row = new Row { RowIndex = (uint)r };
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                row.Append(column.Type switch
                {
                    InputType.CodeName => NameLookup(c + 1, r, codeColumns[c], column, line, catalog),
                    InputType.ReasonMeaning => XlsxRenderer.TextCell(c + 1, r, line?[column.Field] is { } key ? ReasonKeys.Meaning(key.GetValue<string>()) ?? "" : "", Shown),
                    _ => InputCell(column, c + 1, r, line?[column.Field]),
                });
            }
            data.Append(row);
        }
        for (var c = 0; c < columns.Count; c++)
        {
            var range = $"{XlsxRenderer.Reference(c + 1, first)}:{XlsxRenderer.Reference(c + 1, last)}";
            if (Validation(columns[c], range) is { } validation) validations.Add(validation);
        }
        return Sheet(data, columns.Select(c => c.Width).ToArray(), columns.Count, validations);
    }

    /// <summary>The lines a line sheet shows: the array's objects, or a keyed object's entries as {@key, @value}.</summary>
    private static List<JsonObject> LinesOf(LineSheet layout, JsonObject? file, CodeCatalog catalog)
    {
        var node = Find(file, layout.Field);
        if (layout.Values)
            return node is JsonArray values ? values.Select(v => new JsonObject { [LineSheet.Value] = v?.DeepClone() }).ToList() : [];
        if (!layout.Keyed)
            return node is JsonArray array ? array.Select(n => n!.AsObject()).ToList() : [];
        var entries = node is JsonObject map ? map.Select(kv => (kv.Key, Value: kv.Value?.DeepClone())).ToList() : [];
        if (layout.Field == "reasons")
        {
            // Offer every reason a preparer may be asked for, with its meaning: the fixed ones and one per budgeted 项.
            var budgeted = (Find(file, "budgets") as JsonArray ?? []).Select(b => ReasonKeys.ItemVsBudget(b!["code"]!.GetValue<string>()));
            foreach (var key in ReasonKeys.FixedKeys.Concat(budgeted))
                if (entries.All(e => e.Key != key)) entries.Add((key, null));
        }
        return entries.Select(e => new JsonObject { [LineSheet.Key] = e.Key, [LineSheet.Value] = e.Value }).ToList();
    }

    private static Cell NameLookup(int column, int row, int codeColumn, Input input, JsonObject? line, CodeCatalog catalog)
    {
        var code = line?[input.Field]?.GetValue<string>();
        var name = code is null ? "" : catalog.Find(input.Codes, code)?.Name ?? "";
        var codeCell = XlsxRenderer.Reference(codeColumn, row);
        return new Cell
        {
            CellReference = XlsxRenderer.Reference(column, row),
            CellFormula = new CellFormula($"IF({codeCell}=\"\",\"\",IFERROR(VLOOKUP({codeCell}&\"\",{AccountsWorkbookLayout.CatalogueSheet}!$A:$B,2,FALSE),\"（目录中没有此科目）\"))"),
            CellValue = new CellValue(name),
            DataType = CellValues.String,
            StyleIndex = Shown,
        };
    }

    private static Cell InputCell(Input input, int column, int row, JsonNode? value)
    {
        var reference = XlsxRenderer.Reference(column, row);
        var style = input.Type switch
        {
            InputType.Amount or InputType.Number => AmountInput,
            InputType.Count => CountInput,
            InputType.Date => DateInput,
            InputType.LongText => LongInput,
            _ => TextInput,
        };
        if (value is null) return new Cell { CellReference = reference, StyleIndex = style };
        string? number = input.Type switch
        {
            InputType.Amount or InputType.Count or InputType.Number => value.ToJsonString(),
            InputType.Date => (DateOnly.ParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (number is not null)
            return new Cell { CellReference = reference, CellValue = new CellValue(number), DataType = CellValues.Number, StyleIndex = style };
        var text = input.Type switch
        {
            InputType.Choice => input.Choices!.First(c => c.Value == value.GetValue<string>()).Name,
            InputType.YesNo => value.GetValue<bool>() ? "是" : "否",
            _ => value.GetValue<string>(),
        };
        return XlsxRenderer.TextCell(column, row, text, style);
    }

    /// <summary>A row height (points) that shows a long text whole in the 60-character value column: 15 points a line.</summary>
    private static double TextHeight(string? text)
    {
        var lines = (text ?? "").Split('\n').Sum(line => Math.Max(1, (line.Length + 31) / 32));
        return Math.Clamp(lines * 15, 45, 400);
    }

    /// <summary>Day 0 of Excel's date serial numbers (as the 1900 system counts after February 1900).</summary>
    public static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static DataValidation? Validation(Input input, string range)
    {
        DataValidation Make(DataValidationValues type, string title, string message) => new()
        {
            Type = type,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = title,
            Error = message,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
        switch (input.Type)
        {
            case InputType.Choice or InputType.YesNo:
                var labels = input.Type == InputType.YesNo ? ["是", "否"] : input.Choices!.Select(c => c.Name);
                var list = Make(DataValidationValues.List, input.Label, "请从下拉列表中选择");
                list.Append(new Formula1($"\"{string.Join(",", labels)}\""));
                return list;
            case InputType.Amount:
                var amount = Make(DataValidationValues.Decimal, "金额", "请填写以元为单位、不小于0的金额，最多两位小数");
                amount.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                amount.Append(new Formula1("0"));
                return amount;
            case InputType.Number:
                var number = Make(DataValidationValues.Decimal, input.Label, "请填写不小于0的数，最多两位小数");
                number.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                number.Append(new Formula1("0"));
                return number;
            case InputType.Count:
                var count = Make(DataValidationValues.Whole, input.Label, "请填写不小于0的整数");
                count.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                count.Append(new Formula1("0"));
                return count;
            default:
                return null;
        }
    }

    private static Worksheet Catalogue(CodeCatalog catalog)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        header.Append(XlsxRenderer.TextCell(1, 1, "科目编码", Header), XlsxRenderer.TextCell(2, 1, "科目名称", Header),
            XlsxRenderer.TextCell(3, 1, "级次", Header), XlsxRenderer.TextCell(4, 1, "分类", Header));
        data.Append(header);
        var r = 1;
        foreach (var code in catalog.Codes)
        {
            r++;
            var row = new Row { RowIndex = (uint)r };
            row.Append(
                XlsxRenderer.TextCell(1, r, code.Code, 0),
                XlsxRenderer.TextCell(2, r, code.Name, 0),
                XlsxRenderer.TextCell(3, r, ClassificationCode.LevelName(code.Level), 0),
                XlsxRenderer.TextCell(4, r, code.Kind == CodeKind.Function ? "支出功能分类" : "部门预算支出经济分类", 0));
            data.Append(row);
        }
        return new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 12, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true }), data);
    }

    private static Row TitleRow(string title)
    {
        var row = new Row { RowIndex = 1U, Height = 24, CustomHeight = true };
        row.Append(XlsxRenderer.TextCell(1, 1, title, Title));
        return row;
    }

    private static Row HeaderRow(IReadOnlyList<string> labels)
    {
        var row = new Row { RowIndex = (uint)AccountsWorkbookLayout.HeaderRow };
        for (var c = 0; c < labels.Count; c++) row.Append(XlsxRenderer.TextCell(c + 1, AccountsWorkbookLayout.HeaderRow, labels[c], Header));
        return row;
    }

    private static Worksheet Sheet(SheetData data, IReadOnlyList<double> widths, int columns, List<DataValidation> validations)
    {
        var cols = new Columns();
        for (var c = 0; c < widths.Count; c++) cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = AccountsWorkbookLayout.HeaderRow,
                TopLeftCell = XlsxRenderer.Reference(1, AccountsWorkbookLayout.HeaderRow + 1),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0U }),
            cols,
            data,
            new MergeCells(new MergeCell { Reference = XlsxRenderer.Range(1, 1, columns, 1) }));
        if (validations.Count > 0) worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9U, Orientation = widths.Sum() > 120 ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1U, FitToHeight = 0U });
        return worksheet;
    }

    /// <summary>The node at a dotted path of the file, or null.</summary>
    private static JsonNode? Find(JsonObject? file, string path)
    {
        JsonNode? node = file;
        foreach (var part in path.Split('.'))
            node = node is JsonObject o ? o[part] : null;
        return node;
    }

    private static Stylesheet Styles()
    {
        static Font Font(double size, bool bold, string? color = null)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = size });
            if (color is not null) font.Append(new Color { Rgb = color });
            font.Append(new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
            return font;
        }
        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }) { PatternType = PatternValues.Solid });
        static CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, uint numberFormat = 0, bool wrap = false, bool top = false) => new(
            new Alignment { Horizontal = horizontal, Vertical = top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center, WrapText = wrap })
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat,
            ApplyFont = true, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyAlignment = true, ApplyNumberFormat = numberFormat > 0,
        };
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164U, FormatCode = "#,##0.00" },
                new NumberingFormat { NumberFormatId = 165U, FormatCode = "yyyy-mm-dd" })
            { Count = 2U },
            new Fonts(Font(11, false), Font(14, true), Font(10, true), Font(10, false), Font(9, false, "FF666666")) { Count = 5U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFDDE4EE"), Solid("FFF2F2F2"))
            { Count = 4U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2U },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                Format(1, 0, 0, HorizontalAlignmentValues.Left),                         // Title
                Format(2, 2, 1, HorizontalAlignmentValues.Center, wrap: true),           // Header
                Format(2, 3, 1, HorizontalAlignmentValues.Left, wrap: true),             // Label
                Format(3, 0, 1, HorizontalAlignmentValues.Left, 49U),                    // TextInput (text format keeps codes' digits)
                Format(3, 0, 1, HorizontalAlignmentValues.Left, 49U, wrap: true, top: true), // LongInput
                Format(3, 0, 1, HorizontalAlignmentValues.Right, 164U),                  // AmountInput
                Format(3, 0, 1, HorizontalAlignmentValues.Right, 1U),                    // CountInput
                Format(3, 0, 1, HorizontalAlignmentValues.Center, 165U),                 // DateInput
                Format(3, 3, 1, HorizontalAlignmentValues.Left),                         // Shown
                Format(4, 0, 0, HorizontalAlignmentValues.Left, wrap: true))             // Note
            { Count = 11U });
    }
}
