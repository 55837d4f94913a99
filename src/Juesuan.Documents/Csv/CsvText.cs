using System.Globalization;
using System.Text;

namespace Juesuan.Documents.Csv;

/// <summary>CSV lines as RFC 4180 writes them, for every CSV Juesuan produces.</summary>
public static class CsvText
{
    public static void Line(StringBuilder sb, IEnumerable<string> fields)
    {
        sb.AppendJoin(',', fields.Select(Field));
        sb.Append("\r\n");
    }

    /// <summary>The bytes of the text in UTF-8, with a byte-order mark for files meant for Excel and WPS.</summary>
    public static byte[] Bytes(StringBuilder sb, bool byteOrderMark) =>
        byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())] : Encoding.UTF8.GetBytes(sb.ToString());

    /// <summary>An amount in yuan, exact and plain: "3915995.04".</summary>
    public static string Yuan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a text field opening with = + - @ gets a leading apostrophe so no spreadsheet runs it as a formula.</summary>
    private static string Field(string value)
    {
        if ((value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r') || (value.StartsWith('-') && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
