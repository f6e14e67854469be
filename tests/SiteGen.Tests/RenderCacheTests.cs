using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The preview's incremental rendering: after a change, only the pages it can reach are built and
/// rendered, and the site is byte for byte the site a build from scratch makes.
/// </summary>
public sealed class RenderCacheTests
{
    private const string Indicators = "content/plans/exampleshire/service-plan-2009/indicators/main.yml";
    private const string Objective = "content/plans/exampleshire/service-plan-2009/objectives/1-safe.yml";

    private const string Otherton = "content/plans/otherton/plan-2008";
    private const string ServicePlan = "content/plans/exampleshire/service-plan-2009";

    /// <summary>
    /// Edits of every kind the page graph's dependencies must follow. Each is confined to plan folders
    /// except the last, which reaches every page; the site built incrementally after each must be the
    /// site a build from scratch makes, byte for byte.
    /// </summary>
    public static TheoryData<string, string, string, string> Edits => new()
    {
        { "a figure", Indicators, "actual: 55.2%", "actual: 58.9%" },
        { "an objective's title", Objective, "title: Keep children safe", "title: Keep every child safe" },
        // Otherton no longer reports NI 59, so it stops being shared: its comparison page goes, and
        // Exampleshire's NI 59 page (in a plan the edit did not touch) loses its comparison link.
        { "whether a definition is shared", Otherton + "/indicators/all.yml", "reference: NI 59", "reference: OT 59" },
        // Otherton's plan moves to Exampleshire: Otherton has no plan left, so the list of councils changes.
        { "which councils have plans", Otherton + "/plan.yml", "organisation: otherton", "organisation: exampleshire" },
        // The corporate plan loses its child: its own overview, in a folder the edit did not touch, changes.
        { "a plan's parents", ServicePlan + "/plan.yml", "parents: [exampleshire/corporate-plan]", "parents: []" },
        // The service plan links to its parent by title.
        { "a parent plan's title", "content/plans/exampleshire/corporate-plan/plan.yml", "title: Corporate Plan 2008-2011", "title: Corporate Plan 2008-2012" },
        { "an organisation (every page)", "content/organisations/otherton.yml", "name: ", "name: The " },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_an_edit_the_site_is_as_a_full_build_makes_it(string kind, string file, string from, string to)
    {
        using var site = TempSite.CopyOfGoldenSite();
        var text = File.ReadAllText(site.Path(file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var outsidePlans = !file.StartsWith("content/plans/", StringComparison.Ordinal);
        await AssertIncrementalEqualsFull(site, kind, outsidePlans, () => site.Write(file, text.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task After_a_file_is_added_or_removed_the_site_is_as_a_full_build_makes_it()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string objective = "reference: \"2\"\ntitle: Keep children healthy\noutcomes: [stay-safe]\nindicators: [NI 59]\n";
        await AssertIncrementalEqualsFull(site, "an objective added", outsidePlans: false, () => site.Write(ServicePlan + "/objectives/2-healthy.yml", objective));
        await AssertIncrementalEqualsFull(site, "a progress report removed", outsidePlans: false, () => site.Delete(ServicePlan + "/progress/q4-2009-10.yml"));
    }

    /// <summary>Builds, edits, and builds again incrementally and from scratch (<see cref="IncrementalCheck"/>).</summary>
    private static async Task AssertIncrementalEqualsFull(TempSite site, string kind, bool outsidePlans, Action edit) =>
        await (await IncrementalCheck.StartAsync(site)).AfterAsync(kind, outsidePlans ? EditReach.Everything : EditReach.PlanFolders, edit);

    /// <summary>
    /// Plans an edit did not touch are reused, not bound again; a plan with a mistake must still be read
    /// and reported on every build until it is fixed, whatever else is edited meanwhile.
    /// </summary>
    [Fact]
    public async Task A_mistake_in_one_plan_is_still_reported_after_an_edit_to_another()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var cache = new IncrementalBuild();
        Assert.True((await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache)).Result.Succeeded);

        var othertonIndicators = Otherton + "/indicators/all.yml";
        site.Write(othertonIndicators, File.ReadAllText(site.Path(othertonIndicators)).Replace("polarity: higher-is-better", "polarity: upwards", StringComparison.Ordinal));
        var broken = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache);
        var mistake = Assert.Single(broken.Result.Diagnostics, d => d.Location.File.EndsWith("otherton/plan-2008/indicators/all.yml", StringComparison.Ordinal));

        site.Write(Indicators, File.ReadAllText(site.Path(Indicators)).Replace("actual: 55.2%", "actual: 58.9%", StringComparison.Ordinal));
        var after = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache);
        Assert.False(after.Result.Succeeded);
        Assert.Contains(mistake, after.Result.Diagnostics);
        Assert.Equal((await SiteBuilder.BuildInMemoryAsync(site.SettingsPath)).Result.Diagnostics, after.Result.Diagnostics);
    }

    /// <summary>
    /// What is derived of a plan alone is kept for plans an edit did not touch, and with it what deriving them
    /// found (here a budget total that does not add up): it must still be reported after an edit to another plan.
    /// </summary>
    [Fact]
    public async Task A_derived_warning_in_one_plan_is_still_reported_after_an_edit_to_another()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string budget = ServicePlan + "/budget.yml";
        site.Write(budget, File.ReadAllText(site.Path(budget)).Replace("net: \"672\"", "net: \"680\"", StringComparison.Ordinal));
        var cache = new IncrementalBuild();
        var first = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache);
        var warning = Assert.Single(first.Result.Diagnostics, d => d.Location.File.EndsWith("budget.yml", StringComparison.Ordinal));

        var othertonIndicators = Otherton + "/indicators/all.yml";
        site.Write(othertonIndicators, File.ReadAllText(site.Path(othertonIndicators)).Replace("reference: NI 59", "reference: OT 59", StringComparison.Ordinal));
        var after = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache);
        Assert.Contains(warning, after.Result.Diagnostics);
        Assert.Equal((await SiteBuilder.BuildInMemoryAsync(site.SettingsPath)).Result.Diagnostics, after.Result.Diagnostics);
        Assert.True(cache.Pages.LastBuildUnreached > 0);
    }

    /// <summary>After an edit in one plan folder the other plans are the very objects of the previous load; after an edit outside plan folders, none are.</summary>
    [Fact]
    public void Only_the_plan_folders_an_edit_touched_are_read_and_bound_again()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var first = ContentLoader.Load(site.SettingsPath, null, new DiagnosticBag(), stamp: true)!;
        Plan PlanOf(ContentLoader.Loaded loaded, string id) => loaded.Plans.Single(p => p.Id == id).Plan!;

        site.Write(Indicators, File.ReadAllText(site.Path(Indicators)).Replace("actual: 55.2%", "actual: 58.9%", StringComparison.Ordinal));
        var second = ContentLoader.Load(site.SettingsPath, null, new DiagnosticBag(), first)!;
        Assert.Equal(["exampleshire/service-plan-2009"], second.ChangedPlans!);
        Assert.Same(PlanOf(first, "otherton/plan-2008"), PlanOf(second, "otherton/plan-2008"));
        Assert.NotSame(PlanOf(first, "exampleshire/service-plan-2009"), PlanOf(second, "exampleshire/service-plan-2009"));

        site.Write("content/organisations/otherton.yml", File.ReadAllText(site.Path("content/organisations/otherton.yml")).Replace("name: ", "name: The ", StringComparison.Ordinal));
        var third = ContentLoader.Load(site.SettingsPath, null, new DiagnosticBag(), second)!;
        Assert.Null(third.ChangedPlans);
        Assert.NotSame(PlanOf(second, "otherton/plan-2008"), PlanOf(third, "otherton/plan-2008"));
    }

    [Fact]
    public async Task Nothing_is_rendered_again_when_nothing_changed()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var cache = new IncrementalBuild();
        var first = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache);
        await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache);
        Assert.Equal((0, first.Result.PagesWritten), cache.Pages.LastBuild);
    }
}
