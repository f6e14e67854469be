using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record Objective(
    string Id,
    string? Reference,
    string Title,
    string? Description,
    Ref? ResponsibleOfficer,
    IReadOnlyList<Ref> Outcomes,
    IReadOnlyList<Contribution> ContributesTo,
    string? Perspective,
    IReadOnlyList<string> CriticalSuccessFactors,
    IReadOnlyList<Ref> Indicators,
    IReadOnlyList<Ref> SecondaryIndicators,
    IReadOnlyList<Ref> Risks,
    Implications Implications,
    IReadOnlyList<PlanAction> Actions,
    SourceLocation Location)
{
    /// <summary>Actions or objectives of the plan's parents that this objective carries forward.</summary>
    public IReadOnlyList<Ref> Serves { get; init; } = [];

    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }
}

/// <summary>Another plan's or framework's priorities this objective serves, as the plan lists them.</summary>
public sealed record Contribution(string To, IReadOnlyList<string> Priorities, string? Answer);

public sealed record Implications(string? Financial, string? Staffing, string? Risk, string? Other)
{
    public static readonly Implications None = new(null, null, null, null);

    public bool Any => Financial is not null || Staffing is not null || Risk is not null || Other is not null;
}

/// <summary>An action (key activity) of a plan. Named PlanAction so it never shadows <see cref="System.Action"/>.</summary>
public sealed record PlanAction(
    string? Reference,
    string? Area,
    string Description,
    string? Timescale,
    PartialDate? Start,
    PartialDate? Due,
    IReadOnlyList<Ref> Leads,
    Ref? Accountable,
    IReadOnlyList<string> Partners,
    IReadOnlyList<Ref> Indicators,
    IReadOnlyList<Ref> Risks,
    IReadOnlyList<string> Tags,
    IReadOnlyList<SubAction> SubActions,
    IReadOnlyList<ProgressEntry> Progress,
    SourceLocation Location)
{
    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }
}

public sealed record SubAction(string? Reference, string Description, string? Timescale, PartialDate? Start, PartialDate? Due, IReadOnlyList<Ref> Leads);

public enum RagStatus
{
    Green,
    Amber,
    Red,
    Complete,
    NotStarted,
    NoData,
}

public sealed record ProgressEntry(Period Period, RagStatus? Status, Figure? Percent, string? Commentary);
