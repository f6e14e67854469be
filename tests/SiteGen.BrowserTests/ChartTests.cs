using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// Charts as a reader sees them: at 320 px every chart text is at least 12 pixels high and every chart fits
/// its column (the layout made for a phone is the one shown); at 1280 px the desktop layout is shown, as wide
/// as the column allows. One page of each kind of chart, chosen for the most awkward of the sample (the most
/// periods, the longest names, the most crowded risk matrix, a budget of four columns). A picture of each
/// chart at each width is written to TestResults/screenshots/charts/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests
{
    private readonly BrowserSite _site;

    public ChartTests(BrowserSite site) => _site = site;

    public static TheoryData<string, string> Charts => new()
    {
        { "indicator-many-periods", "rochdale/child-care-service-improvement-plan-2007-2010/indicators/1a/" },
        { "indicator-comparators-and-rank", "carmarthenshire/childrens-services-business-plan-2010-2013/indicators/scc-006/" },
        { "indicator-split", "hartlepool/performance-achievement-2008-09/indicators/csd-p033/" },
        { "indicator-gap", "herefordshire/directorate-plan-2009-2011/indicators/ni-50/" },
        { "indicator-strip", "cumbria/service-plan-2006-07/indicators/childrens-centres-milestones/" },
        { "indicators-of-an-objective", "herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding/" },
        { "comparison", "compare/ni-59/" },
        { "risk-matrix-crowded", "cumbria/service-plan-2006-07/risks/" },
        { "status", "herefordshire/directorate-plan-2009-2011/" },
        { "budget-four-columns", "carmarthenshire/childrens-services-business-plan-2010-2013/budget/" },
        { "budget-long-names", "cumbria/service-plan-2006-07/budget/" },
    };

    /// <summary>Each visible chart text's height in pixels as drawn: its font size times the chart's scale.</summary>
    private const string TextSizes =
        "() => Array.from(document.querySelectorAll('figure.chart svg text')).filter(t => t.getClientRects().length > 0)" +
        ".map(t => ({ text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a }))";

    [BrowserTheory]
    [MemberData(nameof(Charts))]
    public async Task At_320_px_chart_text_is_at_least_12_pixels_and_charts_fit_their_column(string name, string path)
    {
        await using var context = await _site.NewContextAsync(width: 320);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path).ToString());
        await ScreenshotsAsync(page, name, 320);

        var texts = await page.EvaluateAsync<TextSize[]>(TextSizes);
        Assert.True(texts.Length > 5, $"{name}: only {texts.Length} chart texts drawn");
        var small = texts.Where(t => t.Size < 12).ToList();
        Assert.True(small.Count == 0, $"{name}: {small.Count} chart text(s) below 12 px at 320 px: " + string.Join(", ", small.Take(10).Select(t => $"\"{t.Text}\" {t.Size:0.0} px")));

        var overflowing = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('figure.chart .chart-scroll')).filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.getAttribute('aria-label'))");
        Assert.True(overflowing.Length == 0, $"{name}: charts wider than the column at 320 px: " + string.Join(", ", overflowing));
        Assert.Equal(0, await page.Locator("figure.chart svg.chart-wide:visible").CountAsync());
    }

    [BrowserTheory]
    [MemberData(nameof(Charts))]
    public async Task At_1280_px_the_desktop_layout_is_shown_as_wide_as_the_column_allows(string name, string path)
    {
        await using var context = await _site.NewContextAsync(width: 1280);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path).ToString());
        await ScreenshotsAsync(page, name, 1280);

        Assert.Equal(0, await page.Locator("figure.chart svg.chart-narrow:visible").CountAsync());
        var widths = await page.EvaluateAsync<double[][]>("() => Array.from(document.querySelectorAll('figure.chart svg.chart-svg')).filter(s => s.getClientRects().length > 0).map(s => [s.getBoundingClientRect().width, s.viewBox.baseVal.width, s.closest('figure').clientWidth])");
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(Math.Abs(w[0] - Math.Min(w[1], w[2])) < 1, $"{name}: a chart {w[1]} wide is drawn {w[0]:0} px wide in a {w[2]:0} px column"));
        var small = (await page.EvaluateAsync<TextSize[]>(TextSizes)).Where(t => t.Size < 12).ToList();
        Assert.True(small.Count == 0, $"{name}: chart text below 12 px at 1280 px: " + string.Join(", ", small.Take(10).Select(t => $"\"{t.Text}\" {t.Size:0.0} px")));
    }

    /// <summary>The check can fail: with the theme's chart text made smaller, it reports each text too small.</summary>
    [BrowserFact]
    public async Task The_text_size_check_finds_text_too_small()
    {
        await using var context = await _site.NewContextAsync(width: 320);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("rochdale/child-care-service-improvement-plan-2007-2010/indicators/1a/").ToString());
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = ".chart-svg .tick { font-size: 11px !important; }" });
        var small = (await page.EvaluateAsync<TextSize[]>(TextSizes)).Where(t => t.Size < 12).ToList();
        Assert.Contains(small, t => t.Text == "2003/04");
    }

    private static async Task ScreenshotsAsync(IPage page, string name, int width)
    {
        var folder = Path.Combine(BrowserSite.Screenshots, "charts", width + "px");
        Directory.CreateDirectory(folder);
        var figures = page.Locator("figure.chart");
        var count = Math.Min(3, await figures.CountAsync());
        for (var i = 0; i < count; i++)
        {
            await figures.Nth(i).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, count == 1 ? name + ".png" : $"{name}-{i + 1}.png") });
        }
    }

    /// <summary>A chart text and its height as drawn (a class with a parameterless constructor, as Playwright fills it).</summary>
    public sealed class TextSize
    {
        public string Text { get; set; } = string.Empty;

        public double Size { get; set; }
    }
}
