namespace SiteGen.ViewModels;

/// <summary>What every page under a plan shows above its content: the plan's name and its pages.</summary>
public sealed record PlanNavigation(Link Plan, string Organisation, IReadOnlyList<Link> Pages, string Current);
