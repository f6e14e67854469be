using System.Globalization;

namespace SiteGen.Rendering.Charts;

/// <summary>Coordinates rounded to one decimal place: plenty for the eye, and the same data always gives the same bytes.</summary>
public static class Svg
{
    public static double R(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public static string N(double value) => R(value).ToString("0.#", CultureInfo.InvariantCulture);
}
