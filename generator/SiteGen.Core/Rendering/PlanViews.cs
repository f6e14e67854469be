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
public sealed class PlanViews
{
    private readonly SiteContext _site;
    private readonly SiteRoutes _routes;
    private readonly PlanReferences _references;
    private readonly IReadOnlyDictionary<string, BandingScale> _bandingScales;
    private readonly Glossary _glossary;
    private readonly Dictionary<string, string> _tagMeanings;

    public PlanViews(SiteContext site, Plan plan)
    {
        _site = site;
        _routes = site.Routes;
        _references = site.Facts.References[plan];
        Plan = plan;
        _tagMeanings = plan.TagLists.SelectMany(l => l.Tags).GroupBy(t => t.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Meaning, StringComparer.Ordinal);
        _bandingScales = plan.BandingScales.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _glossary = new Glossary(plan.Glossary);
    }

    public Plan Plan { get; }

    public Organisation? Organisation => _references.Organisation;

    public ILookup<string, Objective> ObjectivesByIndicator => _references.ObjectivesByIndicator;

    public bool HasActions => Plan.Objectives.Any(o => o.Actions.Count > 0);

    public bool HasIndicators => Plan.Indicators.Count > 0;

    public string OrganisationName => Organisation?.Name ?? Plan.Organisation.Value;

    public PagePath ObjectivePath(Objective objective) => _routes.Objective(Plan, objective);

    public PagePath IndicatorPath(Indicator indicator) => _routes.Indicator(Plan, indicator);

    public Indicator? FindIndicator(string key) => _references.Indicator(key);

    /// <summary>Markdown of this plan to safe HTML, with the plan's glossary terms marked as abbreviations; a table with no heading above it is captioned with <paramref name="tableCaption"/>, else the plan's title.</summary>
    public Html? Markdown(string? markdown, string? tableCaption = null) => MarkdownRenderer.ToHtml(markdown, _glossary, tableCaption: tableCaption ?? Plan.Title);

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
        return new PlanNavigation(new Link(Plan.Title, _site.Href(from, _routes.Plan(Plan))), OrganisationName, pages, current);
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
        Plan.Period.ToString(),
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

    public IndicatorView? IndicatorByKey(Ref reference, PagePath from, IndicatorChartBuilder.Size? chart = null) =>
        _references.Indicator(reference.Value) is { } i ? Indicator(i, from, chart) : null;

    private static ComparedPoint? Compared(IndicatorAssessment assessment) =>
        assessment.Result == TargetResult.NoComparison || assessment.Compared is not { } c
            ? null
            : new ComparedPoint(c.Period.Label, c.Target!.Text, c.Actual!.Text);

    /// <summary>The indicator as a reader sees it, with a chart of <paramref name="chart"/>'s size when one is asked for.</summary>
    public IndicatorView Indicator(Indicator indicator, PagePath from, IndicatorChartBuilder.Size? chart = null)
    {
        var assessment = _site.Facts.Indicators[indicator];
        var anchor = _routes.IndicatorAnchor(Plan, indicator);
        return new IndicatorView
        {
            Anchor = anchor,
            TableId = anchor + "-table",
            Chart = chart is null || indicator.Values.Count == 0 ? null : IndicatorChartBuilder.Build(indicator, assessment, anchor + "-chart", anchor + "-table", chart),
            Href = _site.Href(from, IndicatorPath(indicator)),
            Reference = indicator.DisplayReference,
            Title = indicator.Title,
            Description = Markdown(indicator.Description),
            Unit = ViewKinds.Of(indicator.Unit),
            Polarity = ViewKinds.Of(indicator.Polarity),
            PeriodKind = ViewKinds.Of(indicator.PeriodKind),
            Codes = indicator.Codes,
            Category = indicator.Category,
            Owner = Officer(indicator.Owner),
            ProvidedBy = indicator.ProvidedBy,
            Series = indicator.Values.Select(v => new SeriesRow(v.Period.Label, v.Actual?.Text, v.Estimate?.Text, v.Target?.Text, v.Note) { Met = v.Met, Improved = v.Improved }).ToList(),
            Tags = indicator.Tags.Select(Tag).ToList(),
            Comparators = indicator.Comparators.Select(c => new ComparatorRow(c.Label, ViewKinds.Of(c.Against), c.Period?.Label, c.Value.Text)).ToList(),
            Bandings = indicator.Bandings.Select(Banding).ToList(),
            AuthorityValues = indicator.AuthorityValues?.Values.Select(v => new LabelledText(v.Authority, v.Value.Text)).ToList() ?? [],
            AuthorityValuesPeriod = indicator.AuthorityValues?.Period?.Label,
            Commentary = Markdown(indicator.Commentary),
            Comparison = Markdown(indicator.Comparison),
            PeriodsNote = indicator.PeriodsNote,
            Footnotes = indicator.Footnotes,
            Latest = assessment.Latest is { } l ? new FigureAt(l.Actual!.Text, l.Period.Label) : null,
            Result = ViewKinds.Of(assessment.Result),
            Compared = Compared(assessment),
            Status = ViewKinds.Of(assessment.Status),
            Direction = ViewKinds.Of(assessment.Direction),
        };
    }

    private BandingView Banding(Banding b)
    {
        var scale = _bandingScales.GetValueOrDefault(b.Scale.Value);
        var level = scale?.Levels.FirstOrDefault(x => x.Value == b.Band.Text);
        return new BandingView(scale?.Name ?? b.Scale.Value, b.Period?.Label, b.Band.Text, level?.Label);
    }

    public IndicatorRow IndicatorRow(Indicator indicator, PagePath from)
    {
        var assessment = _site.Facts.Indicators[indicator];
        var nextTarget = assessment.Series.TargetWithoutActual;
        return new IndicatorRow(
            indicator.DisplayReference,
            indicator.Title,
            _site.Href(from, IndicatorPath(indicator)),
            ObjectivesByIndicator[indicator.Key].Select(NameOf).FirstOrDefault(),
            assessment.Latest is { } l ? new FigureAt(l.Actual!.Text, l.Period.Label) : null,
            nextTarget is null ? null : new FigureAt(nextTarget.Target!.Text, nextTarget.Period.Label),
            ViewKinds.Of(assessment.Result),
            ViewKinds.Of(assessment.Status),
            ViewKinds.Of(assessment.Direction),
            SparklineBuilder.Build(indicator, assessment, "sparkline-" + _routes.IndicatorSlug(Plan, indicator)));
    }

    /// <summary>A tag with its meaning from the plan's tag lists: "M3" (Early years).</summary>
    private TagView Tag(string code) => new(code, _tagMeanings.GetValueOrDefault(code));

    public ActionView Action(PlanAction action, PagePath from) => new(
        _routes.ActionAnchor(Plan, action),
        action.Reference,
        action.Area,
        action.Description,
        action.Timescale,
        action.Due is { } due ? ViewKinds.Of(due) : null,
        Officers(action.Leads),
        Officer(action.Accountable),
        action.Partners,
        action.Indicators
            .Select(r => _references.Indicator(r.Value) is { } i ? new IndicatorLink(r.Value, _site.Href(from, IndicatorPath(i))) : null)
            .OfType<IndicatorLink>()
            .ToList(),
        action.Tags.Select(Tag).ToList(),
        action.SubActions.Select(s => new SubActionView(s.Reference, s.Description, s.Timescale, Officers(s.Leads))).ToList(),
        action.Progress.Select(p => new ProgressEntryView(p.Period.Label, p.Status is { } status ? ViewKinds.Of(status) : null, p.Percent?.Text, p.Commentary)).ToList())
    {
        TakenForwardIn = _site.Facts.Chain.TakenForwardIn(Plan, action)
            .Select(x => new TakenForwardView(x.Plan.Title, NameOf(x.Objective), _site.Href(from, _routes.Objective(x.Plan, x.Objective))))
            .ToList(),
    };

    public RiskView Risk(Risk risk) => new(
        _routes.RiskAnchor(risk),
        risk.Reference,
        risk.Description,
        Officer(risk.Owner),
        Score(risk.Inherent),
        Score(risk.Residual),
        risk.Priority,
        risk.Controls,
        Markdown(risk.Mitigation),
        risk.Review is null ? null : new ReviewView(risk.Review.Method, risk.Review.Frequency, risk.Review.Dates),
        risk.Objectives.Select(o => o.Value).ToList(),
        Markdown(risk.Notes));

    private RiskScoreView? Score(RiskAssessment? assessment)
    {
        if (assessment is null) return null;
        var rating = _site.Facts.RiskRatings.GetValueOrDefault(assessment);
        return new RiskScoreView(
            Plan.RiskScale?.Likelihood?.Label,
            assessment.Likelihood?.Value,
            Plan.RiskScale?.Impact?.Label,
            assessment.Impact?.Value,
            rating?.Score,
            rating?.Band,
            assessment.StatedRating);
    }

    public RiskScaleView? RiskScale()
    {
        var scale = Plan.RiskScale;
        if (scale is null) return null;
        return new RiskScaleView(
            ScaleOf(scale.Priority?.Label, scale.Priority?.Levels),
            ScaleOf(scale.Likelihood?.Label, scale.Likelihood?.Levels),
            ScaleOf(scale.Impact?.Label, scale.Impact?.Levels),
            scale.Bands.Select((b, i) => new RiskBandView(b.Name, i == 0 ? 1 : scale.Bands[i - 1].UpTo + 1, b.UpTo)).ToList());
    }

    private static ScaleView? ScaleOf(string? label, IReadOnlyList<ScaleLevel>? levels) =>
        levels is null ? null : new ScaleView(label, levels.Select(l => new LabelledLevel(l.Value, l.Label)).ToList());

    public BudgetView Budget(BudgetTable t)
    {
        BudgetRow Row(BudgetLine line) => new(line.Reference, line.Name, t.Columns.Select(c => line.Values.TryGetValue(c.Id, out var f) ? f.Text : string.Empty).ToList(), line.Note);
        var columns = t.Columns.Select(c => new BudgetColumnView(c.Label, c.Year?.Label, c.Basis is { } basis ? ViewKinds.Of(basis) : null)).ToList();
        var id = "budget-" + (Plan.Budgets.ToList().IndexOf(t) + 1).ToString(CultureInfo.InvariantCulture);
        return new BudgetView(id, t.Title, ViewKinds.Of(t.Kind), t.Unit, columns, t.Lines.Select(Row).ToList(), t.Total is null ? null : Row(t.Total), t.Notes, BudgetChartBuilder.Build(t, id + "-chart", id));
    }
}
