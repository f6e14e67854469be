using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping for a binder. Every key a binder asks for — present or not —
/// becomes a known key, so <see cref="Finish"/> can report the keys nobody asked for, with the nearest
/// known key as a suggestion. Binders therefore read every key they support unconditionally.
/// Problems are reported to the bag and the value comes back as absent; binding goes on.
/// </summary>
public sealed class MappingReader
{
    private readonly YMapping _map;
    private readonly string _what;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>The keys asked for so far; null once <see cref="Finish"/> has given the list back.</summary>
    private List<string>? _known = RentKnownList();

    /// <summary>
    /// Lists of known keys that finished readers gave back, for the next readers on this thread. A reader is
    /// opened for every mapping of every file, and a list grown key by key for each was a third of what binding
    /// allocated. Readers open inside one another finish first, so a few lists serve a whole site.
    /// </summary>
    [ThreadStatic]
    private static Stack<List<string>>? _spareKnownLists;

    /// <summary>
    /// Watches what binders ask of mappings. Only the schema export sets it (<see cref="Watch"/>), to learn
    /// each file kind's keys from the binders themselves, so the exported schemas cannot drift from what the
    /// binders accept.
    /// </summary>
    private static readonly AsyncLocal<IMappingObserver?> WatchedBy = new();

    /// <summary>How many <see cref="Watch"/> scopes are open anywhere; while none is, no read touches the async-local.</summary>
    private static int _watching;

    /// <summary>
    /// The observer of this flow, if any. Every key read asks, several times over, so an ordinary build
    /// pays one static read here rather than an execution-context lookup.
    /// </summary>
    private static IMappingObserver? Observer => Volatile.Read(ref _watching) == 0 ? null : WatchedBy.Value;

    /// <summary>Has <paramref name="observer"/> watch every mapping read in this flow until the result is disposed.</summary>
    internal static IDisposable Watch(IMappingObserver observer)
    {
        Interlocked.Increment(ref _watching);
        WatchedBy.Value = observer;
        return new WatchScope();
    }

    private sealed class WatchScope : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            WatchedBy.Value = null;
            Interlocked.Decrement(ref _watching);
        }
    }

    private MappingReader(YMapping map, string what, DiagnosticBag diagnostics)
    {
        _map = map;
        _what = what;
        _diagnostics = diagnostics;
    }

    public SourceLocation Location => _map.Location;

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Starts reading <paramref name="node"/>, which must be a mapping; <paramref name="what"/> names it in messages ("an indicator").</summary>
    public static MappingReader? Open(YNode? node, string what, DiagnosticBag diagnostics)
    {
        if (node is YMapping map)
        {
            var reader = new MappingReader(map, what, diagnostics);
            Observer?.Opened(map, reader, what);
            return reader;
        }

        if (node is not null && !(node is YScalar s && s.IsNull))
        {
            Observer?.Refused(node);
            diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, Capitalise(what), "a set of keys (key: value lines)", node.KindName);
        }

        return null;
    }

    public bool Has(string key)
    {
        Know(key);
        return Find(key) is { } n && !(n is YScalar s && s.IsNull);
    }

    /// <summary>The node under <paramref name="key"/>, or null when the key is absent or empty.</summary>
    public YNode? Node(string key)
    {
        Know(key);
        var node = Find(key);
        return node is YScalar s && s.IsNull ? null : node;
    }

    public SourceLocation LocationOf(string key) => FindEntry(key)?.Value.Location ?? _map.Location;

    /// <summary>Where <paramref name="key"/> itself is written; for a key with no value, the only place to point at.</summary>
    public SourceLocation KeyLocationOf(string key) => FindEntry(key)?.Key.Location ?? _map.Location;

    /// <summary>Whether <paramref name="key"/> is given with nothing after it (or <c>~</c>, <c>null</c>).</summary>
    public bool IsEmpty(string key)
    {
        Know(key);
        return Find(key) is YScalar { IsNull: true };
    }

    public YScalar? Scalar(string key)
    {
        Declare(key, KeyUse.Scalar);
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YScalar s:
                return s;
            default:
                _diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, $"'{key}'", "a single value", node.KindName);
                return null;
        }
    }

    public string? Text(string key)
    {
        var s = Scalar(key);
        if (s is null) return null;
        var text = s.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    public string? RequiredText(string key)
    {
        DeclareRequired(key);
        var present = Find(key) is not null;
        var text = Text(key);
        if (text is null && !present)
        {
            ReportMissing(key);
        }
        else if (text is null && Find(key) is YScalar)
        {
            _diagnostics.Report(DiagnosticCatalog.MissingKey, LocationOf(key), key, Capitalise(_what));
        }

        return text;
    }

    /// <summary>Reports <paramref name="key"/> as missing when it is absent or empty; true when it is there.</summary>
    public bool Require(string key)
    {
        DeclareRequired(key);
        if (Has(key)) return true;
        ReportMissing(key);
        return false;
    }

    /// <summary>
    /// Says that <paramref name="key"/> must be given, for the exported schema, where the binder reports its
    /// absence in its own way. Plain <see cref="ReportMissing"/> declares nothing, because it is also used for
    /// keys needed only in some cases (a contact needs a name or a role).
    /// </summary>
    public void DeclareRequired(string key) => Observer?.Required(this, key);

    public void ReportMissing(string key) => _diagnostics.Report(DiagnosticCatalog.MissingKey, _map.Location, key, Capitalise(_what));

    public Ref? Reference(string key)
    {
        var s = Scalar(key);
        if (s is null) return null;
        var text = s.Value.Trim();
        return text.Length == 0 ? null : new Ref(text, s.Location);
    }

    /// <summary>One reference or a list of them: <c>lead: CSMF</c> and <c>lead: [CSMF, SUM]</c> both read.</summary>
    public IReadOnlyList<Ref> References(string key) =>
        ScalarsOf(key, KeyUse.ScalarOrList, static s => s.Value.Trim() is { Length: > 0 } text ? new Ref(text, s.Location) : null);

    /// <summary>One text or a list of them.</summary>
    public IReadOnlyList<string> TextList(string key) =>
        ScalarsOf(key, KeyUse.ScalarOrList, static s => s.Value.Trim() is { Length: > 0 } text ? text : null);

    public IReadOnlyList<T> List<T>(string key, Func<YNode, T?> bind)
        where T : class
    {
        Declare(key, KeyUse.List);
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YSequence seq:
                var items = new List<T>(seq.Items.Count);
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    if (bind(seq.Items[i]) is { } item) items.Add(item);
                }

                return items;
            default:
                _diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, $"'{key}'", "a list (lines starting with `- `)", node.KindName);
                return [];
        }
    }

    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> allowed)
        where T : struct
    {
        // The list of words is built only when someone watches: binding a site reads thousands of choices.
        if (Observer is not null) Declare(key, KeyUse.Choice, allowed.Keys.ToList());
        var s = Scalar(key);
        if (s is null) return null;
        var text = s.Value.Trim();
        if (allowed.TryGetValue(text, out var value)) return value;
        var folded = allowed.Keys.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
        if (folded is not null) return allowed[folded];
        _diagnostics.ReportWithSuggestion(
            DiagnosticCatalog.ValueNotAllowed,
            s.Location,
            Suggestions.DidYouMean(text, allowed.Keys),
            text,
            key,
            string.Join(", ", allowed.Keys.Select(k => $"`{k}`")));
        return null;
    }

    /// <summary>Reports every key that no read asked for. Call once, after all reads; reads after it are not checked.</summary>
    public void Finish()
    {
        if (_known is not { } known) return;
        Observer?.Finished(this);
        var entries = _map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!Contains(known, entry.Key.Value))
            {
                _diagnostics.ReportWithSuggestion(
                    DiagnosticCatalog.UnknownKey,
                    entry.Key.Location,
                    Suggestions.DidYouMean(entry.Key.Value, known) ?? $"the keys of {_what} are listed in content/README.md",
                    entry.Key.Value,
                    _what);
            }
        }

        _known = null;
        known.Clear();
        (_spareKnownLists ??= new Stack<List<string>>()).Push(known);
    }

    private static List<string> RentKnownList() => _spareKnownLists?.TryPop(out var list) == true ? list : [];

    /// <summary>Tells the observer, if any, how a key is read (see <see cref="KeyUse"/>).</summary>
    internal void Declare(string key, KeyUse use, IReadOnlyList<string>? allowed = null) => Observer?.Read(this, key, use, allowed);

    /// <summary>
    /// What <paramref name="read"/> makes of the value under <paramref name="key"/>, one scalar or a list of them,
    /// leaving out what it returns null for. Lists of one or two values are read for thousands of keys, so this
    /// builds the list directly rather than through an iterator and a chain of queries.
    /// </summary>
    private IReadOnlyList<T> ScalarsOf<T>(string key, KeyUse use, Func<YScalar, T?> read)
        where T : class
    {
        Declare(key, use);
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YScalar s:
                return read(s) is { } one ? new List<T>(1) { one } : [];
            case YSequence seq:
                var values = new List<T>(seq.Items.Count);
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var item = seq.Items[i];
                    if (item is YScalar itemScalar)
                    {
                        if (!itemScalar.IsNull && read(itemScalar) is { } value) values.Add(value);
                    }
                    else
                    {
                        _diagnostics.Report(DiagnosticCatalog.WrongType, item.Location, $"Each item of '{key}'", "a single value", item.KindName);
                    }
                }

                return values;
            default:
                _diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, $"'{key}'", "a value or a list of values", node.KindName);
                return [];
        }
    }

    private void Know(string key)
    {
        Declare(key, KeyUse.Node);
        if (_known is not null && !Contains(_known, key)) _known.Add(key);
    }

    private static bool Contains(List<string> keys, string key)
    {
        foreach (var k in keys)
        {
            if (string.Equals(k, key, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private YNode? Find(string key) => FindEntry(key)?.Value;

    private YEntry? FindEntry(string key) => _map.Find(key);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
