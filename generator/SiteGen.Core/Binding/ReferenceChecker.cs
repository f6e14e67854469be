using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// Checks that every reference points at something that exists, reporting at the reference itself
/// with the nearest known names, and that nothing is defined twice.
/// </summary>
public static class ReferenceChecker
{
    /// <summary>
    /// <paramref name="declared"/> holds the ids of every organisation, framework and plan that has a file,
    /// bound or not: a reference to a file that failed to load is not reported again as dangling.
    /// </summary>
    /// <param name="checks">Where each plan's findings are kept, and the previous load's looked up (<see cref="PlanChecks"/>); null to check every plan.</param>
    public static void Check(Site site, DeclaredIds declared, DiagnosticBag diagnostics, PlanChecks? checks = null)
    {
        var organisations = site.Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var frameworks = site.Frameworks.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var plans = site.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);

        foreach (var plan in site.Plans)
        {
            if (checks is null)
            {
                CheckPlan(plan, organisations, frameworks, plans, declared, diagnostics);
                continue;
            }

            // What CheckPlan reads beyond the plan itself: its council, its frameworks, its parents and the declared ids.
            var found = checks.Of(
                plan,
                organisations.GetValueOrDefault(plan.Organisation.Value),
                plan.Frameworks.Select(r => frameworks.GetValueOrDefault(r.Value)).ToList(),
                plan.Parents.Select(r => plans.GetValueOrDefault(r.Value)).ToList(),
                declared,
                into => CheckPlan(plan, organisations, frameworks, plans, declared, into));
            foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        }

        CheckAncestry(site.Plans, plans, diagnostics);
    }

    private static void CheckPlan(
        Plan plan,
        IReadOnlyDictionary<string, Organisation> organisations,
        IReadOnlyDictionary<string, OutcomeFramework> frameworks,
        IReadOnlyDictionary<string, Plan> plans,
        DeclaredIds declared,
        DiagnosticBag diagnostics)
    {
        organisations.TryGetValue(plan.Organisation.Value, out var organisation);
        Resolve(plan.Organisation, declared.Organisations, DiagnosticCatalog.UnknownOrganisation, diagnostics);

        var officerIds = (organisation?.Officers ?? []).Concat(plan.Officers).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        void Officer(Ref? r)
        {
            // Without its organisation (missing or broken, reported already) officers cannot be checked fairly.
            if (r is null || organisation is null || officerIds.Contains(r.Value)) return;
            diagnostics.ReportWithSuggestion(DiagnosticCatalog.UnknownOfficer, r.Location, Suggestions.DidYouMean(r.Value, officerIds) ?? $"add it to the officers in content/organisations/{plan.Organisation.Value}.yml or the plan's own officers", r.Value, organisation.DisplayName);
        }

        // An id given twice in one file is reported by that file's binder; here only a plan officer that
        // repeats one of its organisation's is, once per plan. Checking the whole union repeated the
        // organisation file's own duplicates for every plan of that organisation.
        Uniqueness.Check(FirstOfEachId(organisation?.Officers ?? []).Concat(FirstOfEachId(plan.Officers)), o => o.Id, o => o.Location, "the officer", diagnostics);

        var tagCodes = plan.TagLists.SelectMany(l => l.Tags).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var tagListNames = string.Join(", ", plan.TagLists.Select(l => l.Name));
        void Tags(IReadOnlyList<string> tags, SourceLocation at)
        {
            if (plan.TagLists.Count == 0) return;
            foreach (var tag in tags.Where(t => !tagCodes.Contains(t)))
            {
                diagnostics.ReportWithSuggestion(DiagnosticCatalog.UnknownTag, at, Suggestions.DidYouMean(tag, tagCodes), tag, tagListNames);
            }
        }

        var parentItems = plan.Parents
            .Select(r => plans.GetValueOrDefault(r.Value))
            .OfType<Plan>()
            .SelectMany(p => p.Objectives.SelectMany(o => o.Actions.Select(a => a.Reference).Append(o.Reference)))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var parentsLoaded = plan.Parents.All(r => plans.TryGetValue(r.Value, out var parent) && !parent.Unreadable.HasFlag(UnreadableParts.Objectives));

        Officer(plan.ResponsibleOfficer);
        Officer(plan.Foreword?.SignedBy);
        foreach (var r in plan.LeadershipTeam) Officer(r);
        foreach (var r in plan.Frameworks) Resolve(r, declared.Frameworks, DiagnosticCatalog.UnknownFramework, diagnostics);
        foreach (var r in plan.Parents) Resolve(r, declared.Plans, DiagnosticCatalog.UnknownPlan, diagnostics);
        var frameworksComplete = plan.Frameworks.All(r => frameworks.ContainsKey(r.Value));

        var outcomeIds = plan.Frameworks
            .Select(f => frameworks.GetValueOrDefault(f.Value))
            .OfType<OutcomeFramework>()
            .SelectMany(f => f.Outcomes)
            .Select(o => o.Id)
            .ToHashSet(StringComparer.Ordinal);
        var frameworkNames = plan.Frameworks.Count == 0 ? "none declared — add 'frameworks' to plan.yml" : string.Join(", ", plan.Frameworks);

        Uniqueness.Check(plan.Indicators, i => i.Key, i => i.Location, "the indicator", diagnostics);
        Uniqueness.Check(plan.Objectives.Where(o => o.Reference is not null), o => o.Reference, o => o.Location, "the objective", diagnostics);
        var actions = plan.Objectives.SelectMany(o => o.Actions).ToList();
        Uniqueness.Check(actions.Where(a => a.Reference is not null), a => a.Reference, a => a.Location, "the action", diagnostics);
        var risks = plan.RiskRegister?.Risks ?? [];
        Uniqueness.Check(risks, r => r.Reference, r => r.Location, "the risk", diagnostics);

        // Null where a file that could have held the item could not be read: the reference is not reported again.
        var indicatorKeys = Unless(UnreadableParts.Indicators, plan.Indicators.Select(i => i.Key));
        var riskKeys = Unless(UnreadableParts.Risks, risks.Select(r => r.Reference));
        var actionKeys = Unless(UnreadableParts.Objectives, actions.Select(a => a.Reference).OfType<string>());
        var objectiveKeys = Unless(UnreadableParts.Objectives, plan.Objectives.Select(o => o.Id).Concat(plan.Objectives.Select(o => o.Reference).OfType<string>()));
        HashSet<string>? Unless(UnreadableParts part, IEnumerable<string> keys) => plan.Unreadable.HasFlag(part) ? null : keys.ToHashSet(StringComparer.Ordinal);
        var bandingKeys = plan.BandingScales.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var objective in plan.Objectives)
        {
            Officer(objective.ResponsibleOfficer);
            foreach (var r in objective.Outcomes)
            {
                if (frameworksComplete && !outcomeIds.Contains(r.Value))
                {
                    diagnostics.ReportWithSuggestion(DiagnosticCatalog.UnknownOutcome, r.Location, Suggestions.DidYouMean(r.Value, outcomeIds), r.Value, frameworkNames);
                }
            }

            foreach (var r in objective.Indicators.Concat(objective.SecondaryIndicators)) Resolve(r, indicatorKeys, DiagnosticCatalog.UnknownIndicator, diagnostics);
            foreach (var r in objective.Serves)
            {
                if (!parentsLoaded || parentItems.Contains(r.Value)) continue;
                var parentNames = plan.Parents.Count == 0 ? "none declared — add 'parents' to plan.yml" : string.Join(", ", plan.Parents);
                diagnostics.ReportWithSuggestion(DiagnosticCatalog.UnknownParentItem, r.Location, Suggestions.DidYouMean(r.Value, parentItems), r.Value, parentNames);
            }

            foreach (var r in objective.Risks) Resolve(r, riskKeys, DiagnosticCatalog.UnknownRisk, diagnostics);
            foreach (var action in objective.Actions)
            {
                foreach (var r in action.Leads) Officer(r);
                Officer(action.Accountable);
                foreach (var r in action.SubActions.SelectMany(s => s.Leads)) Officer(r);
                foreach (var r in action.Indicators) Resolve(r, indicatorKeys, DiagnosticCatalog.UnknownIndicator, diagnostics);
                foreach (var r in action.Risks) Resolve(r, riskKeys, DiagnosticCatalog.UnknownRisk, diagnostics);
                Tags(action.Tags, action.Location);
            }
        }

        foreach (var indicator in plan.Indicators)
        {
            Officer(indicator.Owner);
            Tags(indicator.Tags, indicator.Location);
            foreach (var b in indicator.Bandings) Resolve(b.Scale, bandingKeys, DiagnosticCatalog.UnknownBandingScale, diagnostics);
        }

        foreach (var risk in risks)
        {
            Officer(risk.Owner);
            foreach (var r in risk.Objectives) Resolve(r, objectiveKeys, DiagnosticCatalog.UnknownObjective, diagnostics);
            foreach (var r in risk.Actions) Resolve(r, actionKeys, DiagnosticCatalog.UnknownAction, diagnostics);
        }

        foreach (var project in plan.Projects)
        {
            Officer(project.Accountable);
            Officer(project.Lead);
        }

        foreach (var report in plan.ProgressReports)
        {
            foreach (var a in report.Actions.Where(a => a.Action is not null)) Resolve(a.Action!, actionKeys, DiagnosticCatalog.UnknownAction, diagnostics);
            foreach (var i in report.Indicators.Where(i => i.Indicator is not null)) Resolve(i.Indicator!, indicatorKeys, DiagnosticCatalog.UnknownIndicator, diagnostics);
        }
    }

    /// <param name="known">The names <paramref name="r"/> may be; null when they cannot all be known, and nothing is checked.</param>
    private static void Resolve(Ref r, IEnumerable<string>? known, DiagnosticDescriptor descriptor, DiagnosticBag diagnostics)
    {
        if (known is null) return;
        var set = known as IReadOnlySet<string> ?? known.ToHashSet(StringComparer.Ordinal);
        if (set.Contains(r.Value)) return;
        var nearest = Suggestions.Nearest(r.Value, set);
        var suggestion = nearest.Count > 0 ? "did you mean " + string.Join(" or ", nearest.Select(n => $"`{n}`")) + "?" : null;
        diagnostics.ReportWithSuggestion(descriptor, r.Location, suggestion, r.Value);
    }

    /// <summary>A plan may not be its own ancestor; the chain is named so the loop can be found.</summary>
    private static void CheckAncestry(IReadOnlyList<Plan> all, IReadOnlyDictionary<string, Plan> plans, DiagnosticBag diagnostics)
    {
        foreach (var plan in all)
        {
            var path = new List<string> { plan.Id };
            if (FindCycle(plan, plan.Id, plans, path, new HashSet<string>(StringComparer.Ordinal)))
            {
                var at = plan.Parents.FirstOrDefault()?.Location ?? plan.Location;
                diagnostics.Report(DiagnosticCatalog.PlanAncestryCycle, at, string.Join(" → ", path));
            }
        }
    }

    private static bool FindCycle(Plan current, string start, IReadOnlyDictionary<string, Plan> plans, List<string> path, HashSet<string> visited)
    {
        foreach (var parent in current.Parents)
        {
            if (parent.Value == start)
            {
                path.Add(start);
                return true;
            }

            if (!visited.Add(parent.Value) || !plans.TryGetValue(parent.Value, out var next)) continue;
            path.Add(parent.Value);
            if (FindCycle(next, start, plans, path, visited)) return true;
            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    private static IEnumerable<Officer> FirstOfEachId(IEnumerable<Officer> officers) => officers.DistinctBy(o => o.Id, StringComparer.Ordinal);
}
