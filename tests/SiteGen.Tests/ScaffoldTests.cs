using SiteGen.Tests.Infrastructure;
using static SiteGen.Tests.Infrastructure.CliRunner;
using Xunit;

namespace SiteGen.Tests;

/// <summary>`sitegen new` writes valid, commented starting files where content/README.md says they go.</summary>
public sealed class ScaffoldTests
{
    [Fact]
    public async Task Every_kind_of_new_file_is_valid_as_written()
    {
        using var site = new TempSite(MinimalSite.Files());
        foreach (var (file, _) in await MinimalSite.StartOneFileOfEachKind(site))
        {
            Assert.True(File.Exists(site.Path(file)), file);
            Assert.StartsWith("#", File.ReadAllText(site.Path(file)));
        }

        DiagnosticAssert.None(site.Validate());
    }

    [Fact]
    public async Task A_new_risk_is_added_to_the_end_of_the_register_leaving_the_rest_as_it_was()
    {
        using var site = new TempSite(MinimalSite.Files());
        var register = site.Path($"{MinimalSite.PlanFolder}/risks.yml");
        var before = File.ReadAllText(register);
        var (exit, stdout, _) = await Run("new", "risk", "testshire/plan-2009", "R2", "--config", site.SettingsPath);
        Assert.Equal(0, exit);
        Assert.Contains("Added risk 'R2'", stdout);
        Assert.StartsWith(before, File.ReadAllText(register));
        DiagnosticAssert.None(site.Validate());
    }

    [Fact]
    public async Task Nothing_is_overwritten_and_a_missing_plan_is_explained()
    {
        using var site = new TempSite(MinimalSite.Files());
        var (exit, _, stderr) = await Run("new", "objective", "testshire/plan-2009", "1-safe", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains("already exists", stderr);
        (exit, _, stderr) = await Run("new", "indicator", "testshire/no-such-plan", "NI 1", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains("there is no plan 'testshire/no-such-plan'", stderr);
        (exit, _, stderr) = await Run("new", "plan", "nowhere/plan", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains("there is no organisation 'nowhere'", stderr);
    }
}
