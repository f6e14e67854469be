using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// <c>sitegen serve</c> keeps each plan's reference check and reuses it while what the check reads is unchanged
/// (<see cref="Binding.PlanChecks"/>). A plan that reads another — a child reading its parent's objectives — must be
/// checked again when only the parent was edited.
/// </summary>
public sealed class ReferenceCheckReuseTests
{
    private const string Corporate = "content/plans/exampleshire/corporate-plan";
    private const string ServiceObjective = "content/plans/exampleshire/service-plan-2009/objectives/1-safe.yml";

    [Fact]
    public void A_child_plan_is_checked_again_when_only_its_parent_changed()
    {
        using var site = TempSite.CopyOfGoldenSite();
        site.Write(Corporate + "/objectives/1-thrive.yml", "reference: \"C1\"\ntitle: Children thrive\n");
        var objective = File.ReadAllText(site.Path(ServiceObjective));
        site.Write(ServiceObjective, objective.Replace("title: Keep children safe", "title: Keep children safe\nserves: [C1]", StringComparison.Ordinal));

        var first = Load(site, null, out var good);
        Assert.DoesNotContain(good, d => d.Severity == DiagnosticSeverity.Error);

        // Only the parent's folder changed: the child is the same bound plan, but what it serves is gone.
        site.Write(Corporate + "/objectives/1-thrive.yml", "reference: \"C2\"\ntitle: Children thrive\n");
        Load(site, first, out var incremental, site.Path(Corporate + "/objectives/1-thrive.yml"));
        Load(site, null, out var full);

        var problem = Assert.Single(incremental, d => d.Code == "SG0216");
        Assert.Equal(ServiceObjective, problem.Location.File);
        Assert.Equal(full.Select(d => d.ToString()), incremental.Select(d => d.ToString()));

        // And back: the child is checked again and the problem is gone.
        site.Write(Corporate + "/objectives/1-thrive.yml", "reference: \"C1\"\ntitle: Children thrive\n");
        Load(site, first, out var fixedAgain, site.Path(Corporate + "/objectives/1-thrive.yml"));
        Assert.DoesNotContain(fixedAgain, d => d.Code == "SG0216");
    }

    /// <summary>
    /// A load as serve makes one: files stamped, compared with <paramref name="previous"/> (the last good load), with the
    /// watcher's report of the <paramref name="changed"/> file, so the same files are kept and only that one stamped again.
    /// </summary>
    private static ContentLoader.Loaded Load(TempSite site, ContentLoader.Loaded? previous, out IReadOnlyList<Diagnostic> diagnostics, string? changed = null)
    {
        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(site.SettingsPath, null, bag, previous, stamp: true, changedPaths: changed is null ? null : new HashSet<string> { changed })!;
        diagnostics = bag.Sorted();
        return loaded;
    }
}
