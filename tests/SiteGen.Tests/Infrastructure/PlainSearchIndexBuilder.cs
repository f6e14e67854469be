using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Search;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// The search index builder as first written, kept as the oracle for <see cref="SearchIndexBuilder"/>:
/// plainly right and slow (a string per word, a dictionary per document, LINQ throughout,
/// <see cref="JsonSerializer"/> over dictionaries). Its words come from its own copy of the original
/// tokenizer, so a fault in the fast one's span-based reading shows as a difference. Only the Porter
/// stemmer is shared, which has tests of its own and against the client.
/// </summary>
public static class PlainSearchIndexBuilder
{
    private const double K1 = 1.2;

    /// <summary>
    /// BM25's length normalisation per field (BM25F): titles, references and owners are short by nature,
    /// so a long title is not penalised as a long body is; otherwise "initial assessments" would rank a
    /// short title that merely mentions them above the indicator that measures them.
    /// </summary>
    private static readonly double[] B = [0.3, 0, 0.75, 0];

    /// <summary>A term's postings are cut to its best-scoring documents: a single very common word never makes a shard large.</summary>
    private const int MaximumPostings = SearchIndexBuilder.MaximumPostings;

    public static IReadOnlyList<SearchIndexBuilder.IndexFile> Build(IReadOnlyList<SearchDocument> allDocuments, SearchSettings settings, Func<string, string> hrefFromSearchPage)
    {
        var documents = allDocuments.Where(d => !settings.Exclude.Contains(d.Type)).ToList();
        var fields = SearchSettings.Fields;
        var fieldTexts = documents.Select(d => new[] { d.Title, d.Reference ?? string.Empty, d.Body, d.Owner ?? string.Empty }).ToList();
        var fieldTerms = fieldTexts.Select(texts => texts.Select(Terms).ToArray()).ToList();
        var averageLength = Enumerable.Range(0, fields.Count).Select(f => Math.Max(1, fieldTerms.Average(t => (double)t[f].Count))).ToArray();

        // Document frequency over all fields.
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in fieldTerms)
        {
            foreach (var term in terms.SelectMany(t => t).Distinct()) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var titleWordFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var word in Words(document.Title).Distinct()) titleWordFrequency[word] = titleWordFrequency.GetValueOrDefault(word) + 1;
        }

        var n = documents.Count;
        var postings = new Dictionary<string, List<(int Doc, int Score)>>(StringComparer.Ordinal);
        for (var d = 0; d < n; d++)
        {
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < fields.Count; f++)
            {
                var weight = settings.Weights[fields[f]];
                if (weight == 0) continue;
                var length = fieldTerms[d][f].Count;
                foreach (var group in fieldTerms[d][f].GroupBy(t => t, StringComparer.Ordinal))
                {
                    var df = documentFrequency[group.Key];
                    var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                    var tf = group.Count();
                    var bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B[f] + B[f] * length / averageLength[f]));
                    scores[group.Key] = scores.GetValueOrDefault(group.Key) + weight * bm25;
                }
            }

            // Words of the title exactly as written ("^assessments"): a query word found unstemmed in a title
            // adds this score to its stem's, so the page titled with the very words typed comes first.
            var titleWords = Words(documents[d].Title);
            foreach (var group in titleWords.GroupBy(w => w, StringComparer.Ordinal))
            {
                var df = titleWordFrequency[group.Key];
                var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                var tf = group.Count();
                var bm25 = idf * tf * (K1 + 1) / (tf + K1 * (1 - B[0] + B[0] * titleWords.Count / averageLength[0]));
                scores[SearchIndexFormat.TitleWordPrefix + group.Key] = settings.Weights["title"] * bm25;
            }

            foreach (var (term, score) in scores)
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add((d, Math.Max(1, (int)Math.Round(score * 100))));
            }
        }

        // Words as written, for typo correction and prefixes: each maps to its stem.
        var words = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var texts in fieldTexts)
        {
            foreach (var word in texts.SelectMany(Words)) words.TryAdd(word, PorterStemmer.Stem(word));
        }

        // Reference codes as one key each ("ni59"), pointing at the documents they name.
        var references = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var d = 0; d < n; d++)
        {
            foreach (var code in (documents[d].Reference ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(documents[d].Reference ?? string.Empty).Distinct())
            {
                var key = ReferenceKey(code);
                if (key.Length == 0) continue;
                if (!references.TryGetValue(key, out var set)) references[key] = set = [];
                set.Add(d);
            }
        }

        // Whole references such as "PAF A1" are also keyed whole; single tokens such as "PAF" are too short to mean one thing, so keep keys of 3+ characters.
        var entries = new List<Entry>();
        foreach (var (term, list) in postings.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var kept = list.OrderByDescending(p => p.Score).ThenBy(p => p.Doc).Take(MaximumPostings).OrderBy(p => p.Doc).ToList();
            entries.Add(new Entry(term.TrimStart(SearchIndexFormat.TitleWordPrefix), s => s.Terms[term] = (Delta(kept), list.Count), kept.Count * 8 + term.Length));
        }

        foreach (var (word, stem) in words) entries.Add(new Entry(word, s => s.Words[word] = stem, word.Length + stem.Length + 6));
        foreach (var (key, docs) in references.Where(r => r.Key.Length >= 3)) entries.Add(new Entry(key, s => s.References[key] = docs.ToList(), key.Length + docs.Count * 5));

        var shards = new SortedDictionary<string, Shard>(StringComparer.Ordinal);
        Assign(entries, 2, shards);
        var files = new List<SearchIndexBuilder.IndexFile>();
        foreach (var (key, shard) in shards) files.Add(new SearchIndexBuilder.IndexFile($"{SearchIndexFormat.Folder}/shards/{key}.json", shard.ToJson()));

        // Metadata in small chunks, fetched only for the results shown.
        var councils = documents.Select(d => d.Council).OfType<string>().Distinct().ToList();
        var plans = documents.Select(d => d.Plan).OfType<string>().Distinct().ToList();
        for (var start = 0; start < n; start += SearchIndexFormat.ChunkSize)
        {
            var chunk = documents.Skip(start).Take(SearchIndexFormat.ChunkSize).Select(d => new Dictionary<string, object?>
            {
                ["u"] = hrefFromSearchPage(d.Url),
                ["t"] = d.Type,
                ["ti"] = d.Title,
                ["r"] = d.Reference,
                ["e"] = d.Prose.Length == 0 ? null : Excerpt(d.Prose),
                ["c"] = d.Council,
                ["p"] = d.Plan,
            }.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value)).ToList();
            files.Add(new SearchIndexBuilder.IndexFile($"{SearchIndexFormat.Folder}/docs/{start / SearchIndexFormat.ChunkSize}.json", Json(chunk)));
        }

        // Facets fetched only when a type, outcome or status filter is used.
        var types = documents.Select(d => d.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var outcomes = documents.SelectMany(d => d.Outcomes).Distinct().Order(StringComparer.Ordinal).ToList();
        var statuses = documents.Select(d => d.Status).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        files.Add(new SearchIndexBuilder.IndexFile($"{SearchIndexFormat.Folder}/facets.json", Json(new Dictionary<string, object>
        {
            ["type"] = documents.Select(d => types.IndexOf(d.Type)).ToList(),
            ["status"] = documents.Select(d => d.Status is null ? -1 : statuses.IndexOf(d.Status)).ToList(),
            ["outcome"] = documents.Select(d => d.Outcomes.Aggregate(0L, (mask, o) => mask | (1L << Math.Min(62, outcomes.IndexOf(o))))).ToList(),
        })));

        var manifest = new Dictionary<string, object>
        {
            ["version"] = SearchIndexFormat.Version,
            ["docs"] = n,
            ["chunk"] = SearchIndexFormat.ChunkSize,
            ["shards"] = shards.Keys.ToList(),
            ["councils"] = councils.Select(c => Range(documents, d => d.Council == c, c)).ToList(),
            ["plans"] = plans.Select(p => Range(documents, d => d.Plan == p, p)).ToList(),
            ["types"] = types,
            ["outcomes"] = outcomes,
            ["statuses"] = statuses,
        };
        files.Add(new SearchIndexBuilder.IndexFile($"{SearchIndexFormat.Folder}/manifest.json", Json(manifest)));
        return files;
    }

    /// <summary>One term, word or reference to place in a shard: its key text, how to add it, and about how many bytes it takes.</summary>
    private sealed record Entry(string Key, Action<Shard> AddTo, int Size);

    /// <summary>
    /// Groups entries by their first <paramref name="length"/> characters; a group over the split size is
    /// split by one more character, its entries too short for that staying in the shorter key.
    /// </summary>
    private static void Assign(IEnumerable<Entry> entries, int length, SortedDictionary<string, Shard> shards)
    {
        foreach (var group in entries.GroupBy(e => e.Key.Length <= length ? e.Key : e.Key[..length], StringComparer.Ordinal))
        {
            var list = group.ToList();
            if (length < SearchIndexFormat.MaximumKeyLength && list.Sum(e => e.Size) > SearchIndexFormat.ShardSplitBytes && list.Any(e => e.Key.Length > length))
            {
                var shorter = list.Where(e => e.Key.Length <= length).ToList();
                if (shorter.Count > 0) Place(group.Key, shorter, shards);
                Assign(list.Where(e => e.Key.Length > length), length + 1, shards);
            }
            else
            {
                Place(group.Key, list, shards);
            }
        }
    }

    private static void Place(string key, IEnumerable<Entry> entries, SortedDictionary<string, Shard> shards)
    {
        if (!shards.TryGetValue(key, out var shard)) shards[key] = shard = new Shard();
        foreach (var entry in entries) entry.AddTo(shard);
    }

    private static Dictionary<string, object> Range(List<SearchDocument> documents, Func<SearchDocument, bool> match, string name)
    {
        var first = documents.FindIndex(d => match(d));
        var last = documents.FindLastIndex(d => match(d));
        return new Dictionary<string, object> { ["name"] = name, ["from"] = first, ["to"] = last };
    }

    /// <summary>Doc ids as gaps from the previous one (compresses well), each followed by its score.</summary>
    private static List<int> Delta(List<(int Doc, int Score)> postings)
    {
        var flat = new List<int>(postings.Count * 2);
        var previous = 0;
        foreach (var (doc, score) in postings)
        {
            flat.Add(doc - previous);
            flat.Add(score);
            previous = doc;
        }

        return flat;
    }

    /// <summary>The start of the document's prose, on one line: the client picks the window around the matched words.</summary>
    private static string Excerpt(string body)
    {
        var text = string.Join(' ', body.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("**", string.Empty, StringComparison.Ordinal);
        return text.Length <= SearchIndexFormat.ExcerptLength ? text : text[..SearchIndexFormat.ExcerptLength];
    }

    private static byte[] Json(object value) => JsonSerializer.SerializeToUtf8Bytes(value, SearchIndexFormat.JsonOptions);

    private sealed class Shard
    {
        public SortedDictionary<string, (List<int> Postings, int DocumentFrequency)> Terms { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, string> Words { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, List<int>> References { get; } = new(StringComparer.Ordinal);

        public byte[] ToJson() => Json(new Dictionary<string, object>
        {
            ["t"] = Terms.ToDictionary(t => t.Key, t => (object)new object[] { t.Value.DocumentFrequency, t.Value.Postings }),
            ["w"] = Words,
            ["r"] = References,
        });
    }

    // The tokenizer as first written.

    /// <summary>Lower-cased, accents folded: the characters U+0300–U+036F left by decomposition are dropped, as in the client.</summary>
    private static string Normalise(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= '\u0300' and <= '\u036f') continue;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The words of a text (normalised, no stop words, not stemmed), in order.</summary>
    private static List<string> Words(string text)
    {
        var normalised = Normalise(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalised.Length; i++)
        {
            var inWord = i < normalised.Length && (char.IsAsciiLetterLower(normalised[i]) || char.IsAsciiDigit(normalised[i]));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = normalised[start..i];
                if (!Tokenizer.StopWords.Contains(word)) words.Add(word);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Terms: the words, stemmed.</summary>
    private static List<string> Terms(string text) => Words(text).Select(PorterStemmer.Stem).ToList();

    /// <summary>
    /// A reference code as one key, whatever its spacing, case or punctuation: "NI 59", "ni59" and
    /// "NI59" are all <c>ni59</c>; "SCC/004" is <c>scc004</c>.
    /// </summary>
    private static string ReferenceKey(string reference)
    {
        var sb = new StringBuilder();
        foreach (var c in Normalise(reference))
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) sb.Append(c);
        }

        return sb.ToString();
    }
}
