using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// What a plan's references name, looked up once: its council, its officers (the council's, then the
/// plan's own; the first of an id stands), its indicators by key, and the objectives and actions that
/// measure each indicator. References were checked when the content was bound; a reference that names nothing
/// (already reported) finds nothing here.
/// </summary>
public sealed class PlanReferences
{
    private readonly Dictionary<string, Officer> _officers;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly ILookup<string, PlanAction> _actionsByIndicator;

    public PlanReferences(Plan plan, Organisation? organisation)
    {
        Organisation = organisation;
        _officers = (organisation?.Officers ?? []).Concat(plan.Officers).GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _indicators = plan.Indicators.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        ObjectivesByIndicator = plan.Objectives
            .SelectMany(o => o.Indicators.Concat(o.SecondaryIndicators).Select(r => (r.Value, Objective: o)))
            .ToLookup(x => x.Value, x => x.Objective, StringComparer.Ordinal);
        _actionsByIndicator = plan.Objectives
            .SelectMany(o => o.Actions)
            .SelectMany(a => a.Indicators.Select(r => r.Value).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Action: a)))
            .ToLookup(x => x.Key, x => x.Action, StringComparer.Ordinal);
    }

    /// <summary>The council the plan belongs to; null when the plan names one the site does not have (already reported).</summary>
    public Organisation? Organisation { get; }

    /// <summary>The objectives that name an indicator key as a main or secondary indicator, in plan order.</summary>
    public ILookup<string, Objective> ObjectivesByIndicator { get; }

    /// <summary>The actions that name an indicator key among their indicators, in plan order.</summary>
    public IEnumerable<PlanAction> ActionsMeasuring(string indicatorKey) => _actionsByIndicator[indicatorKey];

    public Officer? Officer(Ref reference) => _officers.GetValueOrDefault(reference.Value);

    public Indicator? Indicator(string key) => _indicators.GetValueOrDefault(key);
}
