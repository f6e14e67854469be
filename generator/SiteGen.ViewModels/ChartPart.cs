namespace SiteGen.ViewModels;

/// <summary>
/// What a shape of a chart draws. The theme turns each into the classes its styles match, so the
/// generator never names a class: <c>AxisZero</c> is <c>axis zero</c> in the default theme, and
/// <c>ComparatorValue</c> of series 2 is <c>comparator comparator-2 label value</c>.
/// </summary>
public enum ChartPart
{
    // Frame: grid, axes and their labels.
    Grid,
    Axis,

    /// <summary>The grid line at zero, drawn as an axis.</summary>
    AxisZero,
    Tick,
    AxisTitle,

    /// <summary>An axis title written downwards, beside a vertical axis.</summary>
    VerticalAxisTitle,
    Polarity,
    Legend,

    /// <summary>The plot area of a chart with no figures to draw, and the note that says so.</summary>
    EmptyPlot,
    Note,

    // An indicator's series.
    ActualLine,
    ActualMarker,
    EstimateLine,
    EstimateMarker,
    TargetMarker,

    /// <summary>The line from the latest result to the next target: the change needed to reach it, and its label.</summary>
    PathLine,
    PathLabel,

    /// <summary>A short line from a line's end to its label, where the label was moved clear of another.</summary>
    Leader,

    /// <summary>A comparator's reference line (with its <see cref="ChartShape.Series"/>), its name and its value.</summary>
    ComparatorLine,
    ComparatorName,
    ComparatorValue,

    /// <summary>A line of its own (with its <see cref="ChartShape.Series"/>): one part of a split value, or one council in a comparison.</summary>
    SplitLine,
    SplitMarker,
    SplitLabel,

    /// <summary>A period whose value is not a number: a mark where the point would be, and the value as printed.</summary>
    Gap,
    GapLabel,

    // The status strip of yes/no, milestone and text indicators.
    StripCell,
    EmptyStripCell,
    StripValue,
    StripTarget,

    // Bars.
    RowLabel,

    /// <summary>A budget line's bar for one column (its <see cref="ChartShape.Series"/>).</summary>
    BudgetBar,
    RankBar,
    OwnRankBar,
    OwnLabel,
    MedianLine,
    MedianLabel,
    BestQuartileLine,
    BestQuartileLabel,

    /// <summary>A segment of a status bar and the count on it, with its <see cref="ChartShape.Status"/>.</summary>
    StatusBar,
    StatusCount,

    // The risk matrix.
    /// <summary>A cell of the grid, shaded by its rating band (the <see cref="ChartShape.Series"/>, from 1).</summary>
    RiskCell,
    RiskCellLabel,

    /// <summary>A risk's place before mitigation (filled) and after it (outlined), its reference, and the link around them.</summary>
    RiskBefore,
    RiskAfter,
    RiskReference,
    RiskLink,
}
