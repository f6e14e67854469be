using SiteGen.Templating;
using SiteGen.Theming;

namespace SiteGen.Rendering;

/// <summary>
/// The theme as one build renders with it, so <c>serve</c> can tell whether a page it rendered before would
/// come out the same: only if every template the page used (its own, its layout, its partials) and every word
/// it showed are unchanged, and so are the theme's assets (every page links its stylesheets and scripts by
/// names that carry their content's hash). Editing one partial, or one word, re-renders the pages that use it
/// and no others.
/// </summary>
public sealed class ThemeUse(Theme theme, Templating.Words words)
{
    private readonly string _assets = AssetsVersion(theme);

    /// <summary>Every template and every word as this build has them, so a page rendered with the very same theme is known current without checking what it used one by one.</summary>
    private readonly string _whole = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join('\n', theme.Templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + " " + t.Value.Hash)) + "\n" + words.Version)));

    /// <summary>What a page just rendered used, as the cache keeps it; without the words it used, every word counts.</summary>
    public PageThemeUse Of(IReadOnlyCollection<string> templates, IReadOnlyCollection<string>? usedWords) => new(
        _assets,
        templates.Select(key => new UsedTemplate(key, theme.Templates[key].Hash)).ToArray(),
        usedWords is null ? null : usedWords.Select(key => new UsedWord(key, words.Fingerprint(key))).ToArray(),
        usedWords is null ? words.Version : null)
    {
        Whole = _whole,
    };

    /// <remarks>
    /// At 100 councils most of an edit's 23,000 pages are reused; checking each one's words one by one took longer than
    /// rendering the pages the edit reached, so a page rendered with the same whole theme is current at once.
    /// </remarks>
    public bool IsCurrent(PageThemeUse use) =>
        use.Assets == _assets && (ReferenceEquals(use.Whole, _whole) || use.Whole == _whole || UsedAreCurrent(use));

    private bool UsedAreCurrent(PageThemeUse use) =>
        (use.AllWords is null || use.AllWords == words.Version)
        && (use.Words is null || use.Words.All(w => words.Fingerprint(w.Key) == w.Fingerprint))
        && use.Templates.All(t => theme.Templates.TryGetValue(t.Key, out var now) && now.Hash == t.Hash);

    private static string AssetsVersion(Theme theme) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', theme.Assets.Select(a => a.Name + " " + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(a.Content)))))));

    /// <summary>
    /// The words file a missing word belongs in, as messages show it: that of the chosen theme when it is the
    /// site's own, otherwise the site's <c>i18n/</c> beside site.yml (SiteGen's own default theme is not edited).
    /// </summary>
    public static string WordsFile(Theme theme, string language)
    {
        var file = $"i18n/{PluralRules.Primary(language)}.yml";
        var own = theme.Chain.Skip(1).FirstOrDefault(f => !Path.IsPathRooted(f.Shown));
        return own is null ? file : $"{own.Shown}/{file}";
    }
}

/// <summary>
/// What a rendered page used: the assets, the templates (with the hash of each one's text), and either the
/// words it showed (with what each said) or, when they were not counted, the whole words file's version.
/// </summary>
public sealed record PageThemeUse(string Assets, UsedTemplate[] Templates, UsedWord[]? Words, string? AllWords)
{
    /// <summary>The whole theme the page was rendered with (every template's hash and the words' version).</summary>
    public string? Whole { get; init; }
}

public readonly record struct UsedTemplate(string Key, string Hash);

public readonly record struct UsedWord(string Key, string Fingerprint);
