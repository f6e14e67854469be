namespace SiteGen.Search;

/// <summary>
/// The words a result quotes from its document's prose: the window of <see cref="Size"/> words with the most
/// words searched for (a word counts when one of its stems matched), preferring a window that starts a
/// sentence, then the earliest; the whole prose when it is shorter. Rule for rule what the client does
/// (themes/default/assets/search.js, <c>snippet</c>), so the two can be compared.
/// </summary>
/// <param name="Words">The prose's words, as written.</param>
/// <param name="Start">The first word quoted.</param>
/// <param name="End">One past the last word quoted.</param>
/// <param name="Marked">Whether each word quoted (from <paramref name="Start"/>) was searched for.</param>
/// <param name="More">Whether the prose goes on after the last word quoted.</param>
public sealed record Snippet(IReadOnlyList<string> Words, int Start, int End, IReadOnlyList<bool> Marked, bool More)
{
    public const int Size = 30;

    /// <summary>The snippet of <paramref name="excerpt"/> (a document's excerpt, single-spaced) for the stems a search matched.</summary>
    public static Snippet Of(string excerpt, IReadOnlyCollection<string> stems) => Of(excerpt, stems, SearchLanguage.English);

    /// <summary>The snippet of an excerpt of an index in <paramref name="language"/>: its words made terms as that index made them.</summary>
    public static Snippet Of(string excerpt, IReadOnlyCollection<string> stems, SearchLanguage language)
    {
        var words = excerpt.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // The excerpt was cut at its length, perhaps inside a word: that word is not quoted.
        var cut = excerpt.Length >= SearchIndexFormat.ExcerptLength && words.Length > 1;
        var count = cut ? words.Length - 1 : words.Length;
        var matched = words.Take(count).Select(w => Tokenizer.Words(w, language).Any(t => stems.Contains(language.Term(t)))).ToArray();
        bool StartsSentence(int i) => i == 0 || words[i - 1][^1] is '.' or '!' or '?' or ':' or ';';

        var (best, bestStart) = (-1, 0);
        for (var start = 0; start <= Math.Max(0, count - Size); start++)
        {
            var hits = 0;
            for (var i = start; i < Math.Min(count, start + Size); i++) hits += matched[i] ? 1 : 0;
            if (hits > best || (hits == best && StartsSentence(start) && !StartsSentence(bestStart))) (best, bestStart) = (hits, start);
        }

        var end = Math.Min(count, bestStart + Size);
        return new Snippet(words, bestStart, end, matched[bestStart..end], cut || end < words.Length);
    }
}
