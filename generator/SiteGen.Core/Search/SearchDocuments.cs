using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Search;

/// <summary>
/// The searchable documents of a site, taken from the same derived model and routes the pages are
/// rendered from, so a result always says what its page says. Ordered by council, plan and type, so a
/// council's or plan's documents form one range of ids.
/// </summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(SiteContext site)
    {
        var documents = new List<SearchDocument>();
        foreach (var organisation in site.Facts.Site.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            var plans = site.Plans.Values.Where(v => v.Plan.Organisation.Value == organisation.Id).OrderBy(v => v.Plan.Id, StringComparer.Ordinal).ToList();
            if (plans.Count == 0) continue;
            documents.Add(new SearchDocument(
                Folder(Routes.Council(organisation.Id)),
                "council",
                organisation.Name,
                null,
                Join(organisation.Kind, organisation.Nation.ToString(), "Plans: " + string.Join("; ", plans.Select(p => p.Plan.Title)), "Statistical neighbours: " + string.Join(", ", organisation.StatisticalNeighbours)),
                null,
                organisation.Name,
                null,
                [],
                null));
            foreach (var views in plans) documents.AddRange(PlanDocuments(site, views));
        }

        documents.AddRange(site.Facts.Site.Pages.OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new SearchDocument(Folder(Routes.Page(p)), "page", p.Title, null, p.Markdown, null, null, null, [], null)));
        return documents;
    }

    private static IEnumerable<SearchDocument> PlanDocuments(SiteContext site, PlanViews views)
    {
        var plan = views.Plan;
        var council = views.OrganisationName;
        var outcomeNames = site.Facts.Site.Frameworks.SelectMany(f => f.Outcomes).GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        IReadOnlyList<string> Outcomes(Objective o) => o.Outcomes.Select(r => outcomeNames.GetValueOrDefault(r.Value, r.Value)).ToList();

        yield return new SearchDocument(
            Folder(Routes.Plan(plan)),
            "plan",
            plan.Title,
            null,
            Join(plan.Subtitle, plan.Kind, plan.Vision, plan.Mission, plan.Summary, string.Join(" ", plan.Aims), string.Join(" ", plan.Sections.Select(s => s.Title + " " + s.Markdown))),
            views.Officer(plan.ResponsibleOfficer),
            council,
            plan.Title,
            [],
            null);

        foreach (var objective in plan.Objectives)
        {
            var counts = site.Facts.ObjectiveStatus[objective];
            yield return new SearchDocument(
                Folder(views.ObjectivePath(objective)),
                "objective",
                objective.Title,
                objective.Reference,
                Join(objective.Description, string.Join(" ", objective.CriticalSuccessFactors), string.Join(" ", objective.ContributesTo.SelectMany(c => c.Priorities)),
                    objective.Implications.Financial, objective.Implications.Staffing, objective.Implications.Risk),
                views.Officer(objective.ResponsibleOfficer),
                council,
                plan.Title,
                Outcomes(objective),
                counts.OffTrack > 0 ? "off-track" : counts.AtRisk > 0 ? "at-risk" : counts.OnTrack > 0 ? "on-track" : "no-data");

            foreach (var action in objective.Actions)
            {
                var status = action.Progress.Count == 0 ? "no-data" : Rendering.Pages.Summaries.Status(action.Progress[^1].Status).Token;
                yield return new SearchDocument(
                    Folder(views.ObjectivePath(objective)) + "#" + views.ActionAnchor(action),
                    "action",
                    action.Area is null ? action.Description : $"{action.Area}: {action.Description}",
                    action.Reference,
                    Join(string.Join(" ", action.SubActions.Select(s => s.Description)), action.Timescale, string.Join(", ", action.Partners), objective.Title),
                    views.Officers(action.Leads.Concat(action.Accountable is null ? [] : [action.Accountable]).ToList()),
                    council,
                    plan.Title,
                    Outcomes(objective),
                    status);
            }
        }

        foreach (var indicator in plan.Indicators)
        {
            var assessment = site.Facts.Indicators[indicator];
            var (_, token) = views.Verdict(assessment);
            var objectives = views.ObjectivesByIndicator[indicator.Key].ToList();
            yield return new SearchDocument(
                Folder(views.IndicatorPath(indicator)),
                "indicator",
                indicator.Title,
                string.Join(" ", new[] { indicator.Reference }.Concat(indicator.Codes).OfType<string>()) is { Length: > 0 } refs ? refs : null,
                Join(indicator.Description, indicator.Commentary, indicator.Comparison, string.Join(" ", objectives.Select(o => o.Title)),
                    string.Join(" ", plan.Objectives.SelectMany(o => o.Actions).Where(a => a.Indicators.Any(r => r.Value == indicator.Key)).Select(a => a.Description)),
                    indicator.ProvidedBy),
                views.Officer(indicator.Owner) ?? indicator.ProvidedBy,
                council,
                plan.Title,
                objectives.SelectMany(Outcomes).Distinct().ToList(),
                token);
        }

        foreach (var risk in plan.RiskRegister?.Risks ?? [])
        {
            yield return new SearchDocument(
                Folder(Routes.Risks(plan)) + "#" + PlanViews.RiskAnchor(risk),
                "risk",
                risk.Description,
                risk.Reference,
                Join(risk.Mitigation, string.Join(" ", risk.Controls), risk.Notes),
                views.Officer(risk.Owner),
                council,
                plan.Title,
                [],
                null);
        }
    }

    private static string Folder(string path) => path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
