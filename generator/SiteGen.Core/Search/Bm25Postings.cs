using SiteGen.Configuration;

namespace SiteGen.Search;

/// <summary>One document's score for a term: BM25, weighted by field, ×100 and rounded, at least 1.</summary>
internal readonly record struct Posting(int Doc, int Score);

/// <summary>
/// Every document's BM25F score for each of its terms and for each word of its title as written
/// ("^assessments"), gathered per term and per title word in document order.
/// </summary>
internal sealed class Bm25Postings
{
    private const double K1 = 1.2;

    /// <summary>
    /// BM25's length normalisation per field (BM25F): titles, references and owners are short by nature,
    /// so a long title is not penalised as a long body is; otherwise "initial assessments" would rank a
    /// short title that merely mentions them above the indicator that measures them.
    /// </summary>
    private static readonly double[] B = [0.3, 0, 0.75, 0];

    private Bm25Postings(int terms, int words)
    {
        ByTerm = new List<Posting>?[terms];
        ByTitleWord = new List<Posting>?[words];
    }

    /// <summary>By term id: the documents scoring for the term; null for a term found only in fields weighted 0.</summary>
    public List<Posting>?[] ByTerm { get; }

    /// <summary>By word id: the documents whose title holds the word as written; null for a word in no title.</summary>
    public List<Posting>?[] ByTitleWord { get; }

    public static Bm25Postings Score(CountedDocuments documents, SearchSettings settings)
    {
        var n = documents.Count;
        var fields = SearchSettings.Fields;
        var postings = new Bm25Postings(documents.Vocabulary.TermCount, documents.Vocabulary.WordCount);
        var averageLength = documents.AverageLength;
        var weights = fields.Select(f => settings.Weights[f]).ToArray();

        // One document's score per term, summed over its fields in field order (the order the sum was
        // always made in, so the doubles, and the rounded scores, do not change); emptied after each document.
        var scores = new double[documents.Vocabulary.TermCount];
        var scoredFor = new int[documents.Vocabulary.TermCount];
        var scored = new List<int>();
        for (var d = 0; d < n; d++)
        {
            for (var f = 0; f < fields.Count; f++)
            {
                var weight = weights[f];
                if (weight == 0) continue;
                var length = documents.Length(d, f);
                foreach (var (term, tf) in documents.Terms(d, f))
                {
                    var df = documents.DocumentFrequency[term];
                    var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                    var bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B[f] + B[f] * length / averageLength[f]));
                    if (scoredFor[term] != d + 1)
                    {
                        scoredFor[term] = d + 1;
                        scored.Add(term);
                    }

                    scores[term] += weight * bm25;
                }
            }

            foreach (var term in scored)
            {
                Add(postings.ByTerm, term, new Posting(d, Rounded(scores[term])));
                scores[term] = 0;
            }

            scored.Clear();

            // Words of the title exactly as written ("^assessments"): a query word found unstemmed in a title
            // adds this score to its stem's, so the page titled with the very words typed comes first.
            var titleLength = documents.Length(d, 0);
            foreach (var (word, tf) in documents.TitleWords(d))
            {
                var df = documents.TitleWordFrequency[word];
                var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                var bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B[0] + B[0] * titleLength / averageLength[0]));
                Add(postings.ByTitleWord, word, new Posting(d, Rounded(weights[0] * bm25))); // field 0 is the title
            }
        }

        return postings;
    }

    private static int Rounded(double score) => Math.Max(1, (int)Math.Round(score * 100));

    private static void Add(List<Posting>?[] lists, int id, Posting posting) => (lists[id] ??= []).Add(posting);
}
