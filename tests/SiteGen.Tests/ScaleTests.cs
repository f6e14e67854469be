using SiteGen.Model;
using SiteGen.Rendering.Charts;
using Xunit;

namespace SiteGen.Tests;

public sealed class ScaleTests
{
    [Fact]
    public void Ticks_are_nice_and_cover_the_data()
    {
        var scale = NiceScale.For([55.2, 65, 70, 71.1], 0, 100)!;
        Assert.Equal([55.0, 60, 65, 70, 75], scale.Ticks);
        Assert.True(scale.Min <= 55.2 && scale.Max >= 71.1);
    }

    [Fact]
    public void Bars_start_at_zero()
    {
        var scale = NiceScale.For([2059, 2730, 3068], 0, 100, includeZero: true)!;
        Assert.Equal(0, scale.Min);
        Assert.Equal([0.0, 1000, 2000, 3000, 4000], scale.Ticks);
    }

    [Fact]
    public void Negative_values_get_ticks_below_zero_and_zero_stays_a_tick()
    {
        var scale = NiceScale.For([-328, 2177, 3068], 0, 100, includeZero: true)!;
        Assert.True(scale.Min < -328 + 1e-9);
        Assert.Contains(0.0, scale.Ticks);
        Assert.Equal(-1000, scale.Min);
    }

    [Fact]
    public void All_negative_values_are_drawn_below_zero() =>
        Assert.Equal([-30.0, -20, -10, 0], NiceScale.For([-29.6, -12.8], 0, 100, includeZero: true)!.Ticks);

    [Fact]
    public void Equal_values_get_room_around_them()
    {
        var scale = NiceScale.For([100, 100, 100], 0, 100)!;
        Assert.True(scale.Min < 100 && scale.Max > 100);
        Assert.Equal(50, scale.Map(100), 6);
    }

    [Fact]
    public void A_single_point_is_placed_inside_the_range()
    {
        var scale = NiceScale.For([7.4], 200, 0)!;
        Assert.InRange(scale.Map(7.4), 1, 199);
    }

    [Fact]
    public void A_single_zero_has_a_scale_from_zero()
    {
        var scale = NiceScale.For([0], 0, 100, includeZero: true)!;
        Assert.Equal((0.0, 1.0), (scale.Min, scale.Max));
    }

    [Fact]
    public void No_values_means_no_scale() => Assert.Null(NiceScale.For([], 0, 100));

    [Fact]
    public void Percentages_above_100_are_not_capped() => Assert.True(NiceScale.For([95, 104.5], 0, 100)!.Max >= 104.5);

    [Fact]
    public void Very_large_money_values_get_few_readable_ticks()
    {
        var scale = NiceScale.For([23_748_000, 80_000_000], 0, 100, includeZero: true)!;
        Assert.InRange(scale.Ticks.Count, 3, 6);
        Assert.Equal(["£0", "£25m", "£50m", "£75m", "£100m"], scale.Ticks.Select(t => TickLabels.Format(t, Unit.Money, scale.Decimals)));
    }

    [Fact]
    public void Fractional_steps_print_without_floating_point_dust() =>
        Assert.Equal(["0.10%", "0.15%", "0.20%", "0.25%"], NiceScale.For([0.11, 0.24], 0, 100)!.Ticks.Select(t => TickLabels.Format(t, Unit.Percent, 2)));

    [Fact]
    public void Labels_show_every_tick_exactly_with_the_decimals_the_step_needs()
    {
        var scale = NiceScale.For([0.1, 0.6], 0, 100)!;
        Assert.Equal(scale.Ticks.Count, scale.Ticks.Select(t => TickLabels.Format(t, Unit.Number, scale.Decimals)).Distinct().Count());
        Assert.Equal(1, scale.Decimals);
        Assert.Equal(3, new NiceScale(0, 1, 0.125, 0, 100).Decimals);
    }

    [Fact]
    public void Y_ranges_may_run_downwards()
    {
        var scale = NiceScale.For([0, 100], 200, 0)!;
        Assert.Equal(200, scale.Map(0));
        Assert.Equal(0, scale.Map(100));
    }

    [Theory]
    [InlineData(0.7, 0.5)]
    [InlineData(0.8, 1)]
    [InlineData(1.7, 2)]
    [InlineData(3.1, 2.5)]
    [InlineData(6, 5)]
    [InlineData(8.2, 10)]
    [InlineData(170, 200)]
    public void Nice_numbers_are_one_two_two_and_a_half_or_five_times_a_power_of_ten(double value, double nice) =>
        Assert.Equal(nice, NiceScale.NiceNumber(value, round: true), 9);
}
