using System.Net;
using SiteGen.Cli.Preview;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using SiteGen.Theming;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// <c>sitegen serve</c> in-process: a copy of the golden fixture site in a temporary folder, the real
/// preview server on a free port, real file changes picked up by the real watcher, real HTTP.
/// </summary>
public sealed class ServeTests
{
    private const string Objective = "content/plans/exampleshire/service-plan-2009/objectives/1-safe.yml";
    private const string ObjectivePage = "/plans/exampleshire/service-plan-2009/objectives/1-safe/";

    // Generous: a rebuild takes well under a second; this only bounds a test that would otherwise hang.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_change_is_rebuilt_and_served_an_error_keeps_the_last_good_site_and_a_fix_recovers()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr));
        using var http = new HttpClient { BaseAddress = server.Address };

        // Served under base_url's path (https://example.gov.uk/plans/), as it will be when published.
        Assert.NotEqual(0, server.Address.Port);
        Assert.Equal("/plans/", server.SiteAddress.AbsolutePath);
        Assert.Contains("Golden test plans", await http.GetStringAsync("/"));
        Assert.Contains("Keep children safe", await http.GetStringAsync(ObjectivePage));

        var mirror = server.Session.MirrorFolder!;
        var objectiveOnDisk = Path.Combine(mirror, "exampleshire", "service-plan-2009", "objectives", "1-safe", "index.html");
        var aboutOnDisk = Path.Combine(mirror, "about", "index.html");
        var aboutWritten = File.GetLastWriteTimeUtc(aboutOnDisk);
        var aboutBytes = File.ReadAllBytes(aboutOnDisk);

        // 1. An edit is rebuilt and served.
        var good = server.Session.Status;
        Assert.True(good.Ok, stderr.ToString());
        site.Write(Objective, File.ReadAllText(site.Path(Objective)).Replace("title: Keep children safe", "title: Keep every child safe", StringComparison.Ordinal));
        var rebuilt = await UntilAsync(server, s => s.Ok && s.Site != good.Site);
        Assert.Contains("Keep every child safe", await http.GetStringAsync(ObjectivePage));
        Assert.Contains("Keep every child safe", File.ReadAllText(objectiveOnDisk));

        // Only files whose bytes changed are rewritten: the about page does not mention objectives.
        Assert.Equal(aboutBytes, File.ReadAllBytes(aboutOnDisk));
        Assert.Equal(aboutWritten, File.GetLastWriteTimeUtc(aboutOnDisk));

        // 2. A mistake: the browser is told where it is, and the last good site stays served.
        using var events = await OpenEventsAsync(http);
        var current = await NextEventAsync(events, _ => true);
        Assert.True(current.Ok);
        Assert.Equal(rebuilt.Site, current.Site);

        site.Write(Objective, File.ReadAllText(site.Path(Objective)).Replace("indicators: [NI 59,", "indicators: [NI 95,", StringComparison.Ordinal));
        // Waits for this error in particular: a save can be seen half-written first, and that build fails differently.
        var broken = await NextEventAsync(events, s => !s.Ok && s.Diagnostics.Any(d => d.Message.Contains("NI 95", StringComparison.Ordinal)));
        var problem = Assert.Single(broken.Diagnostics, d => d.Severity == "error");
        Assert.Equal(Objective, problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Contains("NI 95", problem.Message, StringComparison.Ordinal);
        Assert.Equal(rebuilt.Site, broken.Site);
        Assert.Contains($"{Objective}:4:", stderr.ToString());

        using (var stillServed = await http.GetAsync(ObjectivePage))
        {
            Assert.Equal(HttpStatusCode.OK, stillServed.StatusCode);
            Assert.Contains("Keep every child safe", await stillServed.Content.ReadAsStringAsync());
        }

        var status = BuildStatus.FromJson(await http.GetStringAsync(LiveReload.StatusPath))!;
        Assert.False(status.Ok);
        Assert.Equal(Objective, status.Diagnostics.Single().File);

        // 3. The fix is built, the browser is told to reload, and the new page is served.
        site.Write(Objective, File.ReadAllText(site.Path(Objective))
            .Replace("indicators: [NI 95,", "indicators: [NI 59,", StringComparison.Ordinal)
            .Replace("title: Keep every child safe", "title: Keep all children safe", StringComparison.Ordinal));
        var fixedStatus = await NextEventAsync(events, s => s.Ok);
        Assert.NotEqual(rebuilt.Site, fixedStatus.Site);
        Assert.Contains("Keep all children safe", await http.GetStringAsync(ObjectivePage));
    }

    /// <summary>
    /// After an edit the pages are served first and the search index, indicator downloads and sitemap
    /// follow; once the rebuild is over, the copy on disk is again exactly what <c>sitegen build</c> writes.
    /// </summary>
    [Fact]
    public async Task After_an_edit_the_search_index_and_downloads_catch_up_with_the_pages()
    {
        using var site = TempSite.CopyOfGoldenSite();
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Null, TextWriter.Null);
        const string indicators = "content/plans/exampleshire/service-plan-2009/indicators/main.yml";
        var mirror = server.Session.MirrorFolder!;
        var searchBefore = Directory.GetFiles(Path.Combine(mirror, "search"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        // A figure (in the downloads) and a title (in the search index).
        site.Write(indicators, File.ReadAllText(site.Path(indicators)).Replace("actual: 55.2%", "actual: 58.9%", StringComparison.Ordinal));
        site.Write(Objective, File.ReadAllText(site.Path(Objective)).Replace("title: Keep children safe", "title: Keep every child safe", StringComparison.Ordinal));
        var status = await server.Session.RebuildAsync("test");
        Assert.True(status.Ok);

        var built = site.Path("_site");
        Assert.True((await site.BuildAsync(built)).Succeeded);
        var builtFiles = Directory.GetFiles(built, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(built, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(builtFiles, Directory.GetFiles(mirror, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(mirror, f)).Order(StringComparer.Ordinal).ToList());
        foreach (var file in builtFiles) Assert.True(File.ReadAllBytes(Path.Combine(built, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(mirror, file))), file + " differs from what sitegen build writes");
        Assert.Contains("58.9", File.ReadAllText(Path.Combine(mirror, "exampleshire", "service-plan-2009", "indicators", "ni-59", "ni-59.csv")));
        Assert.Contains(searchBefore, f => !File.Exists(f.Key) || !f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(f.Key)));
    }

    /// <summary>
    /// A web team's loop: save a template or a stylesheet and the open page reloads with the change; only the
    /// pages that use the template are rendered again; a template that does not compile is shown in the
    /// overlay at its line while the last good site stays served.
    /// </summary>
    [Fact]
    public async Task Editing_a_template_or_a_stylesheet_reloads_the_page_and_a_broken_template_is_shown_at_its_line()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string budgetTable = "layouts/partials/budget-table.cshtml";
        var original = File.ReadAllText(Path.Combine(ThemeLoader.ShippedThemes, "default", budgetTable));
        site.Write(budgetTable, original);
        site.Write("assets/local.css", ".budget { color: black; }\n");
        var stdout = new StringWriter();
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Synchronized(stdout), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        const string budgetPage = "/plans/exampleshire/service-plan-2009/budget/";
        Assert.True(server.Session.Status.Ok, string.Join("\n", server.Session.Status.Diagnostics.Select(d => d.Message)) + server.Session.Status.Message);
        Assert.Contains(">Service area<", await http.GetStringAsync(budgetPage));
        var pages = server.Session.Site!.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));

        using var events = await OpenEventsAsync(http);
        var current = await NextEventAsync(events, _ => true);

        // 1. A template: the page reloads with it, and only the pages that use it are rendered.
        site.Write(budgetTable, original.Replace("@T(\"budget.service-area\")", "Area of service", StringComparison.Ordinal));
        var afterTemplate = await NextEventAsync(events, s => s.Ok && s.Site != current.Site);
        Assert.Contains("Area of service", await http.GetStringAsync(budgetPage));
        var rendered = System.Text.RegularExpressions.Regex.Matches(stdout.ToString(), @"\((\d+) rendered, (\d+) unchanged\)").Last();
        Assert.Equal(1, int.Parse(rendered.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(pages - 1, int.Parse(rendered.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

        // 2. A word, in the site's own words file: only the pages that show it are rendered again.
        site.Write("i18n/en.yml", "budget:\n  line: Row\n");
        var afterWords = await ServedAsync(events, afterTemplate, async () => (await http.GetStringAsync(budgetPage)).Contains(">Row<", StringComparison.Ordinal));
        // The build that read the new words renders the one page that shows it. That is usually the build the save
        // started; on a loaded machine (once in five runs) no such build had printed a line, and the words came in with
        // the one that follows when serve starts watching the new i18n/ folder. Whichever of the two renders pages,
        // the other changes nothing and renders none.
        var wordBuilds = System.Text.RegularExpressions.Regex.Matches(stdout.ToString(), @"\[i18n[^\]]* (?:changed|created)\] Built \d+ pages \((\d+) rendered")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(1, wordBuilds.FirstOrDefault(n => n > 0));

        // 3. A stylesheet: every page links the new version (its name carries its content's hash).
        site.Write("assets/local.css", ".budget { color: navy; }\n");
        await ServedAsync(events, afterWords, async () =>
        {
            var page = await http.GetStringAsync(budgetPage);
            var href = System.Text.RegularExpressions.Regex.Match(page, "href=\"([^\"]*local\\.[^\"]*\\.css)\"").Groups[1].Value;
            return (await http.GetStringAsync(new Uri(new Uri(server.Address, budgetPage), href))).Contains("navy", StringComparison.Ordinal);
        });

        // 4. A broken template: the overlay says where; the last good site is still served.
        site.Write(budgetTable, original.Replace("@Model.Id\"", "@Model.Identifier\"", StringComparison.Ordinal));
        var broken = await NextEventAsync(events, s => !s.Ok);
        var problem = Assert.Single(broken.Diagnostics);
        Assert.Equal((budgetTable, "SG0602"), (problem.File, problem.Code));
        var line = original[..original.IndexOf("@Model.Id\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(line, problem.Line);
        // The failed build names the site still served, which is the last good one: it still has every change above.
        // (Which build number that is varies: on a loaded machine a save can reach the site in two builds.)
        Assert.Equal(server.Session.Site!.Version, broken.Site);
        var stillServed = await http.GetStringAsync(budgetPage);
        Assert.Contains("Area of service", stillServed);
        Assert.Contains(">Row<", stillServed);
    }

    [Fact]
    public async Task The_reload_script_is_added_to_served_pages_but_never_to_the_files()
    {
        using var site = TempSite.CopyOfGoldenSite();
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };

        var page = await http.GetStringAsync(ObjectivePage);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf(LiveReload.ScriptPath, StringComparison.Ordinal) < page.LastIndexOf("</body>", StringComparison.Ordinal), "the script goes inside the body");
        using var script = await http.GetAsync(LiveReload.ScriptPath);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("alertdialog", await script.Content.ReadAsStringAsync());

        var files = Directory.GetFiles(server.Session.MirrorFolder!, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("index.html", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains("__sitegen", StringComparison.Ordinal));

        // What is on disk is byte for byte what `sitegen build` writes.
        var built = site.Path("_site");
        Assert.True((await site.BuildAsync(built)).Succeeded);
        var builtFiles = Directory.GetFiles(built, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(built, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(builtFiles, files.Select(f => Path.GetRelativePath(server.Session.MirrorFolder!, f)).Order(StringComparer.Ordinal).ToList());
        foreach (var file in builtFiles) Assert.Equal(File.ReadAllBytes(Path.Combine(built, file)), File.ReadAllBytes(Path.Combine(server.Session.MirrorFolder!, file)));
    }

    [Fact]
    public async Task A_port_in_use_is_explained_and_a_port_out_of_range_refused()
    {
        using var site = TempSite.CopyOfGoldenSite();
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, stdout, stderr) = await CliRunner.Run("serve", "--config", site.SettingsPath, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, exit);
        Assert.Contains($"Port {port} is already in use", stderr, StringComparison.Ordinal);

        // Said before building anything (issue 16: on a large site it came after a minute's build): nothing was built or written.
        Assert.DoesNotContain("Rendering", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Built", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Path(".sitegen")));

        (exit, _, stderr) = await CliRunner.Run("serve", "--config", site.SettingsPath, "--port", "70000");
        Assert.Equal(1, exit);
        Assert.Contains("--port must be between 0 and 65535", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// A page on another site cannot read the preview by pointing a name of its own at 127.0.0.1 (DNS rebinding):
    /// the request still carries that name as its Host, and only the preview's own addresses are answered.
    /// </summary>
    [Fact]
    public async Task Requests_addressed_to_another_host_are_refused()
    {
        using var site = TempSite.CopyOfGoldenSite();
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        var port = server.Address.Port;

        foreach (var host in new[] { $"attacker.example:{port}", "127.0.0.1:1", $"127.0.0.1.nip.io:{port}", $"localhost.attacker.example:{port}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = host;
            using var refused = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("Golden test plans", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LOCALHOST:{port}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, server.SiteAddress);
            request.Headers.Host = host;
            using var answered = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
    }

    /// <summary>The first build of a large site takes a minute or more; the terminal says what it is doing meanwhile.</summary>
    [Fact]
    public async Task The_first_build_says_how_far_it_has_got()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var stdout = new StringWriter();
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Synchronized(stdout), TextWriter.Null);
        var lines = stdout.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();

        int Index(string start) => lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(Index("Listening on http://127.0.0.1:") >= 0, stdout.ToString());
        Assert.True(Index("Listening on") < Index("Reading and checking the content"), stdout.ToString());
        Assert.True(Index("Reading and checking the content") < Index("Rendering 25 pages"), stdout.ToString());
        Assert.True(Index("Rendering 25 pages") < Index("[start] Built 25 pages"), stdout.ToString());
    }

    /// <summary>
    /// Before it says it is previewing, serve rehearses an edit (a build with nothing changed), so the officer's first edit
    /// is as quick as the ones after it. The rehearsal is silent: no second "Built" line, no new site version (an open
    /// page would reload), the first build's warnings not printed twice.
    /// </summary>
    [Fact]
    public async Task Serve_rehearses_an_edit_before_previewing_without_a_word_or_a_reload()
    {
        using var site = TempSite.CopyOfGoldenSite();
        site.Write(Objective, File.ReadAllText(site.Path(Objective)).Replace("title: Keep children safe", "title: " + SiteGen.Binding.Placeholders.ObjectiveTitle, StringComparison.Ordinal));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr));

        var status = server.Session.Status;
        Assert.True(status.Ok, stderr.ToString());
        Assert.Equal(2, status.Build);
        Assert.EndsWith("-1", status.Site, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stdout.ToString(), " Built "));
        Assert.DoesNotContain("rehearsal", stdout.ToString(), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stderr.ToString(), "SG0308"));
    }

    /// <summary>Issue 16: an unclosed <c>{</c> made the loader crash, and serve showed nothing; now it is a problem at its place like any other.</summary>
    [Fact]
    public async Task An_unclosed_brace_is_shown_at_its_place_and_the_last_good_site_stays()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string indicators = "content/plans/exampleshire/service-plan-2009/indicators/main.yml";
        await using var server = await PreviewServer.StartAsync(site.SettingsPath, 0, TextWriter.Null, TextWriter.Null);
        var good = server.Session.Status;
        Assert.True(good.Ok);

        var lines = File.ReadAllLines(site.Path(indicators));
        var at = Array.FindIndex(lines, l => l.TrimStart().StartsWith("- {period:", StringComparison.Ordinal) && l.TrimEnd().EndsWith('}'));
        lines[at] = lines[at].TrimEnd()[..^1];
        File.WriteAllLines(site.Path(indicators), lines);
        var broken = await server.Session.RebuildAsync("test");

        Assert.False(broken.Ok);
        var problem = Assert.Single(broken.Diagnostics, d => d.Severity == "error");
        Assert.Equal(("SG0101", indicators, at + 1, lines[at].IndexOf('{', StringComparison.Ordinal) + 1), (problem.Code, problem.File, problem.Line, problem.Column));
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
        Assert.Equal(good.Site, broken.Site);
    }

    [Theory]
    [InlineData("https://council.gov.uk/performance/", "/performance/")]
    [InlineData("https://council.gov.uk/performance", "/performance/")]
    [InlineData("https://council.gov.uk/", "/")]
    [InlineData(null, "/")]
    public void The_site_is_served_under_the_path_of_base_url(string? baseUrl, string expected) =>
        Assert.Equal(expected, PreviewSnapshot.BasePathOf(baseUrl));

    private static async Task<BuildStatus> UntilAsync(PreviewServer server, Func<BuildStatus, bool> done)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var status = server.Session.Status;
        while (!done(status)) status = await server.Session.WaitForBuildAsync(status.Build, timeout.Token);
        return status;
    }

    private static async Task<StreamReader> OpenEventsAsync(HttpClient http)
    {
        var response = await http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>Reads Server-Sent Events until a <c>build</c> event satisfies <paramref name="wanted"/>.</summary>
    /// <summary>
    /// The first good build after <paramref name="after"/> whose site shows what <paramref name="shows"/> looks for. A save
    /// can reach the site in two builds (creating a folder makes serve build once more when it starts watching it, and
    /// on a loaded machine the first may read a file half written), so the next new site is not always the one wanted;
    /// if the change never shows, the wait times out and the test fails.
    /// </summary>
    private static async Task<BuildStatus> ServedAsync(StreamReader events, BuildStatus after, Func<Task<bool>> shows)
    {
        var seen = after.Site;
        while (true)
        {
            var status = await NextEventAsync(events, s => s.Ok && s.Site != seen);
            if (await shows()) return status;
            seen = status.Site;
        }
    }

    private static async Task<BuildStatus> NextEventAsync(StreamReader events, Func<BuildStatus, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            var status = BuildStatus.FromJson(line["data: ".Length..])!;
            if (wanted(status)) return status;
        }

        throw new InvalidOperationException("The event stream ended.");
    }
}
