using SiteGen.Pipeline;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// <c>sitegen serve</c> after every kind of file an officer or a web team edits, adds or deletes: the
/// site built incrementally must be the site a build from scratch makes, byte for byte. The edits inside
/// plan folders are in <see cref="RenderCacheTests"/>; these reach further.
/// </summary>
public sealed class IncrementalEditTests
{
    private const string ServicePlan = "content/plans/exampleshire/service-plan-2009";

    /// <param name="watched">Whether serve's watcher reports each edit's paths (<see cref="IncrementalCheck.StartAsync"/>); without a report, every build lists and stamps the content folder.</param>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Shared_files_site_settings_and_pages_edited_added_and_deleted(bool watched)
    {
        using var site = TempSite.CopyOfGoldenSite();
        var check = await IncrementalCheck.StartAsync(site, watched);
        await check.AfterAsync("a shared definition", EditReach.Everything, () => Replace(site, "content/definitions/ni.yml", "title: Percentage of initial assessments", "title: Share of initial assessments"));
        await check.AfterAsync("an outcome framework", EditReach.Everything, () => Replace(site, "content/frameworks/ecm.yml", "name: ", "name: The "));
        await check.AfterAsync("site.yml", EditReach.Everything, () => Replace(site, "site.yml", "title: Golden test plans", "title: Golden plans under test"));
        await check.AfterAsync("a Markdown page", EditReach.Everything, () => Replace(site, "content/pages/about.md", "# How to read it", "# How to read the plans"));
        await check.AfterAsync("a Markdown page added", EditReach.Everything, () => site.Write("content/pages/contact.md", "---\ntitle: Contact us\n---\nWrite to the council.\n"));
        await check.AfterAsync("a Markdown page deleted", EditReach.Everything, () => site.Delete("content/pages/contact.md"));
        await check.AfterAsync("a plan's Markdown section", EditReach.PlanFolders, () => Replace(site, ServicePlan + "/sections/01-context.md", "The service employs", "A new first paragraph.\n\nThe service employs"));
        await check.AfterAsync("a content asset added", EditReach.Everything, () => site.Write("content/assets/report.txt", "the annual report"), changesAPage: false);
        await check.AfterAsync("a content asset edited", EditReach.Everything, () => site.Write("content/assets/report.txt", "the annual report, revised"), changesAPage: false);
        await check.AfterAsync("a content asset deleted", EditReach.Everything, () => site.Delete("content/assets/report.txt"), changesAPage: false);
    }

    /// <summary>
    /// Saves as editors make them, with serve's watcher reporting their paths: a temporary file written and renamed over
    /// the plan's file (the temporary path is reported, and gone by the build), a plan file and an objective added, and a
    /// folder of indicators moved out of the plan. Only the first can be built without listing the content folder again;
    /// each must still equal a full build.
    /// </summary>
    [Fact]
    public async Task Saves_through_a_temporary_file_and_files_added_or_moved_away_while_watched()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var check = await IncrementalCheck.StartAsync(site);
        var indicators = site.Path(ServicePlan + "/indicators");
        var file = Directory.GetFiles(indicators, "*.yml")[0];
        var relative = Path.GetRelativePath(site.Root, file);
        var text = File.ReadAllText(file);
        var value = System.Text.RegularExpressions.Regex.Match(text, @"actual: (\d+)");
        Assert.True(value.Success, "the golden site's indicators have an actual figure");
        var edited = text[..value.Groups[1].Index] + (int.Parse(value.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1) + text[(value.Groups[1].Index + value.Groups[1].Length)..];
        await check.AfterAsync("an indicator file saved through a temporary file", EditReach.PlanFolders, () => site.SaveThroughTemporaryFile(relative, edited));

        await check.AfterAsync("an objective added", EditReach.PlanFolders, () => site.Write(ServicePlan + "/objectives/9-added.yml", "reference: \"9\"\ntitle: Listen to children\n"));
        await check.AfterAsync("the added objective deleted", EditReach.PlanFolders, () => site.Delete(ServicePlan + "/objectives/9-added.yml"));

        // A folder moved away is one event for the folder: its files are not reported one by one.
        var sections = site.Path(ServicePlan + "/sections");
        await check.AfterAsync("a plan's folder of sections moved out of the content folder", EditReach.PlanFolders, () => Directory.Move(sections, site.Path("sections-moved-away")), reported: [sections]);
    }

    /// <summary>
    /// A save that leaves the file's size and time as they were (a clock that counts in seconds, or a tool that keeps
    /// the time) is seen because the watcher reported it: comparing stamps alone would miss it. So this fails if the
    /// build does not take the watcher's report.
    /// </summary>
    [Fact]
    public async Task A_reported_save_is_built_even_when_size_and_time_are_unchanged()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string indicators = ServicePlan + "/indicators/main.yml";
        var check = await IncrementalCheck.StartAsync(site);
        var file = site.Path(indicators);
        var time = File.GetLastWriteTimeUtc(file);
        await check.AfterAsync("a figure changed, same length, same time", EditReach.PlanFolders, () =>
        {
            Replace(site, indicators, "actual: 55.2%", "actual: 58.9%");
            File.SetLastWriteTimeUtc(file, time);
        });
    }

    /// <summary>
    /// A build with an error is not the one the next is compared with, so what was reported before it must reach the next
    /// build too: here another plan's edit, reported with a mistake in this one, is built once only the mistake is fixed.
    /// </summary>
    [Fact]
    public async Task Changes_reported_before_a_failed_build_reach_the_next_one()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string corporate = "content/plans/exampleshire/corporate-plan/plan.yml";
        const string indicators = ServicePlan + "/indicators/main.yml";
        var cache = new IncrementalBuild();
        cache.StartWatching();
        Assert.True((await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache)).Result.Succeeded);

        var good = File.ReadAllText(site.Path(indicators));
        Replace(site, corporate, "title: Corporate Plan 2008-2011", "title: Council Plan 2008-2011");
        Replace(site, indicators, "actual: 55.2%", "actual: [55.2%");
        cache.Changed(site.TakeTouched());
        Assert.False((await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache)).Result.Succeeded);

        site.Write(indicators, good);
        cache.Changed(site.TakeTouched());
        var incremental = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath, cache);
        var full = await SiteBuilder.BuildInMemoryAsync(site.SettingsPath);
        Assert.True(incremental.Result.Succeeded);
        var stale = full.Files!.Where(f => !incremental.Files!.TryGetValue(f.Key, out var bytes) || !bytes.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).ToList();
        Assert.True(stale.Count == 0, "differs from a full build: " + string.Join(", ", stale));
        Assert.Contains(full.Files!, f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("Council Plan 2008-2011", StringComparison.Ordinal));
    }

    /// <summary>A web team's own templates, words and stylesheets beside site.yml, added, edited and removed while serving.</summary>
    [Fact]
    public async Task Theme_templates_words_and_assets_edited_added_and_deleted()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var check = await IncrementalCheck.StartAsync(site);
        var footer = File.ReadAllText(RepositoryRoot.Combine("themes", "default", "layouts", "partials", "footer.cshtml"));
        const string partial = "layouts/partials/footer.cshtml";
        await check.AfterAsync("a template overridden", EditReach.Everything, () => site.Write(partial, footer.Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer own\">", StringComparison.Ordinal)));
        await check.AfterAsync("a template edited", EditReach.Everything, () => Replace(site, partial, "site-footer own", "site-footer ours"));
        await check.AfterAsync("a template override deleted", EditReach.Everything, () => site.Delete(partial));

        const string words = "i18n/en.yml";
        await check.AfterAsync("a words file added", EditReach.Everything, () => site.Write(words, "site:\n  footer-note: Figures are the councils' own.\n"));
        await check.AfterAsync("a words file edited", EditReach.Everything, () => Replace(site, words, "the councils' own", "as the councils published them"));
        await check.AfterAsync("a words file deleted", EditReach.Everything, () => site.Delete(words));

        const string stylesheet = "assets/own.css";
        await check.AfterAsync("a stylesheet added", EditReach.Everything, () => site.Write(stylesheet, "body { color: #111; }\n"));
        await check.AfterAsync("a stylesheet edited", EditReach.Everything, () => site.Write(stylesheet, "body { color: #222; }\n"));
        await check.AfterAsync("a stylesheet deleted", EditReach.Everything, () => site.Delete(stylesheet));
    }

    /// <summary>Welsh translations beside a page and a plan's section: added, edited and deleted.</summary>
    [Fact]
    public async Task Translations_edited_added_and_deleted()
    {
        using var site = TempSite.CopyOfGoldenSite();
        Replace(site, "site.yml", "title: Golden test plans", "title: Golden test plans\nlanguage: en-GB\nlanguages: [en-GB, cy]");
        Replace(site, "content/organisations/exampleshire.yml", "nation: Wales", "nation: Wales\nlanguages: [en-GB, cy]");
        var check = await IncrementalCheck.StartAsync(site);
        const string page = "content/pages/about.cy.md";
        await check.AfterAsync("a page's translation added", EditReach.Everything, () => site.Write(page, "---\ntitle: Am y wefan hon\n---\nMae'r wefan hon yn cyhoeddi cynlluniau.\n"));
        await check.AfterAsync("a page's translation edited", EditReach.Everything, () => Replace(site, page, "yn cyhoeddi cynlluniau", "yn cyhoeddi cynlluniau'r cyngor"));
        await check.AfterAsync("a page's translation deleted", EditReach.Everything, () => site.Delete(page));

        const string section = ServicePlan + "/sections/01-context.cy.md";
        await check.AfterAsync("a section's translation added", EditReach.PlanFolders, () => site.Write(section, "---\ntitle: 1.1 Cyd-destun\n---\nY cyd-destun.\n"));
        await check.AfterAsync("a section's translation edited", EditReach.PlanFolders, () => Replace(site, section, "Y cyd-destun.", "Y cyd-destun, yn Gymraeg."));
        await check.AfterAsync("a section's translation deleted", EditReach.PlanFolders, () => site.Delete(section));
    }

    private static void Replace(TempSite site, string file, string from, string to)
    {
        var text = File.ReadAllText(site.Path(file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
