namespace SiteGen.Rendering.Charts;

/// <summary>
/// A linear scale from data values to chart coordinates, with "nice" ticks (steps of 1, 2, 2.5 or 5
/// times a power of ten) that cover the data. Built by <see cref="For"/>, which handles the awkward
/// cases: no values, one value, all values equal, negative values, and a zero baseline for bars.
/// </summary>
public sealed record NiceScale(double Min, double Max, double Step, double RangeStart, double RangeEnd)
{
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var ticks = new List<double>();
            var count = (int)Math.Round((Max - Min) / Step);
            for (var i = 0; i <= count; i++) ticks.Add(Clean(Min + i * Step));
            return ticks;
        }
    }

    /// <summary>The decimal places a tick label needs to show every tick exactly (0.125 needs three).</summary>
    public int Decimals
    {
        get
        {
            for (var d = 0; d < 6; d++)
            {
                var scaled = Step * Math.Pow(10, d);
                if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6) return d;
            }

            return 6;
        }
    }

    /// <summary>The coordinate of a value; the range may run downwards (a y axis).</summary>
    public double Map(double value) => RangeStart + (value - Min) / (Max - Min) * (RangeEnd - RangeStart);

    /// <summary>
    /// The scale for <paramref name="values"/>, or null when there are none. <paramref name="includeZero"/>
    /// is for bars, whose length must start at zero to be honest.
    /// </summary>
    public static NiceScale? For(IEnumerable<double> values, double rangeStart, double rangeEnd, bool includeZero = false, int maxTicks = 5)
    {
        var list = values.Where(double.IsFinite).ToList();
        if (list.Count == 0) return null;
        var min = list.Min();
        var max = list.Max();
        if (includeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        if (min == max)
        {
            // One value, or several equal ones: give it room above and below (or above zero).
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            if (includeZero && min == 0) max = 1;
            else if (includeZero && min > 0) max += pad;
            else if (includeZero && min < 0) min -= pad;
            else
            {
                min -= pad;
                max += pad;
            }
        }

        // Heckbert's loose labelling: a nice range first, then a nice step within it.
        var range = NiceNumber(max - min, round: false);
        var step = NiceNumber(range / Math.Max(1, maxTicks - 1), round: true);
        var niceMin = Math.Floor(min / step + 1e-9) * step;
        var niceMax = Math.Ceiling(max / step - 1e-9) * step;
        return new NiceScale(Clean(niceMin), Clean(niceMax), step, rangeStart, rangeEnd);
    }

    /// <summary>Heckbert's nice numbers: the nearest of 1, 2, 2.5, 5 and 10 times a power of ten.</summary>
    public static double NiceNumber(double value, bool round)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var power = Math.Pow(10, exponent);
        var fraction = value / power;
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /// <summary>Removes floating-point dust (0.30000000000000004 → 0.3) so ticks print cleanly and deterministically.</summary>
    private static double Clean(double value) => Math.Round(value, 10);
}
