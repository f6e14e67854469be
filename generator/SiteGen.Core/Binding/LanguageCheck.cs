using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Every language the content names (an organisation's <c>languages:</c>, the codes of a translated text (a council's name, any text of a plan), a page's or a plan section's translation <c>about.cy.md</c>) must be one the site publishes in.</summary>
public static class LanguageCheck
{
    public static void Report(Site site, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        foreach (var mention in site.Organisations.SelectMany(o => o.LanguageMentions).Concat(site.Pages.SelectMany(NarrativeTranslations.Mentions)).Concat(site.Plans.SelectMany(p => p.Sections).SelectMany(NarrativeTranslations.Mentions)).Concat(site.Plans.SelectMany(p => p.Texts).SelectMany(t => t.Text.Translations)))
        {
            if (!languages.Any(l => LanguageCode.Same(l, mention.Language)))
            {
                diagnostics.Report(DiagnosticCatalog.UnknownLanguage, mention.Location, mention.Language, string.Join(", ", languages));
            }
        }
    }
}
