using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Workbooks;
using Juesuan.Documents.Xlsx;

namespace Juesuan.Bench;

/// <summary>
/// `hostile`: the inputs of the red-team findings, each read once as the server reads it, with the time taken, the
/// answer, and how far the process's peak working set rose.
/// </summary>
internal static class Hostile
{
    public static void Run()
    {
        Measure("HTML, unclosed <script> ×(100 KB)", UnclosedScripts(100 * 1024), b => Audit(b, "a.html"));
        Measure("HTML, unclosed <script> ×(1 MB)", UnclosedScripts(1024 * 1024), b => Audit(b, "a.html"));
        Measure("plain text, 15 MB", Encoding.UTF8.GetBytes(new string('支', 5 * 1024 * 1024)), b => Audit(b, "a.txt"));
        Measure(".docx inflating to 100 MB", Zip("word/document.xml", w =>
        {
            w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (var i = 0; i < 100 * 1024; i++) w.Write(new string(' ', 1024));
        }), b => Audit(b, "a.docx"));
        Measure(".xlsx, one cell of 150 million characters", Sheet(w =>
        {
            w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            for (var i = 0; i < 150_000; i++) w.Write(new string('a', 1000));
            w.Write("</t></is></c></row>");
        }), Workbook);
        Measure(".xlsx, 1,000,000 rows", Sheet(w =>
        {
            for (var r = 1; r <= 1_000_000; r++) w.Write($"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>");
        }), Workbook);
    }

    private static void Measure(string what, byte[] input, Func<byte[], string> read)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        var answer = read(input);
        clock.Stop();
        process.Refresh();
        Console.WriteLine($"| {what} | {input.Length / 1024:N0} KB | {clock.Elapsed.TotalMilliseconds:0} ms | +{(process.PeakWorkingSet64 - before) / 1024 / 1024} MB | {answer} |");
    }

    private static string Audit(byte[] bytes, string name) => AuditSource.Read(bytes, name) is { Text: { } text } ? $"read, {text.Length} characters" : AuditSource.Read(bytes, name).Error!.Message;

    private static string Workbook(byte[] bytes)
    {
        try
        {
            return AccountsWorkbookReader.Read(WorkbookCells.Read(bytes, "a.xlsx")).Errors.FirstOrDefault()?.Message ?? "read";
        }
        catch (WorkbookFormatException e)
        {
            return e.Error.Message;
        }
    }

    private static byte[] UnclosedScripts(int size) => Encoding.UTF8.GetBytes("<p>收入总计100.00万元。</p>" + string.Concat(Enumerable.Repeat("<script>", size / 8)));

    private static byte[] Sheet(Action<StreamWriter> rows)
    {
        var files = new Dictionary<string, Action<StreamWriter>>
        {
            ["[Content_Types].xml"] = w => w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"),
            ["_rels/.rels"] = w => w.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ["xl/workbook.xml"] = w => w.Write("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"基本情况\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>"),
            ["xl/_rels/workbook.xml.rels"] = w => w.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ["xl/worksheets/sheet1.xml"] = w =>
            {
                w.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                rows(w);
                w.Write("</sheetData></worksheet>");
            },
        };
        return Zip(files);
    }

    private static byte[] Zip(string entry, Action<StreamWriter> write) => Zip(new Dictionary<string, Action<StreamWriter>> { [entry] = write });

    private static byte[] Zip(Dictionary<string, Action<StreamWriter>> files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, write) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
                write(writer);
            }
        return stream.ToArray();
    }
}
