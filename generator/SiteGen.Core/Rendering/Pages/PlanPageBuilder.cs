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
            Status = Summaries.Of(site.Facts.PlanStatus[plan]),
            StatusChart = StatusChartBuilder.Build(
                site.Facts.PlanStatus[plan],
                plan.Objectives.Select(o => (PlanViews.NameOf(o), site.Facts.ObjectiveStatus[o])).ToList(),
                "status-chart",
                "objective-status"),
            Objectives = plan.Objectives
                .Select(o => new ObjectiveSummary(PlanViews.NameOf(o), site.Href(path, views.ObjectivePath(o)), Summaries.Of(site.Facts.ObjectiveStatus[o]), o.Indicators.Count, o.Actions.Count))
                .ToList(),
            KeyIndicators = plan.Indicators
                .Where(i => site.Facts.Indicators[i].Result != TargetResult.NoComparison)
                .Select(i => views.IndicatorRow(i, path))
                .ToList(),
            TopRisks = site.Facts.TopRisks[plan].Take(TopRiskCount).Select(views.Risk).ToList(),
            BudgetTotals = plan.Budgets
                .Where(b => b.Total is not null && b.Columns.Count > 0)
                .Select(b =>
                {
                    var last = b.Columns[^1];
                    return new BudgetTotalView(b.Title, last.Label, b.Total!.Values.TryGetValue(last.Id, out var f) ? f.Text : null, b.Unit);
                })
                .ToList(),
            ProgressLinks = plan.ProgressReports.Select(r => new ProgressReportLink(r.Title, r.Period.Label, site.Href(path, site.Routes.Progress(plan, r)))).ToList(),
            OtherIndicators = plan.Indicators.Where(i => !views.ObjectivesByIndicator.Contains(i.Key)).Select(i => views.Indicator(i, path)).ToList(),
            Inspections = plan.Inspections.Select(Inspection).ToList(),
            Projects = plan.Projects
                .Select(p => new ProjectView(p.Name, views.Markdown(p.Summary), views.Officer(p.Accountable), views.Officer(p.Lead), p.Timescale, p.Budget))
                .ToList(),
            Sections = plan.Sections
                .Select(s => new SectionView(Slug.Of(s.Id), s.Title, views.Markdown(s.Markdown, s.Title) ?? new Html(string.Empty), tablesBySection[s.Id].Select(Summaries.Table).ToList()))
                .ToList(),
            Tables = plan.Tables.Where(t => t.Section is null || !sectionIds.Contains(t.Section)).Select(Summaries.Table).ToList(),
            Glossary = Summaries.Glossary(plan),
        };

        return new PageToRender(path, model);
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
