using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The sample site publishes in English and Welsh (site.yml <c>languages: [en-GB, cy]</c>): Carmarthenshire, a Welsh
/// council, in both, under <c>/cy/</c> for Welsh; the English councils in English only. Read from the built sample.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class WelshPagesTests
{
    private const string WelshCouncil = "carmarthenshire";
    private readonly BuiltSample _sample;

    public WelshPagesTests(BuiltSample sample) => _sample = sample;

    private IHtmlDocument Page(string file) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, file)));

    /// <summary>Every page of the Welsh council in Welsh, by its file under <c>cy/</c>; never empty.</summary>
    private List<string> WelshCouncilPages()
    {
        var pages = Directory.GetFiles(Path.Combine(_sample.Output, "cy", WelshCouncil), "index.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_sample.Output, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} Welsh pages of {WelshCouncil}");
        return pages;
    }

    [Fact]
    public void A_welsh_councils_pages_exist_in_both_languages_and_link_to_each_other_both_ways()
    {
        foreach (var welsh in WelshCouncilPages())
        {
            var english = welsh["cy/".Length..];
            Assert.True(File.Exists(Path.Combine(_sample.Output, english)), $"{welsh} has no English page {english}");

            var toEnglish = Page(welsh).QuerySelector(".language-switcher a[hreflang='en-GB']") as IHtmlAnchorElement;
            Assert.NotNull(toEnglish);
            Assert.Equal(english, Resolve(welsh, toEnglish.GetAttribute("href")!));
            Assert.Equal("en-GB", toEnglish.GetAttribute("lang"));

            var toWelsh = Page(english).QuerySelector(".language-switcher a[hreflang='cy']");
            Assert.NotNull(toWelsh);
            Assert.Equal(welsh, Resolve(english, toWelsh.GetAttribute("href")!));
            Assert.Equal("Cymraeg", toWelsh.TextContent.Trim());
        }
    }

    [Fact]
    public void Each_language_of_a_page_is_named_in_the_head_as_an_alternate()
    {
        var document = Page($"cy/{WelshCouncil}/index.html");
        var alternates = document.QuerySelectorAll("link[rel='alternate'][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal($"https://plans.example.org/{WelshCouncil}/", alternates["en-GB"]);
        Assert.Equal($"https://plans.example.org/cy/{WelshCouncil}/", alternates["cy"]);
    }

    [Fact]
    public void Every_page_is_marked_with_its_language_welsh_under_cy_and_english_elsewhere()
    {
        var pages = Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_sample.Output, p).Replace('\\', '/')).ToList();
        Assert.Contains(pages, p => p.StartsWith("cy/", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var expected = page.StartsWith("cy/", StringComparison.Ordinal) ? "cy" : "en-GB";
            Assert.True(Page(page).DocumentElement.GetAttribute("lang") == expected, $"{page} is not marked lang=\"{expected}\"");
        }
    }

    [Fact]
    public void English_councils_publish_in_english_only_with_no_switcher()
    {
        Assert.False(Directory.Exists(Path.Combine(_sample.Output, "cy", "cumbria")));
        Assert.Null(Page("cumbria/index.html").QuerySelector(".language-switcher"));

        // The Welsh home page lists the English councils too, linking to their English pages.
        var home = Page("cy/index.html");
        Assert.Contains(home.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "../cumbria/");
    }

    [Fact]
    public void Text_that_is_not_in_welsh_is_marked_as_english_and_the_page_says_so_in_welsh()
    {
        foreach (var welsh in WelshCouncilPages())
        {
            var document = Page(welsh);
            var note = document.QuerySelector("main .fallback-note");
            Assert.NotNull(note);
            Assert.Contains("Gymraeg", note.TextContent);
            Assert.Null(note.Closest("[lang='en-GB']"));

            // The site's title and every passage of the plan's prose are the content's, in English.
            Assert.Equal("en-GB", document.QuerySelector(".site-name span")?.GetAttribute("lang"));
            Assert.All(document.QuerySelectorAll(".footer-links a"), a => Assert.Equal("en-GB", a.FirstElementChild?.GetAttribute("lang")));
            if (document.QuerySelector(".plan-nav-title a") is { } plan) Assert.Equal("en-GB", plan.FirstElementChild?.GetAttribute("lang"));
            foreach (var prose in document.QuerySelectorAll(".prose").Where(p => p.TextContent.Trim().Length > 0))
            {
                Assert.True(prose.Children.Length > 0 && prose.Children.All(c => c.GetAttribute("lang") == "en-GB"), $"{welsh}: a passage is not marked as English: {prose.TextContent.Trim()[..Math.Min(60, prose.TextContent.Trim().Length)]}");
            }
        }

        // The heading of a plan's, an objective's or an indicator's Welsh page is the content's own title, in English.
        const string overview = WelshCouncil + "/childrens-services-business-plan-2010-2013/";
        foreach (var page in new[] { overview, overview + "objectives/1-keeping-children-safe/", overview + "indicators/1-3-2-16/" })
        {
            Assert.Equal("en-GB", Page("cy/" + page + "index.html").QuerySelector("h1 > span")?.GetAttribute("lang"));
            Assert.Null(Page(page + "index.html").QuerySelector("h1 > span[lang]"));
        }

        // The plan's title, listed on the council's Welsh page, is the plan's own, in English.
        var council = Page($"cy/{WelshCouncil}/index.html");
        var planLink = council.QuerySelectorAll("main a[href]").First(a => a.GetAttribute("href")!.Contains("childrens-services-business-plan", StringComparison.Ordinal));
        Assert.Equal("en-GB", planLink.FirstElementChild?.GetAttribute("lang"));

        // The English pages have no note and nothing marked as another language.
        var english = Page($"{WelshCouncil}/index.html");
        Assert.Null(english.QuerySelector(".fallback-note"));
        Assert.Empty(english.QuerySelectorAll("main [lang]"));
    }

    [Fact]
    public void The_welsh_councils_own_welsh_name_is_used_on_its_welsh_pages_and_not_marked_as_english()
    {
        var welsh = Page($"cy/{WelshCouncil}/index.html");
        var heading = welsh.QuerySelector("h1")!;
        Assert.Equal("Cyngor Sir Caerfyrddin", heading.TextContent.Trim());
        Assert.Null(heading.Closest("[lang='en-GB']"));
        Assert.Equal("Carmarthenshire County Council", Page($"{WelshCouncil}/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Welsh_pages_write_dates_and_counts_in_welsh()
    {
        var english = Page("index.html").Body!.TextContent;
        var welsh = Page("cy/index.html").Body!.TextContent;
        Assert.Contains("20 May 2008", english);
        Assert.Contains("20 Mai 2008", welsh);

        var plan = Page($"cy/{WelshCouncil}/index.html").Body!.TextContent;
        Assert.Matches(@"\b42 dangosydd\b", plan);
        Assert.DoesNotContain("indicators", plan);

        // A plan's years are joined by the theme's words, never by English from the generator.
        const string overview = WelshCouncil + "/childrens-services-business-plan-2010-2013/index.html";
        Assert.Contains("2010/11 to 2012/13", Page(overview).Body!.TextContent);
        Assert.Contains("2010/11 i 2012/13", Page("cy/" + overview).Body!.TextContent);
    }

    [Fact]
    public void The_sitemap_names_each_language_of_a_page_as_an_alternate()
    {
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(_sample.Output, "sitemap.xml"));
        System.Xml.Linq.XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(map + "url").ToDictionary(u => u.Element(map + "loc")!.Value);
        foreach (var address in new[] { $"https://plans.example.org/{WelshCouncil}/", $"https://plans.example.org/cy/{WelshCouncil}/" })
        {
            var alternates = urls[address].Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal($"https://plans.example.org/{WelshCouncil}/", alternates["en-GB"]);
            Assert.Equal($"https://plans.example.org/cy/{WelshCouncil}/", alternates["cy"]);
        }

        Assert.Empty(urls["https://plans.example.org/cumbria/"].Elements(xhtml + "link"));
        Assert.DoesNotContain("https://plans.example.org/cy/search/", urls.Keys);
    }

    /// <summary>A relative link from one page's file, as the site root sees it.</summary>
    private static string Resolve(string from, string href)
    {
        var folder = from[..(from.LastIndexOf('/') + 1)];
        var resolved = new Uri(new Uri("https://x/" + folder), href).AbsolutePath.TrimStart('/');
        return resolved.EndsWith('/') || resolved.Length == 0 ? resolved + "index.html" : resolved;
    }
}

/// <summary>A Markdown page translated by a file beside it (<c>about.cy.md</c>): its Welsh edition shows the translation, unmarked.</summary>
public sealed class TranslatedPageTests
{
    [Fact]
    public async Task A_page_with_a_cy_md_beside_it_is_shown_in_welsh_on_its_welsh_edition_and_is_no_page_of_its_own()
    {
        var files = MinimalSite.Files();
        files["site.yml"] = "title: Test plans\nlanguages: [en-GB, cy]\n";
        files["content/pages/about.md"] = "---\ntitle: About this site\n---\nThis site publishes the plans.\n";
        files["content/pages/about.cy.md"] = "---\ntitle: Am y wefan hon\n---\nMae'r wefan hon yn cyhoeddi'r cynlluniau.\n";
        using var site = new TempSite(files);
        var output = site.Path("_site");
        var result = await site.BuildAsync(output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.False(Directory.Exists(Path.Combine(output, "about.cy")));
        var parser = new HtmlParser();
        var welsh = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "cy", "about", "index.html")));
        Assert.Equal("Am y wefan hon", welsh.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Mae'r wefan hon yn cyhoeddi'r cynlluniau.", welsh.QuerySelector("main")!.TextContent);
        Assert.Empty(welsh.QuerySelectorAll("main [lang]"));
        Assert.Null(welsh.QuerySelector(".fallback-note"));
        Assert.Equal("Am y wefan hon", welsh.QuerySelector(".footer-links a")!.TextContent.Trim());
        Assert.Null(welsh.QuerySelector(".footer-links a [lang]"));

        // The site's title has no translation: it stays marked as English.
        Assert.Equal("en-GB", welsh.QuerySelector(".site-name span")?.GetAttribute("lang"));

        var english = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "about", "index.html")));
        Assert.Equal("About this site", english.QuerySelector("h1")!.TextContent.Trim());
    }

    /// <summary>A plan's section translated by a file beside it (sections/01-context.cy.md): the plan's Welsh page shows it, unmarked, and counts it as translated.</summary>
    [Fact]
    public async Task A_plan_section_with_a_cy_md_beside_it_is_shown_in_welsh_on_the_plan_s_welsh_page()
    {
        var files = MinimalSite.Files();
        files["site.yml"] = "title: Test plans\nlanguages: [en-GB, cy]\n";
        files["content/organisations/testshire.yml"] = "languages: [en-GB, cy]\n" + files["content/organisations/testshire.yml"];
        files[MinimalSite.PlanFolder + "/sections/01-context.md"] = "---\ntitle: Context\n---\nThe plan's own words.\n";
        files[MinimalSite.PlanFolder + "/sections/01-context.cy.md"] = "---\ntitle: Cyd-destun\n---\nGeiriau'r cynllun ei hun.\n";
        files[MinimalSite.PlanFolder + "/sections/02-budget.md"] = "---\ntitle: Money\n---\nOnly in English.\n";
        using var site = new TempSite(files);
        var output = site.Path("_site");
        var result = await site.BuildAsync(output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var parser = new HtmlParser();
        var planFolder = Directory.GetDirectories(Path.Combine(output, "cy", "testshire")).Single(d => File.Exists(Path.Combine(d, "index.html")) && Path.GetFileName(d).Contains("2009", StringComparison.Ordinal));
        var welsh = parser.ParseDocument(File.ReadAllText(Path.Combine(planFolder, "index.html")));
        var translated = welsh.QuerySelector("section[id$='context']")!;
        Assert.Equal("Cyd-destun", translated.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Geiriau'r cynllun ei hun.", translated.TextContent);
        Assert.Empty(translated.QuerySelectorAll("[lang]"));
        Assert.Contains(welsh.QuerySelectorAll(".on-this-page a"), a => a.TextContent.Trim() == "Cyd-destun" && a.QuerySelector("[lang]") is null);

        // The section given only in English stays English, marked so, in the section and in the contents.
        var english = welsh.QuerySelector("section[id$='budget']")!;
        Assert.Equal("en-GB", english.QuerySelector("h2 > span")?.GetAttribute("lang"));
        Assert.Contains(welsh.QuerySelectorAll(".on-this-page a"), a => a.TextContent.Trim() == "Money" && a.QuerySelector("[lang='en-GB']") is not null);

        var englishPage = parser.ParseDocument(File.ReadAllText(Path.Combine(output, Path.GetRelativePath(Path.Combine(output, "cy"), planFolder), "index.html")));
        Assert.Equal("Context", englishPage.QuerySelector("section[id$='context'] h2")!.TextContent.Trim());
        Assert.False(Directory.Exists(Path.Combine(planFolder, "01-context.cy")));
    }

    [Fact]
    public void A_translation_in_a_language_the_site_does_not_publish_in_is_SG0311()
    {
        var files = MinimalSite.Files();
        files["content/pages/about.md"] = "---\ntitle: About this site\n---\nThis site publishes the plans.\n";
        files["content/pages/about.cy.md"] = "---\ntitle: Am y wefan hon\n---\nMae'r wefan hon yn cyhoeddi'r cynlluniau.\n";
        using var site = new TempSite(files);
        DiagnosticAssert.Single(site.Validate(), "SG0311", "content/pages/about.cy.md", 2, 1);
    }

    [Fact]
    public void A_section_s_translation_in_a_language_the_site_does_not_publish_in_is_SG0311()
    {
        var files = MinimalSite.Files();
        files[MinimalSite.PlanFolder + "/sections/01-context.md"] = "---\ntitle: Context\n---\nThe plan's own words.\n";
        files[MinimalSite.PlanFolder + "/sections/01-context.cy.md"] = "---\ntitle: Cyd-destun\n---\nGeiriau'r cynllun ei hun.\n";
        using var site = new TempSite(files);
        DiagnosticAssert.Single(site.Validate(), "SG0311", MinimalSite.PlanFolder + "/sections/01-context.cy.md", 2, 1);
    }
}
