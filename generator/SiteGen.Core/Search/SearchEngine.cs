using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// The reference implementation of a query against the split index, rule for rule what the client
/// (themes/default/assets/search.js) does, so the two can be compared. It reads files through
/// <c>load</c> (a path under search/) and counts the bytes it fetched.
/// <para>Per query word, a document scores the best of: its stem exactly (×1) — in Welsh, each of its
/// mutated and radical forms exactly (<see cref="SearchLanguage.Forms"/>) — for the last word the
/// stems of words it (or, in Welsh, one of its forms) begins (×0.8, results while typing), and for words of five letters or more with no
/// exact match the stems of words one edit away (×0.6); plus, when its title holds the word exactly as
/// typed, that title word's score. Documents named by a reference code in the query come first, then
/// those matching more of the words, then by total score.</para>
/// </summary>
public sealed class SearchEngine(Func<string, byte[]?> load, SearchLanguage language)
{
    private readonly SearchLanguage _language = language;

    /// <summary>An engine for the default language's index, read by English rules.</summary>
    public SearchEngine(Func<string, byte[]?> load)
        : this(load, SearchLanguage.English)
    {
    }

    public const double PrefixFactor = 0.8;
    public const double TypoFactor = 0.6;
    public const int TypoMinimumLength = 5;

    private readonly Dictionary<string, JsonDocument?> _files = new(StringComparer.Ordinal);

    public long BytesFetched { get; private set; }

    public sealed record Filters(string? Council = null, string? Plan = null, string? Type = null, string? Outcome = null, string? Status = null);

    public sealed record Hit(int Doc, bool ReferenceMatch, int Matched, double Score, JsonElement Metadata);

    /// <param name="Stems">The stems whose postings were read (exact, prefix and typo matches): what a snippet marks.</param>
    public sealed record Results(int Total, IReadOnlyList<Hit> Hits, IReadOnlyCollection<string> Stems);

    /// <summary>The <paramref name="limit"/> results after the first <paramref name="offset"/>, and how many there are in all: a page shows them a batch at a time.</summary>
    public Results Search(string query, Filters? filters = null, int limit = 10, int offset = 0)
    {
        filters ??= new Filters();
        var words = Tokenizer.Words(query, _language);
        if (words.Count == 0) return new Results(0, [], []);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var manifest = File("manifest.json")!.RootElement;
        var shardKeys = manifest.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToHashSet(StringComparer.Ordinal);
        JsonElement? Shard(string term)
        {
            var key = SearchIndexFormat.ShardFor(term, shardKeys);
            return key is null ? null : File($"shards/{key}.json")?.RootElement;
        }

        // Reference codes: the whole query, each pair of neighbouring words, and each word, as one key.
        var referenceDocs = new HashSet<int>();
        foreach (var key in ReferenceKeys(words))
        {
            if (Shard(key) is { } shard && shard.GetProperty("r").TryGetProperty(key, out var docs))
            {
                foreach (var d in docs.EnumerateArray()) referenceDocs.Add(d.GetInt32());
            }
        }

        var perWord = new List<Dictionary<int, double>>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var scores = new Dictionary<int, double>();

            // Each form of the word (in English the word alone; in Welsh its mutations and radicals too) by its term, and as the start of longer words if last.
            var forms = _language.Forms(word);
            var exact = false;
            foreach (var form in forms)
            {
                if (Shard(form) is not { } shard) continue;
                var terms = shard.GetProperty("t");
                var term = _language.Term(form);
                if (terms.TryGetProperty(term, out var postings))
                {
                    exact = true;
                    Add(scores, postings, 1.0);
                    used.Add(term);
                }
            }

            if (i == words.Count - 1)
            {
                foreach (var form in forms)
                {
                    if (form.Length < 2 || Shard(form) is not { } shard) continue;
                    var terms = shard.GetProperty("t");
                    foreach (var w in shard.GetProperty("w").EnumerateObject())
                    {
                        if (w.Name.Length > form.Length && w.Name.StartsWith(form, StringComparison.Ordinal) && terms.TryGetProperty(w.Value.GetString()!, out var p))
                        {
                            Add(scores, p, PrefixFactor);
                            used.Add(w.Value.GetString()!);
                        }
                    }
                }
            }

            // Typos and the title's words are the word as typed.
            if (Shard(word) is { } typed)
            {
                var terms = typed.GetProperty("t");
                if (!exact && word.Length >= TypoMinimumLength)
                {
                    foreach (var w in typed.GetProperty("w").EnumerateObject())
                    {
                        if (WithinOneEdit(word, w.Name) && terms.TryGetProperty(w.Value.GetString()!, out var p))
                        {
                            Add(scores, p, TypoFactor);
                            used.Add(w.Value.GetString()!);
                        }
                    }
                }

                if (terms.TryGetProperty(SearchIndexFormat.TitleWordPrefix + word, out var title)) AddTo(scores, title);
            }

            perWord.Add(scores);
        }

        var allowed = Allowed(manifest, filters);
        var candidates = perWord.SelectMany(s => s.Keys).Concat(referenceDocs).Distinct().Where(allowed).ToList();
        var ranked = candidates
            .Select(d => (Doc: d, Ref: referenceDocs.Contains(d), Matched: perWord.Count(s => s.ContainsKey(d)), Score: perWord.Sum(s => s.GetValueOrDefault(d))))
            .OrderByDescending(x => x.Ref)
            .ThenByDescending(x => x.Matched)
            .ThenByDescending(x => x.Score)
            .ThenBy(x => x.Doc)
            .ToList();

        var chunk = manifest.GetProperty("chunk").GetInt32();
        var hits = ranked.Skip(offset).Take(limit)
            .Select(x => new Hit(x.Doc, x.Ref, x.Matched, x.Score, File($"docs/{x.Doc / chunk}.json")!.RootElement[x.Doc % chunk]))
            .ToList();
        return new Results(ranked.Count, hits, used);
    }

    public static IEnumerable<string> ReferenceKeys(IReadOnlyList<string> words)
    {
        var keys = new List<string> { string.Concat(words) };
        for (var i = 0; i + 1 < words.Count; i++) keys.Add(words[i] + words[i + 1]);
        keys.AddRange(words);
        return keys.Where(k => k.Length >= 3).Distinct();
    }

    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns a into b (and a ≠ b).</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a[(i + 1)..] == b[(i + 1)..]) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
        }

        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }

    private static void Add(Dictionary<int, double> scores, JsonElement term, double factor)
    {
        var flat = term[1];
        var doc = 0;
        for (var k = 0; k + 1 < flat.GetArrayLength(); k += 2)
        {
            doc += flat[k].GetInt32();
            var score = flat[k + 1].GetInt32() * factor;
            if (score > scores.GetValueOrDefault(doc)) scores[doc] = score;
        }
    }

    private static void AddTo(Dictionary<int, double> scores, JsonElement term)
    {
        var flat = term[1];
        var doc = 0;
        for (var k = 0; k + 1 < flat.GetArrayLength(); k += 2)
        {
            doc += flat[k].GetInt32();
            scores[doc] = scores.GetValueOrDefault(doc) + flat[k + 1].GetInt32();
        }
    }

    private Func<int, bool> Allowed(JsonElement manifest, Filters filters)
    {
        var tests = new List<Func<int, bool>>();
        void ByRange(string list, string? name)
        {
            if (name is null) return;
            var range = manifest.GetProperty(list).EnumerateArray().FirstOrDefault(r => r.GetProperty("name").GetString() == name);
            if (range.ValueKind == JsonValueKind.Undefined)
            {
                tests.Add(_ => false);
                return;
            }

            var (from, to) = (range.GetProperty("from").GetInt32(), range.GetProperty("to").GetInt32());
            tests.Add(d => d >= from && d <= to);
        }

        ByRange("councils", filters.Council);
        ByRange("plans", filters.Plan);
        if (filters.Type is not null || filters.Status is not null || filters.Outcome is not null)
        {
            var facets = File("facets.json")!.RootElement;
            int IndexIn(string list, string? name) => name is null ? -2 : manifest.GetProperty(list).EnumerateArray().Select(e => e.GetString()).ToList().IndexOf(name);
            var type = IndexIn("types", filters.Type);
            var status = IndexIn("statuses", filters.Status);
            var outcome = IndexIn("outcomes", filters.Outcome);
            if (type != -2) tests.Add(d => facets.GetProperty("type")[d].GetInt32() == type);
            if (status != -2) tests.Add(d => facets.GetProperty("status")[d].GetInt32() == status);
            if (outcome != -2) tests.Add(d => outcome >= 0 && (facets.GetProperty("outcome")[d].GetInt64() & (1L << Math.Min(62, outcome))) != 0);
        }

        return d => tests.All(t => t(d));
    }

    private JsonDocument? File(string path)
    {
        if (_files.TryGetValue(path, out var cached)) return cached;
        var bytes = load(path);
        if (bytes is not null) BytesFetched += bytes.Length;
        var document = bytes is null ? null : JsonDocument.Parse(bytes);
        _files[path] = document;
        return document;
    }
}
