namespace SiteGen.Configuration;

/// <summary>
/// <c>judgements:</c> in site.yml: where the site draws the lines between its judgement categories. Each
/// is a share written as a percentage in site.yml and held here as a fraction (95% is 0.95).
/// </summary>
/// <remarks>
/// The defaults are Statistics Canada's, as Open SDG publishes them: a pace of at least 95% of the pace
/// needed is on track, at least 60% is progress that needs to speed up, at least 0% limited progress, and
/// below that deterioration.
/// </remarks>
/// <param name="OnCourse">The share of the needed pace at or above which an indicator is on course.</param>
/// <param name="NotFastEnough">The share at or above which (below <paramref name="OnCourse"/>) it is improving, but not fast enough.</param>
/// <param name="LittleProgress">The share at or above which (below <paramref name="NotFastEnough"/>) it is making little or no progress; below it, it is moving the wrong way.</param>
/// <param name="SimilarWithin">How close to a comparator counts as similar, as a share of the comparator's value (for a percentage, of its distance from 0% or 100%, whichever is nearer).</param>
public sealed record JudgementSettings(decimal OnCourse, decimal NotFastEnough, decimal LittleProgress, decimal SimilarWithin)
{
    public static readonly JudgementSettings Default = new(0.95m, 0.60m, 0m, 0.05m);
}
