using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Each plan overview of the sample answers a reader before it transcribes: the plan in short (what it promises,
/// how it is going, its biggest risks, its budget), then "On this page", then the plan as published.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed partial class ReaderFirstPageTests
{
    private readonly BuiltSample _sample;

    public ReaderFirstPageTests(BuiltSample sample) => _sample = sample;

    public static TheoryData<string> Plans()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(RepositoryRoot.Combine("content", "plans")).SelectMany(Directory.GetDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(folder)) + "/" + Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void A_plan_overview_opens_with_the_plan_in_short_then_its_contents_then_the_plan(string plan)
    {
        var main = Overview(plan);
        var headings = main.QuerySelectorAll("h2[id]").Select(h => h.Id!).ToList();
        Assert.Equal("in-short", headings[0]);
        Assert.Equal("on-this-page", headings[1]);
        Assert.Equal("at-a-glance", headings[2]);
        Assert.True(headings.Count > 3, $"{plan}: the plan as published follows its summary");
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void On_this_page_links_every_section_of_the_overview_and_each_link_finds_its_section(string plan)
    {
        var main = Overview(plan);
        var contents = main.QuerySelector("nav.on-this-page")!;
        var targets = contents.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(targets, href =>
        {
            Assert.StartsWith("#", href);
            // By id, not by selector: a section's id may start with a digit ("01-vision"), which CSS cannot name as it is.
            Assert.True(main.Owner!.GetElementById(href[1..]) is not null, $"{plan}: '{href}' in On this page finds nothing");
        });

        // Every section heading outside the contents is reached from them: by its own id or its section's.
        foreach (var heading in main.QuerySelectorAll("h2").Where(h => h.Closest("nav") is null))
        {
            var ids = new[] { heading.Id, heading.Closest("section")?.Id }.OfType<string>().Select(id => "#" + id);
            Assert.True(ids.Any(targets.Contains), $"{plan}: the section '{heading.TextContent.Trim()}' is not in On this page");
        }
    }

    [Theory]
    [InlineData("carmarthenshire/childrens-services-business-plan-2010-2013", "4 objectives, 33 actions and 42 indicators")]
    [InlineData("cumbria/service-plan-2006-07", "8 objectives, 36 actions and 75 indicators")]
    [InlineData("hartlepool/resources-support-services-2008-09", "10 objectives, 20 actions and 6 indicators")]
    public void The_plan_in_short_counts_what_it_promises(string plan, string promises) =>
        Assert.Contains(promises, Text(Overview(plan).QuerySelector("#in-short")!.Closest("section")!));

    [Theory]
    [InlineData("cumbria/service-plan-2006-07", "77,251 (£000s)")]
    [InlineData("carmarthenshire/childrens-services-business-plan-2010-2013", "17,643 (£'000)")]
    [InlineData("rochdale/child-care-service-improvement-plan-2007-2010", "21,242")]
    public void The_plan_in_short_gives_the_budget_as_printed_with_its_unit(string plan, string budget) =>
        Assert.Contains(budget, Text(Overview(plan).QuerySelector("#in-short")!.Closest("section")!));

    [Fact]
    public void The_plan_in_short_names_the_three_biggest_risks_with_links_into_the_register()
    {
        const string plan = "hartlepool/departmental-plan-2008-2011";
        var summary = Overview(plan).QuerySelector("#in-short")!.Closest("section")!;
        var risks = summary.QuerySelectorAll(".top-risks li").ToList();
        Assert.Equal(3, risks.Count);
        foreach (var risk in risks)
        {
            // The link leads to the risk's own row of the register.
            var href = risk.QuerySelector("a")!.GetAttribute("href")!;
            var (page, anchor) = (href[..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            var register = File.ReadAllText(Path.GetFullPath(Path.Combine(_sample.Output, plan, page, "index.html")));
            Assert.NotNull(new HtmlParser().ParseDocument(register).GetElementById(anchor));
        }

        Assert.Contains("CPS6-2.1: Failure to plan future needs", Text(summary));
        Assert.Contains("(priority: High)", Text(summary));
    }

    private IElement Overview(string plan)
    {
        var html = File.ReadAllText(Path.Combine(_sample.Output, plan, "index.html"));
        return new HtmlParser().ParseDocument(html).QuerySelector("main")!;
    }

    private static string Text(IElement element) => Spaces().Replace(element.TextContent, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
