using System.Globalization;
using System.Text.Json;
using Juesuan.Amounts;
using Juesuan.Errors;

namespace Juesuan.Accounts;

/// <summary>
/// Walks one JSON object, reading its fields by name and recording every problem with its JSON path and
/// its place as people name it (the labels of the fields and lists it lies in, "绩效自评第1项 项目资金 年度资金总额");
/// at <see cref="Done"/> any field it was not asked for is reported as unknown (a typo must not be
/// silently ignored). Messages name fields by their labels and choices by their Chinese names; the names in
/// the file (keys, spellings) are in the hints, for whoever writes the file.
/// </summary>
internal sealed class JsonWalker
{
    private readonly JsonElement _element;
    private readonly List<FileError> _errors;
    private readonly string _file;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    /// <param name="place">Where the object lies, as people name it; empty at the root.</param>
    public JsonWalker(JsonElement element, string path, string file, List<FileError> errors, string place = "")
    {
        _element = element;
        Path = path;
        _file = file;
        _errors = errors;
        Place = place;
    }

    public string Path { get; }

    /// <summary>Where this object lies, as people name it ("绩效自评第1项 项目资金"); empty at the root.</summary>
    public string Place { get; }

    /// <param name="label">The place as people name it; null where only the path says it.</param>
    public void Error(string code, string path, string message, string? hint = null, string? label = null) =>
        _errors.Add(new FileError(code, ErrorLocation.AtPath(_file, path, label), message, hint));

    private string At(string name) => Path + "." + name;

    /// <summary>A field of this object, as people name its place.</summary>
    public string Here(string label) => Place.Length == 0 ? label : Place + " " + label;

    /// <summary>The raw field, or null when absent (or JSON null). A required absent field is reported.</summary>
    public JsonElement? Field(string name, string label, bool required)
    {
        _asked.Add(name);
        if (_element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null) return value;
        if (required) Error(ErrorCodes.Missing, At(name), $"缺少必填项“{label}”", $"文件中的字段名为“{name}”", Here(label));
        return null;
    }

    public bool Has(string name) => _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public string? String(string name, string label, bool required = false)
    {
        if (Field(name, label, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.String)
        {
            var s = v.GetString()!;
            if (required && string.IsNullOrWhiteSpace(s)) { Error(ErrorCodes.Missing, At(name), $"{label}不能为空", label: Here(label)); return null; }
            return s;
        }
        Error(ErrorCodes.WrongType, At(name), $"{label}应为文本，实际为{Describe(v)}", label: Here(label));
        return null;
    }

    public int? Int(string name, string label, bool required = false, int min = 0, int max = int.MaxValue)
    {
        if (Field(name, label, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i))
        {
            if (i >= min && i <= max) return i;
            Error(ErrorCodes.OutOfRange, At(name), max == int.MaxValue ? $"{label}应为不小于{min}的整数，实际为{i}" : $"{label}应为{min}至{max}之间的整数，实际为{i}", label: Here(label));
            return null;
        }
        Error(ErrorCodes.WrongType, At(name), $"{label}应为整数，实际为{Describe(v)}", label: Here(label));
        return null;
    }

    /// <summary>A number that is no amount (得分, 面积): not negative, at most two decimals, at most <paramref name="max"/>.</summary>
    public decimal? Number(string name, string label, bool required = false, int max = int.MaxValue)
    {
        if (Field(name, label, required) is not { } v) return null;
        var range = max == int.MaxValue ? "不小于0" : $"0至{max}之间";
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d))
        {
            if (d >= 0m && d <= max && decimal.Round(d, 2) == d) return d;
            Error(ErrorCodes.OutOfRange, At(name), $"{label}应为{range}、至多两位小数的数，实际为{d.ToString(CultureInfo.InvariantCulture)}", label: Here(label));
            return null;
        }
        Error(ErrorCodes.WrongType, At(name), $"{label}应为{range}的数，实际为{Describe(v)}", label: Here(label));
        return null;
    }

    /// <summary>A date written "2022-07-25".</summary>
    public DateOnly? Date(string name, string label, bool required = false)
    {
        if (Field(name, label, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(ErrorCodes.WrongType, At(name), $"{label}应为“年-月-日”格式的日期（如 2022-07-25），实际为{Describe(v)}", label: Here(label));
        return null;
    }

    public bool? Bool(string name, string label, bool required = false)
    {
        if (Field(name, label, required) is not { } v) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Error(ErrorCodes.WrongType, At(name), $"{label}应为“是”或“否”，实际为{Describe(v)}", "文件中写作 true 或 false", Here(label));
        return null;
    }

    /// <summary>
    /// An amount in yuan: a number with at most two decimals, or an object {"amount": n, "basis": "…"}
    /// that records where the figure comes from. Negative amounts are rejected.
    /// </summary>
    public Amount? Amount(string name, string label, bool required = false)
    {
        if (Field(name, label, required) is not { } v) return null;
        return ReadAmount(v, At(name), label, Here(label));
    }

    /// <param name="place">Where the amount is, as people name it.</param>
    public Amount? ReadAmount(JsonElement v, string path, string label, string place)
    {
        if (v.ValueKind == JsonValueKind.Object)
        {
            var inner = new JsonWalker(v, path, _file, _errors, Place);
            var amount = inner.Amount("amount", label, required: true);
            inner.String("basis", "数据来源说明");
            inner.Done();
            return amount;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d))
        {
            Error(ErrorCodes.WrongType, path, $"{label}应为金额（以元为单位的数字），实际为{Describe(v)}", Hints.Amount, place);
            return null;
        }
        if (d < 0m)
        {
            Error(ErrorCodes.OutOfRange, path, $"{label}不能为负数，实际为{d.ToString(CultureInfo.InvariantCulture)}", label: place);
            return null;
        }
        if (d.Scale > 2 && decimal.Round(d, 2) != d)
        {
            Error(ErrorCodes.OutOfRange, path, $"{label}应精确到分（最多两位小数），实际为{d.ToString(CultureInfo.InvariantCulture)}", label: place);
            return null;
        }
        return Amounts.Amount.FromYuan(d);
    }

    /// <summary>One of <paramref name="values"/>, by its spelling in the file; <paramref name="nameOf"/> names each for people.</summary>
    public T? Enum<T>(string name, string label, IReadOnlyDictionary<string, T> values, Func<T, string> nameOf, bool required = false) where T : struct =>
        Choice(name, label, [.. values.Select(v => (v.Key, nameOf(v.Value)))], required) is { } spelling ? values[spelling] : null;

    /// <summary>
    /// One of <paramref name="choices"/>, as spelt in the file. Another value is reported by the choices' Chinese
    /// names, as the forms offer them; their spellings are in the hint.
    /// </summary>
    public string? Choice(string name, string label, IReadOnlyList<(string Spelling, string Name)> choices, bool required = false)
    {
        if (Field(name, label, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.String && choices.Any(c => c.Spelling == v.GetString())) return v.GetString();
        Error(ErrorCodes.NotAllowed, At(name), $"{label}应为{string.Join("、", choices.Select(c => $"“{c.Name}”"))}之一，实际为{Describe(v)}",
            $"文件中依次写作：{string.Join("、", choices.Select(c => c.Spelling))}", Here(label));
        return null;
    }

    /// <summary>Counts a field as asked for without reading it (one that was reported otherwise).</summary>
    public void Skip(string name) => _asked.Add(name);

    public JsonWalker? Object(string name, string label, bool required = false)
    {
        if (Field(name, label, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Object) return new JsonWalker(v, At(name), _file, _errors, Here(label));
        Error(ErrorCodes.WrongType, At(name), $"{label}应为对象，实际为{Describe(v)}", label: Here(label));
        return null;
    }

    /// <summary>The elements of an array field that are objects; other elements are reported.</summary>
    public IEnumerable<JsonWalker> Objects(string name, string label, bool required = false)
    {
        foreach (var (item, path, place) in Elements(name, label, required))
        {
            if (item.ValueKind == JsonValueKind.Object) yield return new JsonWalker(item, path, _file, _errors, place);
            else Error(ErrorCodes.WrongType, path, $"{label}的每一项应为对象，实际为{Describe(item)}", label: place);
        }
    }

    /// <summary>The elements of an array field that are text; other elements are reported.</summary>
    public IEnumerable<(string Value, string Path)> Strings(string name, string label)
    {
        foreach (var (item, path, place) in Elements(name, label, required: false))
        {
            if (item.ValueKind == JsonValueKind.String) yield return (item.GetString()!, path);
            else Error(ErrorCodes.WrongType, path, $"{label}的每一项应为文本，实际为{Describe(item)}", label: place);
        }
    }

    private IEnumerable<(JsonElement Item, string Path, string Place)> Elements(string name, string label, bool required)
    {
        if (Field(name, label, required) is not { } v) yield break;
        if (v.ValueKind != JsonValueKind.Array)
        {
            Error(ErrorCodes.WrongType, At(name), $"{label}应为数组，实际为{Describe(v)}", label: Here(label));
            yield break;
        }
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            yield return (item, $"{At(name)}[{i}]", Here($"{label}第{i + 1}项"));
            i++;
        }
    }

    /// <summary>The properties of an object field, as (key, value, path).</summary>
    public IEnumerable<(string Key, JsonElement Value, string Path)> Entries(string name, string label)
    {
        if (Field(name, label, required: false) is not { } v) yield break;
        if (v.ValueKind != JsonValueKind.Object)
        {
            Error(ErrorCodes.WrongType, At(name), $"{label}应为对象，实际为{Describe(v)}", label: Here(label));
            yield break;
        }
        foreach (var p in v.EnumerateObject()) yield return (p.Name, p.Value, $"{At(name)}.{p.Name}");
    }

    /// <summary>Reports every field of this object that no read asked for.</summary>
    public void Done()
    {
        foreach (var p in _element.EnumerateObject())
        {
            if (_asked.Contains(p.Name) || p.Name == "$schema" || p.Name == "basis") continue;
            Error(ErrorCodes.Unknown, At(p.Name), $"有本格式没有的字段“{p.Name}”", $"本处可用的字段为：{string.Join("、", _asked.Order(StringComparer.Ordinal))}",
                Place.Length == 0 ? null : Place);
        }
    }

    /// <summary>The message of a JSON syntax error, shared by every file Juesuan reads.</summary>
    public const string SyntaxMessage = "不是有效的 JSON（请检查此处的括号、逗号和引号）";

    /// <summary>A JSON syntax error where it stands (line and column), or at the whole file when the reader did not say.</summary>
    /// <summary>
    /// Where the parser stopped and why. Given the text, the column counts characters, not the UTF-8 bytes the parser
    /// reports (a line of Chinese has three bytes a character); nesting beyond the reader's depth is said as such.
    /// </summary>
    public static FileError SyntaxError(string file, JsonException e, string? text = null, int? maxDepth = null)
    {
        var message = maxDepth is { } depth && e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"JSON 嵌套超过{depth}层：这不是决算数据文件的结构"
            : SyntaxMessage;
        if (e.LineNumber is not { } line) return new(ErrorCodes.Syntax, ErrorLocation.Of(file), message);
        var column = checked((int)(e.BytePositionInLine ?? 0));
        if (text is not null && Line(text, checked((int)line)) is { } lineText)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(lineText);
            column = System.Text.Encoding.UTF8.GetCharCount(bytes, 0, Math.Min(column, bytes.Length));
        }
        return new(ErrorCodes.Syntax, ErrorLocation.AtLine(file, checked((int)line + 1), column + 1), message);
    }

    /// <summary>Line <paramref name="index"/> (from 0) of a text, or null.</summary>
    private static string? Line(string text, int index)
    {
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            start = text.IndexOf('\n', start) + 1;
            if (start == 0) return null;
        }
        var end = text.IndexOf('\n', start);
        return (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
    }

    /// <summary>
    /// Every key an object repeats, at the path of its second appearance: the JSON reader would keep only the last,
    /// silently, so a repeated key is an error, not a choice.
    /// </summary>
    public static IEnumerable<FileError> DuplicateKeys(JsonElement element, string file, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var at = $"{path}.{property.Name}";
                    if (!seen.Add(property.Name))
                        yield return new FileError(ErrorCodes.Duplicate, ErrorLocation.AtPath(file, at), $"“{property.Name}”在同一对象中出现了不止一次：只能写一次");
                    foreach (var error in DuplicateKeys(property.Value, file, at)) yield return error;
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    foreach (var error in DuplicateKeys(item, file, $"{path}[{index++}]")) yield return error;
                break;
        }
    }

    public static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"文本“{Shorten(v.GetString()!)}”",
        JsonValueKind.Number => $"数字 {v.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"布尔值 {v.GetRawText()}",
        JsonValueKind.Array => "数组",
        JsonValueKind.Object => "对象",
        _ => "空值",
    };

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
