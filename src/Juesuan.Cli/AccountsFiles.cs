using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Cli;

/// <summary>
/// Reads an accounts file from disk: the JSON format, or a filled accounts workbook (.xlsx). A department's
/// member files are resolved relative to the file that names them.
/// </summary>
internal static class AccountsFiles
{
    /// <summary>Largest workbook read; a filled accounts workbook is a few hundred kilobytes.</summary>
    private const long MaxWorkbookBytes = 50 * 1024 * 1024;

    public static bool IsWorkbook(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>How deep departments may nest through workbooks (a department of departments of units is 2).</summary>
    private const int MaxDepth = 4;

    /// <summary>Reads a file; codes are checked against <paramref name="catalogs"/> (the shipped editions when null).</summary>
    public static AccountsReadResult Load(string path, CatalogEditions? catalogs = null) => Load(path, catalogs, depth: 0);

    private static AccountsReadResult Load(string path, CatalogEditions? catalogs, int depth)
    {
        if (!File.Exists(path))
            return AccountsReadResult.Failed(path, ErrorCodes.NotFound, "文件不存在");
        var members = Members(path, catalogs, depth);
        if (IsWorkbook(path)) return OpenWorkbook(path, out var failure) is { } workbook ? FromWorkbook(workbook, catalogs, members) : failure!;
        return AccountsReader.Read(File.ReadAllText(path), path, members, catalogs: catalogs);
    }

    /// <summary>The member files of the department file at a path (for a workbook opened by the caller).</summary>
    public static Func<string, MemberFile?> MembersOf(string path) => Members(path, null, 0);

    /// <summary>
    /// A department's member files, by their names relative to the department's file: JSON text for the JSON reader, or a
    /// member workbook read here (with its own members), each at most <see cref="MaxDepth"/> levels down.
    /// </summary>
    private static Func<string, MemberFile?> Members(string path, CatalogEditions? catalogs, int depth) => name =>
    {
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, name));
        if (!File.Exists(full)) return null;
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, full);
        if (!IsWorkbook(full)) return MemberFile.OfJson(shown, File.ReadAllText(full));
        return MemberFile.OfAccounts(shown, depth >= MaxDepth
            ? AccountsReadResult.Failed(shown, ErrorCodes.Inconsistent, $"部门汇总的嵌套层级过深（最多{MaxDepth}层），请检查是否有工作簿引用了自身")
            : Load(shown, catalogs, depth + 1));
    };

    /// <summary>The workbook at a path; null, with the failure to report, when it is too large or not an .xlsx workbook.</summary>
    public static WorkbookCells? OpenWorkbook(string path, out AccountsReadResult? failure)
    {
        failure = null;
        if (!File.Exists(path))
            failure = AccountsReadResult.Failed(path, ErrorCodes.NotFound, "文件不存在");
        else if (new FileInfo(path).Length > MaxWorkbookBytes)
            failure = AccountsReadResult.Failed(path, ErrorCodes.TooLarge, $"文件超过 {MaxWorkbookBytes / 1024 / 1024} MB，不像是决算填报工作簿");
        else
        {
            try
            {
                return WorkbookCells.Read(File.ReadAllBytes(path), path);
            }
            catch (WorkbookFormatException e)
            {
                failure = AccountsReadResult.Failed(e.Error);
            }
        }
        return null;
    }

    /// <summary>Whether a workbook holds published 公开表 rather than an accounts workbook.</summary>
    public static bool IsPublishedTables(WorkbookCells workbook) =>
        !AccountsWorkbookReader.Recognises(workbook) && PublishedTablesReader.Recognises(workbook);

    /// <summary>The accounts a filled accounts workbook holds, or every problem with its sheet and cell.</summary>
    public static AccountsReadResult FromWorkbook(WorkbookCells workbook, CatalogEditions? catalogs = null, Func<string, MemberFile?>? members = null) =>
        IsPublishedTables(workbook)
        ? AccountsReadResult.Failed(workbook.FileName, ErrorCodes.NotRecognised, "这是已公开的九张公开表，不是决算填报工作簿：请用 juesuan check 检查它，或用 juesuan template 生成填报模板")
        : AccountsWorkbookReader.Read(workbook, catalogs: catalogs, readMember: members);

    /// <summary>Lists every error on standard error, in the order found, with a count and what was therefore not done.</summary>
    public static void Report(AccountsReadResult result, TextWriter error, string notDone = "未生成任何文件") =>
        ErrorReport.Write(error, "决算数据文件", notDone, result.Errors);
}
