using System.Text.Json;
using SiteGen.Tests.Infrastructure;
using Xunit;
using static SiteGen.Tests.Infrastructure.CliRunner;

namespace SiteGen.Tests;

/// <summary>
/// The mistakes issue 16 found officers making, each made as they made it and run through the real command
/// line: the message names the right file, line and column and says what to do; nothing crashes, nothing is
/// lost without a word. (Import, <c>sitegen new</c>, serve, publishing and installing have their own test classes.)
/// </summary>
public sealed class OfficerMistakeTests
{
    private const string Objective = MinimalSite.PlanFolder + "/objectives/1-safe.yml";
    private const string Indicators = MinimalSite.PlanFolder + "/indicators/main.yml";

    private static TempSite MinimalWith(params (string Path, string Text)[] changes)
    {
        var files = MinimalSite.Files();
        foreach (var (path, text) in changes) files[path] = text;
        return new TempSite(files);
    }

    private static string Changed(string path, string oldText, string newText)
    {
        var text = MinimalSite.Files()[path];
        Assert.Contains(oldText, text);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>The one-line entry the guide teaches, its closing brace forgotten: exit 2 and no place before; now one error, at the brace, in every format.</summary>
    [Fact]
    public async Task An_unclosed_brace_is_one_error_at_the_brace_in_every_format()
    {
        using var site = TempSite.CopyOfSample();
        const string file = "content/plans/herefordshire/directorate-plan-2009-2011/indicators/2-safeguarding.yml";
        var text = File.ReadAllText(site.Path(file));
        site.Write(file, text.Replace("      - {period: 2007/08, actual: 55.2%}\n", "      - {period: 2007/08, actual: 55.2%\n", StringComparison.Ordinal));

        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"{file}:6:9: error SG0101: this `{{` is never closed", stderr);
        // The indicators the file holds are not reported again as missing wherever they are referred to.
        Assert.Matches(@"Checked \d+ files: 1 error,", stderr);

        (exit, var json, _) = await Run("validate", "--config", site.SettingsPath, "--format", "json");
        Assert.Equal(1, exit);
        var error = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(("SG0101", file, 6, 9), (error.GetProperty("code").GetString(), error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));

        (exit, var github, _) = await Run("validate", "--config", site.SettingsPath, "--format", "github");
        Assert.Equal(1, exit);
        Assert.Contains($"::error file={file},line=6,col=9,title=SG0101 YAML cannot be read::this `{{` is never closed", github);

        (exit, _, stderr) = await Run("build", "--config", site.SettingsPath, "--output", site.Path("_site"));
        Assert.Equal(1, exit);
        Assert.DoesNotContain("failed unexpectedly", stderr);
    }

    [Fact]
    public async Task An_unclosed_bracket_is_reported_at_the_bracket()
    {
        using var site = MinimalWith((Objective, Changed(Objective, "indicators: [NI 59, local-1]", "indicators: [NI 59, local-1")));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"{Objective}:4:13: error SG0101: this `[` is never closed", stderr);
    }

    /// <summary>A NEL or LINE SEPARATOR pasted into a flow list crashed the YAML library; now it is read as the space it looks like, and pointed out.</summary>
    [Theory]
    [InlineData('\u2028', "U+2028")]
    [InlineData('\u0085', "U+0085")]
    public async Task An_invisible_line_break_in_a_list_is_pointed_out_and_read_as_a_space(char character, string name)
    {
        using var site = MinimalWith((Objective, Changed(Objective, "indicators: [NI 59, local-1]", $"indicators: [NI 59,{character}local-1]")));
        var (exit, stdout, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(0, exit);
        Assert.Contains($"{Objective}:4:20: warning SG0112: ", stderr);
        Assert.Contains(name, stderr);
        Assert.Contains("0 errors, 1 warning", stdout);
    }

    /// <summary>`title: Priority #2 To embed` published as "Priority".</summary>
    [Fact]
    public async Task Text_cut_off_by_a_hash_is_pointed_out()
    {
        using var site = MinimalWith((Objective, Changed(Objective, "title: Keep children safe", "title: Priority #2 To embed effective safeguarding")));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(0, exit);
        Assert.Contains($"{Objective}:2:17: warning SG0111: the text after ` #` is taken as a comment and left out, so this value is only 'Priority'; if '#2 To embed effective safeguarding' is part of it, put the whole value in quotes: \"Priority #2 To embed effective safeguarding\"", stderr);
    }

    /// <summary>`title To embed` was reported on the next line, without the word colon.</summary>
    [Fact]
    public async Task A_missing_colon_is_reported_on_its_own_line_as_a_missing_colon()
    {
        using var site = MinimalWith((Objective, Changed(Objective, "title: Keep children safe", "title To embed effective safeguarding")));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"{Objective}:2:6: error SG0101: a colon is missing after `title`: write `title: To embed effective safeguarding`", stderr);
    }

    [Fact]
    public async Task A_missing_colon_inside_a_list_item_is_found_too()
    {
        using var site = MinimalWith((Indicators, Changed(Indicators, "    title: Number of CAFs completed", "    title Number of CAFs completed")));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"{Indicators}:9:10: error SG0101: a colon is missing after `title`", stderr);
    }

    /// <summary>`target:` with nothing after it passed, and the page showed no target.</summary>
    [Fact]
    public async Task A_figure_key_with_no_value_is_pointed_out()
    {
        var indicators = Changed(Indicators, "      - {period: 2009/10, target: 65%}", "      - period: 2009/10\n        target:");
        using var site = MinimalWith((Indicators, indicators));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(0, exit);
        Assert.Contains($"{Indicators}:6:9: warning SG0309: 'target' has no value", stderr);
    }

    /// <summary>`.yaml` is read like `.yml` (and said so in the guide); a file saved as just `.yaml`, or ending in `.YML`, is pointed out rather than passed over.</summary>
    [Fact]
    public async Task Yaml_endings_are_read_alike_and_files_that_would_be_skipped_are_named()
    {
        const string folder = MinimalSite.PlanFolder + "/objectives/";
        using var site = MinimalWith(
            (folder + "2-early-help.yaml", "title: Offer early help\n"),
            (folder + ".yaml", "title: Saved without a name\n"),
            (folder + "3-care.YML", "title: Children in care\n"),
            (MinimalSite.PlanFolder + "/risks.yml", MinimalSite.Files()[MinimalSite.PlanFolder + "/risks.yml"].Replace("objectives: [\"1\"]", "objectives: [\"1\", 2-early-help]", StringComparison.Ordinal)));

        var (exit, stdout, stderr) = await Run("validate", "--config", site.SettingsPath);

        Assert.Equal(0, exit);
        Assert.Contains($"{folder}.yaml:1:1: warning SG0004: this file is not used: it has no name before '.yaml'", stderr);
        Assert.Contains($"{folder}3-care.YML:1:1: warning SG0004: this file is not used: its name ends in '.YML'; rename it to end in '.yml'", stderr);
        Assert.Contains("0 errors, 2 warnings", stdout);
    }

    /// <summary>A Markdown page nested 200 levels deep passed validate and made build exit 2; validate now refuses it at its line.</summary>
    [Fact]
    public async Task Markdown_too_deep_to_render_is_refused_by_validate_and_build_alike()
    {
        using var site = MinimalWith(("content/pages/deep.md", "---\ntitle: Deep\n---\nAn introduction.\n\n" + new string('>', 200) + " quoted\n"));

        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains("content/pages/deep.md:6:1: error SG0113: this Markdown is nested too deeply to publish", stderr);

        (exit, _, stderr) = await Run("build", "--config", site.SettingsPath, "--output", site.Path("_site"));
        Assert.Equal(1, exit);
        Assert.Contains("content/pages/deep.md:6:1: error SG0113", stderr);
        Assert.DoesNotContain("failed unexpectedly", stderr);
    }

    [Fact]
    public async Task Markdown_too_deep_in_a_yaml_field_is_refused_at_the_field()
    {
        var deep = string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', 2 * i) + "- item\\n"));
        using var site = MinimalWith((Objective, MinimalSite.Files()[Objective] + $"\ndescription: \"{deep}\"\n"));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"{Objective}:13:14: error SG0113", stderr);
    }

    /// <summary>Money and counts written into a percentage indicator went in without a word.</summary>
    [Fact]
    public async Task A_figure_that_does_not_fit_the_unit_is_pointed_out()
    {
        var indicators = Changed(Indicators, "{period: 2008/09, actual: 55.2%}", "{period: 2008/09, actual: \"1,234\"}");
        using var site = MinimalWith((Indicators, indicators));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(0, exit);
        Assert.Contains($"{Indicators}:4:35: warning SG0310: '1,234' looks like a count (it has a thousands separator), but this indicator's unit is percent", stderr);
    }

    /// <summary>Found while testing this issue: budget lines too large to add up made validate crash (an overflow) where it sums them.</summary>
    [Fact]
    public async Task A_budget_figure_too_large_for_any_plan_is_an_error_not_a_crash()
    {
        const string budget = MinimalSite.PlanFolder + "/budget.yml";
        using var site = MinimalWith((budget, Changed(budget, "{net: \"2,500\"}", "{net: \"79228162514264337593543950335\"}").Replace("{net: \"1,000\"}", "{net: \"79228162514264337593543950335\"}", StringComparison.Ordinal)));
        var (exit, _, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"{budget}:6:41: error SG0305: '79228162514264337593543950335' is not a number; budget figures are numbers as printed, e.g. 2,059 or -328, of at most 15 digits", stderr);
        Assert.DoesNotContain("failed unexpectedly", stderr);
    }
}
