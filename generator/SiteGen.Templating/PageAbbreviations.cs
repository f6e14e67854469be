using System.Runtime.CompilerServices;
using SiteGen.ViewModels;

namespace SiteGen.Templating;

/// <summary>
/// The abbreviations of one page (a plan's glossary, the shared definition sets' abbreviations) and which of them
/// the page has explained so far. Style guides ask for an abbreviation to be spelt out where it first appears on a
/// page; the templates render in document order, so the first time a template asks is the first use a reader meets.
/// </summary>
public sealed class PageAbbreviations
{
    /// <summary>
    /// A one-letter code ("S" for statutory) would be found in far too many places where it is only a letter, so
    /// such terms are explained on the glossary page alone.
    /// </summary>
    private const int ShortestTerm = 2;

    /// <summary>
    /// Every page of a plan is handed the same list of the plan's abbreviations, so the list is put in order once
    /// per plan, not once per page.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<LabelledText>, IReadOnlyList<LabelledText>> Ordered = new();

    private readonly IReadOnlyList<LabelledText> _terms;
    private readonly HashSet<string> _explained = new(StringComparer.Ordinal);

    public PageAbbreviations(IReadOnlyList<LabelledText> terms)
    {
        _terms = terms.Count == 0 ? [] : Ordered.GetValue(terms, InSearchOrder);
    }

    /// <summary>Longest first, so "CAFTAC" is found before "CAF".</summary>
    private static IReadOnlyList<LabelledText> InSearchOrder(IReadOnlyList<LabelledText> terms) =>
        terms
            .Where(t => t.Label.Length >= ShortestTerm && t.Text.Length > 0)
            .DistinctBy(t => t.Label, StringComparer.Ordinal)
            .OrderByDescending(t => t.Label.Length)
            .ThenBy(t => t.Label, StringComparer.Ordinal)
            .ToList();

    public bool Any => _terms.Count > 0;

    /// <summary>What <paramref name="term"/> means on this page, or null when it is not one of its abbreviations.</summary>
    public string? MeaningOf(string term)
    {
        foreach (var t in _terms)
        {
            if (string.Equals(t.Label, term, StringComparison.Ordinal)) return t.Text;
        }

        return null;
    }

    /// <summary>True the first time the page asks about <paramref name="term"/>: that use is the one to spell out.</summary>
    public bool IsFirstUse(string term) => _explained.Add(term);

    /// <summary>
    /// <paramref name="text"/> cut into runs of plain text and abbreviations (whole words only: "SN" in "SN Group",
    /// never in "SNAP"), in order.
    /// </summary>
    public IReadOnlyList<(string Text, LabelledText? Term)> Split(string text)
    {
        var runs = new List<(string, LabelledText?)>();
        var at = 0;
        while (at < text.Length)
        {
            var (term, found) = Next(text, at);
            if (term is null)
            {
                runs.Add((text[at..], null));
                break;
            }

            if (found > at) runs.Add((text[at..found], null));
            runs.Add((term.Label, term));
            at = found + term.Label.Length;
        }

        return runs;
    }

    /// <summary>The abbreviation that starts first in <paramref name="text"/> from <paramref name="start"/> (the longest where two start together).</summary>
    private (LabelledText? Term, int At) Next(string text, int start)
    {
        LabelledText? best = null;
        var bestAt = int.MaxValue;
        foreach (var term in _terms)
        {
            var at = FindWord(text, term.Label, start);
            if (at >= 0 && at < bestAt)
            {
                best = term;
                bestAt = at;
            }
        }

        return (best, bestAt);
    }

    private static int FindWord(string text, string term, int start)
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
