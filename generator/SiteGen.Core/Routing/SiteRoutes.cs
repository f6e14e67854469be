using SiteGen.Model;

namespace SiteGen.Routing;

/// <summary>
/// Where every page, data file and anchor of the site is, answered from one place so that pages,
/// search results, the sitemap and the data downloads always agree. Built once per build from the
/// model: the slugs of each plan's objectives and indicators are made unique within the plan, in the
/// order the plan lists them. Each language of the site has its routes (<see cref="In"/>): its pages in a folder
/// of their own, the same slugs inside it; files (data, feeds, the not-found page) and the comparison pages are
/// the default language's only, so every language's routes lead to them there.
/// </summary>
public sealed class SiteRoutes
{
    private readonly Dictionary<Plan, PlanSlugs> _plans;
    private readonly Dictionary<string, SiteRoutes> _inLanguage;
    private readonly SiteRoutes? _default;

    /// <summary>The routes of a site in one language.</summary>
    public SiteRoutes(Site site)
        : this(site, SiteLanguages.Only("en-GB"))
    {
    }

    /// <summary>The routes of the default language; <see cref="In"/> gives those of the others.</summary>
    /// <param name="previous">For <c>sitegen serve</c>: the previous build's routes, whose slugs of a plan are kept while it is the same bound plan (they are made from it alone).</param>
    public SiteRoutes(Site site, SiteLanguages languages, SiteRoutes? previous = null)
    {
        _plans = new(ReferenceEqualityComparer.Instance);
        foreach (var plan in site.Plans) _plans[plan] = previous?._plans.GetValueOrDefault(plan) ?? new PlanSlugs(plan);
        Languages = languages;
        Language = languages.Default;
        Prefix = string.Empty;
        _inLanguage = new(StringComparer.Ordinal) { [Language] = this };
        foreach (var language in languages.All.Skip(1)) _inLanguage[language] = new SiteRoutes(this, language);
    }

    /// <remarks>Another language's pages reuse the default language's slugs, in a folder named after the language (<c>/cy/</c>).</remarks>
    private SiteRoutes(SiteRoutes @default, string language)
    {
        _plans = @default._plans;
        _inLanguage = @default._inLanguage;
        _default = @default;
        Languages = @default.Languages;
        Language = language;
        Prefix = LanguageCode.Primary(language) + "/";
    }

    public SiteLanguages Languages { get; }

    /// <summary>The language of the pages these routes lead to.</summary>
    public string Language { get; }

    /// <summary>The folder of the language's pages: empty for the default language, <c>cy/</c> for Welsh.</summary>
    public string Prefix { get; }

    public bool IsDefault => _default is null;

    /// <summary>The routes of the same site in <paramref name="language"/>, one of the site's languages.</summary>
    public SiteRoutes In(string language) => _inLanguage.TryGetValue(language, out var routes)
        ? routes
        : throw new InvalidOperationException($"The language '{language}' is not one of the site's.");

    /// <summary>Whether a council's pages exist in these routes' language; where they do not, its routes lead to the default language's pages.</summary>
    public bool Publishes(string organisationId) => Languages.Publishes(organisationId, Language);

    public bool Publishes(Plan plan) => Publishes(plan.Organisation.Value);

    /// <summary>
    /// The same page in <paramref name="other"/>'s language: the page's address with this language's folder taken off
    /// and the other's put on. Whether that page exists is the page graph's to say.
    /// </summary>
    public PagePath Counterpart(PagePath path, SiteRoutes other)
    {
        var address = path.Address;
        if (Prefix.Length > 0 && address.StartsWith(Prefix, StringComparison.Ordinal)) address = address[Prefix.Length..];
        return PagePath.FromAddress(other.Prefix + address);
    }

    private PagePath Folder(string folder) => PagePath.ForFolder(Prefix + folder);

    /// <summary>A council's page or one of its plan's, in this language if the council publishes in it, otherwise in the default language.</summary>
    private PagePath CouncilFolder(string organisationId, string folder) =>
        _default is not null && !Publishes(organisationId) ? PagePath.ForFolder(folder) : Folder(folder);

    private PagePath PlanFolder(Plan plan, string folder) => CouncilFolder(plan.Organisation.Value, folder);

    public PagePath Home => Folder(string.Empty);

    public PagePath Search => Folder("search");

    /// <summary>At the root, where hosts look for it; served for a missing address at any depth, in the default language.</summary>
    public PagePath NotFound { get; } = PagePath.ForFile(string.Empty, "404.html");

    /// <summary>"How we judge progress": the method and thresholds behind every judgement the site makes.</summary>
    public PagePath Method => Folder("how-we-judge-progress");

    public PagePath Council(string organisationId) => CouncilFolder(organisationId, Slug.Of(organisationId));

    /// <summary>The Atom feed of what changed on the whole site, at the root where feed readers look.</summary>
    public PagePath Feed { get; } = PagePath.ForFile(string.Empty, "feed.xml");

    /// <summary>The Atom feed of one council's plans, beside its page.</summary>
    public PagePath CouncilFeed(string organisationId) => PagePath.ForFile(Slug.Of(organisationId), "feed.xml");

    /// <summary>The page listing every download of the site; the site's own data package is beside it.</summary>
    public PagePath OpenData => Folder("data");

    /// <summary>A file of the whole site's data package (<c>datapackage.json</c>, <c>indicators.csv</c>).</summary>
    public PagePath SiteData(string file) => PagePath.ForFile("data", file);

    /// <summary>A file of one plan's data package, in a folder of the data page named as the plan's pages are.</summary>
    public PagePath PlanData(Plan plan, string file) => PagePath.ForFile("data/" + Of(plan).Folder, file);

    /// <summary>A plan's place on the data page.</summary>
    public string PlanDataAnchor(Plan plan) => "plan-" + Of(plan).Folder.Replace('/', '-');

    public PagePath Page(NarrativeSection page) => Folder(Slug.Of(page.Id));

    public PagePath Comparison(string definitionReference) => PagePath.ForFolder("compare/" + Slug.Of(definitionReference));

    public PagePath Plan(Plan plan) => PlanFolder(plan, Of(plan).Folder);

    public PagePath Objective(Plan plan, Objective objective) => PlanFolder(plan, $"{Of(plan).Folder}/objectives/{Of(plan).Objectives[objective.Id]}");

    public PagePath IndicatorsIndex(Plan plan) => PlanFolder(plan, Of(plan).Folder + "/indicators");

    public PagePath Indicator(Plan plan, Indicator indicator) => PlanFolder(plan, $"{Of(plan).Folder}/indicators/{IndicatorSlug(plan, indicator)}");

    /// <summary>The indicator's data beside its page, named after it so a download keeps a useful name.</summary>
    public PagePath IndicatorData(Plan plan, Indicator indicator, string extension)
    {
        var slug = IndicatorSlug(plan, indicator);
        return PagePath.ForFile($"{Of(plan).Folder}/indicators/{slug}", $"{slug}.{extension}");
    }

    public PagePath ActionsIndex(Plan plan) => PlanFolder(plan, Of(plan).Folder + "/actions");

    public PagePath Risks(Plan plan) => PlanFolder(plan, Of(plan).Folder + "/risks");

    public PagePath Budget(Plan plan) => PlanFolder(plan, Of(plan).Folder + "/budget");

    public PagePath Progress(Plan plan, ProgressReport report) => PlanFolder(plan, $"{Of(plan).Folder}/progress/{Slug.Of(report.Id)}");

    public PagePath Glossary(Plan plan) => PlanFolder(plan, Of(plan).Folder + "/glossary");

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
