using SiteGen.Rendering;

namespace SiteGen.Pipeline;

/// <summary>
/// What <c>sitegen serve</c> keeps from one good build to the next, so that an edit costs what it reaches:
/// the load it came from (file stamps and bound plans, <see cref="ContentLoader.Load"/>) and its pages
/// (<see cref="RenderCache"/>). A build with errors changes neither, so the next one is compared with the last good one.
/// </summary>
public sealed class IncrementalBuild
{
    public RenderCache Pages { get; } = new();

    internal ContentLoader.Loaded? PreviousLoad { get; set; }
}
