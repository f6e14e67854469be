using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record RiskRegister(string? Title, IReadOnlyList<Risk> Risks, SourceLocation Location);

public sealed record Risk(
    string Reference,
    string Description,
    Ref? Owner,
    RiskAssessment? Inherent,
    RiskAssessment? Residual,
    string? Priority,
    IReadOnlyList<string> Controls,
    string? Mitigation,
    RiskReview? Review,
    IReadOnlyList<Ref> Objectives,
    IReadOnlyList<Ref> Actions,
    string? Notes,
    SourceLocation Location);

/// <summary>Likelihood and impact as levels of the plan's own scale, and the rating as the plan printed it.</summary>
public sealed record RiskAssessment(ScaleLevel? Likelihood, ScaleLevel? Impact, string? StatedRating, SourceLocation Location);

public sealed record RiskReview(string? Method, string? Frequency, IReadOnlyList<string> Dates);

/// <summary>
/// How a plan scores its risks: two axes whose product falls into bands (1–4 × 1–4, A–D × 1–4),
/// or a single priority scale (H / M / L). Declared in the plan, never assumed.
/// </summary>
public sealed record RiskScale(ScaleAxis? Likelihood, ScaleAxis? Impact, IReadOnlyList<RiskBand> Bands, ScaleAxis? Priority);

public sealed record ScaleAxis(string Label, IReadOnlyList<ScaleLevel> Levels);

/// <summary>A level of a scale; <see cref="Score"/> is its 1-based position, lowest first.</summary>
public sealed record ScaleLevel(string Value, string? Label, int Score);

public sealed record RiskBand(string Name, int UpTo);

public sealed record BandingScale(string Id, string Name, IReadOnlyList<ScaleLevel> Levels);
