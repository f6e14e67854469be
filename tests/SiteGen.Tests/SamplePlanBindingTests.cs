using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Binding of every kind of content, on the real sample plans. Each expected value was read from the
/// source plans in ../shared/seeds/ (001 Herefordshire, 002 Rochdale), not from the YAML.
/// </summary>
public sealed class SamplePlanBindingTests : IClassFixture<SamplePlanBindingTests.LoadedSample>
{
    private readonly LoadedSample _sample;

    public SamplePlanBindingTests(LoadedSample sample) => _sample = sample;

    public sealed class LoadedSample
    {
        public LoadedSample()
        {
            Diagnostics = new DiagnosticBag();
            Facts = ContentLoader.Load(RepositoryRoot.Combine("site.yml"), null, Diagnostics)!.Facts;
        }

        public DiagnosticBag Diagnostics { get; }

        public SiteFacts Facts { get; }
    }

    private Site Site => _sample.Facts.Site;

    private Plan Herefordshire => Site.Plans.Single(p => p.Id == "herefordshire/directorate-plan-2009-2011");

    private Plan Rochdale => Site.Plans.Single(p => p.Id == "rochdale/child-care-service-improvement-plan-2007-2010");

    private static Indicator Indicator(Plan plan, string key) => plan.Indicators.Single(i => i.Key == key);

    private static SeriesPoint Point(Indicator indicator, string period) => indicator.Values.Single(v => v.Period.Label == period);

    [Fact]
    public void The_sample_content_has_no_errors() =>
        Assert.False(_sample.Diagnostics.HasErrors, string.Join("\n", _sample.Diagnostics.Sorted()));

    [Fact]
    public void Organisations_bind_with_neighbours_and_officers()
    {
        var herefordshire = Site.Organisations.Single(o => o.Id == "herefordshire");
        Assert.Equal(Nation.England, herefordshire.Nation);
        Assert.Equal(["Cornwall", "Devon", "Dorset", "East Sussex", "Gloucestershire", "Norfolk", "Shropshire", "Somerset", "Suffolk", "Wiltshire"], herefordshire.StatisticalNeighbours);
        Assert.Contains(herefordshire.Officers, o => o.Name == "Sharon Menghini" && o.Post == "Director of Children's Services");

        var rochdale = Site.Organisations.Single(o => o.Id == "rochdale");
        Assert.Contains(rochdale.Officers, o => o.Id == "CSMF" && o.Post == "Children's Service Manager Fieldwork");
        Assert.Contains(rochdale.Officers, o => o.Id == "HOS" && o.Name == "Steve Titcombe");
    }

    [Fact]
    public void Frameworks_and_shared_definitions_bind()
    {
        Assert.Contains(Site.Frameworks.Single(f => f.Id == "every-child-matters").Outcomes, o => o.Id == "stay-safe");
        var ni59 = Site.DefinitionSets.SelectMany(s => s.Definitions).Single(d => d.Reference == "NI 59");
        Assert.Equal("Percentage of initial assessments for children's social care carried out within 7 working days of referral", ni59.Title);
        Assert.Equal(Polarity.HigherIsBetter, ni59.Polarity);
    }

    [Fact]
    public void Plans_bind_with_their_period_label_and_scale()
    {
        Assert.Equal("2009/10 to 2010/11", Herefordshire.Period.ToString());
        Assert.Equal("Directorate priority", Herefordshire.ObjectiveLabel);
        Assert.Equal(["Low", "Medium", "High"], Herefordshire.RiskScale!.Bands.Select(b => b.Name));
        Assert.Equal("Child Care Service Improvement Plan 2007-2010", Rochdale.Title);
        Assert.Equal("HOS", Rochdale.Foreword!.SignedBy!.Value);
        Assert.Contains(Rochdale.Glossary, g => g.Term == "CSMF" && g.Meaning == "Children's Service Manager Fieldwork");
        Assert.Contains(Rochdale.BandingScales, s => s.Id == "paf" && s.Levels.Count == 5);
    }

    [Fact]
    public void Objectives_and_actions_bind()
    {
        Assert.Equal(6, Herefordshire.Objectives.Count);
        var safeguarding = Herefordshire.Objectives.Single(o => o.Title.StartsWith("To embed", StringComparison.Ordinal));
        Assert.Contains(safeguarding.Indicators, r => r.Value == "NI 59");
        Assert.StartsWith("The actions identified will be met within mainstream budgets", safeguarding.Implications.Financial);
        var first = Herefordshire.Objectives.Single(o => o.Title.StartsWith("To ensure that children and young people who do not meet", StringComparison.Ordinal));
        Assert.Equal(7, first.Actions.Count);

        Assert.Equal(9, Rochdale.Objectives.Count);
        var stability = Rochdale.Objectives.Single(o => o.Reference == "1");
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"1.{i}"), stability.Actions.Select(a => a.Reference));
        Assert.Contains(stability.Actions.Single(a => a.Reference == "1.4").Partners, p => p == "CAMHS");
        Assert.Equal(["CSMP", "HOS"], stability.Actions.Single(a => a.Reference == "1.6").Leads.Select(l => l.Value));
    }

    [Fact]
    public void Indicator_values_keep_every_figure_as_printed()
    {
        var ni59 = Indicator(Herefordshire, "NI 59");
        Assert.Equal("55.2%", Point(ni59, "2007/08").Actual!.Text);
        Assert.Equal(55.2m, Point(ni59, "2007/08").Actual!.Number);
        Assert.Equal("65%", Point(ni59, "2009/10").Target!.Text);
        Assert.Equal("70%", Point(ni59, "2010/11").Target!.Text);
        Assert.Contains(ni59.Comparators, c => c.Against == ComparatorKind.StatisticalNeighbours && c.Value.Text == "71.1%");

        var ni50 = Indicator(Herefordshire, "NI 50");
        Assert.Equal("New indicator", Point(ni50, "2007/08").Actual!.Text);
        Assert.Null(Point(ni50, "2007/08").Actual!.Number);

        var ni112 = Indicator(Herefordshire, "NI 112");
        Assert.Equal("-29.6%", Point(ni112, "2007/08").Actual!.Text);
        Assert.Equal("7.4%", Point(ni112, "2008/09").Actual!.Text);
        Assert.Equal("Teenage Pregnancy Unit", ni112.ProvidedBy);

        var stability = Indicator(Rochdale, "1a");
        Assert.Equal(["9.2", "15.8", "10.6"], new[] { "2003/04", "2004/05", "2005/06" }.Select(p => Point(stability, p).Actual!.Text));
        Assert.Equal(["10.0", "9", "8", "7"], new[] { "2006/07", "2007/08", "2008/09", "2009/10" }.Select(p => Point(stability, p).Target!.Text));
        Assert.Contains("PAF A1", stability.Codes);
        Assert.Contains(stability.Bandings, b => b.Scale.Value == "paf" && b.Band.Text == "5");

        var reRegistrations = Indicator(Rochdale, "4b");
        Assert.DoesNotContain(reRegistrations.Values, v => v.Period.Label == "2003/04" && v.Actual is not null);
        Assert.Equal("17.7", Point(reRegistrations, "2004/05").Actual!.Text);
        Assert.Equal("11", Point(reRegistrations, "2009/10").Target!.Text);
    }

    [Fact]
    public void Risks_bind_on_the_plans_own_scale_and_derive_their_rating()
    {
        var risks = Herefordshire.RiskRegister!.Risks;
        Assert.Equal(["CYP1", "CYP2", "CYP3", "CYP4", "CYP5"], risks.Select(r => r.Reference));
        var cyp1 = risks[0];
        Assert.Equal(("3", "4"), (cyp1.Inherent!.Likelihood!.Value, cyp1.Inherent.Impact!.Value));
        Assert.Equal(new RiskRating(12, "High"), _sample.Facts.RiskRatings[cyp1.Inherent]);
        Assert.Equal(new RiskRating(6, "Medium"), _sample.Facts.RiskRatings[cyp1.Residual!]);
        Assert.Equal(new RiskRating(2, "Low"), _sample.Facts.RiskRatings[risks[3].Residual!]);
        Assert.Equal("12- HIGH", cyp1.Inherent.StatedRating);
    }

    [Fact]
    public void Budgets_bind_every_line_and_the_printed_total()
    {
        var budget = Rochdale.Budgets.Single(b => b.Kind == BudgetKind.Revenue);
        Assert.Equal(16, budget.Lines.Count);
        Assert.Equal("2,482", budget.Lines.Single(l => l.Reference == "9").Values.Values.First(f => f.Text == "2,482").Text);
        Assert.Contains(budget.Lines.Single(l => l.Reference == "12").Values.Values, f => f.Text == "-328");
        Assert.Contains(budget.Total!.Values.Values, f => f.Text == "21,242");
        Assert.All(BudgetCheck.Sums(budget), sum => Assert.Equal(budget.Total.Values[sum.Key].Number, sum.Value));

        var staffing = Rochdale.Budgets.Single(b => b.Kind == BudgetKind.Staffing);
        Assert.Equal(10, staffing.Lines.Count);
        Assert.Contains(staffing.Total!.Values.Values, f => f.Text == "359");
    }

    [Fact]
    public void Inspections_projects_tables_and_sections_bind()
    {
        var judgement = Herefordshire.Inspections.SelectMany(i => i.Judgements)
            .First(j => j.Area.StartsWith("The council's overall capacity to improve", StringComparison.Ordinal));
        Assert.Equal(["2", "2", "2", "3"], judgement.Grades.OrderBy(g => g.Period.SortKey).Select(g => g.Value));
        Assert.Equal(14, Herefordshire.Projects.Count);
        Assert.Contains(Herefordshire.Projects, p => p.Name == "Targeted Mental Health in Schools");
        Assert.Contains(Herefordshire.Tables, t => t.Rows.Any(r => r[0] == "Provision of school transport"));
        Assert.Contains(Rochdale.Tables.SelectMany(t => t.Rows), r => r.SequenceEqual(["Total number of Referrals", "1796", "1566"]));
        Assert.NotEmpty(Herefordshire.Sections);
        Assert.Contains(Rochdale.Sections, s => s.Markdown.Contains("252 young people took part in reparation projects", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_reports_and_pages_bind()
    {
        // The two foundation plans have no progress report or page; these kinds are bound from a fixture.
        var files = MinimalSite.Files();
        files[$"{MinimalSite.PlanFolder}/progress/q4.yml"] = "period: Q4 2009/10\nactions:\n  - {action: \"1.1\", status: green, percent: 100%}\nindicators:\n  - {indicator: NI 59, status: amber, value: 61%}\nstated_counts: {green: 1, amber: 1}\n";
        files["content/pages/about.md"] = "---\ntitle: About this site\n---\nWho publishes it.\n";
        using var site = new TempSite(files);
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(site.SettingsPath, null, diagnostics)!;
        DiagnosticAssert.None(diagnostics.Sorted());
        var report = Assert.Single(loaded.Facts.Site.Plans.Single().ProgressReports);
        Assert.Equal("Q4 2009/10", report.Period.Label);
        Assert.Equal(RagStatus.Green, report.Actions.Single().Status);
        Assert.Equal(1, report.StatedCounts[RagStatus.Amber]);
        Assert.Equal("About this site", Assert.Single(loaded.Facts.Site.Pages).Title);
    }

    [Fact]
    public void A_table_keeps_a_blank_heading_as_printed()
    {
        var files = MinimalSite.Files();
        files[$"{MinimalSite.PlanFolder}/tables/ratings.yml"] = "title: Ratings\ncolumns: [\"\", Good]\nrows:\n  - [Primary schools, \"40\"]\n";
        using var site = new TempSite(files);
        var diagnostics = new DiagnosticBag();
        var table = ContentLoader.Load(site.SettingsPath, null, diagnostics)!.Facts.Site.Plans.Single().Tables.Single();
        DiagnosticAssert.None(diagnostics.Sorted());
        Assert.Equal(["", "Good"], table.Columns);
    }
}
