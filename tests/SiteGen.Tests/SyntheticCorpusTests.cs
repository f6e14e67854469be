using SiteGen.Benchmarks;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The benchmark's synthetic corpus (<c>tests/SiteGen.Benchmarks/SyntheticCorpus.cs</c>, compiled in
/// here too) is valid content at the proportions issue 9 asks for. No timings are asserted.
/// </summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void One_council_validates_with_no_errors_or_warnings_and_has_the_stated_proportions()
    {
        using var site = new TempSite();
        var summary = SyntheticCorpus.Write(site.Root, councils: 1);
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(site.SettingsPath, null, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(loaded);
        var plans = loaded.Facts.Site.Plans;
        Assert.Equal(3, plans.Count);
        Assert.Equal(3, summary.Plans);
        Assert.Equal(180, summary.Indicators);
        foreach (var plan in plans)
        {
            Assert.Equal(10, plan.Objectives.Count);
            Assert.All(plan.Objectives, o => Assert.True(o.Description?.Split("\n\n").Length >= 3, "a few paragraphs of narrative per objective"));
            Assert.Equal(50, plan.Objectives.Sum(o => o.Actions.Count));
            Assert.Equal(60, plan.Indicators.Count);
            Assert.All(plan.Indicators, i =>
            {
                Assert.Equal(6, i.Values.Count);
                Assert.Contains(i.Values, v => v.Target is not null);
                Assert.NotEmpty(i.Comparators);
            });
            Assert.Equal(40, plan.Indicators.Count(i => i.DefinitionReference is not null));
            Assert.Equal(15, plan.RiskRegister!.Risks.Count);
            Assert.Equal(40, Assert.Single(plan.Budgets).Lines.Count);
        }
    }

    [Fact]
    public void The_same_seed_writes_the_same_files()
    {
        using var first = new TempSite();
        using var second = new TempSite();
        SyntheticCorpus.Write(first.Root, councils: 2);
        SyntheticCorpus.Write(second.Root, councils: 2);
        var files = Directory.GetFiles(first.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 20, $"only {files.Count} files written");
        Assert.Equal(files, Directory.GetFiles(second.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Root, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllText(first.Path(f)), File.ReadAllText(second.Path(f))));
    }
}
