using System.Text.Json;
using Juesuan.Accounts.Fields;
using Juesuan.Catalog;
using Juesuan.Errors;

namespace Juesuan.Accounts;

/// <summary>
/// 决算数据文件读取 — reads the accounts JSON format (docs/accounts-format.md) into
/// <see cref="UnitAccounts"/>. Every problem is collected with its JSON path and a Chinese message;
/// a file with any problem yields no accounts at all.
/// </summary>
public static class AccountsReader
{
    public const string FormatId = AccountsFields.FormatId;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    /// <summary>
    /// Reads accounts from JSON text. <paramref name="readMember"/> resolves a department's member file
    /// names (relative to this file) to the member's JSON text, or to its accounts already read (a workbook);
    /// null when the caller has no files.
    /// <paramref name="fields"/> are the fields the file may hold: <see cref="AccountsFields.All"/> unless extended.
    /// Codes are checked against <paramref name="catalogs"/>: the bureau's editions, or the shipped ones when null.
    /// </summary>
    public static AccountsReadResult Read(string json, string fileName, Func<string, MemberFile?>? readMember = null,
        IReadOnlyList<AccountsField>? fields = null, CatalogEditions? catalogs = null) =>
        Read(json, fileName, readMember, depth: 0, fields ?? AccountsFields.All, catalogs ?? CatalogEditions.Shipped);

    /// <summary>
    /// Reads a file this program wrote after reading it: its codes were checked then, against the editions of
    /// that day, and are not checked again, so a bureau that later replaces an edition does not lose what was saved.
    /// </summary>
    public static AccountsReadResult ReadWritten(string json, string fileName) => Read(json, fileName, null, depth: 0, AccountsFields.All, catalogs: null);

    private static AccountsReadResult Read(string json, string fileName, Func<string, MemberFile?>? readMember, int depth,
        IReadOnlyList<AccountsField> fields, CatalogEditions? catalogs)
    {
        var errors = new List<FileError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            errors.Add(JsonWalker.SyntaxError(fileName, e, json, Options.MaxDepth));
            return new AccountsReadResult(null, errors, AccountsFileSettings.None);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FileError(ErrorCodes.WrongType, ErrorLocation.AtPath(fileName, "$"), $"文件内容应为一个 JSON 对象，实际为{JsonWalker.Describe(document.RootElement)}"));
                return new AccountsReadResult(null, errors, AccountsFileSettings.None);
            }
            errors.AddRange(JsonWalker.DuplicateKeys(document.RootElement, fileName));
            var root = new JsonWalker(document.RootElement, "$", fileName, errors);
            var department = document.RootElement.TryGetProperty("members", out var members) && members.ValueKind == JsonValueKind.Array && members.GetArrayLength() > 0;
            var parsed = new FileParser(root, errors, readMember, depth, department, fields, catalogs).Parse();
            return new AccountsReadResult(errors.Count == 0 ? parsed.Accounts : null, errors, parsed.Settings);
        }
    }

    private sealed class FileParser(
        JsonWalker root, List<FileError> errors, Func<string, MemberFile?>? readMember, int depth, bool department,
        IReadOnlyList<AccountsField> fields, CatalogEditions? catalogs)
    {
        public (UnitAccounts? Accounts, AccountsFileSettings Settings) Parse()
        {
            var reader = new FieldReader(errors, department, catalogs);
            var file = (AccountsFile)reader.ReadFields(fields, root, AccountsFile.Blank);
            root.Done();
            var accounts = department ? ReadDepartment(reader.Members, file.Accounts) : file.Accounts;
            return (errors.Count == 0 ? accounts : null, file.Settings);
        }

        /// <summary>A department's accounts: its own profile, texts and reasons over the consolidation of its members' files.</summary>
        private UnitAccounts? ReadDepartment(List<(string Name, string Path)> members, UnitAccounts own)
        {
            if (readMember is null)
            {
                root.Error(ErrorCodes.NotFound, "$.members", "此处不能读取其他文件（只能在命令行中按文件路径汇总部门）");
                return null;
            }
            if (depth >= 4)
            {
                root.Error(ErrorCodes.Inconsistent, "$.members", "部门汇总的嵌套层级过深（最多4层），请检查是否有文件引用了自身");
                return null;
            }
            var loaded = new List<UnitAccounts>();
            foreach (var (name, path) in members)
            {
                if (readMember(name) is not { } member)
                {
                    root.Error(ErrorCodes.NotFound, path, $"找不到单位文件“{name}”");
                    continue;
                }
                var result = member.Read ?? Read(member.Json!, member.Name, readMember, depth + 1, fields, catalogs);
                errors.AddRange(result.Errors);
                if (result.Accounts is { } a)
                {
                    if (a.FiscalYear != own.FiscalYear)
                        root.Error(ErrorCodes.Inconsistent, path, $"单位文件“{name}”的决算年度为{a.FiscalYear}年，与部门的{own.FiscalYear}年不一致");
                    loaded.Add(a);
                }
            }
            if (loaded.Count != members.Count || errors.Count > 0) return null;
            // What the department says in its own words is its own, not a sum of its units'.
            return Consolidation.Consolidate(own.Unit, loaded, own.Reasons, own.Performance, own.PriorYear, own.Publication)
                with { PerformanceManagement = own.PerformanceManagement, OtherNotes = own.OtherNotes, Contact = own.Contact };
        }
    }
}

/// <summary>
/// 单位文件 — one member of a department as the caller found it: JSON text to read here, or accounts already read
/// by the reader of its format (a filled workbook), with their own errors.
/// </summary>
/// <param name="Name">The member file's name as messages show it.</param>
public sealed record MemberFile(string Name, string? Json, AccountsReadResult? Read)
{
    public static MemberFile OfJson(string name, string json) => new(name, json, null);

    public static MemberFile OfAccounts(string name, AccountsReadResult read) => new(name, null, read);
}
