namespace SiteGen.Derivation;

/// <summary>How many things are on track, at risk, off track or without data: the plan-at-a-glance roll-up.</summary>
public sealed record StatusCounts(int OnTrack, int AtRisk, int OffTrack, int NoData)
{
    public static readonly StatusCounts Zero = new(0, 0, 0, 0);

    public int Total => OnTrack + AtRisk + OffTrack + NoData;

    /// <summary>The worst status counted: anything off track outweighs anything at risk, which outweighs anything on track.</summary>
    public ProgressStatus Worst =>
        OffTrack > 0 ? ProgressStatus.OffTrack : AtRisk > 0 ? ProgressStatus.AtRisk : OnTrack > 0 ? ProgressStatus.OnTrack : ProgressStatus.NoData;

    public static StatusCounts Of(ProgressStatus status, int count = 1) => status switch
    {
        ProgressStatus.OnTrack => new StatusCounts(count, 0, 0, 0),
        ProgressStatus.AtRisk => new StatusCounts(0, count, 0, 0),
        ProgressStatus.OffTrack => new StatusCounts(0, 0, count, 0),
        _ => new StatusCounts(0, 0, 0, count),
    };

    public static StatusCounts Of(IEnumerable<ProgressStatus> statuses) => statuses.Aggregate(Zero, (counts, s) => counts + Of(s));

    public static StatusCounts operator +(StatusCounts a, StatusCounts b) =>
        new(a.OnTrack + b.OnTrack, a.AtRisk + b.AtRisk, a.OffTrack + b.OffTrack, a.NoData + b.NoData);
}
