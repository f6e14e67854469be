using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// What a plan's references name, looked up once: its council, its officers (the council's, then the
/// plan's own; the first of an id stands), its indicators by key, its actions by reference, the
/// objectives and actions that measure each indicator, and the risks linked to each objective.
/// References were checked when the content was bound; a reference that names nothing (already
/// reported) finds nothing here.
/// </summary>
/// <remarks>The tables are made on first use (from any thread), so <c>validate</c>, which renders nothing, does not pay for them.</remarks>
public sealed class PlanReferences
{
    private readonly Lazy<Tables> _tables;

    public PlanReferences(Plan plan, Organisation? organisation)
    {
        Organisation = organisation;
        _tables = new Lazy<Tables>(() => new Tables(plan, organisation));
    }

    /// <summary>The council the plan belongs to; null when the plan names one the site does not have (already reported).</summary>
    public Organisation? Organisation { get; }

    /// <summary>The objectives that name an indicator key as a main or secondary indicator, in plan order.</summary>
    public ILookup<string, Objective> ObjectivesByIndicator => _tables.Value.ObjectivesByIndicator;

    /// <summary>The actions that name an indicator key among their indicators, in plan order.</summary>
    public IEnumerable<PlanAction> ActionsMeasuring(string indicatorKey) => _tables.Value.ActionsByIndicator[indicatorKey];

    /// <summary>The action a reference names, with the objective it sits under; the first of a reference stands.</summary>
    public (Objective Objective, PlanAction Action)? Action(string reference) => _tables.Value.Actions.TryGetValue(reference, out var found) ? found : null;

    /// <summary>The risks linked to an objective of this plan, in the order a reader meets them.</summary>
    public IReadOnlyList<Risk> RisksOf(Objective objective) => _tables.Value.Risks[objective];

    public Officer? Officer(Ref reference) => _tables.Value.Officers.GetValueOrDefault(reference.Value);

    public Indicator? Indicator(string key) => _tables.Value.Indicators.GetValueOrDefault(key);

    private sealed class Tables
    {
        public Tables(Plan plan, Organisation? organisation)
        {
            Officers = (organisation?.Officers ?? []).Concat(plan.Officers).GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            Indicators = plan.Indicators.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            ObjectivesByIndicator = plan.Objectives
                .SelectMany(o => o.Indicators.Concat(o.SecondaryIndicators).Select(r => (r.Value, Objective: o)))
                .ToLookup(x => x.Value, x => x.Objective, StringComparer.Ordinal);
            ActionsByIndicator = plan.Objectives
                .SelectMany(o => o.Actions)
                .SelectMany(a => a.Indicators.Select(r => r.Value).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Action: a)))
                .ToLookup(x => x.Key, x => x.Action, StringComparer.Ordinal);
            Actions = plan.Objectives
                .SelectMany(o => o.Actions.Select(a => (Objective: o, Action: a)))
                .Where(x => x.Action.Reference is not null)
                .GroupBy(x => x.Action.Reference!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

            // An objective's risks: those it names, then those of the register that name it (by id or reference), each once.
            var register = plan.RiskRegister?.Risks ?? [];
            var risksByReference = register.GroupBy(r => r.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var objective in plan.Objectives)
            {
                Risks[objective] = objective.Risks.Select(r => risksByReference.GetValueOrDefault(r.Value))
                    .Concat(register.Where(r => r.Objectives.Any(o => o.Value == objective.Id || o.Value == objective.Reference)))
                    .OfType<Risk>()
                    .Distinct()
                    .ToList();
            }
        }

        public Dictionary<string, Officer> Officers { get; }

        public Dictionary<string, Indicator> Indicators { get; }

        public ILookup<string, Objective> ObjectivesByIndicator { get; }

        public ILookup<string, PlanAction> ActionsByIndicator { get; }

        public Dictionary<string, (Objective Objective, PlanAction Action)> Actions { get; }

        public Dictionary<Objective, IReadOnlyList<Risk>> Risks { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
