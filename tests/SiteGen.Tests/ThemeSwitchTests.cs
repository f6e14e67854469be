using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>`theme:` in site.yml switches the look; a theme that extends default replaces only what it has.</summary>
public sealed class ThemeSwitchTests
{
    [Fact]
    public async Task A_theme_that_extends_default_replaces_its_own_files_and_inherits_the_rest()
    {
        using var site = TempSite.CopyOfSample();
        site.CopyInto(RepositoryRoot.Combine("tests", "SiteGen.Tests", "Fixtures", "themes", "minimal"), "themes/minimal");
        File.WriteAllText(site.SettingsPath, File.ReadAllText(site.SettingsPath).Replace("theme: default", "theme: minimal"));
        var output = site.Path("_site");

        var result = await site.BuildAsync(output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
        Assert.All(pages, page =>
        {
            var html = File.ReadAllText(page);
            Assert.Contains("class=\"minimal-theme\"", html);
            Assert.DoesNotContain("site-header", html);
        });

        // The plan navigation partial is the theme's; the indicator page itself is still default's.
        var indicator = File.ReadAllText(Path.Combine(output, "herefordshire/directorate-plan-2009-2011/indicators/ni-59/index.html"));
        Assert.Contains("class=\"minimal-plan-nav\"", indicator);
        Assert.DoesNotContain("class=\"plan-nav\"", indicator);
        Assert.Contains("<h2>Results and targets</h2>", indicator);

        // site.css is the theme's; the scripts are inherited from default.
        var assets = Directory.GetFiles(Path.Combine(output, "assets")).Select(Path.GetFileName).ToList();
        var css = Assert.Single(assets, a => a!.StartsWith("site.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains("body.minimal-theme", File.ReadAllText(Path.Combine(output, "assets", css!)));
        Assert.Contains(assets, a => a!.StartsWith("search.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a!.StartsWith("site.", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));
    }
}
