using System.CommandLine;
using Juesuan.Catalog;

namespace Juesuan.Cli;

/// <summary>juesuan catalog list — the catalogue edition a fiscal year uses, as TSV, so anyone can see what a year knows.</summary>
internal static class CatalogCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var year = new Option<int>("--year") { Description = "决算年度，如 2024（使用不晚于该年度的最近一版目录）", Required = true };
        var kind = new Option<string?>("--kind") { Description = "function（支出功能分类）或 economic（部门预算支出经济分类）；不填时两者都列出" };
        kind.AcceptOnlyFromAmong("function", "economic");
        var list = new Command("list", "以 TSV 列出某年度使用的科目目录：编码、级次、名称、来源") { year, kind };
        list.SetAction(parse => List(parse.GetValue(year), parse.GetValue(kind), stdout, stderr));
        return new Command("catalog", "科目目录") { list };
    }

    private static int List(int fiscalYear, string? kind, TextWriter stdout, TextWriter stderr)
    {
        if (CodeCatalogs.ForYear(fiscalYear) is not { } catalog)
        {
            stderr.WriteLine($"没有{fiscalYear}年度适用的科目目录（最早的目录版本为{CodeCatalogs.EditionYears[0]}年）");
            return ExitCodes.InvalidInput;
        }
        CodeKind? only = kind switch { "function" => CodeKind.Function, "economic" => CodeKind.Economic, _ => null };
        stdout.WriteLine($"# {fiscalYear}年度使用{catalog.EditionYear}年版目录");
        stdout.WriteLine("code\tlevel\tname_zh\tkind\tsource");
        foreach (var c in catalog.Codes.Where(c => only is null || c.Kind == only))
            stdout.WriteLine($"{c.Code}\t{c.Level.ToString().ToLowerInvariant()}\t{c.Name}\t{c.Kind.ToString().ToLowerInvariant()}\t{c.Source}");
        return ExitCodes.Success;
    }
}
