using System.Buffers;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Splits text into search terms exactly as the JavaScript client does (themes/default/assets/search.js):
/// lower case, accents folded (ŵ, ŷ, â → w, y, a), runs of a–z and 0–9, the language's stop words dropped;
/// the language then makes terms of them (<see cref="SearchLanguage"/>).
/// Any change here must be made there too; the parity tests run both on the same words.
/// </summary>
public static class Tokenizer
{
    /// <summary>The characters of a word, once text is normalised.</summary>
    private static readonly SearchValues<char> WordCharacters = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyz");

    /// <summary>English's stop words; each language has its own (<see cref="SearchLanguage.StopWords"/>).</summary>
    public static readonly IReadOnlySet<string> StopWords = SearchLanguage.English.StopWords;

    /// <summary>Lower-cased, accents folded: the characters U+0300–U+036F left by decomposition are dropped, as in the client.</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        // Most text has no accent to drop: then the decomposed text is the answer, with no copy.
        if (decomposed.AsSpan().IndexOfAnyInRange('\u0300', '\u036f') < 0) return decomposed;
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= '\u0300' and <= '\u036f') continue;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The words of a text (normalised, no English stop words, not stemmed), in order.</summary>
    public static List<string> Words(string text) => Words(text, SearchLanguage.English);

    /// <summary>The words of a text (normalised, no stop words of <paramref name="language"/>, not stemmed), in order.</summary>
    public static List<string> Words(string text, SearchLanguage language)
    {
        var words = new List<string>();
        foreach (var word in EnumerateWords(Normalise(text), language)) words.Add(word.ToString());
        return words;
    }

    /// <summary>
    /// The words of already normalised text (see <see cref="Normalise"/>), stop words left out, as slices
    /// of it: the one definition of a word, shared by <see cref="Words"/> and the index builder, which
    /// reads every document without making a string of each word.
    /// </summary>
    internal static WordEnumerator EnumerateWords(ReadOnlySpan<char> normalised, SearchLanguage language) => new(normalised, language.StopWordLookup);

    /// <summary>
    /// A reference code as one key, whatever its spacing, case or punctuation: "NI 59", "ni59" and
    /// "NI59" are all <c>ni59</c>; "SCC/004" is <c>scc004</c>.
    /// </summary>
    public static string ReferenceKey(string reference)
    {
        var normalised = Normalise(reference);
        Span<char> key = normalised.Length <= 256 ? stackalloc char[normalised.Length] : new char[normalised.Length];
        return new string(key[..KeepWordCharacters(normalised, key)]);
    }

    /// <summary>Copies the word characters (a–z, 0–9) of normalised text to <paramref name="destination"/>, which must be as long; returns how many.</summary>
    internal static int KeepWordCharacters(ReadOnlySpan<char> normalised, Span<char> destination)
    {
        var length = 0;
        foreach (var c in normalised)
        {
            if (WordCharacters.Contains(c)) destination[length++] = c;
        }

        return length;
    }

    /// <summary>Walks the words of normalised text: maximal runs of a–z and 0–9 that are not stop words.</summary>
    internal ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;
        private int _next;

        public WordEnumerator(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords)
        {
            _text = text;
            _stopWords = stopWords;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < _text.Length)
            {
                var rest = _text[_next..];
                var start = rest.IndexOfAny(WordCharacters);
                if (start < 0) break;
                var length = rest[start..].IndexOfAnyExcept(WordCharacters);
                if (length < 0) length = rest.Length - start;
                Current = rest.Slice(start, length);
                _next += start + length;
                if (!_stopWords.Contains(Current)) return true;
            }

            _next = _text.Length;
            return false;
        }
    }
}
