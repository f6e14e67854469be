using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SiteGen.Templating;

/// <summary>Markup already rendered into a buffer (a page's body, handed to its layout), written out as it is.</summary>
internal sealed class BufferedHtml(StringBuilder html) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(html);
}
