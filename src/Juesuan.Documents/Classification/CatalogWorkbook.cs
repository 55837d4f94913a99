using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Juesuan.Catalog;
using Juesuan.Documents.Xlsx;

namespace Juesuan.Documents.Classification;

/// <summary>
/// 科目目录工作簿 — one classification of the edition a year uses, in the columns
/// <see cref="CatalogImportReader"/> reads (科目编码, 科目名称, 科目说明, with 级次 and 来源 for the reader), so a
/// bureau can start its own edition from it, edit it and load it back.
/// </summary>
public static class CatalogWorkbook
{
    public static byte[] Write(CodeCatalog catalog, CodeKind kind)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = $"{catalog.EditionYear}年版{ClassificationCode.KindName(kind)}";
            package.PackageProperties.Creator = "Juesuan";
            var workbookPart = package.AddWorkbookPart();
            var data = new SheetData();
            var header = new Row { RowIndex = 1U };
            string[] headings = ["科目编码", "科目名称", "科目说明", "级次", "来源"];
            for (var c = 0; c < headings.Length; c++) header.Append(XlsxRenderer.TextCell(c + 1, 1, headings[c], 0));
            data.Append(header);
            var r = 1;
            foreach (var code in catalog.Codes.Where(c => c.Kind == kind))
            {
                r++;
                var row = new Row { RowIndex = (uint)r };
                row.Append(
                    XlsxRenderer.TextCell(1, r, code.Code, 0),
                    XlsxRenderer.TextCell(2, r, code.Name, 0),
                    XlsxRenderer.TextCell(3, r, code.Explanation ?? "", 0),
                    XlsxRenderer.TextCell(4, r, ClassificationCode.LevelName(code.Level), 0),
                    XlsxRenderer.TextCell(5, r, code.Source, 0));
                data.Append(row);
            }
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new Columns(
                new Column { Min = 1, Max = 1, Width = 12, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 36, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 60, CustomWidth = true }), data);
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1U, Name = "科目目录" }));
        }
        return stream.ToArray();
    }
}
