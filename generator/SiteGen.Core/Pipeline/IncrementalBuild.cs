using SiteGen.Discovery;
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

    private readonly object _gate = new();
    private readonly HashSet<string> _changes = new(StringComparer.Ordinal);
    private bool _watched;
    private bool _known;

    /// <summary>
    /// A watcher has started reporting changes (<see cref="Changed"/>). Whether anything changed between the last good
    /// build's stamps and now is checked here, once, by listing and stamping the content again: until then, and if
    /// something did, the next build lists the content folder itself. Call it with no build running.
    /// </summary>
    /// <returns>Whether the content changed since the last good build, which then has not seen it.</returns>
    public bool StartWatching()
    {
        var load = PreviousLoad;
        var unchanged = load?.Stamps is { } stamps && ContentStamp.Same(stamps, ContentStamp.Take(load.Settings.SettingsFile, ContentDiscoverer.Discover(load.Settings, new Diagnostics.DiagnosticBag())));
        lock (_gate)
        {
            _watched = true;
            _known = unchanged;
        }

        return load is not null && !unchanged;
    }

    /// <summary>Paths a watcher reported changed: files edited, added, deleted or renamed (old and new path), or folders.</summary>
    public void Changed(IEnumerable<string> paths)
    {
        lock (_gate) _changes.UnionWith(paths);
    }

    /// <summary>A build is asked for without a watcher's report (serve's first, or a caller's own): the next build lists the content folder.</summary>
    public void ChangesUnknown()
    {
        lock (_gate) _known = false;
    }

    /// <summary>At the start of a build: the paths changed since the last good build's stamps, or null when they are not all known.</summary>
    internal IReadOnlySet<string>? TakeChanges()
    {
        lock (_gate)
        {
            var taken = _known ? new HashSet<string>(_changes, StringComparer.Ordinal) : null;
            _changes.Clear();
            // Whatever changes after this build stamps its files, the watcher reports.
            _known = _watched;
            return taken;
        }
    }

    /// <summary>A build that did not become the last good one gives back what it took: the next is compared with the same good build.</summary>
    internal void GiveBackChanges(IReadOnlySet<string>? taken)
    {
        lock (_gate)
        {
            if (taken is null) _known = false;
            else _changes.UnionWith(taken);
        }
    }
}
