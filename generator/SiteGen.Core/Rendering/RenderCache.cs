using System.Collections.Concurrent;
using SiteGen.Derivation;
using SiteGen.Routing;

namespace SiteGen.Rendering;

/// <summary>
/// What <c>sitegen serve</c> keeps from one build to the next so that an edit costs what it reaches. When
/// every changed file sits in plan folders, a page whose <see cref="PageInputs"/> keys (as it reads now, or
/// as it read before) miss everything the edit changed is not built at all: its previous bytes are reused.
/// Every other page is built and rendered again.
/// </summary>
/// <remarks>
/// Pages used to be rendered only when a hash of their view model (walked by reflection) had changed; at
/// 100 councils that hash cost 2–25 ms a page, far more than rendering it (0.1–2 ms), so an edit to an
/// organisation took about a third more CPU time with it than without. Rendering is deterministic, so the
/// bytes are the same either way.
/// Loading is incremental the same way (<c>ContentLoader.Load</c> with the previous load): a plan folder
/// none of whose files changed is not read or bound again; the shared files are, and every reference is
/// checked again, since a file can break a reference anywhere.
/// Each entry keeps the words and the templates (by the hash of their text) the page was rendered with, so a
/// page is reused only while they are unchanged: editing a partial re-renders the pages that use it.
/// </remarks>
public sealed class RenderCache
{
    private sealed record Entry(PageThemeUse Theme, byte[] Html, IReadOnlySet<string>? Reads);

    private IReadOnlyDictionary<PagePath, Entry> _previous = new Dictionary<PagePath, Entry>();
    private ConcurrentDictionary<PagePath, Entry> _current = new();
    private IReadOnlySet<string>? _changed;
    private int _rendered;
    private int _reused;

    /// <summary>Pages rendered and pages reused (not even built) by the last build that used this cache.</summary>
    public (int Rendered, int Reused) LastBuild { get; private set; }

    /// <summary>The last build's pages the edit could not reach, which were not even built (every reused page is one).</summary>
    public int LastBuildUnreached => LastBuild.Reused;

    /// <summary>The site the last complete build was made from, to tell what the next one changed.</summary>
    internal SiteFacts? PreviousSite { get; private set; }

    /// <summary>Starts a build; <paramref name="changed"/> is what it changed as <see cref="PageInputs"/> keys, or null when it may have changed anything.</summary>
    internal void Begin(IReadOnlySet<string>? changed)
    {
        _current = new ConcurrentDictionary<PagePath, Entry>();
        _changed = changed;
        _rendered = 0;
        _reused = 0;
    }

    /// <summary>The previous bytes of a page the edit cannot reach, without building it; null when it must be built.</summary>
    internal byte[]? Unreached(PendingPage page, ThemeUse theme)
    {
        if (_changed is null || !_previous.TryGetValue(page.Path, out var entry) || !theme.IsCurrent(entry.Theme)) return null;
        if (page.IsReachedBy(_changed, entry.Reads)) return null;
        _current[page.Path] = entry with { Reads = page.Reads };
        Interlocked.Increment(ref _reused);
        return entry.Html;
    }

    internal void Add(PagePath path, PageThemeUse theme, byte[] html, IReadOnlySet<string>? reads)
    {
        _current[path] = new Entry(theme, html, reads);
        Interlocked.Increment(ref _rendered);
    }

    /// <summary>Called only when every page was written: a build that failed part-way leaves the previous pages as the reference.</summary>
    internal void Complete(SiteFacts site)
    {
        _previous = _current;
        PreviousSite = site;
        LastBuild = (_rendered, _reused);
    }
}
