using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SiteGen.ViewModels;

/// <summary>
/// Markup the generator has already made safe (Markdown with raw HTML off and unsafe links removed), which a
/// template writes as it is with <c>@Model.Body</c>. Every other string in a view model is plain text, which
/// Razor encodes.
/// </summary>
public sealed record Html(string Value) : IHtmlContent
{
    /// <summary>Whether the Markdown was given in the page's language, where the page's content otherwise falls back to the default language's (the theme leaves it unmarked).</summary>
    public bool IsTranslated { get; init; }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(Value);

    public override string ToString() => Value;
}
