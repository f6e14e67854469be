using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// The keys of what a page reads of the derived facts beyond single plans (<see cref="ModelReads"/>), and which of them an
/// edit changed, computed from the two builds' facts.
/// </summary>
public static class FactKeys
{
    /// <summary>Which plans a council has.</summary>
    public static string PlansOf(string organisationId) => "plans-of:" + organisationId;

    /// <summary>Which organisations have a plan (the councils the site lists) and, so, which neighbours are on the site.</summary>
    public const string Councils = "councils";

    /// <summary>Which plans on the site a plan names as its parents.</summary>
    public static string Parents(string planId) => "parents:" + planId;

    /// <summary>Which plans on the site name a plan as their parent.</summary>
    public static string Children(string planId) => "children:" + planId;

    /// <summary>Whether a definition is reported by two or more councils, and by which indicators of which plans, in order.</summary>
    public static string Shared(string definition) => "shared:" + definition;

    /// <summary>What a comparison shows of one plan's report of a shared definition (<see cref="Comparisons"/>).</summary>
    public static string Report(string definition, string planId) => "report:" + definition + "@" + planId;

    /// <summary>
    /// The keys an edit changed: the plans whose folders changed (and so the list of every plan, when any did), and of the
    /// keys above each whose answer differs between the two builds. A report of a shared definition is compared only for
    /// the changed plans, field by field (<see cref="SameValue"/>): any other plan is the same bound plan it was.
    /// </summary>
    public static IReadOnlySet<string> Changed(SiteFacts previous, SiteFacts current, IReadOnlyCollection<string> changedPlans)
    {
        var keys = changedPlans.Select(ModelReads.Plan).ToHashSet(StringComparer.Ordinal);
        if (changedPlans.Count > 0) keys.Add(ModelReads.AllPlans);

        var before = Ids(previous);
        var after = Ids(current);
        if (!before.Councils.SequenceEqual(after.Councils)) keys.Add(Councils);
        Differing(before.PlansOf, after.PlansOf, PlansOf, keys);
        Differing(before.Parents, after.Parents, Parents, keys);
        Differing(before.Children, after.Children, Children, keys);
        Differing(before.Shared, after.Shared, Shared, keys);

        var oldShared = previous.Comparisons.Unrecorded;
        var newShared = current.Comparisons.Unrecorded;
        foreach (var definition in oldShared.Keys.Union(newShared.Keys))
        {
            var old = oldShared.GetValueOrDefault(definition) ?? [];
            var now = newShared.GetValueOrDefault(definition) ?? [];
            foreach (var plan in changedPlans)
            {
                var oldReports = old.Where(r => r.Plan.Id == plan).ToList();
                var newReports = now.Where(r => r.Plan.Id == plan).ToList();
                if (oldReports.Count == 0 && newReports.Count == 0) continue;
                if (oldReports.Count != newReports.Count || oldReports.Zip(newReports).Any(p => !SameReport(previous, p.First, current, p.Second)))
                {
                    keys.Add(Report(definition, plan));
                }
            }
        }

        return keys;
    }

    private static bool SameReport(SiteFacts previous, (Plan Plan, Indicator Indicator) old, SiteFacts current, (Plan Plan, Indicator Indicator) now) =>
        old.Plan.Id == now.Plan.Id
        && old.Plan.Organisation.Value == now.Plan.Organisation.Value
        && old.Plan.Title == now.Plan.Title
        && old.Plan.Indicators.Select(i => i.Key).SequenceEqual(now.Plan.Indicators.Select(i => i.Key), StringComparer.Ordinal)
        && SameValue.Of(old.Indicator, now.Indicator)
        && SameValue.Of(previous.OfPlan[old.Plan].Indicators[old.Indicator], current.OfPlan[now.Plan].Indicators[now.Indicator])
        && SameValue.Of(previous.OfPlan[old.Plan].Judgements[old.Indicator], current.OfPlan[now.Plan].Judgements[now.Indicator]);

    private sealed record Answers(
        IReadOnlyList<string> Councils,
        Dictionary<string, string> PlansOf,
        Dictionary<string, string> Parents,
        Dictionary<string, string> Children,
        Dictionary<string, string> Shared);

    /// <summary>
    /// The answers worked out for each build's facts, kept while the facts are: an edit's answers are the next edit's
    /// previous ones. In a profile of two edits at 100 councils, working out both builds' answers was 5% of the edits'
    /// thread samples (176 of 3,547), half of it the previous build's.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteFacts, Answers> Worked = new();

    /// <summary>Each answer as the ids it gives, in order, joined, so two builds' answers compare as text.</summary>
    private static Answers Ids(SiteFacts facts) => Worked.GetValue(facts, WorkOut);

    private static Answers WorkOut(SiteFacts facts)
    {
        using var _ = ModelReads.Unrecorded();
        var plans = facts.Site.Plans;
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var children = new Dictionary<string, string>(StringComparer.Ordinal);
        var parentsOf = facts.Parents;
        var childrenOf = facts.Children;
        foreach (var plan in plans)
        {
            parents[plan.Id] = string.Join('\n', parentsOf[plan].Select(p => p.Id));
            children[plan.Id] = string.Join('\n', childrenOf[plan].Select(p => p.Id));
        }

        return new Answers(
            facts.Councils.Select(c => c.Id).ToList(),
            plans.GroupBy(p => p.Organisation.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join('\n', g.Select(p => p.Id)), StringComparer.Ordinal),
            parents,
            children,
            facts.Comparisons.Unrecorded.ToDictionary(s => s.Key, s => string.Join('\n', s.Value.Select(r => r.Plan.Id + "\t" + r.Indicator.Key)), StringComparer.Ordinal));
    }

    private static void Differing(Dictionary<string, string> before, Dictionary<string, string> after, Func<string, string> key, HashSet<string> into)
    {
        foreach (var (id, answer) in before)
        {
            if (!after.TryGetValue(id, out var now) || now != answer) into.Add(key(id));
        }

        foreach (var id in after.Keys)
        {
            if (!before.ContainsKey(id)) into.Add(key(id));
        }
    }
}
