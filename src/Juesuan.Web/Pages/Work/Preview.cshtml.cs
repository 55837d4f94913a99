using Juesuan.Data;
using Juesuan.Documents.Html;
using Juesuan.Web.Publishing;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;

namespace Juesuan.Web.Pages.Work;

/// <summary>预览 — the disclosure built from the current data by the same builder and renderer that publish it.</summary>
public sealed class PreviewModel(Scope scope, UnitData data) : UnitPage(scope, data)
{
    public string? Html { get; private set; }

    public int Pending { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int year)
    {
        if (await OpenAsync(code, year, UnitAction.Read, check: false) is { } refusal) return refusal;
        ViewData["Part"] = "preview";
        if (Current is null) return Redirect($"{Base}/import");
        var document = Data.Prepare(Current).Document;
        Pending = document.Pending.Count;
        Html = HtmlRenderer.Render(document);
        return Page();
    }
}
