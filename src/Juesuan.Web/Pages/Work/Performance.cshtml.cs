using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Errors;
using Juesuan.Performance;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.Mvc;

namespace Juesuan.Web.Pages.Work;

/// <summary>
/// 绩效自评 — each evaluation's indicators edited with their scores computed as they are typed (by the
/// one scorer, on the server), the performance checks beside them, and saving as a new version.
/// </summary>
public sealed class PerformanceModel(Scope scope, UnitData data, AccountsStore store) : UnitPage(scope, data)
{
    public JsonObject? Root { get; private set; }

    public IReadOnlyList<CheckedEvaluation> Results { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Cells { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<FileError> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int year, int? saved)
    {
        if (await OpenAsync(code, year, UnitAction.Read, check: false) is { } refusal) return refusal;
        if (saved is { } number) { Saved = true; Message = $"已保存为第{number}版。"; }
        Load(Current?.Performance?.Json is { } json ? JsonNode.Parse(json)!.AsObject() : null);
        return Page();
    }

    /// <summary>Scores what the form holds without saving: JSON score cells for the live update, else the page.</summary>
    public async Task<IActionResult> OnPostScoreAsync(string code, int year)
    {
        if (await OpenAsync(code, year, UnitAction.Read, check: false) is { } refusal) return refusal;
        if (Current?.Performance is null) return NotFound();
        Load(PerformanceForm.Apply(JsonNode.Parse(Current.Performance.Json)!.AsObject(), Request.Form));
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
            return Errors.Count > 0 ? StatusCode(StatusCodes.Status422UnprocessableEntity) : new JsonResult(Cells);
        Message = Errors.Count > 0 ? null : "已按填写内容重新计分（尚未保存）。";
        Saved = Errors.Count == 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int year, int revision)
    {
        if (await OpenAsync(code, year, UnitAction.Edit, check: false) is { } refusal) return refusal;
        if (Current?.Performance is null) return NotFound();
        var edited = PerformanceForm.Apply(JsonNode.Parse(Current.Performance.Json)!.AsObject(), Request.Form);
        var outcome = await store
            .SavePerformanceAsync(Unit.Id, edited.ToJsonString(), "绩效自评", Caller.UserName, revision, year, HttpContext.RequestAborted);
        switch (outcome)
        {
            case SaveOutcome.Performance s:
                return Redirect($"{Base}/performance?saved={s.Version.Number}");
            case SaveOutcome.Invalid invalid:
                Errors = invalid.Errors;
                Message = $"有 {invalid.Errors.Count} 处需要修改，未保存。";
                break;
            default:
                Message = NotSaved(outcome);
                break;
        }
        Load(edited);
        return Page();
    }

    private void Load(JsonObject? root)
    {
        ViewData["Part"] = "performance";
        Root = root;
        if (root is null) return;
        var read = PerformanceReader.Read(root.ToJsonString(), "绩效自评");
        if (read.File is not { } file)
        {
            Errors = Errors.Count > 0 ? Errors : read.Errors;
            return;
        }
        Results = Data.Score(file, Current?.Accounts);
        Cells = PerformanceForm.Cells(Results.Select(r => r.Score).ToList());
    }

    public string Value(JsonNode? node, string path) => AccountsForm.Value(node, path);

    public string Cell(string id) => Cells.GetValueOrDefault(id, "—");
}
