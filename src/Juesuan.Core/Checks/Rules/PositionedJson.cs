using System.Text;
using System.Text.Json;

namespace Juesuan.Checks;

/// <summary>
/// A JSON value with the line and column where it starts, so that a mistake in a rule or
/// configuration file can be reported where it stands. Read with <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class PositionedJson
{
    private PositionedJson(JsonTokenType kind, int line, int column) => (Kind, Line, Column) = (kind, line, column);

    public JsonTokenType Kind { get; }
    public int Line { get; }
    public int Column { get; }
    public string? String { get; private init; }
    public decimal? Number { get; private init; }
    public bool? Boolean { get; private init; }
    public List<(string Name, PositionedJson Value, int Line, int Column)>? Properties { get; private init; }
    public List<PositionedJson>? Items { get; private init; }

    public PositionedJson? this[string name] => Properties?.FirstOrDefault(p => p.Name == name).Value;

    /// <summary>A problem at this value of a rule or configuration file.</summary>
    public Errors.FileError Error(string file, string code, string message, string? hint = null) =>
        new(code, Errors.ErrorLocation.AtLine(file, Line, Column), message, hint);

    /// <summary>Parses the text; throws <see cref="JsonException"/> with the line and column of a syntax error.</summary>
    public static PositionedJson Parse(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read()) throw new JsonException("文件为空");
        var root = Read(ref reader, bytes, lineStarts);
        if (reader.Read()) throw new JsonException("JSON 值之后有多余的内容");
        return root;
    }

    private static (int Line, int Column) Position(long offset, byte[] bytes, List<int> lineStarts)
    {
        var line = lineStarts.BinarySearch((int)offset);
        if (line < 0) line = ~line - 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
        return (line + 1, column);
    }

    private static PositionedJson Read(ref Utf8JsonReader reader, byte[] bytes, List<int> lineStarts)
    {
        var (line, column) = Position(reader.TokenStartIndex, bytes, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<(string, PositionedJson, int, int)>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (pl, pc) = Position(reader.TokenStartIndex, bytes, lineStarts);
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add((name, Read(ref reader, bytes, lineStarts), pl, pc));
                }
                return new PositionedJson(JsonTokenType.StartObject, line, column) { Properties = properties };
            case JsonTokenType.StartArray:
                var items = new List<PositionedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    items.Add(Read(ref reader, bytes, lineStarts));
                return new PositionedJson(JsonTokenType.StartArray, line, column) { Items = items };
            case JsonTokenType.String:
                return new PositionedJson(JsonTokenType.String, line, column) { String = reader.GetString() };
            case JsonTokenType.Number:
                return new PositionedJson(JsonTokenType.Number, line, column) { Number = reader.TryGetDecimal(out var d) ? d : null };
            case JsonTokenType.True or JsonTokenType.False:
                return new PositionedJson(reader.TokenType, line, column) { Boolean = reader.GetBoolean() };
            default:
                return new PositionedJson(JsonTokenType.Null, line, column);
        }
    }
}
