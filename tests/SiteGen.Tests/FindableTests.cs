using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// What makes the figures findable: a meta description on every page, schema.org Dataset markup (JSON-LD)
/// on indicator pages and the data page that a JSON parser reads, the data page in the sitemap, and a link to
/// it from every page of every plan.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class FindableTests
{
    private readonly BuiltSample _sample;

    public FindableTests(BuiltSample sample) => _sample = sample;

    private IEnumerable<(string Page, IHtmlDocument Document)> Pages(string pattern = "*.html")
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_sample.Output, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 400, $"only {pages.Count} pages");
        return pages.Select(p => (Path.GetRelativePath(_sample.Output, p).Replace('\\', '/'), parser.ParseDocument(File.ReadAllText(p))));
    }

    [Fact]
    public void Every_page_has_a_meta_description_of_search_snippet_length()
    {
        var saysMore = 0;
        foreach (var (page, document) in Pages())
        {
            var description = Assert.Single(document.QuerySelectorAll("head meta[name=description]")).GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), page + " has an empty meta description");
            // A summary from the content is cut to snippet length; one the theme words from a long title may be longer.
            var title = document.QuerySelector("h1")!.TextContent.Trim();
            Assert.True(description!.Length <= 161 || description.StartsWith(title, StringComparison.Ordinal), $"{page}: a description of {description.Length} characters");
            Assert.DoesNotContain("**", description);
            if (!description.EndsWith("Children's services plans.", StringComparison.Ordinal)) saysMore++;
        }

        // Most pages say more than what they are: their summary, or an indicator's latest figure.
        Assert.True(saysMore > 400, $"only {saysMore} pages say more of themselves than their title");
    }

    [Fact]
    public void An_objective_page_is_described_by_its_own_description_as_plain_text()
    {
        var (_, document) = Pages("index.html").First(p => p.Page.Contains("/objectives/", StringComparison.Ordinal) && p.Document.QuerySelector(".prose") is not null);
        var description = document.QuerySelector("head meta[name=description]")!.GetAttribute("content")!;
        // The page spells an abbreviation out where it first appears ("LAC (looked after children)"); the description keeps the plan's words.
        var proseElement = document.QuerySelector("main .prose")!;
        foreach (var abbr in proseElement.QuerySelectorAll("abbr[title]"))
        {
            if (abbr.NextSibling is AngleSharp.Dom.IText next && next.Data.StartsWith(" (" + abbr.GetAttribute("title") + ")", StringComparison.Ordinal))
                next.Data = next.Data[(" (" + abbr.GetAttribute("title") + ")").Length..];
        }

        var prose = string.Join(" ", proseElement.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(description.TrimEnd('…').TrimEnd('.'), prose, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_pages_and_the_data_page_carry_datasets_in_json_ld()
    {
        var indicators = 0;
        foreach (var (page, document) in Pages("index.html").Where(p => p.Page.Contains("/indicators/", StringComparison.Ordinal) && Unprefixed(p.Page).Count(c => c == '/') == 4))
        {
            var dataset = Assert.Single(Datasets(page, document));
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(dataset.GetProperty("description").GetString()));
            Assert.Equal("https://plans.example.org/" + page[..^"index.html".Length], dataset.GetProperty("url").GetString());
            Assert.Equal("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", dataset.GetProperty("license").GetString());
            Assert.Equal("Organization", dataset.GetProperty("creator").GetProperty("@type").GetString());
            var downloads = dataset.GetProperty("distribution").EnumerateArray().ToList();
            Assert.Equal(["text/csv", "application/json"], downloads.Select(d => d.GetProperty("encodingFormat").GetString()));
            var csv = document.QuerySelectorAll("ul.downloads a").Select(a => a.GetAttribute("href")!).First(h => h.EndsWith(".csv", StringComparison.Ordinal));
            Assert.Equal(new Uri(new Uri("https://plans.example.org/" + page), csv).AbsoluteUri, downloads[0].GetProperty("contentUrl").GetString());
            indicators++;
        }

        Assert.True(indicators > 300, $"only {indicators} indicator pages");

        var (dataPage, data) = Pages("index.html").Single(p => p.Page == "data/index.html");
        var datasets = Datasets(dataPage, data);
        Assert.Equal(Directory.GetFiles(Path.Combine(_sample.Output, "data"), "datapackage.json", SearchOption.AllDirectories).Length, datasets.Count);
        foreach (var dataset in datasets)
        {
            foreach (var download in dataset.GetProperty("distribution").EnumerateArray())
            {
                var url = download.GetProperty("contentUrl").GetString()!;
                Assert.StartsWith("https://plans.example.org/data/", url);
                Assert.True(File.Exists(Path.Combine(_sample.Output, url["https://plans.example.org/".Length..])), url);
            }
        }
    }

    private static List<JsonElement> Datasets(string page, IHtmlDocument document) =>
        document.QuerySelectorAll("head script[type='application/ld+json']")
            .Select(s =>
            {
                var json = JsonDocument.Parse(s.TextContent).RootElement;
                Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
                Assert.True(json.GetProperty("@type").GetString() == "Dataset", page);
                return json;
            })
            .ToList();

    [Fact]
    public void The_data_page_is_in_the_sitemap_and_linked_from_every_plan_and_indicator_page()
    {
        Assert.Contains("<loc>https://plans.example.org/data/</loc>", File.ReadAllText(Path.Combine(_sample.Output, "sitemap.xml")));
        var (_, data) = Pages("index.html").Single(p => p.Page == "data/index.html");
        var anchors = data.QuerySelectorAll("main h3[id]").Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var planPages = 0;
        foreach (var (page, document) in Pages("index.html").Where(p => p.Document.QuerySelector("nav.plan-nav") is not null))
        {
            var link = document.QuerySelector("nav.plan-nav .plan-nav-data a")?.GetAttribute("href");
            Assert.True(link is not null, page + " does not link its plan's data");
            var target = new Uri(new Uri("https://plans.example.org/" + page), link);
            // A Welsh page links to the Welsh data page, whose anchors are the same.
            Assert.Equal(page.StartsWith("cy/", StringComparison.Ordinal) ? "/cy/data/" : "/data/", target.AbsolutePath);
            Assert.Contains(target.Fragment.TrimStart('#'), anchors);
            planPages++;
        }

        Assert.True(planPages > 500, $"only {planPages} plan pages");
    }

    /// <summary>A page's file as its language's folder does not count: Welsh pages are the English ones under <c>cy/</c>.</summary>
    private static string Unprefixed(string page) => page.StartsWith("cy/", StringComparison.Ordinal) ? page["cy/".Length..] : page;
}
