using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>Where a headline status comes from, most informative first.</summary>
public enum StandingBasis
{
    /// <summary>The council's latest reported status (a progress report, or the plan's own progress entries).</summary>
    Reported,

    /// <summary>The site's judgement of the pace towards the next target.</summary>
    Pace,

    /// <summary>The site's comparison of the latest result that has a target for its own period with that target.</summary>
    SamePeriod,

    /// <summary>Nothing reported and nothing to judge; <see cref="Standing.Reason"/> says why.</summary>
    None,
}

/// <summary>
/// What a reader is told first about an indicator or an action, and what the roll-ups count: the most
/// informative status there is — the council's reported status where there is one, otherwise the site's
/// judgement from the figures (the pace towards the next target, else the latest target for the same
/// period), otherwise the reason there is none.
/// </summary>
public sealed record Standing(StandingBasis Basis, ReportedStatus? Reported, ProgressJudgement Judgement, NotJudgedReason? Reason)
{
    /// <summary>The four-way status the charts and the search filter use.</summary>
    public ProgressStatus Status => Reported is { } r ? ProgressStatusRule.Of(r.Status) : ProgressStatusRule.Of(Judgement);

    public static Standing OfAction(ReportedStatus? reported) =>
        reported is null ? new Standing(StandingBasis.None, null, ProgressJudgement.NotJudged, NotJudgedReason.NotReported) : new Standing(StandingBasis.Reported, reported, ProgressJudgement.NotJudged, null);

    public static Standing OfIndicator(ReportedStatus? reported, TargetProgress pace, TargetResult result)
    {
        if (reported is not null) return new Standing(StandingBasis.Reported, reported, ProgressJudgement.NotJudged, null);
        if (pace.IsJudged) return new Standing(StandingBasis.Pace, null, pace.Category, null);
        if (result != TargetResult.NoComparison) return new Standing(StandingBasis.SamePeriod, null, result == TargetResult.Met ? ProgressJudgement.TargetMet : ProgressJudgement.MissedTarget, null);

        // Why the pace could not be judged is why nothing could: a pace without a later target, with no target for a result either, has no target at all.
        return new Standing(StandingBasis.None, null, ProgressJudgement.NotJudged, pace.Reason);
    }
}
