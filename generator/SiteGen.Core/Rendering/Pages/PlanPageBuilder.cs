using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Rendering.Charts;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>The plan overview: what the plan is, the plan at a glance, and its narrative.</summary>
public static class PlanPageBuilder
{
    private const int TopRiskCount = 3;

    public static PageToRender Build(SiteContext site, PlanViews views)
    {
        var plan = views.Plan;
        var path = site.Routes.Plan(plan);
        var sectionIds = plan.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var tablesBySection = plan.Tables.Where(t => t.Section is not null && sectionIds.Contains(t.Section)).ToLookup(t => t.Section!);

        var model = new PlanPageModel
        {
            Description = MetaDescription.Of(plan.Subtitle, plan.Summary, plan.Vision),
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = views.Breadcrumbs(path, includePlan: false),
            Navigation = views.Navigation(path, PlanPage.Overview),
            Plan = views.Header(),
            Foreword = views.Markdown(plan.Foreword?.Text),
            ForewordSignedBy = views.Officer(plan.Foreword?.SignedBy),
            Vision = views.Markdown(plan.Vision),
            Mission = views.Markdown(plan.Mission),
            Summary = views.Markdown(plan.Summary),
            Values = plan.Values,
            Aims = plan.Aims,
            Notes = plan.Notes.Select(n => views.Markdown(n)).OfType<Html>().ToList(),
            LeadershipTeam = views.Officers(plan.LeadershipTeam),
            Contacts = (views.Organisation?.Contacts ?? []).Select(ViewKinds.Of).ToList(),
            ParentPlans = site.Facts.Parents[plan].Select(p => new Link(p.Title, site.Href(path, site.Routes.Plan(p)))).ToList(),
            ChildPlans = site.Facts.Children[plan].Select(p => new Link(p.Title, site.Href(path, site.Routes.Plan(p)))).ToList(),
            RelatedPlans = plan.RelatedPlans.Select(r => new RelatedPlanView(ViewKinds.Of(r.Relationship), r.Title, r.Note)).ToList(),
            ObjectiveLabel = plan.ObjectiveLabel,
            RollUp = views.RollUp(site.Facts.PlanRollUps[plan], path),
            LatestReport = views.LatestReport(path),
            StatusChart = site.Facts.PlanRollUps[plan].HasAnswer
                ? StatusChartBuilder.Build(
                    site.Facts.PlanStatus[plan],
                    plan.Objectives.Where(o => site.Facts.ObjectiveRollUps[o].HasAnswer).Select(o => (PlanViews.NameOf(o), site.Facts.ObjectiveStatus[o])).ToList(),
                    "status-chart",
                    "objective-status")
                : null,
            Objectives = plan.Objectives
                .Select(o => new ObjectiveSummary(PlanViews.NameOf(o), site.Href(path, views.ObjectivePath(o)), Summaries.Of(site.Facts.ObjectiveStatus[o]), o.Indicators.Count, o.Actions.Count))
                .ToList(),
            KeyIndicators = plan.Indicators
                .Where(i => site.Facts.Judgements[i].Standing.Basis != StandingBasis.None)
                .Select(i => views.IndicatorRow(i, path))
                .ToList(),
            TopRisks = site.Facts.TopRisks[plan].Take(TopRiskCount).Select(views.Risk).ToList(),
            BudgetTotals = plan.Budgets
                .Where(b => b.Total is not null && b.Columns.Count > 0)
                .Select(TotalOf)
                .ToList(),
            ProgressLinks = plan.ProgressReports.Select(r => new ProgressReportLink(r.Title, r.Period.Label, site.Href(path, site.Routes.Progress(plan, r)))).ToList(),
            OtherIndicators = plan.Indicators.Where(i => !views.ObjectivesByIndicator.Contains(i.Key)).Select(i => views.Indicator(i, path)).ToList(),
            Inspections = plan.Inspections.Select(Inspection).ToList(),
            Projects = plan.Projects
                .Select(p => new ProjectView(p.Name, views.Markdown(p.Summary), views.Officer(p.Accountable), views.Officer(p.Lead), p.Timescale, p.Budget))
                .ToList(),
            Sections = plan.Sections
                .Select(s => (Section: s, Text: site.Routes.IsDefault ? null : s.In(site.Language)))
                .Select(s => new SectionView(Slug.Of(s.Section.Id), (s.Text ?? s.Section).Title, views.Markdown((s.Text ?? s.Section).Markdown, (s.Text ?? s.Section).Title) ?? new Html(string.Empty), tablesBySection[s.Section.Id].Select(views.Table).ToList())
                {
                    EditorNote = views.Markdown(s.Section.EditorNote),
                    IsTranslated = s.Text is not null,
                })
                .ToList(),
            Tables = plan.Tables.Where(t => t.Section is null || !sectionIds.Contains(t.Section)).Select(views.Table).ToList(),
            Glossary = Summaries.Glossary(plan),
            EditorNote = views.Markdown(plan.EditorNote),
            Promises = new PlanPromises(plan.Objectives.Count, plan.Objectives.Sum(o => o.Actions.Count), plan.Indicators.Count),
            HeadlineBudget = HeadlineBudget(plan),
        };

        return new PageToRender(path, model);
    }

    /// <summary>A budget's stated total in its last column of figures, as printed.</summary>
    private static BudgetTotalView TotalOf(BudgetTable b) => TotalIn(b, b.Columns.LastOrDefault(c => !c.IsText) ?? b.Columns[^1]);

    private static BudgetTotalView TotalIn(BudgetTable b, BudgetColumn column) =>
        new(b.Title, column.Label, b.Total!.Values.TryGetValue(column.Id, out var f) ? f.Text : null, b.Unit);

    /// <summary>
    /// The budget a reader asks about first: of the revenue budgets that state a total (else of any that do), the one with
    /// the most columns of figures — the whole service's gross, income and net, rather than a grant or a list of changes —
    /// the first in the plan's order when several have as many.
    /// </summary>
    private static BudgetTotalView? HeadlineBudget(Plan plan)
    {
        var withTotals = plan.Budgets.Where(b => b.Total is not null && b.Columns.Any(c => !c.IsText)).ToList();
        var revenue = withTotals.Where(b => b.Kind == BudgetKind.Revenue).ToList();
        var headline = (revenue.Count > 0 ? revenue : withTotals).OrderByDescending(b => b.Columns.Count(c => !c.IsText)).FirstOrDefault();
        if (headline is null) return null;

        // Columns of several years (last year's outturn, this year's budget, later years' outlook): the plan's first year's
        // last column, its net or total, is what the plan sets out to spend; otherwise the table's last column of figures.
        var firstYear = headline.Columns.LastOrDefault(c => !c.IsText && c.Year is { } year && year.SortKey == plan.Period.First.SortKey);
        var total = firstYear is null ? TotalOf(headline) : TotalIn(headline, firstYear);
        return total.Total is null ? null : total;
    }

    private static InspectionView Inspection(Inspection i)
    {
        var periods = i.Judgements.SelectMany(j => j.Grades).Select(g => g.Period).DistinctBy(p => p.Label).OrderBy(p => p.SortKey).ToList();
        return new InspectionView(
            i.Title,
            i.Body,
            i.Date is { } date ? ViewKinds.Of(date) : null,
            i.Scale.Select(s => new LabelledText(s.Grade, s.Label)).ToList(),
            MarkdownRenderer.ToHtml(i.Summary, tableCaption: i.Title),
            periods.Select(p => p.Label).ToList(),
            i.Judgements
                .Select(j => new JudgementView(
                    j.Area,
                    periods.Select(p => j.Grades.FirstOrDefault(g => g.Period.Label == p.Label)?.Value ?? string.Empty).ToList(),
                    j.Strengths,
                    j.Improvements))
                .ToList());
    }
}
