using System.Globalization;
using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Documents.Workbooks;

/// <summary>
/// 决算填报工作簿导入 — reads a filled accounts workbook (<see cref="AccountsWorkbookLayout"/>) into accounts.
/// Each cell is turned into the field of the accounts file it stands for; the accounts reader then judges
/// the whole file as it judges a JSON file, and every problem is reported at the sheet and cell it came
/// from ("支出 E12：金额应为金额（以元为单位的数字），实际为文本“约三万”"). A workbook with any problem
/// yields no accounts.
/// </summary>
public static partial class AccountsWorkbookReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\$(\.[A-Za-z0-9_]+|\[\d+\])+")]
    private static partial System.Text.RegularExpressions.Regex JsonPathPattern();

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    /// <summary>Whether a workbook is an accounts workbook (it has the profile sheet).</summary>
    public static bool Recognises(WorkbookCells workbook) => workbook.Sheet(AccountsWorkbookLayout.ProfileSheet) is not null;

    /// <summary>
    /// Reads an accounts workbook; codes are checked against <paramref name="catalogs"/> (the shipped editions when null).
    /// A department's workbook lists its member files in 决算单位构成, which <paramref name="readMember"/> resolves.
    /// </summary>
    public static AccountsReadResult Read(WorkbookCells workbook, AccountsWorkbookLayout? layout = null, Catalog.CatalogEditions? catalogs = null,
        Func<string, MemberFile?>? readMember = null)
    {
        var sheets = layout ?? AccountsWorkbookLayout.Standard;
        var reading = new Reading(workbook);
        if (!Recognises(workbook))
            reading.Error(ErrorLocation.AtSheet(workbook.FileName, AccountsWorkbookLayout.ProfileSheet), ErrorCodes.NotRecognised, $"缺少工作表“{AccountsWorkbookLayout.ProfileSheet}”：这不是决算填报工作簿（可用 juesuan template 生成模板）");
        if (Recognises(workbook)) reading.Sheets(sheets);
        // A department's figures come from its members: a part it leaves blank is not asked for (one it fills is refused by the reader).
        var department = sheets.Sheets.OfType<LineSheet>().Any(l => l.Values && workbook.Sheet(l.Name) is { } s && !Blank(s));
        foreach (var sheetLayout in sheets.Sheets)
        {
            if (workbook.Sheet(sheetLayout.Name) is not { } sheet) continue;
            if (sheetLayout is FieldSheet fields)
            {
                if (department && sheetLayout.Name != AccountsWorkbookLayout.ProfileSheet && Blank(sheet, column: 2)) continue;
                reading.Fields(fields, sheet);
            }
            else reading.Lines((LineSheet)sheetLayout, sheet);
        }
        var result = AccountsReader.Read(reading.File.ToJsonString(), workbook.FileName, readMember, sheets.Fields, catalogs);
        // The reader's errors about this workbook point at its cells; a member file's errors stay where they are.
        var own = result.Errors.Where(e => e.File == workbook.FileName);
        var errors = reading.Errors
            .Concat(own.Where(e => !reading.AlreadyReported(e.Where)).Select(e => e with { Location = reading.Place(e.Where), Message = reading.PlacesIn(e.Message) }))
            .Concat(result.Errors.Where(e => e.File != workbook.FileName))
            .ToArray();
        return new AccountsReadResult(errors.Length == 0 ? result.Accounts : null, errors, result.Settings);
    }

    /// <summary>Whether a sheet has nothing below its header row (in one column, or in any).</summary>
    private static bool Blank(SheetCells sheet, int? column = null)
    {
        for (var r = AccountsWorkbookLayout.HeaderRow + 1; r <= sheet.LastRow; r++)
            foreach (var c in column is { } only ? [only] : sheet.Columns(r))
                if (!sheet[r, c].IsBlank) return false;
        return true;
    }

    private sealed class Reading(WorkbookCells workbook)
    {
        public JsonObject File { get; } = new() { ["format"] = AccountsReader.FormatId };
        public List<FileError> Errors { get; } = [];

        /// <summary>JSON paths whose cell this reading has already reported; the accounts reader's word on them is not repeated.</summary>
        public HashSet<string> Reported { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Whether the accounts reader's word on a path adds nothing: the cell was reported here, or the path
        /// holds a reported cell (an object the reader misses because its cells were wrong or blank).
        /// </summary>
        public bool AlreadyReported(string path) =>
            Reported.Contains(path) || Reported.Any(r => r.StartsWith(path + ".", StringComparison.Ordinal) || r.StartsWith(path + "[", StringComparison.Ordinal));

        /// <summary>Where each JSON path of the file came from: a cell ("收入 D12"), or a row ("收入 第12行") for a whole line.</summary>
        private readonly Dictionary<string, ErrorLocation> _places = new(StringComparer.Ordinal);

        public void Error(ErrorLocation where, string code, string message) => Errors.Add(new FileError(code, where, message));

        /// <summary>The workbook place of a JSON path, or of the nearest enclosing path that has one.</summary>
        public ErrorLocation Place(string path)
        {
            for (var p = path; p.Length > 1;)
            {
                if (_places.TryGetValue(p, out var place)) return place;
                var cut = p.LastIndexOfAny(['.', '[']);
                if (cut <= 0) break;
                p = p[..cut];
            }
            return ErrorLocation.AtSheet(workbook.FileName, AccountsWorkbookLayout.ProfileSheet);
        }

        /// <summary>A message that names another line by its JSON path ("与 $.income[0] 重复") names its place instead.</summary>
        public string PlacesIn(string message) => JsonPathPattern().Replace(message, m => Place(m.Value).Where);

        private void Remember(string path, ErrorLocation place) => _places.TryAdd(path, place);

        /// <summary>
        /// Every sheet of the layout must be there under its own name, so that no part is silently read as empty: a missing
        /// sheet is refused (those of optional lists only when the workbook has a sheet the layout does not know, a likely
        /// rename), and so is a sheet the layout does not know.
        /// </summary>
        public void Sheets(AccountsWorkbookLayout layout)
        {
            var known = layout.Sheets.Select(s => s.Name).Append(AccountsWorkbookLayout.InstructionsSheet).Append(AccountsWorkbookLayout.CatalogueSheet)
                .ToHashSet(StringComparer.Ordinal);
            var unknown = workbook.SheetNames.Where(n => !known.Contains(n)).ToArray();
            var missing = layout.Sheets.Where(s => workbook.Sheet(s.Name) is null && (unknown.Length > 0 || s is not LineSheet { Keyed: true } and not LineSheet { Values: true }))
                .Select(s => s.Name).ToArray();
            var found = string.Join("、", workbook.SheetNames.Select(n => $"“{n}”"));
            foreach (var name in missing)
                Error(ErrorLocation.Of(workbook.FileName), ErrorCodes.Missing, $"缺少工作表“{name}”（工作簿中的工作表为：{found}）；请不要删除或改名模板中的工作表");
            foreach (var name in unknown)
                Error(ErrorLocation.AtSheet(workbook.FileName, name), ErrorCodes.Unknown,
                    $"模板中没有工作表“{name}”{(missing.Length > 0 ? $"（缺少的是：{string.Join("、", missing.Select(m => $"“{m}”"))}）" : "")}；如是改名，请改回原名；如是自行添加的，请删除后再导入");
        }

        public void Fields(FieldSheet layout, SheetCells sheet)
        {
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            var known = layout.Inputs.Select(i => i.Label).ToHashSet(StringComparer.Ordinal);
            for (var r = AccountsWorkbookLayout.HeaderRow + 1; r <= sheet.LastRow; r++)
            {
                var cell = sheet[r, 1];
                if (cell.IsBlank) continue;
                var label = Label(cell.Text);
                if (!known.Contains(label))
                    Error(sheet.At(r, 1), ErrorCodes.Unknown, $"未知的项目“{label}”；本表的项目为：{string.Join("、", known)}");
                else if (!rows.TryAdd(label, r))
                    Error(sheet.At(r, 1), ErrorCodes.Duplicate, $"项目“{label}”与第{rows[label]}行重复");
            }
            foreach (var input in layout.Inputs)
            {
                var path = "$." + input.Field;
                if (!rows.TryGetValue(input.Label, out var row))
                {
                    Remember(path, sheet.Whole);
                    if (input.Required) { Error(sheet.Whole, ErrorCodes.Missing, $"缺少项目“{input.Label}”（第A列）"); Reported.Add(path); }
                    continue;
                }
                var where = sheet.At(row, 2);
                for (var p = path; p.Contains('.', StringComparison.Ordinal); p = p[..p.LastIndexOf('.')]) Remember(p, where);
                if (Convert(input, sheet[row, 2], where, path) is { } value) Set(File, input.Field, value);
            }
        }

        public void Lines(LineSheet layout, SheetCells sheet)
        {
            var header = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in sheet.Columns(AccountsWorkbookLayout.HeaderRow))
                header.TryAdd(Label(sheet[AccountsWorkbookLayout.HeaderRow, c].Text), c);
            var columns = new List<(Input Input, int Column)>();
            foreach (var input in layout.Columns.Where(c => c.IsRead))
            {
                if (header.TryGetValue(input.Label, out var c)) columns.Add((input, c));
                else Error(sheet.AtRow(AccountsWorkbookLayout.HeaderRow), ErrorCodes.Missing, $"缺少列“{input.Label}”（请不要改动列标题；应有：{string.Join("、", layout.Columns.Select(i => i.Label).Distinct())}）");
            }
            if (columns.Count < layout.Columns.Count(c => c.IsRead)) return;

            var array = new JsonArray();
            var map = new JsonObject();
            var keyRows = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = AccountsWorkbookLayout.HeaderRow + 1; r <= sheet.LastRow; r++)
            {
                if (columns.All(c => sheet[r, c.Column].IsBlank)) continue;
                if (layout.Values)
                {
                    var (valueInput, valueColumn) = columns.Single();
                    var itemPath = $"$.{layout.Field}[{array.Count}]";
                    Remember(itemPath, sheet.At(r, valueColumn));
                    if (Convert(valueInput, sheet[r, valueColumn], sheet.At(r, valueColumn), itemPath) is { } item) array.Add(item);
                    continue;
                }
                if (layout.Keyed)
                {
                    var (keyInput, keyColumn) = columns.First(c => c.Input.Field == LineSheet.Key);
                    var (valueInput, valueColumn) = columns.First(c => c.Input.Field == LineSheet.Value);
                    if (sheet[r, valueColumn].IsBlank) continue;
                    var keyWhere = sheet.At(r, keyColumn);
                    if (Convert(keyInput, sheet[r, keyColumn], keyWhere, keyWhere.Where) is not { } keyNode) continue;
                    var key = keyNode.GetValue<string>();
                    if (!keyRows.TryAdd(key, r)) { Error(keyWhere, ErrorCodes.Duplicate, $"“{key}”与第{keyRows[key]}行重复，每个{keyInput.Label}只能填写一行"); continue; }
                    var path = $"$.{layout.Field}.{key}";
                    Remember(path, sheet.At(r, valueColumn));
                    if (Convert(valueInput, sheet[r, valueColumn], sheet.At(r, valueColumn), path) is { } value) map[key] = value;
                    continue;
                }
                var linePath = $"$.{layout.Field}[{array.Count}]";
                Remember(linePath, sheet.AtRow(r));
                var line = new JsonObject();
                foreach (var (input, column) in columns)
                {
                    var where = sheet.At(r, column);
                    var fieldPath = $"{linePath}.{input.Field}";
                    Remember(fieldPath, where);
                    if (Convert(input, sheet[r, column], where, fieldPath) is { } value) line[input.Field] = value;
                }
                array.Add(line);
            }
            if (array.Count > 0) Set(File, layout.Field, array);
            if (map.Count > 0) Set(File, layout.Field, map);
        }

        /// <summary>
        /// The JSON value a cell stands for; null when blank or when the cell is wrong, which is then
        /// reported here (so the path is marked as reported).
        /// </summary>
        private JsonNode? Convert(Input input, CellContent cell, ErrorLocation where, string path)
        {
            if (cell.IsBlank)
            {
                if (input.Required) Fail(ErrorCodes.Missing, $"{input.Label}不能为空");
                return null;
            }
            if (cell.Kind == CellContentKind.Error) return Fail(ErrorCodes.WrongType, $"{input.Label}应为{Expected(input)}，实际为{cell.Describe()}");
            var text = cell.Text.Trim();
            switch (input.Type)
            {
                case InputType.Amount:
                    return cell.Number() is { } number ? JsonValue.Create(number) : Fail(ErrorCodes.WrongType, $"{input.Label}应为金额（以元为单位的数字），实际为{cell.Describe()}", Hints.Amount);
                case InputType.Number:
                    return cell.Number() is { } value ? JsonValue.Create(value) : Fail(ErrorCodes.WrongType, $"{input.Label}应为数，实际为{cell.Describe()}");
                case InputType.Count:
                    if (cell.Number() is { } count)
                        return count == decimal.Truncate(count) && count is >= int.MinValue and <= int.MaxValue ? JsonValue.Create((int)count) : JsonValue.Create(count);
                    return Fail(ErrorCodes.WrongType, $"{input.Label}应为整数，实际为{cell.Describe()}");
                case InputType.Date:
                    if (cell.Kind == CellContentKind.Number && cell.Number() is { } serial && serial is >= 1 and < 2958466)
                        return JsonValue.Create(AccountsWorkbookWriter.ExcelEpoch.AddDays((int)serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    if (cell.Kind == CellContentKind.Text && DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    return Fail(ErrorCodes.WrongType, $"{input.Label}应为日期（如 2022-07-25），实际为{cell.Describe()}");
                case InputType.Choice:
                    var choice = input.Choices!.FirstOrDefault(c => c.Name == text || c.Value == text);
                    return choice is not null ? JsonValue.Create(choice.Value) : Fail(ErrorCodes.NotAllowed, $"{input.Label}应为{Expected(input)}，实际为{cell.Describe()}");
                case InputType.YesNo:
                    if (text is "是" or "TRUE" or "Y" or "y" or "1") return JsonValue.Create(true);
                    if (text is "否" or "FALSE" or "N" or "n" or "0") return JsonValue.Create(false);
                    return Fail(ErrorCodes.NotAllowed, $"{input.Label}应为“是”或“否”，实际为{cell.Describe()}");
                default:
                    if (cell.Kind == CellContentKind.Number && input.Type == InputType.Code && cell.Number() is { } code)
                        return JsonValue.Create(code.ToString(CultureInfo.InvariantCulture));
                    return JsonValue.Create(input.Type == InputType.LongText ? cell.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() : text);
            }

            JsonNode? Fail(string code, string message, string? hint = null)
            {
                Errors.Add(new FileError(code, where, message, hint));
                Reported.Add(path);
                return null;
            }
        }

        private static string Expected(Input input) => input.Type switch
        {
            InputType.Choice => string.Join("、", input.Choices!.Select(c => $"“{c.Name}”")) + "之一",
            InputType.Amount => "金额",
            InputType.Count => "整数",
            InputType.Number => "数",
            InputType.Date => "日期",
            InputType.YesNo => "“是”或“否”",
            _ => "文本",
        };

        /// <summary>A row label or column header as the layout spells it: the required mark and spaces taken off.</summary>
        private static string Label(string text) => text.Trim().TrimEnd('*', ' ', '＊').Trim();
    }

    private static void Set(JsonObject root, string field, JsonNode value)
    {
        var parts = field.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child) node[part] = child = new JsonObject();
            node = child;
        }
        node[parts[^1]] = value;
    }
}
