using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Every language the content names (an organisation's <c>languages:</c>, the codes of a translated text (a council's name, any text of a plan), a page's or a plan section's translation <c>about.cy.md</c>) must be one the site publishes in.</summary>
public static class LanguageCheck
{
    public static void Report(Site site, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        foreach (var mention in site.Organisations.SelectMany(o => o.LanguageMentions).Concat(site.Pages.SelectMany(NarrativeTranslations.Mentions)).Concat(site.Plans.SelectMany(p => p.Sections).SelectMany(NarrativeTranslations.Mentions)).Concat(site.AllTexts.SelectMany(t => t.Text.Translations)))
        {
            if (!languages.Any(l => LanguageCode.Same(l, mention.Language)))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownLanguage, mention.Location, mention.Language, string.Join(", ", languages));
            }
        }

        ReportDifferentTranslations(site, diagnostics);
    }

    /// <summary>
    /// A page finds a text's translation by the text (Plan.Texts), site-wide, as gettext finds a message by its English: a
    /// text given two different translations would show the first everywhere, so the second is pointed out.
    /// </summary>
    private static void ReportDifferentTranslations(Site site, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<(string Text, string Language), Translation>();
        foreach (var text in site.AllTexts)
        {
            foreach (var translation in text.Text.Translations.Skip(1))
            {
                var key = (text.Text.Text, LanguageCode.Primary(translation.Language));
                if (!first.TryGetValue(key, out var earlier)) first[key] = translation;
                else if (earlier.Text != translation.Text)
                {
                    diagnostics.Report(DiagnosticCatalog.TranslationDiffers, translation.Location, text.Text.Text, translation.Language, translation.Text, earlier.Text, $"{earlier.Location.File}:{earlier.Location.Line}");
                }
            }
        }
    }
}
