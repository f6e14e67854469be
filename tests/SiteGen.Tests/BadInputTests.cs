using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Content written by people, in editors, on different systems: what must simply work (byte-order
/// marks, Windows line endings, Welsh), what must be refused without harm (alias bombs), and what must
/// never become live markup however it is written (HTML, script, hostile links, paths out of the repository).
/// The one-mistake-per-code cases are in <see cref="DiagnosticTests"/>.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class BadInputTests(BuiltSample sample)
{
    private const string Objective = MinimalSite.PlanFolder + "/objectives/1-safe.yml";
    private const string Organisation = "content/organisations/testshire.yml";

    private static IEnumerable<(string Path, IDocument Page)> Pages(string output)
    {
        var parser = new HtmlParser();
        foreach (var path in Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return (path, parser.ParseDocument(File.ReadAllText(path)));
        }
    }

    /// <summary>A budget column id given twice once made deriving the totals crash after the binder had reported it.</summary>
    [Fact]
    public void A_budget_column_given_twice_is_reported_not_a_crash()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string budget = "content/plans/exampleshire/service-plan-2009/budget.yml";
        var text = File.ReadAllText(site.Path(budget));
        const string column = "      - {id: staff, label: Staff}\n";
        Assert.Contains(column, text, StringComparison.Ordinal);
        site.Write(budget, text.Replace(column, column + column, StringComparison.Ordinal));

        var error = Assert.Single(site.Validate(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("SG0201", error.Code);
        Assert.Equal(budget, error.Location.File);
        Assert.Contains("staff", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_at_its_first_anchor()
    {
        var bomb = new StringBuilder("name: Testshire County Council\nnation: England\nlols:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"  {level}: &{level} [{string.Join(",", Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        var files = MinimalSite.Files();
        files[Organisation] = bomb.ToString();
        using var site = new TempSite(files);

        DiagnosticAssert.Single(site.Validate(), "SG0101", Organisation, 4, 6);
    }

    [Fact]
    public async Task Byte_order_marks_and_Windows_line_endings_simply_work()
    {
        var files = MinimalSite.Files().ToDictionary(f => f.Key, f => "\uFEFF" + f.Value.Replace("\n", "\r\n"));
        using var site = new TempSite(files);

        DiagnosticAssert.None(site.Validate());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded);
        foreach (var (path, page) in Pages(site.Path("_site")))
        {
            Assert.DoesNotContain('\uFEFF', page.Body!.TextContent);
            Assert.DoesNotContain('\r', page.Title ?? string.Empty);
        }
    }

    [Fact]
    public void A_mistake_in_a_file_with_Windows_line_endings_is_reported_on_its_own_line_and_column()
    {
        var files = MinimalSite.Files();
        files[Objective] = files[Objective].Replace("title: Keep children safe", "title: Keep children safe\ncolour: red").Replace("\n", "\r\n");
        using var site = new TempSite(files);

        DiagnosticAssert.Single(site.Validate(), "SG0102", Objective, 3, 1);
    }

    [Fact]
    public async Task Welsh_and_typographic_characters_are_kept_exactly_and_routes_stay_plain()
    {
        const string title = "Gwella llesiant plant a’u teuluoedd: ŵyr, ŷd – “cymorth”";
        var files = MinimalSite.Files();
        files[Objective] = files[Objective].Replace("title: Keep children safe", $"title: \"{title.Replace("“", "\\u201C").Replace("”", "\\u201D")}\"");
        using var site = new TempSite(files);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        var pages = Pages(site.Path("_site")).ToList();
        Assert.Contains(title, string.Join("\n", pages.Select(p => p.Page.QuerySelector("h1")?.TextContent.Trim())));
        Assert.All(pages, p => Assert.Matches("^[a-z0-9/._-]+$", Path.GetRelativePath(site.Path("_site"), p.Path)));
    }

    /// <summary>Every text field an officer can write, carrying markup, script and both kinds of quote.</summary>
    private const string Payload = "<script>alert('x')</script><img src=x onerror=alert(1)><b onmouseover=\\\"alert(2)\\\">\\\"q\\\" 'a'</b>";

    private const string PayloadAsText = "<script>alert('x')</script><img src=x onerror=alert(1)><b onmouseover=\"alert(2)\">\"q\" 'a'</b>";

    private static Dictionary<string, string> HostileSite()
    {
        var files = MinimalSite.Files();
        void Inject(string path, string key, string value)
        {
            Assert.Contains($"{key}: {value}", files[path]);
            files[path] = files[path].Replace($"{key}: {value}", $"{key}: \"{value} {Payload}\"");
        }

        Inject("site.yml", "title", "Test plans");
        Inject(Organisation, "name", "Testshire County Council");
        Inject(Organisation, "post", "Director of Children's Services");
        Inject(Organisation, "name", "Ann Example");
        Inject("content/frameworks/ecm.yml", "name", "Stay safe");
        Inject("content/definitions/ni.yml", "title", "Initial assessments within 7 working days");
        Inject(MinimalSite.PlanFolder + "/plan.yml", "title", "Test Plan 2009-2011");
        Inject(Objective, "title", "Keep children safe");
        Inject(Objective, "description", "Recruit social workers");
        Inject(Objective, "timescale", "March 2010");
        Inject(MinimalSite.PlanFolder + "/indicators/main.yml", "title", "Number of CAFs completed");
        Inject(MinimalSite.PlanFolder + "/risks.yml", "description", "Not enough social workers");
        Inject(MinimalSite.PlanFolder + "/budget.yml", "title", "Revenue budget");
        files[MinimalSite.PlanFolder + "/sections/01-introduction.md"] = $"""
            ---
            title: "Introduction {Payload}"
            ---
            Raw markup: <script>alert('raw')</script> <iframe src="https://example.org"></iframe> <a href="javascript:alert(3)" onclick="alert(4)">x</a>

            Links: [script](javascript:alert(5)), [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==), [vb](vbscript:msgbox), [file](../../../../../../etc/passwd) and ![image](../../../../../../etc/passwd).
            """;
        return files;
    }

    [Fact]
    public async Task Markup_script_and_hostile_links_in_any_field_are_shown_as_text_never_run()
    {
        using var site = new TempSite(HostileSite());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var shownAsText = 0;
        foreach (var (path, page) in Pages(site.Path("_site")))
        {
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.Contains("assets/", s.GetAttribute("src") ?? "no src: an inline script"));

            // Structured data is a data block no browser runs; hostile text in it stays inside its JSON strings.
            Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), s =>
            {
                Assert.DoesNotContain("<", s.TextContent);
                Assert.Equal(System.Text.Json.JsonValueKind.Object, System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement.ValueKind);
            });
            Assert.Empty(page.QuerySelectorAll("iframe, object, embed, img[src='x'], b[onmouseover]"));
            foreach (var element in page.QuerySelectorAll("*"))
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction" or "srcset"))
                {
                    var value = attribute.Value.Trim().ToLowerInvariant();
                    Assert.False(value.StartsWith("javascript:") || value.StartsWith("data:") || value.StartsWith("vbscript:"), $"{path}: {element.TagName} {attribute.Name}={attribute.Value}");
                }
            }

            if (page.Body!.TextContent.Contains(PayloadAsText, StringComparison.Ordinal)) shownAsText++;
        }

        Assert.True(shownAsText > 5, $"the hostile text should be shown as text on the pages that show those fields; found on {shownAsText}");
        Assert.DoesNotContain(Directory.GetFiles(site.Path("_site"), "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("root:x:0:0", StringComparison.Ordinal));
    }

    /// <summary>
    /// Running as root in CI, file permissions cannot make the output unwritable, so the write failure
    /// is made the way the operating system makes it for anyone: the staging folder's name is longer
    /// than a file name may be. The build fails partway into emitting; the old site must survive intact.
    /// </summary>
    [Fact]
    public async Task A_build_that_cannot_write_leaves_the_existing_site_exactly_as_it_was_and_says_so_in_one_line()
    {
        using var site = new TempSite(MinimalSite.Files());
        var output = site.Path(new string('s', 240));
        Directory.CreateDirectory(Path.Combine(output, "old"));
        File.WriteAllText(Path.Combine(output, "index.html"), "the last good site");
        File.WriteAllText(Path.Combine(output, "old", "page.html"), "kept");

        var (exit, _, stderr) = await CliRunner.Run("build", "--config", site.SettingsPath, "--output", output);

        Assert.Equal(SiteGenCommand.InternalError, exit);
        var message = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("SiteGen failed unexpectedly", message);
        Assert.Contains("--verbose", message);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(["index.html", "old/page.html"], Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order());
        Assert.Equal("the last good site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".*staging*"));
    }

    [Fact]
    public async Task With_verbose_an_internal_error_shows_its_detail()
    {
        using var site = new TempSite(MinimalSite.Files());
        var output = site.Path(new string('s', 240));

        var (exit, _, stderr) = await CliRunner.Run("build", "--config", site.SettingsPath, "--output", output, "--verbose");

        Assert.Equal(SiteGenCommand.InternalError, exit);
        Assert.Contains("   at ", stderr);
    }

    [Fact]
    public void Every_page_of_the_sample_site_is_well_formed_html()
    {
        Assert.True(sample.Result.Succeeded);

        var problems = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) => problems.Add($"{((HtmlErrorEvent)e).Position.Line}:{((HtmlErrorEvent)e).Position.Column} {((HtmlErrorEvent)e).Message}");
        parser.ParseDocument("<!DOCTYPE html><title>t</title><p><b>mis-nested</p></b>");
        Assert.NotEmpty(problems);
        problems.Clear();
        var pages = Directory.GetFiles(sample.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 500, $"{pages.Length} pages");
        foreach (var path in pages)
        {
            var before = problems.Count;
            parser.ParseDocument(File.ReadAllText(path));
            for (var i = before; i < problems.Count; i++) problems[i] = $"{Path.GetRelativePath(sample.Output, path)}:{problems[i]}";
        }

        Assert.Empty(problems);
    }
}
