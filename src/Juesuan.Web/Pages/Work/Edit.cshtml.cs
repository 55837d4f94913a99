using System.Text.Json;
using System.Text.Json.Nodes;
using Juesuan.Accounts;
using Juesuan.Catalog;
using Juesuan.Checks;
using Juesuan.Data;
using Juesuan.Documents.Audit;
using Juesuan.Documents.Prior;
using Juesuan.Web.Security;
using Juesuan.Web.Work;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Publication = Juesuan.Data.Publication;

namespace Juesuan.Web.Pages.Work;

/// <summary>
/// 分部分填报 — edits one part of the accounts: its fields and lists, with the checks' findings and the
/// reviewer's comments beside the fields they concern, and the reasons the rules ask for. Saving makes a
/// new version; a file the reader refuses is shown again as typed, each problem at its field.
/// </summary>
public sealed class EditModel(Scope scope, UnitData data, DisclosureWorkflow workflow, AccountsStore store, IDataProtectionProvider protection)
    : UnitPage(scope, data)
{
    public AccountsPart Part { get; private set; } = null!;

    /// <summary>The file the form shows: the current version, or what was posted when it could not be saved.</summary>
    public JsonObject Root { get; private set; } = [];

    public CodeCatalog? Catalog { get; private set; }

    /// <summary>Problems with what was posted, by form field ("" for the whole file).</summary>
    public ILookup<string, string> Errors { get; private set; } = Array.Empty<(string, string)>().ToLookup(e => e.Item1, e => e.Item2);

    public string? Message { get; private set; }

    public bool Saved { get; private set; }

    public IReadOnlyDictionary<string, string> FieldComments { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<(Finding Finding, FindingPlace Place)> Findings { get; private set; } = [];

    /// <summary>The unit's reasons of earlier years, by key, offered beside each reason asked for here.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(int Year, string Text)>> EarlierReasons { get; private set; } =
        new Dictionary<string, IReadOnlyList<(int Year, string Text)>>();

    /// <summary>On the 上年数 page, the latest publication of the year before, whose figures it may take; null elsewhere or when there is none.</summary>
    public Publication? LastYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int year, string part, int? saved)
    {
        if (await OpenAsync(code, year, UnitAction.Read) is { } refusal) return refusal;
        if (await PrepareAsync(part) is { } missing) return missing;
        if (saved is { } number) { Saved = true; Message = $"已保存为第{number}版。"; }
        await LoadCommentsAsync();
        return Page();
    }

    /// <summary>上年数 taken from the latest publication of the year before, as its disclosure states them; saved as a version that says so.</summary>
    public async Task<IActionResult> OnPostPriorFromLastYearAsync(string code, int year, int revision)
    {
        if (await OpenAsync(code, year, UnitAction.Edit) is { } refusal) return refusal;
        if (await PrepareAsync(PriorYearPart) is { } missing) return missing;
        if (LastYear is not { } last) return Redirect($"{Base}/edit/{PriorYearPart}");
        var (accounts, settings) = StoredAccounts.Read(Current!.AccountsJson);
        var prior = PriorYearFigures.Of(StoredAccounts.Read(last.AccountsJson).Accounts);
        var outcome = await store.SaveAsync(Unit.Id, AccountsWriter.Write(accounts with { PriorYear = prior }, settings), last.Title, Caller.UserName, revision,
            $"上年数取自{last.Title}", year, HttpContext.RequestAborted);
        if (outcome is SaveOutcome.Saved s) return Redirect($"{Base}/edit/{PriorYearPart}?saved={s.Version.Number}#top");
        Message = NotSaved(outcome);
        await LoadCommentsAsync();
        return Page();
    }

    private const string PriorYearPart = "priorYear";

    /// <summary>What was read from an uploaded document of last year, shown for the preparer to confirm; null otherwise.</summary>
    public PriorYearReading? PriorReading { get; private set; }

    /// <summary>The draft with what was read as its 上年数, sealed for the confirmation to save as shown.</summary>
    public string? PriorTaking { get; private set; }

    /// <summary>A draft to save with its 上年数 taken from a document: the revision it was read against, and where each figure was printed.</summary>
    private sealed record PriorTakingPayload(int Revision, string FileName, string Json, Dictionary<string, string> Sources);

    /// <summary>Sealed to this unit and year, and for an hour: a confirmation is for the reading shown, here, now.</summary>
    private ITimeLimitedDataProtector PriorProtector =>
        protection.CreateProtector("Juesuan.PriorYearReading", Unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToTimeLimitedDataProtector();

    /// <summary>
    /// 从上年公开的文件读取 — reads last year's published disclosure (PDF, HTML, Word or its tables' workbook) and shows
    /// each figure read with where it was printed, what could not be read, and whether its tables add up; nothing is
    /// saved until the preparer confirms.
    /// </summary>
    public async Task<IActionResult> OnPostReadPriorAsync(string code, int year, IFormFile? document)
    {
        if (await OpenAsync(code, year, UnitAction.Edit) is { } refusal) return refusal;
        if (await PrepareAsync(PriorYearPart) is { } missing) return missing;
        if (document is null || document.Length == 0) Message = "请选择上年公开的决算文件（PDF、网页、Word 或公开表工作簿）。";
        else if (document.Length > AuditSource.MaxBytes) Message = $"文件超过 {AuditSource.MaxBytes / 1024 / 1024} MB，请只上传决算公开的正文。";
        else
        {
            using var buffer = new MemoryStream();
            await document.CopyToAsync(buffer, HttpContext.RequestAborted);
            var name = Path.GetFileName(document.FileName);
            var source = AuditSource.Read(buffer.ToArray(), name);
            var reading = source.Text is null ? null : PriorYearReader.Read(source, name, Data.Today);
            if (reading is null) Message = "未能读取：" + source.Error!.Message + "。";
            else if (!reading.HasFigures) Message = $"未能从“{name}”读出任何上年数：{string.Join("；", reading.Problems.Select(p => p.Message).DefaultIfEmpty("文件中找不到公开表"))}。";
            else if (reading.WrongYear(year) is { } wrongYear) Message = wrongYear + "。";
            else
            {
                PriorReading = reading;
                var (accounts, settings) = (Current!.Accounts, Current.Settings);
                var json = AccountsWriter.Write(accounts with { PriorYear = reading.Figures.Over(accounts.PriorYear) }, settings);
                PriorTaking = PriorProtector.Protect(JsonSerializer.Serialize(new PriorTakingPayload(Case!.Revision, name, json, reading.Sources().ToDictionary())),
                    TimeSpan.FromHours(1));
            }
        }
        await LoadCommentsAsync();
        return Page();
    }

    /// <summary>采用读取的上年数 — saves the reading the preparer saw and confirmed, each figure marked with where it was printed.</summary>
    public async Task<IActionResult> OnPostTakePriorAsync(string code, int year, string? taking)
    {
        if (await OpenAsync(code, year, UnitAction.Edit) is { } refusal) return refusal;
        if (await PrepareAsync(PriorYearPart) is { } missing) return missing;
        PriorTakingPayload? payload = null;
        try
        {
            payload = taking is null ? null : JsonSerializer.Deserialize<PriorTakingPayload>(PriorProtector.Unprotect(taking));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Altered, expired, or sealed for another unit or year: answered as no reading at all, below.
        }
        if (payload is null) Message = "读取结果已过期或不属于本单位本年度，请重新上传文件读取。";
        else
        {
            var outcome = await store.TakePriorYearAsync(Unit.Id, year, payload.Revision, payload.Json, payload.FileName, payload.Sources, Caller.UserName,
                HttpContext.RequestAborted);
            if (outcome is SaveOutcome.Saved s) return Redirect($"{Base}/edit/{PriorYearPart}?saved={s.Version.Number}#top");
            Message = outcome is SaveOutcome.Conflict ? "未保存：读取之后本单位的数据已被修改，请重新上传文件读取。" : NotSaved(outcome);
        }
        await LoadCommentsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int year, string part, int revision)
    {
        if (await OpenAsync(code, year, UnitAction.Edit) is { } refusal) return refusal;
        if (await PrepareAsync(part) is { } missing) return missing;
        var edited = AccountsForm.Apply(Root, Part, Request.Form);
        var outcome = await store
            .SaveAsync(Unit.Id, edited.ToJsonString(), Part.Title, Caller.UserName, revision, "修改" + Part.Title, year, HttpContext.RequestAborted);
        switch (outcome)
        {
            case SaveOutcome.Saved s:
                // What the preparer marked as checked is no longer shown as carried over from last year.
                if (Request.Form["confirm"].OfType<string>().ToArray() is { Length: > 0 } confirmed)
                    await store.ConfirmCarriedOverAsync(Unit.Id, year, confirmed, Caller.UserName, HttpContext.RequestAborted);
                return Redirect($"{Base}/edit/{Part.Id}?saved={s.Version.Number}#top");
            case SaveOutcome.Invalid invalid:
                Root = edited;
                Errors = invalid.Errors.ToLookup(e => e.Field ?? "", e => e.Message);
                Message = $"有 {invalid.Errors.Count} 处需要修改，未保存。";
                break;
            default:
                Root = edited;
                Message = NotSaved(outcome);
                break;
        }
        await LoadCommentsAsync();
        return Page();
    }

    private async Task<IActionResult?> PrepareAsync(string part)
    {
        // A part the template leaves out is still reached by its address, with everything it holds.
        if ((Parts.FirstOrDefault(p => p.Id == part) ?? AccountsParts.Find(part)) is not { } found) return NotFound();
        if (Current is null) return Redirect($"{Base}/import");
        Part = found;
        Root = JsonNode.Parse(Current.AccountsJson)!.AsObject();
        Catalog = Data.Publishing.Editions.ForYear(Year);
        Findings = FindingPlaces.In(Report, Part).ToList();
        ViewData["Title"] = $"{Part.Title} · {Unit.Name} {Year}年度";
        ViewData["Part"] = Part.Id;
        if (Part.Id == PriorYearPart) LastYear = await Data.LastYearAsync(Unit.Id, Year, HttpContext.RequestAborted);
        // Earlier years' files are read only for a page that asks for a reason.
        if (Reasons().Count > 0) EarlierReasons = await Data.EarlierReasonsAsync(Unit.Id, Year, HttpContext.RequestAborted);
        return null;
    }

    /// <summary>The reviewer's comments on fields when the case was returned, shown beside those fields.</summary>
    private async Task LoadCommentsAsync()
    {
        if (Case?.Status != DisclosureStatus.Returned) return;
        var step = (await workflow.HistoryAsync(Case.Id, HttpContext.RequestAborted)).LastOrDefault(s => s.Action == WorkflowAction.Return);
        if (step?.FieldComments is null) return;
        FieldComments = (JsonSerializer.Deserialize<FieldComment[]>(step.FieldComments, JsonChanges.Options) ?? [])
            .GroupBy(c => c.Path).ToDictionary(g => g.Key, g => string.Join("；", g.Select(c => c.Comment)));
    }

    /// <summary>The values of this part still carried over from last year and not yet checked, with where each came from.</summary>
    public IEnumerable<(string Path, string Label, string Source)> UncheckedHere() =>
        Unchecked.Where(m => AccountsParts.OfField(m.Key) == Part)
            .Select(m => (m.Key, Juesuan.Accounts.Fields.FieldLabels.Of(m.Key) ?? Part.Title, m.Value));

    /// <summary>The findings shown beside one field.</summary>
    public IEnumerable<Finding> At(string field) => Findings.Where(f => f.Place.Field == field).Select(f => f.Finding);

    /// <summary>The findings shown beside one row of a list: by the row's code, or a project's id.</summary>
    public IEnumerable<Finding> AtRow(string code, string id) =>
        Findings.Where(f => (f.Place.RowCode is { } c && c == code) || (f.Place.RowId is { } i && i == id)).Select(f => f.Finding).Distinct();

    /// <summary>
    /// The reasons this page asks for: those a finding here requires, those already written that belong
    /// here, and on the reasons page every reason the accounts may state.
    /// </summary>
    public IReadOnlyList<(string Key, string Meaning, bool Required)> Reasons()
    {
        var required = (Report?.Findings ?? []).Select(f => f.Location.Field).OfType<string>()
            .Where(f => f.StartsWith(AccountsForm.ReasonPrefix, StringComparison.Ordinal)).Select(f => f[AccountsForm.ReasonPrefix.Length..]).ToHashSet();
        var written = (Root["reasons"] as JsonObject)?.Select(r => r.Key) ?? [];
        var keys = Part.Id == "reasons" ? AccountsParts.ReasonKeysFor(Current?.Accounts).Concat(written) : required.Concat(written);
        return keys.Distinct().Where(k => AccountsParts.OfReason(k) == Part || Part.Id == "reasons")
            .Select(k => (k, ReasonKeys.Meaning(k) ?? k, required.Contains(k)))
            .OrderByDescending(r => r.Item3).ToList();
    }

    public string Value(string path) => AccountsForm.Value(Root, path);

    public string Reason(string key) => (Root["reasons"] as JsonObject)?[key]?.GetValue<string>() ?? "";

    public string[] ErrorsAt(string field) => Errors[field].ToArray();
}
