using SiteGen.Pipeline;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

/// <summary>How far an edit may reach: only plans' folders (some pages are then not even built), or anything.</summary>
public enum EditReach
{
    PlanFolders,
    Everything,
}

/// <summary>
/// A preview session over a real site folder, as <c>sitegen serve</c> keeps one: each edit is followed by an
/// incremental build, which must equal a build from scratch byte for byte and diagnostic for diagnostic.
/// </summary>
public sealed class IncrementalCheck
{
    private readonly TempSite _site;
    private readonly IncrementalBuild _cache = new();
    private InMemoryBuild _last = null!;
    private bool _watched;

    private IncrementalCheck(TempSite site) => _site = site;

    public IncrementalBuild Cache => _cache;

    /// <summary>Builds <paramref name="site"/> once, as serve's first build does.</summary>
    /// <param name="watched">
    /// As serve runs: a watcher reports each edit's paths (here, every path the edit wrote or deleted through
    /// <see cref="TempSite"/>), so a build that can stamps only those. False: nothing is reported, and each build lists
    /// and stamps the whole content folder, as when the watcher's report is not complete.
    /// </param>
    public static async Task<IncrementalCheck> StartAsync(TempSite site, bool watched = true)
    {
        var check = new IncrementalCheck(site) { _watched = watched };
        if (watched) check._cache.StartWatching();
        site.TakeTouched();
        check._last = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, check._cache);
        Assert.True(check._last.Result.Succeeded, string.Join("\n", check._last.Result.Diagnostics));
        return check;
    }

    /// <summary>
    /// Makes the edit and builds again incrementally and from scratch; the two must be identical, the edit must
    /// change some page (or it tests nothing), and an edit confined to plan folders must leave some pages unbuilt.
    /// </summary>
    /// <param name="changesAPage">False for an edit that changes a file beside the pages only (a content asset).</param>
    /// <param name="reported">Paths the watcher reports beside those the edit wrote or deleted through <see cref="TempSite"/> (a folder moved, say).</param>
    public async Task AfterAsync(string kind, EditReach reach, Action edit, bool changesAPage = true, IReadOnlyList<string>? reported = null)
    {
        edit();
        if (_watched) _cache.Changed(_site.TakeTouched().Concat(reported ?? []));
        else _site.TakeTouched();
        var incremental = await SiteBuilder.BuildInMemoryAsync(_site.SettingsPath, _cache);
        var full = await SiteBuilder.BuildInMemoryAsync(_site.SettingsPath);
        Assert.True(full.Result.Succeeded, kind + ": " + string.Join("\n", full.Result.Diagnostics));

        Assert.Equal(full.Result.Diagnostics, incremental.Result.Diagnostics);
        var (rendered, reused) = _cache.Pages.LastBuild;
        Assert.Equal(full.Result.PagesWritten, rendered + reused);
        Assert.Equal(full.Files!.Keys.Order(StringComparer.Ordinal), incremental.Files!.Keys.Order(StringComparer.Ordinal));
        var stale = full.Files.Where(f => !f.Value.AsSpan().SequenceEqual(incremental.Files[f.Key])).Select(f => f.Key).ToList();
        Assert.True(stale.Count == 0, $"{kind}: differs from a full build: " + string.Join(", ", stale));
        var changed = full.Files.Count(f => !_last.Files!.TryGetValue(f.Key, out var before) || !f.Value.AsSpan().SequenceEqual(before)) +
                      _last.Files!.Keys.Count(k => !full.Files.ContainsKey(k));
        Assert.True(changed > 0, $"{kind}: the edit changed no file, so it tests nothing");
        var changedPages = full.Files.Count(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && (!_last.Files.TryGetValue(f.Key, out var before) || !f.Value.AsSpan().SequenceEqual(before)));
        Assert.True(!changesAPage || changedPages > 0, $"{kind}: the edit changed no page, so it tests nothing");
        Assert.True(rendered >= changedPages, $"{kind}: {changedPages} pages changed but only {rendered} were rendered");
        if (reach == EditReach.PlanFolders) Assert.True(_cache.Pages.LastBuildUnreached > 0, $"{kind}: every page was built again");
        else Assert.Equal(0, _cache.Pages.LastBuildUnreached);
        _last = incremental;
    }
}
