using System.Runtime.InteropServices;
using SiteGen.Configuration;

namespace SiteGen.Search;

/// <summary>
/// The documents as BM25 needs them, read once: for each document and field (in the order of
/// <see cref="SearchSettings.Fields"/>) its distinct terms with their counts and its length in terms; for
/// each title its distinct words as written with their counts; how many documents hold each term (in
/// any field) and each title word; and the average length of each field. All counts live in one list,
/// a document's fields and title words being consecutive ranges of it.
/// </summary>
internal sealed class CountedDocuments
{
    /// <summary>A range of <see cref="_counts"/> per field of a document, then one for its title's words.</summary>
    private static readonly int RangesPerDocument = SearchSettings.Fields.Count + 1;

    private readonly List<IdCount> _counts = [];
    private readonly int[] _rangeStart;
    private readonly int[] _length;

    private CountedDocuments(IReadOnlyList<SearchDocument> documents, SearchLanguage language)
    {
        Vocabulary = new Vocabulary(language);
        Count = documents.Count;
        _rangeStart = new int[Count * RangesPerDocument + 1];
        _length = new int[Count * SearchSettings.Fields.Count];
        var normaliser = new TextNormaliser();
        var terms = new IdCounter();
        var titleWords = new IdCounter();
        for (var d = 0; d < Count; d++)
        {
            for (var f = 0; f < SearchSettings.Fields.Count; f++)
            {
                foreach (var word in Tokenizer.EnumerateWords(normaliser.Normalise(FieldText(documents[d], f)), language))
                {
                    var id = Vocabulary.Intern(word);
                    terms.Add(Vocabulary.TermOf(id));
                    if (f == 0) titleWords.Add(id);
                }

                _length[d * SearchSettings.Fields.Count + f] = terms.Total;
                terms.MoveTo(_counts);
                _rangeStart[d * RangesPerDocument + f + 1] = _counts.Count;
            }

            titleWords.MoveTo(_counts);
            _rangeStart[(d + 1) * RangesPerDocument] = _counts.Count;
        }

        DocumentFrequency = CountDocumentFrequency();
        TitleWordFrequency = new int[Vocabulary.WordCount];
        for (var d = 0; d < Count; d++)
        {
            foreach (var (word, _) in TitleWords(d)) TitleWordFrequency[word]++;
        }

        // Summed as integers, then divided: the same double as averaging the lengths one by one, as every partial sum is exact.
        AverageLength = Enumerable.Range(0, SearchSettings.Fields.Count)
            .Select(f => Math.Max(1, Enumerable.Range(0, Count).Sum(d => (long)Length(d, f)) / (double)Count)).ToArray();
    }

    /// <summary>The documents read as <paramref name="language"/> reads words (its stop words, its terms).</summary>
    public static CountedDocuments From(IReadOnlyList<SearchDocument> documents, SearchLanguage language) => new(documents, language);

    public Vocabulary Vocabulary { get; }

    public int Count { get; }

    /// <summary>By term id: how many documents hold the term, in any field.</summary>
    public int[] DocumentFrequency { get; }

    /// <summary>By word id: how many titles hold the word as written.</summary>
    public int[] TitleWordFrequency { get; }

    /// <summary>By field: the average length in terms, at least 1.</summary>
    public double[] AverageLength { get; }

    /// <summary>The text of a field, numbered as in <see cref="SearchSettings.Fields"/>.</summary>
    public static string FieldText(SearchDocument document, int field) => field switch
    {
        0 => document.Title,
        1 => document.Reference ?? string.Empty,
        2 => document.Body,
        3 => document.Owner ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The distinct terms of a field (term ids) with their counts, in order of first occurrence.</summary>
    public ReadOnlySpan<IdCount> Terms(int document, int field) => Range(document * RangesPerDocument + field);

    /// <summary>The distinct words of the title as written (word ids) with their counts.</summary>
    public ReadOnlySpan<IdCount> TitleWords(int document) => Range(document * RangesPerDocument + SearchSettings.Fields.Count);

    /// <summary>A field's length in terms, stop words left out.</summary>
    public int Length(int document, int field) => _length[document * SearchSettings.Fields.Count + field];

    private ReadOnlySpan<IdCount> Range(int range) =>
        CollectionsMarshal.AsSpan(_counts)[_rangeStart[range].._rangeStart[range + 1]];

    private int[] CountDocumentFrequency()
    {
        var frequency = new int[Vocabulary.TermCount];
        // The last document each term was counted for, plus one, so a term in two fields of a document counts once.
        var countedFor = new int[Vocabulary.TermCount];
        for (var d = 0; d < Count; d++)
        {
            for (var f = 0; f < SearchSettings.Fields.Count; f++)
            {
                foreach (var (term, _) in Terms(d, f))
                {
                    if (countedFor[term] == d + 1) continue;
                    countedFor[term] = d + 1;
                    frequency[term]++;
                }
            }
        }

        return frequency;
    }
}
