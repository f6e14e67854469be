using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;

namespace SiteGen.Search;

/// <summary>
/// The searchable documents of a site, taken from the same derived model and routes the pages are
/// rendered from, so a result always says what its page says. Ordered by council, plan and type, so a
/// council's or plan's documents form one range of ids.
/// </summary>
public static class SearchDocuments
{
    /// <summary>
    /// The documents of the pages in <paramref name="language"/> (null: the default language), addressed by
    /// <paramref name="routes"/>, that language's. What the content gives in that language is read in it — a
    /// council's name, a Markdown page's translation (<c>about.cy.md</c>), a plan's section's, any text of a plan given
    /// in it (<see cref="Plan.Texts"/>) — here and nowhere else in Search, as the pages show them.
    /// </summary>
    public static IReadOnlyList<SearchDocument> From(SiteFacts facts, SiteRoutes routes, string? language = null)
    {
        var documents = new List<SearchDocument>();
        foreach (var organisation in facts.Site.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            var plans = facts.PlansOf[organisation.Id].OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            if (plans.Count == 0) continue;
            documents.Add(new SearchDocument(
                routes.Council(organisation.Id).Address,
                "council",
                NameOf(organisation, language),
                null,
                // What a council's page lists, one line each and unlabelled: labels would be English in every language's index.
                Join([organisation.Kind, organisation.Nation.ToString(), .. plans.Select(p => p.Title), .. organisation.StatisticalNeighbours]),
                null,
                NameOf(organisation, language),
                null,
                [],
                null));
            foreach (var plan in plans) documents.AddRange(PlanDocuments(facts, routes, plan, language));
        }

        documents.AddRange(facts.Site.Pages.OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => (Page: p, Text: language is null ? p : p.In(language) ?? p))
            .Select(p => new SearchDocument(routes.Page(p.Page).Address, "page", p.Text.Title, null, p.Text.Markdown, null, null, null, [], null) { Prose = ProseText.Of(p.Text.Markdown) }));
        return documents;
    }

    private static NarrativeSection InLanguage(NarrativeSection section, string? language) => language is null ? section : section.In(language) ?? section;

    private static string NameOf(Organisation organisation, string? language) =>
        language is not null && organisation.Names is { } names ? names.In(language) : organisation.Name;

    private static IEnumerable<SearchDocument> PlanDocuments(SiteFacts facts, SiteRoutes routes, Plan plan, string? language)
    {
        var references = facts.References[plan];

        // The plan's texts (and the shared files' it shows, such as its indicators' definitions) given in the language are read in it, as its pages show them; the rest in the default language.
        var translations = language is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : facts.Site.SharedTexts.Concat(plan.Texts).Where(t => t.Text.Has(language)).GroupBy(t => t.Text.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text.In(language), StringComparer.Ordinal);
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
        string? L(string? text) => text is not null && translations.TryGetValue(text, out var translated) ? translated : text;
        IEnumerable<string> Ls(IEnumerable<string> texts) => texts.Select(t => L(t)!);
        var council = references.Organisation is { } organisation ? NameOf(organisation, language) : plan.Organisation.Value;
        string? Officer(Ref? reference) => OfficerText(references, reference);
        var outcomeNames = facts.Site.Frameworks.SelectMany(f => f.Outcomes).GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        IReadOnlyList<string> Outcomes(Objective o) => o.Outcomes.Select(r => outcomeNames.GetValueOrDefault(r.Value, r.Value)).ToList();

        yield return new SearchDocument(
            routes.Plan(plan).Address,
            "plan",
            L(plan.Title),
            null,
            Join(L(plan.Subtitle), L(plan.Kind), L(plan.Vision), L(plan.Mission), L(plan.Summary), string.Join(" ", Ls(plan.Aims)), string.Join(" ", plan.Sections.Select(s => InLanguage(s, language)).Select(s => s.Title + " " + s.Markdown))),
            Officer(plan.ResponsibleOfficer),
            council,
            L(plan.Title),
            [],
            null)
        {
            Prose = ProseText.Of([L(plan.Summary), L(plan.Vision), L(plan.Mission), .. Ls(plan.Aims), .. plan.Sections.Select(s => InLanguage(s, language).Markdown)]),
        };

        foreach (var objective in plan.Objectives)
        {
            var objectivePage = routes.Objective(plan, objective).Address;
            yield return new SearchDocument(
                objectivePage,
                "objective",
                L(objective.Title),
                objective.Reference,
                Join(L(objective.Description), string.Join(" ", Ls(objective.CriticalSuccessFactors)), string.Join(" ", objective.ContributesTo.SelectMany(c => Ls(c.Priorities))),
                    L(objective.Implications.Financial), L(objective.Implications.Staffing), L(objective.Implications.Risk)),
                Officer(objective.ResponsibleOfficer),
                council,
                L(plan.Title),
                Outcomes(objective),
                Token(facts.ObjectiveStatus[objective].Worst))
            {
                Prose = ProseText.Of([L(objective.Description), .. Ls(objective.CriticalSuccessFactors), L(objective.Implications.Financial), L(objective.Implications.Staffing), L(objective.Implications.Risk)]),
            };

            foreach (var action in objective.Actions)
            {
                yield return new SearchDocument(
                    objectivePage + "#" + routes.ActionAnchor(plan, action),
                    "action",
                    action.Area is null ? L(action.Description) : $"{L(action.Area)}: {L(action.Description)}",
                    action.Reference,
                    Join(string.Join(" ", action.SubActions.Select(s => L(s.Description))), L(action.Timescale), string.Join(", ", Ls(action.Partners)), L(objective.Title)),
                    Officers(references, action.Leads.Concat(action.Accountable is null ? [] : [action.Accountable]).ToList()),
                    council,
                    L(plan.Title),
                    Outcomes(objective),
                    Token(facts.ActionStandings[action].Status))
                {
                    Prose = ProseText.Of(action.SubActions.Select(s => L(s.Description)).ToArray()),
                };
            }
        }

        foreach (var indicator in plan.Indicators)
        {
            var objectives = references.ObjectivesByIndicator[indicator.Key].ToList();
            yield return new SearchDocument(
                routes.Indicator(plan, indicator).Address,
                "indicator",
                L(indicator.Title),
                string.Join(" ", new[] { indicator.Reference }.Concat(indicator.Codes).OfType<string>()) is { Length: > 0 } refs ? refs : null,
                Join(L(indicator.Description), L(indicator.Commentary), L(indicator.Comparison), string.Join(" ", objectives.Select(o => L(o.Title))),
                    string.Join(" ", references.ActionsMeasuring(indicator.Key).Select(a => L(a.Description))),
                    L(indicator.ProvidedBy)),
                Officer(indicator.Owner) ?? L(indicator.ProvidedBy),
                council,
                L(plan.Title),
                objectives.SelectMany(Outcomes).Distinct().ToList(),
                Token(facts.Judgements[indicator].Standing.Status))
            {
                Prose = ProseText.Of(L(indicator.Description), L(indicator.Commentary), L(indicator.Comparison)),
            };
        }

        foreach (var risk in plan.RiskRegister?.Risks ?? [])
        {
            yield return new SearchDocument(
                routes.Risks(plan).Address + "#" + routes.RiskAnchor(risk),
                "risk",
                L(risk.Description),
                risk.Reference,
                Join(L(risk.Mitigation), string.Join(" ", Ls(risk.Controls)), L(risk.Notes)),
                Officer(risk.Owner),
                council,
                L(plan.Title),
                [],
                null)
            {
                Prose = ProseText.Of([L(risk.Mitigation), .. Ls(risk.Controls), L(risk.Notes)]),
            };
        }
    }

    /// <summary>An officer as the pages name them, "Head of Service (Steve Titcombe)"; the id itself when the officer is unknown (already reported).</summary>
    private static string? OfficerText(PlanReferences references, Ref? reference)
    {
        if (reference is null) return null;
        if (references.Officer(reference) is not { } officer) return reference.Value;
        return officer.Name is null ? officer.Post : $"{officer.Post} ({officer.Name})";
    }

    private static string? Officers(PlanReferences references, IReadOnlyList<Ref> list) =>
        list.Count == 0 ? null : string.Join("; ", list.Select(r => OfficerText(references, r)));

    /// <summary>The status names the search index carries, which the search page's script and the theme's styles know.</summary>
    private static string Token(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "on-track",
        ProgressStatus.AtRisk => "at-risk",
        ProgressStatus.OffTrack => "off-track",
        _ => "no-data",
    };

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
