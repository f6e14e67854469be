using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Facts picked from the source plans (../shared/seeds/001 and 002) by reading them, each expected on
/// the page where a reader would look for it, with the value exactly as the plan prints it.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed partial class SampleFactsTests
{
    private const string Herefordshire = "herefordshire/directorate-plan-2009-2011/";
    private const string Rochdale = "rochdale/child-care-service-improvement-plan-2007-2010/";
    private readonly BuiltSample _sample;

    public SampleFactsTests(BuiltSample sample) => _sample = sample;

    [Theory]
    [InlineData(Herefordshire, "Sharon Menghini")]
    [InlineData(Herefordshire, "Hilary Hall, Improvement Manager, 01432 260801")]
    [InlineData(Herefordshire, "about 4,100 staff")]
    [InlineData(Herefordshire, "Failure to manage and quality assure data on which to base decisions")]
    [InlineData(Herefordshire + "indicators/ni-70/", "130.94")]
    [InlineData(Herefordshire + "indicators/hcs-60a/", "No survey in 2008-09")]
    [InlineData(Herefordshire + "indicators/hcs-60a/", "-31pp")]
    [InlineData(Herefordshire, "Targeted Mental Health in Schools")]
    [InlineData(Herefordshire + "objectives/2-safeguarding/", "55.2%")]
    [InlineData(Herefordshire + "indicators/ni-59/", "71.1%")]
    [InlineData(Herefordshire + "objectives/2-safeguarding/", "21.6%")]
    [InlineData(Herefordshire + "objectives/2-safeguarding/", "Recruit an independent chair for HSCB")]
    [InlineData(Herefordshire + "indicators/ni-114/", "0.24%")]
    [InlineData(Herefordshire + "objectives/4-learning-communities/", "Achievement of 5 or more A*-C grades at GCSE or equivalent including English and Maths")]
    [InlineData(Rochdale, "21,242")]
    [InlineData(Rochdale + "budget/", "21,242")]
    [InlineData(Herefordshire + "indicators/ni-59/", "55.2%")]
    [InlineData(Herefordshire + "indicators/ni-59/", "Higher is better")]
    [InlineData(Rochdale + "budget/", "2,482")]
    [InlineData(Rochdale + "budget/", "-328")]
    [InlineData(Rochdale + "budget/", "359")]
    [InlineData(Rochdale, "Steve Titcombe")]
    [InlineData(Rochdale, "115 (inc 40 at Level I)")]
    [InlineData(Rochdale, "252 young people took part in reparation projects")]
    [InlineData(Rochdale + "objectives/1-long-term-stability/", "15.8")]
    [InlineData(Rochdale + "indicators/1a/", "Average 12.5 Good Perf 0<16.01. 91% of councils awarded top band.")]
    [InlineData(Rochdale + "objectives/2-adoption/", "84.01")]
    [InlineData(Rochdale + "objectives/7-offending-prevented/", "To be included in Youth Justice Plan for 07/08")]
    public void A_fact_from_the_source_plan_is_on_its_page(string page, string fact)
    {
        var html = File.ReadAllText(Path.Combine(_sample.Output, page, "index.html"));
        var text = Spaces().Replace(new HtmlParser().ParseDocument(html).Body!.TextContent, " ");
        Assert.Contains(fact, text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
