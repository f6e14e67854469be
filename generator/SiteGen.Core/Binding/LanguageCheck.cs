using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Every language the content names (an organisation's <c>languages:</c>, the codes of a translated text (a council's name, any text of a plan), a page's or a plan section's translation <c>about.cy.md</c>) must be one the site publishes in.</summary>
public static class LanguageCheck
{
    /// <remarks>
    /// The texts are walked with plain loops that skip untranslated texts at once: <c>sitegen serve</c> checks again on
    /// every edit, and at 100 councils (112,000 texts, most of them untranslated) enumerating each text's translations
    /// took 16-18 ms of it.
    /// </remarks>
    public static void Report(Site site, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        void Check(Translation mention)
        {
            if (!languages.Any(l => LanguageCode.Same(l, mention.Language)))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownLanguage, mention.Location, mention.Language, string.Join(", ", languages));
            }
        }

        foreach (var mention in site.Organisations.SelectMany(o => o.LanguageMentions).Concat(site.Pages.SelectMany(NarrativeTranslations.Mentions)).Concat(site.Plans.SelectMany(p => p.Sections).SelectMany(NarrativeTranslations.Mentions))) Check(mention);
        foreach (var texts in site.TextLists)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var translations = texts[i].Text.Translations;
                for (var j = 0; j < translations.Count; j++) Check(translations[j]);
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
        foreach (var text in site.AllTexts.Where(t => t.Text.Translations.Count > 1))
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
