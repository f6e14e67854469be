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

    /// <summary>Markdown of this plan to safe HTML, with the plan's glossary terms marked as abbreviations.</summary>
    public Html? Markdown(string? markdown, string? tableCaption = null) => MarkdownRenderer.ToHtml(markdown, _glossary, tableCaption: tableCaption);

    public string ObjectiveTitle(Objective objective) => objective.Reference is null ? objective.Title : $"{objective.Reference}. {objective.Title}";

    /// <summary>The plan's own pages, as the navigation on each of them shows; pages the plan has no content for are left out.</summary>
    public PlanNavigation Navigation(PagePath from, string current)
    {
        var pages = new List<Link> { new("Overview", _site.Href(from, _routes.Plan(Plan))) };
        if (HasActions) pages.Add(new Link("Actions", _site.Href(from, _routes.ActionsIndex(Plan))));
        if (HasIndicators) pages.Add(new Link("Indicators", _site.Href(from, _routes.IndicatorsIndex(Plan))));
        if (Plan.RiskRegister is not null) pages.Add(new Link("Risks", _site.Href(from, _routes.Risks(Plan))));
        if (Plan.Budgets.Count > 0) pages.Add(new Link("Budget", _site.Href(from, _routes.Budget(Plan))));
        if (Plan.ProgressReports.Count > 0) pages.Add(new Link("Progress", _site.Href(from, _routes.Progress(Plan, Plan.ProgressReports[^1]))));
        if (Plan.Glossary.Count > 0) pages.Add(new Link("Glossary", _site.Href(from, _routes.Glossary(Plan))));
        return new PlanNavigation(new Link(Plan.Title, _site.Href(from, _routes.Plan(Plan))), OrganisationName, pages, current);
    }

    public IReadOnlyList<Link> Breadcrumbs(PagePath from, bool includePlan = true)
    {
        var crumbs = new List<Link> { _site.HomeCrumb(from), _site.CouncilCrumb(from, Plan) };
        if (includePlan) crumbs.Add(new Link(Plan.Title, _site.Href(from, _routes.Plan(Plan))));
        return crumbs;
    }

    public PlanHeader Header() => new(
        Plan.Title,
        Plan.Subtitle,
        OrganisationName,
        Plan.Kind,
        Plan.Period.ToString(),
        Words.Of(Plan.Status),
        Plan.Approval is null ? null : string.Join(", ", new[] { Plan.Approval.By, Plan.Approval.Date?.ToString() }.OfType<string>()),
        Plan.Published?.ToString(),
        Officer(Plan.ResponsibleOfficer));

    /// <summary>"Head of Service (Steve Titcombe)"; the id itself when the officer is unknown (already reported).</summary>
    public string? Officer(Ref? reference)
    {
        if (reference is null) return null;
        if (_references.Officer(reference) is not { } officer) return reference.Value;
        return officer.Name is null ? officer.Post : $"{officer.Post} ({officer.Name})";
    }

    public string? Officers(IReadOnlyList<Ref> references) =>
        references.Count == 0 ? null : string.Join("; ", references.Select(r => Officer(r)));

    public IndicatorView? IndicatorByKey(Ref reference, PagePath from, IndicatorChartBuilder.Size? chart = null) =>
        _references.Indicator(reference.Value) is { } i ? Indicator(i, from, chart) : null;

    public static (string Verdict, string Token) Verdict(IndicatorAssessment assessment) => (assessment.Result switch
    {
        TargetResult.Met => $"Met the target of {assessment.Compared!.Target!.Text} in {assessment.Compared.Period} ({assessment.Compared.Actual!.Text})",
        TargetResult.NotMet => $"Did not meet the target of {assessment.Compared!.Target!.Text} in {assessment.Compared.Period} ({assessment.Compared.Actual!.Text})",
        _ => "No target and result for the same period to compare",
    }, Summaries.Token(assessment.Status));

    /// <summary>The indicator as a reader sees it, with a chart of <paramref name="chart"/>'s size when one is asked for.</summary>
    public IndicatorView Indicator(Indicator indicator, PagePath from, IndicatorChartBuilder.Size? chart = null)
    {
        var assessment = _site.Facts.Indicators[indicator];
        var (verdict, token) = Verdict(assessment);
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
            Unit = Words.Of(indicator.Unit),
            Polarity = Words.Of(indicator.Polarity),
            PeriodKind = Words.Of(indicator.PeriodKind),
            Codes = indicator.Codes,
            Category = indicator.Category,
            Owner = Officer(indicator.Owner),
            ProvidedBy = indicator.ProvidedBy,
            Series = indicator.Values.Select(v => new SeriesRow(v.Period.Label, v.Actual?.Text, v.Estimate?.Text, v.Target?.Text, v.Note) { Met = v.Met, Improved = v.Improved }).ToList(),
            Tags = indicator.Tags.Select(Tag).ToList(),
            Comparators = indicator.Comparators.Select(c => new ComparatorRow(c.Label ?? Words.Of(c.Against), c.Period?.Label, c.Value.Text)).ToList(),
            Bandings = indicator.Bandings.Select(Banding).ToList(),
            AuthorityValues = indicator.AuthorityValues?.Values.Select(v => new LabelledText(v.Authority, v.Value.Text)).ToList() ?? [],
            AuthorityValuesPeriod = indicator.AuthorityValues?.Period?.Label,
            Commentary = Markdown(indicator.Commentary),
            Comparison = Markdown(indicator.Comparison),
            PeriodsNote = indicator.PeriodsNote,
            Footnotes = indicator.Footnotes,
            Latest = assessment.Latest is { } l ? $"{l.Actual!.Text} in {l.Period}" : null,
            Verdict = verdict,
            VerdictStatus = token,
            Direction = Words.Of(assessment.Direction),
        };
    }

    private LabelledText Banding(Banding b)
    {
        var scale = _bandingScales.GetValueOrDefault(b.Scale.Value);
        var level = scale?.Levels.FirstOrDefault(x => x.Value == b.Band.Text);
        var band = level?.Label is null ? b.Band.Text : $"{b.Band.Text} — {level.Label}";
        var name = scale?.Name ?? b.Scale.Value;
        return new LabelledText(b.Period is null ? name : $"{name} {b.Period}", band);
    }

    public IndicatorRow IndicatorRow(Indicator indicator, PagePath from)
    {
        var assessment = _site.Facts.Indicators[indicator];
        var (verdict, token) = Verdict(assessment);
        var nextTarget = assessment.Series.TargetWithoutActual;
        return new IndicatorRow(
            indicator.DisplayReference,
            new Link(indicator.Title, _site.Href(from, IndicatorPath(indicator))),
            ObjectivesByIndicator[indicator.Key].Select(ObjectiveTitle).FirstOrDefault(),
            assessment.Latest is { } l ? $"{l.Actual!.Text} ({l.Period})" : null,
            nextTarget is null ? null : $"{nextTarget.Target!.Text} ({nextTarget.Period})",
            verdict,
            token,
            Words.Of(assessment.Direction),
            SparklineBuilder.Build(indicator, assessment, "sparkline-" + _routes.IndicatorSlug(Plan, indicator)));
    }

    /// <summary>A tag with its meaning from the plan's tag lists: "M3 (Early years)".</summary>
    private string Tag(string code) => _tagMeanings.TryGetValue(code, out var meaning) ? $"{code} ({meaning})" : code;

    public ActionView Action(PlanAction action, PagePath from) => new(
        _routes.ActionAnchor(Plan, action),
        action.Reference,
        action.Area,
        action.Description,
        action.Timescale,
        action.Due?.ToString(),
        Officers(action.Leads),
        Officer(action.Accountable),
        action.Partners,
        action.Indicators
            .Select(r => _references.Indicator(r.Value) is { } i ? new Link(r.Value, _site.Href(from, IndicatorPath(i))) : null)
            .OfType<Link>()
            .ToList(),
        action.Tags.Select(Tag).ToList(),
        action.SubActions.Select(s => new SubActionView(s.Reference, s.Description, s.Timescale, Officers(s.Leads))).ToList(),
        action.Progress.Select(p => new LabelledText(p.Period.Label, string.Join(" — ", new[] { p.Status is null ? null : Words.Of(p.Status.Value), p.Percent?.Text, p.Commentary }.OfType<string>()))).ToList())
    {
        TakenForwardIn = _site.Facts.Chain.TakenForwardIn(Plan, action)
            .Select(x => new Link($"{x.Plan.Title}: {ObjectiveTitleOf(x.Objective)}", _site.Href(from, _routes.Objective(x.Plan, x.Objective))))
            .ToList(),
    };

    private static string ObjectiveTitleOf(Objective objective) => objective.Reference is null ? objective.Title : $"{objective.Reference}. {objective.Title}";

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
        risk.Review is null ? null : string.Join("; ", new[] { risk.Review.Method, risk.Review.Frequency, risk.Review.Dates.Count == 0 ? null : string.Join(", ", risk.Review.Dates) }.OfType<string>()),
        risk.Objectives.Select(o => o.Value).ToList(),
        Markdown(risk.Notes));

    private RiskScoreView? Score(RiskAssessment? assessment)
    {
        if (assessment is null) return null;
        var rating = _site.Facts.RiskRatings.GetValueOrDefault(assessment);
        return new RiskScoreView(
            Plan.RiskScale?.Likelihood?.Label ?? "Likelihood",
            assessment.Likelihood?.Value,
            Plan.RiskScale?.Impact?.Label ?? "Impact",
            assessment.Impact?.Value,
            rating?.Score,
            rating?.Band,
            assessment.StatedRating);
    }

    public string? RiskScaleText()
    {
        var scale = Plan.RiskScale;
        if (scale is null) return null;
        if (scale.Likelihood is null || scale.Impact is null)
        {
            return scale.Priority is null ? null : $"{scale.Priority.Label}: {string.Join(", ", scale.Priority.Levels.Select(Level))}.";
        }

        var bands = string.Join(", ", scale.Bands.Select((b, i) =>
            $"{b.Name} {(i == 0 ? 1 : scale.Bands[i - 1].UpTo + 1).ToString(CultureInfo.InvariantCulture)}–{b.UpTo.ToString(CultureInfo.InvariantCulture)}"));
        return $"{scale.Likelihood.Label} ({string.Join(", ", scale.Likelihood.Levels.Select(Level))}) × {scale.Impact.Label} ({string.Join(", ", scale.Impact.Levels.Select(Level))}); rating bands: {bands}.";
    }

    private static string Level(ScaleLevel level) => level.Label is null ? level.Value : $"{level.Value} {level.Label}";

    public BudgetView Budget(BudgetTable t)
    {
        BudgetRow Row(BudgetLine line) => new(line.Reference, line.Name, t.Columns.Select(c => line.Values.TryGetValue(c.Id, out var f) ? f.Text : string.Empty).ToList(), line.Note);
        var columns = t.Columns.Select(c => c.Year is null ? c.Label : $"{c.Label} ({c.Year}{(c.Basis is null ? string.Empty : ", " + c.Basis.ToString()!.ToLowerInvariant())})").ToList();
        var id = "budget-" + (Plan.Budgets.ToList().IndexOf(t) + 1).ToString(CultureInfo.InvariantCulture);
        return new BudgetView(id, t.Title, Words.Of(t.Kind), t.Unit, columns, t.Lines.Select(Row).ToList(), t.Total is null ? null : Row(t.Total), t.Notes, BudgetChartBuilder.Build(t, id + "-chart", id));
    }
}
