using System.Text;

namespace Juesuan.Documents.Html;

/// <summary>Encodes text for HTML element content and attribute values: the five characters that matter, nothing else (Chinese stays readable).</summary>
internal static class HtmlText
{
    public static StringBuilder AppendEncoded(this StringBuilder sb, string text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb;
    }
}
