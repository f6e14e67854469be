using SiteGen.Model;

namespace SiteGen.Routing;

/// <summary>
/// Where every page, data file and anchor of the site is, answered from one place so that pages,
/// search results, the sitemap and the data downloads always agree. Built once per build from the
/// model: the slugs of each plan's objectives and indicators are made unique within the plan, in the
/// order the plan lists them.
/// </summary>
public sealed class SiteRoutes
{
    private readonly Dictionary<Plan, PlanSlugs> _plans = new(ReferenceEqualityComparer.Instance);

    public SiteRoutes(Site site)
    {
        foreach (var plan in site.Plans) _plans[plan] = new PlanSlugs(plan);
    }

    public PagePath Home => PagePath.Root;

    public PagePath Search { get; } = PagePath.ForFolder("search");

    /// <summary>At the root, where hosts look for it; served for a missing address at any depth.</summary>
    public PagePath NotFound { get; } = PagePath.ForFile(string.Empty, "404.html");

    /// <summary>"How we judge progress": the method and thresholds behind every judgement the site makes.</summary>
    public PagePath Method { get; } = PagePath.ForFolder("how-we-judge-progress");

    public PagePath Council(string organisationId) => PagePath.ForFolder(Slug.Of(organisationId));

    /// <summary>The Atom feed of what changed on the whole site, at the root where feed readers look.</summary>
    public PagePath Feed { get; } = PagePath.ForFile(string.Empty, "feed.xml");

    /// <summary>The Atom feed of one council's plans, beside its page.</summary>
    public PagePath CouncilFeed(string organisationId) => PagePath.ForFile(Slug.Of(organisationId), "feed.xml");

    /// <summary>The page listing every download of the site; the site's own data package is beside it.</summary>
    public PagePath OpenData { get; } = PagePath.ForFolder("data");

    /// <summary>A file of the whole site's data package (<c>datapackage.json</c>, <c>indicators.csv</c>).</summary>
    public PagePath SiteData(string file) => PagePath.ForFile("data", file);

    /// <summary>A file of one plan's data package, in a folder of the data page named as the plan's pages are.</summary>
    public PagePath PlanData(Plan plan, string file) => PagePath.ForFile("data/" + Of(plan).Folder, file);

    /// <summary>A plan's place on the data page.</summary>
    public string PlanDataAnchor(Plan plan) => "plan-" + Of(plan).Folder.Replace('/', '-');

    public PagePath Page(NarrativeSection page) => PagePath.ForFolder(Slug.Of(page.Id));

    public PagePath Comparison(string definitionReference) => PagePath.ForFolder("compare/" + Slug.Of(definitionReference));

    public PagePath Plan(Plan plan) => PagePath.ForFolder(Of(plan).Folder);

    public PagePath Objective(Plan plan, Objective objective) => PagePath.ForFolder($"{Of(plan).Folder}/objectives/{Of(plan).Objectives[objective.Id]}");

    public PagePath IndicatorsIndex(Plan plan) => PagePath.ForFolder(Of(plan).Folder + "/indicators");

    public PagePath Indicator(Plan plan, Indicator indicator) => PagePath.ForFolder($"{Of(plan).Folder}/indicators/{IndicatorSlug(plan, indicator)}");

    /// <summary>The indicator's data beside its page, named after it so a download keeps a useful name.</summary>
    public PagePath IndicatorData(Plan plan, Indicator indicator, string extension)
    {
        var slug = IndicatorSlug(plan, indicator);
        return PagePath.ForFile($"{Of(plan).Folder}/indicators/{slug}", $"{slug}.{extension}");
    }

    public PagePath ActionsIndex(Plan plan) => PagePath.ForFolder(Of(plan).Folder + "/actions");

    public PagePath Risks(Plan plan) => PagePath.ForFolder(Of(plan).Folder + "/risks");

    public PagePath Budget(Plan plan) => PagePath.ForFolder(Of(plan).Folder + "/budget");

    public PagePath Progress(Plan plan, ProgressReport report) => PagePath.ForFolder($"{Of(plan).Folder}/progress/{Slug.Of(report.Id)}");

    public PagePath Glossary(Plan plan) => PagePath.ForFolder(Of(plan).Folder + "/glossary");

    /// <summary>The indicator's name within its plan, unique there: its folder, its data files and its anchors are named after it.</summary>
    public string IndicatorSlug(Plan plan, Indicator indicator) => Of(plan).Indicators[indicator.Key];

    /// <summary>An indicator's place where it is shown in full on a page (its objective's, the plan's).</summary>
    public string IndicatorAnchor(Plan plan, Indicator indicator) => "indicator-" + IndicatorSlug(plan, indicator);

    /// <summary>An action's row on its objective page; numbered by position when the plan gives it no reference.</summary>
    public string ActionAnchor(Plan plan, PlanAction action)
    {
        if (action.Reference is not null) return "action-" + Slug.Of(action.Reference);
        var objective = plan.Objectives.First(o => o.Actions.Contains(action));
        return $"action-{Of(plan).Objectives[objective.Id]}-{objective.Actions.ToList().IndexOf(action) + 1}";
    }

    /// <summary>A risk's row in its plan's register.</summary>
    public string RiskAnchor(Risk risk) => "risk-" + Slug.Of(risk.Reference);

    private PlanSlugs Of(Plan plan) => _plans.TryGetValue(plan, out var slugs)
        ? slugs
        : throw new InvalidOperationException($"The plan '{plan.Id}' is not part of the site these routes were made for.");

    private sealed class PlanSlugs(Plan plan)
    {
        public string Folder { get; } = string.Join('/', plan.Id.Split('/').Select(Slug.Of));

        public IReadOnlyDictionary<string, string> Objectives { get; } = Slug.Unique(plan.Objectives.Select(o => o.Id));

        public IReadOnlyDictionary<string, string> Indicators { get; } = Slug.Unique(plan.Indicators.Select(i => i.Key));
    }
}
