using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>Search, and the sortable and filterable tables, used with the keyboard alone: Tab, typing, Enter and Space, never the mouse.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests
{
    private readonly BrowserSite _site;

    public KeyboardTests(BrowserSite site) => _site = site;

    [BrowserFact]
    public async Task Search_works_from_the_keyboard_alone()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("").ToString());

        // From the top of the home page, Tab reaches its search box (the header has none on this page): the skip link, the site name, then the box.
        await TabUntilAsync(page, "#home-search", 5);
        await page.Keyboard.TypeAsync("adoption");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath.EndsWith("/search/", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        Assert.Contains("q=adoption", page.Url, StringComparison.Ordinal);
        await page.WaitForSelectorAsync("#search-results a");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("result");

        // Change the query in the page's own box, by keyboard: the results follow as you type.
        await TabUntilAsync(page, "#search-page-query", 20);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("looked after children");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=looked(\\+|%20)after(\\+|%20)children"));
        await page.WaitForSelectorAsync("#search-results a");

        // Tab on into the results; Enter follows the focused link.
        var href = await TabUntilAsync(page, "#search-results a", 40);
        var expected = new Uri(new Uri(page.Url), href).AbsolutePath;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == expected);
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Tables_filter_and_sort_from_the_keyboard_alone()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("hartlepool/departmental-plan-2008-2011/indicators/").ToString());
        var rows = page.Locator("table.indicators tbody tr");
        var total = await rows.CountAsync();
        Assert.True(total > 5, $"only {total} indicators");

        // Filter: Tab to the box, type; rows without every word typed are hidden and the count is announced.
        await TabUntilAsync(page, ".table-filter input", 60);
        await page.Keyboard.TypeAsync("Assessments NI");
        var visible = await page.Locator("table.indicators tbody tr:not([hidden])").AllInnerTextsAsync();
        Assert.NotEmpty(visible);
        Assert.True(visible.Count < total, "the filter hid nothing");
        Assert.All(visible, text =>
        {
            Assert.Contains("assessments", text.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.Contains("ni", text.ToLowerInvariant(), StringComparison.Ordinal);
        });
        await Assertions.Expect(page.Locator(".table-filter [aria-live]")).ToHaveTextAsync($"{visible.Count} of {total} rows shown");

        // Clear it by keyboard: every row comes back.
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Backspace");
        Assert.Equal(total, await page.Locator("table.indicators tbody tr:not([hidden])").CountAsync());

        // Sort: Tab on to the first column's button; Enter sorts ascending, Space descending, and aria-sort says so.
        await TabUntilAsync(page, "table.indicators th button.sort", 10);
        var heading = page.Locator("table.indicators thead th").First;
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(heading).ToHaveAttributeAsync("aria-sort", "ascending");
        var ascending = await FirstColumnAsync(page);
        Assert.Equal(ascending.Order(Comparer).ToList(), ascending);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(heading).ToHaveAttributeAsync("aria-sort", "descending");
        var descending = await FirstColumnAsync(page);
        Assert.Equal(ascending.AsEnumerable().Reverse().ToList(), descending);
    }

    /// <summary>A table that scrolls sideways at 320 px can be reached with Tab and scrolled with the arrow keys.</summary>
    [BrowserFact]
    public async Task Wide_tables_scroll_from_the_keyboard_on_a_narrow_screen()
    {
        await using var context = await _site.NewContextAsync(width: 320);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("hartlepool/departmental-plan-2008-2011/budget/").ToString());
        await TabUntilAsync(page, ".table-wrap[role=region]", 80);
        var region = page.Locator(".table-wrap:focus");
        Assert.True(await region.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the focused region does not overflow");
        Assert.Equal(0, await region.EvaluateAsync<double>("e => e.scrollLeft"));
        for (var i = 0; i < 5; i++) await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.activeElement.scrollLeft > 0");
    }

    private static readonly StringComparer Comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.NumericOrdering);

    private static async Task<List<string>> FirstColumnAsync(IPage page) =>
        (await page.Locator("table.indicators tbody tr > :first-child").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails after <paramref name="limit"/> presses. Returns the element's href, if any.</summary>
    private static async Task<string?> TabUntilAsync(IPage page, string selector, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var match = await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);
            if (match) return await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");
        Assert.Fail($"{limit} presses of Tab did not reach {selector}; focus is on {focused}");
        return null;
    }
}
