using SiteGen.Cli.Preview;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Serve lays each build's pages over the previous site (<see cref="PreviewMirror.PagesOver"/>): the pages are served at
/// once, the search index and downloads a moment later. A page the edit removed must go at once, and a page whose bytes
/// are the same must not count as changed (it would be written to the disk copy again, and reload open pages).
/// </summary>
public sealed class PreviewMirrorTests
{
    [Fact]
    public void A_build_laid_over_the_previous_site_keeps_the_files_beside_the_pages_and_drops_a_removed_page()
    {
        byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);
        var kept = Bytes("<p>kept</p>");
        var previous = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["kept/index.html"] = kept,
            ["same-bytes/index.html"] = Bytes("<p>same</p>"),
            ["edited/index.html"] = Bytes("<p>before</p>"),
            ["removed/index.html"] = Bytes("<p>removed</p>"),
            ["search/index.json"] = Bytes("{}"),
        };
        var previousPages = previous.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["kept/index.html"] = kept,
            ["same-bytes/index.html"] = Bytes("<p>same</p>"),
            ["edited/index.html"] = Bytes("<p>after</p>"),
            ["added/index.html"] = Bytes("<p>added</p>"),
        };

        var (files, changed) = PreviewMirror.PagesOver(previous, previousPages, pages);

        Assert.Equal(["added/index.html", "edited/index.html", "removed/index.html"], changed);
        Assert.Equal(["added/index.html", "edited/index.html", "kept/index.html", "same-bytes/index.html", "search/index.json"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("<p>after</p>", System.Text.Encoding.UTF8.GetString(files["edited/index.html"]));
        Assert.Same(previous["search/index.json"], files["search/index.json"]);
        Assert.Equal(PreviewMirror.Changed(previous, Merge(pages, previous, previousPages)), changed);
    }

    /// <summary>What laying the pages over the site means, written out the long way: the new pages, then whatever of the previous site is not a previous page.</summary>
    private static Dictionary<string, byte[]> Merge(Dictionary<string, byte[]> pages, Dictionary<string, byte[]> previous, Dictionary<string, byte[]> previousPages)
    {
        var merged = new Dictionary<string, byte[]>(pages, StringComparer.Ordinal);
        foreach (var (path, bytes) in previous.Where(f => !previousPages.ContainsKey(f.Key))) merged.TryAdd(path, bytes);
        return merged;
    }
}
