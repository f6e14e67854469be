using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// `sitegen import values`: figures from a spreadsheet land in the right indicator and period, and
/// every other byte of the file — comments, quoting, order, spacing — is as the officer left it.
/// </summary>
public sealed class ValueImportTests
{
    private const string Indicators = MinimalSite.PlanFolder + "/indicators/main.yml";

    // Flow and block entries, comments in and around the series, quoted and plain figures, and a
    // trailing comment on a value that is replaced: the shapes officers' files really have.
    private const string Before = """
        # Source: Testshire plan 2009, indicators table.
        indicators:
          - reference: NI 59  # initial assessments
            values:
              # 2007/08 as printed in the previous plan
              - {period: 2007/08, actual: '50.1%'}
              - {period: 2008/09, actual: 55.2%}   # provisional
              - {period: 2009/10, target: 65%}
            banding:
              - {scale: paf, period: 2008/09, band: 3}
          - id: local-1
            title: Number of CAFs completed
            unit: count
            polarity: higher-is-better
            values:
              - period: 2008/09
                actual: "65"   # from the CAF database

                note: counted at year end
            # nothing below this line is about values
            tags: [early-help]

        """;

    private const string After = """
        # Source: Testshire plan 2009, indicators table.
        indicators:
          - reference: NI 59  # initial assessments
            values:
              # 2007/08 as printed in the previous plan
              - {period: 2007/08, actual: '50.1%'}
              - {period: 2008/09, actual: 57.0%}   # provisional
              - {period: 2009/10, target: 65%, actual: 61.8%}
              - {period: 2010/11, target: 70%}
            banding:
              - {scale: paf, period: 2008/09, band: 3}
          - id: local-1
            title: Number of CAFs completed
            unit: count
            polarity: higher-is-better
            values:
              - period: 2008/09
                actual: "1,204"   # from the CAF database

                note: counted at year end
              - period: 2009/10
                actual: 1,310
                target: 1,400
            # nothing below this line is about values
            tags: [early-help]

        """;

    private const string Csv = """
        Reference,Period,Value,Field,Comment
        NI 59,2008/09,57.0%,,corrected outturn
        ni59,2009-10,61.8%,actual,
        NI 59,2010/11,70%,target,
        NI 59,2007/08,50.1%,,unchanged
        local-1,2008/09,"1,204",,
        local-1,2009/10,"1,310",,
        local-1,2009/10,"1,400",target,

        """;

    private static TempSite SiteWith(string indicators, string csv)
    {
        var files = MinimalSite.Files();
        files[Indicators] = indicators;
        files["outturns.csv"] = csv;
        return new TempSite(files);
    }

    [Fact]
    public async Task Changes_only_the_values_named_and_leaves_every_other_byte_as_it_was()
    {
        using var site = SiteWith(Before, Csv);
        DiagnosticAssert.None(site.Validate());

        var (exit, stdout, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);

        Assert.True(exit == 0, stderr);
        Assert.Equal(After, File.ReadAllText(site.Path(Indicators)));
        DiagnosticAssert.None(site.Validate());
        Assert.Contains("main.yml:7: NI 59 2008/09 actual: 55.2% → 57.0%", stdout);
        Assert.Contains("main.yml:8: NI 59 2009/10 actual: 61.8% (new)", stdout);
        Assert.Contains("main.yml:9: NI 59 2010/11 target: 70% (new)", stdout);
        Assert.Contains("main.yml:18: local-1 2008/09 actual: 65 → 1,204", stdout);
        Assert.Contains("Changed 6 values in 1 file; 1 already up to date.", stdout);
    }

    [Fact]
    public async Task Importing_the_same_spreadsheet_twice_changes_nothing_the_second_time()
    {
        using var site = SiteWith(Before, Csv);
        Assert.Equal(0, (await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath)).Exit);

        var (exit, stdout, _) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);

        Assert.Equal(0, exit);
        Assert.Equal(After, File.ReadAllText(site.Path(Indicators)));
        Assert.Contains("Changed 0 values in 0 files; 7 already up to date.", stdout);
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_writes_nothing()
    {
        using var site = SiteWith(Before, Csv);

        var (exit, stdout, _) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Equal(Before, File.ReadAllText(site.Path(Indicators)));
        Assert.Contains("Would change 6 values", stdout);
    }

    [Fact]
    public async Task One_bad_line_stops_the_whole_import_and_every_bad_line_is_named()
    {
        const string csv = """
            reference,period,value
            NI 59,2008/09,57.0%
            NI 95,2008/09,3
            local-1,2008/09,12.3.4
            local-1,next year,5
            """;
        using var site = SiteWith(Before, csv);

        var (exit, _, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);

        Assert.Equal(1, exit);
        Assert.Equal(Before, File.ReadAllText(site.Path(Indicators)));
        Assert.Contains("outturns.csv:3:1: error SG0502: there is no indicator 'NI 95' on this site (did you mean `NI 59`", stderr);
        Assert.Contains("outturns.csv:4:17: error SG0305: '12.3.4' is not a number", stderr);
        Assert.Contains("outturns.csv:5:9: error SG0301: 'next year' is not a period", stderr);
        Assert.Contains("no file has been changed", stderr);
    }

    [Fact]
    public async Task A_series_written_as_a_flow_list_or_missing_altogether_gets_the_new_period()
    {
        const string indicators = """
            indicators:
              - reference: NI 59
                values: [{period: 2008/09, actual: 55.2%}]
              - id: local-1
                title: Number of CAFs completed
                unit: count
                polarity: higher-is-better
            """;
        const string csv = "reference,period,value\nNI 59,2007/08,50%\nNI 59,2009/10,60%\nlocal-1,2009/10,\"1,310\"\n";
        using var site = SiteWith(indicators, csv);

        var (exit, _, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);

        Assert.True(exit == 0, stderr);
        Assert.Equal("""
            indicators:
              - reference: NI 59
                values: [{period: 2007/08, actual: 50%}, {period: 2008/09, actual: 55.2%}, {period: 2009/10, actual: 60%}]
              - id: local-1
                title: Number of CAFs completed
                unit: count
                polarity: higher-is-better
                values:
                  - {period: 2009/10, actual: "1,310"}

            """, File.ReadAllText(site.Path(Indicators)));
        DiagnosticAssert.None(site.Validate());
    }
}
