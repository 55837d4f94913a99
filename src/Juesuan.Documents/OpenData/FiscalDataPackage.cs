using System.Text;
using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Documents.Csv;
using Juesuan.Documents.Json;

namespace Juesuan.Documents.OpenData;

/// <summary>A file of an export: its name inside the output folder and its bytes.</summary>
public sealed record ExportFile(string Name, byte[] Content);

/// <summary>
/// 财政数据包 — the accounts as a Fiscal Data Package (Open Knowledge, fiscal-data-package profile):
/// four CSV resources of the leaf lines (expenditure by function 项, kind and funding; income by function
/// 项 and source; the 一般公共预算 budget by function 项; basic expenditure by economic 款) and
/// datapackage.json describing them: each measure with currency CNY, factor 1, its direction and its phase
/// (年初预算 approved, 调整预算 adjusted, 决算 executed), and the functional and economic classifications
/// as dimensions whose 类/款/项 attributes name their parents.
/// </summary>
public static class FiscalDataPackage
{
    private static readonly string[] Common = ["fiscal_year", "unit_code", "unit_name"];
    private static readonly string[] FunctionColumns = ["function_class", "function_class_name", "function_section", "function_section_name", "function_item", "function_item_name"];
    private static readonly string[] EconomicColumns = ["economic_class", "economic_class_name", "economic_section", "economic_section_name"];

    public static IReadOnlyList<ExportFile> Write(UnitAccounts accounts, string title)
    {
        var catalog = CodeCatalogs.ForYear(accounts.FiscalYear) ?? throw new InvalidOperationException($"没有适用于{accounts.FiscalYear}年度的科目目录");
        string[] Unit() => [accounts.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture), accounts.Unit.Code, accounts.Unit.Name];
        IEnumerable<string> Function(string code) => Hierarchy(catalog, CodeKind.Function, code, 3);
        IEnumerable<string> Economic(string code) => Hierarchy(catalog, CodeKind.Economic, code, 2);

        var resources = new (string Name, string[] Columns, string[] Measures, IEnumerable<IEnumerable<string>> Rows)[]
        {
            ("expenditure", [.. Common, .. FunctionColumns, "kind", "funding", "executed"], ["executed"],
                accounts.Expenditure.Select(l => Unit().Concat(Function(l.Code)).Concat([l.Kind.Name(), l.Funding.Name(), CsvText.Yuan(l.Amount.Yuan)]))),
            ("income", [.. Common, .. FunctionColumns, "source", "income"], ["income"],
                accounts.Income.Select(l => Unit().Concat(Function(l.Code)).Concat([l.Source.Name(), CsvText.Yuan(l.Amount.Yuan)]))),
            ("budget", [.. Common, .. FunctionColumns, "approved", "adjusted"], ["approved", "adjusted"],
                accounts.Budgets.Select(l => Unit().Concat(Function(l.Code)).Concat([CsvText.Yuan(l.YearStart.Yuan), l.Adjusted is { } a ? CsvText.Yuan(a.Yuan) : ""]))),
            ("basic-by-economic", [.. Common, .. EconomicColumns, "funding", "basic_executed"], ["basic_executed"],
                accounts.BasicByEconomic.Select(l => Unit().Concat(Economic(l.Code)).Concat([l.Funding.Name(), CsvText.Yuan(l.Amount.Yuan)]))),
        };

        var files = new List<ExportFile>();
        var resourceArray = new JsonArray();
        foreach (var (name, columns, measures, rows) in resources)
        {
            var sb = new StringBuilder();
            CsvText.Line(sb, columns);
            foreach (var row in rows) CsvText.Line(sb, row);
            files.Add(new ExportFile($"{name}.csv", CsvText.Bytes(sb, byteOrderMark: false)));
            resourceArray.Add(new JsonObject
            {
                ["name"] = name,
                ["profile"] = "tabular-data-resource",
                ["path"] = $"{name}.csv",
                ["format"] = "csv",
                ["mediatype"] = "text/csv",
                ["encoding"] = "utf-8",
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray(columns.Select(c => (JsonNode)new JsonObject
                    {
                        ["name"] = c,
                        ["type"] = c == "fiscal_year" ? "integer" : measures.Contains(c) ? "number" : "string",
                    }).ToArray()),
                },
            });
        }

        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = $"juesuan-{Slug(accounts.Unit.Code)}-{accounts.FiscalYear}",
            ["title"] = title,
            ["countryCode"] = "CN",
            ["granularity"] = "aggregated",
            ["fiscalPeriod"] = new JsonObject { ["start"] = $"{accounts.FiscalYear}-01-01", ["end"] = $"{accounts.FiscalYear}-12-31" },
            ["resources"] = resourceArray,
            ["model"] = new JsonObject
            {
                ["measures"] = new JsonObject
                {
                    ["executed"] = Measure("expenditure", "executed", "expenditure", "executed"),
                    ["income"] = Measure("income", "income", "revenue", "executed"),
                    ["approved"] = Measure("budget", "approved", "expenditure", "approved"),
                    ["adjusted"] = Measure("budget", "adjusted", "expenditure", "adjusted"),
                    ["basic_executed"] = Measure("basic-by-economic", "basic_executed", "expenditure", "executed"),
                },
                ["dimensions"] = new JsonObject
                {
                    ["fiscal_year"] = Dimension("datetime", null, "year", ("year", "fiscal_year", null, null)),
                    ["unit"] = Dimension("entity", "administrative", "code", ("code", "unit_code", null, null), ("name", "unit_name", null, "code")),
                    ["functional_classification"] = Dimension("classification", "functional", "item",
                        ("class", "function_class", null, null), ("class_name", "function_class_name", null, "class"),
                        ("section", "function_section", "class", null), ("section_name", "function_section_name", null, "section"),
                        ("item", "function_item", "section", null), ("item_name", "function_item_name", null, "item")),
                    ["economic_classification"] = Dimension("classification", "economic", "section",
                        ("class", "economic_class", null, null), ("class_name", "economic_class_name", null, "class"),
                        ("section", "economic_section", "class", null), ("section_name", "economic_section_name", null, "section")),
                    ["expenditure_kind"] = Dimension("activity", null, "kind", ("kind", "kind", null, null)),
                    ["funding"] = Dimension("other", null, "funding", ("funding", "funding", null, null)),
                    ["income_source"] = Dimension("other", null, "source", ("source", "source", null, null)),
                },
            },
        };
        files.Insert(0, new ExportFile("datapackage.json", Encoding.UTF8.GetBytes(package.ToJsonString(DocumentJson.Options) + "\n")));
        return files;
    }

    /// <summary>The codes and names of a code and its parents, 类 first: "201", "一般公共服务支出", "20129", …</summary>
    private static IEnumerable<string> Hierarchy(CodeCatalog catalog, CodeKind kind, string code, int levels)
    {
        var lengths = new[] { 3, 5, 7 }.Take(levels);
        foreach (var length in lengths)
        {
            var part = code.Length >= length ? code[..length] : "";
            yield return part;
            yield return part.Length > 0 ? catalog.Find(kind, part)?.Name ?? "" : "";
        }
    }

    private static JsonObject Measure(string resource, string source, string direction, string phase) => new()
    {
        ["source"] = source,
        ["resource"] = resource,
        ["currency"] = "CNY",
        ["factor"] = 1,
        ["direction"] = direction,
        ["phase"] = phase,
    };

    private static JsonObject Dimension(string type, string? classification, string primaryKey, params (string Name, string Source, string? Parent, string? LabelFor)[] attributes)
    {
        var attributeObject = new JsonObject();
        foreach (var (name, source, parent, labelFor) in attributes)
        {
            var attribute = new JsonObject { ["source"] = source };
            if (parent is not null) attribute["parent"] = parent;
            if (labelFor is not null) attribute["labelfor"] = labelFor;
            attributeObject[name] = attribute;
        }
        var dimension = new JsonObject { ["dimensionType"] = type, ["attributes"] = attributeObject, ["primaryKey"] = primaryKey };
        if (classification is not null) dimension["classificationType"] = classification;
        return dimension;
    }

    /// <summary>A package name as the profile allows: lower-case letters, digits, '.', '_', '-' and '/'.</summary>
    private static string Slug(string code) =>
        new(code.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-' ? c : '-').ToArray());
}
