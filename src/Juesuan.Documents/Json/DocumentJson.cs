using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Juesuan.Disclosure;
using Juesuan.DocumentModel;

namespace Juesuan.Documents.Json;

/// <summary>
/// disclosure.json — the document model as JSON (and the options every JSON output of Juesuan uses): every part, paragraph and table cell, each amount
/// with its exact value in yuan and its displayed text. Chinese is written as is, not escaped.
/// </summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(DisclosureDocument document) => JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>A written document's title, read as far as the title and no further (it comes first); null where it has none.</summary>
    public static string? Title(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("title"))
                return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return null;
    }
}
