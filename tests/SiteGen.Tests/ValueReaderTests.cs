using SiteGen.Binding;
using SiteGen.Model;
using Xunit;

namespace SiteGen.Tests;

public sealed class ValueReaderTests
{
    [Theory]
    [InlineData("55.2%", 55.2)]
    [InlineData("15", 15)]
    [InlineData("£78.94", 78.94)]
    [InlineData("1,566", 1566)]
    [InlineData("-29.6%", -29.6)]
    [InlineData("-328", -328)]
    [InlineData("21,242", 21242)]
    [InlineData("0.11%", 0.11)]
    [InlineData("130.94", 130.94)]
    public void Figures_as_printed_read_as_numbers(string printed, double expected)
    {
        var figure = FigureReader.FromText(printed);
        Assert.Equal((decimal)expected, figure.Number);
        Assert.Equal(printed, figure.Text);
    }

    [Fact]
    public void A_figure_longer_than_most_still_reads()
    {
        // Past 128 characters the digits are gathered on the heap rather than the stack.
        Assert.Null(FigureReader.FromText("1" + string.Concat(Enumerable.Repeat(",000", 40))).Number);
        Assert.Equal(1.5m, FigureReader.FromText("1.5" + new string('0', 200)).Number);
    }

    /// <summary>
    /// A comma is a thousands separator only where one belongs: one to three digits before the first, exactly
    /// three after each, none after the point. Anywhere else the figure is a slip, kept as text (never 12345 for 1,2345).
    /// </summary>
    [Theory]
    [InlineData("1,234,567", 1234567)]
    [InlineData("12,345", 12345)]
    [InlineData("123,456.75", 123456.75)]
    [InlineData("£1,234.50", 1234.50)]
    [InlineData("-1,000%", -1000)]
    [InlineData("1234", 1234)]
    public void The_thousands_rule_reads_separators_where_they_belong(string printed, double expected) =>
        Assert.Equal((decimal)expected, FigureReader.FromText(printed).Number);

    [Theory]
    [InlineData("1,2345")]
    [InlineData("12,34")]
    [InlineData("1,23")]
    [InlineData("1234,567")]
    [InlineData("1,234,56")]
    [InlineData("1,23,456")]
    [InlineData(",123")]
    [InlineData("1,,234")]
    [InlineData("1,234.5,6")]
    [InlineData("1.234,5")]
    [InlineData("1,234,")]
    public void The_thousands_rule_keeps_misplaced_separators_as_text(string printed) =>
        Assert.Null(FigureReader.FromText(printed).Number);

    /// <summary>A figure of a thousand million million or more is a slip (two figures run together), and summing such figures made validate crash.</summary>
    [Theory]
    [InlineData("1,000,000,000,000,000")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("£99999999999999999")]
    public void Figures_too_large_for_any_plan_stay_text(string printed) =>
        Assert.Null(FigureReader.FromText(printed).Number);

    [Fact]
    public void The_largest_figure_read_is_just_under_a_thousand_million_million() =>
        Assert.Equal(999_999_999_999_999.99m, FigureReader.FromText("999,999,999,999,999.99").Number);

    [Theory]
    [InlineData("New indicator")]
    [InlineData("N/A")]
    [InlineData("NA")]
    [InlineData("TBC")]
    [InlineData("Yes")]
    [InlineData("Mstone")]
    [InlineData("+5% over CC average")]
    [InlineData("12- HIGH")]
    [InlineData("-31pp")]
    [InlineData("To be set once baseline established in 2009/10")]
    [InlineData("1,5")]
    [InlineData("")]
    public void Text_that_is_not_a_number_is_never_a_number(string printed)
    {
        var figure = FigureReader.FromText(printed);
        Assert.Null(figure.Number);
        Assert.Equal(printed, figure.Text);
    }

    [Theory]
    [InlineData("2008/09", PeriodShape.SplitYear, 2008, "2008/09")]
    [InlineData("2008/2009", PeriodShape.SplitYear, 2008, "2008/09")]
    [InlineData("2008-09", PeriodShape.SplitYear, 2008, "2008/09")]
    [InlineData("1999/00", PeriodShape.SplitYear, 1999, "1999/00")]
    [InlineData(" 2008/09 ", PeriodShape.SplitYear, 2008, "2008/09")]
    [InlineData("0999/00", PeriodShape.SplitYear, 999, "999/00")]
    [InlineData("2008", PeriodShape.CalendarYear, 2008, "2008")]
    [InlineData("Q4 2007/08", PeriodShape.Quarter, 2007, "Q4 2007/08")]
    public void Periods_read_in_the_forms_plans_use(string text, PeriodShape shape, int startYear, string label)
    {
        var period = PeriodReader.TryRead(text);
        Assert.NotNull(period);
        Assert.Equal((shape, startYear, label), (period.Shape, period.StartYear, period.Label));
    }

    [Theory]
    [InlineData("2008/10")]
    [InlineData("08/09")]
    [InlineData("Q5 2007/08")]
    [InlineData("Q4 2007")]
    [InlineData("next year")]
    [InlineData("")]
    public void Periods_that_are_mistakes_are_refused(string text) => Assert.Null(PeriodReader.TryRead(text));

    [Fact]
    public void Quarters_fall_inside_their_year_and_ranges_contain_them()
    {
        var range = PeriodReader.TryReadRange("2007/08 to 2009/10")!;
        Assert.True(range.Contains(PeriodReader.TryRead("Q4 2007/08")!));
        Assert.True(range.Contains(PeriodReader.TryRead("2009/10")!));
        Assert.False(range.Contains(PeriodReader.TryRead("2010/11")!));
        Assert.False(range.Contains(PeriodReader.TryRead("2006/07")!));
        Assert.Null(PeriodReader.TryReadRange("2010/11 to 2009/10"));
    }

    [Theory]
    [InlineData("2009-06", 2009, 6, null)]
    [InlineData("2009-06-30", 2009, 6, 30)]
    public void Dates_read_to_the_month_or_day(string text, int year, int month, int? day) =>
        Assert.Equal(new PartialDate(year, month, day), DateReader.TryRead(text));

    [Theory]
    [InlineData("June 2009")]
    [InlineData("2009-13")]
    [InlineData("2009-02-30")]
    [InlineData("2009")]
    public void Dates_that_are_not_dates_are_refused(string text) => Assert.Null(DateReader.TryRead(text));
}
