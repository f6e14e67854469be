using SiteGen.Binding;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Infrastructure;
using static SiteGen.Tests.Infrastructure.CliRunner;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// `sitegen new` writes valid, commented starting files where content/README.md says they go; the texts it
/// writes for the officer to replace are warned about until they are; it never adds what the plan already has.
/// </summary>
public sealed class ScaffoldTests
{
    [Fact]
    public async Task Every_kind_of_new_file_is_valid_and_only_its_untouched_starting_texts_are_warned_about()
    {
        using var site = new TempSite(MinimalSite.Files());
        var started = await MinimalSite.StartOneFileOfEachKind(site);
        foreach (var (file, _) in started)
        {
            Assert.True(File.Exists(site.Path(file)), file);
            Assert.StartsWith("#", File.ReadAllText(site.Path(file)));
        }

        // Untouched, each text written to be replaced is a warning at its own line, and nothing else is reported.
        var diagnostics = site.Validate();
        Assert.All(diagnostics, d => Assert.Equal("SG0308", d.Code));
        Assert.Equal(AllPlaceholders.Order(StringComparer.Ordinal), PlaceholdersIn(diagnostics));
        foreach (var d in diagnostics)
        {
            // A block text (vision: |) starts on the line after its key.
            var lines = File.ReadAllLines(site.Path(d.Location.File));
            var text = PlaceholdersIn([d]).Single();
            Assert.True(lines[d.Location.Line - 1].Contains(text, StringComparison.Ordinal) || lines[d.Location.Line].Contains(text, StringComparison.Ordinal), d.ToString());
        }

        // Once the officer has written the plan's own words, the files are valid with nothing to say.
        foreach (var (file, _) in started)
        {
            var text = File.ReadAllText(site.Path(file));
            foreach (var placeholder in AllPlaceholders)
            {
                text = text.Replace(placeholder, "Written by the officer", StringComparison.Ordinal);
            }

            site.Write(file, text);
        }

        DiagnosticAssert.None(site.Validate());
    }

    private static readonly string[] AllPlaceholders = [Placeholders.PlanTitle, Placeholders.PlanVision, Placeholders.ObjectiveTitle, Placeholders.ActionDescription, Placeholders.IndicatorTitle, Placeholders.RiskDescription];

    private static IEnumerable<string> PlaceholdersIn(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Message[1..d.Message.IndexOf('\'', 1)]).Order(StringComparer.Ordinal);

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
        var d = Assert.Single(site.Validate());
        Assert.Equal(("SG0308", Placeholders.RiskDescription), (d.Code, d.Message[1..d.Message.IndexOf('\'', 1)]));
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

    /// <summary>Issue 16: `new risk` with an existing reference appended a duplicate; `new indicator` did the same in a file of its own.</summary>
    [Fact]
    public async Task A_risk_or_indicator_the_plan_already_has_is_refused_with_where_it_is()
    {
        using var site = new TempSite(MinimalSite.Files());
        var register = File.ReadAllText(site.Path($"{MinimalSite.PlanFolder}/risks.yml"));

        var (exit, _, stderr) = await Run("new", "risk", "testshire/plan-2009", "R1", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"already has a risk 'R1', at {MinimalSite.PlanFolder}/risks.yml:2:5", stderr);
        Assert.Equal(register, File.ReadAllText(site.Path($"{MinimalSite.PlanFolder}/risks.yml")));

        // Written as an officer might type it: the spacing and case of a reference do not make it another indicator.
        (exit, _, stderr) = await Run("new", "indicator", "testshire/plan-2009", "ni59", "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains($"already has an indicator 'ni59', at {MinimalSite.PlanFolder}/indicators/main.yml:2:5", stderr);
        Assert.False(File.Exists(site.Path($"{MinimalSite.PlanFolder}/indicators/ni59.yml")));
        DiagnosticAssert.None(site.Validate());
    }

    /// <summary>Issue 16: `new indicator … "NI 59"` wrote a title, which replaced the shared definition's on the plan's pages.</summary>
    [Fact]
    public async Task A_new_indicator_of_a_shared_definition_takes_the_definitions_title()
    {
        var files = MinimalSite.Files();
        files["content/definitions/ni.yml"] += "\n  - reference: NI 60\n    title: Core assessments completed within 35 working days\n    unit: percent\n    polarity: higher-is-better\n";
        using var site = new TempSite(files);

        var (exit, stdout, stderr) = await Run("new", "indicator", "testshire/plan-2009", "NI 60", "--config", site.SettingsPath);

        Assert.True(exit == 0, stderr);
        var written = File.ReadAllText(site.Path($"{MinimalSite.PlanFolder}/indicators/ni-60.yml"));
        Assert.DoesNotContain("\n    title:", written);
        Assert.DoesNotContain("\n    unit:", written);
        Assert.Contains("content/definitions/ni.yml", written);
        Assert.Contains("Wrote", stdout);
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(site.SettingsPath, null, diagnostics)!;
        DiagnosticAssert.None(diagnostics.Sorted());
        var indicator = loaded.Facts.Site.Plans.Single().Indicators.Single(i => i.Reference == "NI 60");
        Assert.Equal("Core assessments completed within 35 working days", indicator.Title);
    }
}
