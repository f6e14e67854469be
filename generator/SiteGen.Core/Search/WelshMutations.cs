namespace SiteGen.Search;

/// <summary>
/// Welsh initial consonant mutations on normalised words (lower case, accents folded: ŵ is w). A word in
/// text may be mutated ("blant", "mhlant", "phlant" for "plant", children), so a word searched for is
/// looked up as every form that shares a possible radical with it: its radicals (the word unmutated,
/// which may be itself) and every mutation of each. "blant" finds "plant", "mhlant" and "phlant", and
/// "plant" finds them all. Which radical a mutated word comes from cannot be told without grammar, so
/// every possibility is tried: the false matches this gives are listed in the README (Search).
/// Rule for rule what the client does (themes/default/assets/search.js, <c>welshForms</c>).
/// </summary>
public static class WelshMutations
{
    /// <summary>Radical → soft, nasal and aspirate forms: c→g, ngh, ch; p→b, mh, ph; t→d, nh, th; g→∅, ng; b→f, m; d→dd, n; m→f; ll→l; rh→r.</summary>
    private static readonly (string Radical, string[] Mutated)[] Mutations =
    [
        ("ll", ["l"]),
        ("rh", ["r"]),
        ("c", ["g", "ngh", "ch"]),
        ("p", ["b", "mh", "ph"]),
        ("t", ["d", "nh", "th"]),
        ("g", ["", "ng"]),
        ("b", ["f", "m"]),
        ("d", ["dd", "n"]),
        ("m", ["f"]),
    ];

    /// <summary>Welsh vowels once accents are folded; a word starting with one may be a soft-mutated g-word ("ardd" from "gardd").</summary>
    private const string Vowels = "aeiouwy";

    /// <summary>The word, then each other form sharing a possible radical with it: radicals first, each followed by its mutations; no duplicates.</summary>
    public static IReadOnlyList<string> Forms(string word)
    {
        var forms = new List<string> { word };
        if (word.Length < 2 || !char.IsAsciiLetterLower(word[0])) return forms;
        foreach (var radical in Radicals(word))
        {
            Add(forms, radical);
            foreach (var mutated in MutationsOf(radical)) Add(forms, mutated);
        }

        return forms;
    }

    /// <summary>The word itself and every radical it could be a mutation of: "mhlant" → mhlant, plant; "fam" → fam, bam, mam.</summary>
    public static IReadOnlyList<string> Radicals(string word)
    {
        var radicals = new List<string> { word };
        foreach (var (radical, mutated) in Mutations)
        {
            foreach (var form in mutated)
            {
                if (form.Length == 0)
                {
                    if (Vowels.Contains(word[0])) Add(radicals, radical + word);
                }
                else if (StartsAs(word, form))
                {
                    Add(radicals, radical + word[form.Length..]);
                }
            }
        }

        return radicals;
    }

    /// <summary>The mutated forms of a word taken as a radical: "plant" → blant, mhlant, phlant.</summary>
    public static IReadOnlyList<string> MutationsOf(string radical)
    {
        var forms = new List<string>();
        foreach (var (start, mutated) in Mutations)
        {
            if (!StartsAs(radical, start)) continue;
            foreach (var form in mutated)
            {
                var word = form + radical[start.Length..];
                if (word.Length > 0) Add(forms, word);
            }
        }

        return forms;
    }

    /// <summary>
    /// Whether a word starts with a letter or digraph as Welsh spells it: "c" does not begin "ch", "d" not
    /// "dd", "l" not "ll", "n" not "ng" or "nh", "ng" not "ngh", and so on, each digraph being one letter.
    /// </summary>
    private static bool StartsAs(string word, string start)
    {
        if (!word.StartsWith(start, StringComparison.Ordinal) || word.Length == start.Length) return false;
        var next = word[start.Length];
        return start switch
        {
            "c" or "p" or "t" or "r" or "m" => next != 'h',
            "d" => next != 'd',
            "l" => next != 'l',
            "f" => next != 'f',
            "n" => next is not ('g' or 'h'),
            "ng" => next != 'h',
            _ => true,
        };
    }

    private static void Add(List<string> list, string word)
    {
        if (!list.Contains(word)) list.Add(word);
    }
}
