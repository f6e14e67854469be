using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// A reader who does not know the jargon: abbreviations spelt out where they first appear on a page, units with
/// figures, ratings and bands in words; and what the plans print that the site once lost — action and sub-action
/// dates, split figures' printed form, the text columns of efficiency tables.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed partial class PlainEnglishTests
{
    private const string Carmarthenshire = "carmarthenshire/childrens-services-business-plan-2010-2013/";
    private const string Cumbria = "cumbria/service-plan-2006-07/";
    private const string Herefordshire = "herefordshire/directorate-plan-2009-2011/";
    private const string Hartlepool = "hartlepool/departmental-plan-2008-2011/";
    private const string Rochdale = "rochdale/child-care-service-improvement-plan-2007-2010/";
    private readonly BuiltSample _sample;

    public PlainEnglishTests(BuiltSample sample) => _sample = sample;

    [Theory]
    // An abbreviation from the plan's glossary, where it first appears on the page.
    [InlineData(Herefordshire + "indicators/ni-59/", "SN (Statistical Neighbours, the councils most like this one, as Ofsted groups them) Group comparator")]
    [InlineData(Rochdale + "indicators/1a/", "PAF (Performance Assessment Framework, the national social services performance indicators) A1, BV (Best Value performance indicator) 49")]
    // An abbreviation followed by brackets of its own ("PI (s)") waits for a use of its own, so brackets never stand side by side.
    [InlineData(Carmarthenshire + "objectives/1-keeping-children-safe/", "Main PI (s) & Target: SCC/001a % of first placements")]
    [InlineData(Carmarthenshire + "objectives/1-keeping-children-safe/", "% of LAC (looked after children) reviews")]
    // Units with figures: a percentage printed "10.6".
    [InlineData(Rochdale + "indicators/1a/", "10.6% in 2005/06")]
    // A band with its meaning and where it sits on its scale.
    [InlineData(Rochdale + "indicators/1a/", "5 — Excellent, on a scale from 1 (Very poor) to 5 (Excellent)")]
    // A rating spelt out.
    [InlineData(Hartlepool + "risks/", "Priority M (Medium)")]
    // Action dates, and a sub-action's own dates, in words beside the timescale.
    [InlineData(Carmarthenshire + "objectives/1-keeping-children-safe/", "2010/11 (1 April 2010 to 31 March 2011)")]
    [InlineData(Carmarthenshire + "objectives/1-keeping-children-safe/", "yr 2 & 3) — 2011/12, 2012/13 (1 April 2011 to 31 March 2013)")]
    // A split figure as printed, with what each part is.
    [InlineData(Cumbria + "indicators/lp03328/", "G 61.4 B 49.6 (girls 61.4%, boys 49.6%)")]
    [InlineData(Cumbria + "indicators/lp03328/", "G 63.1 B 51.5 (girls 63.1%, boys 51.5%)")]
    public void A_page_says_it_plainly(string page, string words) => Assert.Contains(words, Text(Main(page)));

    [Fact]
    public void An_efficiency_table_heads_its_text_columns_as_printed_and_does_not_count_them_as_money()
    {
        var table = Main(Cumbria + "budget/").QuerySelectorAll("table.budget").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Cashable", StringComparison.Ordinal));
        var headings = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["How will efficiency be improved?", "How will it be evidenced?"], headings.Skip(2).Take(2));
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Transport - SEN", StringComparison.Ordinal));
        Assert.Equal(["", "Closure of Literacy Centres", "Expenditure for 2006-07 compared with outturn 2005-06", "58", "100", "100"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(["", "text", "text", "number", "number", "number"], row.QuerySelectorAll("td").Select(td => td.ClassName ?? ""));
    }

    [Fact]
    public void No_page_spells_an_abbreviation_out_more_than_once()
    {
        var spelledOut = 0;
        foreach (var file in Directory.EnumerateFiles(_sample.Output, "*.html", SearchOption.AllDirectories))
        {
            var main = new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelector("main");
            if (main is null) continue;
            var explained = main.QuerySelectorAll("abbr[title]")
                .Where(a => a.NextSibling is IText next && next.Data.StartsWith(" (" + a.GetAttribute("title") + ")", StringComparison.Ordinal))
                .Select(a => a.TextContent)
                .ToList();
            spelledOut += explained.Count;
            Assert.True(explained.Count == explained.Distinct().Count(), $"{file}: {string.Join(", ", explained)}");
        }

        Assert.True(spelledOut > 100, $"abbreviations are spelt out where they first appear ({spelledOut} found)");
    }

    [Fact]
    public async Task A_shared_definition_sets_abbreviation_is_spelt_out_with_its_name()
    {
        var files = MinimalSite.Files();
        files["content/definitions/ni.yml"] = files["content/definitions/ni.yml"].Replace("set: National Indicator Set\n", "set: National Indicator Set (NI)\nabbreviation: NI\n", StringComparison.Ordinal);
        files[$"{MinimalSite.PlanFolder}/objectives/1-safe.yml"] = files[$"{MinimalSite.PlanFolder}/objectives/1-safe.yml"]
            .Replace("description: Recruit social workers", "description: Recruit social workers to lift NI 59", StringComparison.Ordinal);
        using var site = new TempSite(files);
        var result = await site.BuildAsync(site.Path("_site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.Path("_site/testshire/plan-2009/objectives/1-safe/index.html")));
        Assert.Contains("Recruit social workers to lift NI (National Indicator Set) 59", Text(page.QuerySelector("main")!));
    }

    private IElement Main(string page) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, page, "index.html"))).QuerySelector("main")!;

    private static string Text(IElement element) => Spaces().Replace(element.TextContent, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
