using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The structural WCAG rules the theme promises, checked on every page of the built sample site:
/// language, landmarks, skip link, one h1, no skipped heading levels, captioned tables with scoped
/// headers, and labelled form fields. (Colour contrast and behaviour need a browser.)
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class AccessibilityStructureTests
{
    private readonly BuiltSample _sample;

    public AccessibilityStructureTests(BuiltSample sample) => _sample = sample;

    /// <summary>Every page of the built sample; never an empty list, so no check below can pass on nothing.</summary>
    private IEnumerable<(string Page, AngleSharp.Html.Dom.IHtmlDocument Document)> Pages()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 500, $"only {pages.Count} pages in the built sample");
        return pages.Select(p => (Path.GetRelativePath(_sample.Output, p), parser.ParseDocument(File.ReadAllText(p))));
    }

    [Fact]
    public void Every_page_has_a_language_landmarks_a_skip_link_and_one_h1()
    {
        foreach (var (page, document) in Pages())
        {
            Assert.False(string.IsNullOrEmpty(document.DocumentElement.GetAttribute("lang")), page);
            Assert.Single(document.QuerySelectorAll("main#main"));
            Assert.NotNull(document.QuerySelector("header"));
            Assert.NotNull(document.QuerySelector("footer"));
            Assert.Equal("#main", document.QuerySelector("a.skip-link")?.GetAttribute("href"));
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{page} has {document.QuerySelectorAll("h1").Length} h1 elements");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), page);
        }
    }

    [Fact]
    public void Headings_never_skip_a_level()
    {
        var failures = new List<string>();
        foreach (var (page, document) in Pages())
        {
            var previous = 0;
            foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                if (level > previous + 1) failures.Add($"{page}: h{level} \"{heading.TextContent.Trim()}\" follows h{previous}");
                previous = level;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void Every_table_has_a_caption_and_scoped_headers()
    {
        var failures = new List<string>();
        var tables = 0;
        foreach (var (page, document) in Pages())
        {
            foreach (var table in document.QuerySelectorAll("table"))
            {
                tables++;
                if (string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent)) failures.Add($"{page}: a table has no caption");
                foreach (var th in table.QuerySelectorAll("th"))
                {
                    var scope = th.GetAttribute("scope");
                    if (scope is not ("col" or "row")) failures.Add($"{page}: th \"{th.TextContent.Trim()}\" has no scope");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        Assert.True(tables > 500, $"only {tables} tables checked");
    }

    [Fact]
    public void Every_form_field_has_a_label_and_ids_are_unique()
    {
        var inputs = 0;
        foreach (var (page, document) in Pages())
        {
            foreach (var input in document.QuerySelectorAll("input"))
            {
                inputs++;
                var id = input.GetAttribute("id");
                Assert.False(string.IsNullOrEmpty(id), page);
                Assert.NotNull(document.QuerySelector($"label[for='{id}']"));
            }

            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{page} repeats an id: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }

        // Every page has the header's search box, and the search page its own.
        Assert.True(inputs > 500, $"only {inputs} form fields checked");
    }
}
