using SiteGen.Derivation;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// What a page shows, as keys that say which part of the content it comes from, so that
/// <c>sitegen serve</c> can rebuild only the pages an edit reaches. Everything not named by a key
/// (organisations, frameworks, definitions, Markdown pages, site.yml, the theme) is read by every page:
/// a change there rebuilds the whole site.
/// </summary>
/// <remarks>
/// The keys are deliberately coarse (a whole plan, not one indicator): a missed dependency would show
/// an officer a stale page, while an extra one costs a few milliseconds. A test compares an incremental
/// rebuild with a full build after edits of each kind.
/// </remarks>
public static class PageInputs
{
    /// <summary>Anything in one plan's folder.</summary>
    public static string Plan(string planId) => "plan:" + planId;

    /// <summary>Whether a definition is reported by two or more councils, which decides if its comparison page exists and is linked.</summary>
    public static string Shared(string definition) => "shared:" + definition;

    /// <summary>Which organisations have a plan (the councils listed by the home, council and not-found pages).</summary>
    public const string Councils = "councils";

    /// <summary>
    /// What every page of one plan reads: the plan, the plans it names as parents and those naming it
    /// (links and carried-forward actions), and whether each definition it reports is shared.
    /// </summary>
    public static IReadOnlySet<string> OfPlanPages(Plan plan, SiteFacts facts)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { Plan(plan.Id) };
        foreach (var parent in plan.Parents) keys.Add(Plan(parent.Value));
        foreach (var child in facts.Children[plan]) keys.Add(Plan(child.Id));
        foreach (var indicator in plan.Indicators)
        {
            if (indicator.DefinitionReference is { } definition) keys.Add(Shared(definition));
        }

        return keys;
    }

    /// <summary>
    /// The keys an edit changed: the plans whose files changed, each definition whose shared status
    /// differs between the two builds, and the list of councils if it differs.
    /// </summary>
    public static IReadOnlySet<string> Changed(SiteFacts previous, SiteFacts current, IEnumerable<string> changedPlans)
    {
        var keys = changedPlans.Select(Plan).ToHashSet(StringComparer.Ordinal);
        var sharedBefore = previous.Comparisons.Shared.Keys.ToHashSet(StringComparer.Ordinal);
        sharedBefore.SymmetricExceptWith(current.Comparisons.Shared.Keys);
        foreach (var definition in sharedBefore) keys.Add(Shared(definition));
        if (!CouncilsOf(previous).SetEquals(CouncilsOf(current))) keys.Add(Councils);
        return keys;
    }

    private static HashSet<string> CouncilsOf(SiteFacts site) => site.Site.Plans.Select(p => p.Organisation.Value).ToHashSet(StringComparer.Ordinal);
}
