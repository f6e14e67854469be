using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Reference codes as one key each ("ni59"), with the documents they name in ascending order: the
/// whole reference ("PAF A1" → "pafa1") and each of its space-separated codes ("paf", "a1").
/// </summary>
internal sealed class ReferenceKeys
{
    private readonly Dictionary<string, List<int>> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _documentsBySpan;
    private char[] _key = new char[64];

    public ReferenceKeys() => _documentsBySpan = _documents.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a document's reference; documents must be added in ascending order.</summary>
    public void Add(int document, string? reference)
    {
        if (reference is null) return;
        var whole = reference.AsSpan();
        foreach (var range in whole.Split(' '))
        {
            if (!whole[range].IsEmpty) Add(document, whole[range]);
        }

        Add(document, whole);
    }

    /// <summary>The keys of at least <paramref name="minimumLength"/> characters, with their documents.</summary>
    public IEnumerable<(string Key, List<int> Documents)> Keys(int minimumLength) =>
        _documents.Where(k => k.Key.Length >= minimumLength).Select(k => (k.Key, k.Value));

    private void Add(int document, ReadOnlySpan<char> code)
    {
        var key = Key(code);
        if (key.IsEmpty) return;
        if (!_documentsBySpan.TryGetValue(key, out var documents))
        {
            documents = [];
            _documentsBySpan[key] = documents;
        }

        // A code given twice (whole and as its one part) names the document once.
        if (documents.Count == 0 || documents[^1] != document) documents.Add(document);
    }

    /// <summary><see cref="Tokenizer.ReferenceKey"/> of a code, in a reused buffer when the code is ASCII (lower-cased letters and digits).</summary>
    private ReadOnlySpan<char> Key(ReadOnlySpan<char> code)
    {
        if (!Ascii.IsValid(code)) return Tokenizer.ReferenceKey(code.ToString());
        if (_key.Length < code.Length) _key = new char[Math.Max(code.Length, 2 * _key.Length)];
        Ascii.ToLower(code, _key, out var written);
        return _key.AsSpan(0, Tokenizer.KeepWordCharacters(_key.AsSpan(0, written), _key));
    }
}
