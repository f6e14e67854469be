using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// One kind of thing (indicators, or actions) counted by their headline <see cref="Standing"/>: by the
/// status the council reported, by the site's judgement, or by why there is neither. Every item is in
/// exactly one of the three.
/// </summary>
public sealed record KindCounts(Tally<RagStatus> Reported, Tally<ProgressJudgement> Judged, Tally<NotJudgedReason> NotJudged)
{
    public static readonly KindCounts Zero = new(Tally<RagStatus>.Zero, Tally<ProgressJudgement>.Zero, Tally<NotJudgedReason>.Zero);

    public int Total => Reported.Total + Judged.Total + NotJudged.Total;

    /// <summary>The counts in the four ways the status chart and the objectives table show them.</summary>
    public StatusCounts Status =>
        Reported.Counted.Aggregate(StatusCounts.Zero, (sum, x) => sum + StatusCounts.Of(ProgressStatusRule.Of(x.Member), x.Count))
        + Judged.Counted.Aggregate(StatusCounts.Zero, (sum, x) => sum + StatusCounts.Of(ProgressStatusRule.Of(x.Member), x.Count))
        + StatusCounts.Of(ProgressStatus.NoData, NotJudged.Total);

    public static KindCounts Of(Standing standing) => standing.Basis switch
    {
        StandingBasis.Reported => Zero with { Reported = Tally<RagStatus>.Of(standing.Reported!.Status) },
        StandingBasis.None => Zero with { NotJudged = Tally<NotJudgedReason>.Of(standing.Reason!.Value) },
        _ => Zero with { Judged = Tally<ProgressJudgement>.Of(standing.Judgement) },
    };

    public static KindCounts operator +(KindCounts a, KindCounts b) => new(a.Reported + b.Reported, a.Judged + b.Judged, a.NotJudged + b.NotJudged);
}

/// <summary>
/// An objective's, a plan's or a council's indicators and actions counted by their headline standing: the
/// roll-ups that answer "is it on course?". A plan counts each of its indicators once, whether or not an
/// objective names it; an objective counts its main indicators and its actions; a council adds up its plans.
/// </summary>
public sealed record RollUp(KindCounts Indicators, KindCounts Actions)
{
    public static readonly RollUp Zero = new(KindCounts.Zero, KindCounts.Zero);

    public StatusCounts Status => Indicators.Status + Actions.Status;

    /// <summary>Whether anything is reported or judged: otherwise a page says why, and draws no chart.</summary>
    public bool HasAnswer => Indicators.Reported.Total + Indicators.Judged.Total + Actions.Reported.Total > 0;

    public static RollUp operator +(RollUp a, RollUp b) => new(a.Indicators + b.Indicators, a.Actions + b.Actions);
}
