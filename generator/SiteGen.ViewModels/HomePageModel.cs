namespace SiteGen.ViewModels;

[PageTemplate("home")]
public sealed record HomePageModel : PageModel
{
    public required IReadOnlyList<CouncilSummary> Councils { get; init; }

    /// <summary>Plans and progress reports by the latest date they carry (published, approved), newest first.</summary>
    public IReadOnlyList<RecentChange> RecentlyChanged { get; init; } = [];
}

public enum RecentChangeKind
{
    PlanApproved,
    PlanPublished,
    ProgressReport,
}

/// <summary>A dated event in the content: a plan approved or published, or a progress report (<see cref="Period"/> says for when).</summary>
public sealed record RecentChange(DateValue Date, RecentChangeKind Kind, string Plan, string? Period, string Href, string Council);

public sealed record CouncilSummary(string Name, string Href, Nation Nation, IReadOnlyList<PlanSummary> Plans);

/// <param name="Kind">The kind of plan, as the plan calls itself ("Service plan", "Business plan").</param>
/// <param name="Period">The plan's period as printed ("2009–2011").</param>
public sealed record PlanSummary(string Title, string Href, string Kind, PeriodSpan Period, PlanStatus Status, string? Subtitle, int Objectives, int Indicators, int Actions)
{
    /// <summary>The plan's indicators and actions counted by headline: reported by the council, judged by SiteGen, or why neither.</summary>
    public RollUpView? RollUp { get; init; }
}
