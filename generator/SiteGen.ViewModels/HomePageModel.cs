namespace SiteGen.ViewModels;

public sealed record HomePageModel : PageModel
{
    public required IReadOnlyList<CouncilSummary> Councils { get; init; }
}

public sealed record CouncilSummary(string Name, string Nation, IReadOnlyList<PlanSummary> Plans);

public sealed record PlanSummary(string Title, string Href, string Kind, string Period, string Status, string? Subtitle, int Objectives, int Indicators, int Actions);
