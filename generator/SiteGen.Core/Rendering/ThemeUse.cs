using SiteGen.Templating;
using SiteGen.Theming;

namespace SiteGen.Rendering;

/// <summary>
/// The theme as one build renders with it, so <c>serve</c> can tell whether a page it rendered before would
/// come out the same: only if the words and every template the page used (its own, its layout, its partials)
/// are unchanged, and so are the theme's assets (every page links its stylesheets and scripts by names that
/// carry their content's hash). Editing one partial re-renders the pages that use it, and no others.
/// </summary>
public sealed class ThemeUse(Theme theme, Templating.Words words)
{
    private readonly string _words = words.Version + "/" + AssetsVersion(theme);

    /// <summary>What a page just rendered used, as the cache keeps it.</summary>
    public PageThemeUse Of(IReadOnlyCollection<string> templates) =>
        new(_words, templates.Select(key => new UsedTemplate(key, theme.Templates[key].Hash)).ToArray());

    public bool IsCurrent(PageThemeUse use) =>
        use.Words == _words && use.Templates.All(t => theme.Templates.TryGetValue(t.Key, out var now) && now.Hash == t.Hash);

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

/// <summary>The words and assets, and the templates (with the hash of each one's text), a rendered page used.</summary>
public sealed record PageThemeUse(string Words, UsedTemplate[] Templates);

public readonly record struct UsedTemplate(string Key, string Hash);
