using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The judgement thresholds in site.yml, and the plan's own printed verdicts checked against its figures.</summary>
public sealed partial class DiagnosticTests
{
    [Fact]
    public void SG0010_judgement_thresholds_out_of_order()
    {
        var d = DiagnosticAssert.SingleError(ValidateWith(("site.yml", "title: Test\njudgements:\n  on_course: 50%\n  not_fast_enough: 60%\n")), "SG0010", "site.yml", 3, 14);
        Assert.Contains("'on_course' cannot be 50%", d.Message);
        Assert.Contains("defaults 95%, 60% and 0%", d.Message);
    }

    [Fact]
    public void SG0010_a_judgement_threshold_written_without_a_percent_sign()
    {
        var d = DiagnosticAssert.SingleError(ValidateWith(("site.yml", "title: Test\njudgements:\n  on_course: 0.9\n")), "SG0010", "site.yml", 3, 14);
        Assert.Contains("write it as a percentage, such as 95%", d.Message);
    }

    [Fact]
    public void SG0010_similar_within_outside_0_to_100_percent() =>
        DiagnosticAssert.SingleError(ValidateWith(("site.yml", "title: Test\njudgements:\n  similar_within: 120%\n")), "SG0010", "site.yml", 3, 19);

    [Fact]
    public void SG0010_thresholds_in_order_are_accepted() =>
        DiagnosticAssert.None(ValidateWith(("site.yml", "title: Test\njudgements:\n  on_course: 100%\n  not_fast_enough: 50%\n  little_progress: -10%\n  similar_within: 2.5%\n")));

    [Fact]
    public void SG0405_plan_marks_a_missed_target_as_met()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith((Indicators, Replace(Indicators, "{period: 2008/09, actual: 55.2%}", "{period: 2008/09, actual: 55.2%, target: 60%, met: \"☺\"}"))),
            "SG0405", Indicators, 4, 9);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("marks the target for 2008/09 as met ('☺'), but the result 55.2% does not meet the target 60% (higher is better)", d.Message);
    }

    [Fact]
    public void SG0405_a_verdict_the_figures_bear_out_is_not_reported() =>
        DiagnosticAssert.None(ValidateWith((Indicators, Replace(Indicators, "{period: 2008/09, actual: 55.2%}", "{period: 2008/09, actual: 55.2%, target: 60%, met: \"No\"}"))));

    [Fact]
    public void SG0406_plan_marks_a_worse_result_as_improved()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith((Indicators, Replace(Indicators, "{period: 2008/09, actual: 65}", "{period: 2007/08, actual: 70}\n      - {period: 2008/09, actual: 65, improved: \"▲\"}"))),
            "SG0406", Indicators, 14, 9);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("marks 2008/09 as improved ('▲'), but the result went from 70 in 2007/08 to 65 (higher is better)", d.Message);
    }
}
