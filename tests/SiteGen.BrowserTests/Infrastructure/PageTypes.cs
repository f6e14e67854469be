namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// One page of every page type the generator writes (see generator/SiteGen.Core/Routing/SiteRoutes.cs and
/// PageGraph), from the sample site. Plan-level pages come from Hartlepool's departmental plan, which has every
/// part (risks, budget, progress reports); the Carmarthenshire plan adds a Welsh council's pages.
/// </summary>
public static class PageTypes
{
    private const string Plan = "hartlepool/departmental-plan-2008-2011/";

    /// <summary>Name (used for screenshot files) and path under the site root.</summary>
    public static IReadOnlyList<(string Name, string Path)> All { get; } =
    [
        ("home", ""),
        ("council", "hartlepool/"),
        ("plan", Plan),
        ("plan-wales", "carmarthenshire/childrens-services-business-plan-2010-2013/"),
        ("plan-welsh", "cy/carmarthenshire/childrens-services-business-plan-2010-2013/"),
        ("indicator-welsh", "cy/carmarthenshire/childrens-services-business-plan-2010-2013/indicators/scc-006/"),
        ("objective", Plan + "objectives/01-be-healthy/"),
        ("indicators-index", Plan + "indicators/"),
        ("indicator", "herefordshire/directorate-plan-2009-2011/indicators/ni-59/"),
        ("actions-index", Plan + "actions/"),
        ("risk-register", Plan + "risks/"),
        ("budget", Plan + "budget/"),
        ("progress-report", Plan + "progress/q4-2007-08/"),
        ("glossary", Plan + "glossary/"),
        ("comparison", "compare/ni-59/"),
        ("method", "how-we-judge-progress/"),
        ("indicator-judged", "rochdale/child-care-service-improvement-plan-2007-2010/indicators/1a/"),
        ("open-data", "data/"),
        ("search", "search/"),
        ("search-results", "search/?q=adoption"),
        ("content-about", "about/"),
        ("content-accessibility", "accessibility/"),
        ("content-how-to-read", "how-to-read/"),
        ("not-found", "no-such-page/"),
    ];

    public static IEnumerable<object[]> Data => All.Select(p => new object[] { p.Name, p.Path });
}
