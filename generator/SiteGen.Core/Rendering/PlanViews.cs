using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Rendering.Charts;
using SiteGen.Rendering.Pages;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>
/// One plan's views: the plan navigation and the conversion of its model objects into view objects,
/// reading where pages are from the site's routes and what was derived from the site's facts. Made once
/// per plan by the page graph and shared by its pages.
/// </summary>
public sealed partial class PlanViews
{
    private readonly SiteContext _site;
    private readonly SiteRoutes _routes;
    private readonly PlanReferences _references;
    private readonly IReadOnlyDictionary<string, BandingScale> _bandingScales;
    private readonly Glossary _glossary;
    private readonly Dictionary<string, string> _tagMeanings;

    public PlanViews(SiteContext site, Plan plan)
    {
        // Made before any page of the plan is built, and shared by them: what is read here is counted for each.
        using var recording = Reads.Record();
        ModelReads.NotePlan(plan.Id);
        _site = site;
        _routes = site.Routes;
        _references = site.Facts.References[plan];
        Plan = plan;
        _tagMeanings = plan.TagLists.SelectMany(l => l.Tags).GroupBy(t => t.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Meaning, StringComparer.Ordinal);
        _bandingScales = plan.BandingScales.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _glossary = new Glossary(Terms(plan, site.Facts.Site.DefinitionSets));
        Abbreviations = _glossary.Entries.Select(e => new LabelledText(e.Term, e.Meaning)).ToList();
        _markdownTranslations = site.Routes.IsDefault
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : plan.Texts.Where(t => t.IsMarkdown && t.Text.Has(site.Language)).GroupBy(t => t.Text.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text.In(site.Language), StringComparer.Ordinal);
    }

    /// <summary>What was read of the content when these views were made; every page that uses them read it too.</summary>
    public ModelReads Reads { get; } = new();

    /// <summary>The plan's Markdown given in the pages' language, by its default language's Markdown; empty on the default language's pages.</summary>
    private readonly Dictionary<string, string> _markdownTranslations;

    /// <summary>
    /// The abbreviations a plan's pages explain: its glossary, then the abbreviations of the shared definition
    /// sets ("PAF" for the Performance Assessment Framework) that the glossary does not already give.
    /// </summary>
    private static IReadOnlyList<GlossaryEntry> Terms(Plan plan, IReadOnlyList<DefinitionSet> sets)
    {
        var terms = plan.Glossary.ToList();
        var known = terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            // "Performance Assessment Framework (PAF)" means "Performance Assessment Framework": the name without the abbreviation it ends with.
            if (set.Abbreviation is { } abbreviation && known.Add(abbreviation))
            {
                var suffix = " (" + abbreviation + ")";
                var meaning = set.Name.EndsWith(suffix, StringComparison.Ordinal) ? set.Name[..^suffix.Length] : set.Name;
                terms.Add(new GlossaryEntry(abbreviation, meaning));
            }
        }

        return terms;
    }

    /// <summary>The abbreviations of this plan's pages and their meanings, longest first; every plan page carries them for the theme to explain.</summary>
    public IReadOnlyList<LabelledText> Abbreviations { get; }

    /// <summary>A page of this plan with the plan's abbreviations, so the theme can explain each where it first appears.</summary>
    public PageToRender Explained(PageToRender page) => page with { Model = page.Model with { Abbreviations = Abbreviations } };

    /// <summary>A table the plan prints, with the editors' note on it.</summary>
    public TextTable Table(DataTable table) => Summaries.Table(table) with { EditorNote = Markdown(table.EditorNote) };

    public Plan Plan { get; }

    public Organisation? Organisation => _references.Organisation;

    public ILookup<string, Objective> ObjectivesByIndicator => _references.ObjectivesByIndicator;

    public bool HasActions => HasActionsIn(Plan);

    public bool HasIndicators => HasIndicatorsIn(Plan);

    public static bool HasActionsIn(Plan plan) => plan.Objectives.Any(o => o.Actions.Count > 0);

    public static bool HasIndicatorsIn(Plan plan) => plan.Indicators.Count > 0;

    public string OrganisationName => Organisation?.NameIn(_site.Language) ?? Plan.Organisation.Value;

    public PagePath ObjectivePath(Objective objective) => _routes.Objective(Plan, objective);

    public PagePath IndicatorPath(Indicator indicator) => _routes.Indicator(Plan, indicator);

    public Indicator? FindIndicator(string key) => _references.Indicator(key);

    /// <summary>Markdown of this plan to safe HTML, with the plan's glossary terms marked as abbreviations; a table with no heading above it is captioned with <paramref name="tableCaption"/>, else the plan's title.</summary>
    /// <remarks>On a page in another language, Markdown the plan gives in that language is rendered in it and marked as translated, so the theme does not mark it as the default language's.</remarks>
    public Html? Markdown(string? markdown, string? tableCaption = null) => markdown is not null && _markdownTranslations.TryGetValue(markdown, out var translated)
        ? MarkdownRenderer.ToHtml(translated, _glossary, tableCaption: tableCaption ?? Plan.Title) is { } html ? html with { IsTranslated = true } : null
        : MarkdownRenderer.ToHtml(markdown, _glossary, tableCaption: tableCaption ?? Plan.Title);

    public static ObjectiveName NameOf(Objective objective) => new(objective.Reference, objective.Title);

    /// <summary>The plan's own pages, as the navigation on each of them shows; pages the plan has no content for are left out.</summary>
    /// <remarks><paramref name="current"/> is null on pages the navigation does not list (an objective, an indicator).</remarks>
    public PlanNavigation Navigation(PagePath from, PlanPage? current)
    {
        var pages = new List<PlanPageLink> { new(PlanPage.Overview, _site.Href(from, _routes.Plan(Plan))) };
        if (HasActions) pages.Add(new(PlanPage.Actions, _site.Href(from, _routes.ActionsIndex(Plan))));
        if (HasIndicators) pages.Add(new(PlanPage.Indicators, _site.Href(from, _routes.IndicatorsIndex(Plan))));
        if (Plan.RiskRegister is not null) pages.Add(new(PlanPage.Risks, _site.Href(from, _routes.Risks(Plan))));
        if (Plan.Budgets.Count > 0) pages.Add(new(PlanPage.Budget, _site.Href(from, _routes.Budget(Plan))));
        if (Plan.ProgressReports.Count > 0) pages.Add(new(PlanPage.Progress, _site.Href(from, _routes.Progress(Plan, Plan.ProgressReports[^1]))));
        if (Plan.Glossary.Count > 0) pages.Add(new(PlanPage.Glossary, _site.Href(from, _routes.Glossary(Plan))));
        return new PlanNavigation(new Link(Plan.Title, _site.Href(from, _routes.Plan(Plan))), OrganisationName, pages, current)
        {
            DataHref = _site.OpenData.Of(Plan) is null ? null : _site.Linker.Href(from, _routes.OpenData, _routes.PlanDataAnchor(Plan)),
            CouncilFeedHref = _site.CouncilFeedHref(from, Plan.Organisation.Value),
        };
    }

    public IReadOnlyList<Crumb> Breadcrumbs(PagePath from, bool includePlan = true)
    {
        var crumbs = new List<Crumb> { _site.HomeCrumb(from), _site.CouncilCrumb(from, Plan) };
        if (includePlan) crumbs.Add(new Crumb(CrumbKind.Plan, Plan.Title, _site.Href(from, _routes.Plan(Plan))));
        return crumbs;
    }

    public PlanHeader Header() => new(
        Plan.Title,
        Plan.Subtitle,
        OrganisationName,
        Plan.Kind,
        new PeriodSpan(Plan.Period.First.Label, Plan.Period.Last.Label),
        ViewKinds.Of(Plan.Status),
        Plan.Approval is null ? null : new ApprovalView(Plan.Approval.By, Plan.Approval.Date is { } d ? ViewKinds.Of(d) : null),
        Plan.Published is { } published ? ViewKinds.Of(published) : null,
        Officer(Plan.ResponsibleOfficer));

    /// <summary>The officer a reference names; one named by an id SiteGen does not know (already reported) is shown by that id.</summary>
    public OfficerView? Officer(Ref? reference)
    {
        if (reference is null) return null;
        if (_references.Officer(reference) is not { } officer) return new OfficerView(reference.Value, null);
        return new OfficerView(officer.Post, officer.Name);
    }

    public IReadOnlyList<OfficerView> Officers(IReadOnlyList<Ref> references) => references.Select(r => Officer(r)!).ToList();
}
