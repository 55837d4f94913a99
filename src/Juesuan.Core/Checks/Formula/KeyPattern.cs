using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Juesuan.Checks.Formula;

/// <summary>
/// A row or cell-key pattern of a formula: literal text, # (one digit), * (any text), and named
/// variables $name or $name{pattern} (a variable constrained to a pattern, e.g. $c{###}). An
/// anonymous pattern (with # or * but no variable) is itself a variable, shared by every place the
/// same text stands; named variables are shared by name.
/// </summary>
public sealed partial class KeyPattern
{
    private static readonly ConcurrentDictionary<string, KeyPattern> Cache = new(StringComparer.Ordinal);

    private readonly Regex? _regex;
    private readonly List<(string? Literal, string? Variable)> _parts = [];

    private KeyPattern(string text)
    {
        Text = text;
        var regex = new StringBuilder("^");
        var names = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '$' && i + 1 < text.Length && IsNameChar(text[i + 1]))
            {
                var start = ++i;
                while (i < text.Length && IsNameChar(text[i])) i++;
                var name = text[start..i];
                var constraint = ".+?";
                if (i < text.Length && text[i] == '{')
                {
                    var close = text.IndexOf('}', i);
                    if (close < 0) throw new FormatException($"变量“${name}”的约束缺少“}}”");
                    constraint = Wildcards(text[(i + 1)..close]);
                    i = close;
                }
                else
                {
                    i--;
                }
                regex.Append("(?<").Append(name).Append('>').Append(constraint).Append(')');
                names.Add(name);
                _parts.Add((null, name));
                continue;
            }
            regex.Append(Wildcards(c.ToString()));
            _parts.Add((c.ToString(), null));
        }
        Variables = names;
        IsAnonymous = names.Count == 0 && (text.Contains('#') || text.Contains('*'));
        IsLiteral = names.Count == 0 && !IsAnonymous;
        _anyText = text == "*";
        _digitsOnly = names.Count == 0 && !text.Contains('*');
        if (!IsLiteral && !_anyText && !_digitsOnly) _regex = new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    // The common patterns ("*", "###", "301##") are matched without a regular expression.
    private readonly bool _anyText;
    private readonly bool _digitsOnly;

    /// <summary>Whether a key matches the pattern, ignoring what its variables capture.</summary>
    public bool Matches(string key)
    {
        if (IsLiteral) return key == Text;
        if (_anyText) return true;
        if (_digitsOnly) return MatchesDigits(key);
        return _regex!.IsMatch(key);
    }

    private bool MatchesDigits(string key)
    {
        if (key.Length != Text.Length) return false;
        for (var i = 0; i < key.Length; i++)
        {
            var p = Text[i];
            if (p == '#' ? !char.IsAsciiDigit(key[i]) : p != key[i]) return false;
        }
        return true;
    }

    /// <summary>Adds the values a matching key gives the pattern's variables (an anonymous pattern: the key itself).</summary>
    public bool TryCapture(string key, List<(string Variable, string Value)> captures)
    {
        if (IsLiteral || IsAnonymous)
        {
            if (!Matches(key)) return false;
            if (IsAnonymous) captures.Add((AnonymousVariable, key));
            return true;
        }
        var m = _regex!.Match(key);
        if (!m.Success) return false;
        foreach (var v in Variables) captures.Add((v, m.Groups[v].Value));
        return true;
    }

    public static KeyPattern Of(string text) => Cache.GetOrAdd(text, t => new KeyPattern(t));

    public string Text { get; }

    /// <summary>The named variables ($name) in the pattern.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>A pattern with wildcards but no name: the pattern text itself is the variable.</summary>
    public bool IsAnonymous { get; }

    public bool IsLiteral { get; }

    /// <summary>The variable an anonymous pattern binds.</summary>
    public string AnonymousVariable => "~" + Text;

    /// <summary>
    /// The pattern with its bound variables filled in: a literal key when everything is bound, or a
    /// narrower pattern (the remaining # and *) for sum() and children().
    /// </summary>
    public KeyPattern Bind(IReadOnlyDictionary<string, string> binding) => IsLiteral ? this : Of(Resolve(binding));

    /// <summary>The key this pattern stands for under a binding (unbound variables are left as written).</summary>
    public string Resolve(IReadOnlyDictionary<string, string> binding)
    {
        if (IsLiteral) return Text;
        if (IsAnonymous) return binding.TryGetValue(AnonymousVariable, out var key) ? key : Text;
        var text = new StringBuilder(Text.Length + 8);
        foreach (var (literal, variable) in _parts)
            text.Append(literal ?? (binding.TryGetValue(variable!, out var value) ? value : "$" + variable));
        return text.ToString();
    }


    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string Wildcards(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
            sb.Append(c switch { '#' => "[0-9]", '*' => ".*", _ => Regex.Escape(c.ToString()) });
        return sb.ToString();
    }

    public override string ToString() => Text;
}
