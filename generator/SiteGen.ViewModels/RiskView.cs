namespace SiteGen.ViewModels;

public sealed record RiskView(
    string Anchor,
    string Reference,
    string Description,
    OfficerView? Owner,
    RiskScoreView? Inherent,
    RiskScoreView? Residual,
    string? Priority,
    IReadOnlyList<string> Controls,
    Html? Mitigation,
    ReviewView? Review,
    IReadOnlyList<string> Objectives,
    Html? Notes)
{
    /// <summary>What the plan's priority scale says the priority means ("M" is Medium), when it says.</summary>
    public string? PriorityMeaning { get; init; }
}

/// <summary>
/// Likelihood and impact as printed, the score and band worked out by SiteGen on the plan's own scale, and the
/// rating as the plan printed it. The labels are the plan's names for its two scales, when it names them.
/// </summary>
public sealed record RiskScoreView(string? LikelihoodLabel, string? Likelihood, string? ImpactLabel, string? Impact, int? Score, string? Band, string? Stated);

/// <summary>How and when a risk is reviewed, in the plan's words.</summary>
public sealed record ReviewView(string? Method, string? Frequency, IReadOnlyList<string> Dates);

/// <summary>
/// The plan's own risk scale: a priority list (<see cref="Priority"/>), or likelihood × impact with the bands
/// its scores fall into. Labels are the plan's; null where it gives none.
/// </summary>
public sealed record RiskScaleView(ScaleView? Priority, ScaleView? Likelihood, ScaleView? Impact, IReadOnlyList<RiskBandView> Bands);

public sealed record ScaleView(string? Label, IReadOnlyList<LabelledLevel> Levels);

/// <summary>A level of a scale as printed ("A"), and what the plan says it means ("Very high"), if it does.</summary>
public sealed record LabelledLevel(string Value, string? Label);

/// <summary>A rating band: its name and the scores it covers.</summary>
public sealed record RiskBandView(string Name, int From, int To);
