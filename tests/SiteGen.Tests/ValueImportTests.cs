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

    private const string WithMoney = """
        indicators:
          - reference: NI 59
            values:
              - {period: 2008/09, actual: 55.2%}
          - id: local-1
            title: Number of CAFs completed
            unit: count
            polarity: higher-is-better
          - id: unit-cost
            title: Average weekly cost of a foster placement
            unit: money
            polarity: lower-is-better
            values:
              - {period: 2008/09, actual: £11.90}

        """;

    /// <summary>
    /// Excel's plain "CSV (Comma delimited)" is Windows-1252 on English Windows: £ is the byte A3, which read as UTF-8
    /// was "'�12.50' is not a number". The file is read as Windows-1252, and the officer told so and how to avoid the guess.
    /// </summary>
    [Fact]
    public async Task A_spreadsheet_saved_by_excel_as_plain_csv_is_read_as_windows_1252_and_said_so()
    {
        using var site = SiteWith(WithMoney, string.Empty);
        site.WriteBytes("outturns.csv", [.. "reference,period,value\nunit-cost,2009/10,"u8.ToArray(), 0xA3, .. "12.50\n"u8.ToArray()]);

        var (exit, stdout, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);

        Assert.True(exit == 0, stderr);
        Assert.Contains("outturns.csv:2:19: warning SG0506: this CSV is not UTF-8 text, so it was read as Windows-1252", stderr);
        Assert.Contains("CSV UTF-8 (Comma delimited)", stderr);
        Assert.Contains("unit-cost 2009/10 actual: £12.50 (new)", stdout);
        Assert.Contains("{period: 2009/10, actual: £12.50}", File.ReadAllText(site.Path(Indicators)));
        DiagnosticAssert.None(site.Validate());
    }

    /// <summary>Excel's "Unicode Text" is UTF-16 with a byte-order mark, and tab-separated.</summary>
    [Fact]
    public async Task A_spreadsheet_saved_as_unicode_text_is_read()
    {
        using var site = SiteWith(WithMoney, string.Empty);
        site.WriteBytes("outturns.csv", System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("reference\tperiod\tvalue\r\nunit-cost\t2009/10\t£12.50\r\n")).ToArray());

        var (exit, stdout, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("SG0506", stderr);
        Assert.Contains("unit-cost 2009/10 actual: £12.50 (new)", stdout);
    }

    /// <summary>One empty cell stopped the whole import; now its line is skipped with a note, unless the officer asks for the old strictness.</summary>
    [Fact]
    public async Task An_empty_value_skips_its_line_with_a_warning_unless_refused()
    {
        const string csv = "reference,period,value\nNI 59,2008/09,57.0%\nlocal-1,2009/10,\nNI 59,2009/10,61.8%\n";
        using var site = SiteWith(Before, csv);

        var (exit, stdout, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath, "--refuse-empty");
        Assert.Equal(1, exit);
        Assert.Contains("outturns.csv:3:17: error SG0305: '' is not a number; the value is empty", stderr);
        Assert.Equal(Before, File.ReadAllText(site.Path(Indicators)));

        (exit, stdout, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);
        Assert.True(exit == 0, stderr);
        Assert.Contains("outturns.csv:3:17: warning SG0508: the value of 'local-1' for 2009/10 is empty, so this line is skipped", stderr);
        Assert.Contains("NI 59 2008/09 actual: 55.2% → 57.0%", stdout);
        Assert.Contains("NI 59 2009/10 actual: 61.8% (new)", stdout);
        Assert.Contains("Changed 2 values in 1 file; 0 already up to date; 1 line with an empty value skipped.", stdout);
    }

    /// <summary>`£78.94` and `1,234` went into percentage indicators without a word.</summary>
    [Fact]
    public async Task Money_or_a_count_into_a_percentage_is_pointed_out_at_its_cell()
    {
        const string csv = "reference,period,value\nNI 59,2009/10,£78.94\nNI 59,2010/11,\"1,234\"\nunit-cost,2009/10,12%\n";
        using var site = SiteWith(WithMoney, csv);

        var (exit, stdout, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath, "--dry-run");

        Assert.True(exit == 0, stderr);
        Assert.Contains("outturns.csv:2:15: warning SG0310: '£78.94' looks like an amount of money, but this indicator's unit is percent", stderr);
        Assert.Contains("outturns.csv:3:15: warning SG0310: '1,234' looks like a count (it has a thousands separator), but this indicator's unit is percent", stderr);
        Assert.Contains("outturns.csv:4:19: warning SG0310: '12%' looks like a percentage, but this indicator's unit is money", stderr);
        Assert.Contains("Would change 3 values", stdout);
    }

    [Fact]
    public async Task Each_file_changed_gets_a_line_of_summary()
    {
        using var site = SiteWith(Before, Csv);
        var (exit, stdout, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);
        Assert.True(exit == 0, stderr);
        Assert.Contains($"{Indicators}: 2 values replaced, 4 added.", stdout);
    }

    [Fact]
    public async Task A_workbook_given_instead_of_a_csv_is_refused_with_how_to_save_it()
    {
        using var site = SiteWith(Before, string.Empty);
        site.WriteBytes("outturns.csv", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0]);
        var (exit, _, stderr) = await CliRunner.Run("import", "values", "--csv", site.Path("outturns.csv"), "--config", site.SettingsPath);
        Assert.Equal(1, exit);
        Assert.Contains("outturns.csv:1:1: error SG0507: this file is an Excel workbook (.xlsx), not CSV text; in Excel choose File → Save As", stderr);
        Assert.Equal(Before, File.ReadAllText(site.Path(Indicators)));
    }
}
