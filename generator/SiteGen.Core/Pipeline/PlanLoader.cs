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
/// Plans are loaded on one thread on purpose. Measured on the two-core machines this runs on, two plans at
/// once took about twice the CPU time and no less wall time: with two plans' nodes in flight, more of them
/// survived each collection, more collections reached generation 2, and collection pauses tripled.
/// </remarks>
public static class PlanLoader
{
    /// <summary>The bound plans in plan id order.</summary>
    /// <param name="reuse">A plan folder's previous result when none of its files or the shared content changed (serve); null to bind every folder.</param>
    public static IReadOnlyList<BoundPlan> Load(IReadOnlyList<ContentFile> files, SharedContent shared, DiagnosticBag diagnostics, Func<string, BoundPlan?>? reuse = null)
    {
        var plans = new List<BoundPlan>();
        foreach (var folder in PlanFolders.Of(files))
        {
            var id = folder[0].PlanId!;
            var bound = reuse?.Invoke(id) ?? Bind(id, folder, shared);
            foreach (var diagnostic in bound.Diagnostics) diagnostics.Add(diagnostic);
            plans.Add(bound);
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
