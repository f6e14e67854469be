using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// A text of the content that may be given in more than one language: written as a plain string (the site's
/// default language), or as a map from language code to text (<c>{en-GB: …, cy: …}</c>), whose first entry is the
/// default language's.
/// </summary>
/// <param name="Text">The text in the default language.</param>
/// <param name="Translations">Every language the text is given in, as written, with where (for messages about an unknown code).</param>
public sealed record TranslatedText(string Text, IReadOnlyList<Translation> Translations)
{
    public static TranslatedText Plain(string text) => new(text, []);

    /// <summary>The text in <paramref name="language"/> where it is given, otherwise in the default language.</summary>
    public string In(string language) => Find(language)?.Text ?? Text;

    /// <summary>Whether the text is given in <paramref name="language"/> itself.</summary>
    public bool Has(string language) => Find(language) is not null;

    private Translation? Find(string language) => Translations.FirstOrDefault(t => LanguageCode.Same(t.Language, language));
}

/// <summary>A text in one language, as the content gives it.</summary>
public sealed record Translation(string Language, string Text, SourceLocation Location);
