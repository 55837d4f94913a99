using Juesuan.Documents.Pdf;

namespace Juesuan.Documents.Tests;

/// <summary>Whether a program is on the PATH, for the facts that need one installed.</summary>
internal static class Installed
{
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));
}

/// <summary>A fact that needs poppler's pdftotext, reported as skipped (with the reason) where it is missing.</summary>
public sealed class RequiresPdftotextFactAttribute : FactAttribute
{
    public RequiresPdftotextFactAttribute()
    {
        if (!Installed.OnPath("pdftotext")) Skip = "未安装 pdftotext（poppler-utils），跳过 PDF 读取测试；CI 会安装它";
    }
}

/// <summary>A fact that prints with Chromium and reads back with pdftotext, reported as skipped (with the reason) where either is missing.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute()
    {
        if (PdfPrinter.FindChromium() is null) Skip = "未安装 Chromium（/usr/bin/chromium），跳过 PDF 打印测试；CI 会安装它";
        else if (!Installed.OnPath("pdftotext")) Skip = "未安装 pdftotext（poppler-utils），无法读回 PDF 文字，跳过 PDF 打印测试；CI 会安装它";
    }
}

/// <summary>A theory that prints with Chromium and reads back with pdftotext, reported as skipped (with the reason) where either is missing.</summary>
public sealed class RequiresChromiumTheoryAttribute : TheoryAttribute
{
    public RequiresChromiumTheoryAttribute() => Skip = new RequiresChromiumFactAttribute().Skip;
}

/// <summary>A fact that needs LibreOffice's soffice, reported as skipped (with the reason) where it is missing.</summary>
public sealed class RequiresLibreOfficeFactAttribute : FactAttribute
{
    public RequiresLibreOfficeFactAttribute()
    {
        if (!Installed.OnPath("soffice")) Skip = "未安装 LibreOffice（libreoffice-writer-nogui），跳过 Word 文档转换测试；CI 会安装它";
    }
}

/// <summary>A fact that needs LibreOffice Calc (to open workbooks), reported as skipped (with the reason) where it is missing.</summary>
public sealed class RequiresLibreOfficeCalcFactAttribute : FactAttribute
{
    public RequiresLibreOfficeCalcFactAttribute()
    {
        if (!Installed.OnPath("soffice") || !LibreOffice.HasCalc)
            Skip = "未安装 LibreOffice Calc（libreoffice-calc-nogui），跳过工作簿打开测试；CI 会安装它";
    }
}

/// <summary>Runs LibreOffice headless on a file, with a profile of its own so that tests never share one.</summary>
internal static class LibreOffice
{
    public static bool HasCalc => File.Exists("/usr/lib/libreoffice/program/libsclo.so");

    /// <summary>Converts a file into its folder; the exit code and what LibreOffice printed.</summary>
    public static (int ExitCode, string Output, string Errors) Convert(string file, string filter)
    {
        var dir = Path.GetDirectoryName(file)!;
        var start = new System.Diagnostics.ProcessStartInfo("soffice",
            [$"-env:UserInstallation=file://{dir}/profile", "--headless", "--norestore", "--convert-to", filter, "--outdir", dir, file])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "LibreOffice did not finish in two minutes");
        return (process.ExitCode, output.Result, errors.Result);
    }
}
