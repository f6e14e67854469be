namespace SiteGen.Derivation;

/// <summary>
/// What the site judges an indicator to be doing, from its own figures: the categories of the "How we judge
/// progress" page, in order from best to worst, then <see cref="NotJudged"/>.
/// </summary>
public enum ProgressJudgement
{
    /// <summary>The latest result already meets the next target, or met the target for its own period.</summary>
    TargetMet,

    /// <summary>At the pace of its results so far, it reaches the next target on time.</summary>
    OnCourse,

    /// <summary>Getting better, but not fast enough to reach the next target on time.</summary>
    NotFastEnough,

    /// <summary>Hardly getting better, or not at all.</summary>
    LittleProgress,

    /// <summary>Getting worse, away from the next target.</summary>
    WrongWay,

    /// <summary>The latest result with a target for its own period missed it, and there is no pace to judge.</summary>
    MissedTarget,

    /// <summary>Nothing the site can judge honestly; <see cref="NotJudgedReason"/> says why.</summary>
    NotJudged,
}

/// <summary>Why the site makes no judgement of an indicator or action.</summary>
public enum NotJudgedReason
{
    /// <summary>No result is recorded yet.</summary>
    NoResult,

    /// <summary>Its results are not numbers: yes or no, a milestone, words, or figures split into parts.</summary>
    NotANumber,

    /// <summary>Neither a higher nor a lower figure is better, so a change is neither progress nor decline.</summary>
    NoDirection,

    /// <summary>No target for the period of a result, and none after the latest result.</summary>
    NoTarget,

    /// <summary>A target lies ahead and is not yet met, but there is only one result, so no pace to compare.</summary>
    OneResult,

    /// <summary>An action no progress report or progress entry gives a status for.</summary>
    NotReported,
}
