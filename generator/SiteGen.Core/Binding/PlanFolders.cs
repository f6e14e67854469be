using SiteGen.Discovery;

namespace SiteGen.Binding;

/// <summary>The files of each plan folder, folders in plan id order and files in the order given: the order plans are bound and listed in.</summary>
public static class PlanFolders
{
    /// <summary>Groups <paramref name="items"/> by the plan folder of their file; assets and files outside plans are left out.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Of<T>(IEnumerable<T> items, Func<T, ContentFile> file) =>
        items
            .Where(i => file(i) is { PlanId: not null, Kind: not ContentFileKind.Asset })
            .GroupBy(i => file(i).PlanId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<T>)g.ToList())
            .ToList();
}
