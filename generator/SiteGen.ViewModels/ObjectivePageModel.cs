namespace SiteGen.ViewModels;

public sealed record ObjectivePageModel : PlanPartPageModel
{
    public required Link PlanLink { get; init; }

    public required string ObjectiveLabel { get; init; }

    public string? Reference { get; init; }

    public Html? Body { get; init; }

    public string? ResponsibleOfficer { get; init; }

    public IReadOnlyList<string> Outcomes { get; init; } = [];

    public IReadOnlyList<ContributionView> ContributesTo { get; init; } = [];

    public string? Perspective { get; init; }

    public IReadOnlyList<string> CriticalSuccessFactors { get; init; } = [];

    public required StatusSummary Status { get; init; }

    public ChartView? StatusChart { get; init; }

    public IReadOnlyList<ActionView> Actions { get; init; } = [];

    public IReadOnlyList<IndicatorView> Indicators { get; init; } = [];

    public IReadOnlyList<IndicatorView> SecondaryIndicators { get; init; } = [];

    public IReadOnlyList<RiskView> Risks { get; init; } = [];

    public IReadOnlyList<LabelledHtml> Implications { get; init; } = [];

    /// <summary>What this objective carries forward from its parent plans, linked.</summary>
    public IReadOnlyList<Link> Serves { get; init; } = [];
}

public sealed record ContributionView(string To, IReadOnlyList<string> Priorities, string? Answer);

public sealed record ActionView(
    string Anchor,
    string? Reference,
    string? Area,
    string Description,
    string? Timescale,
    string? Due,
    string? Lead,
    string? Accountable,
    IReadOnlyList<string> Partners,
    IReadOnlyList<Link> Indicators,
    IReadOnlyList<string> Tags,
    IReadOnlyList<SubActionView> SubActions,
    IReadOnlyList<LabelledText> Progress)
{
    /// <summary>Objectives of child plans that take this action forward, linked.</summary>
    public IReadOnlyList<Link> TakenForwardIn { get; init; } = [];
}

public sealed record SubActionView(string? Reference, string Description, string? Timescale, string? Lead);
