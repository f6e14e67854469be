using SiteGen.Model;
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
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JavaScript:alert(1))", "click")]
    [InlineData("[click](&#106;avascript:alert(1))", "click")]
    [InlineData("[click](<java\tscript:alert(1)>)", "click")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)", "click")]
    [InlineData("[click](vbscript:msgbox)", "click")]
    [InlineData("![img](javascript:alert(1))", "img")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    public void Unsafe_link_schemes_become_plain_text(string markdown, string text)
    {
        var html = MarkdownRenderer.ToHtml(markdown)!.Value;
        // No link or image at all, whatever its address: only the words are left.
        Assert.DoesNotContain("<a", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("src=", html);
        Assert.Equal($"<p>{text}</p>", html);
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

    private static readonly Glossary Terms = new([new GlossaryEntry("CAF", "Common Assessment Framework"), new GlossaryEntry("CAFTAC", "CAF \"Team Around the Child\""), new GlossaryEntry("SN", "Statistical neighbours")]);

    [Fact]
    public void The_first_use_of_a_glossary_term_is_marked_as_an_abbreviation()
    {
        var html = MarkdownRenderer.ToHtml("More CAF work; CAF again.", Terms)!.Value;
        Assert.Equal("<p>More <abbr title=\"Common Assessment Framework\">CAF</abbr> work; CAF again.</p>", html);
    }

    [Fact]
    public void Terms_match_whole_words_longest_first_and_titles_are_encoded()
    {
        var html = MarkdownRenderer.ToHtml("Use CAFTAC, not SNOW or CAFs.", Terms)!.Value;
        Assert.Equal("<p>Use <abbr title=\"CAF &quot;Team Around the Child&quot;\">CAFTAC</abbr>, not SNOW or CAFs.</p>", html);
    }

    [Fact]
    public void Link_text_is_not_marked() =>
        Assert.Equal("<p><a href=\"https://example.gov.uk/\">CAF</a></p>", MarkdownRenderer.ToHtml("[CAF](https://example.gov.uk/)", Terms)!.Value);

    [Fact]
    public void Markdown_headings_sit_below_the_page_headings() =>
        Assert.Equal("<h3>Heading</h3>\n<h4>Sub</h4>", MarkdownRenderer.ToHtml("# Heading\n\n## Sub")!.Value);

    [Fact]
    public void Heading_levels_are_ranked_so_none_is_skipped_whatever_level_the_author_starts_at() =>
        Assert.Equal("<h3>Heading</h3>\n<h4>Sub</h4>\n<h3>Next</h3>", MarkdownRenderer.ToHtml("## Heading\n\n#### Sub\n\n## Next")!.Value);

    [Fact]
    public void A_markdown_table_gets_a_caption_scoped_headers_and_no_style_attributes()
    {
        var html = MarkdownRenderer.ToHtml("## Values\n\nWe hold these:\n\n| Value | Meaning |\n|:---|---:|\n| Honesty | Telling the truth |\n", tableCaption: "Partnership and values")!.Value;
        Assert.Contains("<table>\n<caption>Values</caption>", html);
        Assert.Contains("<th scope=\"col\">Value</th>", html);
        Assert.DoesNotContain("style=", html);
        Assert.Contains("<caption>Partnership and values</caption>", MarkdownRenderer.ToHtml("| A | B |\n|---|---|\n| 1 | 2 |\n", tableCaption: "Partnership and values")!.Value);
    }
}
