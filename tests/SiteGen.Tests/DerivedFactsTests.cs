using SiteGen.Binding;
using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Model;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The facts nobody typed that pages, search and downloads quote: which points of a series are the
/// first, the latest and the next target, where a reported status counts, and which risks come first.
/// </summary>
public sealed class DerivedFactsTests
{
    private static readonly SourceLocation Here = new("indicators.yml", 1, 1);

    [Fact]
    public void The_series_facts_quote_the_points_a_reader_is_told_about()
    {
        var indicator = Indicator(
            Polarity.HigherIsBetter,
            ("2006/07", "50%", "55%"),
            ("2007/08", "NA", "60%"),
            ("2008/09", "58%", null),
            ("2009/10", null, "65%"),
            ("2010/11", null, "70%"));

        var assessment = IndicatorAssessment.Of(indicator);
        var series = assessment.Series;

        Assert.Equal(["2006/07", "2008/09"], series.NumericActuals.Select(p => p.Period.Label));
        Assert.Equal("2006/07", series.FirstNumericActual!.Period.Label);
        Assert.Equal("2008/09", series.LatestNumericActual!.Period.Label);
        Assert.Equal(SeriesChange.Rose, series.Change);
        Assert.Equal("NA", Assert.Single(series.NotNumbers).Actual!.Text);
        Assert.Equal("2007/08", series.LatestTargetWithActual!.Period.Label);
        Assert.Equal("2009/10", series.TargetAfterLatest!.Period.Label);
        Assert.Equal("2009/10", series.TargetWithoutActual!.Period.Label);
        Assert.Equal("65%", series.NumericTargetFromLatest!.Target!.Text);

        // The judgement uses the last period whose result and target are both numbers.
        Assert.Equal("2006/07", assessment.Compared!.Period.Label);
        Assert.Equal(TargetResult.NotMet, assessment.Result);
        Assert.Equal(ProgressStatus.OffTrack, ProgressStatusRule.Of(assessment.Result));
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_never_a_first_or_latest_result()
    {
        var series = IndicatorAssessment.Of(Indicator(Polarity.LowerIsBetter, ("2007/08", "TBC", "10"), ("2008/09", "New indicator", null))).Series;

        Assert.Empty(series.NumericActuals);
        Assert.Null(series.LatestNumericActual);
        Assert.Null(series.Change);
        Assert.Null(series.NumericTargetFromLatest);
        Assert.Equal(["TBC", "New indicator"], series.NotNumbers.Select(p => p.Actual!.Text));
    }

    [Fact]
    public void A_sparkline_s_target_may_be_in_the_period_of_the_latest_result()
    {
        var series = IndicatorAssessment.Of(Indicator(Polarity.HigherIsBetter, ("2007/08", "40", "45"), ("2008/09", "42", "50"), ("2009/10", null, "55"))).Series;

        Assert.Equal("2008/09", series.NumericTargetFromLatest!.Period.Label);
        Assert.Equal("2009/10", series.TargetAfterLatest!.Period.Label);
        Assert.Equal(SeriesChange.Rose, series.Change);
    }

    [Theory]
    [InlineData(RagStatus.Green, ProgressStatus.OnTrack)]
    [InlineData(RagStatus.Complete, ProgressStatus.OnTrack)]
    [InlineData(RagStatus.Amber, ProgressStatus.AtRisk)]
    [InlineData(RagStatus.Red, ProgressStatus.OffTrack)]
    [InlineData(RagStatus.NotStarted, ProgressStatus.NoData)]
    [InlineData(RagStatus.NoData, ProgressStatus.NoData)]
    [InlineData(null, ProgressStatus.NoData)]
    public void A_reported_status_counts_as_one_of_four(RagStatus? reported, ProgressStatus counted) =>
        Assert.Equal(counted, ProgressStatusRule.Of(reported));

    [Theory]
    [InlineData(0, 0, 0, 0, ProgressStatus.NoData)]
    [InlineData(3, 0, 0, 2, ProgressStatus.OnTrack)]
    [InlineData(3, 1, 0, 0, ProgressStatus.AtRisk)]
    [InlineData(3, 1, 1, 0, ProgressStatus.OffTrack)]
    public void The_worst_status_counted_speaks_for_the_whole(int onTrack, int atRisk, int offTrack, int noData, ProgressStatus worst) =>
        Assert.Equal(worst, new StatusCounts(onTrack, atRisk, offTrack, noData).Worst);

    [Fact]
    public void Risks_rank_by_their_higher_rating_then_by_the_register_s_order()
    {
        var low = Assessment(1, 2);
        var high = Assessment(3, 4);
        var middle = Assessment(2, 3);
        var risks = new[]
        {
            Risk("R1", inherent: low, residual: null),
            Risk("R2", inherent: high, residual: low),
            Risk("R3", inherent: null, residual: null),
            Risk("R4", inherent: middle, residual: middle),
            Risk("R5", inherent: null, residual: null, priority: "High"),
            Risk("R6", inherent: middle, residual: null),
        };
        var ratings = new Dictionary<RiskAssessment, RiskRating>(ReferenceEqualityComparer.Instance)
        {
            [low] = new(2, "Low"),
            [high] = new(12, "High"),
            [middle] = new(6, "Medium"),
        };

        Assert.Equal(["R2", "R4", "R6", "R1", "R5"], RiskRanking.Rank(risks, ratings).Select(r => r.Reference));
    }

    private static Indicator Indicator(Polarity polarity, params (string Period, string? Actual, string? Target)[] points) => new(
        "NI 1", "NI 1", null, [], "An indicator", null, Unit.Percent, polarity, PeriodKind.FinancialYear, true, null, [], null, null,
        points.Select(p => new SeriesPoint(PeriodReader.TryRead(p.Period)!, Figure(p.Actual), null, Figure(p.Target), null, Here)).ToList(),
        [], [], null, null, null, null, [], Here);

    private static Figure? Figure(string? text) => text is null ? null : FigureReader.FromText(text);

    private static RiskAssessment Assessment(int likelihood, int impact) =>
        new(new ScaleLevel(likelihood.ToString(), null, likelihood), new ScaleLevel(impact.ToString(), null, impact), null, Here);

    private static Risk Risk(string reference, RiskAssessment? inherent, RiskAssessment? residual, string? priority = null) =>
        new(reference, "A risk", null, inherent, residual, priority, [], null, null, [], [], null, Here);
}
