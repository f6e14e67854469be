namespace SiteGen.Search;

/// <summary>
/// The distinct words of the indexed text, numbered in the order first read, each with its stem (its
/// term: its stem, or whatever <see cref="SearchLanguage.Term"/> makes of it), numbered likewise. A word is looked up as a span of the text being read, so a string is made,
/// and the stemmer run, once per distinct word rather than once per occurrence.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordIdsBySpan;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<int> _termOfWord = [];
    private readonly List<string> _terms = [];
    private readonly SearchLanguage _language;

    public Vocabulary(SearchLanguage language)
    {
        _language = language;
        _wordIdsBySpan = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int WordCount => _words.Count;

    public int TermCount => _terms.Count;

    public string Word(int word) => _words[word];

    public string Term(int term) => _terms[term];

    public int TermOf(int word) => _termOfWord[word];

    /// <summary>The id of a word (normalised, not a stop word), added if new.</summary>
    public int Intern(ReadOnlySpan<char> word)
    {
        if (_wordIdsBySpan.TryGetValue(word, out var id)) return id;
        var text = word.ToString();
        id = _words.Count;
        _wordIds.Add(text, id);
        _words.Add(text);
        var stem = _language.Term(text);
        if (!_termIds.TryGetValue(stem, out var term))
        {
            term = _terms.Count;
            _termIds.Add(stem, term);
            _terms.Add(stem);
        }

        _termOfWord.Add(term);
        return id;
    }
}
