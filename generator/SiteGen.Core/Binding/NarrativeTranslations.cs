using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// A Markdown page's translations are files beside it named with the language's code before <c>.md</c>
/// (<c>about.cy.md</c> beside <c>about.md</c>): each becomes a translation of its page, not a page of its own.
/// </summary>
public static partial class NarrativeTranslations
{
    public static IReadOnlyList<NarrativeSection> Attach(IReadOnlyList<NarrativeSection> pages)
    {
        var ids = pages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var translations = pages
            .Select(p => (Page: p, Match: Translated().Match(p.Id)))
            .Where(t => t.Match.Success && ids.Contains(t.Match.Groups[1].Value))
            .ToLookup(t => t.Match.Groups[1].Value, t => (Language: t.Match.Groups[2].Value, t.Page), StringComparer.Ordinal);
        var translated = translations.SelectMany(g => g.Select(t => t.Page)).ToHashSet();
        return pages
            .Where(p => !translated.Contains(p))
            .Select(p => translations[p.Id].Any() ? p with { Translations = translations[p.Id].ToDictionary(t => t.Language, t => t.Page, StringComparer.Ordinal) } : p)
            .ToList();
    }

    /// <summary>Where a page names its language, for the check that it is one of the site's.</summary>
    public static IEnumerable<Translation> Mentions(NarrativeSection page) =>
        page.Translations.Select(t => new Translation(t.Key, t.Value.Title, t.Value.Location));

    [GeneratedRegex(@"^(.+)\.([a-z]{2,3}(?:-[A-Za-z]{2})?)$")]
    private static partial Regex Translated();
}
