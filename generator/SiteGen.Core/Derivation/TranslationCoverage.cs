using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// How much of each plan published in a language other than the default has its text in that language: the council's
/// name, and the plan's own texts (its title, summary, objectives, actions, indicators, risks and sections). Plans can
/// be given in Welsh by their council's name and their sections' translations (sections/x.cy.md) so far, so the rest is
/// counted as not yet translated. Information
/// for <c>validate</c>, never a problem: a Welsh page shows the English text, marked as English.
/// </summary>
public static class TranslationCoverage
{
    /// <summary>One plan in one language: the texts given in it and those not.</summary>
    public sealed record PlanCoverage(Plan Plan, string Language, int Translated, IReadOnlyList<Untranslated> Missing)
    {
        public int Total => Translated + Missing.Count;
    }

    /// <summary>A text not given in the language, and where it is written.</summary>
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
                foreach (var section in plan.Sections.Where(s => s.In(language) is not null)) translated++;
                foreach (var (field, location) in Texts(plan, language)) missing.Add(new Untranslated(field, location));
                coverage.Add(new PlanCoverage(plan, language, translated, missing));
            }
        }

        return coverage;
    }

    /// <summary>The plan's own texts a reader sees, each named as the content names it.</summary>
    private static IEnumerable<(string Field, SourceLocation Location)> Texts(Plan plan, string language)
    {
        yield return ("title", plan.Location);
        if (plan.Summary is not null) yield return ("summary", plan.Location);
        if (plan.Vision is not null) yield return ("vision", plan.Location);
        if (plan.Mission is not null) yield return ("mission", plan.Location);
        foreach (var objective in plan.Objectives)
        {
            yield return ($"objective {objective.Id}: title", objective.Location);
            foreach (var action in objective.Actions) yield return ($"objective {objective.Id}: action {action.Reference ?? "(no reference)"}", action.Location);
        }

        foreach (var indicator in plan.Indicators) yield return ($"indicator {indicator.DisplayReference}: title", indicator.Location);
        foreach (var risk in plan.RiskRegister?.Risks ?? []) yield return ($"risk {risk.Reference}: description", risk.Location);
        foreach (var section in plan.Sections.Where(s => s.In(language) is null)) yield return ($"section {section.Id}", section.Location);
    }
}
