namespace SiteGen.ViewModels;

public sealed record RiskView(
    string Anchor,
    string Reference,
    string Description,
    string? Owner,
    RiskScoreView? Inherent,
    RiskScoreView? Residual,
    string? Priority,
    IReadOnlyList<string> Controls,
    Html? Mitigation,
    string? Review,
    IReadOnlyList<string> Objectives,
    Html? Notes);

/// <summary>Likelihood and impact as printed, the score and band worked out, and the rating as the plan printed it.</summary>
public sealed record RiskScoreView(string LikelihoodLabel, string? Likelihood, string ImpactLabel, string? Impact, int? Score, string? Band, string? Stated);
