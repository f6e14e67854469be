using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>Every page of the site with its view model: route → view model, ready for the theme.</summary>
public static class PageGraph
{
    public static IReadOnlyList<PageToRender> Build(SiteFacts facts, SiteSettings settings, IReadOnlyList<string> stylesheets, IReadOnlyList<string> scripts)
    {
        var chrome = new Chrome(settings, stylesheets, scripts);
        var pages = new List<PageToRender> { Home(facts, chrome) };
        foreach (var plan in facts.Site.Plans)
        {
            var organisation = facts.Site.Organisations.FirstOrDefault(o => o.Id == plan.Organisation.Value);
            var views = new PlanViews(facts, plan, organisation);
            pages.Add(PlanPage(facts, plan, organisation, views, chrome));
            foreach (var objective in plan.Objectives)
            {
                pages.Add(ObjectivePage(facts, plan, organisation, objective, views, chrome));
            }
        }

        return pages;
    }

    private static PageToRender Home(SiteFacts facts, Chrome chrome)
    {
        const string path = Routes.Home;
        var councils = facts.Site.Organisations
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new CouncilSummary(
                o.Name,
                o.Nation.ToString(),
                facts.Site.Plans
                    .Where(p => p.Organisation.Value == o.Id)
                    .OrderByDescending(p => p.Period.First.SortKey)
                    .Select(p => new PlanSummary(
                        p.Title,
                        Routes.Href(path, Routes.Plan(p)),
                        p.Kind,
                        p.Period.ToString(),
                        Words.Of(p.Status),
                        p.Subtitle,
                        p.Objectives.Count,
                        p.Indicators.Count,
                        p.Objectives.Sum(x => x.Actions.Count)))
                    .ToList()))
            .Where(c => c.Plans.Count > 0)
            .ToList();

        return new PageToRender(path, new HomePageModel
        {
            Title = chrome.Settings.Title,
            Description = chrome.Settings.Description,
            Site = chrome.For(path),
            Root = Routes.RootFrom(path),
            CanonicalUrl = chrome.Canonical(path),
            Councils = councils,
        });
    }

    private static PageToRender PlanPage(SiteFacts facts, Plan plan, Organisation? organisation, PlanViews views, Chrome chrome)
    {
        var path = Routes.Plan(plan);
        var measured = plan.Objectives.SelectMany(o => o.Indicators.Concat(o.SecondaryIndicators)).Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        var sectionIds = plan.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var tablesBySection = plan.Tables.Where(t => t.Section is not null && sectionIds.Contains(t.Section)).ToLookup(t => t.Section!);
        var plansById = facts.Site.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);

        var model = new PlanPageModel
        {
            Title = plan.Title,
            Description = plan.Subtitle,
            Site = chrome.For(path),
            Root = Routes.RootFrom(path),
            CanonicalUrl = chrome.Canonical(path),
            Breadcrumbs = [new Link("Home", Routes.Href(path, Routes.Home))],
            Plan = views.Header(),
            Foreword = MarkdownRenderer.ToHtml(plan.Foreword?.Text),
            ForewordSignedBy = views.Officer(plan.Foreword?.SignedBy),
            Vision = MarkdownRenderer.ToHtml(plan.Vision),
            Mission = MarkdownRenderer.ToHtml(plan.Mission),
            Summary = MarkdownRenderer.ToHtml(plan.Summary),
            Values = plan.Values,
            Aims = plan.Aims,
            Notes = plan.Notes.Select(n => MarkdownRenderer.ToHtml(n)!).Where(h => h is not null).ToList(),
            LeadershipTeam = plan.LeadershipTeam.Select(r => views.Officer(r)!).ToList(),
            Contacts = (organisation?.Contacts ?? [])
                .Select(c => string.Join(", ", new[] { c.Name, c.Role, c.Email, c.Phone, c.Address }.OfType<string>()))
                .ToList(),
            ParentPlans = plan.Parents
                .Select(r => plansById.GetValueOrDefault(r.Value))
                .OfType<Plan>()
                .Select(p => new Link(p.Title, Routes.Href(path, Routes.Plan(p))))
                .ToList(),
            ChildPlans = facts.Children[plan].Select(p => new Link(p.Title, Routes.Href(path, Routes.Plan(p)))).ToList(),
            RelatedPlans = plan.RelatedPlans
                .Select(r => new LabelledText(r.Relationship switch
                {
                    PlanRelationship.Parent => "Parent plan",
                    PlanRelationship.Child => "Supporting plan",
                    _ => "Related plan",
                }, r.Note is null ? r.Title : $"{r.Title} — {r.Note}"))
                .ToList(),
            ObjectiveLabel = plan.ObjectiveLabel,
            Status = Summary(facts.PlanStatus[plan]),
            Objectives = plan.Objectives
                .Select(o => new ObjectiveSummary(
                    o.Reference,
                    o.Title,
                    Routes.Href(path, Routes.Objective(plan, o)),
                    Summary(facts.ObjectiveStatus[o]),
                    o.Indicators.Count,
                    o.Actions.Count))
                .ToList(),
            OtherIndicators = plan.Indicators.Where(i => !measured.Contains(i.Key)).Select(views.Indicator).ToList(),
            RiskRegisterTitle = plan.RiskRegister?.Title,
            RiskScaleText = views.RiskScaleText(),
            Risks = (plan.RiskRegister?.Risks ?? []).Select(views.Risk).ToList(),
            Budgets = plan.Budgets.Select(Budget).ToList(),
            Inspections = plan.Inspections.Select(Inspection).ToList(),
            Projects = plan.Projects
                .Select(p => new ProjectView(p.Name, MarkdownRenderer.ToHtml(p.Summary), views.Officer(p.Accountable), views.Officer(p.Lead), p.Timescale, p.Budget))
                .ToList(),
            Sections = plan.Sections
                .Select(s => new SectionView(Routes.Slug(s.Id), s.Title, MarkdownRenderer.ToHtml(s.Markdown) ?? new Html(string.Empty), tablesBySection[s.Id].Select(Table).ToList()))
                .ToList(),
            Tables = plan.Tables.Where(t => t.Section is null || !sectionIds.Contains(t.Section)).Select(Table).ToList(),
            Glossary = plan.Glossary.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase).Select(g => new LabelledText(g.Term, g.Meaning)).ToList(),
            ProgressReports = plan.ProgressReports.Select(Progress).ToList(),
        };

        return new PageToRender(path, model);
    }

    private static PageToRender ObjectivePage(SiteFacts facts, Plan plan, Organisation? organisation, Objective objective, PlanViews views, Chrome chrome)
    {
        var path = Routes.Objective(plan, objective);
        var risksByRef = (plan.RiskRegister?.Risks ?? []).GroupBy(r => r.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var risks = objective.Risks.Select(r => risksByRef.GetValueOrDefault(r.Value))
            .Concat((plan.RiskRegister?.Risks ?? []).Where(r => r.Objectives.Any(o => o.Value == objective.Id || o.Value == objective.Reference)))
            .OfType<Risk>()
            .Distinct()
            .Select(views.Risk)
            .ToList();
        var outcomes = facts.Site.Frameworks
            .Where(f => plan.Frameworks.Any(r => r.Value == f.Id))
            .SelectMany(f => f.Outcomes)
            .ToList();

        var model = new ObjectivePageModel
        {
            Title = objective.Reference is null ? objective.Title : $"{objective.Reference}. {objective.Title}",
            Site = chrome.For(path),
            Root = Routes.RootFrom(path),
            CanonicalUrl = chrome.Canonical(path),
            Breadcrumbs = [new Link("Home", Routes.Href(path, Routes.Home)), new Link(plan.Title, Routes.Href(path, Routes.Plan(plan)))],
            PlanLink = new Link(plan.Title, Routes.Href(path, Routes.Plan(plan))),
            ObjectiveLabel = plan.ObjectiveLabel,
            Reference = objective.Reference,
            Body = MarkdownRenderer.ToHtml(objective.Description),
            ResponsibleOfficer = views.Officer(objective.ResponsibleOfficer),
            Outcomes = objective.Outcomes.Select(r => outcomes.FirstOrDefault(o => o.Id == r.Value)?.Name ?? r.Value).ToList(),
            ContributesTo = objective.ContributesTo.Select(c => new ContributionView(c.To, c.Priorities, c.Answer)).ToList(),
            Perspective = objective.Perspective,
            CriticalSuccessFactors = objective.CriticalSuccessFactors,
            Status = Summary(facts.ObjectiveStatus[objective]),
            Actions = objective.Actions.Select(views.Action).ToList(),
            Indicators = objective.Indicators.Select(views.IndicatorByKey).OfType<IndicatorView>().ToList(),
            SecondaryIndicators = objective.SecondaryIndicators.Select(views.IndicatorByKey).OfType<IndicatorView>().ToList(),
            Risks = risks,
            Implications = new[]
                {
                    ("Financial implications", objective.Implications.Financial),
                    ("Staffing implications", objective.Implications.Staffing),
                    ("Risk implications", objective.Implications.Risk),
                    ("Other implications", objective.Implications.Other),
                }
                .Where(x => x.Item2 is not null)
                .Select(x => new LabelledHtml(x.Item1, MarkdownRenderer.ToHtml(x.Item2)!))
                .ToList(),
        };

        return new PageToRender(path, model);
    }

    private static StatusSummary Summary(StatusCounts c) => new(c.OnTrack, c.AtRisk, c.OffTrack, c.NoData);

    private static TextTable Table(DataTable t) => new(Routes.Slug(t.Id), t.Title, t.Columns, t.Rows, t.Notes);

    private static BudgetView Budget(BudgetTable t)
    {
        BudgetRow Row(BudgetLine line) => new(line.Reference, line.Name, t.Columns.Select(c => line.Values.TryGetValue(c.Id, out var f) ? f.Text : string.Empty).ToList(), line.Note);
        var columns = t.Columns.Select(c => c.Year is null ? c.Label : $"{c.Label} ({c.Year}{(c.Basis is null ? string.Empty : ", " + c.Basis.ToString()!.ToLowerInvariant())})").ToList();
        return new BudgetView(t.Title, Words.Of(t.Kind), t.Unit, columns, t.Lines.Select(Row).ToList(), t.Total is null ? null : Row(t.Total), t.Notes);
    }

    private static InspectionView Inspection(Inspection i)
    {
        var periods = i.Judgements.SelectMany(j => j.Grades).Select(g => g.Period).DistinctBy(p => p.Label).OrderBy(p => p.SortKey).ToList();
        return new InspectionView(
            i.Title,
            i.Body,
            i.Date?.ToString(),
            i.Scale.Select(s => new LabelledText(s.Grade, s.Label)).ToList(),
            MarkdownRenderer.ToHtml(i.Summary),
            periods.Select(p => p.Label).ToList(),
            i.Judgements
                .Select(j => new JudgementView(
                    j.Area,
                    periods.Select(p => j.Grades.FirstOrDefault(g => g.Period.Label == p.Label)?.Value ?? string.Empty).ToList(),
                    j.Strengths,
                    j.Improvements))
                .ToList());
    }

    private static ProgressReportView Progress(ProgressReport r) => new(
        r.Title ?? $"Progress report {r.Period}",
        r.Period.Label,
        r.StatedCounts.OrderBy(kv => kv.Key).Select(kv => new LabelledText(Words.Of(kv.Key), kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        r.Actions.Select(a => new LabelledText(a.Action.Value, a.Status is null ? "—" : Words.Of(a.Status.Value))).ToList(),
        r.Indicators.Select(i => new LabelledText(i.Indicator.Value, i.Status is null ? i.Value?.Text ?? "—" : Words.Of(i.Status.Value))).ToList());

    /// <summary>The parts of every page's chrome that depend only on the site and the page's place.</summary>
    private sealed class Chrome(SiteSettings settings, IReadOnlyList<string> stylesheets, IReadOnlyList<string> scripts)
    {
        public SiteSettings Settings => settings;

        public SiteChrome For(string path)
        {
            var root = Routes.RootFrom(path);
            return new SiteChrome(settings.Title, settings.Language, Routes.Href(path, Routes.Home), stylesheets.Select(s => root + s).ToList(), scripts.Select(s => root + s).ToList());
        }

        public string? Canonical(string path) =>
            settings.BaseUrl is null ? null : settings.BaseUrl + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
    }
}
