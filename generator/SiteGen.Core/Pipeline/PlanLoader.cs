using SiteGen.Binding;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Model;
using SiteGen.Parsing;

namespace SiteGen.Pipeline;

/// <summary>
/// Reads, parses and binds the plans one plan folder at a time, letting a plan's nodes go as soon as it is
/// bound. Holding every file's nodes until all were bound made the garbage collector copy them from
/// generation to generation, and cost more than the parsing itself.
/// </summary>
/// <remarks>
/// Plan folders are bound on every core (<see cref="EveryCore"/>), each folder whole on one thread. Binding reads only the shared content and its own folder, and the
/// readers' per-thread caches are <c>[ThreadStatic]</c>. Two threads bought nothing with the workstation collector,
/// which stops both while one collects (measured 22 November and 2 December: more CPU, no less wall time); with the
/// server collector the CLI now uses (see SiteGen.csproj) they took 5-20% off <c>validate</c> at 100 councils.
/// </remarks>
public static class PlanLoader
{
    /// <summary>The bound plans in plan id order.</summary>
    /// <param name="reuse">A plan folder's previous result when none of its files or the shared content changed (serve); null to bind every folder.</param>
    public static IReadOnlyList<BoundPlan> Load(IReadOnlyList<ContentFile> files, SharedContent shared, DiagnosticBag diagnostics, Func<string, BoundPlan?>? reuse = null)
    {
        var bound = EveryCore.Map(PlanFolders.Of(files).ToList(), folder => reuse?.Invoke(folder[0].PlanId!) ?? Bind(folder[0].PlanId!, folder, shared));
        var plans = new List<BoundPlan>(bound.Length);
        foreach (var plan in bound)
        {
            foreach (var diagnostic in plan.Diagnostics) diagnostics.Add(diagnostic);
            plans.Add(plan);
        }

        return plans;
    }

    private static BoundPlan Bind(string id, IReadOnlyList<ContentFile> folder, SharedContent shared)
    {
        var reported = new DiagnosticBag();
        var plan = SiteBinder.BindPlan(ContentParser.Parse(folder, reported), shared, reported);
        return new BoundPlan(id, plan, reported.Sorted());
    }
}
