using SiteGen.Tests.Infrastructure;
using static SiteGen.Tests.Infrastructure.CliRunner;
using Xunit;

namespace SiteGen.Tests;

/// <summary><c>validate</c> says how much of each plan published in Welsh is in Welsh: counts as text, every untranslated text in JSON; never a problem.</summary>
public sealed class TranslationCoverageTests
{
    private const string Plan = "carmarthenshire/childrens-services-business-plan-2010-2013";

    [Fact]
    public async Task Validate_prints_the_translation_coverage_of_the_welsh_councils_plan_as_information()
    {
        using var site = TempSite.CopyOfSample();
        var (exit, stdout, stderr) = await Run("validate", "--config", site.SettingsPath);
        Assert.True(exit == 0, stderr);
        Assert.Contains(" 0 errors", stdout);

        // The council's Welsh name is its one text in Welsh; the English councils' plans are not counted.
        var line = Assert.Single(stdout.Split('\n'), l => l.StartsWith("Translation of ", StringComparison.Ordinal));
        Assert.Matches($@"^Translation of {Plan} into cy: 1 of \d+ texts translated, \d+ shown in the default language", line);
    }

    [Fact]
    public async Task The_json_report_lists_each_untranslated_text_where_it_is_written()
    {
        using var site = TempSite.CopyOfSample();
        var (exit, stdout, _) = await Run("validate", "--config", site.SettingsPath, "--format", "json");
        Assert.Equal(0, exit);
        var report = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(0, report.GetProperty("errors").GetInt32());
        var plan = Assert.Single(report.GetProperty("translations").EnumerateArray());
        Assert.Equal(Plan, plan.GetProperty("plan").GetString());
        Assert.Equal("cy", plan.GetProperty("language").GetString());
        Assert.Equal(1, plan.GetProperty("translated").GetInt32());
        var untranslated = plan.GetProperty("untranslated").EnumerateArray().ToList();
        Assert.Equal(plan.GetProperty("total").GetInt32() - 1, untranslated.Count);
        // The plan's title is listed where it is written (plan.yml also holds the titles of related plans and tables).
        Assert.Contains(untranslated, u => u.GetProperty("field").GetString() == "title" && u.GetProperty("file").GetString() == $"content/plans/{Plan}/plan.yml" && u.GetProperty("line").GetInt32() == 3);
        Assert.Contains(untranslated, u => u.GetProperty("field").GetString() == "title" && u.GetProperty("file").GetString()!.Contains("/indicators/", StringComparison.Ordinal));

        // Every text a reader sees is counted where it is written: an action's description, a budget line's name, a row of a progress report's table.
        Assert.Contains(untranslated, u => u.GetProperty("field").GetString() == "description" && u.GetProperty("file").GetString()!.Contains("/objectives/", StringComparison.Ordinal) && u.GetProperty("line").GetInt32() > 1);
        Assert.Contains(untranslated, u => u.GetProperty("field").GetString() == "name" && u.GetProperty("file").GetString()!.EndsWith("/budget.yml", StringComparison.Ordinal));
        Assert.Contains(untranslated, u => u.GetProperty("field").GetString() == "scope" && u.GetProperty("file").GetString()!.Contains("/progress/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_text_given_in_welsh_counts_as_translated_and_is_not_listed()
    {
        var files = MinimalSite.Files();
        files["site.yml"] = "title: Test plans\nlanguages: [en-GB, cy]\n";
        files["content/organisations/testshire.yml"] = "languages: [en-GB, cy]\n" + files["content/organisations/testshire.yml"];
        var objective = MinimalSite.PlanFolder + "/objectives/1-safe.yml";
        files[objective] = files[objective]
            .Replace("title: Keep children safe", "title: {en-GB: Keep children safe, cy: Cadw plant yn ddiogel}", StringComparison.Ordinal)
            .Replace("description: Recruit social workers", "description:\n      en-GB: Recruit social workers\n      cy: Recriwtio gweithwyr cymdeithasol", StringComparison.Ordinal);
        using var site = new TempSite(files);
        var (exit, stdout, stderr) = await Run("validate", "--config", site.SettingsPath, "--format", "json");
        Assert.True(exit == 0, stderr + stdout);
        var plan = Assert.Single(System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("translations").EnumerateArray());
        Assert.Equal(2, plan.GetProperty("translated").GetInt32());
        var untranslated = plan.GetProperty("untranslated").EnumerateArray().ToList();
        Assert.DoesNotContain(untranslated, u => u.GetProperty("file").GetString()!.EndsWith("1-safe.yml", StringComparison.Ordinal) && u.GetProperty("field").GetString() is "title" or "description");
        Assert.Contains(untranslated, u => u.GetProperty("file").GetString()!.EndsWith("1-safe.yml", StringComparison.Ordinal) && u.GetProperty("field").GetString() == "timescale");
        Assert.Contains(untranslated, u => u.GetProperty("field").GetString() == "name" && u.GetProperty("file").GetString()!.EndsWith("testshire.yml", StringComparison.Ordinal));
    }
}
