namespace SiteGen.Model;

/// <summary>Everything the content folder holds, bound and checked: the input to the derive stage.</summary>
public sealed record Site(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<OutcomeFramework> Frameworks,
    IReadOnlyList<DefinitionSet> DefinitionSets,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<NarrativeSection> Pages);
