using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// What checking each plan's references found (<see cref="ReferenceChecker"/>), for <c>sitegen serve</c>: a plan is not
/// checked again while everything its check reads is the very same object as last time — the plan, its council, its
/// frameworks, its parent plans — and the ids with a file are the same set. At 100 councils checking every plan took
/// 21-49 ms of each edit; an edit changes one plan.
/// </summary>
public sealed class PlanChecks(PlanChecks? previous)
{
    private PlanChecks? _previous = previous;

    private sealed record Checked(Organisation? Organisation, IReadOnlyList<OutcomeFramework?> Frameworks, IReadOnlyList<Plan?> Parents, DeclaredIds Declared, IReadOnlyList<Diagnostic> Found);

    private readonly Dictionary<Plan, Checked> _checked = new(ReferenceEqualityComparer.Instance);

    /// <summary>What <paramref name="check"/> reports of <paramref name="plan"/>, or what it reported last time when nothing it reads has changed.</summary>
    internal IReadOnlyList<Diagnostic> Of(Plan plan, Organisation? organisation, IReadOnlyList<OutcomeFramework?> frameworks, IReadOnlyList<Plan?> parents, DeclaredIds declared, Action<DiagnosticBag> check)
    {
        if (_previous?._checked.GetValueOrDefault(plan) is { } before
            && ReferenceEquals(before.Organisation, organisation) && ReferenceEquals(before.Declared, declared)
            && Same(before.Frameworks, frameworks) && Same(before.Parents, parents))
        {
            _checked[plan] = before;
            return before.Found;
        }

        var found = new DiagnosticBag();
        check(found);
        var now = new Checked(organisation, frameworks, parents, declared, found.Sorted());
        _checked[plan] = now;
        return now.Found;
    }

    /// <summary>Every plan is checked: the previous load's findings are let go, so a serve session does not hold a chain of them.</summary>
    internal void Complete() => _previous = null;

    private static bool Same<T>(IReadOnlyList<T?> a, IReadOnlyList<T?> b)
        where T : class
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i])) return false;
        }

        return true;
    }
}
