using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Juesuan.Catalog;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Documents.Classification;

/// <summary>
/// 科目目录导入 — reads one classification of one year from the workbook or CSV a budget system exports:
/// columns found by their headings (科目编码, 科目名称, and 科目说明 where given), the level told by the
/// number of digits. Every problem is reported at its sheet and cell (or line and column); a file with any
/// problem yields nothing, so a catalogue is never half-loaded.
/// </summary>
public static class CatalogImportReader
{
    /// <summary>More rows than any real edition has (about 1,600 function codes and 130 economic ones).</summary>
    public const int MaxRows = 20_000;

    private const int MaxNameLength = 100;
    private const int MaxExplanationLength = 2_000;
    private const int HeaderSearchRows = 20;

    private static readonly string[] CodeHeadings = ["科目编码", "科目代码", "编码"];
    private static readonly string[] NameHeadings = ["科目名称", "名称"];
    private static readonly string[] ExplanationHeadings = ["科目说明", "说明"];

    /// <summary>The largest file read; a full edition exported as a workbook is well under a megabyte.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>A file too large to be a catalogue, refused by its size alone.</summary>
    public static FileError TooLargeFile(string fileName) =>
        new(ErrorCodes.TooLarge, ErrorLocation.Of(fileName), $"文件超过 {MaxFileBytes / 1024 / 1024} MB，不像是科目目录");

    public static CatalogImportResult Read(byte[] content, string fileName, int year, CodeKind kind, string source)
    {
        if (content.Length > MaxFileBytes) return new CatalogImportResult(null, [TooLargeFile(fileName)]);
        var table = IsWorkbook(fileName) ? FromWorkbook(content, fileName) : FromCsv(content, fileName);
        return table.Error is { } error ? new CatalogImportResult(null, [error]) : Read(table.Rows, fileName, year, kind, source);
    }

    /// <summary>Whether the name is one of a workbook (.xlsx); anything else is read as CSV.</summary>
    public static bool IsWorkbook(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>One row of the file: its cells, and where each one is.</summary>
    private sealed record Row(IReadOnlyList<string> Cells, Func<int, ErrorLocation> At);

    private static CatalogImportResult Read(IReadOnlyList<Row> rows, string fileName, int year, CodeKind kind, string source)
    {
        var errors = new List<FileError>();
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(rows.Count, HeaderSearchRows) && headerIndex < 0; i++)
            if (Column(rows[i], CodeHeadings) >= 0) headerIndex = i;
        if (headerIndex < 0)
            return new CatalogImportResult(null, [new FileError(ErrorCodes.Missing, ErrorLocation.Of(fileName),
                $"前{HeaderSearchRows}行中没有找到表头“科目编码”；目录文件应有“科目编码”“科目名称”两列（“科目说明”可选）")]);
        var header = rows[headerIndex];
        var (codeColumn, nameColumn, explanationColumn) = (Column(header, CodeHeadings), Column(header, NameHeadings), Column(header, ExplanationHeadings));
        if (nameColumn < 0)
            return new CatalogImportResult(null, [new FileError(ErrorCodes.Missing, header.At(codeColumn), "表头行中没有“科目名称”列")]);

        var codes = new List<ClassificationCode>();
        var firstRow = new Dictionary<string, ErrorLocation>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(headerIndex + 1))
        {
            var code = Cell(row, codeColumn);
            var name = Cell(row, nameColumn);
            var explanation = explanationColumn < 0 ? "" : Cell(row, explanationColumn);
            if (code.Length == 0 && name.Length == 0 && explanation.Length == 0) continue;
            var at = row.At(codeColumn);
            if (CodeProblem(code, kind) is { } problem) { errors.Add(new FileError(ErrorCodes.Code, at, problem)); continue; }
            if (name.Length == 0) { errors.Add(new FileError(ErrorCodes.Missing, row.At(nameColumn), $"科目“{code}”缺少科目名称")); continue; }
            if (name.Length > MaxNameLength) { errors.Add(new FileError(ErrorCodes.OutOfRange, row.At(nameColumn), $"科目名称最多{MaxNameLength}个字，实际为{name.Length}个字")); continue; }
            if (explanation.Length > MaxExplanationLength)
            {
                errors.Add(new FileError(ErrorCodes.OutOfRange, row.At(explanationColumn), $"科目说明最多{MaxExplanationLength}个字，实际为{explanation.Length}个字"));
                continue;
            }
            if (!firstRow.TryAdd(code, at)) { errors.Add(new FileError(ErrorCodes.Duplicate, at, $"科目“{code}”重复（首次出现在{firstRow[code].Where}）")); continue; }
            var level = ClassificationCode.LevelOfLength(code.Length)!.Value;
            codes.Add(new ClassificationCode(code, level, kind, name, "", source, explanation.Length == 0 ? null : explanation));
        }
        foreach (var c in codes.Where(c => c.ParentCode is { } p && !firstRow.ContainsKey(p)))
            errors.Add(new FileError(ErrorCodes.Code, firstRow[c.Code], $"科目“{c.Code} {c.Name}”的上级科目“{c.ParentCode}”不在文件中"));
        if (codes.Count == 0 && errors.Count == 0)
            errors.Add(new FileError(ErrorCodes.Missing, header.At(codeColumn), "表头下没有任何科目"));
        return errors.Count > 0
            ? new CatalogImportResult(null, errors)
            : new CatalogImportResult(new BureauCatalog(year, kind, codes.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray()), []);
    }

    /// <summary>What is wrong with a code for the classification, or null.</summary>
    private static string? CodeProblem(string code, CodeKind kind)
    {
        var what = ClassificationCode.KindName(kind);
        if (code.Length == 0) return "缺少科目编码";
        if (!code.All(char.IsAsciiDigit)) return $"科目编码应只含数字，实际为“{code}”";
        if (kind == CodeKind.Function && code[0] != '2') return $"{what}的编码以2开头，“{code}”不是{what}";
        if (kind == CodeKind.Economic && code[0] is not ('3' or '5')) return $"{what}的编码以3或5开头，“{code}”不是{what}";
        return (kind, code.Length) switch
        {
            (CodeKind.Economic, 3 or 5) or (CodeKind.Function, 3 or 5 or 7) => null,
            (CodeKind.Economic, _) => $"{what}应为3位（类）或5位（款），“{code}”为{code.Length}位",
            _ => $"{what}应为3位（类）、5位（款）或7位（项），“{code}”为{code.Length}位",
        };
    }

    private static int Column(Row row, string[] headings)
    {
        foreach (var heading in headings)
            for (var i = 0; i < row.Cells.Count; i++)
                if (Clean(row.Cells[i]) == heading) return i;
        return -1;
    }

    private static string Cell(Row row, int column) => column < row.Cells.Count ? Clean(row.Cells[column]) : "";

    /// <summary>Budget systems indent names with full-width spaces and may pad codes; neither is part of the value.</summary>
    private static string Clean(string text) => text.Trim().Trim('\u3000').Trim();

    private static (IReadOnlyList<Row> Rows, FileError? Error) FromWorkbook(byte[] content, string fileName)
    {
        WorkbookCells workbook;
        try
        {
            workbook = WorkbookCells.Read(content, fileName);
        }
        catch (WorkbookFormatException e)
        {
            return ([], e.Error);
        }
        foreach (var sheetName in workbook.SheetNames)
        {
            var sheet = workbook.Sheet(sheetName)!;
            var rows = new List<Row>();
            for (var r = 1; r <= sheet.LastRow; r++)
            {
                var columns = sheet.Columns(r).ToArray();
                var cells = new string[columns.Length == 0 ? 0 : columns[^1]];
                for (var c = 1; c <= cells.Length; c++) cells[c - 1] = sheet[r, c].Text;
                var row = r;
                rows.Add(new Row(cells, c => sheet.At(row, c + 1)));
            }
            if (rows.Take(HeaderSearchRows).Any(row => Column(row, CodeHeadings) >= 0))
                return rows.Count > MaxRows + HeaderSearchRows ? ([], TooManyRows(sheet.Whole)) : (rows, null);
        }
        return ([], new FileError(ErrorCodes.Missing, ErrorLocation.Of(fileName),
            $"工作簿的各工作表（{string.Join("、", workbook.SheetNames)}）前{HeaderSearchRows}行中都没有表头“科目编码”"));
    }

    private static (IReadOnlyList<Row> Rows, FileError? Error) FromCsv(byte[] content, string fileName)
    {
        var text = Decode(content);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", "\t", ";"],
            MaxFieldSize = MaxExplanationLength * 4,
            BadDataFound = null,
            IgnoreBlankLines = false,
        };
        var rows = new List<Row>();
        try
        {
            using var parser = new CsvParser(new StringReader(text), config);
            while (parser.Read())
            {
                if (rows.Count > MaxRows + HeaderSearchRows) return ([], TooManyRows(ErrorLocation.Of(fileName)));
                var line = parser.RawRow;
                rows.Add(new Row(parser.Record ?? [], c => ErrorLocation.AtLine(fileName, line, c + 1)));
            }
        }
        catch (CsvHelperException e)
        {
            var line = e.Context?.Parser?.RawRow ?? 0;
            return ([], new FileError(ErrorCodes.Syntax, line > 0 ? ErrorLocation.AtLine(fileName, line) : ErrorLocation.Of(fileName),
                $"无法按 CSV 读取（单个单元格超过{MaxExplanationLength * 4}个字或引号不成对）"));
        }
        return (rows, null);
    }

    /// <summary>UTF-8 when the bytes are UTF-8 (with or without a byte-order mark), else GB18030, as Chinese Excel saves CSV.</summary>
    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    private static FileError TooManyRows(ErrorLocation where) =>
        new(ErrorCodes.TooLarge, where, $"科目目录最多{MaxRows}行；请确认导出的是科目目录");
}

/// <summary>The classification read from a file, or every problem found in it.</summary>
public sealed record CatalogImportResult(BureauCatalog? Catalog, IReadOnlyList<FileError> Errors);
