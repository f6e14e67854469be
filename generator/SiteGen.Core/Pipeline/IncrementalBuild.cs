using SiteGen.Rendering;
using SiteGen.Theming;

namespace SiteGen.Pipeline;

/// <summary>
/// What <c>sitegen serve</c> keeps from one good build to the next, so that an edit costs what it reaches:
/// the load it came from (file stamps and bound plans, <see cref="ContentLoader.Load"/>), the compiled templates and its pages
/// (<see cref="RenderCache"/>). A build with errors changes neither, so the next one is compared with the last good one.
/// </summary>
public sealed class IncrementalBuild
{
    public RenderCache Pages { get; } = new();

    /// <summary>Templates compiled so far, so an edit to one template compiles that one only.</summary>
    public TemplateStore? Templates { get; init; }

    internal ContentLoader.Loaded? PreviousLoad { get; set; }

    /// <summary>The data packages and feeds of the last good build: a plan's package is kept while the plan is (<see cref="OpenDataStage.Prepare"/>).</summary>
    internal OpenDataStage? PreviousOpenData { get; set; }

    /// <summary>The routes of the last good build: a plan's slugs are kept while it is the same bound plan.</summary>
    internal Routing.SiteRoutes? PreviousRoutes { get; set; }

    /// <summary>The steps of the last build and how long each took, until its pages were ready.</summary>
    public BuildLaps? LastLaps { get; internal set; }
}
