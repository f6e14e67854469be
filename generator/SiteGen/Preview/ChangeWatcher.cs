namespace SiteGen.Cli.Preview;

/// <summary>
/// Watches the content folder, the theme folders and site.yml, and reports the changed paths once
/// they have been quiet for a moment: an editor's save is often several events (write to a temporary
/// file, rename, change attributes), and a checkout changes many files at once; one rebuild should
/// follow, not dozens.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Action<IReadOnlyList<string>> _onChange;
    private readonly Timer _quiet;
    private readonly TimeSpan _debounce;

    public ChangeWatcher(string settingsFile, string contentFolder, IReadOnlyList<string> themeFolders, TimeSpan debounce, Action<IReadOnlyList<string>> onChange)
    {
        _onChange = onChange;
        _debounce = debounce;
        _quiet = new Timer(_ => Flush());
        ContentFolder = contentFolder;
        SettingsFile = settingsFile;
        Watch(Path.GetDirectoryName(settingsFile)!, Path.GetFileName(settingsFile), recursive: false);
        if (Directory.Exists(contentFolder)) Watch(contentFolder, "*", recursive: true);
        ThemeFolders = themeFolders.Where(Directory.Exists).ToList();
        foreach (var folder in ThemeFolders) Watch(folder, "*", recursive: true);

        // A theme folder created while serving (the site's first layouts/ or i18n/) is a change too; the
        // server then watches inside it.
        Watch(Path.GetDirectoryName(settingsFile)!, "*", recursive: false, NotifyFilters.DirectoryName);
    }

    /// <summary>The theme folders that existed, and so are watched.</summary>
    public IReadOnlyList<string> ThemeFolders { get; }

    public string ContentFolder { get; }

    public string SettingsFile { get; }

    private void Watch(string folder, string filter, bool recursive, NotifyFilters notify = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = notify,
        };
        watcher.Changed += (_, e) => Note(folder, e.FullPath);
        watcher.Created += (_, e) => Note(folder, e.FullPath);
        watcher.Deleted += (_, e) => Note(folder, e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Note(folder, e.OldFullPath);
            Note(folder, e.FullPath);
        };

        // Too many changes at once for the system's buffer: the exact paths are lost, but a rebuild reads everything anyway.
        watcher.Error += (_, _) => Note(folder, folder);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Note(string watched, string path)
    {
        // A theme's build output (bin/, obj/) and version control churn on their own; they are not edits.
        // Only the part below the watched folder counts: the site itself may well live under a folder called bin.
        var segments = Path.GetRelativePath(watched, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (segments.Any(s => s is "bin" or "obj" or ".git" or ".sitegen")) return;
        // Of the folders beside site.yml, only those a site is made of.
        if (segments.Length == 1 && Path.GetDirectoryName(path) == Path.GetDirectoryName(SettingsFile) && segments[0] is not ("layouts" or "i18n" or "assets" or "themes") && path != SettingsFile) return;
        lock (_pending)
        {
            _pending.Add(path);
            _quiet.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        List<string> changed;
        lock (_pending)
        {
            changed = _pending.Order(StringComparer.Ordinal).ToList();
            _pending.Clear();
        }

        if (changed.Count > 0) _onChange(changed);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _quiet.Dispose();
    }
}
