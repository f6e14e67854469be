using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// A legend laid out like words in a paragraph: each entry is a key (a marker or a sample of line) and its
/// label, placed left to right and onto a new row when the next would overrun the width. A label longer than
/// a row is broken over two lines. Entries are sized for their text, so none overlaps another.
/// </summary>
public sealed class LegendFlow
{
    private const double KeyWidth = 28;
    private const double Gap = 18;
    private readonly List<ChartShape> _shapes;
    private readonly double _left;
    private readonly double _right;
    private double _x;
    private double _rowTop;
    private double _rowHeight;

    /// <summary>A legend drawn into <paramref name="shapes"/> between <paramref name="left"/> and <paramref name="right"/>, from <paramref name="top"/> down.</summary>
    public LegendFlow(List<ChartShape> shapes, double left, double right, double top)
    {
        _shapes = shapes;
        _left = left;
        _right = right;
        _x = left;
        _rowTop = top;
    }

    /// <summary>Where the legend ends: the bottom of its last row, or its top when it has no entries.</summary>
    public double Bottom => _rowHeight == 0 ? _rowTop : _rowTop + _rowHeight;

    /// <summary>
    /// Adds an entry: <paramref name="key"/> draws its key centred on (x, y) for a key placed at x (the
    /// key's left edge) on the row's first line, y; <paramref name="characters"/> is the label's length in
    /// English, for the room it needs.
    /// </summary>
    public void Add(Func<double, double, IEnumerable<ChartShape>> key, ChartLabel label, int characters, ChartPart part = ChartPart.Legend, int? series = null)
    {
        var room = _right - _left - KeyWidth;
        var width = Math.Min(TextRoom.Width(characters), room);
        var lines = TextRoom.Width(characters) > room ? 2 : 1;
        if (_x > _left && _x + KeyWidth + width > _right)
        {
            _rowTop = Bottom + 6;
            _x = _left;
            _rowHeight = 0;
        }

        var y = R(_rowTop + 10);
        _shapes.AddRange(key(_x, y));
        _shapes.Add(new ChartText(R(_x + KeyWidth - 2), R(y + 5), label, ChartAnchor.Start, part) { Series = series, MaxLength = TextRoom.Chars(room), Lines = lines });
        _rowHeight = Math.Max(_rowHeight, 20 + (lines - 1) * TextRoom.Line);
        _x += KeyWidth + width + Gap;
    }

    /// <summary>A key that is a short stretch of line, as the chart draws the series.</summary>
    public static Func<double, double, IEnumerable<ChartShape>> LineKey(ChartPart part, int? series = null) =>
        (x, y) => [new ChartLine(R(x), y, R(x + 20), y, part) { Series = series }];

    /// <summary>A key that is one shape, drawn at the key's centre.</summary>
    public static Func<double, double, IEnumerable<ChartShape>> MarkerKey(Func<double, double, ChartShape> marker) =>
        (x, y) => [marker(R(x + 10), y)];
}
