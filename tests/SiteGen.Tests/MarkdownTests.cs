using SiteGen.Rendering;
using Xunit;

namespace SiteGen.Tests;

public sealed class MarkdownTests
{
    [Fact]
    public void Raw_html_is_shown_as_text_never_as_markup()
    {
        var html = MarkdownRenderer.ToHtml("Before <script>alert(1)</script> after <b onclick=\"x()\">bold</b>")!.Value;
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b ", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Unsafe_link_schemes_become_plain_text(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown)!.Value;
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_words_once() =>
        Assert.Equal("<p>See the form or this page.</p>", MarkdownRenderer.ToHtml("See [the form](https://example.gov.uk/) or [this page](javascript:alert(1)).")!.Value.Replace("<a href=\"https://example.gov.uk/\">the form</a>", "the form"));

    [Theory]
    [InlineData("[council](https://www.herefordshire.gov.uk/)", "href=\"https://www.herefordshire.gov.uk/\"")]
    [InlineData("[mail](mailto:plans@example.gov.uk)", "href=\"mailto:plans@example.gov.uk\"")]
    [InlineData("[about](../about/)", "href=\"../about/\"")]
    [InlineData("[section](#vision)", "href=\"#vision\"")]
    public void Safe_links_stay_links(string markdown, string expected) => Assert.Contains(expected, MarkdownRenderer.ToHtml(markdown)!.Value);
}
