using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Theming;

namespace SiteGen.Cli.Preview;

/// <summary>
/// The state of a preview: the last good site (served), the outcome of the latest build (told to the
/// browser), and the builds themselves, one at a time.
/// </summary>
/// <remarks>
/// Each rebuild reads and binds again only the plan folders an edit touched, and builds only the pages
/// that read them (<see cref="IncrementalBuild"/>); the edited pages are served first and the search
/// index and downloads follow. Files are compared byte for byte with the previous build, only changed
/// ones are rewritten on disk, and open pages reload only when something changed.
/// </remarks>
public sealed class PreviewSession
{
    private readonly string _settingsPath;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly IncrementalBuild _previous;
    private readonly string _runId = Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();
    private readonly PreviewMirror _mirror;
    private readonly CollectBetweenEdits _collector = new();
    private TaskCompletionSource<BuildStatus> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _siteGeneration;

    /// <summary>The last good build's pages and assets, without the files beside them: what the next build may no longer make.</summary>
    private IReadOnlyDictionary<string, byte[]> _lastPages = new Dictionary<string, byte[]>();

    public PreviewSession(string settingsPath, TextWriter stdout, TextWriter stderr)
    {
        _settingsPath = Path.GetFullPath(settingsPath);
        RootFolder = Path.GetDirectoryName(_settingsPath)!;
        _mirror = new PreviewMirror(Path.Combine(RootFolder, PreviewMirror.FolderName));
        _previous = new IncrementalBuild { Templates = new TemplateStore(TemplateStore.CacheFolderFor(RootFolder)) };
        _stdout = stdout;
        _stderr = stderr;
    }

    public string SettingsPath => _settingsPath;

    /// <summary>The folder holding site.yml, as <see cref="SiteSettings.RootFolder"/> will be.</summary>
    public string RootFolder { get; }

    /// <summary>The last good site; null until the first build without errors.</summary>
    public PreviewSnapshot? Site { get; private set; }

    /// <summary>The outcome of the latest build, good or not.</summary>
    public BuildStatus Status { get; private set; } = BuildStatus.NotBuilt;

    /// <summary>The settings the latest build read, when site.yml could be read; they say which folders to watch.</summary>
    public SiteSettings? Settings { get; private set; }

    /// <summary>Where the on-disk copy of the served site is kept.</summary>
    public string MirrorFolder => _mirror.Folder;

    /// <summary>Completes when the build after the current one finishes. Read it before <see cref="Status"/> so no build is missed.</summary>
    public Task<BuildStatus> NextBuild => Volatile.Read(ref _next).Task;

    /// <summary>Waits until a build numbered above <paramref name="afterBuild"/> has finished.</summary>
    public async Task<BuildStatus> WaitForBuildAsync(int afterBuild, CancellationToken cancellation)
    {
        while (true)
        {
            var next = NextBuild;
            var status = Status;
            if (status.Build > afterBuild) return status;
            await next.WaitAsync(cancellation);
        }
    }

    /// <summary>
    /// A watcher has started: from now on every change is reported. Returns whether the content changed between the
    /// last good build's reading and now, unseen, so the caller builds again.
    /// </summary>
    public async Task<bool> StartWatchingAsync()
    {
        await _oneAtATime.WaitAsync();
        try
        {
            return _previous.StartWatching();
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The preview is stopping: no more room is set aside for edits, and none is left set aside.</summary>
    public void Stop() => _collector.Stop();

    /// <summary>Builds the site and, if it has no errors, serves it. <paramref name="reason"/> says why, for the terminal; <paramref name="progress"/>, if given, is told how far the build has got.</summary>
    /// <param name="changed">
    /// The paths the watcher reported changed, which the build may stamp alone (<see cref="IncrementalBuild.Changed"/>);
    /// null for a build asked for any other reason, which lists and stamps the whole content folder.
    /// </param>
    public async Task<BuildStatus> RebuildAsync(string reason, IProgress<BuildProgress>? progress = null, IReadOnlyList<string>? changed = null) =>
        await RebuildAsync(reason, progress, changed, rehearsal: false);

    /// <summary>
    /// Builds as an edit would, with nothing reported changed, and says nothing unless something had changed after all.
    /// Serve does this once after its first good build, before it says it is previewing: the first edit otherwise ran the
    /// code an edit needs for the first time (most likely compiling it, on two cores), and took 341–681 ms at 100 councils
    /// against 260–297 ms after a rehearsal (three alternating pairs).
    /// </summary>
    public async Task RehearseEditAsync()
    {
        if (Site is not null) await RebuildAsync("rehearsal", null, [], rehearsal: true);
    }

    private async Task<BuildStatus> RebuildAsync(string reason, IProgress<BuildProgress>? progress, IReadOnlyList<string>? changed, bool rehearsal)
    {
        if (changed is null) _previous.ChangesUnknown();
        else _previous.Changed(changed);
        await _oneAtATime.WaitAsync();
        try
        {
            _collector.BuildStarting();
            (BuildStatus Status, Func<Task>? Beside) built;
            try
            {
                built = await BuildOnceAsync(reason, progress, rehearsal);
            }
            finally
            {
                _collector.BuildServed();
            }

            var (status, beside) = built;
            Status = status;
            Interlocked.Exchange(ref _next, new TaskCompletionSource<BuildStatus>(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult(status);

            // Open pages reload now; the search index and downloads follow before the next build starts, and then the
            // collector clears up while the officer reads the page, so the next edit need not wait for it.
            if (beside is not null) await beside();
            _collector.Arm();
            return status;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <returns>The outcome, and when the pages were served before the files beside them, what serves those.</returns>
    private async Task<(BuildStatus Status, Func<Task>? Beside)> BuildOnceAsync(string reason, IProgress<BuildProgress>? progress, bool rehearsal)
    {
        var build = Status.Build + 1;
        var clock = Stopwatch.StartNew();
        InMemoryBuild result;
        try
        {
            result = await SiteBuilder.BuildInMemoryAsync(_settingsPath, _previous, pagesFirst: true, progress);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var message = $"SiteGen failed unexpectedly ({e.GetType().Name}: {e.Message}). This is a fault in SiteGen, not in your content: please report it.";
            _stderr.WriteLine(message);
            _stderr.WriteLine(Site is null ? "Nothing to serve yet." : "Still serving the last good site.");
            return (new BuildStatus(build, Site?.Version, false, message, []), null);
        }

        if (result.Settings is not null) Settings = result.Settings;
        // A rehearsal's problems are the first build's, already printed, unless it found a change after all.
        if (!rehearsal) DiagnosticPrinter.Print(result.Result.Diagnostics, _stderr);
        var problems = BuildStatus.From(result.Result.Diagnostics);
        if (result.Files is null || result.Settings is null)
        {
            if (rehearsal) DiagnosticPrinter.Print(result.Result.Diagnostics, _stderr);
            var errors = result.Result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var message = $"{errors} {(errors == 1 ? "error" : "errors")}: {(Site is null ? "nothing to serve until they are fixed" : "still serving the last good site")}.";
            _stderr.WriteLine($"[{reason}] Build stopped, {message}");
            return (new BuildStatus(build, Site?.Version, false, message, problems), null);
        }

        var previous = Site;
        var basePath = PreviewSnapshot.BasePathOf(result.Settings.BaseUrl);
        IReadOnlyDictionary<string, byte[]> files;
        IReadOnlyList<string> changed;
        if (previous is null)
        {
            // Nothing is served yet: wait for the search index and the rest, so the first site is whole.
            if (progress is not null) _stdout.WriteLine("Making the search index and downloads…");
            files = Merge(result.Files, await result.Beside!);
            changed = PreviewMirror.Changed(null, files);
        }
        else
        {
            // The new pages are served at once, beside the previous build's search index and data until theirs are made.
            (files, changed) = PreviewMirror.PagesOver(previous.Files, _lastPages, result.Files);
        }

        _lastPages = result.Files;
        var version = previous is not null && changed.Count == 0 ? previous.Version : $"{_runId}-{++_siteGeneration}";
        Site = new PreviewSnapshot(version, files, basePath);
        WriteMirror(result.Settings, changed, files, firstBuild: previous is null);
        var (rendered, reused) = _previous.Pages.LastBuild;
        if (rehearsal && changed.Count > 0) DiagnosticPrinter.Print(result.Result.Diagnostics, _stderr);
        if (!rehearsal || changed.Count > 0) _stdout.WriteLine($"[{reason}] Built {result.Result.PagesWritten} pages ({rendered} rendered, {reused} unchanged) in {clock.Elapsed.TotalSeconds:0.00} s; {changed.Count} of {files.Count} files changed.");

        var status = new BuildStatus(build, version, true, null, problems);
        if (previous is null) return (status, null);
        return (status, async () =>
        {
            // The same version: the search index and downloads changing is no reason to reload an open page.
            IReadOnlyDictionary<string, byte[]> beside;
            try
            {
                beside = await result.Beside!;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _stderr.WriteLine($"SiteGen failed unexpectedly making the search index and downloads ({e.GetType().Name}: {e.Message}). This is a fault in SiteGen, not in your content: please report it. The pages are up to date; search and downloads are from the last build.");
                return;
            }

            var whole = Merge(result.Files, beside);
            var besideChanged = PreviewMirror.Changed(files, whole);
            Site = new PreviewSnapshot(version, whole, basePath);
            WriteMirror(result.Settings, besideChanged, whole, firstBuild: false);
        });
    }

    /// <summary><paramref name="files"/> with every file of <paramref name="beside"/> whose path it lacks.</summary>
    private static IReadOnlyDictionary<string, byte[]> Merge(IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, byte[]> beside)
    {
        var merged = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        foreach (var (path, bytes) in beside) merged.TryAdd(path, bytes);
        return merged;
    }

    /// <summary>The disk copy is a convenience: failing to write it is reported but never stops the preview.</summary>
    private void WriteMirror(SiteSettings settings, IReadOnlyList<string> changed, IReadOnlyDictionary<string, byte[]> files, bool firstBuild)
    {
        try
        {
            // On the first good build, changed holds every file.
            _mirror.Update(changed, files, firstBuild);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _stderr.WriteLine($"Could not update the copy in {settings.Relative(_mirror.Folder)}/ ({e.Message}); the preview itself is unaffected.");
        }
    }
}
