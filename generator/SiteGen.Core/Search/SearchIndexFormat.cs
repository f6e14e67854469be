using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// The index's files under <c>search/</c>, shared by the builder, the C# reference engine and the client:
/// <list type="bullet">
/// <item><c>manifest.json</c>: document count, shard keys, council and plan id ranges, facet names.</item>
/// <item><c>shards/&lt;key&gt;.json</c>: for terms, words and reference keys starting with the key (two
/// characters, or up to four where a shard was split for size; a term lives in the longest key that
/// begins it) — <c>t</c> term → [document frequency, [doc gap, score, …]], where a term is a stem or,
/// marked <c>^</c>, a title word as written; <c>w</c> word → stem;
/// <c>r</c> reference key → [doc, …].</item>
/// <item><c>docs/&lt;n&gt;.json</c>: metadata of documents n×chunk to n×chunk+chunk−1.</item>
/// <item><c>facets.json</c>: each document's type, status and outcomes, for those filters only.</item>
/// </list>
/// </summary>
public static class SearchIndexFormat
{
    public const int Version = 1;
    public const string Folder = "search";
    public const int ChunkSize = 10;
    /// <summary>How much of a document's prose its metadata carries: the snippet is the window of it with the most words searched for.</summary>
    public const int ExcerptLength = 1000;

    /// <summary>Marks a title word as written (unstemmed) among a shard's terms: <c>^assessments</c>.</summary>
    public const char TitleWordPrefix = '^';

    public static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Shard keys start two characters long; a shard larger than this is split by one more character, up to <see cref="MaximumKeyLength"/>.</summary>
    public const int ShardSplitBytes = 24 * 1024;

    public const int MaximumKeyLength = 4;

    /// <summary>The two-character key a term starts in, before any split.</summary>
    public static string ShardKey(string term) => term.Length <= 2 ? term : term[..2];

    /// <summary>The shard a term, word or reference key lives in: the longest key of the manifest that begins it.</summary>
    public static string? ShardFor(string term, IReadOnlySet<string> keys)
    {
        for (var length = Math.Min(term.Length, MaximumKeyLength); length >= 1; length--)
        {
            if (keys.Contains(term[..length])) return term[..length];
        }

        return null;
    }
}
