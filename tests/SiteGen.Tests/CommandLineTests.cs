using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;
using static SiteGen.Tests.Infrastructure.CliRunner;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The real command line, in process: exit codes, messages and what happens to the output folder.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Validate_on_the_sample_content_reports_no_errors()
    {
        using var site = TempSite.CopyOfSample();
        var (exit, stdout, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.True(exit == 0, stderr);
        Assert.Contains(" 0 errors", stdout);
    }

    /// <summary>The foundation issue's own check: three different mistakes, each reported at its own place, and the last good site untouched.</summary>
    [Fact]
    public async Task Three_mistakes_are_all_reported_and_a_previous_build_is_left_as_it_was()
    {
        using var site = TempSite.CopyOfSample();
        var output = site.Path("_site");
        var (firstExit, _, firstErr) = await Run("build", "--config", site.SettingsPath, "--output", output);
        Assert.True(firstExit == 0, firstErr);
        var before = Snapshot(output);

        const string plan = "content/plans/rochdale/child-care-service-improvement-plan-2007-2010/plan.yml";
        const string objective = "content/plans/herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding.yml";
        const string indicators = "content/plans/herefordshire/directorate-plan-2009-2011/indicators/3-early-years.yml";
        var (planLine, _) = Edit(site, plan, l => l.StartsWith("kind:", StringComparison.Ordinal), l => "   " + l);
        var (objectiveLine, _) = Edit(site, objective, l => l.StartsWith("indicators: [NI 59,", StringComparison.Ordinal), l => l.Replace("[NI 59,", "[NI 95,"));
        var (keyLine, _) = Edit(site, indicators, l => l == "    values:", l => "    valeus:");

        var (exit, _, stderr) = await Run("build", "--config", site.SettingsPath, "--output", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{plan}:{planLine}:", stderr);
        Assert.Contains("error SG0101", stderr);
        Assert.Contains($"{objective}:{objectiveLine}:14: error SG0202: there is no indicator 'NI 95'", stderr);
        Assert.Contains($"{indicators}:{keyLine}:5: error SG0102: 'valeus' is not a key SiteGen knows for an indicator (did you mean `values`?)", stderr);
        Assert.Contains("3 errors", stderr);
        Assert.NotEmpty(before);
        Assert.Equal(before, Snapshot(output));

        var (validateExit, _, validateErr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, validateExit);
        Assert.Contains("3 errors", validateErr);
    }

    [Fact]
    public async Task A_missing_settings_file_is_a_clear_error_not_a_crash()
    {
        var (exit, _, stderr) = await Run("validate", "--config", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "site.yml"));
        Assert.Equal(1, exit);
        Assert.Contains("error SG0001", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Validate_in_github_format_prints_one_workflow_command_per_problem_on_its_line()
    {
        using var site = TempSite.CopyOfSample();
        const string objective = "content/plans/herefordshire/directorate-plan-2009-2011/objectives/2-safeguarding.yml";
        var (line, _) = Edit(site, objective, l => l.StartsWith("indicators: [NI 59,", StringComparison.Ordinal), l => l.Replace("[NI 59,", "[NI 95,"));
        var (exit, stdout, _) = await Run("validate", "--config", site.SettingsPath, "--format", "github");
        Assert.Equal(1, exit);
        // The sample's two budgets whose printed totals are off by one are warnings; the mistake is the one error.
        Assert.Equal(2, stdout.Split('\n').Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        var command = Assert.Single(stdout.Split('\n'), l => l.StartsWith("::error ", StringComparison.Ordinal));
        var help = DiagnosticPrinter.HelpLink(SiteGen.Diagnostics.DiagnosticCatalog.UnknownIndicator);
        Assert.Equal($"::error file={objective},line={line},col=14,title=SG0202 Unknown indicator::there is no indicator 'NI 95' in this plan (did you mean `NI 45` or `NI 55` or `NI 59`?)%0AWhat SG0202 means and what to do: {help}", command.TrimEnd());
    }

    [Fact]
    public void Workflow_command_properties_and_messages_are_escaped()
    {
        var d = SiteGen.Diagnostics.Diagnostic.Create(SiteGen.Diagnostics.DiagnosticCatalog.YamlSyntax, new SiteGen.Diagnostics.SourceLocation("content/a,b:c.yml", 2, 3), null, "50% done\nnext line");
        Assert.Equal("::error file=content/a%2Cb%3Ac.yml,line=2,col=3,title=SG0101 YAML cannot be read::50%25 done%0Anext line", DiagnosticPrinter.GitHubCommand(d));
    }

    [Fact]
    public async Task Validate_in_json_format_prints_a_versioned_report_and_nothing_else()
    {
        using var site = TempSite.CopyOfSample();
        const string indicators = "content/plans/herefordshire/directorate-plan-2009-2011/indicators/3-early-years.yml";
        var (line, _) = Edit(site, indicators, l => l == "    values:", _ => "    valeus:");
        var (exit, stdout, _) = await Run("validate", "--config", site.SettingsPath, "--format", "json");
        Assert.Equal(1, exit);
        var report = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(1, report.GetProperty("version").GetInt32());
        Assert.Equal(1, report.GetProperty("errors").GetInt32());
        Assert.Equal(2, report.GetProperty("warnings").GetInt32());
        var d = Assert.Single(report.GetProperty("diagnostics").EnumerateArray(), x => x.GetProperty("severity").GetString() == "error");
        Assert.Equal(["code", "severity", "title", "file", "line", "column", "message", "suggestion", "help"], d.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith("content/README.md#sg0102", d.GetProperty("help").GetString());
        Assert.Equal(("SG0102", "error", indicators, line, 5), (d.GetProperty("code").GetString(), d.GetProperty("severity").GetString(), d.GetProperty("file").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
        Assert.Equal("did you mean `values`?", d.GetProperty("suggestion").GetString());
    }

    /// <summary>Each code's help is its row of the officers' guide; on GitHub Actions, at the commit being checked, so it opens from the pull request.</summary>
    [Fact]
    public void Help_links_point_at_the_codes_row_of_the_guide()
    {
        var code = SiteGen.Diagnostics.DiagnosticCatalog.TextReadAsComment;
        Assert.Equal("content/README.md#sg0111", DiagnosticPrinter.HelpLink(code, _ => null));
        var github = new Dictionary<string, string> { ["GITHUB_SERVER_URL"] = "https://github.com", ["GITHUB_REPOSITORY"] = "council/plans", ["GITHUB_SHA"] = "abc123" };
        Assert.Equal("https://github.com/council/plans/blob/abc123/content/README.md#sg0111", DiagnosticPrinter.HelpLink(code, github.GetValueOrDefault));
    }

    [Fact]
    public async Task The_text_format_ends_with_the_help_link_of_each_code_shown()
    {
        using var site = TempSite.CopyOfSample();
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(0, exit);
        // The sample's two budgets off by one are SG0401 warnings: one link, once.
        var help = Assert.Single(stderr.Split('\n'), l => l.StartsWith("What each code means", StringComparison.Ordinal));
        Assert.EndsWith(DiagnosticPrinter.HelpLink(SiteGen.Diagnostics.DiagnosticCatalog.BudgetTotalMismatch), help.TrimEnd());
    }

    /// <summary>Changes the first line matching <paramref name="match"/>; returns its 1-based number and new text.</summary>
    private static (int Line, string Text) Edit(TempSite site, string file, Func<string, bool> match, Func<string, string> change)
    {
        var lines = File.ReadAllLines(site.Path(file));
        var index = Array.FindIndex(lines, l => match(l));
        Assert.True(index >= 0, $"{file} has no line to change");
        lines[index] = change(lines[index]);
        File.WriteAllLines(site.Path(file), lines);
        return (index + 1, lines[index]);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
