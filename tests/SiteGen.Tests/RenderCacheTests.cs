using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using SiteGen.ViewModels;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The preview's incremental rendering: after a change, only pages whose view model changed are
/// rendered, and the site is byte for byte the site a build from scratch makes.
/// </summary>
public sealed class RenderCacheTests
{
    private const string Indicators = "content/plans/exampleshire/service-plan-2009/indicators/main.yml";
    private const string Objective = "content/plans/exampleshire/service-plan-2009/objectives/1-safe.yml";

    [Theory]
    [InlineData(Indicators, "actual: 55.2%", "actual: 58.9%")]
    [InlineData(Objective, "title: Keep children safe", "title: Keep every child safe")]
    public async Task After_a_change_only_affected_pages_are_rendered_and_the_site_is_as_a_full_build_makes_it(string file, string from, string to)
    {
        using var site = TempSite.CopyOfGoldenSite();
        var themes = ThemeCatalog.Discover();
        var cache = new RenderCache();
        var first = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, themes, cache);
        Assert.True(first.Result.Succeeded, string.Join("\n", first.Result.Diagnostics));
        Assert.Equal((first.Result.PagesWritten, 0), cache.LastBuild);

        var text = File.ReadAllText(site.Path(file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
        var incremental = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, themes, cache);
        var full = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, themes);

        var (rendered, reused) = cache.LastBuild;
        Assert.True(rendered > 0 && reused > 0, $"{rendered} rendered, {reused} reused");
        Assert.Equal(full.Result.PagesWritten, rendered + reused);
        Assert.Equal(full.Files!.Keys.Order(StringComparer.Ordinal), incremental.Files!.Keys.Order(StringComparer.Ordinal));
        var stale = full.Files.Where(f => !f.Value.AsSpan().SequenceEqual(incremental.Files[f.Key])).Select(f => f.Key).ToList();
        Assert.True(stale.Count == 0, "Differs from a full build: " + string.Join(", ", stale));
        var changedPages = full.Files.Count(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && !f.Value.AsSpan().SequenceEqual(first.Files![f.Key]));
        Assert.True(rendered >= changedPages, $"{changedPages} pages changed but only {rendered} were rendered");
    }

    [Fact]
    public async Task Nothing_is_rendered_again_when_nothing_changed()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var cache = new RenderCache();
        var first = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, ThemeCatalog.Discover(), cache);
        await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, ThemeCatalog.Discover(), cache);
        Assert.Equal((0, first.Result.PagesWritten), cache.LastBuild);
    }

    /// <summary>Shapes are listed as their abstract base; each one's own fields must count, or a changed chart would look unchanged.</summary>
    [Fact]
    public void A_fingerprint_sees_the_fields_of_each_shape_in_a_chart()
    {
        static ChartView Chart(double y) => new("c", "line", "T", "D", 100, 50, [new ChartCircle(10, y, 2, "point"), new ChartText(0, 0, "x", "start", "label")], null);

        Assert.Equal(ModelFingerprint.Of(Chart(5)), ModelFingerprint.Of(Chart(5)));
        Assert.NotEqual(ModelFingerprint.Of(Chart(5)), ModelFingerprint.Of(Chart(6)));
        Assert.NotEqual(ModelFingerprint.Of(new Html("ab")), ModelFingerprint.Of(new Link("ab", "")));
    }
}
