namespace SiteGen.ViewModels;

public sealed record HomePageModel : PageModel
{
    public required IReadOnlyList<CouncilSummary> Councils { get; init; }

    /// <summary>Plans and progress reports by the latest date they carry (published, approved), newest first.</summary>
    public IReadOnlyList<RecentChange> RecentlyChanged { get; init; } = [];
}

public sealed record RecentChange(string Date, string What, Link Item, string Council);

public sealed record CouncilSummary(string Name, string Href, string Nation, IReadOnlyList<PlanSummary> Plans);

public sealed record PlanSummary(string Title, string Href, string Kind, string Period, string Status, string? Subtitle, int Objectives, int Indicators, int Actions);
