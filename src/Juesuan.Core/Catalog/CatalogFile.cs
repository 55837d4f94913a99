using Juesuan.Errors;

namespace Juesuan.Catalog;

/// <summary>
/// Reads a catalogue edition from its tab-separated text (columns code, level, name_zh, name_en, kind,
/// source and, optionally, explanation_zh; lines starting with # are comments). Every bad line is
/// reported, with the file and line.
/// </summary>
public static class CatalogFile
{
    public static CatalogParseResult Parse(string text, int editionYear, string fileName)
    {
        var codes = new List<ClassificationCode>();
        var errors = new List<FileError>();
        var seen = new HashSet<(CodeKind, string)>();
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (f[0] == "code") continue;
            }
            var where = ErrorLocation.AtLine(fileName, lineNumber);
            if (f.Length < 5)
            {
                errors.Add(new FileError(ErrorCodes.Missing, where, $"应有至少5列（code、level、name_zh、name_en、kind），实际为{f.Length}列"));
                continue;
            }
            CodeKind? kind = f[4] switch { "function" => CodeKind.Function, "economic" => CodeKind.Economic, _ => null };
            CodeLevel? level = f[1] switch { "class" => CodeLevel.Class, "section" => CodeLevel.Section, "item" => CodeLevel.Item, _ => null };
            if (kind is null) { errors.Add(new FileError(ErrorCodes.NotAllowed, where, $"kind 应为 function 或 economic，实际为“{f[4]}”")); continue; }
            if (level is null) { errors.Add(new FileError(ErrorCodes.NotAllowed, where, $"level 应为 class、section 或 item，实际为“{f[1]}”")); continue; }
            var code = f[0];
            if (!code.All(char.IsAsciiDigit) || ClassificationCode.LevelOfLength(code.Length) != level)
            {
                errors.Add(new FileError(ErrorCodes.Code, where, $"科目编码“{code}”与级次 {f[1]} 不符（类3位、款5位、项7位）"));
                continue;
            }
            if (kind == CodeKind.Economic && level == CodeLevel.Item)
            {
                errors.Add(new FileError(ErrorCodes.Code, where, $"经济分类科目只有类、款两级，“{code}”不能为项"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(f[2])) { errors.Add(new FileError(ErrorCodes.Missing, where, $"科目“{code}”缺少中文名称")); continue; }
            if (!seen.Add((kind.Value, code))) { errors.Add(new FileError(ErrorCodes.Duplicate, where, $"科目“{code}”重复")); continue; }
            var explanation = f.Length > 6 && !string.IsNullOrWhiteSpace(f[6]) ? f[6].Trim() : null;
            codes.Add(new ClassificationCode(code, level.Value, kind.Value, f[2].Trim(), f[3].Trim(), f.Length > 5 ? f[5].Trim() : "", explanation));
        }
        foreach (var c in codes.Where(c => c.ParentCode is { } p && !seen.Contains((c.Kind, p))))
            errors.Add(new FileError(ErrorCodes.Code, ErrorLocation.Of(fileName), $"科目“{c.Code}”的上级科目“{c.ParentCode}”不在目录中"));
        return new CatalogParseResult(errors.Count == 0 ? new CodeCatalog(editionYear, codes) : null, errors);
    }

    /// <summary>Codes as catalogue text that <see cref="Parse"/> reads back (tabs and line breaks inside a field become spaces).</summary>
    public static string Write(IEnumerable<ClassificationCode> codes)
    {
        var text = new System.Text.StringBuilder("code\tlevel\tname_zh\tname_en\tkind\tsource\texplanation_zh\n");
        foreach (var c in codes)
            text.AppendJoin('\t', c.Code, c.Level.ToString().ToLowerInvariant(), Field(c.Name), Field(c.NameEn), ClassificationCode.KindKey(c.Kind),
                Field(c.Source), Field(c.Explanation ?? "")).Append('\n');
        return text.ToString();
    }

    private static string Field(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}

public sealed record CatalogParseResult(CodeCatalog? Catalog, IReadOnlyList<FileError> Errors);
