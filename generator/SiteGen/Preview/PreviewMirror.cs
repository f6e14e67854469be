namespace SiteGen.Cli.Preview;

/// <summary>
/// Keeps a copy of the served site on disk (<c>.sitegen/preview/</c> beside site.yml) for anyone who
/// wants to open the files, writing only the files whose bytes changed since the previous good build
/// and deleting the ones no longer produced, so unchanged pages keep their timestamps. The copy is
/// exactly what <c>sitegen build</c> writes: the live-reload script is added only to responses.
/// </summary>
public sealed class PreviewMirror(string folder)
{
    public const string FolderName = ".sitegen/preview";

    private readonly string _folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);

    public string Folder => _folder;

    /// <summary>The site-relative paths added, changed or removed between two builds; every path when there is no previous build.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, byte[]>? previous, IReadOnlyDictionary<string, byte[]> current) =>
        previous is null
            ? current.Keys.Order(StringComparer.Ordinal).ToList()
            : current.Where(f => !previous.TryGetValue(f.Key, out var before) || (!ReferenceEquals(before, f.Value) && !before.AsSpan().SequenceEqual(f.Value))).Select(f => f.Key)
                .Concat(previous.Keys.Where(p => !current.ContainsKey(p)))
                .Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The previous site with a new build's pages laid over it, and the paths that changed: a page added, changed or no
    /// longer made. The files beside the pages (search index, downloads, sitemap) stay as the previous build made them
    /// until the new ones are ready. Only the two builds' pages are looked at, not the 40,000 files beside them: at 100
    /// councils, copying the whole site into a new table and comparing it file by file took 90–180 ms of each edit.
    /// </summary>
    /// <param name="previousPages">The previous build's pages (and assets), without the files beside them.</param>
    /// <param name="pages">The new build's pages and assets.</param>
    public static (Dictionary<string, byte[]> Files, IReadOnlyList<string> Changed) PagesOver(
        IReadOnlyDictionary<string, byte[]> previous, IReadOnlyDictionary<string, byte[]> previousPages, IReadOnlyDictionary<string, byte[]> pages)
    {
        // Copying a table of the same kind copies its arrays whole, without hashing each path again.
        var files = new Dictionary<string, byte[]>(previous, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var (path, bytes) in pages)
        {
            if (files.TryGetValue(path, out var before) && (ReferenceEquals(before, bytes) || before.AsSpan().SequenceEqual(bytes))) continue;
            files[path] = bytes;
            changed.Add(path);
        }

        // Walked as a table, not through its Keys: a concurrent table's Keys copies them all, under its locks.
        foreach (var (path, _) in previousPages)
        {
            if (!pages.ContainsKey(path) && files.Remove(path)) changed.Add(path);
        }

        changed.Sort(StringComparer.Ordinal);
        return (files, changed);
    }

    /// <summary>Writes the changed paths that <paramref name="current"/> holds and deletes the others.</summary>
    public void Update(IReadOnlyList<string> changed, IReadOnlyDictionary<string, byte[]> current, bool firstBuild)
    {
        // On a run's first build the folder's contents are unknown (left by an earlier run, or edited
        // by hand), so it starts again from empty.
        if (firstBuild && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        Directory.CreateDirectory(_folder);
        foreach (var path in changed)
        {
            var full = Resolve(path);
            if (current.TryGetValue(path, out var bytes))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }
            else
            {
                File.Delete(full);
            }
        }
    }

    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_folder, relativePath));
        if (!full.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the preview folder: {relativePath}");
        }

        return full;
    }
}
