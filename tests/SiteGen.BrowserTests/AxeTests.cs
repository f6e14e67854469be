using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// axe-core (pinned in tests/browser/package.json) run in Chromium with every WCAG 2.0, 2.1 and 2.2 level A
/// and AA rule it has: on every page of the sample at a desktop width, and on one page of every page type at
/// 320 px. Zero violations is the bar; nothing is excluded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Pages checked at once, each in a tab of its own: two keep both cores of a small machine busy.</summary>
    private const int Tabs = 2;

    private readonly BrowserSite _site;
    private readonly ITestOutputHelper _output;

    public AxeTests(BrowserSite site, ITestOutputHelper output)
    {
        _site = site;
        _output = output;
    }

    /// <summary>
    /// Every page the build wrote (not one per type: a page's own content, a long title or an odd table, is
    /// what breaks a rule), in one browser context whose tabs are reused page after page, with axe loaded into
    /// each page as it opens. Every violation of every page is reported at once.
    /// </summary>
    [BrowserFact]
    public async Task Every_page_of_the_sample_has_no_WCAG_A_or_AA_violations()
    {
        var pages = Directory.GetFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count > 500, $"only {pages.Count} pages in the built sample");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var context = await _site.NewContextAsync();
        await context.AddInitScriptAsync(scriptPath: Prerequisites.Axe);
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(pages);
        var found = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var path))
            {
                await page.GotoAsync(_site.Url(path).ToString());
                foreach (var violation in await RunAxeAsync(page)) found.Add($"{path}: {violation.TrimStart()}");
            }
        }));

        _output.WriteLine($"axe checked {pages.Count} pages in {clock.Elapsed.TotalSeconds:0} s");
        var violations = found.Order(StringComparer.Ordinal).ToList();
        Assert.True(violations.Count == 0, $"{violations.Count} axe violation(s) on {violations.Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Distinct().Count()} page(s):\n" + string.Join("\n", violations.Take(60)));
    }

    /// <summary>One page of every page type at 320 px, where tables and charts are laid out for a phone or scroll in their own regions.</summary>
    public static IEnumerable<object[]> Pages => PageTypes.Data;

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_type_has_no_WCAG_A_or_AA_violations_at_320_px(string name, string path)
    {
        await using var context = await _site.NewContextAsync(width: 320);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var violations = await AxeAsync(page);
        Assert.True(violations.Count == 0, $"{name} ({path}) at 320 px has {violations.Count} axe violation(s):\n" + string.Join("\n", violations));
    }

    /// <summary>The same check on the search page after its script has drawn results and filters, and on a table after it is sorted and filtered.</summary>
    [BrowserFact]
    public async Task Pages_changed_by_their_scripts_have_no_violations()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("search/?q=looked+after").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForSelectorAsync("#search-results a");
        var violations = await AxeAsync(page);
        Assert.True(violations.Count == 0, "search with results:\n" + string.Join("\n", violations));

        // The next batch, shown by the button under the results.
        var shown = await page.Locator("#search-results li").CountAsync();
        await page.Locator("button.more-results").ClickAsync();
        await Assertions.Expect(page.Locator("#search-results li")).Not.ToHaveCountAsync(shown);
        violations = await AxeAsync(page);
        Assert.True(violations.Count == 0, "search with more results shown:\n" + string.Join("\n", violations));

        await page.GotoAsync(_site.Url("hartlepool/departmental-plan-2008-2011/indicators/").ToString());
        await page.Locator("th button.sort").First.ClickAsync();
        await page.Locator(".table-filter input").First.FillAsync("children");
        violations = await AxeAsync(page);
        Assert.True(violations.Count == 0, "sorted and filtered indicators index:\n" + string.Join("\n", violations));
    }

    /// <summary>The check can fail: on a page with known faults axe reports them through the same code.</summary>
    [BrowserFact]
    public async Task Axe_reports_known_faults()
    {
        await using var context = await _site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("about/").ToString());
        await page.EvaluateAsync("() => { const main = document.querySelector('main'); main.insertAdjacentHTML('beforeend', '<img src=\"x.png\"><p style=\"color:#ccc\">faint text</p><input type=\"text\">'); }");
        var violations = await AxeAsync(page);
        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("color-contrast", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("label", StringComparison.Ordinal));
    }

    /// <summary>Injects axe and returns one line per violating node: rule, impact, help, target and axe's summary of what to fix.</summary>
    internal static async Task<List<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Prerequisites.Axe });
        return await RunAxeAsync(page);
    }

    /// <summary>Runs axe, already in the page, and returns one line per violating node.</summary>
    private static async Task<List<string>> RunAxeAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });" +
            " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })) })); }",
            Tags);
        var lines = new List<string>();
        foreach (var violation in json.EnumerateArray())
        {
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                lines.Add($"  {violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): {violation.GetProperty("help").GetString()} — {node.GetProperty("target").GetString()}: {node.GetProperty("summary").GetString()?.Replace("\n", " ")}");
            }
        }

        return lines;
    }
}
