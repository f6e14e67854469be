using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// What is bound before any plan, because plans are read against it: organisations, frameworks, indicator
/// definitions (and the site's own pages, which nothing refers to but belong to no plan).
/// </summary>
/// <param name="Definitions">Every definition by reference; where one is defined twice (reported), the first.</param>
public sealed record SharedContent(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<OutcomeFramework> Frameworks,
    IReadOnlyList<DefinitionSet> DefinitionSets,
    IReadOnlyList<NarrativeSection> Pages,
    IReadOnlyDictionary<string, IndicatorDefinition> Definitions)
{
    /// <summary>
    /// A definitions file could not be read (reported at it): an indicator whose definition is not found may be
    /// defined there, so it is not told it lacks a title, unit or polarity — one mistake, one message.
    /// </summary>
    public bool DefinitionsIncomplete { get; init; }

    /// <summary>The texts a reader sees in these files, with their translations (<see cref="Site.SharedTexts"/>).</summary>
    public IReadOnlyList<PlanText> Texts { get; init; } = [];
}
