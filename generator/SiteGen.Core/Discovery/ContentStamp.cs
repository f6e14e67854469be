namespace SiteGen.Discovery;

/// <summary>
/// A content file's size and last-write time, and the plan whose folder holds it (null for files every
/// page may read). Two builds' stamps say which plans an edit touched without reading any file again.
/// </summary>
public readonly record struct ContentStamp(long Length, DateTime LastWriteUtc, string? PlanId)
{
    public static ContentStamp Of(string fullPath, string? planId)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new ContentStamp(info.Length, info.LastWriteTimeUtc, planId) : new ContentStamp(-1, default, planId);
    }

    /// <summary>The stamps of site.yml and every content file, keyed by full path. Taken before the files are read, so an edit made while they are read is seen by the next build.</summary>
    public static IReadOnlyDictionary<string, ContentStamp> Take(string settingsFile, IEnumerable<ContentFile> files)
    {
        var stamps = new Dictionary<string, ContentStamp>(StringComparer.Ordinal) { [Path.GetFullPath(settingsFile)] = Of(settingsFile, null) };
        foreach (var file in files) stamps[file.FullPath] = Of(file.FullPath, file.PlanId);
        return stamps;
    }

    /// <summary>
    /// The plans an edit changed, comparing every file (added, removed or stamped differently);
    /// null when a changed file belongs to no plan (site.yml, an organisation, a definition …), which may change any page.
    /// </summary>
    public static IReadOnlySet<string>? ChangedPlans(IReadOnlyDictionary<string, ContentStamp> before, IReadOnlyDictionary<string, ContentStamp> after)
    {
        var plans = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, stamp) in after)
        {
            if (before.TryGetValue(path, out var was) && was == stamp) continue;
            if (stamp.PlanId is null) return null;
            plans.Add(stamp.PlanId);
        }

        foreach (var (path, was) in before)
        {
            if (after.ContainsKey(path)) continue;
            if (was.PlanId is null) return null;
            plans.Add(was.PlanId);
        }

        return plans;
    }
}
