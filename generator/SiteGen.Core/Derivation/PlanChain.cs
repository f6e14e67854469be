using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// The chain of plans both ways: what a child plan's objective carries forward from its parents
/// (its <c>serves</c>), and for a parent's action, the child objectives that take it forward.
/// </summary>
public sealed class PlanChain
{
    private readonly ILookup<(Plan Plan, string Reference), (Plan Plan, Objective Objective)> _takenForward;
    private readonly Dictionary<string, Plan> _plans;
    private readonly ILookup<string, Plan> _children;

    public PlanChain(IReadOnlyList<Plan> plans)
    {
        _plans = plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _children = plans.SelectMany(c => c.Parents.Select(p => (Parent: p.Value, Child: c))).ToLookup(x => x.Parent, x => x.Child, StringComparer.Ordinal);
        _takenForward = plans
            .SelectMany(child => child.Objectives.SelectMany(o => o.Serves.SelectMany(s => child.Parents
                .Select(p => _plans.GetValueOrDefault(p.Value))
                .OfType<Plan>()
                .Select(parent => (Key: (parent, s.Value), Value: (child, o))))))
            .ToLookup(x => x.Key, x => x.Value);
    }

    /// <remarks>Reads which plans name the parent as theirs, and each of them (any may carry the action forward).</remarks>
    public IEnumerable<(Plan Plan, Objective Objective)> TakenForwardIn(Plan parent, PlanAction action)
    {
        ModelReads.Note(FactKeys.Children(parent.Id));
        ModelReads.NotePlan(parent.Id);
        foreach (var child in _children[parent.Id]) ModelReads.NotePlan(child.Id);
        return action.Reference is null ? [] : _takenForward[(parent, action.Reference)];
    }

    /// <summary>The parent plan's action or objective a reference names, with the objective it sits under.</summary>
    /// <remarks>Reads which plans the child names as its parents (those on the site), and each of them.</remarks>
    public (Plan Plan, Objective Objective, PlanAction? Action)? Find(Plan child, string reference)
    {
        ModelReads.Note(FactKeys.Parents(child.Id));
        ModelReads.NotePlan(child.Id);
        foreach (var parent in child.Parents.Select(p => _plans.GetValueOrDefault(p.Value)).OfType<Plan>())
        {
            ModelReads.NotePlan(parent.Id);
            foreach (var objective in parent.Objectives)
            {
                if (objective.Reference == reference) return (parent, objective, null);
                var action = objective.Actions.FirstOrDefault(a => a.Reference == reference);
                if (action is not null) return (parent, objective, action);
            }
        }

        return null;
    }
}
