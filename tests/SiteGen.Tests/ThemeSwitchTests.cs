using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>`theme:` in site.yml switches the whole look; the generator and the content stay as they are.</summary>
public sealed class ThemeSwitchTests
{
    [Fact]
    public async Task Naming_another_theme_in_site_yml_changes_every_page()
    {
        using var site = TempSite.CopyOfSample();
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
        var assets = Directory.GetFiles(Path.Combine(output, "assets")).Select(Path.GetFileName).ToList();
        Assert.Contains(assets, a => a!.StartsWith("minimal.", StringComparison.Ordinal));
        Assert.DoesNotContain(assets, a => a!.StartsWith("site.", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "herefordshire/directorate-plan-2009-2011/indicators/ni-59/index.html")));
    }
}
