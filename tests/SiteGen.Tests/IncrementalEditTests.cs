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

    [Fact]
    public async Task Shared_files_site_settings_and_pages_edited_added_and_deleted()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var check = await IncrementalCheck.StartAsync(site);
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
