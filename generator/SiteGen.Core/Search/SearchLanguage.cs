namespace SiteGen.Search;

/// <summary>
/// How one language's words become search terms, the same in the client (themes/default/assets/search.js,
/// <c>language</c>). English: stop words dropped and words stemmed (Porter). Welsh: no stemming, since no
/// Welsh stemmer exists; instead a query word is looked up in each of its <see cref="Forms"/>, the word as
/// typed and every initial-consonant mutation of every radical it could come from (<see cref="WelshMutations"/>).
/// Any language other than Welsh takes the English rules, which are the site's rules today.
/// </summary>
public sealed class SearchLanguage
{
    /// <summary>English's few words that carry no meaning in a plan. "no" and "not" stay out too, since they never decide a search.</summary>
    private static readonly string[] EnglishStopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
        "of", "on", "or", "s", "so", "t", "than", "that", "the", "their", "them", "there", "these", "they", "this", "those", "to",
        "was", "we", "were", "which", "will", "with", "our", "us",
    ];

    /// <summary>
    /// Welsh function words, with English's too, as Welsh pages quote English text not yet translated. Kept
    /// out: "ni" (a reference such as NI 59), "dy" and "fy" (dŷ is a mutated tŷ, a house).
    /// </summary>
    private static readonly string[] WelshStopWords =
    [
        "ac", "ag", "am", "ar", "gan", "i", "o", "y", "yr", "r", "yn", "ei", "eu", "ein", "eich", "ond", "neu", "mae", "sy", "sydd",
        "hyn", "hwn", "hon", "wrth", "hefyd",
    ];

    public static readonly SearchLanguage English = new("en", EnglishStopWords, welsh: false);

    public static readonly SearchLanguage Welsh = new("cy", [.. EnglishStopWords, .. WelshStopWords], welsh: true);

    private readonly bool _welsh;

    private SearchLanguage(string code, IEnumerable<string> stopWords, bool welsh)
    {
        Code = code;
        _welsh = welsh;
        StopWordSet = new HashSet<string>(stopWords, StringComparer.Ordinal);
        StopWordLookup = StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The language's code as site.yml and the client name it: "en", "cy".</summary>
    public string Code { get; }

    public IReadOnlySet<string> StopWords => StopWordSet;

    internal HashSet<string> StopWordSet { get; }

    /// <summary>Stop words looked up by span, so a word is checked without first becoming a string.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup { get; }

    /// <summary>Welsh for "cy" and any "cy-…" code; English rules for every other language.</summary>
    public static SearchLanguage For(string language) =>
        language.Equals("cy", StringComparison.OrdinalIgnoreCase) || language.StartsWith("cy-", StringComparison.OrdinalIgnoreCase) ? Welsh : English;

    /// <summary>The term a word (normalised) is indexed and looked up under: its Porter stem in English, the word itself in Welsh.</summary>
    public string Term(string word) => _welsh ? word : PorterStemmer.Stem(word);

    /// <summary>The words a query word is looked up as: itself in English; in Welsh also its mutated and radical forms, the word as typed first.</summary>
    public IReadOnlyList<string> Forms(string word) => _welsh ? WelshMutations.Forms(word) : [word];

    public override string ToString() => Code;
}
