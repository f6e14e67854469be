using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// Tables on a phone and sorted by value; search results past the first batch, quoting prose; the not-found
/// page styled at any address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableAndSearchTests
{
    private readonly BrowserSite _site;

    public TableAndSearchTests(BrowserSite site) => _site = site;

    /// <summary>Each table's first row, and the heading of its status column.</summary>
    public static TheoryData<string, string, string> StatusColumns => new()
    {
        { "hartlepool/departmental-plan-2008-2011/indicators/", "table.indicators", "Status" },
        { "hartlepool/departmental-plan-2008-2011/actions/", "table.actions", "Status" },
        { "herefordshire/directorate-plan-2009-2011/risks/", "table.risks", "After mitigation" },
        { "hartlepool/departmental-plan-2008-2011/risks/", "table.risks", "Before mitigation" },
        { "hartlepool/departmental-plan-2008-2011/progress/q4-2007-08/", "table.progress", "Status" },
    };

    /// <summary>At 320 px the status of a row is on screen without scrolling the table sideways.</summary>
    [BrowserTheory]
    [MemberData(nameof(StatusColumns))]
    public async Task At_320_px_a_row_s_status_is_visible_without_scrolling_sideways(string path, string table, string heading)
    {
        await using var context = await _site.NewContextAsync(width: 320);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path).ToString());
        var column = await page.Locator(table).First.EvaluateAsync<int>("(t, h) => Array.from(t.tHead.rows[0].cells).findIndex(c => c.textContent.trim() === h)", heading);
        Assert.True(column >= 0, $"{table} has no column headed {heading}");
        var (left, right) = await RectAsync(page.Locator(table).First.Locator($"tbody tr:first-child > :nth-child({column + 1})"));
        Assert.True(left >= 0 && right <= 320 + 0.5, $"{path}: the first row's {heading} spans {left:0}–{right:0} px of a 320 px screen");
    }

    /// <summary>Sorting by Latest orders by value (9.2 before 10.6), not as text ("10.6" before "9.2").</summary>
    [BrowserFact]
    public async Task Sorting_by_latest_orders_by_value()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("rochdale/child-care-service-improvement-plan-2007-2010/indicators/").ToString());
        var table = page.Locator("table.indicators");
        var column = await table.EvaluateAsync<int>("t => Array.from(t.tHead.rows[0].cells).findIndex(c => c.textContent.trim() === 'Latest')");
        await table.Locator("thead th").Nth(column).Locator("button").ClickAsync();
        var values = await table.EvaluateAsync<double[]>("(t, c) => Array.from(t.tBodies[0].rows).map(r => r.cells[c].getAttribute('data-sort')).filter(v => v !== null).map(Number)", column);
        Assert.True(values.Length > 10, $"only {values.Length} rows have a value");
        Assert.Equal(values.Order().ToArray(), values);
        var texts = await table.EvaluateAsync<string[]>("(t, c) => Array.from(t.tBodies[0].rows).map(r => r.cells[c].textContent.trim())", column);
        Assert.NotEqual(texts.Order(StringComparer.Ordinal).ToArray(), texts);
    }

    /// <summary>"Show more" adds the next batch, reached and pressed by keyboard, and moves focus to the first new result.</summary>
    [BrowserFact]
    public async Task Search_shows_every_result_a_batch_at_a_time()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("search/?q=children").ToString());
        await page.WaitForSelectorAsync("#search-results li");
        var total = int.Parse((await page.Locator("#search-status").InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 40, $"only {total} results for children");
        Assert.Equal(20, await page.Locator("#search-results li").CountAsync());

        var more = page.Locator("button.more-results");
        await Assertions.Expect(more).ToHaveTextAsync($"Show more results (20 of {total} shown)");
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(40);
        Assert.True(await page.Locator("#search-results li").Nth(20).Locator("a").EvaluateAsync<bool>("a => a === document.activeElement"), "focus is not on the first new result");

        // Pressed until every result is shown, the button goes.
        while (await more.CountAsync() > 0) await more.ClickAsync();
        Assert.Equal(total, await page.Locator("#search-results li").CountAsync());
        Assert.Equal(total, await page.Locator("#search-results li a").EvaluateAllAsync<int>("links => new Set(links.map(a => a.href)).size"));
    }

    /// <summary>A result quotes the sentences around the words searched for, marked.</summary>
    [BrowserFact]
    public async Task Search_results_quote_prose_around_the_words_searched_for()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("search/?q=foster+carers").ToString());
        await page.WaitForSelectorAsync("#search-results li");
        var marks = await page.Locator("#search-results .excerpt mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches("(?i)foster|carer", m));
    }

    /// <summary>
    /// The not-found page a host serves at any address, deep in the site, is styled even when no stylesheet can
    /// be fetched (every .css request refused): it carries its own styles. Its icon is there too.
    /// </summary>
    [BrowserFact]
    public async Task The_not_found_page_is_styled_at_any_address()
    {
        await using var context = await _site.NewContextAsync(javaScript: false);
        await context.RouteAsync("**/*.css", route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(_site.Url("no/such/page/deep/in/the/site/").ToString());
        Assert.Equal(404, response!.Status);
        Assert.Equal("rgb(11, 12, 12)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal(1, await page.Locator("head link[rel=icon]").CountAsync());
    }

    private static async Task<(double Left, double Right)> RectAsync(ILocator locator)
    {
        var rect = await locator.EvaluateAsync<double[]>("e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }");
        return (rect[0], rect[1]);
    }
}
