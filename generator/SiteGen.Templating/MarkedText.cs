using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SiteGen.Templating;

/// <summary>
/// A piece of a page made from the content's text, as markup (with the language of text not in the page's marked,
/// <c>&lt;span lang="en-GB"&gt;</c>) and as plain text. Written with <c>@</c> it is the markup; given to
/// <c>T()</c> it is the plain text (its <see cref="ToString"/>), and <see cref="Text"/> is that text for anywhere a string is
/// wanted (a page's <c>&lt;title&gt;</c>, an attribute), since neither can hold markup. No conversion to string is
/// implicit: Razor would then prefer writing it as a string, encoded, and lose its marks. given to <c>Phrase()</c> it keeps its markup inside the theme's sentence.
/// </summary>
public sealed class MarkedText : IHtmlContent
{
    public static readonly MarkedText Empty = new(string.Empty, string.Empty);

    public MarkedText(string html, string text)
    {
        Html = html;
        Text = text;
    }

    public string Html { get; }

    public string Text { get; }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(Html);

    public override string ToString() => Text;
}
