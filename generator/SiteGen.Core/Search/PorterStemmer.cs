namespace SiteGen.Search;

/// <summary>
/// Porter's 1980 stemming algorithm ("An algorithm for suffix stripping"), as published: in each step
/// only the longest matching suffix is considered. Mirrored line for line by the JavaScript client.
/// </summary>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4 =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower)) return word;
        var w = word;

        // Step 1a
        if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ss", StringComparison.Ordinal)) { }
        else if (w.EndsWith('s')) w = w[..^1];

        // Step 1b
        var extra = false;
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            if (Measure(w[..^3]) > 0) w = w[..^1];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2]))
        {
            w = w[..^2];
            extra = true;
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3]))
        {
            w = w[..^3];
            extra = true;
        }

        if (extra)
        {
            if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal)) w += "e";
            else if (DoubleConsonant(w) && !(w.EndsWith('l') || w.EndsWith('s') || w.EndsWith('z'))) w = w[..^1];
            else if (Measure(w) == 1 && Cvc(w)) w += "e";
        }

        // Step 1c
        if (w.EndsWith('y') && HasVowel(w[..^1])) w = w[..^1] + "i";

        // Steps 2 and 3: the longest matching suffix, replaced when the stem before it has measure > 0.
        w = Replace(w, Step2);
        w = Replace(w, Step3);

        // Step 4
        var suffix4 = Step4.Where(s => w.EndsWith(s, StringComparison.Ordinal)).OrderByDescending(s => s.Length).FirstOrDefault();
        if (suffix4 is not null)
        {
            var stem = w[..^suffix4.Length];
            if (Measure(stem) > 1 && (suffix4 != "ion" || stem.EndsWith('s') || stem.EndsWith('t'))) w = stem;
        }

        // Step 5a
        if (w.EndsWith('e'))
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !Cvc(stem))) w = stem;
        }

        // Step 5b
        if (Measure(w) > 1 && DoubleConsonant(w) && w.EndsWith('l')) w = w[..^1];
        return w;
    }

    private static string Replace(string w, (string Suffix, string Replacement)[] rules)
    {
        var rule = rules.Where(r => w.EndsWith(r.Suffix, StringComparison.Ordinal)).OrderByDescending(r => r.Suffix.Length).FirstOrDefault();
        if (rule.Suffix is null) return w;
        var stem = w[..^rule.Suffix.Length];
        return Measure(stem) > 0 ? stem + rule.Replacement : w;
    }

    /// <summary>A consonant is a letter other than a, e, i, o, u, and other than a y that follows a consonant.</summary>
    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m in [C](VC)^m[V]: the number of vowel–consonant sequences.</summary>
    private static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i)) i++;
        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i)) i++;
            if (i >= w.Length) break;
            while (i < w.Length && IsConsonant(w, i)) i++;
            m++;
        }

        return m;
    }

    private static bool HasVowel(string w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (!IsConsonant(w, i)) return true;
        }

        return false;
    }

    private static bool DoubleConsonant(string w) => w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    /// <summary>*o: the stem ends consonant–vowel–consonant, the last not w, x or y.</summary>
    private static bool Cvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1) && w[^1] is not ('w' or 'x' or 'y');
}
