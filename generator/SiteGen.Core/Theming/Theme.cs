using SiteGen.Templating;

namespace SiteGen.Theming;

/// <summary>
/// A theme as the site uses it: the chain it is looked up through (the site's own folder, the chosen theme,
/// the themes it extends, <c>default</c> last) and, for each template, asset and word, the first folder of the
/// chain that has it. Overriding one partial in the site's <c>layouts/</c> keeps everything else.
/// </summary>
public sealed record Theme(
    string Name,
    IReadOnlyList<ThemeFolder> Chain,
    IReadOnlyDictionary<string, TemplateSource> Templates,
    IReadOnlyList<ThemeAsset> Assets,
    IReadOnlyDictionary<string, Words> Words)
{
    /// <summary>The words for <paramref name="language"/> (<c>en-GB</c> finds <c>en</c>).</summary>
    public Words WordsFor(string language) =>
        Words.GetValueOrDefault(language) ?? Words.GetValueOrDefault(PluralRules.Primary(language)) ?? new Templating.Words(language, new Dictionary<string, Message>());
}
