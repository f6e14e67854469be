using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The real sample site, built into a temporary folder and read back as a browser would.</summary>
[Collection(BuiltSites.Name)]
public sealed class EndToEndTests
{
    private readonly BuiltSample _sample;

    public EndToEndTests(BuiltSample sample) => _sample = sample;

    [Fact]
    public void The_sample_builds_without_errors() =>
        Assert.True(_sample.Result.Succeeded, string.Join("\n", _sample.Result.Diagnostics));

    [Theory]
    [InlineData("index.html")]
    [InlineData("herefordshire/directorate-plan-2009-2011/index.html")]
    [InlineData("rochdale/child-care-service-improvement-plan-2007-2010/index.html")]
    [InlineData("herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding/index.html")]
    [InlineData("rochdale/child-care-service-improvement-plan-2007-2010/objectives/1-long-term-stability/index.html")]
    public void Each_plan_and_objective_has_a_page(string page) => Assert.True(File.Exists(Path.Combine(_sample.Output, page)), page);

    [Fact]
    public void Every_objective_of_both_plans_has_a_page()
    {
        foreach (var plan in new[] { "herefordshire/directorate-plan-2009-2011", "rochdale/child-care-service-improvement-plan-2007-2010" })
        {
            var objectives = Directory.GetFiles(RepositoryRoot.Combine("content", "plans", plan, "objectives"), "*.yml");
            Assert.NotEmpty(objectives);
            foreach (var objective in objectives)
            {
                Assert.True(File.Exists(Path.Combine(_sample.Output, plan, "objectives", Path.GetFileNameWithoutExtension(objective), "index.html")), objective);
            }
        }
    }

    /// <summary>Every internal link, asset and #anchor of every page resolves; no link is root-absolute (the sample has base_url only for canonical links and the sitemap).</summary>
    [Fact]
    public void Every_internal_link_asset_and_anchor_resolves()
    {
        var parser = new HtmlParser();
        var documents = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>(StringComparer.Ordinal);
        AngleSharp.Html.Dom.IHtmlDocument Load(string full) =>
            documents.TryGetValue(full, out var d) ? d : documents[full] = parser.ParseDocument(File.ReadAllText(full));

        var pages = Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            var document = Load(page);
            var targets = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("link[href]").Where(l => l.GetAttribute("rel") != "canonical" && !l.HasAttribute("hreflang")).Select(l => l.GetAttribute("href")!))
                .Concat(document.QuerySelectorAll("script[src], img[src]").Select(s => s.GetAttribute("src")!))
                .Concat(document.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!));
            foreach (var href in targets)
            {
                if (href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal)) continue;
                if (href.Contains("://", StringComparison.Ordinal))
                {
                    // Absolute links to this site appear only where relative ones cannot work: the 404 page.
                    if (href.StartsWith("https://plans.example.org/", StringComparison.Ordinal)) Assert.EndsWith("404.html", page);
                    continue;
                }

                Assert.False(href.StartsWith('/'), $"{page} links root-absolute to {href}");
                checkedLinks++;
                var parts = href.Split('#', 2);
                var full = parts[0].Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, parts[0]));
                if (parts[0].EndsWith('/')) full = Path.Combine(full, "index.html");
                var shown = $"{Path.GetRelativePath(_sample.Output, page)} → {href}";
                if (!full.StartsWith(_sample.Output, StringComparison.Ordinal)) broken.Add(shown + " (outside the site)");
                else if (!File.Exists(full)) broken.Add(shown);
                else if (parts.Length == 2 && full.EndsWith(".html", StringComparison.Ordinal) && Load(full).GetElementById(parts[1]) is null) broken.Add(shown + " (no such anchor)");
            }
        }

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public void The_stylesheets_together_stay_under_30_KB()
    {
        var css = Directory.GetFiles(Path.Combine(_sample.Output, "assets"), "*.css").Sum(f => new FileInfo(f).Length);
        Assert.InRange(css, 1, 30 * 1024);
    }

    [Fact]
    public void The_site_has_its_markdown_pages_404_sitemap_and_robots()
    {
        foreach (var file in new[] { "about/index.html", "accessibility/index.html", "how-to-read/index.html", "search/index.html", "404.html", "robots.txt" })
        {
            Assert.True(File.Exists(Path.Combine(_sample.Output, file)), file);
        }

        var sitemap = File.ReadAllText(Path.Combine(_sample.Output, "sitemap.xml"));
        var pages = Directory.GetFiles(_sample.Output, "index.html", SearchOption.AllDirectories).Length;
        // Every page but the search pages (one per language); 404.html is not an index.html.
        var searchPages = Directory.GetDirectories(_sample.Output, "search", SearchOption.AllDirectories).Length;
        Assert.Equal(2, searchPages);
        Assert.Equal(pages - searchPages, System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>").Count);
    }

    [Fact]
    public void Pages_link_to_each_other_home_to_plan_to_objective_and_back()
    {
        var parser = new HtmlParser();
        string[] Links(string page) => parser.ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, page))).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Contains("herefordshire/directorate-plan-2009-2011/", Links("index.html"));
        Assert.Contains("rochdale/child-care-service-improvement-plan-2007-2010/", Links("index.html"));
        Assert.Contains("../../herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding/", Links("herefordshire/directorate-plan-2009-2011/index.html"));
        Assert.Contains("../../", Links("herefordshire/directorate-plan-2009-2011/index.html"));
        var objective = Links("herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding/index.html");
        Assert.Contains("../../../../herefordshire/directorate-plan-2009-2011/", objective);
        Assert.Contains("../../../../", objective);
    }

    [Fact]
    public void No_page_has_an_inline_script_or_style_attribute()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 500, $"only {pages.Length} pages");
        var scripts = 0;
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            scripts += document.QuerySelectorAll("script").Length;
            // Structured data (JSON-LD) is a data block, which no browser runs; every script that runs is a file.
            Assert.All(document.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.True(s.HasAttribute("src") && s.TextContent.Trim().Length == 0, page));
            Assert.All(document.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.True(!s.HasAttribute("src") && System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement.ValueKind == System.Text.Json.JsonValueKind.Object, page));
            Assert.Empty(document.QuerySelectorAll("[style]"));
        }

        Assert.True(scripts >= pages.Length, $"only {scripts} script elements on {pages.Length} pages");
    }
}
