using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;

namespace SiteGen.BrowserTests;

/// <summary>
/// axe-core (pinned in tests/browser/package.json) run in Chromium on one page of every page type, with every
/// WCAG 2.0, 2.1 and 2.2 level A and AA rule it has. Zero violations is the bar; nothing is excluded.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private readonly BrowserSite _site;

    public AxeTests(BrowserSite site) => _site = site;

    /// <summary>Every page type at a desktop width and at 320 px, where tables and charts overflow their columns and scroll.</summary>
    public static IEnumerable<object[]> Pages => PageTypes.All.SelectMany(p => new[] { 1280, 320 }.Select(w => new object[] { p.Name, p.Path, w }));

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_type_has_no_WCAG_A_or_AA_violations(string name, string path, int width)
    {
        await using var context = await _site.NewContextAsync(width: width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var violations = await AxeAsync(page);
        Assert.True(violations.Count == 0, $"{name} ({path}) at {width} px has {violations.Count} axe violation(s):\n" + string.Join("\n", violations));
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
