using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Labels at the right-hand ends of lines (comparators, split parts, councils), each a name with its value
/// below it. Two lines ending close together would put their labels on top of each other, so each label is
/// pushed down clear of the one above (and the whole column up, if it runs off the bottom), and a short
/// leader joins a moved label to its line.
/// </summary>
public sealed class EndLabels
{
    private readonly List<(double Y, ChartLabel Name, int NameLines, string? Value, ChartPart NamePart, ChartPart ValuePart, int Series, Func<double, double, ChartShape>? Key)> _labels = [];

    /// <summary>The room a key (the line's marker) takes before its label.</summary>
    public const double KeyRoom = 16;

    /// <summary>How many characters of a name fit on one line in <paramref name="room"/>.</summary>
    public static int NameChars(double room) => TextRoom.Chars(room - 10, bold: true);

    /// <param name="y">Where the line ends.</param>
    /// <param name="name">The name, broken over <paramref name="nameLines"/> lines in the room given to <see cref="Place"/>.</param>
    /// <param name="key">Draws the line's marker centred on a point, before the label, where lines are told apart by their markers.</param>
    public void Add(double y, ChartLabel name, int nameLines, string? value, ChartPart namePart, ChartPart valuePart, int series, Func<double, double, ChartShape>? key = null) =>
        _labels.Add((y, name, nameLines, value, namePart, valuePart, series, key));

    public bool Any => _labels.Count > 0;

    /// <summary>Places the labels beside <paramref name="plotRight"/>, within <paramref name="top"/> and <paramref name="bottom"/> where they fit; returns where the lowest ends.</summary>
    public double Place(List<ChartShape> shapes, double plotRight, double room, double top, double bottom)
    {
        var ordered = _labels.OrderBy(l => l.Y).ToList();
        static double HeightOf(int lines, string? value) => lines * TextRoom.Line + (value is null ? 0 : 16);

        // Each label's first baseline sits 4 below its line; then each is pushed clear of the one above.
        var at = new double[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var wanted = ordered[i].Y + 4;
            at[i] = i == 0 ? Math.Max(wanted, top) : Math.Max(wanted, at[i - 1] + HeightOf(ordered[i - 1].NameLines, ordered[i - 1].Value) + 4);
        }

        // Off the bottom: the column moves up, as far as the top allows.
        if (ordered.Count > 0)
        {
            var overrun = at[^1] + HeightOf(ordered[^1].NameLines, ordered[^1].Value) - 12 - bottom;
            for (var i = ordered.Count - 1; i >= 0 && overrun > 0; i--)
            {
                var limit = i == 0 ? top : at[i - 1] + HeightOf(ordered[i - 1].NameLines, ordered[i - 1].Value) + 4;
                var shift = Math.Min(overrun, at[i] - limit);
                for (var j = i; j < ordered.Count; j++) at[j] -= shift;
                overrun = at[^1] + HeightOf(ordered[^1].NameLines, ordered[^1].Value) - 12 - bottom;
                if (shift <= 0) break;
            }
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var l = ordered[i];
            var x = R(plotRight + 10 + (l.Key is null ? 0 : KeyRoom));
            if (l.Key is not null) shapes.Add(l.Key(R(plotRight + 16), R(at[i] - 5)));
            if (Math.Abs(at[i] - (l.Y + 4)) > 3) shapes.Add(new ChartLine(R(plotRight + 1), R(l.Y), R(plotRight + 8), R(at[i] - 4), ChartPart.Leader));
            shapes.Add(new ChartText(x, R(at[i]), l.Name, ChartAnchor.Start, l.NamePart) { Series = l.Series, MaxLength = NameChars(room - (l.Key is null ? 0 : KeyRoom)), Lines = l.NameLines });
            if (l.Value is not null) shapes.Add(new ChartText(x, R(at[i] + l.NameLines * TextRoom.Line - 2), new ChartLabel.Printed(l.Value), ChartAnchor.Start, l.ValuePart) { Series = l.Series });
        }

        return ordered.Count == 0 ? top : at[^1] + HeightOf(ordered[^1].NameLines, ordered[^1].Value) - 12;
    }
}
