using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// The worked example on the "How we judge progress" page: a made-up percentage indicator, higher is
/// better, 60% in 2008/09 and 64% in 2010/11 with a target of 70% for 2012/13, judged by the same code and
/// thresholds as every indicator on the site — so the example can never disagree with the method.
/// </summary>
public static class MethodExample
{
    public static TargetProgress Judge(JudgementSettings thresholds)
    {
        var here = new SourceLocation("site.yml", 1, 1);
        SeriesPoint Point(int year, string? actual, string? target) => new(
            new Period(PeriodShape.SplitYear, year, 0, $"{year}/{(year + 1) % 100:00}"),
            actual is null ? null : new Figure(actual, PrintedNumber.TryRead(actual), []),
            null,
            target is null ? null : new Figure(target, PrintedNumber.TryRead(target), []),
            null,
            here);

        var values = new[] { Point(2008, "60%", null), Point(2010, "64%", null), Point(2012, null, "70%") };
        var indicator = new Indicator(
            "example", null, null, [], "example", null, Unit.Percent, Polarity.HigherIsBetter, PeriodKind.FinancialYear, true, null, [], null, null,
            values, [], [], null, null, null, null, [], here);
        return TargetProgress.Of(indicator, SeriesFacts.Of(indicator, values[1]), thresholds);
    }
}
