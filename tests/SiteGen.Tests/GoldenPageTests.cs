using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

public sealed class GoldenPageTests
{
    [Fact]
    public async Task Plan_page_matches_the_golden_file()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "golden-site");
        var output = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(Path.Combine(fixture, "site.yml"), output, ThemeCatalog.Discover());
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.Diagnostics);
            var html = await File.ReadAllTextAsync(Path.Combine(output, "exampleshire", "service-plan-2009", "index.html"));
            Golden.AssertMatches("plan-page.html", html);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
