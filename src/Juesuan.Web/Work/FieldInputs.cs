using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Juesuan.Web.Work;

/// <summary>The input element for a field of the accounts, by its kind; every value is encoded by the tag builder.</summary>
public static class FieldInputs
{
    /// <summary>The datalist of a code picker.</summary>
    public static string CodeListId(InputKind kind) => kind == InputKind.EconomicCode ? "codes-economic" : "codes-function";

    public static IHtmlContent Input(FieldSpec field, string name, string value, bool invalid, string? describedBy, bool disabled, string? label = null)
    {
        TagBuilder tag;
        switch (field.Kind)
        {
            case InputKind.LongText:
                tag = new TagBuilder("textarea");
                tag.InnerHtml.Append(value);
                tag.Attributes["rows"] = "5";
                break;
            case InputKind.Choice:
                tag = new TagBuilder("select");
                if (value.Length == 0)
                {
                    var empty = new TagBuilder("option");
                    empty.Attributes["value"] = "";
                    empty.InnerHtml.Append("请选择");
                    tag.InnerHtml.AppendHtml(empty);
                }
                foreach (var choice in field.Choices ?? [])
                {
                    var option = new TagBuilder("option");
                    option.Attributes["value"] = choice.Value;
                    if (choice.Value == value) option.Attributes["selected"] = "selected";
                    option.InnerHtml.Append(choice.Name);
                    tag.InnerHtml.AppendHtml(option);
                }
                if (value.Length > 0 && field.Choices?.All(c => c.Value != value) == true)
                {
                    var unknown = new TagBuilder("option");
                    unknown.Attributes["value"] = value;
                    unknown.Attributes["selected"] = "selected";
                    unknown.InnerHtml.Append(value);
                    tag.InnerHtml.AppendHtml(unknown);
                }
                break;
            case InputKind.Boolean:
                tag = new TagBuilder("input");
                tag.TagRenderMode = TagRenderMode.SelfClosing;
                tag.Attributes["type"] = "checkbox";
                tag.Attributes["value"] = "true";
                if (value == "true") tag.Attributes["checked"] = "checked";
                break;
            default:
                tag = new TagBuilder("input");
                tag.TagRenderMode = TagRenderMode.SelfClosing;
                tag.Attributes["value"] = value;
                switch (field.Kind)
                {
                    case InputKind.Amount or InputKind.OptionalAmount:
                        tag.AddCssClass("amount");
                        tag.Attributes["inputmode"] = "decimal";
                        tag.Attributes["data-amount"] = "";
                        break;
                    case InputKind.Count or InputKind.OptionalCount:
                        tag.AddCssClass("count");
                        tag.Attributes["inputmode"] = "numeric";
                        break;
                    case InputKind.Number:
                        tag.AddCssClass("count");
                        tag.Attributes["inputmode"] = "decimal";
                        break;
                    case InputKind.FunctionCode or InputKind.OptionalFunctionCode or InputKind.EconomicCode:
                        tag.AddCssClass("code");
                        tag.Attributes["list"] = CodeListId(field.Kind);
                        tag.Attributes["inputmode"] = "numeric";
                        tag.Attributes["autocomplete"] = "off";
                        tag.Attributes["data-code"] = "";
                        break;
                }
                break;
        }
        tag.Attributes["name"] = name;
        tag.Attributes["id"] = "f-" + name;
        if (label is not null) tag.Attributes["aria-label"] = label;
        if (invalid) tag.Attributes["aria-invalid"] = "true";
        if (describedBy is not null) tag.Attributes["aria-describedby"] = describedBy;
        if (disabled) tag.Attributes["disabled"] = "disabled";
        if (field.Kind is InputKind.Amount or InputKind.Count or InputKind.FunctionCode or InputKind.EconomicCode or InputKind.Choice) tag.Attributes["aria-required"] = "true";
        return tag;
    }
}
