using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// How much of each plan published in a language other than the default has its text in that language: the council's
/// name, every text of the plan a reader sees (<see cref="Plan.Texts"/>: titles, descriptions, actions, indicators, risks,
/// budget lines, table cells of words, progress commentary…, each counted where it is written), and the plan's sections
/// (sections/x.cy.md). Information for <c>validate</c>, never a problem: a Welsh page shows the English text, marked as English.
/// </summary>
public static class TranslationCoverage
{
    /// <summary>One plan in one language: the texts given in it and those not.</summary>
    public sealed record PlanCoverage(Plan Plan, string Language, int Translated, IReadOnlyList<Untranslated> Missing)
    {
        public int Total => Translated + Missing.Count;
    }

    /// <summary>A text not given in the language, and where it is written; the field is the key it is written under (<c>title</c>, <c>description</c>).</summary>
    public sealed record Untranslated(string Field, SourceLocation Location);

    /// <param name="languages">The site's languages, the default first.</param>
    public static IReadOnlyList<PlanCoverage> Of(Site site, IReadOnlyList<string> languages)
    {
        var coverage = new List<PlanCoverage>();
        foreach (var language in languages.Skip(1))
        {
            foreach (var plan in site.Plans)
            {
                var organisation = site.Organisations.FirstOrDefault(o => o.Id == plan.Organisation.Value);
                if (organisation is null || !organisation.Languages.Any(l => LanguageCode.Same(l, language))) continue;
                var translated = 0;
                var missing = new List<Untranslated>();
                if (organisation.HasNameIn(language)) translated++;
                else missing.Add(new Untranslated("name", organisation.Location));
                foreach (var text in plan.Texts)
                {
                    if (text.Text.Has(language)) translated++;
                    else missing.Add(new Untranslated(text.Field, text.Location));
                }

                foreach (var section in plan.Sections)
                {
                    if (section.In(language) is not null) translated++;
                    else missing.Add(new Untranslated($"section {section.Id}", section.Location));
                }

                coverage.Add(new PlanCoverage(plan, language, translated, missing));
            }
        }

        return coverage;
    }
}
