using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Import;
using SiteGen.Parsing;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// One test per diagnostic code: the valid baseline site with one file changed, and the exact code,
/// file, line and column an officer would be shown.
/// </summary>
public sealed partial class DiagnosticTests
{
    private const string Plan = MinimalSite.PlanFolder + "/plan.yml";
    private const string Objective = MinimalSite.PlanFolder + "/objectives/1-safe.yml";
    private const string Indicators = MinimalSite.PlanFolder + "/indicators/main.yml";
    private const string Risks = MinimalSite.PlanFolder + "/risks.yml";
    private const string Budget = MinimalSite.PlanFolder + "/budget.yml";
    private const string Organisation = "content/organisations/testshire.yml";

    private static IReadOnlyList<Diagnostic> ValidateWith(params (string Path, string Text)[] changes)
    {
        var files = MinimalSite.Files();
        foreach (var (path, text) in changes) files[path] = text;
        using var site = new TempSite(files);
        return site.Validate();
    }

    private static string Replace(string path, string oldText, string newText)
    {
        var text = MinimalSite.Files()[path];
        Assert.Contains(oldText, text);
        return text.Replace(oldText, newText);
    }

    [Fact]
    public void Baseline_is_valid() => DiagnosticAssert.None(ValidateWith());

    [Fact]
    public void SG0001_settings_file_missing()
    {
        using var site = new TempSite(new Dictionary<string, string> { ["content/README.md"] = "x" });
        var d = Assert.Single(site.Validate());
        Assert.Equal("SG0001", d.Code);
        Assert.EndsWith("site.yml", d.Location.File);
        Assert.Equal((1, 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void SG0002_content_folder_missing() =>
        DiagnosticAssert.Single(ValidateWith(("site.yml", "title: Test\ncontent: nowhere\n")), "SG0002", "site.yml", 1, 1);

    [Fact]
    public async Task SG0003_unknown_theme()
    {
        var files = MinimalSite.Files();
        files["site.yml"] = "title: Test\ntheme: nonexistent\n";
        using var site = new TempSite(files);
        var result = await site.BuildAsync();
        var d = DiagnosticAssert.Single(result.Diagnostics, "SG0003", "site.yml", 1, 1);
        Assert.Contains("default", d.Message);
    }

    [Fact]
    public void SG0004_file_in_no_known_place_is_a_warning()
    {
        var d = DiagnosticAssert.Single(ValidateWith(("content/notes.txt", "hello")), "SG0004", "content/notes.txt", 1, 1);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void SG0005_file_too_large()
    {
        var huge = "# " + new string('x', (int)ContentParser.MaximumFileBytes) + "\nname: x\n";
        DiagnosticAssert.Single(ValidateWith(("content/frameworks/huge.yml", huge)), "SG0005", "content/frameworks/huge.yml", 1, 1);
    }

    [Fact]
    public void SG0006_logo_path_escaping_the_content_folder() =>
        DiagnosticAssert.Single(
            ValidateWith((Organisation, "name: Testshire\nnation: England\nlogo: ../../etc/passwd\nofficers:\n  - {id: dcs, post: Director}\n  - {id: hos, post: Head of Service}\n")),
            "SG0006", Organisation, 3, 7);

    [Fact]
    public void SG0007_logo_file_that_does_not_exist() =>
        DiagnosticAssert.Single(
            ValidateWith((Organisation, "name: Testshire\nnation: England\nlogo: assets/logo.png\nofficers:\n  - {id: dcs, post: Director}\n  - {id: hos, post: Head of Service}\n")),
            "SG0007", Organisation, 3, 7);

    [Fact]
    public void SG0008_file_that_cannot_be_read()
    {
        var diagnostics = new DiagnosticBag();
        var vanished = new ContentFile("content/frameworks/gone.yml", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gone.yml"), ContentFileKind.Framework, "gone", null);
        ContentParser.ParseOne(vanished, diagnostics);
        DiagnosticAssert.Single(diagnostics.Sorted(), "SG0008", "content/frameworks/gone.yml", 1, 1);
    }

    [Fact]
    public void SG0009_the_same_file_as_yml_and_yaml()
    {
        var d = DiagnosticAssert.Single(ValidateWith((MinimalSite.PlanFolder + "/objectives/1-safe.yaml", MinimalSite.Files()[Objective])), "SG0009", MinimalSite.PlanFolder + "/objectives/1-safe.yaml", 1, 1);
        Assert.Contains(Objective, d.Message);
    }

    [Fact]
    public void SG0101_broken_indentation() =>
        DiagnosticAssert.Single(ValidateWith((Organisation, "name: Testshire\n  nation: England\n")), "SG0101", Organisation, 2, 9);

    [Fact]
    public void SG0101_aliases_are_refused() =>
        DiagnosticAssert.Single(
            ValidateWith(("content/frameworks/bomb.yml", "name: &a lol\noutcomes:\n  - {id: x, name: *a}\n")),
            "SG0101", "content/frameworks/bomb.yml", 1, 7);

    [Fact]
    public void SG0102_unknown_key_with_suggestion()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "    title: Number", "    polarty: neither\n    title: Number"))), "SG0102", Indicators, 9, 5);
        Assert.Contains("polarity", d.Suggestion);
    }

    [Fact]
    public void SG0103_missing_required_key() =>
        DiagnosticAssert.Single(ValidateWith((Plan, Replace(Plan, "kind: directorate plan\n", string.Empty))), "SG0103", Plan, 1, 1);

    [Fact]
    public void SG0104_wrong_kind_of_value() =>
        DiagnosticAssert.Single(
            ValidateWith((Organisation, MinimalSite.Files()[Organisation] + "\nstatistical_neighbours: {north: Cumbria}\n")),
            "SG0104", Organisation, 9, 25);

    [Fact]
    public void SG0105_value_not_allowed_with_suggestion()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "polarity: higher-is-better", "polarity: higher-better"))), "SG0105", Indicators, 11, 15);
        Assert.Contains("higher-is-better", d.Suggestion);
    }

    [Fact]
    public void SG0106_key_given_twice() =>
        DiagnosticAssert.Single(ValidateWith(("content/frameworks/ecm.yml", "name: A\nname: B\noutcomes:\n  - {id: stay-safe, name: Stay safe}\n  - {id: be-healthy, name: Be healthy}\n")), "SG0106", "content/frameworks/ecm.yml", 2, 1);

    [Fact]
    public void SG0107_tab_indentation() =>
        DiagnosticAssert.Single(ValidateWith(("content/frameworks/tabs.yml", "name: Tabs\noutcomes:\n\t- {id: a, name: A}\n")), "SG0107", "content/frameworks/tabs.yml", 3, 1);

    [Fact]
    public void SG0108_empty_file() =>
        DiagnosticAssert.Single(ValidateWith(("content/frameworks/empty.yml", "# nothing yet\n")), "SG0108", "content/frameworks/empty.yml", 1, 1);

    [Fact]
    public void SG0109_invalid_utf8()
    {
        var files = MinimalSite.Files();
        using var site = new TempSite(files);
        site.WriteBytes("content/frameworks/latin1.yml", [.. "name: Caf"u8.ToArray(), 0xE9, (byte)'\n']);
        DiagnosticAssert.Single(site.Validate(), "SG0109", "content/frameworks/latin1.yml", 1, 10);
    }

    [Fact]
    public void SG0110_markdown_without_header() =>
        DiagnosticAssert.Single(ValidateWith(("content/pages/about.md", "# About\n\nNo header.\n")), "SG0110", "content/pages/about.md", 1, 1);

    [Fact]
    public void SG0111_text_after_a_hash_read_as_a_comment()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "title: Keep children safe", "title: Priority #2 Keep children safe"))), "SG0111", Objective, 2, 17);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("only 'Priority'", d.Message);
        Assert.Contains("\"Priority #2 Keep children safe\"", d.Message);
    }

    [Fact]
    public void SG0112_an_invisible_line_separator()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "title: Keep children safe", "title: Keep children\u2028safe"))), "SG0112", Objective, 2, 21);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("U+2028", d.Message);
    }

    [Fact]
    public void SG0113_markdown_nested_too_deeply() =>
        DiagnosticAssert.Single(ValidateWith(("content/pages/deep.md", "---\ntitle: Deep\n---\nIntro\n\n" + new string('>', 200) + " deep\n")), "SG0113", "content/pages/deep.md", 6, 1);

    [Fact]
    public void SG0201_reference_defined_twice() =>
        DiagnosticAssert.Single(
            ValidateWith((Indicators, Replace(Indicators, "  - id: local-1", "  - reference: NI 59\n    values: []\n  - id: local-1"))),
            "SG0201", Indicators, 8, 5);

    [Fact]
    public void SG0202_unknown_indicator_with_nearest_references()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "indicators: [NI 59, local-1]", "indicators: [NI 95, local-1]"))), "SG0202", Objective, 4, 14);
        Assert.Contains("NI 59", d.Suggestion);
    }

    [Fact]
    public void SG0203_unknown_officer() =>
        DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "lead: hos", "lead: hoss"))), "SG0203", Objective, 11, 11);

    [Fact]
    public void SG0204_unknown_outcome() =>
        DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "outcomes: [stay-safe]", "outcomes: [stay-save]"))), "SG0204", Objective, 3, 12);

    [Fact]
    public void SG0205_unknown_parent_plan() =>
        DiagnosticAssert.Single(ValidateWith((Plan, Replace(Plan, "frameworks: [ecm]", "frameworks: [ecm]\nparents: [testshire/corporate-plan]"))), "SG0205", Plan, 9, 11);

    [Fact]
    public void SG0206_unknown_organisation() =>
        DiagnosticAssert.Single(ValidateWith((Plan, Replace(Plan, "organisation: testshire", "organisation: testshir"))), "SG0206", Plan, 2, 15);

    [Fact]
    public void SG0207_unknown_risk() =>
        DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "risks: [R1]", "risks: [R9]"))), "SG0207", Objective, 5, 9);

    [Fact]
    public void SG0208_unknown_objective() =>
        DiagnosticAssert.Single(ValidateWith((Risks, Replace(Risks, "objectives: [\"1\"]", "objectives: [\"7\"]"))), "SG0208", Risks, 7, 18);

    [Fact]
    public void SG0209_unknown_definition() =>
        DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "  - reference: NI 59\n", "  - reference: NI 59\n    definition: NI 599\n"))), "SG0209", Indicators, 3, 17);

    [Fact]
    public void SG0210_unknown_framework() =>
        DiagnosticAssert.Single(ValidateWith((Plan, Replace(Plan, "frameworks: [ecm]", "frameworks: [ecm, wag]"))), "SG0210", Plan, 8, 19);

    [Fact]
    public void SG0211_unknown_action() =>
        DiagnosticAssert.Single(ValidateWith((Risks, Replace(Risks, "objectives: [\"1\"]", "objectives: [\"1\"]\n    actions: [\"9.9\"]"))), "SG0211", Risks, 8, 15);

    [Fact]
    public void SG0212_unknown_banding_scale() =>
        DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "scale: paf", "scale: pax"))), "SG0212", Indicators, 7, 17);

    [Fact]
    public void SG0213_plan_that_is_its_own_ancestor() =>
        DiagnosticAssert.Single(ValidateWith((Plan, Replace(Plan, "frameworks: [ecm]", "frameworks: [ecm]\nparents: [testshire/plan-2009]"))), "SG0213", Plan, 9, 11);

    [Fact]
    public void SG0214_budget_value_in_an_unknown_column() =>
        // The value in the unknown column is not counted, so the total no longer adds up: that warning is true too.
        DiagnosticAssert.SingleError(ValidateWith((Budget, Replace(Budget, "{net: \"1,000\"}", "{nett: \"1,000\"}"))), "SG0214", Budget, 6, 36);

    [Fact]
    public void SG0215_tag_not_in_the_plans_tag_lists()
    {
        var plan = Replace(Plan, "glossary:", "tag_lists:\n  - id: mag7\n    name: Magnificent 7\n    tags:\n      - {code: M1, meaning: Early years}\nglossary:");
        var objective = Replace(Objective, "    lead: hos\n", "    lead: hos\n    tags: [M7]\n");
        var d = DiagnosticAssert.Single(ValidateWith((Plan, plan), (Objective, objective)), "SG0215", Objective, 7, 5);
        Assert.Contains("M1", d.Suggestion);
    }

    [Fact]
    public void SG0216_serving_what_no_parent_plan_has()
    {
        const string parentPlan = "content/plans/testshire/department/plan.yml";
        var child = Replace(Plan, "frameworks: [ecm]", "frameworks: [ecm]\nparents: [testshire/department]");
        var objective = Replace(Objective, "risks: [R1]", "risks: [R1]\nserves: [D 9]");
        DiagnosticAssert.Single(
            ValidateWith(
                (parentPlan, "title: Department plan\norganisation: testshire\nkind: departmental plan\nperiod: 2009/10 to 2010/11\nstatus: published\n"),
                ("content/plans/testshire/department/objectives/1.yml", "title: Be safe\nactions:\n  - {reference: D 1, description: Recruit}\n"),
                (Plan, child),
                (Objective, objective)),
            "SG0216", Objective, 6, 10);
    }

    [Fact]
    public void SG0301_period_that_cannot_be_read() =>
        DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "{period: 2008/09, actual: 55.2%}", "{period: 2008/10, actual: 55.2%}"))), "SG0301", Indicators, 4, 18);

    [Fact]
    public void SG0302_score_outside_the_plans_scale() =>
        DiagnosticAssert.Single(ValidateWith((Risks, Replace(Risks, "residual: {likelihood: 2, impact: 2}", "residual: {likelihood: 5, impact: 2}"))), "SG0302", Risks, 6, 28);

    [Fact]
    public void SG0303_target_outside_the_plan_period() =>
        DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "{period: 2009/10, target: 65%}", "{period: 2015/16, target: 65%}"))), "SG0303", Indicators, 5, 35);

    [Fact]
    public void SG0304_date_that_cannot_be_read() =>
        DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "due: 2010-03", "due: March 2010"))), "SG0304", Objective, 10, 10);

    [Fact]
    public void SG0305_budget_figure_that_is_not_a_number() =>
        DiagnosticAssert.SingleError(ValidateWith((Budget, Replace(Budget, "{net: \"2,500\"}", "{net: about 2500}"))), "SG0305", Budget, 7, 41);

    [Fact]
    public void SG0306_period_given_twice_in_a_series() =>
        DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "{period: 2009/10, target: 65%}", "{period: 2008/09, target: 65%}"))), "SG0306", Indicators, 5, 9);

    /// <summary>A series of more than 16 points is checked through a table of the periods seen (shorter ones by looking back): a long series without a repeat must pass, and a repeat must name the first's line.</summary>
    [Fact]
    public void SG0306_period_given_twice_in_a_long_series()
    {
        static string Series(int years, int repeatOfFirstAt) => string.Join("\n", Enumerable.Range(0, years).Select(i =>
        {
            var year = 1990 + (i == repeatOfFirstAt ? 0 : i);
            return $"      - {{period: {year}/{(year + 1) % 100:D2}, actual: {50 + i}%}}";
        }));
        const string Short = "      - {period: 2008/09, actual: 55.2%}\n      - {period: 2009/10, target: 65%}";

        DiagnosticAssert.None(ValidateWith((Indicators, Replace(Indicators, Short, Series(20, repeatOfFirstAt: -1)))));
        var repeated = DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, Short, Series(20, repeatOfFirstAt: 19)))), "SG0306", Indicators, 23, 9);
        Assert.Contains("the first is on line 4", repeated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SG0307_risks_scored_without_a_scale()
    {
        var planWithoutScale = MinimalSite.Files()[Plan];
        planWithoutScale = planWithoutScale[..planWithoutScale.IndexOf("risk_scale:", StringComparison.Ordinal)] + planWithoutScale[planWithoutScale.IndexOf("banding_scales:", StringComparison.Ordinal)..];
        var diagnostics = ValidateWith((Plan, planWithoutScale));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("SG0307", d.Code));
        Assert.Equal([(5, 15), (6, 15)], diagnostics.Select(d => (d.Location.Line, d.Location.Column)));
    }

    [Fact]
    public void SG0308_text_left_as_sitegen_new_wrote_it()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Objective, Replace(Objective, "title: Keep children safe", "title: " + SiteGen.Binding.Placeholders.ObjectiveTitle))), "SG0308", Objective, 2, 8);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void SG0309_a_figure_key_with_no_value()
    {
        var text = Replace(Indicators, "{period: 2009/10, target: 65%}", "{period: 2009/10, target: }");
        var column = text.Split('\n')[4].IndexOf("target", StringComparison.Ordinal) + 1;
        var d = DiagnosticAssert.Single(ValidateWith((Indicators, text)), "SG0309", Indicators, 5, column);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void SG0310_money_in_a_percentage_indicator()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Indicators, Replace(Indicators, "{period: 2008/09, actual: 55.2%}", "{period: 2008/09, actual: £55.20}"))), "SG0310", Indicators, 4, 35);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("an amount of money", d.Message);
    }

    [Fact]
    public void SG0401_budget_lines_that_do_not_add_up_to_the_stated_total()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Budget, Replace(Budget, "{net: \"3,500\"}", "{net: \"3,600\"}"))), "SG0401", Budget, 8, 12);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("3,500", d.Message);
        Assert.Contains("3,600", d.Message);
    }

    [Fact]
    public void SG0402_printed_rating_that_disagrees_with_the_scores()
    {
        var d = DiagnosticAssert.Single(ValidateWith((Risks, Replace(Risks, "rating: 12 High", "rating: 12 Medium"))), "SG0402", Risks, 5, 15);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    private const string ProgressTable = "period: Q4 2009/10\ntables:\n  - title: Table 1\n    of: actions\n    rows:\n      - scope: Children's Services\n        total: 19\n        counts: {red: 0, amber: 9, green: 10}\n        percentages: {red: \"0\", amber: \"47.4\", green: \"52.6\"}\n";

    [Fact]
    public void A_progress_table_whose_arithmetic_holds_is_accepted() =>
        DiagnosticAssert.None(ValidateWith((MinimalSite.PlanFolder + "/progress/q4.yml", ProgressTable)));

    [Fact]
    public void A_column_counted_within_a_status_is_not_added_to_the_total_again() =>
        DiagnosticAssert.None(ValidateWith((MinimalSite.PlanFolder + "/progress/q4.yml",
            ProgressTable + "        others:\n          - {label: Not due to start, count: 2, within: green}\n")));

    [Fact]
    public void SG0403_progress_counts_that_do_not_add_up_to_the_total()
    {
        // With the total wrong, the printed percentages no longer match either (SG0404); the counts' own warning is the one at issue here.
        var diagnostics = ValidateWith((MinimalSite.PlanFolder + "/progress/q4.yml", ProgressTable.Replace("total: 19", "total: 20")));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        DiagnosticAssert.Single(diagnostics.Where(x => x.Code == "SG0403").ToList(), "SG0403", MinimalSite.PlanFolder + "/progress/q4.yml", 6, 9);
    }

    [Fact]
    public void SG0404_printed_percentage_that_does_not_match_its_count()
    {
        var d = DiagnosticAssert.Single(ValidateWith((MinimalSite.PlanFolder + "/progress/q4.yml", ProgressTable.Replace("amber: \"47.4\"", "amber: \"47.9\""))), "SG0404", MinimalSite.PlanFolder + "/progress/q4.yml", 6, 9);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("47.37", d.Message);
    }

    /// <summary>Runs an import of <paramref name="csv"/> (shown as values.csv) against the baseline site, writing nothing.</summary>
    private static IReadOnlyList<Diagnostic> ImportWith(string csv, params (string Path, string Text)[] changes)
    {
        var files = MinimalSite.Files();
        foreach (var (path, text) in changes) files[path] = text;
        files["values.csv"] = csv;
        using var site = new TempSite(files);
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(site.SettingsPath, null, diagnostics)!;
        ValueImporter.Prepare(settings, ValueCsvReader.Read(site.Path("values.csv"), "values.csv", diagnostics), diagnostics);
        return diagnostics.Sorted();
    }

    /// <summary>An import of a CSV given as bytes, for encodings other than UTF-8.</summary>
    private static IReadOnlyList<Diagnostic> ImportBytes(byte[] csv)
    {
        using var site = new TempSite(MinimalSite.Files());
        site.WriteBytes("values.csv", csv);
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(site.SettingsPath, null, diagnostics)!;
        ValueImporter.Prepare(settings, ValueCsvReader.Read(site.Path("values.csv"), "values.csv", diagnostics), diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void SG0501_spreadsheet_column_missing()
    {
        var d = DiagnosticAssert.Single(ImportWith("reference,year,value\nNI 59,2008/09,57%\n"), "SG0501", "values.csv", 1, 1);
        Assert.Contains("no 'period' column", d.Message);
        Assert.Contains("Columns found: reference, year, value", d.Message);
    }

    [Fact]
    public void SG0502_unknown_indicator_in_the_spreadsheet()
    {
        var d = DiagnosticAssert.Single(ImportWith("reference,period,value\nNI 59,2008/09,57%\nNI 95,2008/09,3\n"), "SG0502", "values.csv", 3, 1);
        Assert.Contains("did you mean `NI 59`", d.Suggestion);
    }

    [Fact]
    public void SG0503_indicator_in_several_plans_needs_a_plan_column()
    {
        const string secondPlan = "content/plans/testshire/plan-2010";
        var copy = MinimalSite.Files().Where(f => f.Key.StartsWith(MinimalSite.PlanFolder + "/", StringComparison.Ordinal))
            .Select(f => (secondPlan + f.Key[MinimalSite.PlanFolder.Length..], f.Value)).ToArray();
        var d = DiagnosticAssert.Single(ImportWith("reference,period,value\nNI 59,2008/09,57%\n", copy), "SG0503", "values.csv", 2, 1);
        Assert.Contains("testshire/plan-2009, testshire/plan-2010", d.Message);
        DiagnosticAssert.None(ImportWith("reference,period,value,plan\nNI 59,2008/09,57%,testshire/plan-2010\n", copy));
    }

    [Fact]
    public void SG0504_value_given_twice_in_the_spreadsheet()
    {
        var d = DiagnosticAssert.Single(ImportWith("reference,period,value\nNI 59,2008/09,57%\nNI59,2008-09,58%\n"), "SG0504", "values.csv", 3, 1);
        Assert.Contains("the first is on line 2", d.Message);
    }

    [Fact]
    public void SG0505_value_written_in_parts_is_not_overwritten()
    {
        var indicators = Replace(Indicators, "{period: 2008/09, actual: 55.2%}", "{period: 2008/09, actual: {girls: 61.4, boys: 49.6}}");
        var d = DiagnosticAssert.Single(ImportWith("reference,period,value\nNI 59,2008/09,57%\n", (Indicators, indicators)), "SG0505", "values.csv", 2, 1);
        Assert.Contains("written in parts in " + Indicators + " line 4", d.Message);
    }

    [Fact]
    public void SG0506_spreadsheet_saved_as_windows_1252()
    {
        var csv = System.Text.Encoding.ASCII.GetBytes("reference,period,value,note\nNI 59,2008/09,57%,Caf\n");
        csv = [.. csv[..^1], 0xE9, (byte)'\n'];
        var d = DiagnosticAssert.Single(ImportBytes(csv), "SG0506", "values.csv", 2, 22);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void SG0507_a_workbook_instead_of_a_csv()
    {
        var d = DiagnosticAssert.Single(ImportBytes([(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0]), "SG0507", "values.csv", 1, 1);
        Assert.Contains("Excel workbook", d.Message);
    }

    [Fact]
    public void SG0508_an_empty_value_is_skipped_with_a_warning()
    {
        var d = DiagnosticAssert.Single(ImportWith("reference,period,value\nNI 59,2008/09,\n"), "SG0508", "values.csv", 2, 15);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    /// <summary>Keeps this file honest: a new code without a test here fails the build's tests.</summary>
    [Fact]
    public void Every_code_in_the_catalogue_has_a_test_here()
    {
        var codes = typeof(DiagnosticCatalog).GetFields().Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var tests = typeof(DiagnosticTests).GetMethods().Select(m => m.Name).ToList();
        Assert.All(codes, code => Assert.Contains(tests, t => t.StartsWith(code + "_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_code_is_explained_in_the_officers_guide()
    {
        var guide = File.ReadAllText(RepositoryRoot.Combine("content", "README.md"));
        var codes = typeof(DiagnosticCatalog).GetFields().Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Code);
        // Each row carries the anchor the messages' help links point to.
        Assert.All(codes, code => Assert.Contains($"| <a id=\"{code.ToLowerInvariant()}\"></a>{code} |", guide));
    }
}
