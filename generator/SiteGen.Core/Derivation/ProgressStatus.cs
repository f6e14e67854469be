using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>Where something stands, in the four ways the plan at a glance counts it.</summary>
public enum ProgressStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
    NoData,
}

/// <summary>
/// The one rule that turns what a plan reports (a RAG status, a target met or missed) into a
/// <see cref="ProgressStatus"/>: complete counts as on track, not started as no data.
/// </summary>
public static class ProgressStatusRule
{
    public static ProgressStatus Of(RagStatus? status) => status switch
    {
        RagStatus.Green or RagStatus.Complete => ProgressStatus.OnTrack,
        RagStatus.Amber => ProgressStatus.AtRisk,
        RagStatus.Red => ProgressStatus.OffTrack,
        _ => ProgressStatus.NoData,
    };

    public static ProgressStatus Of(TargetResult result) => result switch
    {
        TargetResult.Met => ProgressStatus.OnTrack,
        TargetResult.NotMet => ProgressStatus.OffTrack,
        _ => ProgressStatus.NoData,
    };

    /// <summary>
    /// A judgement of the site's in the four ways: met or on course is on track, improving too slowly at risk,
    /// little progress, the wrong way or a missed target off track.
    /// </summary>
    public static ProgressStatus Of(ProgressJudgement judgement) => judgement switch
    {
        ProgressJudgement.TargetMet or ProgressJudgement.OnCourse => ProgressStatus.OnTrack,
        ProgressJudgement.NotFastEnough => ProgressStatus.AtRisk,
        ProgressJudgement.LittleProgress or ProgressJudgement.WrongWay or ProgressJudgement.MissedTarget => ProgressStatus.OffTrack,
        _ => ProgressStatus.NoData,
    };
}
