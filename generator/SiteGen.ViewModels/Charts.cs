namespace SiteGen.ViewModels;

/// <summary>
/// A chart laid out by the generator: shapes in a <see cref="Width"/> × <see cref="Height"/> coordinate
/// space, each with CSS classes the theme styles. <see cref="Description"/> states the finding in words;
/// <see cref="TableId"/> names the HTML table on the same page that holds the same data.
/// </summary>
public sealed record ChartView(
    string Id,
    string Kind,
    string Title,
    string Description,
    int Width,
    int Height,
    IReadOnlyList<ChartShape> Shapes,
    string? TableId);

/// <summary>A shape of a chart. Coordinates are already rounded, so the same data gives the same bytes.</summary>
public abstract record ChartShape(string Class);

public sealed record ChartLine(double X1, double Y1, double X2, double Y2, string Class) : ChartShape(Class);

/// <summary>An SVG path; <see cref="Data"/> is its <c>d</c> attribute.</summary>
public sealed record ChartPath(string Data, string Class) : ChartShape(Class);

public sealed record ChartCircle(double X, double Y, double Radius, string Class) : ChartShape(Class);

public sealed record ChartRect(double X, double Y, double Width, double Height, string Class) : ChartShape(Class);

/// <summary>Text; <see cref="Anchor"/> is start, middle or end.</summary>
public sealed record ChartText(double X, double Y, string Text, string Anchor, string Class) : ChartShape(Class);

/// <summary>Shapes that link to a place on the page (a risk's row in the register), focusable by keyboard.</summary>
public sealed record ChartLink(string Href, string Label, IReadOnlyList<ChartShape> Shapes, string Class) : ChartShape(Class);

/// <summary>A tiny chart beside a figure in a table: a line of the latest results and the target.</summary>
public sealed record SparklineView(ChartView Chart, string Latest);
