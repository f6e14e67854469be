namespace SiteGen.Derivation;

/// <summary>
/// Everything the site judges about one indicator, each with the figures it was worked out from, so a page
/// can show its working: the pace towards the next target, the position against each comparator, the
/// plan's own printed verdicts and whether the figures bear them out, the latest status the council
/// reported, and the headline that roll-ups count. (The result against the target for the same period and
/// the direction of travel are in <see cref="IndicatorAssessment"/>.)
/// </summary>
public sealed record IndicatorJudgement(TargetProgress Pace, IndicatorPositions Positions, IReadOnlyList<CouncilVerdict> CouncilVerdicts, ReportedStatus? Reported, Standing Standing);
