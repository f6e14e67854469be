using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Splits text into search terms exactly as the JavaScript client does (themes/default/assets/search.js):
/// lower case, accents folded (ŵ → w), runs of a–z and 0–9, stop words dropped, then stemmed.
/// Any change here must be made there too; the parity tests run both on the same words.
/// </summary>
public static class Tokenizer
{
    /// <summary>Kept short: words that carry no meaning in a plan. "no" and "not" stay out too, since they never decide a search.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
        "of", "on", "or", "s", "so", "t", "than", "that", "the", "their", "them", "there", "these", "they", "this", "those", "to",
        "was", "we", "were", "which", "will", "with", "our", "us",
    };

    /// <summary>Lower-cased, accents folded: the characters U+0300–U+036F left by decomposition are dropped, as in the client.</summary>
    public static string Normalise(string text)
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
    public static List<string> Words(string text)
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
                if (!StopWords.Contains(word)) words.Add(word);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Terms: the words, stemmed.</summary>
    public static List<string> Terms(string text) => Words(text).Select(PorterStemmer.Stem).ToList();

    /// <summary>
    /// A reference code as one key, whatever its spacing, case or punctuation: "NI 59", "ni59" and
    /// "NI59" are all <c>ni59</c>; "SCC/004" is <c>scc004</c>.
    /// </summary>
    public static string ReferenceKey(string reference)
    {
        var sb = new StringBuilder();
        foreach (var c in Normalise(reference))
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) sb.Append(c);
        }

        return sb.ToString();
    }
}
