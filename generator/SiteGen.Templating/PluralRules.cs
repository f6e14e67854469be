namespace SiteGen.Templating;

/// <summary>
/// Which plural form a count takes, by the CLDR rules for whole numbers. Welsh uses all six forms
/// ("dim plant", "un plentyn", "dau blentyn", "tri phlentyn", "chwe phlentyn", "20 plentyn"); English two.
/// A language not listed here takes the English rule, which is right for most languages a UK site would add.
/// </summary>
public static class PluralRules
{
    public static PluralCategory Of(string language, long count) => Primary(language) switch
    {
        "cy" => count switch
        {
            0 => PluralCategory.Zero,
            1 => PluralCategory.One,
            2 => PluralCategory.Two,
            3 => PluralCategory.Few,
            6 => PluralCategory.Many,
            _ => PluralCategory.Other,
        },
        _ => count == 1 ? PluralCategory.One : PluralCategory.Other,
    };

    /// <summary>The categories a language's words file should give for each plural message.</summary>
    public static IReadOnlyList<PluralCategory> CategoriesOf(string language) => Primary(language) switch
    {
        "cy" => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    /// <summary>"cy" of "cy-GB": plural rules belong to the language, not the region.</summary>
    public static string Primary(string language)
    {
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }
}
