using System.Collections.Concurrent;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;

namespace SiteGen.Rendering;

/// <summary>
/// What <c>sitegen serve</c> keeps from one build to the next so that an edit costs what it reaches. When
/// every changed file sits in plan folders, a page none of whose recorded reads (<see cref="ModelReads"/>, as it read
/// when it was last built) the edit changed is not built at all: its previous bytes are reused. Every other page is
/// built and rendered again.
/// </summary>
/// <remarks>
/// A page's view model is a function of what it read: if none of that changed, building it again would read the same
/// and make the same page, so its reads of the last build are enough to tell. What an edit changed is computed from the
/// two builds (<see cref="FactKeys.Changed"/>, <see cref="OpenDataFiles.Changed"/>, the translations), never assumed.
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
    private sealed record Entry(PageThemeUse Theme, byte[] Html, IReadOnlySet<string> Reads);

    private IReadOnlyDictionary<PagePath, Entry> _previous = new Dictionary<PagePath, Entry>();
    private ConcurrentDictionary<PagePath, Entry> _current = new();
    private IReadOnlySet<string>? _changed;
    private int _rendered;
    private int _reused;
    private ConcurrentBag<PagePath> _renderedPaths = [];
    private SiteFacts? _previousSite;
    private OpenDataFiles? _previousOpenData;
    private Dictionary<string, IReadOnlyDictionary<string, string>> _previousTranslations = new(StringComparer.Ordinal);

    /// <summary>How many pages the last complete build kept.</summary>
    public int Count => _previous.Count;

    /// <summary>Pages rendered and pages reused (not even built) by the last build that used this cache.</summary>
    public (int Rendered, int Reused) LastBuild { get; private set; }

    /// <summary>The pages the last build rendered (built again rather than reused), in no order.</summary>
    public IReadOnlyCollection<PagePath> LastRendered { get; private set; } = [];

    /// <summary>The last build's pages the edit could not reach, which were not even built (every reused page is one).</summary>
    public int LastBuildUnreached => LastBuild.Reused;

    /// <summary>What the last build changed, as the keys pages note when they read; null when it may have changed anything.</summary>
    public IReadOnlySet<string>? LastChanged => _changed;

    /// <summary>
    /// Starts a build of <paramref name="site"/>; <paramref name="changedPlans"/> are the plan folders changed since the
    /// last complete build, or null when something outside plan folders changed (then every page is built).
    /// </summary>
    internal void Begin(SiteContext site, IReadOnlySet<string>? changedPlans)
    {
        // Sized for the previous build's pages: growing a concurrent table locks it, and 23,000 pages grow it a dozen times.
        _current = new ConcurrentDictionary<PagePath, Entry>(Environment.ProcessorCount, Math.Max(31, _previous.Count + _previous.Count / 8));
        _changed = _previousSite is { } before && _previousOpenData is { } files && changedPlans is not null ? Changed(before, files, site, changedPlans) : null;
        _rendered = 0;
        _reused = 0;
        _renderedPaths = [];
    }

    private HashSet<string> Changed(SiteFacts before, OpenDataFiles files, SiteContext site, IReadOnlySet<string> changedPlans)
    {
        var changed = new HashSet<string>(FactKeys.Changed(before, site.Facts, changedPlans), StringComparer.Ordinal);
        changed.UnionWith(OpenDataFiles.Changed(files, site.OpenData));
        foreach (var (language, table) in TranslationsOf(site))
        {
            var old = _previousTranslations.GetValueOrDefault(language);
            if (old is null || old.Count != table.Count || table.Any(t => !old.TryGetValue(t.Key, out var v) || v != t.Value)) changed.Add(SiteContext.TranslationsKey);
        }

        return changed;
    }

    private static IEnumerable<(string Language, IReadOnlyDictionary<string, string> Table)> TranslationsOf(SiteContext site)
    {
        using var _ = ModelReads.Unrecorded();
        return site.Routes.Languages.All.Select(l => (l, site.In(l).Translations)).ToList();
    }

    /// <summary>The previous bytes of a page the edit cannot reach, without building it; null when it must be built.</summary>
    internal byte[]? Unreached(PendingPage page, ThemeUse theme)
    {
        if (_changed is null || !_previous.TryGetValue(page.Path, out var entry) || !theme.IsCurrent(entry.Theme)) return null;
        if (_changed.Count > 0 && entry.Reads.Overlaps(_changed)) return null;
        _current[page.Path] = entry;
        Interlocked.Increment(ref _reused);
        return entry.Html;
    }

    internal void Add(PagePath path, PageThemeUse theme, byte[] html, IReadOnlySet<string> reads)
    {
        _current[path] = new Entry(theme, html, reads);
        _renderedPaths.Add(path);
        Interlocked.Increment(ref _rendered);
    }

    /// <summary>Called only when every page was written: a build that failed part-way leaves the previous pages as the reference.</summary>
    internal void Complete(SiteContext site)
    {
        _previous = _current;
        _previousSite = site.Facts;
        _previousOpenData = site.OpenData;
        _previousTranslations = TranslationsOf(site).ToDictionary(t => t.Language, t => t.Table, StringComparer.Ordinal);
        LastBuild = (_rendered, _reused);
        LastRendered = _renderedPaths.ToList();
    }
}
