namespace SiteGen.ViewModels;

/// <summary>What a chart shows. The theme names the figure after it (<c>chart-risk-matrix</c>) and picks the words of its title and description by it.</summary>
public enum ChartKind
{
    Indicator,
    Comparison,
    Rank,
    RiskMatrix,
    Status,
    Budget,
    Sparkline,
}

/// <summary>
/// A chart laid out by the generator: shapes in a <see cref="Width"/> × <see cref="Height"/> coordinate
/// space, each naming the <see cref="ChartPart"/> it draws, which the theme turns into the classes it styles.
/// <see cref="Findings"/> are the facts the chart's title and description state, which the theme puts into
/// words; <see cref="TableId"/> names the HTML table on the same page that holds the same data.
/// </summary>
public sealed record ChartView(
    string Id,
    ChartKind Kind,
    ChartFindings Findings,
    int Width,
    int Height,
    IReadOnlyList<ChartShape> Shapes,
    string? TableId)
{
    /// <summary>
    /// The same chart laid out again for a phone's column (about 320 wide, labels below the plot rather than
    /// beside it), or null when one layout serves every width. Text drawn at the theme's size in this layout
    /// stays readable when a 320-pixel screen shrinks it; the theme shows one layout or the other by the room
    /// it has.
    /// </summary>
    public ChartLayout? Narrow { get; init; }
}

/// <summary>One layout of a chart: its shapes in a <see cref="Width"/> × <see cref="Height"/> coordinate space.</summary>
public sealed record ChartLayout(int Width, int Height, IReadOnlyList<ChartShape> Shapes);

/// <summary>Where a text sits against its point, as SVG's <c>text-anchor</c> says it.</summary>
public enum ChartAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// A shape of a chart. Coordinates are already rounded, so the same data gives the same bytes.
/// <see cref="Series"/> and <see cref="Status"/> say which of several alike parts this is, where the theme
/// styles them apart.
/// </summary>
public abstract record ChartShape(ChartPart Part)
{
    /// <summary>Which of the theme's styles for a repeated part this takes, from 1: the second comparator, the third budget column, the risk rating band.</summary>
    public int? Series { get; init; }

    /// <summary>The status a status bar or its count stands for.</summary>
    public ProgressStatus? Status { get; init; }
}

public sealed record ChartLine(double X1, double Y1, double X2, double Y2, ChartPart Part) : ChartShape(Part);

/// <summary>An SVG path; <see cref="Data"/> is its <c>d</c> attribute.</summary>
public sealed record ChartPath(string Data, ChartPart Part) : ChartShape(Part);

public sealed record ChartCircle(double X, double Y, double Radius, ChartPart Part) : ChartShape(Part);

public sealed record ChartRect(double X, double Y, double Width, double Height, ChartPart Part) : ChartShape(Part);

/// <summary>A text on the chart: data as printed, or words the theme gives (see <see cref="ChartLabel"/>).</summary>
public sealed record ChartText(double X, double Y, ChartLabel Text, ChartAnchor Anchor, ChartPart Part) : ChartShape(Part)
{
    /// <summary>
    /// How many characters fit where the text is drawn; the theme shortens a longer text, as worded, to this
    /// many with an ellipsis (the picture only: the table and the description keep it whole). The room is
    /// measured for English words and the theme's font.
    /// </summary>
    public int? MaxLength { get; init; }

    /// <summary>
    /// How many lines the text may take, each of <see cref="MaxLength"/> characters; the theme breaks it between
    /// words and shortens only what is left over after the last line. Lines after the first are drawn below
    /// it, one line-height apart, so the generator leaves that room.
    /// </summary>
    public int Lines { get; init; } = 1;
}

/// <summary>Shapes that link to a place on the page (a risk's row in the register), focusable by keyboard; <see cref="Label"/> is what a screen reader announces.</summary>
public sealed record ChartLink(string Href, ChartLabel Label, IReadOnlyList<ChartShape> Shapes, ChartPart Part) : ChartShape(Part);

/// <summary>A tiny chart beside a figure in a table: a line of the latest results and the target; <see cref="Latest"/> is written beside it.</summary>
public sealed record SparklineView(ChartView Chart, PrintedPoint Latest)
{
    /// <summary>The number of <see cref="Latest"/>: what a table sorts the row by.</summary>
    public decimal LatestNumber { get; init; }
}
