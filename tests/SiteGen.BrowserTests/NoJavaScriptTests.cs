using System.Net;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>With JavaScript turned off in the browser, every page type still shows its content and its links work; search says what to do instead.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests
{
    private readonly BrowserSite _site;

    public NoJavaScriptTests(BrowserSite site) => _site = site;

    public static IEnumerable<object[]> Pages => PageTypes.Data;

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_type_is_usable_without_JavaScript(string name, string path)
    {
        await using var context = await _site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(_site.Url(path).ToString());
        Assert.NotNull(response);
        Assert.Equal(name == "not-found" ? (int)HttpStatusCode.NotFound : (int)HttpStatusCode.OK, response.Status);
        // Scripts really are off: site.js would have turned sortable headings into buttons.
        Assert.Equal(0, await page.Locator("th button.sort").CountAsync());

        // The content is there and visible: one heading, and main holds more than the heading.
        var h1 = page.Locator("main h1");
        await Assertions.Expect(h1).ToBeVisibleAsync();
        var mainText = (await page.Locator("main").InnerTextAsync()).Trim();
        Assert.True(mainText.Length > (await h1.InnerTextAsync()).Length + 20, $"{name}: main has almost no text: {mainText}");
        // The stylesheet applied (the header is dark), so the page is laid out as designed, not as bare HTML.
        Assert.Equal("rgb(11, 12, 12)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        // Navigation works: following the site name reaches the home page.
        await page.Locator(".site-header a.site-name").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        // A Welsh page's site name leads to the Welsh home page.
        Assert.Equal(path.StartsWith("cy/", StringComparison.Ordinal) ? "Cynghorau a'u cynlluniau" : "Councils and their plans", await FirstH2Async(page));

        if (name == "search" || name == "search-results")
        {
            await page.GoBackAsync();
            var fallback = page.Locator(".search-fallback");
            await Assertions.Expect(fallback).ToBeVisibleAsync();
            await Assertions.Expect(fallback).ToContainTextAsync("needs JavaScript");
            await fallback.Locator("a").First.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.Contains("/indicators/", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("table.indicators tbody tr").First).ToBeVisibleAsync();
        }
    }

    /// <summary>The header's search box submits without JavaScript: the search page opens with the words in its address and its box, and points to the indexes.</summary>
    [BrowserFact]
    public async Task The_search_box_submits_without_JavaScript()
    {
        await using var context = await _site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("hartlepool/").ToString());
        await page.Locator("#site-search").FillAsync("adoption");
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=adoption");
        await Assertions.Expect(page.Locator(".search-fallback")).ToBeVisibleAsync();
    }

    private static async Task<string> FirstH2Async(IPage page) => (await page.Locator("main h2").First.InnerTextAsync()).Trim();
}
