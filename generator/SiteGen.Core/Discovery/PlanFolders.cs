namespace SiteGen.Discovery;

/// <summary>The files of each plan folder: folders in plan id order, the order plans are bound and listed in, and files in discovery order.</summary>
public static class PlanFolders
{
    /// <summary>Groups <paramref name="files"/> by plan folder; assets and files outside plans are left out.</summary>
    public static IReadOnlyList<IReadOnlyList<ContentFile>> Of(IEnumerable<ContentFile> files) =>
        files
            .Where(f => f is { PlanId: not null, Kind: not ContentFileKind.Asset })
            .GroupBy(f => f.PlanId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<ContentFile>)g.ToList())
            .ToList();
}
