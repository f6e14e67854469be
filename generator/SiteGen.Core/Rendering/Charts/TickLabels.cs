using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Rendering.Charts;

/// <summary>Axis labels in the indicator's unit: 55%, £1.2m, 1,566.</summary>
public static class TickLabels
{
    /// <summary>A tick label with exactly <paramref name="decimals"/> places, so 0.125 never prints as 0.13.</summary>
    public static string Format(double value, Unit unit, int decimals)
    {
        var number = value.ToString("#,##0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.').Replace("-", "−", StringComparison.Ordinal);
        if (number == "−0") number = "0";
        return unit switch
        {
            Unit.Percent => number + "%",
            Unit.Money => Money(value, decimals),
            _ => number,
        };
    }

    /// <summary>Whether the axis needs a title to say what its numbers are (per 1,000, days): the tick labels say it for percentages and money.</summary>
    public static bool NeedsAxisTitle(Unit unit) => unit is Unit.RatePer1000 or Unit.RatePer10000 or Unit.RatePer100000 or Unit.Days or Unit.Weeks;

    public static string Number(double value)
    {
        var abs = Math.Abs(value);
        var format = abs >= 1000 || value == Math.Round(value) ? "#,##0" : abs >= 10 ? "#,##0.#" : "#,##0.##";
        return value.ToString(format, CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);
    }

    /// <summary>Large sums shortened the way budgets speak: £1.5m, £250k.</summary>
    public static string Money(double value, int decimals = 2)
    {
        var sign = value < 0 ? "−" : string.Empty;
        var abs = Math.Abs(value);
        return abs switch
        {
            >= 1_000_000_000 => $"{sign}£{(abs / 1_000_000_000).ToString("0.###", CultureInfo.InvariantCulture)}bn",
            >= 1_000_000 => $"{sign}£{(abs / 1_000_000).ToString("0.###", CultureInfo.InvariantCulture)}m",
            >= 10_000 => $"{sign}£{(abs / 1_000).ToString("0.#", CultureInfo.InvariantCulture)}k",
            _ => $"{sign}£{abs.ToString("#,##0." + new string('#', decimals), CultureInfo.InvariantCulture).TrimEnd('.')}",
        };
    }
}
