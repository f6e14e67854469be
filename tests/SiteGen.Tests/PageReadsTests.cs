using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// What a page depends on is recorded from what its builder reads (<see cref="ModelReads"/>), not declared: a read of
/// another plan through the model or the derived facts makes the page depend on that plan, and an edit rebuilds only the
/// pages whose reads it changed.
/// </summary>
public sealed class PageReadsTests
{
    private const string ServicePlan = "content/plans/exampleshire/service-plan-2009";
    private const string CorporatePlan = "content/plans/exampleshire/corporate-plan";
    private const string Otherton = "content/plans/otherton/plan-2008";

    [Fact]
    public void Reading_another_plan_through_the_facts_is_noted_for_the_page_being_built()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var facts = ContentLoader.Load(site.SettingsPath, null, new DiagnosticBag())!.Facts;
        var service = facts.Site.Plans.Single(p => p.Id == "exampleshire/service-plan-2009");

        var reads = new ModelReads();
        using (reads.Record()) _ = facts.Parents[service][0].Title;
        Assert.Contains(ModelReads.Plan("exampleshire/corporate-plan"), reads.Keys);
        Assert.Contains(FactKeys.Parents(service.Id), reads.Keys);

        var comparison = new ModelReads();
        using (comparison.Record()) _ = facts.Comparisons.ReportsOf("NI 59").Select(r => facts.OrganisationOf(r.Plan)).ToList();
        Assert.Equal(
            [FactKeys.Report("NI 59", "exampleshire/service-plan-2009"), FactKeys.Report("NI 59", "otherton/plan-2008"), FactKeys.Shared("NI 59")],
            comparison.Keys.Order(StringComparer.Ordinal));

        var everything = new ModelReads();
        using (everything.Record()) _ = facts.Judgements.Count + facts.Site.Plans.Count;
        Assert.Equal([ModelReads.AllPlans], everything.Keys);

        // Outside a page's build nothing is noted anywhere.
        var noted = reads.Keys.Count;
        _ = facts.Parents[facts.Site.Plans.Single(p => p.Id == "exampleshire/corporate-plan")];
        Assert.Equal(noted, reads.Keys.Count);
    }

    /// <summary>The service plan's overview names its parent by title, read through <see cref="SiteFacts.Parents"/>; nothing declares that.</summary>
    [Fact]
    public async Task A_page_that_reads_another_plan_is_rebuilt_when_that_plan_is_edited()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var check = await IncrementalCheck.StartAsync(site);
        await check.AfterAsync("a parent plan's title", EditReach.PlanFolders, () => Replace(site, CorporatePlan + "/plan.yml", "title: Corporate Plan 2008-2011", "title: Corporate Plan 2008-2012"));
        var rendered = Rendered(check);
        Assert.Contains("exampleshire/service-plan-2009/index.html", rendered);
        Assert.DoesNotContain(rendered, p => p.StartsWith("otherton/", StringComparison.Ordinal));
    }

    /// <summary>
    /// With a second shared definition, an edit to one indicator's figure rebuilds its plan's pages, its definition's
    /// comparison and the data page (its package grew), not the other definition's comparison nor the other council's pages.
    /// </summary>
    [Fact]
    public async Task An_indicator_edit_rebuilds_its_own_comparison_only_and_no_other_councils_pages()
    {
        using var site = TempSite.CopyOfGoldenSite();
        Append(site, "content/definitions/ni.yml", "  - reference: NI 60\n    title: Core assessments completed within 35 working days\n    unit: percent\n    polarity: higher-is-better\n");
        Append(site, ServicePlan + "/indicators/main.yml", "  - reference: NI 60\n    title: Core assessments within 35 days\n    unit: percent\n    polarity: higher-is-better\n    values:\n      - {period: 2008/09, actual: 80.1%}\n");
        Append(site, Otherton + "/indicators/all.yml", "  - reference: NI 60\n    title: Core assessments within 35 days\n    unit: percent\n    polarity: higher-is-better\n    values:\n      - {period: 2008/09, actual: 77.0%}\n");
        var check = await IncrementalCheck.StartAsync(site);

        await check.AfterAsync("a shared indicator's figure, its package growing", EditReach.PlanFolders, () => Replace(site, ServicePlan + "/indicators/main.yml", "actual: 55.2%", "actual: 55.25%"));
        var rendered = Rendered(check);
        Assert.Contains("compare/ni-59/index.html", rendered);
        Assert.Contains("data/index.html", rendered);
        Assert.DoesNotContain("compare/ni-60/index.html", rendered);
        Assert.DoesNotContain(rendered, p => p.StartsWith("otherton/", StringComparison.Ordinal));

        await check.AfterAsync("a local indicator's figure", EditReach.PlanFolders, () => Replace(site, ServicePlan + "/indicators/main.yml", "actual: 9.8%", "actual: 9.7%"));
        rendered = Rendered(check);
        Assert.Contains("exampleshire/service-plan-2009/index.html", rendered);
        Assert.DoesNotContain(rendered, p => p.StartsWith("compare/", StringComparison.Ordinal) || p.StartsWith("otherton/", StringComparison.Ordinal));

        await check.AfterAsync("the other council's figure of the second definition", EditReach.PlanFolders, () => Replace(site, Otherton + "/indicators/all.yml", "actual: 77.0%", "actual: 78.0%"));
        rendered = Rendered(check);
        Assert.Contains("compare/ni-60/index.html", rendered);
        Assert.DoesNotContain("compare/ni-59/index.html", rendered);
        Assert.DoesNotContain(rendered, p => p.StartsWith("exampleshire/service-plan-2009/", StringComparison.Ordinal));

        await check.AfterAsync("a definition no longer shared", EditReach.PlanFolders, () => Replace(site, Otherton + "/indicators/all.yml", "reference: NI 60", "reference: OT 60"));
        await check.AfterAsync("a definition shared again", EditReach.PlanFolders, () => Replace(site, Otherton + "/indicators/all.yml", "reference: OT 60", "reference: NI 60"));
    }

    /// <summary>
    /// The corporate plan's objective page lists the child objectives that carry its action forward, read through the
    /// plan chain; an edit in the child plan's folder alone must rebuild it.
    /// </summary>
    [Fact]
    public async Task A_child_objective_taking_an_action_forward_rebuilds_the_parents_objective_page()
    {
        using var site = TempSite.CopyOfGoldenSite();
        site.Write(CorporatePlan + "/objectives/1-children.yml", "reference: \"C\"\ntitle: Children first\nactions:\n  - reference: \"C1\"\n    description: Keep every child safe from harm\n");
        var check = await IncrementalCheck.StartAsync(site);
        await check.AfterAsync("a child objective takes the action forward", EditReach.PlanFolders, () => Replace(site, ServicePlan + "/objectives/1-safe.yml", "outcomes: [stay-safe]", "outcomes: [stay-safe]\nserves: [\"C1\"]"));
        Assert.Contains(Rendered(check), p => p.StartsWith("exampleshire/corporate-plan/objectives/", StringComparison.Ordinal));
        await check.AfterAsync("no longer taken forward", EditReach.PlanFolders, () => Replace(site, ServicePlan + "/objectives/1-safe.yml", "serves: [\"C1\"]", "serves: []"));
    }

    private static List<string> Rendered(IncrementalCheck check) => check.Cache.Pages.LastRendered.Select(p => p.File).ToList();

    private static void Replace(TempSite site, string file, string from, string to)
    {
        var text = File.ReadAllText(site.Path(file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void Append(TempSite site, string file, string text) => site.Write(file, File.ReadAllText(site.Path(file)).TrimEnd('\n') + "\n" + text);
}
