namespace SiteGen.Rendering.Charts;

/// <summary>
/// The room a chart is laid out in. Every chart is laid out twice: once for a desktop column, and once for a
/// phone's (<see cref="Phone"/>), where 14-unit text shrunk to a 288-pixel column is still 12.6 pixels high. In
/// the narrow layout, labels that sit beside the plot on a desktop go into a legend below it.
/// </summary>
public sealed record ChartFrame(double Width, bool Narrow)
{
    /// <summary>A desktop column: the default theme's main column is 1,024 pixels wide at most.</summary>
    public static readonly ChartFrame Column = new(960, false);

    /// <summary>A phone: a 320-pixel screen leaves a 288-pixel column.</summary>
    public static readonly ChartFrame Phone = new(320, true);
}
