using System.CommandLine;
using Juesuan.Documents.Workbooks;

namespace Juesuan.Cli;

/// <summary>juesuan template — the accounts workbook to fill in Excel or WPS: empty for a year, or holding an accounts file's figures.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out", "-o") { Description = "输出文件（.xlsx，必填）" };
        var year = new Option<int?>("--year") { Description = "决算年度（空白模板用；默认上一年）" };
        var from = new Option<string?>("--from") { Description = "决算数据文件：把其中的数据填入工作簿（年度取自该文件）" };
        var command = new Command("template", "生成决算填报工作簿（Excel）：在 Excel 或 WPS 中填写后，可直接用于 build、check、export 等命令")
        {
            output, year, from,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is null) result.AddError("缺少输出文件：请用 --out <文件.xlsx> 指定");
            if (result.GetResult(year) is not null && result.GetResult(from) is not null) result.AddError("--year 与 --from 只能选一个：有 --from 时年度取自该文件");
        });
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(year), parse.GetValue(from), stdout, stderr));
        return command;
    }

    public static int Run(string outputPath, int? year, string? fromPath, TextWriter stdout, TextWriter stderr)
    {
        if (!AccountsFiles.IsWorkbook(outputPath))
        {
            stderr.WriteLine($"{outputPath}：输出文件应以 .xlsx 结尾");
            return ExitCodes.InvalidInput;
        }
        byte[] content;
        string what;
        if (fromPath is not null)
        {
            var result = AccountsFiles.Load(fromPath);
            if (result.Accounts is not { } accounts)
            {
                AccountsFiles.Report(result, stderr);
                return ExitCodes.InvalidInput;
            }
            content = AccountsWorkbookWriter.Write(accounts, result.Settings);
            what = $"{accounts.Unit.Name} {accounts.FiscalYear}年度决算填报工作簿";
        }
        else
        {
            var fiscalYear = year ?? DateTime.Today.Year - 1;
            if (Catalog.CodeCatalogs.ForYear(fiscalYear) is null)
            {
                stderr.WriteLine(Catalog.CatalogEditions.Shipped.NoEdition(fiscalYear));
                return ExitCodes.InvalidInput;
            }
            content = AccountsWorkbookWriter.Template(fiscalYear);
            what = $"{fiscalYear}年度决算填报模板";
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(outputPath, content);
        stdout.WriteLine($"已生成{what}：{outputPath}");
        return ExitCodes.Success;
    }
}
