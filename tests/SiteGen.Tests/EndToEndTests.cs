using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The real sample site, built into a temporary folder and read back as a browser would.</summary>
public sealed class EndToEndTests : IClassFixture<EndToEndTests.BuiltSample>
{
    private readonly BuiltSample _sample;

    public EndToEndTests(BuiltSample sample) => _sample = sample;

    public sealed class BuiltSample : IAsyncLifetime
    {
        public TempSite Site { get; } = TempSite.CopyOfSample();

        public string Output => Site.Path("_site");

        public SiteGen.Pipeline.BuildResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await Site.BuildAsync(Output);

        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void The_sample_builds_without_errors() =>
        Assert.True(_sample.Result.Succeeded, string.Join("\n", _sample.Result.Diagnostics));

    [Theory]
    [InlineData("index.html")]
    [InlineData("herefordshire/directorate-plan-2009-2011/index.html")]
    [InlineData("rochdale/child-care-service-improvement-plan-2007-2010/index.html")]
    [InlineData("herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding/index.html")]
    [InlineData("rochdale/child-care-service-improvement-plan-2007-2010/objectives/1-long-term-stability/index.html")]
    public void Each_plan_and_objective_has_a_page(string page) => Assert.True(File.Exists(Path.Combine(_sample.Output, page)), page);

    [Fact]
    public void Every_objective_of_both_plans_has_a_page()
    {
        foreach (var plan in new[] { "herefordshire/directorate-plan-2009-2011", "rochdale/child-care-service-improvement-plan-2007-2010" })
        {
            var objectives = Directory.GetFiles(RepositoryRoot.Combine("content", "plans", plan, "objectives"), "*.yml");
            Assert.NotEmpty(objectives);
            foreach (var objective in objectives)
            {
                Assert.True(File.Exists(Path.Combine(_sample.Output, plan, "objectives", Path.GetFileNameWithoutExtension(objective), "index.html")), objective);
            }
        }
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_file()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories);
        var broken = new List<string>();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var targets = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!))
                .Concat(document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
            foreach (var href in targets)
            {
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith('#')) continue;
                Assert.False(href.StartsWith('/'), $"{page} links root-absolute to {href}");
                var path = href.Split('#')[0];
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
                if (path.EndsWith('/') || path.Length == 0) full = Path.Combine(full, "index.html");
                if (!File.Exists(full)) broken.Add($"{Path.GetRelativePath(_sample.Output, page)} → {href}");
            }
        }

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Pages_link_to_each_other_home_to_plan_to_objective_and_back()
    {
        var parser = new HtmlParser();
        string[] Links(string page) => parser.ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, page))).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Contains("herefordshire/directorate-plan-2009-2011/", Links("index.html"));
        Assert.Contains("rochdale/child-care-service-improvement-plan-2007-2010/", Links("index.html"));
        Assert.Contains("../../herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding/", Links("herefordshire/directorate-plan-2009-2011/index.html"));
        Assert.Contains("../../", Links("herefordshire/directorate-plan-2009-2011/index.html"));
        var objective = Links("herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding/index.html");
        Assert.Contains("../../../../herefordshire/directorate-plan-2009-2011/", objective);
        Assert.Contains("../../../../", objective);
    }

    [Fact]
    public void No_page_has_an_inline_script_or_style_attribute()
    {
        var parser = new HtmlParser();
        foreach (var page in Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") && s.TextContent.Trim().Length == 0, page));
            Assert.Empty(document.QuerySelectorAll("[style]"));
        }
    }
}
