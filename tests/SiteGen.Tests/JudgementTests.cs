using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The site's judgements on hand-worked series: every category of progress towards the next target, every
/// reason for not judging, the edges between categories, percentages near 0% and 100%, polarity, counts and
/// figures that are not numbers; better / similar / worse against comparators, bandings and ranks; the plan's
/// own verdicts; the headline a reader is told first; and the roll-ups that count them.
/// </summary>
public sealed class JudgementTests
{
    private static readonly SourceLocation Here = new("indicators.yml", 1, 1);
    private static readonly JudgementSettings Defaults = JudgementSettings.Default;

    // --- Progress towards the next target ---

    [Fact]
    public void On_course_when_the_pace_so_far_is_the_pace_needed()
    {
        // 60 → 64 over two years is +2 a year; 64 → 68 over the two years to 2012/13 needs +2 a year: 100%.
        var pace = Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "60%", null), ("2010/11", "64%", null), ("2012/13", null, "68%")));

        Assert.Equal(ProgressJudgement.OnCourse, pace.Category);
        Assert.Equal(2m, pace.NeededPerYear);
        Assert.Equal(2m, pace.ObservedPerYear);
        Assert.Equal(1m, pace.Ratio);
        Assert.Equal(["2008/09", "2010/11", "2012/13"], new[] { pace.From!, pace.Latest!, pace.Target! }.Select(p => p.Period.Label));
    }

    [Fact]
    public void Improving_but_not_fast_enough_at_two_thirds_of_the_pace_needed()
    {
        // +2 a year seen; 64 → 70 in two years needs +3 a year: 2 / 3 = 67%, between 60% and 95%.
        var pace = Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "60%", null), ("2010/11", "64%", null), ("2012/13", null, "70%")));

        Assert.Equal(ProgressJudgement.NotFastEnough, pace.Category);
        Assert.Equal(3m, pace.NeededPerYear);
        Assert.Equal(2m / 3m, pace.Ratio);
    }

    [Fact]
    public void The_method_page_s_example_is_judged_by_the_same_code()
    {
        var example = MethodExample.Judge(Defaults);

        Assert.Equal(ProgressJudgement.NotFastEnough, example.Category);
        Assert.Equal(3m, example.NeededPerYear);
        Assert.Equal(2m, example.ObservedPerYear);
        Assert.Equal(ProgressJudgement.OnCourse, MethodExample.Judge(Defaults with { OnCourse = 0.6m, NotFastEnough = 0.5m }).Category);
    }

    [Theory]
    // Latest 50 in 2010/11; the target of 60 for 2011/12 needs +10 a year. The first result sets the pace seen.
    [InlineData("40.5", ProgressJudgement.OnCourse)] // +9.5 a year: exactly 95%, the lowest pace on course
    [InlineData("40.6", ProgressJudgement.NotFastEnough)] // +9.4: 94%
    [InlineData("44", ProgressJudgement.NotFastEnough)] // +6: exactly 60%, the lowest pace improving
    [InlineData("44.1", ProgressJudgement.LittleProgress)] // +5.9: 59%
    [InlineData("50", ProgressJudgement.LittleProgress)] // no change at all: 0%
    [InlineData("50.1", ProgressJudgement.WrongWay)] // -0.1 a year: away from the target
    public void The_thresholds_are_the_lowest_pace_of_their_category(string first, ProgressJudgement expected) =>
        Assert.Equal(expected, Pace(Percent(Polarity.HigherIsBetter, ("2009/10", first + "%", null), ("2010/11", "50%", null), ("2011/12", null, "60%"))).Category);

    [Fact]
    public void The_thresholds_come_from_the_settings()
    {
        var indicator = Percent(Polarity.HigherIsBetter, ("2009/10", "44%", null), ("2010/11", "50%", null), ("2011/12", null, "60%"));

        Assert.Equal(ProgressJudgement.NotFastEnough, Pace(indicator).Category);
        Assert.Equal(ProgressJudgement.OnCourse, Pace(indicator, Defaults with { OnCourse = 0.6m, NotFastEnough = 0.5m }).Category);
        Assert.Equal(ProgressJudgement.LittleProgress, Pace(indicator, Defaults with { NotFastEnough = 0.7m }).Category);
    }

    [Fact]
    public void Lower_is_better_judges_a_fall_as_progress()
    {
        // 20 → 18 over two years is -1 a year; 18 → 15 over three years needs -1 a year.
        var onCourse = Pace(Percent(Polarity.LowerIsBetter, ("2008/09", "20%", null), ("2010/11", "18%", null), ("2013/14", null, "15%")));
        var wrongWay = Pace(Percent(Polarity.LowerIsBetter, ("2008/09", "16%", null), ("2010/11", "18%", null), ("2013/14", null, "15%")));

        Assert.Equal(ProgressJudgement.OnCourse, onCourse.Category);
        Assert.Equal(-1m, onCourse.NeededPerYear);
        Assert.Equal(-1m, onCourse.ObservedPerYear);
        Assert.Equal(ProgressJudgement.WrongWay, wrongWay.Category);
        Assert.Equal(-1m, wrongWay.Ratio);
    }

    [Fact]
    public void The_series_from_the_issue_is_moving_the_wrong_way_although_its_last_step_improved()
    {
        // Rochdale's 1a: 9.2, 15.8, 10.6 (lower is better), target 10.0 for 2006/07. The last two results
        // improved; over the series it rose by 0.7 a year where it needs to fall by 0.6.
        var indicator = Percent(Polarity.LowerIsBetter, ("2003/04", "9.2", null), ("2004/05", "15.8", null), ("2005/06", "10.6", null), ("2006/07", null, "10.0"), ("2007/08", null, "9"));
        var pace = Pace(indicator);

        Assert.Equal(ProgressJudgement.WrongWay, pace.Category);
        Assert.Equal(-0.6m, pace.NeededPerYear);
        Assert.Equal(0.7m, pace.ObservedPerYear);
        Assert.Equal(Direction.Improving, IndicatorAssessment.Of(indicator).Direction);
        Assert.Equal(("2004/05", "2005/06"), IndicatorAssessment.Of(indicator).DirectionBasis is { } b ? (b.Previous.Period.Label, b.Latest.Period.Label) : default);
    }

    [Fact]
    public void A_latest_result_that_already_meets_the_next_target_is_target_met_even_alone()
    {
        Assert.Equal(ProgressJudgement.TargetMet, Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "89%", null), ("2009/10", null, "88%"))).Category);
        Assert.Equal(ProgressJudgement.TargetMet, Pace(Percent(Polarity.LowerIsBetter, ("2008/09", "6.82%", null), ("2009/10", null, "7%"))).Category);

        // Exactly at the target is meeting it.
        Assert.Equal(ProgressJudgement.TargetMet, Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "60%", null), ("2009/10", "65%", null), ("2010/11", null, "65%"))).Category);
    }

    [Fact]
    public void Percentages_near_0_are_judged_on_the_points_they_move()
    {
        // 0.11% → 0.08% is -0.03 points a year; 0.08% → 0.06% in a year needs -0.02: 150%, on course.
        // (As growth rates these would be -27% and -25% a year, and a rate cannot be worked out to or from 0%.)
        var pace = Pace(Percent(Polarity.LowerIsBetter, ("2007/08", "0.11%", null), ("2008/09", "0.08%", null), ("2009/10", null, "0.06%")));

        Assert.Equal(ProgressJudgement.OnCourse, pace.Category);
        Assert.Equal(-0.02m, pace.NeededPerYear);
        Assert.Equal(1.5m, pace.Ratio);
        Assert.Equal(ProgressJudgement.TargetMet, Pace(Percent(Polarity.LowerIsBetter, ("2008/09", "0.4%", null), ("2009/10", "0%", null), ("2010/11", null, "0%"))).Category);
    }

    [Fact]
    public void Percentages_near_100_are_judged_on_the_points_still_to_move()
    {
        // 98% → 99% is +1 a year; the last point to 100% in a year needs +1: on course, without passing 100%.
        Assert.Equal(ProgressJudgement.OnCourse, Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "98%", null), ("2009/10", "99%", null), ("2010/11", null, "100%"))).Category);
        Assert.Equal(ProgressJudgement.TargetMet, Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "100.0", null), ("2009/10", "100.0", null), ("2010/11", null, "100.0"))).Category);
    }

    [Fact]
    public void Negative_figures_are_judged_like_any_other()
    {
        // A change in the conception rate: -10% → -12%, lower is better, target -15% a year on: -2 a year seen, -3 needed.
        var pace = Pace(Percent(Polarity.LowerIsBetter, ("2006/07", "-10%", null), ("2007/08", "-12%", null), ("2008/09", null, "-15%")));

        Assert.Equal(ProgressJudgement.NotFastEnough, pace.Category);
        Assert.Equal(-3m, pace.NeededPerYear);
    }

    [Fact]
    public void Counts_rates_and_money_are_judged_in_their_own_units()
    {
        var schools = Indicator(Unit.Count, Polarity.LowerIsBetter, ("2007/08", "4", null), ("2008/09", "2", null), ("2010/11", null, "0"));
        var cost = Indicator(Unit.Money, Polarity.LowerIsBetter, ("2007/08", "£80.00", null), ("2008/09", "£78.94", null), ("2009/10", null, "£75.00"));

        // -2 a year seen; 2 → 0 over two years needs -1 a year.
        Assert.Equal(ProgressJudgement.OnCourse, Pace(schools).Category);
        Assert.Equal(-1m, Pace(schools).NeededPerYear);

        // -1.06 a year seen; -3.94 needed: 27%.
        Assert.Equal(ProgressJudgement.LittleProgress, Pace(cost).Category);
    }

    [Fact]
    public void Quarters_count_as_quarters_of_a_year()
    {
        // Q1 to Q3 is half a year: +2 over it is +4 a year; Q3 2008/09 to Q3 2009/10 is a year, and +4 is needed.
        var pace = Pace(Indicator(Unit.Percent, Polarity.HigherIsBetter, ("Q1 2008/09", "50%", null), ("Q3 2008/09", "52%", null), ("Q3 2009/10", null, "56%")));

        Assert.Equal(4m, pace.ObservedPerYear);
        Assert.Equal(4m, pace.NeededPerYear);
        Assert.Equal(ProgressJudgement.OnCourse, pace.Category);
    }

    [Fact]
    public void Results_for_periods_that_start_together_give_no_pace()
    {
        var pace = Pace(Indicator(Unit.Percent, Polarity.HigherIsBetter, ("2008/09", "50%", null), ("Q1 2008/09", "52%", null), ("2009/10", null, "60%")));

        Assert.Equal(NotJudgedReason.OneResult, pace.Reason);
        Assert.Null(pace.ObservedPerYear);
    }

    [Fact]
    public void The_next_target_is_the_first_number_after_the_latest_result_with_no_result_of_its_own()
    {
        // The 2009/10 target has a result that is not a number, and 2010/11's is not a number: 2011/12's is next.
        var pace = Pace(Percent(Polarity.HigherIsBetter, ("2007/08", "50%", null), ("2008/09", "52%", "55%"), ("2009/10", "N/A", "60%"), ("2010/11", null, "TBC"), ("2011/12", null, "61%")));

        Assert.Equal("2011/12", pace.Target!.Period.Label);
        Assert.Equal("2008/09", pace.Latest!.Period.Label);
        Assert.Equal(3m, pace.NeededPerYear);
    }

    [Fact]
    public void An_estimate_is_never_taken_for_a_result()
    {
        var indicator = Percent(Polarity.HigherIsBetter, ("2008/09", "50%", null)) with { };
        indicator = indicator with { Values = [.. indicator.Values, new SeriesPoint(Period("2009/10"), null, FigureReader.FromText("70%"), FigureReader.FromText("60%"), null, Here)] };

        var pace = Pace(indicator);
        Assert.Equal(ProgressJudgement.NotJudged, pace.Category);
        Assert.Equal(NotJudgedReason.OneResult, pace.Reason);
        Assert.Equal(10m, pace.NeededPerYear);
    }

    [Fact]
    public void Each_reason_for_not_judging()
    {
        Assert.Equal(NotJudgedReason.NoResult, Pace(Percent(Polarity.HigherIsBetter, ("2009/10", null, "65%"))).Reason);
        Assert.Equal(NotJudgedReason.NotANumber, Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "N/A", null), ("2009/10", null, "65%"))).Reason);
        Assert.Equal(NotJudgedReason.NotANumber, Pace(Indicator(Unit.YesNo, Polarity.HigherIsBetter, ("2008/09", "No", "Yes"))).Reason);
        Assert.Equal(NotJudgedReason.NotANumber, Pace(Indicator(Unit.Milestone, Polarity.HigherIsBetter, ("2008/09", "1", null), ("2009/10", "2", null), ("2010/11", null, "4"))).Reason);
        Assert.Equal(NotJudgedReason.NoDirection, Pace(Percent(Polarity.Neither, ("2008/09", "5%", null), ("2009/10", "6%", null), ("2010/11", null, "7%"))).Reason);
        Assert.Equal(NotJudgedReason.NoTarget, Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "5%", "6%"), ("2009/10", "6%", null))).Reason);
        Assert.Equal(NotJudgedReason.OneResult, Pace(Percent(Polarity.HigherIsBetter, ("2008/09", "55.2%", null), ("2009/10", null, "65%"))).Reason);
    }

    [Fact]
    public void Split_figures_are_not_judged_and_never_read_as_zero()
    {
        var split = new Figure("girls 61.4; boys 49.6", null, [new FigurePart("girls", FigureReader.FromText("61.4")), new FigurePart("boys", FigureReader.FromText("49.6"))]);
        var indicator = Percent(Polarity.HigherIsBetter, ("2009/10", null, "65%"));
        indicator = indicator with { Values = [new SeriesPoint(Period("2008/09"), split, null, null, null, Here), .. indicator.Values] };

        Assert.Equal(NotJudgedReason.NotANumber, Pace(indicator).Reason);
    }

    // --- The headline and what it counts as ---

    [Fact]
    public void The_headline_is_the_pace_then_the_same_period_then_the_reason()
    {
        var onCourse = Percent(Polarity.HigherIsBetter, ("2008/09", "60%", null), ("2010/11", "64%", null), ("2012/13", null, "68%"));
        var missedOnly = Percent(Polarity.HigherIsBetter, ("2008/09", "55.2%", "60%"), ("2009/10", null, "65%"));
        var metOnly = Percent(Polarity.HigherIsBetter, ("2008/09", "62%", "60%"));
        var nothing = Percent(Polarity.HigherIsBetter, ("2008/09", "62%", null));

        Assert.Equal((StandingBasis.Pace, ProgressJudgement.OnCourse, ProgressStatus.OnTrack), Headline(onCourse));
        Assert.Equal((StandingBasis.SamePeriod, ProgressJudgement.MissedTarget, ProgressStatus.OffTrack), Headline(missedOnly));
        Assert.Equal((StandingBasis.SamePeriod, ProgressJudgement.TargetMet, ProgressStatus.OnTrack), Headline(metOnly));
        Assert.Equal((StandingBasis.None, ProgressJudgement.NotJudged, ProgressStatus.NoData), Headline(nothing));
        Assert.Equal(NotJudgedReason.NoTarget, Standing(nothing).Reason);
    }

    [Fact]
    public void A_status_the_council_reported_comes_before_the_site_s_judgement()
    {
        var indicator = Percent(Polarity.HigherIsBetter, ("2008/09", "55.2%", "60%"), ("2009/10", null, "65%"));
        var assessment = IndicatorAssessment.Of(indicator);
        var reported = new ReportedStatus(RagStatus.Green, Period("Q4 2009/10"), null, null);
        var standing = Derivation.Standing.OfIndicator(reported, TargetProgress.Of(indicator, assessment.Series, Defaults), assessment.Result);

        Assert.Equal(StandingBasis.Reported, standing.Basis);
        Assert.Equal(ProgressStatus.OnTrack, standing.Status);
    }

    [Theory]
    [InlineData(ProgressJudgement.TargetMet, ProgressStatus.OnTrack)]
    [InlineData(ProgressJudgement.OnCourse, ProgressStatus.OnTrack)]
    [InlineData(ProgressJudgement.NotFastEnough, ProgressStatus.AtRisk)]
    [InlineData(ProgressJudgement.LittleProgress, ProgressStatus.OffTrack)]
    [InlineData(ProgressJudgement.WrongWay, ProgressStatus.OffTrack)]
    [InlineData(ProgressJudgement.MissedTarget, ProgressStatus.OffTrack)]
    [InlineData(ProgressJudgement.NotJudged, ProgressStatus.NoData)]
    public void Each_judgement_counts_as_one_of_the_four_ways(ProgressJudgement judgement, ProgressStatus counted) =>
        Assert.Equal(counted, ProgressStatusRule.Of(judgement));

    // --- Compared with others ---

    [Theory]
    [InlineData(Polarity.HigherIsBetter, "60%", "50%", Position.Better)]
    [InlineData(Polarity.LowerIsBetter, "60%", "50%", Position.Worse)]
    [InlineData(Polarity.HigherIsBetter, "51%", "50%", Position.Similar)] // within 5% of 50 points from the nearer end: 2.5
    [InlineData(Polarity.HigherIsBetter, "53%", "50%", Position.Better)]
    [InlineData(Polarity.LowerIsBetter, "0.08%", "0.24%", Position.Better)] // a third as many: near 0% a small difference is real
    [InlineData(Polarity.HigherIsBetter, "95%", "99.5%", Position.Worse)] // ten times as many missed: near 100% too
    [InlineData(Polarity.HigherIsBetter, "92.8", "92.7", Position.Similar)] // within the printed digit
    [InlineData(Polarity.LowerIsBetter, "0.1", "0.0", Position.Similar)] // nothing to tell them apart at one decimal
    public void A_comparator_is_better_similar_or_worse_by_polarity(Polarity polarity, string own, string theirs, Position expected)
    {
        var indicator = Percent(polarity, ("2008/09", own, null)) with
        {
            Comparators = [new Comparator(ComparatorKind.England, "England", Period("2008/09"), FigureReader.FromText(theirs))],
        };

        Assert.Equal(expected, Assert.Single(Positions(indicator).Comparators).Position);
    }

    [Fact]
    public void A_comparator_is_compared_with_the_result_for_its_own_period()
    {
        var indicator = Percent(Polarity.HigherIsBetter, ("2007/08", "40%", null), ("2008/09", "60%", null)) with
        {
            Comparators =
            [
                new Comparator(ComparatorKind.England, null, Period("2007/08"), FigureReader.FromText("50%")),
                new Comparator(ComparatorKind.StatisticalNeighbours, null, null, FigureReader.FromText("50%")),
                new Comparator(ComparatorKind.WalesMedian, null, Period("2006/07"), FigureReader.FromText("50%")),
                new Comparator(ComparatorKind.WalesBestQuartile, null, Period("2008/09"), FigureReader.FromText("N/A")),
            ],
        };

        var positions = Positions(indicator).Comparators;
        Assert.Equal(2, positions.Count);
        Assert.Equal(("2007/08", Position.Worse), (positions[0].Own.Period.Label, positions[0].Position));
        Assert.Equal(("2008/09", Position.Better), (positions[1].Own.Period.Label, positions[1].Position)); // no period: the latest
    }

    [Fact]
    public void Counts_and_indicators_with_no_better_direction_are_never_compared()
    {
        var england = new Comparator(ComparatorKind.England, null, Period("2007/08"), FigureReader.FromText("2"));
        Assert.Empty(Positions(Indicator(Unit.Count, Polarity.LowerIsBetter, ("2007/08", "1", null)) with { Comparators = [england] }).Comparators);
        Assert.Empty(Positions(Indicator(Unit.Number, Polarity.Neither, ("2007/08", "1", null)) with { Comparators = [england] }).Comparators);
    }

    [Theory]
    [InlineData(5, "1", Position.Worse)]
    [InlineData(5, "2", Position.Worse)]
    [InlineData(5, "3", Position.Similar)]
    [InlineData(5, "4", Position.Better)]
    [InlineData(4, "2", Position.Worse)]
    [InlineData(4, "3", Position.Better)]
    public void A_banding_is_in_the_upper_or_lower_half_of_its_scale_or_the_middle(int levels, string band, Position expected)
    {
        var scale = new BandingScale("paf", "PAF performance band", Enumerable.Range(1, levels).Select(i => new ScaleLevel(i.ToString(), null, i)).ToList());
        var indicator = Percent(Polarity.LowerIsBetter, ("2005/06", "10.6", null)) with { Bandings = [new Banding(new Ref("paf", Here), Period("2005/06"), FigureReader.FromText(band))] };

        Assert.Equal(expected, Assert.Single(IndicatorPositions.Of(indicator, IndicatorAssessment.Of(indicator).Series, null, [scale], Defaults).Bandings).Position);
    }

    [Theory]
    [InlineData(6, Position.Better)] // 22 authorities: the best quarter is the top 6
    [InlineData(7, Position.Similar)]
    [InlineData(16, Position.Similar)]
    [InlineData(17, Position.Worse)]
    public void A_rank_is_among_the_best_quarter_the_middle_half_or_the_worst_quarter(int place, Position expected)
    {
        // Higher is better: the council's value is the one at its place counting from the best (1 is the best).
        var values = Enumerable.Range(1, 22).Select(i => new AuthorityValue(i == place ? "Testshire" : $"Authority {i}", FigureReader.FromText((100 - i).ToString()))).ToList();
        var indicator = Percent(Polarity.HigherIsBetter, ("2008/09", "50", null)) with { AuthorityValues = new AuthorityValues(Period("2008/09"), values) };
        var council = new Organisation("testshire", "Testshire", null, Nation.Wales, null, null, null, [], null, [], [], Here);

        var rank = IndicatorPositions.Of(indicator, IndicatorAssessment.Of(indicator).Series, AuthorityRanking.Of(indicator, council), [], Defaults).Rank!;
        Assert.Equal((place, 22, expected), (rank.Rank, rank.Of, rank.Position));
    }

    // --- The plan's own verdicts ---

    [Theory]
    [InlineData("☺", VerdictOn.Target, VerdictReading.Yes)]
    [InlineData("☹", VerdictOn.Target, VerdictReading.No)]
    [InlineData(" Yes ", VerdictOn.Target, VerdictReading.Yes)]
    [InlineData("▲", VerdictOn.Improvement, VerdictReading.Yes)]
    [InlineData("▼", VerdictOn.Improvement, VerdictReading.No)]
    [InlineData("C", VerdictOn.Improvement, VerdictReading.Unchanged)]
    [InlineData("New Measure", VerdictOn.Improvement, VerdictReading.Unread)]
    [InlineData("C", VerdictOn.Target, VerdictReading.Unread)]
    public void The_plan_s_marks_are_read_as_printed(string printed, VerdictOn on, VerdictReading expected) =>
        Assert.Equal(expected, CouncilVerdicts.Read(printed, on));

    [Fact]
    public void The_plan_s_verdicts_are_checked_against_its_figures()
    {
        var points = new[]
        {
            Point("2007/08", "5.31", null),
            Point("2008/09", "6.58", "5.50") with { Met = "☹", Improved = "▼" }, // lower is better: both borne out
            Point("2009/10", "6.58", "7.00") with { Met = "☹", Improved = "▼" }, // met, not "not met"; the same is "not improved"
            Point("2010/11", "6.00", null) with { Met = "☺", Improved = "C" }, // no target: unchecked; it fell: not unchanged
            Point("2011/12", "5.00", null) with { Improved = "New Measure" },
        };
        var indicator = Percent(Polarity.LowerIsBetter) with { Values = points };

        var verdicts = CouncilVerdicts.Of(indicator);
        Assert.Equal(
            [(VerdictOn.Target, true), (VerdictOn.Improvement, true), (VerdictOn.Target, false), (VerdictOn.Improvement, true), (VerdictOn.Target, null), (VerdictOn.Improvement, false), (VerdictOn.Improvement, null)],
            verdicts.Select(v => (v.On, v.Agrees)));

        var diagnostics = new DiagnosticBag();
        CouncilVerdicts.Check(indicator, verdicts, diagnostics);
        Assert.Equal(["SG0405", "SG0406"], diagnostics.Sorted().Select(d => d.Code));
        Assert.DoesNotContain(CouncilVerdicts.Of(indicator with { Polarity = Polarity.Neither }), v => v.Agrees is not null);
    }

    // --- Reported statuses and roll-ups, on a site's files ---

    [Fact]
    public void Progress_reports_feed_the_latest_status_of_what_they_name_with_the_report_s_date()
    {
        var facts = Load(TempSite.GoldenSiteFolder);
        var plan = facts.Site.Plans.Single(p => p.Id == "exampleshire/service-plan-2009");
        var action = plan.Objectives.SelectMany(o => o.Actions).Single(a => a.Reference == "1.1");
        var indicator = plan.Indicators.Single(i => i.Key == "NI 59");

        var actionStatus = facts.ActionStandings[action].Reported!;
        Assert.Equal((RagStatus.Amber, "Q4 2009/10", 2010, 5, 20), (actionStatus.Status, actionStatus.Period.Label, actionStatus.Date!.Year, actionStatus.Date.Month, actionStatus.Date.Day));

        // NI 59 missed its 2008/09 target, but the report's green for Q4 2009/10 is the headline.
        var ni59 = facts.Judgements[indicator];
        Assert.Equal(TargetResult.NotMet, facts.Indicators[indicator].Result);
        Assert.Equal((StandingBasis.Reported, RagStatus.Green), (ni59.Standing.Basis, ni59.Standing.Reported!.Status));
    }

    [Fact]
    public void A_later_progress_entry_in_the_plan_beats_an_earlier_report()
    {
        using var site = TempSite.CopyOfGoldenSite();
        const string objective = "content/plans/exampleshire/service-plan-2009/objectives/1-safe.yml";
        site.Write(objective, File.ReadAllText(site.Path(objective)).TrimEnd() + "\n    progress:\n      - {period: Q1 2010/11, status: red}\n");

        var facts = Load(site.Root);
        var action = facts.Site.Plans.SelectMany(p => p.Objectives).SelectMany(o => o.Actions).Single(a => a.Reference == "1.1");
        Assert.Equal((RagStatus.Red, "Q1 2010/11", null), (facts.ActionStandings[action].Reported!.Status, facts.ActionStandings[action].Reported!.Period.Label, facts.ActionStandings[action].Reported!.Report));
    }

    [Fact]
    public void Roll_ups_count_each_item_once_by_its_headline()
    {
        var facts = Load(TempSite.GoldenSiteFolder);
        var plan = facts.Site.Plans.Single(p => p.Id == "exampleshire/service-plan-2009");
        var rollUp = facts.PlanRollUps[plan];

        // NI 59 reported green; SCC/004 on course (9.8% → 8.1% is -1.7 a year, 7% needs -1.1); partner-1 split
        // figures; the parenting strategy a milestone. Action 1.1 reported amber.
        Assert.Equal(4, rollUp.Indicators.Total);
        Assert.Equal(1, rollUp.Indicators.Reported[RagStatus.Green]);
        Assert.Equal(1, rollUp.Indicators.Judged[ProgressJudgement.OnCourse]);
        Assert.Equal(2, rollUp.Indicators.NotJudged[NotJudgedReason.NotANumber]);
        Assert.Equal(1, rollUp.Actions.Reported[RagStatus.Amber]);
        Assert.Equal(new StatusCounts(2, 1, 0, 2), rollUp.Status);
        Assert.True(rollUp.HasAnswer);

        // The objective names three of the indicators; the council adds up its two plans.
        Assert.Equal(3, facts.ObjectiveRollUps[plan.Objectives[0]].Indicators.Total);
        var council = facts.Councils.Single(c => c.Id == "exampleshire");
        Assert.Equal(facts.PlansOf["exampleshire"].Sum(p => facts.PlanRollUps[p].Indicators.Total), facts.CouncilRollUps[council].Indicators.Total);
    }

    [Fact]
    public void With_nothing_reported_or_judged_a_roll_up_has_no_answer()
    {
        var notJudged = new RollUp(KindCounts.Of(Derivation.Standing.OfIndicator(null, new TargetProgress(ProgressJudgement.NotJudged, NotJudgedReason.NoResult, null, null, null, null, null, null), TargetResult.NoComparison)), KindCounts.Of(Derivation.Standing.OfAction(null)));

        Assert.False(notJudged.HasAnswer);
        Assert.Equal(new StatusCounts(0, 0, 0, 2), notJudged.Status);
        Assert.Equal(1, notJudged.Actions.NotJudged[NotJudgedReason.NotReported]);
    }

    [Fact]
    public void A_printed_table_s_overall_row_is_its_only_row_or_the_sum_of_the_others()
    {
        ProgressTableRow Row(string scope, int total) => new(scope, total, new Dictionary<RagStatus, int>(), new Dictionary<RagStatus, Figure>(), [], Here);

        Assert.Equal("All", PrintedCounts.Overall(new ProgressTable("t", "actions", [Row("All", 19)]))!.Scope);
        Assert.Equal("Overall performance", PrintedCounts.Overall(new ProgressTable("t", "actions", [Row("A", 24), Row("B", 13), Row("C", 13), Row("D", 31), Row("Overall performance", 81)]))!.Scope);
        Assert.Null(PrintedCounts.Overall(new ProgressTable("t", "actions", [Row("A", 24), Row("B", 13)])));
    }

    private static SiteFacts Load(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentLoader.Load(Path.Combine(folder, "site.yml"), null, diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return loaded.Facts;
    }

    private static TargetProgress Pace(Indicator indicator, JudgementSettings? settings = null) =>
        TargetProgress.Of(indicator, IndicatorAssessment.Of(indicator).Series, settings ?? Defaults);

    private static IndicatorPositions Positions(Indicator indicator) =>
        IndicatorPositions.Of(indicator, IndicatorAssessment.Of(indicator).Series, null, [], Defaults);

    private static Standing Standing(Indicator indicator)
    {
        var assessment = IndicatorAssessment.Of(indicator);
        return Derivation.Standing.OfIndicator(null, TargetProgress.Of(indicator, assessment.Series, Defaults), assessment.Result);
    }

    private static (StandingBasis, ProgressJudgement, ProgressStatus) Headline(Indicator indicator)
    {
        var standing = Standing(indicator);
        return (standing.Basis, standing.Judgement, standing.Status);
    }

    private static Period Period(string label) => PeriodReader.TryRead(label)!;

    private static SeriesPoint Point(string period, string? actual, string? target) =>
        new(Period(period), actual is null ? null : FigureReader.FromText(actual), null, target is null ? null : FigureReader.FromText(target), null, Here);

    private static Indicator Percent(Polarity polarity, params (string Period, string? Actual, string? Target)[] points) => Indicator(Unit.Percent, polarity, points);

    private static Indicator Indicator(Unit unit, Polarity polarity, params (string Period, string? Actual, string? Target)[] points) => new(
        "NI 1", "NI 1", null, [], "An indicator", null, unit, polarity, PeriodKind.FinancialYear, true, null, [], null, null,
        points.Select(p => Point(p.Period, p.Actual, p.Target)).ToList(),
        [], [], null, null, null, null, [], Here);
}
