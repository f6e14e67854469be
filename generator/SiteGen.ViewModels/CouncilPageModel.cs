namespace SiteGen.ViewModels;

public sealed record CouncilPageModel : PageModel
{
    public required string Name { get; init; }

    public required string Nation { get; init; }

    public string? Kind { get; init; }

    public string? Website { get; init; }

    /// <summary>Newest first; the first is the council's latest plan.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; init; } = [];

    /// <summary>Neighbours by name; those on this site are links.</summary>
    public IReadOnlyList<Link> StatisticalNeighbours { get; init; } = [];

    public string? StatisticalNeighboursSource { get; init; }

    public IReadOnlyList<string> Contacts { get; init; } = [];
}
