using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Charts;
using SiteGen.Templating;
using SiteGen.Tests.Infrastructure;
using SiteGen.Theming;
using SiteGen.ViewModels;
using SiteGen.Yaml;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The generator lays charts out and states their findings; every word on or about a chart is the theme's,
/// under <c>chart:</c> and <c>sparkline:</c> in its words file, so a site can reword a chart without a template.
/// </summary>
public sealed class ChartWordsTests
{
    private const string Plan = "_site/exampleshire/service-plan-2009/";

    [Fact]
    public async Task A_site_rewords_a_chart_by_giving_the_theme_s_words_its_own_and_the_shapes_keep_their_classes()
    {
        using var site = TempSite.CopyOfGoldenSite();
        // Without the plan's own label the comparator is named by its kind, in the theme's words.
        const string indicators = "content/plans/exampleshire/service-plan-2009/indicators/main.yml";
        site.Write(indicators, File.ReadAllText(site.Path(indicators)).Replace("label: Welsh median, ", string.Empty, StringComparison.Ordinal));
        site.Write("i18n/en.yml", """
            chart:
              indicator:
                change:
                  fell: "Down from {0} ({1}) to {2} ({3})"
              polarity:
                lower-is-better: lower is good
              legend:
                target: Goal
              comparator:
                wales-median: Median for Wales
              status:
                shape:
                  at-risk: "✖"
            chart-labels:
              path-to-target: "Needed to reach the {0} goal"
            """);

        var result = await site.BuildAsync(new TemplateStore(site.Path(".sitegen/cache/templates")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(0, result.Templates.Compiled);
        var parser = new HtmlParser();
        var indicator = parser.ParseDocument(File.ReadAllText(site.Path(Plan + "indicators/scc-004/index.html"))).QuerySelector("figure.chart-indicator")!;
        const string description = "Down from 9.8% (2007/08) to 8.1% (2008/09); target for 2009/10 is 7%; Median for Wales 8.5% in 2008/09; Welsh best quartile 6.9% in 2008/09; lower is good.";
        Assert.Equal(description, indicator.QuerySelector("desc")!.TextContent);
        Assert.StartsWith(description + " ", indicator.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Actual", "Estimate", "Goal", "Needed to reach the 2009/10 goal"], indicator.QuerySelectorAll("svg.chart-wide text.legend").Select(t => t.TextContent));
        Assert.Equal("Median for Wales", indicator.QuerySelector("svg.chart-wide text[class='comparator comparator-1 label']")!.TextContent);

        // The layout for a phone names the comparators in its legend, with their values, in the same words.
        Assert.Equal(["Actual", "Estimate", "Goal", "Needed to reach the 2009/10 goal", "Median for Wales: 8.5%", "Welsh best quartile: 6.9%"], indicator.QuerySelectorAll("svg.chart-narrow text.legend").Select(t => t.TextContent));
        Assert.Equal("↓ Lower is better", indicator.QuerySelector("text.polarity")!.TextContent);

        var status = parser.ParseDocument(File.ReadAllText(site.Path(Plan + "index.html"))).QuerySelector("figure.chart-status")!;
        Assert.Contains(status.QuerySelectorAll("svg.chart-wide text[class='bar-count at-risk']"), t => t.TextContent == "✖ 1");
        Assert.Contains(status.QuerySelectorAll("text.legend"), t => t.TextContent == "✖ at risk");
    }

    /// <summary>The sample site shows only some units, periods and comparators: the rest must be worded too before a plan uses them.</summary>
    [Fact]
    public void Every_closed_value_a_chart_puts_into_words_has_its_words_in_the_default_theme()
    {
        var diagnostics = new DiagnosticBag();
        var messages = new Dictionary<string, Message>(StringComparer.Ordinal);
        var file = RepositoryRoot.Combine("themes", "default", "i18n", "en.yml");
        WordsReader.Read(YamlNodeParser.Parse(File.ReadAllText(file), "i18n/en.yml", diagnostics), messages, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        static IEnumerable<string> Keys<TEnum>(string group, Func<TEnum, bool>? which = null)
            where TEnum : struct, Enum => Enum.GetValues<TEnum>().Where(v => which?.Invoke(v) ?? true).Select(v => group + "." + ThemePage<object>.Kebab(v));

        var expected = new[]
        {
            Keys<ViewModels.Polarity>("chart.polarity"),
            Keys<ViewModels.Polarity>("chart.polarity-arrow", p => p != ViewModels.Polarity.Neither),
            Keys<ViewModels.PeriodKind>("chart.period-axis"),
            Keys<ViewModels.Unit>("chart.unit-axis", u => TickLabels.NeedsAxisTitle(Enum.Parse<Model.Unit>(u.ToString()))),
            Keys<ChartSeries>("chart.legend"),
            Keys<ViewModels.ComparatorKind>("chart.comparator"),
            Keys<ViewModels.SeriesChange>("chart.indicator.change"),
            Keys<RankMark>("chart.rank"),
            Keys<RiskPosition>("chart.risk-matrix.position"),
            Keys<ViewModels.ProgressStatus>("chart.status.name"),
            Keys<ViewModels.ProgressStatus>("chart.status.shape"),
            ["chart.rank.ordinal.st", "chart.rank.ordinal.nd", "chart.rank.ordinal.rd", "chart.rank.ordinal.th"],
        }.SelectMany(k => k).ToList();

        Assert.Equal(43, expected.Count);
        var missing = expected.Where(k => !messages.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "i18n/en.yml gives no words for " + string.Join(", ", missing));
    }
}
