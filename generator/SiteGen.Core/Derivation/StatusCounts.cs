namespace SiteGen.Derivation;

/// <summary>How many things are on track, at risk, off track or without data: the plan-at-a-glance roll-up.</summary>
public sealed record StatusCounts(int OnTrack, int AtRisk, int OffTrack, int NoData)
{
    public static readonly StatusCounts Zero = new(0, 0, 0, 0);

    public int Total => OnTrack + AtRisk + OffTrack + NoData;

    public static StatusCounts operator +(StatusCounts a, StatusCounts b) =>
        new(a.OnTrack + b.OnTrack, a.AtRisk + b.AtRisk, a.OffTrack + b.OffTrack, a.NoData + b.NoData);
}
