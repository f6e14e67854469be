using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// Reflow (WCAG 1.4.10): at 320 px and at 1280 px no page type scrolls sideways as a whole (wide tables and
/// charts scroll inside their own focusable regions). A full-page screenshot of each page type at each width
/// is written to TestResults/screenshots/ at the repository root (or $SITEGEN_SCREENSHOTS) for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests
{
    private readonly BrowserSite _site;

    public LayoutTests(BrowserSite site) => _site = site;

    public static IEnumerable<object[]> Pages => PageTypes.All.SelectMany(p => new[] { 320, 1280 }.Select(w => new object[] { p.Name, p.Path, w }));

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task No_page_type_scrolls_sideways(string name, string path, int width)
    {
        await using var context = await _site.NewContextAsync(width: width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var folder = Path.Combine(BrowserSite.Screenshots, width + "px");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(innerWidth == width, $"the viewport is {innerWidth} px, not {width}");
        if (scrollWidth > innerWidth)
        {
            var culprits = await page.EvaluateAsync<string[]>(
                "w => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 0.5)" +
                ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))",
                innerWidth);
            Assert.Fail($"{name} ({path}) is {scrollWidth} px wide in a {innerWidth} px window; elements past the edge:\n  " + string.Join("\n  ", culprits));
        }
    }
}
