namespace SiteGen.Diagnostics;

/// <summary>"Did you mean …?" — the nearest known names to a mistyped one, by edit distance.</summary>
public static class Suggestions
{
    public static string? DidYouMean(string typed, IEnumerable<string> known, int maximum = 3)
    {
        var nearest = Nearest(typed, known, maximum);
        return nearest.Count == 0 ? null : "did you mean " + string.Join(" or ", nearest.Select(n => $"`{n}`")) + "?";
    }

    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> known, int maximum = 3)
    {
        var folded = Fold(typed);
        // Allow roughly one edit in three characters: enough for typos, not for unrelated words.
        var allowed = Math.Max(2, folded.Length / 3);
        return known
            .Distinct(StringComparer.Ordinal)
            .Select(k => (Name: k, Distance: Distance(folded, Fold(k))))
            .Where(x => x.Distance <= allowed)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(maximum)
            .Select(x => x.Name)
            .ToList();
    }

    /// <summary>Case, spaces and punctuation do not count: <c>ni95</c> is near <c>NI 59</c>.</summary>
    private static string Fold(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Optimal string alignment distance: a swap of two neighbours counts as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
