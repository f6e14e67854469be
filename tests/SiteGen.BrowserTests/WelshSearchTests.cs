using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using SiteGen.Configuration;
using SiteGen.Search;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// Welsh search in the real browser: a reader types a mutated Welsh word on a Welsh search page and finds the
/// pages that use the word in any mutation, the words marked, the count worded by the page in Welsh's plural
/// forms. The sample has no Welsh pages yet, so the test builds its Welsh search page: the sample's search
/// page with its language set to Welsh and Welsh count words, beside a Welsh index of documents given here
/// (folder <c>cy-search-test/</c>, removed afterwards). When the sample publishes Welsh pages, this can open
/// its own Welsh search page instead.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WelshSearchTests
{
    private const string Folder = "cy-search-test";

    private static readonly SearchDocument[] Documents =
    [
        Document("cy/amcan-1/", "objective", "Gofal i blant ifanc", "Rydym am i bob plentyn fod yn ddiogel. Bydd rhieni'n cael help i ofalu am eu plant gartref."),
        Document("cy/amcan-2/", "objective", "Teuluoedd yn gyntaf", "Dywedodd un fam: mae fy mhlant yn hapus yn yr ysgol, a gwelodd ei phlant hi welliant."),
        Document("cy/dangosydd-1/", "indicator", "Ymddiriedaeth yng Nghyngor Sir Caerfyrddin", "Canran y trigolion sy'n fodlon ar y cyngor."),
        Document("cy/dangosydd-2/", "indicator", "Ansawdd dŵr yr afonydd", "Mae'r cyngor yn mesur ansawdd y dŵr mewn afonydd."),
        Document("cy/cam-1/", "action", "Ffyrdd a thrafnidiaeth", "Gwella'r ffyrdd. Bydd hi'n rhoi ei chyngor ar y gwaith."),
    ];

    /// <summary>The count's plural forms as a Welsh words file would give them ("2 ganlyniad", "3 chanlyniad").</summary>
    private const string WelshCounts = """
        {"zero":"Dim canlyniadau ar gyfer “{1}”.","one":"{0} canlyniad ar gyfer “{1}”.","two":"{0} ganlyniad ar gyfer “{1}”.","few":"{0} chanlyniad ar gyfer “{1}”.","many":"{0} chanlyniad ar gyfer “{1}”.","other":"{0} canlyniad ar gyfer “{1}”."}
        """;

    private readonly BrowserSite _site;

    public WelshSearchTests(BrowserSite site) => _site = site;

    [BrowserFact]
    public async Task Typing_a_mutated_Welsh_word_finds_it_in_every_mutation()
    {
        var folder = Path.Combine(_site.Output, Folder);
        try
        {
            WriteWelshSearchPage(folder);
            await using var context = await _site.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(_site.Url(Folder + "/").ToString());
            await Assertions.Expect(page.Locator("#search-filters")).ToBeVisibleAsync();

            // "blant" (soft): the page that says "blant" and the one that says "mhlant" and "phlant".
            await page.Locator("#search-page-query").PressSequentiallyAsync("blant");
            await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("2 ganlyniad ar gyfer “blant”.");
            var titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();
            Assert.Equal(["Gofal i blant ifanc", "Teuluoedd yn gyntaf"], titles.Order(StringComparer.Ordinal));
            var marks = await page.Locator("#search-results .excerpt mark").AllInnerTextsAsync();
            Assert.Contains("mhlant", marks);
            Assert.Contains("phlant", marks);

            // "nghyngor" (nasal): "yng Nghyngor", "cyngor" and "ei chyngor"; three results take Welsh's "few" form.
            await page.Locator("#search-page-query").FillAsync(string.Empty);
            await page.Locator("#search-page-query").PressSequentiallyAsync("nghyngor");
            await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("3 chanlyniad ar gyfer “nghyngor”.");
            titles = await page.Locator("#search-results li h2").AllInnerTextsAsync();
            Assert.Equal(["Ansawdd dŵr yr afonydd", "Ffyrdd a thrafnidiaeth", "Ymddiriedaeth yng Nghyngor Sir Caerfyrddin"], titles.Order(StringComparer.Ordinal));

            // A circumflex typed or not.
            await page.Locator("#search-page-query").FillAsync("dwr");
            await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 canlyniad ar gyfer “dwr”.");
            Assert.Equal(["Ansawdd dŵr yr afonydd"], await page.Locator("#search-results li h2").AllInnerTextsAsync());
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The sample's own Welsh search page (/cy/search/), over the Welsh index the build writes beside it: the council's
    /// Welsh name, typed nasally mutated, is found, counted in Welsh, and leads to the council's Welsh page.
    /// </summary>
    [BrowserFact]
    public async Task The_sample_s_Welsh_search_page_finds_the_council_s_Welsh_name_in_a_mutated_form()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("cy/search/").ToString());
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("#search-filters")).ToBeVisibleAsync();
        await page.Locator("#search-page-query").PressSequentiallyAsync("nghyngor");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("1 canlyniad ar gyfer “nghyngor”.");
        var link = page.Locator("#search-results li h2 a");
        Assert.Equal("Cyngor Sir Caerfyrddin", (await link.InnerTextAsync()).Trim());
        await link.ClickAsync();
        await page.WaitForURLAsync(new Regex("/cy/carmarthenshire/$"));
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
    }

    /// <summary>The sample's search page, one folder deep like it, made Welsh: its language and its count words, over the Welsh index beside it.</summary>
    private void WriteWelshSearchPage(string folder)
    {
        foreach (var file in SearchIndexBuilder.Build(Documents, SearchSettings.Default, url => "../" + url, SearchLanguage.Welsh, Folder))
        {
            var path = Path.Combine(_site.Output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        var html = File.ReadAllText(Path.Combine(_site.Output, "search", "index.html"));
        Assert.Matches(LanguageAttribute(), html);
        html = LanguageAttribute().Replace(html, "data-language=\"cy\"");
        html = CountsAttribute().Replace(html, "data-results=\"" + WebUtility.HtmlEncode(WelshCounts.Trim()) + "\"");
        File.WriteAllText(Path.Combine(folder, "index.html"), html);
    }

    private static SearchDocument Document(string url, string type, string title, string body) =>
        new(url, type, title, null, body, null, "Cyngor Sir Caerfyrddin", "Cynllun Corfforaethol", [], null) { Prose = body };

    [GeneratedRegex("data-language=\"[^\"]*\"")]
    private static partial Regex LanguageAttribute();

    [GeneratedRegex("data-results=\"[^\"]*\"")]
    private static partial Regex CountsAttribute();
}
