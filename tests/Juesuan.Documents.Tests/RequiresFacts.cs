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

/// <summary>A fact that needs LibreOffice's soffice, reported as skipped (with the reason) where it is missing.</summary>
public sealed class RequiresLibreOfficeFactAttribute : FactAttribute
{
    public RequiresLibreOfficeFactAttribute()
    {
        if (!Installed.OnPath("soffice")) Skip = "未安装 LibreOffice（libreoffice-writer-nogui），跳过 Word 文档转换测试；CI 会安装它";
    }
}
