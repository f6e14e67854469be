namespace SiteGen.Model;

/// <summary>Everything the content folder holds, bound and checked: the input to the derive stage.</summary>
public sealed record Site(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<OutcomeFramework> Frameworks,
    IReadOnlyList<DefinitionSet> DefinitionSets,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<NarrativeSection> Pages)
{
    /// <summary>Every plan, in site order; a page that reads the list reads every plan (<see cref="ModelReads.AllPlans"/>).</summary>
    public IReadOnlyList<Plan> Plans
    {
        get
        {
            ModelReads.Note(ModelReads.AllPlans);
            return _plans;
        }

        init => _plans = value;
    }

    private readonly IReadOnlyList<Plan> _plans = Plans;

    /// <summary>The texts of the files outside plan folders a reader sees (definitions, frameworks, officers' posts), with their translations, as <see cref="Plan.Texts"/> are a plan's.</summary>
    public IReadOnlyList<PlanText> SharedTexts { get; init; } = [];

    /// <summary>Every text with its translations: the shared files' first, then each plan's.</summary>
    public IEnumerable<PlanText> AllTexts => TextLists.SelectMany(t => t);

    /// <summary><see cref="AllTexts"/> list by list (the shared files', then each plan's), for a check that walks them all with plain loops.</summary>
    public IEnumerable<IReadOnlyList<PlanText>> TextLists => Plans.Select(p => p.Texts).Prepend(SharedTexts);
}
