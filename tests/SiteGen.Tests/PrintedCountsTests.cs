using System.Collections;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Routing;
using SiteGen.Tests.Infrastructure;
using SiteGen.ViewModels;
using Xunit;
using CountsOf = SiteGen.ViewModels.CountsOf;

namespace SiteGen.Tests;

/// <summary>
/// Printed figures win, over the whole sample: where a progress report prints its own counts, every page that
/// sums the report up shows them as printed, and no page shows a count SiteGen made of the same report's
/// items beside them — so no derived count can contradict a printed one.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class PrintedCountsTests
{
    private readonly BuiltSample _sample;

    public PrintedCountsTests(BuiltSample sample) => _sample = sample;

    [Fact]
    public void No_page_counts_a_report_s_items_of_a_kind_the_report_prints_counts_of()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(_sample.Site.SettingsPath, null, diagnostics)!;
        var context = new SiteContext(loaded.Facts, new SiteRoutes(loaded.Facts.Site), loaded.Settings, [], []);
        var found = new List<(string Page, ReportCountsView Counts)>();
        foreach (var page in PageGraph.Build(context))
        {
            var built = page.Build();
            foreach (var counts in Walk(built.Model).OfType<ReportCountsView>()) found.Add((built.Path.Address, counts));
        }

        // The sample's two reports that print counts (Hartlepool's Tables 1 and 2, Carmarthenshire's Table 2b), on their pages and their plans'.
        Assert.True(found.Count(f => f.Counts.Printed.Count > 0) >= 4, $"only {found.Count(f => f.Counts.Printed.Count > 0)} summaries with printed counts");
        foreach (var (page, counts) in found)
        {
            foreach (var counted in counts.Counted)
            {
                Assert.DoesNotContain(counts.Printed, p => p.Of == counted.Of || p.Of == CountsOf.Items);
                Assert.True(counted.Counts.Total == counted.Listed, $"{page}: {counted.Counts.Total} counted of {counted.Listed} listed");
            }
        }
    }

    [Fact]
    public void Every_page_that_sums_up_a_report_shows_its_printed_counts_as_printed()
    {
        var diagnostics = new DiagnosticBag();
        var facts = ContentLoader.Load(_sample.Site.SettingsPath, null, diagnostics)!.Facts;
        var routes = new SiteRoutes(facts.Site);
        var parser = new HtmlParser();
        var checkedPages = 0;
        foreach (var plan in facts.Site.Plans)
        {
            var latest = plan.ProgressReports.OrderBy(r => r.Period.SortKey).LastOrDefault();
            foreach (var report in plan.ProgressReports.Where(r => facts.PrintedCounts[r].Count > 0))
            {
                var printed = facts.PrintedCounts[report];
                var pages = new List<PagePath> { routes.Progress(plan, report) };
                if (ReferenceEquals(report, latest)) pages.Add(routes.Plan(plan));
                foreach (var path in pages)
                {
                    var document = parser.ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, path.File)));
                    // A plan's overview shows its latest report's counts twice: first in the plan in short, then at a glance.
                    var lists = document.QuerySelectorAll("ul.printed-counts").ToList();
                    Assert.Equal(path == routes.Plan(plan) ? 2 : 1, lists.Count);
                    if (path == routes.Plan(plan)) Assert.NotNull(lists[0].Closest("section.in-short"));
                    foreach (var list in lists)
                    {
                        var items = list.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
                        Assert.Equal(printed.Count, items.Count);
                        for (var i = 0; i < printed.Count; i++)
                        {
                            var numbers = printed[i].Counts.Values.Select(n => n.ToString())
                                .Concat(printed[i].Percentages.Values.Select(p => p.Text))
                                .Concat(printed[i].Others.SelectMany(o => new[] { o.Count?.ToString(), o.Percentage?.Text }).OfType<string>())
                                .Append(printed[i].Total?.ToString())
                                .OfType<string>();
                            foreach (var number in numbers) Assert.Matches(new Regex($@"(?<![\d.]){Regex.Escape(number)}(?![\d])"), items[i]);
                        }
                    }

                    foreach (var of in new[] { Derivation.CountsOf.Actions, Derivation.CountsOf.Indicators }.Where(k => PrintedCounts.Prints(report, k)))
                    {
                        Assert.Empty(document.QuerySelectorAll($"ul.counted-by-site[data-counts-of='{of.ToString().ToLowerInvariant()}']"));
                    }

                    checkedPages++;
                }
            }
        }

        Assert.True(checkedPages >= 4, $"only {checkedPages} pages checked");
    }

    /// <summary>Every object a view model holds, walked through its public properties and lists.</summary>
    private static IEnumerable<object> Walk(object? value)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal) yield break;
        yield return value;
        if (value is IEnumerable list)
        {
            foreach (var item in list) foreach (var inner in Walk(item)) yield return inner;
            yield break;
        }

        if (value.GetType().Namespace != typeof(PageModel).Namespace) yield break;
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var inner in Walk(property.GetValue(value))) yield return inner;
        }
    }
}
