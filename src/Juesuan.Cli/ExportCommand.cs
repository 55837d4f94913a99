using System.CommandLine;
using Juesuan.Documents.Csv;
using Juesuan.Documents.Docx;
using Juesuan.Documents.Json;
using Juesuan.Documents.OpenData;

namespace Juesuan.Cli;

/// <summary>juesuan export — the disclosure in a publishing or open-data format, rendered from the same document model as build.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var accounts = new Argument<string>("accounts") { Description = "决算数据文件（JSON，格式见 docs/accounts-format.md）" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：docx（可编辑的 Word 文档）、csv（九张公开表，每表一个 CSV 文件，UTF-8 带 BOM）、fdp（财政数据包 Fiscal Data Package）或 json（文档模型）" };
        var output = new Option<string>("--out", "-o") { Description = "输出目录（必填；不存在时自动创建）" };
        var unit = new Option<string?>("--unit") { Description = "金额单位：yuan（元）或 wan（万元）；默认取文件中的设置，未设置时为元" };
        var performance = new Option<string?>("--performance") { Description = "绩效自评文件：据以填写预算绩效情况说明" };
        format.AcceptOnlyFromAmong("docx", "csv", "fdp", "json");
        unit.AcceptOnlyFromAmong("yuan", "wan");
        var command = new Command("export", "导出决算公开文档：docx（Word 文档）、csv（九张公开表）、fdp（财政数据包）或 json（文档模型）")
        {
            accounts, format, output, unit, performance,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(format) is null) result.AddError("缺少输出格式：请用 --format docx、csv、fdp 或 json 指定");
            if (result.GetResult(output) is null) result.AddError("缺少输出目录：请用 --out <目录> 指定");
        });
        command.SetAction(parse => Run(parse.GetValue(accounts)!, parse.GetValue(format)!, parse.GetValue(output)!, parse.GetValue(unit), parse.GetValue(performance), stdout, stderr));
        return command;
    }

    public static int Run(string accountsPath, string format, string outputDirectory, string? unitOption, string? performancePath, TextWriter stdout, TextWriter stderr)
    {
        if (BuildCommand.Document(accountsPath, unitOption, performancePath, stderr) is not var (accounts, document)) return ExitCodes.InvalidInput;
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        switch (format)
        {
            case "docx":
                var docx = Path.Combine(outputDirectory, "disclosure.docx");
                File.WriteAllBytes(docx, DocxRenderer.Render(document));
                written.Add(docx);
                break;
            case "csv":
                foreach (var table in document.Tables)
                {
                    var path = Path.Combine(outputDirectory, TableCsv.FileName(table));
                    File.WriteAllBytes(path, TableCsv.Write(table));
                    written.Add(path);
                }
                break;
            case "fdp":
                foreach (var file in FiscalDataPackage.Write(accounts, document.Title))
                {
                    var path = Path.Combine(outputDirectory, file.Name);
                    File.WriteAllBytes(path, file.Content);
                    written.Add(path);
                }
                break;
            case "json":
                var json = Path.Combine(outputDirectory, "disclosure.json");
                File.WriteAllText(json, DocumentJson.Write(document));
                written.Add(json);
                break;
        }
        stdout.WriteLine($"已导出 {document.Title}（{format}，{written.Count} 个文件）：");
        foreach (var path in written) stdout.WriteLine($"  {path}");
        return ExitCodes.Success;
    }
}
