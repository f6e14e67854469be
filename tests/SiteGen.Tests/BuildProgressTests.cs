using System.Collections.Concurrent;
using SiteGen.Cli;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>Progress is told of every stage and page, and shown only to a person at a terminal.</summary>
public sealed class BuildProgressTests
{
    private sealed class Recorder : IProgress<BuildProgress>
    {
        public ConcurrentQueue<BuildProgress> Reports { get; } = new();

        public void Report(BuildProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public async Task A_build_reports_its_stages_in_order_and_every_page_it_renders()
    {
        using var site = new TempSite(MinimalSite.Files());
        var recorder = new Recorder();

        var result = await SiteBuilder.BuildAsync(site.SettingsPath, site.Path("_site"), recorder);

        Assert.True(result.Succeeded);
        var reports = recorder.Reports.ToList();
        Assert.Equal([BuildStage.ReadingContent, BuildStage.RenderingPages, BuildStage.Writing], reports.Select(r => r.Stage).Distinct());
        var pages = reports.Where(r => r.Stage == BuildStage.RenderingPages && r.Done > 0).Select(r => r.Done).Order().ToList();
        Assert.Equal(Enumerable.Range(1, result.PagesWritten), pages);
        Assert.All(reports.Where(r => r.Stage != BuildStage.ReadingContent), r => Assert.Equal(result.PagesWritten, r.Total));
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, null, false)]
    [InlineData(true, "CI", false)]
    [InlineData(true, "GITHUB_ACTIONS", false)]
    [InlineData(true, "TF_BUILD", false)]
    public void Shown_only_at_a_terminal_outside_CI(bool terminal, string? variable, bool shown) =>
        Assert.Equal(shown, TerminalProgress.ShouldShow(terminal, name => name == variable ? "true" : null));
}
