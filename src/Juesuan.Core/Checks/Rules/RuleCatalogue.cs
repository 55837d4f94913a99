using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Juesuan.Accounts;
using Juesuan.Checks.Formula;
using Juesuan.Errors;

namespace Juesuan.Checks;

/// <summary>
/// 规则目录 — the rules a check runs: the built-in catalogue (Checks/Rules/builtin.json), plus any
/// rules a bureau adds in its own file, with the bureau's configuration (rules switched off, other
/// severities and thresholds) applied and listed in <see cref="Overrides"/>.
/// </summary>
public sealed partial class RuleCatalogue
{
    public const string CatalogueFormat = "juesuan.rules/1";
    public const string ConfigFormat = "juesuan.check-config/1";

    private static readonly string[] FormulaValues = ["left", "right", "difference", "tolerance", "row", "column", "cell"];
    private static readonly string[] CommonValues = ["year", "unit", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"];

    private readonly Dictionary<string, int> _order;

    private RuleCatalogue(IReadOnlyList<RuleDefinition> rules, IReadOnlyList<string> overrides)
    {
        Rules = rules;
        Overrides = overrides;
        _order = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
    }

    /// <summary>
    /// Which catalogue: the shipped file it starts from, the built-in checks its rules may name, and
    /// whether formulas over the nine tables are allowed.
    /// </summary>
    public sealed record Kind(string Resource, string FileName, IReadOnlyDictionary<string, ICheckDescriptor> Checks, bool AllowsFormulas);

    /// <summary>The disclosure's rules: identities over the nine tables and the built-in checks of the accounts.</summary>
    public static readonly Kind Disclosure = new("Juesuan.Checks.Rules.builtin.json", "builtin.json",
        BuiltinChecks.ByName.ToDictionary(kv => kv.Key, kv => (ICheckDescriptor)kv.Value), AllowsFormulas: true);

    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The bureau's changes to the built-in rules, in Chinese, for the report.</summary>
    public IReadOnlyList<string> Overrides { get; }

    public int Order(string ruleId) => _order.GetValueOrDefault(ruleId, int.MaxValue);

    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(r => r.Id == id);

    private static readonly Lazy<RuleCatalogue> BuiltinCatalogue = new(() => Shipped(Disclosure));

    /// <summary>The disclosure's built-in catalogue, as shipped.</summary>
    public static RuleCatalogue Builtin => BuiltinCatalogue.Value;

    /// <summary>A shipped catalogue, which must load without error.</summary>
    public static RuleCatalogue Shipped(Kind kind)
    {
        var result = Load(kind);
        return result.Catalogue ?? throw new InvalidDataException($"内置规则目录 {kind.FileName} 有误：\n" + string.Join("\n", result.Errors));
    }

    /// <summary>A shipped catalogue's text.</summary>
    public static string ShippedText(Kind kind)
    {
        using var stream = typeof(RuleCatalogue).Assembly.GetManifestResourceStream(kind.Resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The disclosure's catalogue with a bureau's extra rules and configuration.</summary>
    public static RuleCatalogueResult Load((string Text, string File)? extraRules = null, (string Text, string File)? config = null) =>
        Load(Disclosure, extraRules, config);

    /// <summary>
    /// A shipped catalogue with a bureau's extra rules and configuration. Every problem in either file
    /// is reported with its file, line and column; with any problem there is no catalogue.
    /// </summary>
    public static RuleCatalogueResult Load(Kind kind, (string Text, string File)? extraRules = null, (string Text, string File)? config = null)
    {
        var errors = new List<FileError>();
        var rules = ReadRules(ShippedText(kind), kind.FileName, kind, errors);
        if (extraRules is { } extra)
        {
            foreach (var rule in ReadRules(extra.Text, extra.File, kind, errors))
            {
                if (rules.Any(r => r.Id == rule.Id))
                    errors.Add(new FileError(ErrorCodes.Duplicate, ErrorLocation.Of(extra.File), $"规则编号“{rule.Id}”与内置规则重复，请改用新的编号（要调整内置规则，请用配置文件）"));
                else
                    rules.Add(rule);
            }
        }
        var overrides = new List<string>();
        if (config is { } c) rules = ApplyConfig(rules, c.Text, c.File, errors, overrides);
        return new RuleCatalogueResult(errors.Count == 0 ? new RuleCatalogue(rules, overrides) : null, errors);
    }

    private static PositionedJson? ParseFile(string text, string file, List<FileError> errors)
    {
        try
        {
            return PositionedJson.Parse(text);
        }
        catch (JsonException e)
        {
            errors.Add(JsonWalker.SyntaxError(file, e));
            return null;
        }
    }

    private static List<RuleDefinition> ReadRules(string text, string file, Kind kind, List<FileError> errors)
    {
        var rules = new List<RuleDefinition>();
        var root = ParseFile(text, file, errors);
        if (root is null) return rules;
        if (root["catalogue"] is not { String: CatalogueFormat })
            errors.Add((root["catalogue"] ?? root).Error(file, ErrorCodes.NotAllowed, $"规则文件应以 \"catalogue\": \"{CatalogueFormat}\" 标明格式"));
        if (root["rules"] is not { Items: { } items })
        {
            errors.Add(root.Error(file, ErrorCodes.Missing, "缺少规则数组“rules”"));
            return rules;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var rule = new RuleReader(item, file, kind, errors).Read();
            if (rule is null) continue;
            if (!seen.Add(rule.Id)) errors.Add(item.Error(file, ErrorCodes.Duplicate, $"规则编号“{rule.Id}”重复"));
            else rules.Add(rule);
        }
        return rules;
    }

    private static List<RuleDefinition> ApplyConfig(List<RuleDefinition> rules, string text, string file, List<FileError> errors, List<string> overrides)
    {
        var root = ParseFile(text, file, errors);
        if (root is null) return rules;
        if (root["config"] is not { String: ConfigFormat })
            errors.Add((root["config"] ?? root).Error(file, ErrorCodes.NotAllowed, $"配置文件应以 \"config\": \"{ConfigFormat}\" 标明格式"));
        var source = root["name"]?.String is { Length: > 0 } name ? name : file;
        if (root["rules"] is not { Properties: { } entries }) return rules;
        var result = rules.ToList();
        foreach (var (id, value, line, column) in entries)
        {
            var index = result.FindIndex(r => r.Id == id);
            if (index < 0)
            {
                errors.Add(new FileError(ErrorCodes.NotFound, ErrorLocation.AtLine(file, line, column), $"没有编号为“{id}”的规则"));
                continue;
            }
            var rule = result[index];
            foreach (var (key, setting, l, c) in value.Properties ?? [])
            {
                var where = ErrorLocation.AtLine(file, l, c);
                switch (key)
                {
                    case "enabled" when setting.Boolean is { } enabled:
                        if (enabled != rule.Enabled) overrides.Add($"{id}：{(enabled ? "启用" : "停用")}（{source}）");
                        rule = rule with { Enabled = enabled };
                        break;
                    case "severity" when Severities.TryGetValue(setting.String ?? "", out var severity):
                        if (severity != rule.Severity) overrides.Add($"{id}：严重程度由“{SeverityName(rule.Severity)}”改为“{SeverityName(severity)}”（{source}）");
                        rule = rule with { Severity = severity };
                        break;
                    case "thresholds" when setting.Properties is { } thresholds:
                        var changed = new Dictionary<string, decimal>(rule.Thresholds);
                        foreach (var (tName, tValue, tl, tc) in thresholds)
                        {
                            if (!rule.Thresholds.ContainsKey(tName))
                                errors.Add(new FileError(ErrorCodes.Unknown, ErrorLocation.AtLine(file, tl, tc), $"规则“{id}”没有阈值“{tName}”（可设：{string.Join("、", rule.Thresholds.Keys)}）"));
                            else if (tValue.Number is not { } number)
                                errors.Add(new FileError(ErrorCodes.WrongType, ErrorLocation.AtLine(file, tl, tc), "阈值应为数字"));
                            else
                            {
                                if (number != rule.Thresholds[tName])
                                    overrides.Add($"{id}：阈值 {tName} 由 {Number(rule.Thresholds[tName])} 改为 {Number(number)}（{source}）");
                                changed[tName] = number;
                            }
                        }
                        rule = rule with { Thresholds = changed };
                        break;
                    default:
                        errors.Add(new FileError(ErrorCodes.Unknown, where, $"无法识别的设置“{key}”（可设 enabled: true/false、severity: blocking/warning/info、thresholds: {{名称: 数字}}）"));
                        break;
                }
            }
            result[index] = rule;
        }
        return result;
    }

    private static string Number(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Blocking => "阻断",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string CategoryName(RuleCategory c) => c switch
    {
        RuleCategory.Identity => "表内平衡",
        RuleCategory.CrossTable => "表间勾稽",
        RuleCategory.Completeness => "完整性",
        RuleCategory.Reasonableness => "合理性",
        RuleCategory.Classification => "科目规范",
        RuleCategory.Performance => "绩效自评",
        _ => "情况说明",
    };

    /// <summary>The spelling of each severity in rule and configuration files.</summary>
    public static IReadOnlyDictionary<string, Severity> SeveritySpellings => Severities;

    internal static readonly Dictionary<string, Severity> Severities = new()
    {
        ["blocking"] = Severity.Blocking,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
    };

    private static readonly Dictionary<string, RuleCategory> Categories = new()
    {
        ["performance"] = RuleCategory.Performance,
        ["identity"] = RuleCategory.Identity,
        ["crossTable"] = RuleCategory.CrossTable,
        ["completeness"] = RuleCategory.Completeness,
        ["reasonableness"] = RuleCategory.Reasonableness,
        ["classification"] = RuleCategory.Classification,
        ["narrative"] = RuleCategory.Narrative,
    };

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$")]
    private static partial Regex RuleId();

    /// <summary>Reads one rule object, reporting each problem where it stands.</summary>
    private sealed class RuleReader(PositionedJson item, string file, Kind kind, List<FileError> errors)
    {
        private static readonly HashSet<string> Known =
            ["id", "title", "category", "severity", "basis", "tables", "fields", "formula", "check", "message", "hint", "thresholds"];

        private void Error(PositionedJson at, string message, string code = ErrorCodes.NotAllowed) => errors.Add(at.Error(file, code, message));

        private string? Text(string name, bool required = true)
        {
            var value = item[name];
            if (value is { String: { Length: > 0 } s }) return s;
            if (value is not null || required) Error(value ?? item, value is null ? $"规则缺少“{name}”" : $"“{name}”应为非空文本");
            return null;
        }

        private IReadOnlyList<string> List(string name)
        {
            var value = item[name];
            if (value is null) return [];
            if (value.Items is null || value.Items.Any(i => i.String is null)) { Error(value, $"“{name}”应为文本数组"); return []; }
            return value.Items.Select(i => i.String!).ToArray();
        }

        public RuleDefinition? Read()
        {
            if (item.Properties is null) { Error(item, "每条规则应为对象"); return null; }
            foreach (var (name, _, line, column) in item.Properties.Where(p => !Known.Contains(p.Name)))
                errors.Add(new FileError(ErrorCodes.Unknown, ErrorLocation.AtLine(file, line, column), $"规则中未知的字段“{name}”（可用：{string.Join("、", Known)}）"));
            var count = errors.Count;
            var id = Text("id");
            if (id is not null && !RuleId().IsMatch(id)) Error(item["id"]!, $"规则编号“{id}”应由大写字母开头，只含字母、数字和连字符（如 T1-5、X-8、Q-1）");
            var title = Text("title");
            var basis = Text("basis");
            var message = Text("message");
            var hint = Text("hint");
            var category = Enum("category", Categories);
            var severity = Enum("severity", Severities);
            var tables = List("tables");
            foreach (var t in tables.Where(t => !Regex.IsMatch(t, "^T[1-9]$")))
                Error(item["tables"]!, $"表格“{t}”应为 T1 至 T9");
            var fields = List("fields");
            var thresholds = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (item["thresholds"] is { } th)
            {
                foreach (var (name, value, line, column) in th.Properties ?? [])
                {
                    if (value.Number is { } n) thresholds[name] = n;
                    else errors.Add(new FileError(ErrorCodes.WrongType, ErrorLocation.AtLine(file, line, column), $"阈值“{name}”应为数字"));
                }
            }

            FormulaRule? formula = null;
            var checkName = item["check"]?.String;
            var formulaNode = item["formula"];
            var allowed = new HashSet<string>(CommonValues, StringComparer.Ordinal);
            foreach (var name in thresholds.Keys) allowed.Add("threshold." + name);
            if ((formulaNode is null) == (checkName is null))
            {
                Error(item, "规则应有且只有“formula”（公式）或“check”（内置检查）之一");
            }
            else if (formulaNode is not null && !kind.AllowsFormulas)
            {
                Error(formulaNode, "此类规则目录不支持公式，请用“check”指定内置检查");
            }
            else if (formulaNode is not null)
            {
                if (formulaNode.String is not { } text) Error(formulaNode, "“formula”应为文本");
                else
                {
                    var parsed = FormulaParser.Parse(text);
                    if (parsed.Rule is null)
                        errors.Add(new FileError(ErrorCodes.Formula, ErrorLocation.AtLine(file, formulaNode.Line, formulaNode.Column + parsed.Column), $"公式有误：{parsed.Error}"));
                    formula = parsed.Rule;
                    allowed.UnionWith(FormulaValues);
                    foreach (var reference in formula?.References ?? [])
                        foreach (var pattern in new[] { reference.Row, reference.Key }.OfType<KeyPattern>())
                            allowed.UnionWith(pattern.Variables);
                }
            }
            else if (!kind.Checks.TryGetValue(checkName!, out var check))
            {
                Error(item["check"]!, $"没有名为“{checkName}”的内置检查（可用：{string.Join("、", kind.Checks.Keys.Order(StringComparer.Ordinal))}）");
            }
            else
            {
                allowed.UnionWith(check.Values);
                foreach (var missing in check.Thresholds.Where(t => !thresholds.ContainsKey(t)))
                    Error(item, $"内置检查“{checkName}”需要阈值“{missing}”");
            }
            foreach (var (name, text) in new[] { ("message", message), ("hint", hint) })
            {
                if (text is null) continue;
                foreach (Match m in Placeholder().Matches(text))
                    if (!allowed.Contains(m.Groups[1].Value))
                        Error(item[name]!, $"“{name}”中的“{{{m.Groups[1].Value}}}”不是本规则提供的值（可用：{string.Join("、", allowed.Order(StringComparer.Ordinal))}）");
            }
            if (errors.Count > count) return null;
            return new RuleDefinition(id!, title!, category!.Value, severity!.Value, basis!, tables, fields, formula, checkName, message!, hint!, thresholds);
        }

        private T? Enum<T>(string name, Dictionary<string, T> values) where T : struct
        {
            var value = item[name];
            if (value?.String is { } s && values.TryGetValue(s, out var result)) return result;
            Error(value ?? item, value is null ? $"规则缺少“{name}”" : $"“{name}”应为 {string.Join("、", values.Keys)} 之一");
            return null;
        }
    }
}

/// <summary>The outcome of loading a catalogue: the catalogue, or every problem found.</summary>
public sealed record RuleCatalogueResult(RuleCatalogue? Catalogue, IReadOnlyList<FileError> Errors);
