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

    /// <summary>
    /// The previous stamps with only <paramref name="changedPaths"/> stamped again, when those paths (every path a watcher
    /// reported since <paramref name="before"/> was taken) cannot have changed which files there are: each is a known
    /// content file that still exists, a file outside the content folder, or one that came and went (an editor's
    /// temporary file). Null when discovery must look again: a file added, deleted or replaced by a link, a folder
    /// created or moved, or site.yml changed (it says where the content is).
    /// </summary>
    /// <returns>
    /// The stamps, and the plans whose files were reported changed (null when a file outside plan folders was): taken from
    /// the report, not the stamps, so a save that leaves size and time alike (a coarse clock) still counts.
    /// </returns>
    public static (Dictionary<string, ContentStamp> Stamps, IReadOnlySet<string>? ChangedPlans)? Restamp(
        IReadOnlyDictionary<string, ContentStamp> before, string settingsFile, string contentFolder, IEnumerable<string> changedPaths)
    {
        var content = Path.GetFullPath(contentFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var settings = Path.GetFullPath(settingsFile);
        var after = new Dictionary<string, ContentStamp>(before, StringComparer.Ordinal);
        HashSet<string>? plans = new(StringComparer.Ordinal);
        foreach (var changed in changedPaths)
        {
            var path = Path.GetFullPath(changed);
            if (path == settings) return null;
            // A theme's file: the theme is read again on every build anyway.
            if (!path.StartsWith(content, StringComparison.Ordinal)) continue;
            if (before.TryGetValue(path, out var was))
            {
                var info = new FileInfo(path);
                if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0) return null;
                after[path] = new ContentStamp(info.Length, info.LastWriteTimeUtc, was.PlanId);
                if (was.PlanId is null) plans = null;
                else plans?.Add(was.PlanId);
                continue;
            }

            if (File.Exists(path) || Directory.Exists(path)) return null;
            // Gone, and never a file discovery listed: a temporary file, unless it was a folder holding content files.
            var below = path + Path.DirectorySeparatorChar;
            if (before.Keys.Any(k => k.StartsWith(below, StringComparison.Ordinal))) return null;
        }

        return (after, plans);
    }

    /// <summary>Whether two sets of stamps are of the same files, stamped alike.</summary>
    public static bool Same(IReadOnlyDictionary<string, ContentStamp> a, IReadOnlyDictionary<string, ContentStamp> b) =>
        a.Count == b.Count && a.All(s => b.TryGetValue(s.Key, out var other) && other == s.Value);
}
