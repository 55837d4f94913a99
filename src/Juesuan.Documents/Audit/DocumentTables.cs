using Juesuan.Documents.Xlsx;
using Juesuan.Errors;

namespace Juesuan.Documents.Audit;

/// <summary>
/// 找到的公开表 — one of the nine tables as found in a published document: which it is, its title as printed,
/// where it is (第6–7页, 工作表“公开01表”), how many rows were recognised, and whether its figures could be read.
/// </summary>
public sealed record FoundTable(string Code, string Title, string Where, int Rows, bool Read);

/// <summary>
/// 文件中的公开表 — the tables of a published document: those read (checked like a published workbook's), where
/// each was, and what could not be read.
/// </summary>
public sealed record DocumentTables(PublishedTables? Tables, IReadOnlyList<FoundTable> Found, IReadOnlyList<FileError> Problems);
