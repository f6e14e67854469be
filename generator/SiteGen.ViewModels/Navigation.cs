namespace SiteGen.ViewModels;

/// <summary>The pages of a plan, as its navigation lists them.</summary>
public enum PlanPage
{
    Overview,
    Actions,
    Indicators,
    Risks,
    Budget,
    Progress,
    Glossary,
}

/// <summary>One of a plan's pages in its navigation.</summary>
public sealed record PlanPageLink(PlanPage Page, string Href);

/// <summary>What every page under a plan shows above its content: the plan's name and its pages, the current one marked.</summary>
public sealed record PlanNavigation(Link Plan, string Organisation, IReadOnlyList<PlanPageLink> Pages, PlanPage? Current)
{
    /// <summary>The plan's data package on the data page, when the plan has figures to download.</summary>
    public string? DataHref { get; init; }

    /// <summary>The Atom feed of the plan's council, when it has one.</summary>
    public string? CouncilFeedHref { get; init; }
}

/// <summary>Where a breadcrumb leads: home or a plan's indicators (which the theme names), or a council or plan (by its own name).</summary>
public enum CrumbKind
{
    Home,
    Council,
    Plan,
    Indicators,
}

/// <summary>A step of the breadcrumb trail; <see cref="Text"/> is the council's or plan's name, null where the word is the theme's.</summary>
public sealed record Crumb(CrumbKind Kind, string? Text, string Href);
