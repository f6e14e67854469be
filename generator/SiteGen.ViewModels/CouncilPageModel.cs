namespace SiteGen.ViewModels;

[PageTemplate("council")]
public sealed record CouncilPageModel : PageModel
{
    public required string Name { get; init; }

    public required Nation Nation { get; init; }

    /// <summary>The Atom feed of the council's plans, when anything of theirs is dated.</summary>
    public string? FeedHref { get; init; }

    /// <summary>The kind of council as its file says ("County council", "Unitary authority").</summary>
    public string? Kind { get; init; }

    public string? Website { get; init; }

    /// <summary>Every plan's roll-up added up: the council's indicators and actions counted by headline.</summary>
    public required RollUpView RollUp { get; init; }

    /// <summary>Newest first; the first is the council's latest plan.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; init; } = [];

    /// <summary>Neighbours by name; those on this site have a link.</summary>
    public IReadOnlyList<NeighbourView> StatisticalNeighbours { get; init; } = [];

    public string? StatisticalNeighboursSource { get; init; }

    public IReadOnlyList<ContactView> Contacts { get; init; } = [];
}

/// <summary>A statistical neighbour; <see cref="Href"/> is null when the council has no pages on this site.</summary>
public sealed record NeighbourView(string Name, string? Href);

/// <summary>Whom to contact, with whatever of these the content gives.</summary>
public sealed record ContactView(string? Name, string? Role, string? Email, string? Phone, string? Address);
