using System.Globalization;

namespace Juesuan.Checks.Formula;

/// <summary>
/// Parses rule formulas such as <c>T1.收入总计 = T1.支出总计</c>,
/// <c>T3[*].本年支出合计 = T3[*].基本支出 + T3[*].项目支出</c> or <c>T2[*].* = children(T2[*].*)</c>.
/// A mistake is reported with the column (1-based) where it was found.
/// </summary>
public static class FormulaParser
{
    public static FormulaParseResult Parse(string text)
    {
        var parser = new Parser(text);
        try
        {
            var left = parser.Sum();
            var comparison = parser.ComparisonOperator();
            var right = parser.Sum();
            parser.End();
            return new FormulaParseResult(new FormulaRule(left, comparison, right, text), null, 0);
        }
        catch (FormulaException e)
        {
            return new FormulaParseResult(null, e.Message, e.Column);
        }
    }

    private sealed class FormulaException(string message, int column) : Exception(message)
    {
        public int Column { get; } = column;
    }

    private sealed class Parser(string text)
    {
        private int _i;

        private void SkipSpace()
        {
            while (_i < text.Length && char.IsWhiteSpace(text[_i])) _i++;
        }

        private char Peek()
        {
            SkipSpace();
            return _i < text.Length ? text[_i] : '\0';
        }

        private FormulaException Error(string message) => new(message, _i + 1);

        private void Expect(char c, string what)
        {
            if (Peek() != c) throw Error(Peek() == '\0' ? $"公式在此处意外结束，缺少“{what}”" : $"此处应为“{what}”，实际为“{text[_i]}”");
            _i++;
        }

        public void End()
        {
            if (Peek() != '\0') throw Error($"公式在比较之后有多余的内容“{text[_i..]}”");
        }

        public Comparison ComparisonOperator()
        {
            var c = Peek();
            if (c == '=') { _i++; return Comparison.Equal; }
            if (c == '≤') { _i++; return Comparison.AtMost; }
            if (c == '≥') { _i++; return Comparison.AtLeast; }
            if ((c == '<' || c == '>') && _i + 1 < text.Length && text[_i + 1] == '=')
            {
                _i += 2;
                return c == '<' ? Comparison.AtMost : Comparison.AtLeast;
            }
            throw Error(c == '\0' ? "公式缺少比较符号（=、<=、>=）" : $"此处应为比较符号（=、<=、>=），实际为“{c}”");
        }

        public Expression Sum()
        {
            Expression left = Peek() == '-' ? Negated() : Product();
            while (Peek() is '+' or '-')
            {
                var op = text[_i++];
                left = new BinaryExpression(left, op, Product());
            }
            return left;
        }

        private NegateExpression Negated()
        {
            _i++;
            return new NegateExpression(Product());
        }

        private Expression Product()
        {
            var start = _i;
            var primary = Primary();
            if (Peek() is '*' or '×')
            {
                _i++;
                if (primary is NumberExpression n) return new ScaleExpression(n.Value, Primary());
                _i = start;
                throw Error("乘法只能用于“数字 * 数值”（如 0.9 * T5[合计].合计）");
            }
            return primary;
        }

        private Expression Primary()
        {
            var c = Peek();
            if (c == '(')
            {
                _i++;
                var inner = Sum();
                Expect(')', ")");
                return inner;
            }
            if (char.IsAsciiDigit(c)) return Number();
            if (c == 'T' && _i + 1 < text.Length && char.IsAsciiDigit(text[_i + 1])) return new ReferenceExpression(Reference());
            var wordStart = _i;
            var word = Word();
            if (word is "sum" or "children")
            {
                Expect('(', "(");
                SkipSpace();
                var reference = Reference();
                Expect(')', ")");
                return new AggregateExpression(word, reference);
            }
            if (word.Length > 0) _i = wordStart;
            throw Error(word.Length > 0
                ? $"未知的函数或名称“{word}”（可用：sum、children，或以 T1…T9 开头的表格引用）"
                : c == '\0' ? "公式在此处意外结束，缺少数值或表格引用" : $"此处应为数值或表格引用，实际为“{c}”");
        }

        private NumberExpression Number()
        {
            var start = _i;
            while (_i < text.Length && (char.IsAsciiDigit(text[_i]) || text[_i] == '.')) _i++;
            if (!decimal.TryParse(text[start.._i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                _i = start;
                throw Error($"“{text[start.._i]}”不是有效的数字");
            }
            return new NumberExpression(value);
        }

        private string Word()
        {
            var start = _i;
            while (_i < text.Length && char.IsAsciiLetter(text[_i])) _i++;
            return text[start.._i];
        }

        private CellReference Reference()
        {
            var start = _i + 1;
            if (Peek() != 'T') throw Error("此处应为表格引用（如 T1.收入总计）");
            _i++;
            var digits = _i;
            while (_i < text.Length && char.IsAsciiDigit(text[_i])) _i++;
            var table = "T" + text[digits.._i];
            if (table is not ("T1" or "T2" or "T3" or "T4" or "T5" or "T6" or "T7" or "T8" or "T9"))
            {
                _i = start - 1;
                throw Error($"表格“{table}”不存在（应为 T1 至 T9）");
            }
            KeyPattern? row = null;
            if (_i < text.Length && text[_i] == '[')
            {
                var open = _i++;
                var rowStart = _i;
                while (_i < text.Length && text[_i] != ']') _i++;
                if (_i >= text.Length)
                {
                    _i = open;
                    throw Error("行引用缺少“]”");
                }
                var rowText = text[rowStart.._i].Trim();
                if (rowText.Length == 0) throw Error("行引用为空（应为 合计、科目编码、* 或 ### 等）");
                row = Pattern(rowText, rowStart);
                _i++;
            }
            if (_i >= text.Length || text[_i] != '.') throw Error($"表格“{table}”后应为“.”和列名或单元格名");
            _i++;
            var keyStart = _i;
            var depth = 0;
            while (_i < text.Length && (depth > 0 || !IsDelimiter(text[_i])))
            {
                if (text[_i] == '{') depth++;
                if (text[_i] == '}') depth--;
                _i++;
            }
            var key = text[keyStart.._i];
            if (key.Length == 0) throw Error("“.”后应为列名或单元格名");
            return new CellReference(table, row, Pattern(key, keyStart), start);
        }

        private KeyPattern Pattern(string pattern, int at)
        {
            try
            {
                return KeyPattern.Of(pattern);
            }
            catch (FormatException e)
            {
                throw new FormulaException(e.Message, at + 1);
            }
        }

        private static bool IsDelimiter(char c) =>
            char.IsWhiteSpace(c) || c is '+' or '-' or '=' or '<' or '>' or '≤' or '≥' or '(' or ')' or '×';
    }
}

/// <summary>The outcome of parsing a formula: the rule, or the message and 1-based column of the mistake.</summary>
public sealed record FormulaParseResult(FormulaRule? Rule, string? Error, int Column);
