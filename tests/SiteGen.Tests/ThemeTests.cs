using SiteGen.Tests.Infrastructure;
using SiteGen.Rendering;
using SiteGen.Theming;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Themes as a web team meets them: a theme started with <c>sitegen theme new</c>, templates found through the
/// chain (site → theme → default), and compiling only what differs from the precompiled default theme, once.
/// </summary>
public sealed class ThemeTests
{
    [Fact]
    public void The_default_theme_has_a_template_for_every_kind_of_page()
    {
        Assert.Equal(17, PageTemplates.All.Count);
        Assert.All(PageTemplates.All, key => Assert.True(File.Exists(Path.Combine(ThemeLoader.ShippedThemes, "default", "layouts", key + ".cshtml")), key));
    }

    [Fact]
    public async Task The_default_theme_as_shipped_compiles_no_template_at_run_time()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var result = await site.BuildAsync(new TemplateStore(site.Path(".sitegen/cache/templates")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(0, result.Templates.Compiled);
        Assert.Equal(0, result.Templates.Cached);
        Assert.Equal(PrecompiledTemplates.Count, result.Templates.Precompiled);
        Assert.False(Directory.Exists(site.Path(".sitegen/cache/templates")));
    }

    [Fact]
    public async Task A_new_theme_builds_with_its_own_header_and_stylesheet_and_the_next_cold_build_compiles_nothing()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var (exit, stdout, stderr) = await CliRunner.Run("theme", "new", "acme", "--config", site.SettingsPath);
        Assert.True(exit == 0, stderr);
        Assert.Contains("theme: acme", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "theme.yml", "layouts/partials/header.cshtml", "assets/acme.css", "i18n/en.yml" })
        {
            Assert.True(File.Exists(site.Path("themes/acme/" + file)), file);
        }

        var header = site.Path("themes/acme/layouts/partials/header.cshtml");
        File.WriteAllText(header, File.ReadAllText(header).Replace("<header class=\"site-header\">", "<header class=\"site-header\"><p class=\"acme-banner\">Acme</p>", StringComparison.Ordinal));
        File.WriteAllText(site.SettingsPath, File.ReadAllText(site.SettingsPath) + "theme: acme\n");

        var cache = site.Path(".sitegen/cache/templates");
        var first = await site.BuildAsync(new TemplateStore(cache));
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal((PrecompiledTemplates.Count - 1, 0, 1), (first.Templates.Precompiled, first.Templates.Cached, first.Templates.Compiled));

        var pages = Directory.GetFiles(site.Path("_site"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var html = File.ReadAllText(page);
            Assert.Contains("class=\"acme-banner\"", html);
            // The theme's stylesheet comes after the default's, so its rules win.
            var siteCss = html.IndexOf("/site.", StringComparison.Ordinal);
            var acmeCss = html.IndexOf("/acme.", StringComparison.Ordinal);
            Assert.True(siteCss >= 0 && acmeCss > siteCss, page);
        });

        // A new process has nothing in memory: the cache on disk holds the compiled header.
        var second = await site.BuildAsync(new TemplateStore(cache));
        Assert.True(second.Succeeded);
        Assert.Equal((PrecompiledTemplates.Count - 1, 1, 0), (second.Templates.Precompiled, second.Templates.Cached, second.Templates.Compiled));

        // Changing the template compiles it again; the cache never serves an old version.
        File.WriteAllText(header, File.ReadAllText(header).Replace(">Acme<", ">Acme Council<", StringComparison.Ordinal));
        var third = await site.BuildAsync(new TemplateStore(cache));
        Assert.Equal(1, third.Templates.Compiled);
        Assert.Contains(">Acme Council<", File.ReadAllText(site.Path("_site/index.html")));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("Acme")]
    [InlineData("../out")]
    public async Task Theme_new_refuses_a_name_it_cannot_use(string name)
    {
        using var site = TempSite.CopyOfGoldenSite();
        var (exit, _, stderr) = await CliRunner.Run("theme", "new", name, "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.StartsWith("sitegen theme new: ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Path("themes")));
    }

    [Fact]
    public async Task A_site_level_override_of_one_partial_changes_every_page_and_keeps_the_rest_of_the_theme()
    {
        using var site = TempSite.CopyOfGoldenSite();
        site.Write("layouts/partials/footer.cshtml", "@model PageModel\n<footer class=\"site-footer\"><p class=\"our-footer\">Published by @Model.Site.Title</p></footer>\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = Directory.GetFiles(site.Path("_site"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var html = File.ReadAllText(page);
            Assert.Contains("<p class=\"our-footer\">Published by Golden test plans</p>", html);
            Assert.DoesNotContain("Figures are shown exactly as each plan prints them", html);
            Assert.Contains("class=\"site-header\"", html);
        });
    }

    [Fact]
    public async Task Text_is_written_as_itself_not_as_character_references()
    {
        using var site = TempSite.CopyOfGoldenSite();
        site.Write("layouts/partials/footer.cshtml", "@model PageModel\n<footer><p>@(\"Ŵ ŷ £ – “quoted” <b> & \")</p></footer>\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = File.ReadAllText(site.Path("_site/index.html"));
        Assert.Contains("<p>Ŵ ŷ £ – “quoted” &lt;b&gt; &amp; </p>", home);
    }

    /// <summary>
    /// What Razor promises a theme, kept by SiteGen's own renderer (which writes partials straight into the page
    /// rather than through RazorLight's buffers): a layout may name a layout of its own, and a page may define a
    /// section that its layout renders where it chooses.
    /// </summary>
    [Fact]
    public async Task A_layout_may_have_a_layout_of_its_own_and_render_a_section_the_page_defines()
    {
        using var site = TempSite.CopyOfGoldenSite();
        site.Write("layouts/_outer.cshtml", "@model PageModel\n<html><body><div class=\"outer\">@RenderBody()</div></body></html>\n");
        site.Write("layouts/_base.cshtml", "@model PageModel\n@{ Layout = \"_outer\"; }\n<div class=\"inner\">@RenderBody()</div>\n@RenderSection(\"aside\", required: false)\n");
        site.Write("layouts/home.cshtml", "@model HomePageModel\n@{ Layout = \"_base\"; Title = Model.Site.Title; }\n<h1>Home of @Model.Site.Title</h1>\n@section aside {\n<aside class=\"from-home\">An aside</aside>\n}\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = File.ReadAllText(site.Path("_site/index.html"));
        var (outer, inner, heading, aside) = (home.IndexOf("<div class=\"outer\">", StringComparison.Ordinal), home.IndexOf("<div class=\"inner\">", StringComparison.Ordinal), home.IndexOf("<h1>Home of Golden test plans</h1>", StringComparison.Ordinal), home.IndexOf("<aside class=\"from-home\">An aside</aside>", StringComparison.Ordinal));
        Assert.True(outer >= 0 && outer < inner && inner < heading && heading < aside, home);
        Assert.True(aside < home.IndexOf("</div></body>", StringComparison.Ordinal), "the section is rendered inside the outer layout, where the inner one put it");
        Assert.Equal(1, home.Split("<h1>").Length - 1);

        // Another page, with no section of its own, goes through the same two layouts.
        var method = File.ReadAllText(site.Path("_site/how-we-judge-progress/index.html"));
        Assert.Contains("<div class=\"outer\"><div class=\"inner\">", method.ReplaceLineEndings(""));
        Assert.DoesNotContain("from-home", method);
    }
}
