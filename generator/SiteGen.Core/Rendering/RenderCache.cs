using System.Collections.Concurrent;

namespace SiteGen.Rendering;

/// <summary>
/// The pages of the previous build, each with the fingerprint of the view model it was rendered from,
/// so <c>sitegen serve</c> renders again only the pages whose model changed. Loading, checking and
/// deriving still run in full on every build (any file can change site-wide facts); rendering, the
/// bulk of the time, is what this saves. Kept across builds of one process, where the theme's code
/// cannot change; the theme's name is part of each entry so switching theme in site.yml renders all.
/// </summary>
public sealed class RenderCache
{
    private sealed record Entry(string Theme, byte[] Fingerprint, byte[] Html);

    private IReadOnlyDictionary<string, Entry> _previous = new Dictionary<string, Entry>();
    private ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private int _rendered;
    private int _reused;

    /// <summary>Pages rendered and pages reused by the last build that used this cache.</summary>
    public (int Rendered, int Reused) LastBuild { get; private set; }

    internal void Begin()
    {
        _current = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        _rendered = 0;
        _reused = 0;
    }

    internal byte[]? Find(string path, string theme, byte[]? fingerprint)
    {
        if (fingerprint is not null && _previous.TryGetValue(path, out var entry) && entry.Theme == theme && entry.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            _current[path] = entry;
            Interlocked.Increment(ref _reused);
            return entry.Html;
        }

        Interlocked.Increment(ref _rendered);
        return null;
    }

    internal void Add(string path, string theme, byte[]? fingerprint, byte[] html)
    {
        if (fingerprint is not null) _current[path] = new Entry(theme, fingerprint, html);
    }

    /// <summary>Called only when every page was written: a build that failed part-way leaves the previous pages as the reference.</summary>
    internal void Complete()
    {
        _previous = _current;
        LastBuild = (_rendered, _reused);
    }
}
