using System.Text.Json;
using SiteGen.Configuration;

namespace SiteGen.Search;

/// <summary>
/// Builds the split search index the client reads (layout in <see cref="SearchIndexFormat"/>). Every
/// posting carries its final BM25 score, already weighted by field, so the client only adds numbers;
/// a query downloads the manifest, the shards its words fall in, and the metadata of the results shown.
/// The documents are read once (<see cref="CountedDocuments"/>), each distinct word becoming one string,
/// and scored with arrays indexed by term (<see cref="Bm25Postings"/>); the files are written straight
/// to UTF-8 (<see cref="JsonFileWriter"/>).
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>A term's postings are cut to its best-scoring documents: a single very common word never makes a shard large.</summary>
    public const int MaximumPostings = 400;

    public sealed record IndexFile(string Path, byte[] Content);

    /// <summary>The default language's index, under <c>search/</c>.</summary>
    public static IReadOnlyList<IndexFile> Build(IReadOnlyList<SearchDocument> allDocuments, SearchSettings settings, Func<string, string> hrefFromSearchPage) =>
        Build(allDocuments, settings, hrefFromSearchPage, SearchLanguage.English, SearchIndexFormat.Folder);

    /// <summary>
    /// One language's index of that language's documents, read by its rules (<see cref="SearchLanguage"/>), its
    /// files under <paramref name="folder"/> (the folder of that language's search page: the client looks beside it).
    /// </summary>
    public static IReadOnlyList<IndexFile> Build(IReadOnlyList<SearchDocument> allDocuments, SearchSettings settings, Func<string, string> hrefFromSearchPage, SearchLanguage language, string folder)
    {
        var documents = allDocuments.Where(d => !settings.Exclude.Contains(d.Type)).ToList();
        var counted = CountedDocuments.From(documents, language);
        var postings = Bm25Postings.Score(counted, settings);
        var references = new ReferenceKeys();
        for (var d = 0; d < documents.Count; d++) references.Add(d, documents[d].Reference);

        var json = new JsonFileWriter();
        var files = new List<IndexFile>();
        var shards = new SortedDictionary<string, Shard>(StringComparer.Ordinal);
        Assign(Entries(counted.Vocabulary, postings, references), 2, shards);
        foreach (var (key, shard) in shards) files.Add(new IndexFile($"{folder}/shards/{key}.json", json.Write(shard.WriteTo)));

        // Metadata in small chunks, fetched only for the results shown.
        for (var start = 0; start < documents.Count; start += SearchIndexFormat.ChunkSize)
        {
            var chunk = documents.GetRange(start, Math.Min(SearchIndexFormat.ChunkSize, documents.Count - start));
            files.Add(new IndexFile($"{folder}/docs/{start / SearchIndexFormat.ChunkSize}.json", json.Write(writer =>
            {
                writer.WriteStartArray();
                foreach (var document in chunk) WriteMetadata(writer, document, hrefFromSearchPage);
                writer.WriteEndArray();
            })));
        }

        // Facets fetched only when a type, outcome or status filter is used.
        var types = documents.Select(d => d.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var outcomes = documents.SelectMany(d => d.Outcomes).Distinct().Order(StringComparer.Ordinal).ToList();
        var statuses = documents.Select(d => d.Status).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        files.Add(new IndexFile($"{folder}/facets.json", json.Write(writer => WriteFacets(writer, documents, types, outcomes, statuses))));

        files.Add(new IndexFile($"{folder}/manifest.json", json.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", SearchIndexFormat.Version);
            writer.WriteNumber("docs", documents.Count);
            writer.WriteNumber("chunk", SearchIndexFormat.ChunkSize);
            JsonFileWriter.WriteArray(writer, "shards", shards.Keys);
            WriteRanges(writer, "councils", documents, d => d.Council);
            WriteRanges(writer, "plans", documents, d => d.Plan);
            JsonFileWriter.WriteArray(writer, "types", types);
            JsonFileWriter.WriteArray(writer, "outcomes", outcomes);
            JsonFileWriter.WriteArray(writer, "statuses", statuses);
            writer.WriteEndObject();
        })));
        return files;
    }

    /// <summary>One term, word or reference to place in a shard: its key text, how to add it, and about how many bytes it takes.</summary>
    private sealed record Entry(string Key, Action<Shard> AddTo, int Size);

    /// <summary>
    /// Everything a shard can hold: terms (stems, and title words marked <c>^</c>) with their postings,
    /// words as written with their stems (for typo correction and prefixes), and reference keys of 3+
    /// characters — single tokens such as "PAF" are too short to mean one thing; whole references such
    /// as "PAF A1" are keyed whole.
    /// </summary>
    private static List<Entry> Entries(Vocabulary vocabulary, Bm25Postings postings, ReferenceKeys references)
    {
        var entries = new List<Entry>();
        for (var term = 0; term < vocabulary.TermCount; term++)
        {
            if (postings.ByTerm[term] is { } list) entries.Add(TermEntry(vocabulary.Term(term), vocabulary.Term(term), list));
        }

        for (var word = 0; word < vocabulary.WordCount; word++)
        {
            if (postings.ByTitleWord[word] is { } list) entries.Add(TermEntry(vocabulary.Word(word), SearchIndexFormat.TitleWordPrefix + vocabulary.Word(word), list));
        }

        for (var word = 0; word < vocabulary.WordCount; word++)
        {
            var (text, stem) = (vocabulary.Word(word), vocabulary.Term(vocabulary.TermOf(word)));
            entries.Add(new Entry(text, s => s.Words[text] = stem, text.Length + stem.Length + 6));
        }

        foreach (var (key, documents) in references.Keys(minimumLength: 3)) entries.Add(new Entry(key, s => s.References[key] = documents, key.Length + documents.Count * 5));
        return entries;
    }

    private static Entry TermEntry(string key, string term, List<Posting> postings)
    {
        var kept = Kept(postings);
        return new Entry(key, s => s.Terms[term] = (postings.Count, kept), kept.Count * 8 + term.Length);
    }

    /// <summary>The <see cref="MaximumPostings"/> best-scoring postings (ties to the earlier document), in document order.</summary>
    private static IReadOnlyList<Posting> Kept(List<Posting> postings)
    {
        if (postings.Count <= MaximumPostings) return postings;

        // Sorted as single numbers, best first: the higher score, then the lower document, gives the lower number.
        var ranked = new long[postings.Count];
        for (var i = 0; i < ranked.Length; i++) ranked[i] = ((long)(int.MaxValue - postings[i].Score) << 32) | (uint)postings[i].Doc;
        Array.Sort(ranked);
        var kept = new Posting[MaximumPostings];
        for (var i = 0; i < kept.Length; i++) kept[i] = new Posting((int)(uint)ranked[i], int.MaxValue - (int)(ranked[i] >> 32));
        Array.Sort(kept, (a, b) => a.Doc.CompareTo(b.Doc));
        return kept;
    }

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

    /// <summary>A document's metadata for its result: link, type, title, reference, the start of its prose (for the snippet), council and plan (nulls and empty prose left out).</summary>
    private static void WriteMetadata(Utf8JsonWriter writer, SearchDocument document, Func<string, string> hrefFromSearchPage)
    {
        writer.WriteStartObject();
        writer.WriteString("u", hrefFromSearchPage(document.Url));
        writer.WriteString("t", document.Type);
        writer.WriteString("ti", document.Title);
        if (document.Reference is not null) writer.WriteString("r", document.Reference);
        if (document.Prose.Length > 0) writer.WriteString("e", Excerpt.Of(document.Prose));
        if (document.Council is not null) writer.WriteString("c", document.Council);
        if (document.Plan is not null) writer.WriteString("p", document.Plan);
        writer.WriteEndObject();
    }

    /// <summary>Per document: its type's index, its status's (or −1), and a bit per outcome (the 63rd and later sharing the last bit).</summary>
    private static void WriteFacets(Utf8JsonWriter writer, List<SearchDocument> documents, List<string> types, List<string> outcomes, List<string> statuses)
    {
        var typeIndex = Indexes(types);
        var outcomeIndex = Indexes(outcomes);
        var statusIndex = Indexes(statuses);
        writer.WriteStartObject();
        writer.WriteStartArray("type");
        foreach (var document in documents) writer.WriteNumberValue(typeIndex[document.Type]);
        writer.WriteEndArray();
        writer.WriteStartArray("status");
        foreach (var document in documents) writer.WriteNumberValue(document.Status is null ? -1 : statusIndex[document.Status]);
        writer.WriteEndArray();
        writer.WriteStartArray("outcome");
        foreach (var document in documents)
        {
            var mask = 0L;
            foreach (var outcome in document.Outcomes) mask |= 1L << Math.Min(62, outcomeIndex[outcome]);
            writer.WriteNumberValue(mask);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Dictionary<string, int> Indexes(List<string> names) =>
        names.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);

    /// <summary>Each council's (or plan's) first and last document, in order of first appearance: <c>[{"name", "from", "to"}, …]</c>.</summary>
    private static void WriteRanges(Utf8JsonWriter writer, string name, List<SearchDocument> documents, Func<SearchDocument, string?> nameOf)
    {
        var ranges = new Dictionary<string, (int From, int To)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var d = 0; d < documents.Count; d++)
        {
            if (nameOf(documents[d]) is not { } key) continue;
            if (ranges.TryGetValue(key, out var range)) ranges[key] = (range.From, d);
            else
            {
                ranges[key] = (d, d);
                order.Add(key);
            }
        }

        writer.WriteStartArray(name);
        foreach (var key in order)
        {
            writer.WriteStartObject();
            writer.WriteString("name", key);
            writer.WriteNumber("from", ranges[key].From);
            writer.WriteNumber("to", ranges[key].To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>One shard's terms, words and reference keys, each in ordinal order of its key.</summary>
    private sealed class Shard
    {
        public SortedDictionary<string, (int DocumentFrequency, IReadOnlyList<Posting> Postings)> Terms { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, string> Words { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, List<int>> References { get; } = new(StringComparer.Ordinal);

        /// <summary><c>{"t": {term: [df, [doc gap, score, …]]}, "w": {word: stem}, "r": {key: [doc, …]}}</c>; doc ids as gaps from the previous one, which compress well.</summary>
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("t");
            foreach (var (term, (documentFrequency, postings)) in Terms)
            {
                writer.WriteStartArray(term);
                writer.WriteNumberValue(documentFrequency);
                writer.WriteStartArray();
                var previous = 0;
                foreach (var (doc, score) in postings)
                {
                    writer.WriteNumberValue(doc - previous);
                    writer.WriteNumberValue(score);
                    previous = doc;
                }

                writer.WriteEndArray();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteStartObject("w");
            foreach (var (word, stem) in Words) writer.WriteString(word, stem);
            writer.WriteEndObject();
            writer.WriteStartObject("r");
            foreach (var (key, documents) in References)
            {
                writer.WriteStartArray(key);
                foreach (var document in documents) writer.WriteNumberValue(document);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
