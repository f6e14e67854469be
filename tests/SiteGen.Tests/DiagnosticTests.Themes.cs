using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The codes of themes and templates (SG06xx): a web team's mistake, at its file, line and column.</summary>
public sealed partial class DiagnosticTests
{
    private static async Task<(IReadOnlyList<SiteGen.Diagnostics.Diagnostic> Diagnostics, TempSite Site)> BuildWith(params (string Path, string Text)[] changes)
    {
        var files = MinimalSite.Files();
        foreach (var (path, text) in changes) files[path] = text;
        var site = new TempSite(files);
        var result = await site.BuildAsync();
        return (result.Diagnostics, site);
    }

    [Fact]
    public void SG0601_themes_that_extend_each_other()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith(
                ("site.yml", "title: Test plans\ntheme: north\n"),
                ("themes/north/theme.yml", "name: north\nextends: south\n"),
                ("themes/south/theme.yml", "name: south\nextends: north\n")),
            "SG0601", "themes/south/theme.yml", 2, 10);
        Assert.Contains("north → south → north", d.Message);
    }

    [Fact]
    public async Task SG0602_template_that_does_not_compile_stops_the_build_before_anything_is_written()
    {
        var (diagnostics, site) = await BuildWith(("layouts/partials/status-badge.cshtml", "@model (string Token, string Text)\n<span class=\"status\">\n@Model.Colour\n</span>\n"));
        using (site)
        {
            var d = DiagnosticAssert.Single(diagnostics, "SG0602", "layouts/partials/status-badge.cshtml", 3, 8);
            Assert.Contains("Colour", d.Message);
            Assert.Contains("CS1061", d.Message);
            Assert.False(Directory.Exists(site.Path("_site")));
        }
    }

    [Fact]
    public void SG0602_razor_syntax_error_is_reported_at_its_line_by_validate()
    {
        var diagnostics = ValidateWith(("layouts/home.cshtml", "@model HomePageModel\n@{ Layout = \"_base\"; }\n<h1>@Model.Title</h1>\n@if (true) {\n<p>unclosed\n"));
        Assert.All(diagnostics, d => Assert.Equal(("SG0602", "layouts/home.cshtml"), (d.Code, d.Location.File)));
        var first = diagnostics[0];
        Assert.Equal((4, 2), (first.Location.Line, first.Location.Column));
        Assert.EndsWith("(RZ1006)", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SG0603_template_that_fails_while_making_a_page_is_reported_at_its_line()
    {
        var (diagnostics, site) = await BuildWith(("layouts/home.cshtml", "@model HomePageModel\n@{ Layout = \"_base\"; Title = Model.Site.Title; }\n<h1>@Title</h1>\n@await Partial(\"partials/nowhere\", Model)\n"));
        using (site)
        {
            var d = DiagnosticAssert.Single(diagnostics, "SG0603", "layouts/home.cshtml", 4, 1);
            Assert.Contains("partials/nowhere", d.Message);
            Assert.False(Directory.Exists(site.Path("_site")));
        }
    }

    [Fact]
    public async Task SG0603_partial_that_names_a_layout_is_reported_at_the_partial()
    {
        var (diagnostics, site) = await BuildWith(("layouts/partials/footer.cshtml", "@model PageModel\n@{ Layout = \"_base\"; }\n<footer>Ours</footer>\n"));
        using (site)
        {
            var d = DiagnosticAssert.Single(diagnostics, "SG0603", "layouts/partials/footer.cshtml", 2, 4);
            Assert.Contains("the partial 'partials/footer' names a layout ('_base')", d.Message);
            Assert.False(Directory.Exists(site.Path("_site")));
        }
    }

    [Fact]
    public async Task SG0603_layout_that_never_renders_the_page_is_reported()
    {
        var (diagnostics, site) = await BuildWith(("layouts/_base.cshtml", "@model PageModel\n<html><body><p>No body here</p></body></html>\n"));
        using (site)
        {
            var d = DiagnosticAssert.Single(diagnostics, "SG0603", "layouts/_base.cshtml", 1, 1);
            Assert.Contains("the layout '_base' does not show everything the page gives it (RenderBody was not called)", d.Message);
            Assert.False(Directory.Exists(site.Path("_site")));
        }
    }

    [Fact]
    public async Task SG0604_word_that_no_words_file_gives()
    {
        var (diagnostics, site) = await BuildWith(("layouts/home.cshtml", "@model HomePageModel\n@{ Layout = \"_base\"; }\n<h1>@T(\"page.welcome\")</h1>\n"));
        using (site)
        {
            var d = DiagnosticAssert.Single(diagnostics, "SG0604", "i18n/en.yml", 1, 1);
            Assert.Contains("'page.welcome'", d.Message);
            Assert.False(Directory.Exists(site.Path("_site")));
        }
    }

    [Fact]
    public void SG0605_word_that_is_a_list()
    {
        var d = DiagnosticAssert.Single(ValidateWith(("i18n/en.yml", "nav:\n  overview: Overview\n  pages: [Actions, Risks]\n")), "SG0605", "i18n/en.yml", 3, 10);
        Assert.Contains("'nav.pages'", d.Message);
    }
}
