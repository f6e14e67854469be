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
    public static IReadOnlyList<Plan> Load(IReadOnlyList<ContentFile> files, SharedContent shared, DiagnosticBag diagnostics)
    {
        var plans = new List<Plan>();
        foreach (var folder in PlanFolders.Of(files))
        {
            var plan = SiteBinder.BindPlan(ContentParser.Parse(folder, diagnostics), shared, diagnostics);
            if (plan is not null) plans.Add(plan);
        }

        return plans;
    }
}
