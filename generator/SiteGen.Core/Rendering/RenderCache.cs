using System.Collections.Concurrent;
using SiteGen.Derivation;
using SiteGen.Routing;

namespace SiteGen.Rendering;

/// <summary>
/// What <c>sitegen serve</c> keeps from one build to the next so that an edit costs what it reaches.
/// Two mechanisms, the cheaper first:
/// <list type="number">
/// <item>When every changed file sits in plan folders, a page whose <see cref="PageInputs"/> keys (as
/// it reads now, or as it read before) miss everything the edit changed is not built at all: its
/// previous bytes are reused.</item>
/// <item>Every other page is built, and rendered only when its view model's fingerprint differs from
/// the previous build's (an edit to an organisation reaches every page, but changes few of them).</item>
/// </list>
/// Loading is incremental the same way (<c>ContentLoader.Load</c> with the previous load): a plan folder
/// none of whose files changed is not read or bound again; the shared files are, and every reference is
/// checked again, since a file can break a reference anywhere.
/// Each entry keeps the words and the templates (by the hash of their text) the page was rendered with, so a
/// page is reused only while they are unchanged: editing a partial re-renders the pages that use it.
/// </summary>
public sealed class RenderCache
{
    private sealed record Entry(PageThemeUse Theme, byte[]? Fingerprint, byte[] Html, IReadOnlySet<string>? Reads);

    private IReadOnlyDictionary<PagePath, Entry> _previous = new Dictionary<PagePath, Entry>();
    private ConcurrentDictionary<PagePath, Entry> _current = new();
    private IReadOnlySet<string>? _changed;
    private int _rendered;
    private int _reused;
    private int _unreached;

    /// <summary>Pages rendered and pages reused by the last build that used this cache.</summary>
    public (int Rendered, int Reused) LastBuild { get; private set; }

    /// <summary>Of the last build's reused pages, those not even built because the edit could not reach them.</summary>
    public int LastBuildUnreached { get; private set; }

    /// <summary>The site the last complete build was made from, to tell what the next one changed.</summary>
    internal SiteFacts? PreviousSite { get; private set; }

    /// <summary>Starts a build; <paramref name="changed"/> is what it changed as <see cref="PageInputs"/> keys, or null when it may have changed anything.</summary>
    internal void Begin(IReadOnlySet<string>? changed)
    {
        _current = new ConcurrentDictionary<PagePath, Entry>();
        _changed = changed;
        _rendered = 0;
        _reused = 0;
        _unreached = 0;
    }

    /// <summary>The previous bytes of a page the edit cannot reach, without building it; null when it must be built.</summary>
    internal byte[]? Unreached(PendingPage page, ThemeUse theme)
    {
        if (_changed is null || !_previous.TryGetValue(page.Path, out var entry) || !theme.IsCurrent(entry.Theme)) return null;
        if (page.IsReachedBy(_changed, entry.Reads)) return null;
        _current[page.Path] = entry with { Reads = page.Reads };
        Interlocked.Increment(ref _reused);
        Interlocked.Increment(ref _unreached);
        return entry.Html;
    }

    internal byte[]? Find(PagePath path, ThemeUse theme, byte[]? fingerprint, IReadOnlySet<string>? reads)
    {
        if (fingerprint is not null && _previous.TryGetValue(path, out var entry) && theme.IsCurrent(entry.Theme) && entry.Fingerprint is not null && entry.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            _current[path] = entry with { Reads = reads };
            Interlocked.Increment(ref _reused);
            return entry.Html;
        }

        Interlocked.Increment(ref _rendered);
        return null;
    }

    internal void Add(PagePath path, PageThemeUse theme, byte[]? fingerprint, byte[] html, IReadOnlySet<string>? reads) =>
        _current[path] = new Entry(theme, fingerprint, html, reads);

    /// <summary>Called only when every page was written: a build that failed part-way leaves the previous pages as the reference.</summary>
    internal void Complete(SiteFacts site)
    {
        _previous = _current;
        PreviousSite = site;
        LastBuild = (_rendered, _reused);
        LastBuildUnreached = _unreached;
    }
}
