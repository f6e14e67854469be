using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>A plan's abbreviations, longest first so "CAFTAC" is matched before "CAF".</summary>
public sealed class Glossary
{
    public static readonly Glossary Empty = new([]);

    public Glossary(IReadOnlyList<GlossaryEntry> entries)
    {
        Entries = entries
            .Where(e => e.Term.Length > 0)
            .GroupBy(e => e.Term, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(e => e.Term.Length)
            .ThenBy(e => e.Term, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Where <paramref name="term"/> stands as a whole word in <paramref name="text"/> from <paramref name="start"/>, or -1.</summary>
    public static int FindWord(string text, string term, int start = 0)
    {
        for (var at = text.IndexOf(term, start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + term.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return at;
        }

        return -1;
    }
}
